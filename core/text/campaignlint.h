#pragma once

#include "messagetemplate.h"

#include <QString>

#include <span>
#include <vector>

namespace Chorus::Text {

/// One problem lint found in a campaign's templates.
struct LintFinding
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString templateId; ///< the template it is about (the first one, for a pair)
    QString message;    ///< one sentence naming what is wrong and where

    friend bool operator==(const LintFinding &, const LintFinding &) = default;
};

/// "warning" or "error".
[[nodiscard]] QString severityName(LintFinding::Severity severity);

/// What lint renders `{link}` with when the campaign has no link yet: 23
/// characters, which is what X and Mastodon count for any link.
inline constexpr char16_t lintStandInLink[] = u"https://example.org/abc";
/// What lint renders `{city}` with: a long real city name (31 characters).
inline constexpr char16_t lintStandInCity[] = u"Ciudad Autónoma de Buenos Aires";

/// Lints a campaign's templates before they go out to thousands of fans.
///
/// Every variant of every template (up to 1000 per template) is rendered with
/// worst-case values: the campaign's `hashtag`, its `link` (or a 23-character
/// stand-in), a 31-character city, the longest short time and date formats
/// ("10:22 PM", "12/22/27", en_US) and the zone "UTC+05:45". Then:
/// - errors: a campaign hashtag that is missing or not a valid hashtag
///   ("#Alita-Sequel" would be read as #Alita), a template that does not parse (unknown placeholder, unbalanced
///   braces), an unknown platform, a variant over a platform's limit (as
///   measure() counts it), a variant without the campaign hashtag or with it
///   more than once (compared case-insensitively, with or without '#'), two
///   templates with the same text (ignoring case, spacing and punctuation);
/// - warnings: another hashtag besides the campaign's, a request to retweet,
///   repost, boost or share (retweets do not count toward trends; English,
///   Portuguese and Spanish phrasings), two templates at least 90% alike
///   (Levenshtein ratio), variants of one template that are the same text, a
///   template without variants (every fan in a zone would post the same words),
///   a template for no platform.
/// Each kind of problem is reported once per template, naming the first
/// variant that shows it and how many do.
[[nodiscard]] std::vector<LintFinding> lintCampaign(const QString &hashtag,
                                                    std::span<const MessageTemplate> templates,
                                                    const QString &link = {});

/// How alike two texts are, from 0 (nothing in common) to 1 (the same): one
/// minus the Levenshtein distance over the longer length, on texts normalised
/// as lint compares them (case-folded, punctuation dropped, spaces collapsed;
/// emoji and other symbols are kept).
[[nodiscard]] double similarity(const QString &a, const QString &b);

} // namespace Chorus::Text
