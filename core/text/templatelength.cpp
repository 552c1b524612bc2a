#include "templatelength.h"

#include "campaignlint.h"

#include <chrono>

using namespace Qt::StringLiterals;

namespace Chorus::Text {

RenderContext worstCaseContext(const QString &hashtag, const QString &link)
{
    RenderContext context;
    // "#AlitaSequel", "AlitaSequel" and " #AlitaSequel " all name the same tag.
    QString tag = hashtag.trimmed();
    while (tag.startsWith(u'#') || tag.startsWith(QChar(0xFF03)))
        tag.remove(0, 1);
    context.hashtag = tag.isEmpty() ? u"#hashtag"_s : u'#' + tag;
    context.link = link.isEmpty() ? QString::fromUtf16(lintStandInLink) : link;
    // 2027-12-22T16:37:00Z at +05:45 is 22:22 on 22 December: "10:22 PM", "12/22/27".
    context.start = Time::Instant {std::chrono::sys_days {std::chrono::year {2027} / 12 / 22}
                                   + std::chrono::hours {16} + std::chrono::minutes {37}};
    context.zone = QTimeZone(5 * 3600 + 45 * 60);
    context.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    context.city = QString::fromUtf16(lintStandInCity);
    context.handle = u"lint"_s;
    return context;
}

Expected<TemplateLengths> longestVariants(const MessageTemplate &messageTemplate,
                                          const RenderContext &context,
                                          const std::vector<Platform> &platforms, std::size_t cap)
{
    auto expansions = expandAll(messageTemplate.text, cap);
    if (!expansions)
        return std::unexpected(expansions.error());
    const auto total = variantCount(messageTemplate.text);
    if (!total)
        return std::unexpected(total.error());
    TemplateLengths result;
    result.variantTotal = *total;
    result.variantsMeasured = expansions->size();
    for (const Platform platform : platforms)
        result.platforms.push_back({measure(platform, QString()), 0});
    MessageTemplate variant = messageTemplate;
    for (qsizetype v = 0; v < expansions->size(); ++v) {
        variant.text = expansions->at(v);
        const auto rendered = renderTemplate(variant, context);
        if (!rendered)
            return std::unexpected(rendered.error());
        for (PlatformLength &longest : result.platforms) {
            const PostLength length = measure(longest.length.platform, *rendered);
            // The first variant always counts, so an empty text still says 0 / limit.
            if (v == 0 || length.length > longest.length.length
                || (length.length == longest.length.length
                    && length.bytes > longest.length.bytes)) {
                longest = {length, v};
            }
        }
    }
    return result;
}

} // namespace Chorus::Text
