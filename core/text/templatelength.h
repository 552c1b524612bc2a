#pragma once

#include "error.h"
#include "messagetemplate.h"
#include "postlength.h"
#include "templaterender.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace Chorus::Text {

/// The context lint renders every variant with, so a length it reports is the
/// longest a fan could produce: the campaign's `hashtag` written as "#Tag"
/// (with or without '#' in the campaign; "#hashtag" when it has none), its `link` (or
/// lintStandInLink when it has none), the 31-character lintStandInCity, the
/// longest short time and date formats ("10:22 PM", "12/22/27", en_US) and the
/// zone "UTC+05:45" (2027-12-22T16:37:00Z read at +05:45 is 22:22 on 22 December).
/// The Messages page counts with it too, so a counter in red and a lint length
/// error always agree.
[[nodiscard]] RenderContext worstCaseContext(const QString &hashtag, const QString &link);

/// How long the longest variant of a template is on one platform.
struct PlatformLength
{
    PostLength length; ///< the longest variant's, as measure() counts it
    qsizetype variant = 0; ///< which variant (0-based, expandAll()'s order) is the longest
};

/// A template's longest variant per platform, as counted by lint.
struct TemplateLengths
{
    std::vector<PlatformLength> platforms; ///< in the order asked for
    qsizetype variantsMeasured = 0; ///< how many variants were rendered and measured
    std::uint64_t variantTotal = 0; ///< how many there are (variantCount)
};

/// Measures every variant of `messageTemplate` (up to `cap`, in expandAll()'s
/// order) rendered with `context` on each of `platforms`, and keeps the longest
/// per platform (of equal lengths, the one with more UTF-8 bytes, then the
/// first), so the figure matches what lint reports over a limit.
///
/// Example: "{Hi|Hello there} {hashtag}" with hashtag "#A" on X is 14 (variant
/// 1, "Hello there #A"), while its first variant alone is 5.
/// Errors are renderTemplate()'s and expandAll()'s (an unknown placeholder, an
/// unclosed brace, a `{link}` in a campaign without one unless the context
/// stands one in).
[[nodiscard]] Expected<TemplateLengths> longestVariants(const MessageTemplate &messageTemplate,
                                                        const RenderContext &context,
                                                        const std::vector<Platform> &platforms,
                                                        std::size_t cap = 1000);

} // namespace Chorus::Text
