// A real Bluesky network on loopback for the pulse's tests: @atproto/dev-env's
// TestNetwork (PLC, PDS, the AppView with its search, on the PostgreSQL
// cluster the test started; DB_POSTGRES_URL), seeded from a JSON spec, then
// kept up until stdin closes.
//
//   node appview.js SPEC.json
//
// SPEC: {"organizer":"org","accounts":["alice","bob"],
//        "posts":[{"author":"alice","text":"…","createdAt":"…Z","tags":["AlitaSequel"]}]}
// Each handle gets ".test". "tags" become tag facets over the text's own
// "#tag" (UTF-8 byte offsets, as the PDS stores them unchecked). Once the
// AppView has indexed every post it prints one JSON line:
//   {"pds":"http://localhost:PORT","handle":"org.test","appPassword":"xxxx-…","seconds":{…}}
import { readFileSync } from 'node:fs'
import { TestNetwork } from '@atproto/dev-env'

const started = Date.now()
const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'))
process.env.REDIS_HOST ??= 'unused' // only asserted by TestNetwork
const network = await TestNetwork.create({
  dbPostgresUrl: process.env.DB_POSTGRES_URL,
  dbPostgresSchema: 'chorus_pulse',
})
const ready = Date.now()

function facetsFor(text, tags) {
  const bytes = Buffer.from(text, 'utf8')
  const facets = []
  for (const tag of tags ?? []) {
    const needle = Buffer.from('#' + tag, 'utf8')
    const at = bytes.indexOf(needle)
    if (at < 0) throw new Error(`post text ${JSON.stringify(text)} has no #${tag}`)
    facets.push({
      index: { byteStart: at, byteEnd: at + needle.length },
      features: [{ $type: 'app.bsky.richtext.facet#tag', tag }],
    })
  }
  return facets
}

const agents = {}
for (const name of new Set([spec.organizer, ...(spec.accounts ?? [])])) {
  const agent = network.pds.getAgent()
  await agent.createAccount({
    email: `${name}@chorus.invalid`,
    handle: `${name}.test`,
    password: `${name}-password`,
  })
  agents[name] = agent
}
const { data: appPassword } = await agents[spec.organizer].com.atproto.server.createAppPassword({
  name: 'chorus pulse',
})

// applyWrites takes at most 200 writes a call.
const byAuthor = {}
for (const post of spec.posts ?? []) (byAuthor[post.author] ??= []).push(post)
for (const [author, posts] of Object.entries(byAuthor)) {
  const agent = agents[author]
  for (let i = 0; i < posts.length; i += 200) {
    await agent.com.atproto.repo.applyWrites({
      repo: agent.session.did,
      writes: posts.slice(i, i + 200).map((post) => {
        const record = { $type: 'app.bsky.feed.post', text: post.text, createdAt: post.createdAt }
        const facets = facetsFor(post.text, post.tags)
        if (facets.length) record.facets = facets
        return { $type: 'com.atproto.repo.applyWrites#create', collection: 'app.bsky.feed.post', value: record }
      }),
    })
  }
}
await network.processAll()
const seeded = Date.now()

console.log(JSON.stringify({
  pds: network.pds.url,
  handle: `${spec.organizer}.test`,
  appPassword: appPassword.password,
  seconds: { start: (ready - started) / 1000, seed: (seeded - ready) / 1000 },
}))

let closing = false
async function close() {
  if (closing) return
  closing = true
  await network.close()
  process.exit(0)
}
process.stdin.on('end', close)
process.stdin.resume()
process.on('SIGTERM', close)
process.on('SIGINT', close)
