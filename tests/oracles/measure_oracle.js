#!/usr/bin/env node
// The independent oracle for chorus' post-length tests: reads one JSON string per
// line on stdin and answers one JSON object per line on stdout with
//   x:         twitter-text's parseTweet() (npm twitter-text, pinned in package.json)
//   graphemes: extended grapheme clusters by node's Intl.Segmenter (node's own ICU)
//   bytes:     UTF-8 bytes
//   mastodon:  Mastodon's countable length: twitter-text's URLs with a scheme
//              (extractUrlsWithIndices without protocol-less URLs, as Mastodon's
//              StatusLengthValidator calls it) count 23, a mention @user@domain
//              (Mastodon's MENTION_RE, ported) counts as @user, then graphemes
// Run from this directory (or with NODE_PATH pointing at its node_modules).
'use strict';
const path = require('path');
const twitter = require(path.join(__dirname, 'node_modules', 'twitter-text'));
const readline = require('readline');

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemeCount = (text) => { let n = 0; for (const _ of segmenter.segment(text)) n++; return n; };

// app/lib/... MENTION_RE: /(?<![=\/[:word:]])@((USERNAME_RE)(?:@[[:word:].-]+[[:word:]]+)?)/i
// with USERNAME_RE /[a-z0-9_]+([a-z0-9_.-]+[a-z0-9_]+)?/i; Ruby's [[:word:]] is
// letters, marks, decimal digits and connector punctuation.
const word = '\\p{L}\\p{M}\\p{Nd}\\p{Pc}';
const mentionRe = new RegExp(`(?<![=/${word}])@([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)(@[${word}.-]+[${word}]+)?`, 'giu');

function mastodonLength(text) {
  const entities = twitter.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })
    .map((u) => ({ start: u.indices[0], end: u.indices[1], replacement: 'x'.repeat(23) }));
  for (const m of text.matchAll(mentionRe)) {
    if (!m[2]) continue;
    const start = m.index, end = m.index + m[0].length;
    if (entities.some((e) => start < e.end && e.start < end)) continue;
    entities.push({ start, end, replacement: '@' + m[1] });
  }
  entities.sort((a, b) => a.start - b.start);
  let out = '', pos = 0;
  for (const e of entities) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.replacement;
    pos = e.end;
  }
  return graphemeCount(out + text.slice(pos));
}
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  if (line === '') return;
  const text = JSON.parse(line);
  const parsed = twitter.parseTweet(text);
  process.stdout.write(JSON.stringify({
    x_length: parsed.weightedLength,
    x_valid: parsed.valid,
    graphemes: graphemeCount(text),
    mastodon: mastodonLength(text),
    bytes: Buffer.byteLength(text, 'utf8'),
  }) + '\n');
});
