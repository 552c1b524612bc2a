// A real Bluesky server on loopback for the tests and the posting benchmark:
// a PLC directory (@did-plc/server, in memory) and a PDS (@atproto/pds, SQLite
// in a temporary folder), both offline, both on free 127.0.0.1 ports. Handles
// end in ".test", which the PDS answers for without DNS.
//
//   node pds.js [--rate-limits]          serve; print one JSON line; stop when stdin closes
//   node pds.js --start STATE [--rate-limits]
//                                         start a detached server (a ctest fixture),
//                                         write STATE (JSON) when it is up, then exit
//   node pds.js --stop STATE             stop the server STATE names
//
// The JSON: {"pds":"http://127.0.0.1:P","plc":"http://127.0.0.1:Q",
//            "control":"http://127.0.0.1:R","pid":N}
// The control server makes what a test needs and the PDS API cannot:
//   POST /account {"name":"alice"} → {"handle":"alice.test","did":…,"password":…,
//                                     "appPassword":"xxxx-xxxx-xxxx-xxxx"}
//   POST /expired-token {"did":…}  → {"accessJwt":…} an access token signed with the
//                                     server's key that expired an hour ago
// A detached server stops by itself after an hour, so a killed test run
// leaves nothing behind for long.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import events from 'node:events';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

if (option('--stop')) {
  const file = option('--stop');
  try {
    const state = JSON.parse(fs.readFileSync(file, 'utf8'));
    process.kill(state.pid, 'SIGTERM');
  } catch (err) {
    if (err.code !== 'ENOENT' && err.code !== 'ESRCH') throw err;
  }
  fs.rmSync(file, { force: true });
  fs.rmSync(`${file}.log`, { force: true });
  process.exit(0);
}

if (option('--start')) {
  const file = option('--start');
  fs.rmSync(file, { force: true });
  // Nothing inherited: ctest waits for every holder of its pipes to close them.
  const log = fs.openSync(`${file}.log`, 'w');
  const child = spawn(process.execPath,
    [fileURLToPath(import.meta.url), '--serve', file, ...args.filter((a) => a === '--rate-limits')],
    { detached: true, stdio: ['ignore', log, log] });
  child.unref();
  const deadline = Date.now() + 60_000;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline || child.exitCode !== null) {
      console.error(`pds.js: the server did not start:\n${fs.readFileSync(`${file}.log`, 'utf8')}`);
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.exit(0);
}

const { PDS, envToCfg, envToSecrets } = await import('@atproto/pds');
const plc = await import('@did-plc/server');
const { Secp256k1Keypair } = await import('@atproto/crypto');
const jose = await import('jose');

async function freePort() {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await events.once(server, 'listening');
  const { port } = server.address();
  server.close();
  await events.once(server, 'close');
  return port;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-pds-'));
const plcPort = await freePort();
const plcServer = plc.PlcServer.create({ db: plc.Database.mock(), port: plcPort });
await plcServer.start();
const plcUrl = `http://127.0.0.1:${plcPort}`;

const pdsPort = await freePort();
const jwtSecret = 'chorus-test-jwt-secret';
const rotationKey = await Secp256k1Keypair.create({ exportable: true });
const env = {
  port: pdsPort,
  hostname: 'localhost',
  devMode: true,
  inviteRequired: false,
  disableSsrfProtection: true,
  crawlers: [],
  serviceHandleDomains: ['.test'],
  didPlcUrl: plcUrl,
  dataDirectory: dataDir,
  blobstoreDiskLocation: path.join(dataDir, 'blobs'),
  jwtSecret,
  adminPassword: 'chorus-test-admin',
  plcRotationKeyK256PrivateKeyHex: Buffer.from(await rotationKey.export()).toString('hex'),
  rateLimitsEnabled: args.includes('--rate-limits'),
  logEnabled: false,
};
const cfg = envToCfg(env);
// Loopback only, and the DID documents name the address the tests reach.
const pdsUrl = `http://127.0.0.1:${pdsPort}`;
cfg.service.publicUrl = pdsUrl;
const pds = await PDS.create(cfg, envToSecrets(env));
await pds.ctx.sequencer.start();
const server = pds.app.listen(pdsPort, '127.0.0.1');
await events.once(server, 'listening');

async function xrpc(method, nsid, body, token) {
  const response = await fetch(`${pdsUrl}/xrpc/${nsid}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${nsid}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

async function createAccount(name) {
  const handle = `${name}.test`;
  const password = `main-password-of-${name}`;
  const account = await xrpc('POST', 'com.atproto.server.createAccount',
    { handle, email: `${name}@example.test`, password });
  const app = await xrpc('POST', 'com.atproto.server.createAppPassword',
    { name: 'chorus' }, account.accessJwt);
  return { handle, did: account.did, password, appPassword: app.password };
}

async function expiredToken(did) {
  // What the PDS signs (HS256 with its JWT secret), an hour in the past.
  const now = Math.floor(Date.now() / 1000);
  const accessJwt = await new jose.SignJWT({ scope: 'com.atproto.access' })
    .setProtectedHeader({ typ: 'at+jwt', alg: 'HS256' })
    .setAudience(cfg.service.did)
    .setSubject(did)
    .setIssuedAt(now - 7200)
    .setExpirationTime(now - 3600)
    .sign(new TextEncoder().encode(jwtSecret));
  return { accessJwt };
}

const control = http.createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  try {
    const input = body ? JSON.parse(body) : {};
    let answer;
    if (req.method === 'POST' && req.url === '/account') answer = await createAccount(input.name);
    else if (req.method === 'POST' && req.url === '/expired-token') answer = await expiredToken(input.did);
    else {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  } catch (err) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
  }
});
control.listen(0, '127.0.0.1');
await events.once(control, 'listening');

const state = {
  pds: pdsUrl,
  plc: plcUrl,
  control: `http://127.0.0.1:${control.address().port}`,
  pid: process.pid,
};

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  control.close();
  server.close();
  server.closeAllConnections?.();
  await pds.ctx.destroy().catch(() => {});
  await plcServer.destroy().catch(() => {});
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

const stateFile = option('--serve');
if (stateFile) {
  fs.writeFileSync(`${stateFile}.tmp`, JSON.stringify(state));
  fs.renameSync(`${stateFile}.tmp`, stateFile);
  setTimeout(stop, 3600_000).unref();
} else {
  process.stdout.write(JSON.stringify(state) + '\n');
  process.stdin.resume();
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
}
