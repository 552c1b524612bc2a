#!/usr/bin/env node
// The independent oracle for chorus' handle tests: reads one JSON object
// {"platform":…,"handle":…} per line on stdin and answers one JSON object per
// line on stdout, {"valid":bool,"canonical":"…"}, built from other people's
// code wherever there is one:
//   bluesky:  @atproto/syntax (the AT Protocol's reference implementation,
//             pinned in package.json): ensureValidHandle, the regex form,
//             isValidTld (the TLDs refused for handles) and normalizeHandle
//   mastodon: Mastodon's USERNAME_RE (app/models/account.rb) and
//             USERNAME_LENGTH_LIMIT for the user; node's url.domainToASCII
//             (WHATWG URL's UTS #46 ToASCII, nontransitional) for the server,
//             whose ASCII form must then be a host name by @atproto/syntax's
//             isValidHandle (the same label rules: LDH, 1–63, two labels at
//             least, TLD starting with a letter, 253 at most)
//   x:        X's documented rule, 1–15 of A-Z a-z 0-9 _
// Shared by all: trimmed (spaces, tabs, newlines), one leading '@' optional,
// at most 300 characters, and no control or format character anywhere
// (zero-width, bidi controls, BOM), which WHATWG would otherwise drop.
'use strict';
const path = require('path');
const url = require('url');
const readline = require('readline');
const syntax = require(path.join(__dirname, 'node_modules', '@atproto', 'syntax'));

const hidden = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
const mastodonUser = /^[a-z0-9_]+([.-]+[a-z0-9_]+)*$/i;

function canonical(platform, raw) {
  const trimmed = raw.replace(/^[ \t\n]+|[ \t\n]+$/g, '');
  if (trimmed.length === 0 || trimmed.length > 300 || hidden.test(trimmed)) return null;
  const name = trimmed.startsWith('@') ? trimmed.slice(1) : trimmed;
  if (platform === 'x')
    return /^[A-Za-z0-9_]{1,15}$/.test(name) ? name.toLowerCase() : null;
  if (platform === 'bluesky') {
    try {
      syntax.ensureValidHandle(name);
      syntax.ensureValidHandleRegex(name);
    } catch (e) {
      return null;
    }
    const normal = syntax.normalizeHandle(name);
    return syntax.isValidTld(normal) ? normal : null;
  }
  if (platform === 'mastodon') {
    const at = name.indexOf('@');
    if (at < 0) return null;
    const user = name.slice(0, at);
    const domain = name.slice(at + 1);
    if (!mastodonUser.test(user) || user.length > 30) return null;
    if (domain.endsWith('.')) return null;
    const ascii = url.domainToASCII(domain);
    if (!ascii || !syntax.isValidHandle(ascii)) return null;
    return user.toLowerCase() + '@' + ascii.toLowerCase();
  }
  return null;
}

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', (line) => {
  if (!line) return;
  const { platform, handle } = JSON.parse(line);
  const result = canonical(platform, handle);
  process.stdout.write(JSON.stringify(result === null ? { valid: false }
                                                      : { valid: true, canonical: result }) + '\n');
});
