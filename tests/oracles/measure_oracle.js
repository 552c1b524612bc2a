#!/usr/bin/env node
// The independent oracle for chorus' post-length tests: reads one JSON string per
// line on stdin and answers one JSON object per line on stdout with
//   x:         twitter-text's parseTweet() (npm twitter-text, pinned in package.json)
//   graphemes: extended grapheme clusters by node's Intl.Segmenter (node's own ICU)
//   bytes:     UTF-8 bytes
// Run from this directory (or with NODE_PATH pointing at its node_modules).
'use strict';
const path = require('path');
const twitter = require(path.join(__dirname, 'node_modules', 'twitter-text'));
const readline = require('readline');

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  if (line === '') return;
  const text = JSON.parse(line);
  const parsed = twitter.parseTweet(text);
  let graphemes = 0;
  for (const _ of segmenter.segment(text)) graphemes++;
  process.stdout.write(JSON.stringify({
    x_length: parsed.weightedLength,
    x_valid: parsed.valid,
    graphemes,
    bytes: Buffer.byteLength(text, 'utf8'),
  }) + '\n');
});
