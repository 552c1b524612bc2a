#!/usr/bin/env node
// Development-time generator for core/text/twittertextdata.cpp.
//
// X counts a post with twitter-text's own rules: its URL regex (with its TLD
// lists) and twemoji-parser's emoji regex decide which runs of text count 23
// and 2 as a whole. Those rules are data of the library, not of Unicode, so
// Chorus takes them from the pinned npm packages (see package.json) and turns
// the JavaScript regexes into PCRE2 syntax for QRegularExpression:
//   - \uXXXX becomes \x{XXXX}; a surrogate pair (\ud83d\ude00, or a high
//     surrogate followed by a class of low ones) becomes one code point or a
//     class of code points, because PCRE2 works on code points, not UTF-16 units;
//   - every non-ASCII literal becomes \x{...}, so the generated file is ASCII;
//   - the case-insensitive ones are written out case-explicitly (see canon).
// Usage (from this directory, after npm ci):
//   node generate_twitter_text_data.js > ../../core/text/twittertextdata.cpp
'use strict';
const path = require('path');
const nm = path.join(__dirname, 'node_modules');
const tt = (n) => require(path.join(nm, 'twitter-text', 'dist', 'regexp', n + '.js'));
const twemoji = require(path.join(nm, 'twemoji-parser', 'dist', 'lib', 'regex.js')).default;
const ttVersion = require(path.join(nm, 'twitter-text', 'package.json')).version;
const teVersion = require(path.join(nm, 'twemoji-parser', 'package.json')).version;

const hex = (cp) => '\\x{' + cp.toString(16).toUpperCase() + '}';
const isHigh = (u) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u) => u >= 0xdc00 && u <= 0xdfff;

// JavaScript's case-insensitive matching without the u flag (ECMA-262
// Canonicalize): a code unit stands for its upper case when that is one code
// unit, except that a non-ASCII unit never maps into ASCII (so U+017F "ſ" does
// not match "s"). PCRE2's caseless mode folds by Unicode instead, so the
// case-insensitive patterns are written out here with explicit classes and
// compiled case-sensitively.
const canon = new Uint16Array(0x10000);
for (let u = 0; u < 0x10000; u++) {
  const up = String.fromCharCode(u).toUpperCase();
  canon[u] = up.length !== 1 || (u >= 128 && up.charCodeAt(0) < 128) ? u : up.charCodeAt(0);
}
const byCanon = new Map();
for (let u = 0; u < 0x10000; u++) {
  if (!byCanon.has(canon[u])) byCanon.set(canon[u], []);
  byCanon.get(canon[u]).push(u);
}
const caseSet = (u) => byCanon.get(canon[u]);

// A set of code units as a PCRE2 class over code points. The subject PCRE2
// sees has every high surrogate replaced by U+E000 and every low one by U+E001
// (see postlength.cpp), so those stand for the surrogates here.
function classOf(set, negated) {
  const member = new Uint8Array(0x10000);
  for (const u of set) member[u] = 1;
  if (negated) for (let u = 0; u < 0x10000; u++) member[u] ^= 1;
  const high = member[0xd800], low = member[0xdc00];
  for (let u = 0xd800; u <= 0xdfff; u++) {
    if (member[u] !== (u <= 0xdbff ? high : low)) throw new Error('class splits the surrogates');
    member[u] = 0;
  }
  if (member[0xe000] !== high || member[0xe001] !== low) throw new Error('class names U+E000/U+E001');
  let out = '[';
  for (let u = 0; u < 0x10000; u++) {
    if (!member[u]) continue;
    let end = u;
    while (end + 1 < 0x10000 && member[end + 1]) end++;
    out += end === u ? hex(u) : end === u + 1 ? hex(u) + hex(end) : hex(u) + '-' + hex(end);
    u = end;
  }
  return out === '[' ? '(?!)' : out + ']';
}

