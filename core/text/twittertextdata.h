#pragma once

// The regexes of twitter-text and twemoji-parser, generated from the pinned npm
// packages by tests/oracles/generate_twitter_text_data.js (see that script for
// how the JavaScript syntax is converted to PCRE2). Internal to core/text.

namespace Chorus::Text::Detail {

/// twitter-text's extractUrl: $2 preceding char, $3 URL, $4 protocol, $5 domain,
/// $7 path. The case-insensitive ones are spelled out with explicit classes
/// (JavaScript's non-Unicode case matching); compile them all case-sensitively.
extern const char extractUrlPattern[];
/// twitter-text's validAsciiDomain.
extern const char validAsciiDomainPattern[];
/// twitter-text's validTcoUrl: $1 the t.co slug.
extern const char validTcoUrlPattern[];
/// twitter-text's invalidUrlWithoutProtocolPrecedingChars.
extern const char invalidUrlWithoutProtocolPrecedingCharsPattern[];
/// twemoji-parser's emoji regex.
extern const char emojiPattern[];

} // namespace Chorus::Text::Detail
