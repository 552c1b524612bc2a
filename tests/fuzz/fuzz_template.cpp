// Fuzz target: the template renderer and the post-length counters. Any text
// must give a result or an error, never a crash, a hang or a sanitizer report,
// and the template functions must agree with each other:
// - checkTemplate, variantCount, expandAll and renderTemplate (with every
//   placeholder's value given) accept and refuse the same texts;
// - expandAll gives min(variantCount, cap) templates, each without variants
//   (fewer only when they reach maxExpandedCharacters);
// - the rendered text is the rendering of one of those expansions.
// The counters run on the raw text and on the rendered one; their results must
// be sane (within limits when valid, URL spans inside the text, in order).

#include "fuzzsupport.h"
#include "text/postlength.h"
#include "text/templaterender.h"

#include <QLocale>
#include <QTimeZone>

#include <array>

using namespace Qt::StringLiterals;

namespace {

using namespace Chorus;

// The participant is picked from the input's hash, so every input is rendered
// in one fixed, reproducible context, and the corpus spreads over all of them.
Text::RenderContext contextFor(std::uint64_t hash)
{
    static const std::array<QByteArray, 6> zones {"UTC",
                                                  "Asia/Kolkata",
                                                  "America/Los_Angeles",
                                                  "Asia/Kathmandu",
                                                  "Pacific/Kiritimati",
                                                  "America/St_Johns"};
    static const std::array<QLocale, 5> locales {QLocale::c(), QLocale(u"en_US"_s),
                                                 QLocale(u"de_DE"_s), QLocale(u"ar_EG"_s),
                                                 QLocale(u"hi_IN"_s)};
    static const std::array<std::int64_t, 4> starts {1802624400, // 2027-02-14T17:00:00Z
                                                     1805158800, // 2027-03-16T01:00:00Z
                                                     0, 4102444800}; // 1970, 2100
    Text::RenderContext context;
    context.hashtag = u"#AlitaSequel"_s;
    context.link = u"https://example.org/alita-sequel-hour"_s;
    context.city = u"São Paulo {city}"_s; // braces in a value are not parsed again
    context.zone = QTimeZone(zones[hash % zones.size()]);
    context.locale = locales[(hash >> 8) % locales.size()];
    context.start = Time::Instant {std::chrono::seconds {starts[(hash >> 16) % starts.size()]}};
    context.handle = u"@fan"_s + QString::number((hash >> 24) % 1000);
    return context;
}

void checkLength(const Text::PostLength &length, const QString &text, const char *what)
{
    const QByteArray detail = QByteArray(what) + ": " + text.toUtf8();
    Fuzz::require(length.length >= 0 && length.bytes >= 0, "a negative length", detail);
    Fuzz::require(!length.valid || length.length <= length.limit,
                  "a post over the limit counted as valid", detail);
    Fuzz::require(!length.valid || length.byteLimit == 0 || length.bytes <= length.byteLimit,
                  "a post over the byte limit counted as valid", detail);
}

void measureAll(const QString &text)
{
    checkLength(Text::measureX(text), text, "x");
    checkLength(Text::measureBluesky(text), text, "bluesky");
    checkLength(Text::measureMastodon(text), text, "mastodon");
    const int graphemes = Text::graphemeCount(text);
    Fuzz::require(graphemes >= 0 && graphemes <= text.size() && (text.isEmpty() || graphemes > 0),
                  "a grapheme count out of range", text.toUtf8());
    for (const bool withoutProtocol : {true, false}) {
        qsizetype end = 0;
        for (const Text::UrlSpan &url : Text::extractUrls(text, withoutProtocol)) {
            Fuzz::require(url.start >= end && url.length > 0
                              && url.start + url.length <= text.size(),
                          "a URL span outside the text or out of order", text.toUtf8());
            end = url.start + url.length;
        }
    }
}

} // namespace

CHORUS_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    const Text::RenderContext context = contextFor(Text::stableHash(bytes));
    const Text::MessageTemplate messageTemplate {u"main"_s, text, {u"x"_s}};

    const Expected<void> checked = Text::checkTemplate(text);
    const Expected<std::uint64_t> count = Text::variantCount(text);
    constexpr std::size_t cap = 64;
    const Expected<QStringList> expansions = Text::expandAll(text, cap);
    const Expected<QString> rendered = Text::renderTemplate(messageTemplate, context);

    measureAll(text);
    // Rendering may also refuse a valid template whose text would be too long.
    const bool tooLong
        = !rendered && checked && rendered.error().message.contains(u"would be longer than"_s);
    Fuzz::require(checked.has_value() == count.has_value()
                      && checked.has_value() == expansions.has_value()
                      && (checked.has_value() == rendered.has_value() || tooLong),
                  "the template functions disagree on whether a text is valid", bytes);
    if (!checked) {
        Fuzz::require(!checked.error().message.isEmpty(), "an error without a message", bytes);
        return 0;
    }

    Fuzz::require(*count >= 1, "a valid template with no text at all", bytes);
    qsizetype expandedCharacters = 0;
    for (const QString &expansion : *expansions)
        expandedCharacters += expansion.size();
    Fuzz::require(!expansions->isEmpty()
                      && (std::uint64_t(expansions->size()) == std::min<std::uint64_t>(*count, cap)
                          || expandedCharacters >= Text::maxExpandedCharacters),
                  "expandAll does not give min(variantCount, cap) texts", bytes);
    if (tooLong)
        return 0;
    measureAll(*rendered);
    bool renderedIsAnExpansion = false;
    for (const QString &expansion : *expansions) {
        const Expected<std::uint64_t> one = Text::variantCount(expansion);
        Fuzz::require(one.has_value() && *one == 1, "an expansion that still has variants",
                      expansion.toUtf8());
        const Expected<QString> again = Text::renderTemplate({u"main"_s, expansion, {}}, context);
        if (!again) {
            Fuzz::require(again.error().message.contains(u"would be longer than"_s),
                          "an expansion that does not render", expansion.toUtf8());
            continue;
        }
        renderedIsAnExpansion = renderedIsAnExpansion || *again == *rendered;
    }
    Fuzz::require(std::uint64_t(expansions->size()) < *count || renderedIsAnExpansion,
                  "the rendered text is none of the expansions", bytes);
    return 0;
}
