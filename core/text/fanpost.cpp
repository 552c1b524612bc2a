#include "fanpost.h"

#include "campaign/campaign.h"
#include "templaterender.h"
#include "time/zonecatalogue.h"

#include <QTimeZone>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Chorus::Text {

Expected<FanPost> renderFanPost(const Campaign &campaign, const MessageTemplate &messageTemplate,
                                const FanPostReader &reader, const Time::ZoneCatalogue &catalogue,
                                Platform platform, const MastodonLimits &mastodonLimits)
{
    RenderContext context;
    context.hashtag = campaign.hashtag;
    context.link = campaign.link;
    context.start = campaign.start;
    context.zone = QTimeZone(reader.zone);
    if (!context.zone.isValid())
        return fail(u"zone"_s,
                    u"unknown time zone %1"_s.arg(quoted(QString::fromUtf8(reader.zone))));
    context.locale = reader.locale;
    const Time::Zone *zone = catalogue.find(reader.zone);
    context.city = zone ? zone->city : QString::fromUtf8(reader.zone);
    context.handle = reader.handle.trimmed();

    const auto expansions = expandAll(messageTemplate.text, fanPostVariantsListed);
    if (!expansions)
        return std::unexpected(expansions.error());

    FanPost post;
    post.templateId = messageTemplate.id;
    post.variantCount = int(std::max<qsizetype>(1, expansions->size()));
    if (!context.handle.isEmpty()) {
        auto rendered = renderVariant(messageTemplate, context);
        if (!rendered)
            return std::unexpected(rendered.error());
        post.text = std::move(rendered->text);
        post.variantIndex = int(std::min<std::uint64_t>(rendered->index, INT_MAX));
    } else {
        MessageTemplate variant = messageTemplate;
        post.variantIndex = std::clamp(reader.variant, 0, post.variantCount - 1);
        variant.text = expansions->value(post.variantIndex);
        const auto text = renderTemplate(variant, context);
        if (!text)
            return std::unexpected(text.error());
        post.text = *text;
    }
    post.length = platform == Platform::Mastodon ? measureMastodon(post.text, mastodonLimits)
                                                 : measure(platform, post.text);
    return post;
}

const MessageTemplate *defaultTemplate(const Campaign &campaign, Platform platform)
{
    const QString name = platformName(platform);
    for (const MessageTemplate &messageTemplate : campaign.templates) {
        if (messageTemplate.platforms.contains(name, Qt::CaseInsensitive))
            return &messageTemplate;
    }
    return nullptr;
}

Expected<FanPost> fanPost(const Campaign &campaign, QStringView templateId, Platform platform,
                          const FanPostReader &reader, const Time::ZoneCatalogue &catalogue,
                          const MastodonLimits &mastodonLimits)
{
    const QString name = platformName(platform);
    const MessageTemplate *chosen = nullptr;
    if (templateId.isEmpty()) {
        chosen = defaultTemplate(campaign, platform);
        if (!chosen)
            return fail(u"template"_s,
                        u"no template of the campaign lists %1; add \"%1\" to a template's "
                        "platforms or name one"_s.arg(name));
    } else {
        chosen = campaign.findTemplate(templateId);
        if (!chosen)
            return fail(u"template"_s,
                        u"the campaign has no template %1"_s.arg(quoted(templateId)));
        if (!chosen->platforms.contains(name, Qt::CaseInsensitive))
            return fail(u"template"_s,
                        u"template %1 is not for %2 (its platforms: %3)"_s.arg(
                            quoted(templateId), name, chosen->platforms.join(u", ")));
    }
    auto post = renderFanPost(campaign, *chosen, reader, catalogue, platform, mastodonLimits);
    if (!post)
        return post;
    if (post->text.trimmed().isEmpty())
        return fail(u"text"_s,
                    u"the %1 post of template %2 is empty"_s.arg(name, quoted(chosen->id)));
    const PostLength &length = post->length;
    if (!length.valid) {
        QString why = u"the %1 post of template %2 is %3 of %4 characters"_s.arg(
            name, quoted(chosen->id), QString::number(length.length),
            QString::number(length.limit));
        if (length.byteLimit > 0 && length.bytes > length.byteLimit)
            why = u"the %1 post of template %2 is %3 of %4 UTF-8 bytes"_s.arg(
                name, quoted(chosen->id), QString::number(length.bytes),
                QString::number(length.byteLimit));
        return fail(u"text"_s,
                    why + u": shorten the template (the text: %1)"_s.arg(quoted(post->text)));
    }
    return post;
}

} // namespace Chorus::Text