function convert(src, caseInsensitive) {
  let out = '';
  let i = 0;
  const readU = () => { const v = parseInt(src.substr(i + 2, 4), 16); i += 6; return v; };
  // One literal code unit at i (escaped or not), or null for a syntax character.
  const readLiteral = () => {
    const c = src[i];
    if (c === '\\') {
      const next = src[i + 1];
      if (next === 'u') return readU();
      if (next === 'x') { const v = parseInt(src.substr(i + 2, 2), 16); i += 4; return v; }
      if (/[A-Za-z0-9]/.test(next)) throw new Error('escape \\' + next + ' has no checked PCRE2 meaning');
      i += 2;
      return next.charCodeAt(0);
    }
    i++;
    return c.charCodeAt(0);
  };
  while (i < src.length) {
    const c = src[i];
    if (caseInsensitive && c === '[') {
      // A whole class: its set of code units, closed under JS case matching.
      i++;
      const negated = src[i] === '^';
      if (negated) i++;
      const set = new Set();
      while (src[i] !== ']') {
        const from = readLiteral();
        let to = from;
        if (src[i] === '-' && src[i + 1] !== ']') { i++; to = readLiteral(); }
        for (let u = from; u <= to; u++) for (const v of caseSet(u)) set.add(v);
      }
      i++;
      out += classOf(set, negated);
      continue;
    }
    if (caseInsensitive && c !== '\\' && '()|?*+{}^$.,:!=<>0123456789'.includes(c)) {
      out += c; // syntax (or digits and punctuation inside quantifiers and groups)
      i++;
      continue;
    }
    if (caseInsensitive) {
      const u = readLiteral();
      if (u >= 0xd800 && u <= 0xdfff) throw new Error('surrogate in a case-insensitive pattern');
      const set = caseSet(u);
      if (set.length === 1) {
        out += u > 0x7e || u < 0x20 || /[A-Za-z0-9]/.test(String.fromCharCode(u)) ? hex(u) : '\\' + String.fromCharCode(u);
      } else {
        out += classOf(set, false);
      }
      continue;
    }
    if (c === '\\') {
      const next = src[i + 1];
      if (next === 'u') {
        const u = readU();
        if (isHigh(u)) {
          if (src.substr(i, 2) === '\\u' && isLow(parseInt(src.substr(i + 2, 4), 16))) {
            const low = readU();
            out += hex(0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00));
          } else if (src[i] === '[') {
            // A class of low surrogates after a high one: a class of code points.
            i++;
            let cls = '[';
            while (src[i] !== ']') {
              if (src[i] === '-') { cls += '-'; i++; continue; }
              if (src.substr(i, 2) !== '\\u') throw new Error('unexpected class item at ' + i);
              const low = readU();
              if (!isLow(low)) throw new Error('not a low surrogate at ' + i);
              cls += hex(0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00));
            }
            i++;
            out += cls + ']';
          } else {
            throw new Error('lone high surrogate at ' + i);
          }
        } else if (isLow(u)) {
          throw new Error('lone low surrogate at ' + i);
        } else {
          out += hex(u);
        }
      } else if (next === 'x') {
        out += hex(parseInt(src.substr(i + 2, 2), 16));
        i += 4;
      } else if (/[A-Za-z0-9]/.test(next)) {
        throw new Error('escape \\' + next + ' has no checked PCRE2 meaning');
      } else {
        out += '\\' + next;
        i += 2;
      }
      continue;
    }
    const cp = src.codePointAt(i);
    if (cp > 0x7e || cp < 0x20) {
      out += hex(cp);
      i += cp > 0xffff ? 2 : 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function literal(name, regex) {
  if (regex.flags.includes('u') || regex.flags.includes('m') || regex.flags.includes('s'))
    throw new Error(name + ': unexpected flags ' + regex.flags);
  const converted = convert(regex.source, regex.flags.includes('i'));
  const lines = [];
  for (let i = 0; i < converted.length; i += 90) {
    lines.push('    R"re(' + converted.slice(i, i + 90) + ')re"');
  }
  return `// /${regex.source.length > 60 ? regex.source.slice(0, 57) + '...' : regex.source}/${regex.flags}\n` +
    `const char ${name}[] =\n${lines.join('\n')};\n`;
}

const parts = [
  literal('extractUrlPattern', tt('extractUrl')),
  literal('validAsciiDomainPattern', tt('validAsciiDomain')),
  literal('validTcoUrlPattern', tt('validTcoUrl')),
  literal('invalidUrlWithoutProtocolPrecedingCharsPattern', tt('invalidUrlWithoutProtocolPrecedingChars')),
  literal('emojiPattern', twemoji),
];
process.stdout.write(`// GENERATED by tests/oracles/generate_twitter_text_data.js — do not edit.
// Source: npm twitter-text ${ttVersion} (src/regexp: extractUrl with its TLD lists,
// validAsciiDomain, validTcoUrl, invalidUrlWithoutProtocolPrecedingChars) and
// twemoji-parser ${teVersion} (its emoji regex), Apache-2.0 and MIT licensed,
// converted from JavaScript to PCRE2 syntax. The tests compare Chorus against
// the live JavaScript library, so a stale table shows up as a failing test.
#include "twittertextdata.h"

namespace Chorus::Text::Detail {

${parts.join('\n')}
} // namespace Chorus::Text::Detail
`);
