#pragma once

#include "error.h"

#include <QString>

#include <vector>

namespace Chorus::Text {

/// The platforms Chorus writes posts for.
enum class Platform { X, Bluesky, Mastodon };

/// "x", "bluesky", "mastodon": the names the campaign file and the CLI use.
[[nodiscard]] QString platformName(Platform platform);

/// Parses a platform name (case-insensitive; "twitter" is taken for "x").
[[nodiscard]] Expected<Platform> parsePlatform(QStringView name);

/// How long a post is as one platform counts it, and whether it would take it.
/// `bytes`/`byteLimit` are set only where the platform also limits bytes
/// (Bluesky: 3000 UTF-8 bytes); elsewhere they are 0.
struct PostLength
{
    Platform platform = Platform::X;
    int length = 0;
    int limit = 0;
    bool valid = false;
    int bytes = 0;
    int byteLimit = 0;
};

/// The limits of a Mastodon instance. 500 characters and 23 per URL are
/// Mastodon's defaults; an instance may raise the first (see MastodonInstance).
struct MastodonLimits
{
    int maxCharacters = 500;
    int charactersReservedPerUrl = 23;
};

/// A URL found in a post: `start` and `length` in UTF-16 code units of the
/// text it was found in.
struct UrlSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
};

/// Where twitter-text 3.1 finds URLs in `text` (its extractUrlsWithIndices with
/// the same regex and TLD lists, generated from the npm package): with or
/// without `https://`, a domain with a known TLD, path and query, trailing
/// punctuation left out, t.co links cut after their slug. With
/// `withoutProtocol` false only http(s):// URLs count (what Mastodon does).
/// Example: in "see example.com/a." the URL is "example.com/a" (start 4).
[[nodiscard]] std::vector<UrlSpan> extractUrls(QStringView text, bool withoutProtocol = true);

/// The number of extended grapheme clusters in `text` (UAX #29, by ICU):
/// "👨‍👩‍👧" is 1, "e\u0301" is 1, "🇺🇸🇩🇪" is 2.
[[nodiscard]] int graphemeCount(QStringView text);

/// X's count: twitter-text 3's parseTweet() weightedLength and valid. The text
/// is NFC-normalised first; each URL counts 23; each emoji sequence that
/// twemoji-parser knows (ZWJ families, skin tones, flags, keycaps, tag flags)
/// counts 2 as a whole; other code points count 1 in the ranges U+0000–U+10FF,
/// U+2000–U+200D, U+2010–U+201F, U+2032–U+2037 and 2 elsewhere. Not valid when
/// empty, over 280, or holding U+FFFE, U+FEFF or U+FFFF.
/// Example: "Hi 👋🏽 https://example.org/a-very-long-path" is 3 + 2 + 1 + 23 = 29.
[[nodiscard]] PostLength measureX(QStringView text);

/// Bluesky's count: grapheme clusters (limit 300) and UTF-8 bytes (limit 3000).
[[nodiscard]] PostLength measureBluesky(QStringView text);

/// Mastodon's count: grapheme clusters after every http(s):// URL (found as
/// twitter-text finds URLs with a scheme, which is what Mastodon's
/// StatusLengthValidator does) counts `charactersReservedPerUrl` and every
/// mention `@user@domain` counts as `@user`. Valid when not blank and within
/// `maxCharacters`.
[[nodiscard]] PostLength measureMastodon(QStringView text, const MastodonLimits &limits = {});

/// measureX, measureBluesky or measureMastodon (with default limits).
[[nodiscard]] PostLength measure(Platform platform, QStringView text);

} // namespace Chorus::Text
