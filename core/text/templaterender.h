#pragma once

#include "error.h"
#include "messagetemplate.h"
#include "time/instant.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <cstdint>

namespace Chorus::Text {

/// What a template is rendered with: the campaign's values and one
/// participant's zone, locale, city and handle.
///
/// Example: start 2027-02-14T17:00:00Z, zone Asia/Kolkata, locale en_IN renders
/// `{local_time}` as "10:30 pm", `{local_date}` as "14/02/27" and `{zone}` as
/// "UTC+05:30"; the same start in America/Los_Angeles with en_US is "9:00 AM"
/// and "2/14/27" and "UTC-08:00". The date is the participant's own: in
/// Pacific/Kiritimati (+14) that start is already 15 February.
struct RenderContext
{
    QString hashtag;                     ///< "#AlitaSequel"
    QString link;                        ///< the campaign link, or empty
    Time::Instant start{};               ///< the campaign start (UTC)
    QTimeZone zone = QTimeZone::utc();   ///< the participant's zone
    /// The participant's locale, for the formats; QLocale::c() (no human
    /// locale) gives ISO 8601's "22:45" and "2027-02-14".
    QLocale locale = QLocale::c();
    QString city;                        ///< the participant's city, as they want it shown
    QString handle;                      ///< seeds the variant choice ("@alita_fan")
};

/// The placeholders a template may use, without braces: hashtag, link,
/// local_time, local_date, city, zone.
[[nodiscard]] QStringList placeholderNames();

/// Renders `messageTemplate` for one participant.
///
/// Syntax: `{hashtag}`, `{link}`, `{city}` are the context's values;
/// `{local_time}` and `{local_date}` are the start in the participant's zone in
/// the locale's short formats; `{zone}` is the participant's UTC offset at the
/// start ("UTC+05:45", "UTC" at zero). `{a|b|c}` is a list of variants, of
/// which each participant gets one, chosen by a stable hash (FNV-1a) of their
/// handle (trimmed, lower-cased, without a leading @), the template id and the
/// list's number in the template: the same fan always gets the same text, in
/// any process and on any machine, while thousands of fans spread over the
/// variants. Variants may hold placeholders and other variant lists
/// (`{Bora {city}!|Let's go!}`). `{{` and `}}` are literal braces (inside a
/// variant list a `}` always closes the list).
///
/// Errors name the problem and its character position (1-based): an unknown
/// placeholder ("unknown placeholder {hastag} at character 5; the placeholders
/// are …"), an unclosed `{`, a stray `}`, a placeholder whose value is empty
/// in the context (`{link}` in a campaign without a link), an invalid zone,
/// braces nested more than 16 deep ("variant lists nested more than 16 deep
/// at character 33"), a text longer than maxRenderedCharacters once rendered
/// (a hostile campaign's `{link}{link}…` with a megabyte link).
/// The longest text renderTemplate() makes: 100,000 characters, far beyond any
/// platform's post (X allows 25,000 to its paying users), so only a hostile or
/// broken campaign reaches it; it keeps one render from filling memory.
inline constexpr qsizetype maxRenderedCharacters = 100'000;

[[nodiscard]] Expected<QString> renderTemplate(const MessageTemplate &messageTemplate,
                                               const RenderContext &context);

/// A rendered template and which of its variants it is.
struct RenderedVariant
{
    QString text;
    /// The chosen combination of the variant lists, 0-based, in expandAll()
    /// order (saturating at UINT64_MAX, like variantCount()). It may lie past
    /// the texts a capped expandAll() lists, and two variants with the same
    /// text keep their own numbers.
    std::uint64_t index = 0;
};

/// renderTemplate(), also answering which variant the handle picked, so no
/// caller has to find it by rendering every expansion and comparing texts.
/// The number counts the way expandAll() lists: the last list varies fastest,
/// and within a list the texts of option j follow all those of the options
/// before it. "{Hi|Hello} {a|b|c}!" has six variants, and a handle that picks
/// "Hello" and "b" gets index 4 ("Hello b!", the fifth that expandAll() lists);
/// in "{A {x|y}|B}!" the texts are "A x!", "A y!", "B!", so "B!" is 2.
/// Errors are renderTemplate()'s.
[[nodiscard]] Expected<RenderedVariant> renderVariant(const MessageTemplate &messageTemplate,
                                                      const RenderContext &context);

/// Checks the syntax of a template text (placeholders known, braces balanced)
/// without rendering it.
[[nodiscard]] Expected<void> checkTemplate(QStringView text);

/// How many different texts the variant lists of `text` can make (placeholders
/// not counted), saturating at UINT64_MAX: "{Hi|Hello} {a|b|c}!" is 6.
[[nodiscard]] Expected<std::uint64_t> variantCount(QStringView text);

/// Every combination of the variants of `text`, in order (first options
/// first), at most `cap` of them. Placeholders stay as `{name}` and literal
/// braces as `{{`/`}}`, so each result is a template without variants:
/// "{Hi|Hello} {hashtag}" gives "Hi {hashtag}" and "Hello {hashtag}".
/// The list also stops growing once it holds maxExpandedCharacters characters
/// in all (there is always at least one text): 1000 variants of a 3-megabyte
/// template would otherwise take 6 GB.
inline constexpr qsizetype maxExpandedCharacters = 1'000'000;

[[nodiscard]] Expected<QStringList> expandAll(QStringView text, std::size_t cap = 1000);

/// The stable 64-bit FNV-1a hash of `bytes`, the same in every process (unlike
/// qHash and std::hash, which are seeded per process).
[[nodiscard]] std::uint64_t stableHash(QByteArrayView bytes);

} // namespace Chorus::Text
