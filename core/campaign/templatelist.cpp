#include "templatelist.h"

#include "campaignfile.h"

#include <algorithm>

namespace Chorus {

namespace {

qsizetype clampedRow(const Campaign &campaign, qsizetype row)
{
    return std::clamp<qsizetype>(row, 0, campaign.templates.size());
}

} // namespace

QString uniqueTemplateId(const Campaign &campaign, const QString &base)
{
    if (!campaign.findTemplate(base))
        return base;
    for (int n = 2;; ++n) {
        QString id = base + u'-' + QString::number(n);
        if (!campaign.findTemplate(id))
            return id;
    }
}

bool canAddTemplate(const Campaign &campaign)
{
    return campaign.templates.size() < maxTemplates;
}

std::optional<QString> addTemplate(Campaign &campaign, Text::MessageTemplate added, qsizetype row)
{
    if (!canAddTemplate(campaign))
        return std::nullopt;
    added.id = uniqueTemplateId(campaign, added.id);
    campaign.templates.insert(clampedRow(campaign, row), added);
    return added.id;
}

std::optional<QString> duplicateTemplate(Campaign &campaign, const QString &id, qsizetype row)
{
    const Text::MessageTemplate *original = campaign.findTemplate(id);
    if (!original || !canAddTemplate(campaign))
        return std::nullopt;
    Text::MessageTemplate copy = *original;
    copy.id = uniqueTemplateId(campaign, id);
    if (const auto extras = campaign.templateExtras.constFind(id);
        extras != campaign.templateExtras.cend())
        campaign.templateExtras.insert(copy.id, *extras);
    campaign.templates.insert(clampedRow(campaign, row), copy);
    return copy.id;
}

TemplateRename checkTemplateRename(const Campaign &campaign, const QString &id,
                                   const QString &newId)
{
    if (!campaign.findTemplate(id))
        return TemplateRename::NoSuchTemplate;
    if (newId == id)
        return TemplateRename::Unchanged;
    if (newId.isEmpty())
        return TemplateRename::Empty;
    if (campaign.findTemplate(newId))
        return TemplateRename::Taken;
    return TemplateRename::Renamable;
}

bool renameTemplate(Campaign &campaign, const QString &id, const QString &newId)
{
    if (checkTemplateRename(campaign, id, newId) != TemplateRename::Renamable)
        return false;
    for (Text::MessageTemplate &messageTemplate : campaign.templates) {
        if (messageTemplate.id == id)
            messageTemplate.id = newId;
    }
    if (campaign.templateExtras.contains(id))
        campaign.templateExtras.insert(newId, campaign.templateExtras.take(id));
    return true;
}

bool removeTemplate(Campaign &campaign, const QString &id)
{
    const qsizetype removed = campaign.templates.removeIf(
        [&id](const Text::MessageTemplate &messageTemplate) { return messageTemplate.id == id; });
    if (removed == 0)
        return false;
    campaign.templateExtras.remove(id);
    return true;
}

bool moveTemplate(Campaign &campaign, qsizetype from, qsizetype to)
{
    const qsizetype count = campaign.templates.size();
    if (from < 0 || from >= count || to < 0 || to >= count)
        return false;
    campaign.templates.move(from, to);
    return true;
}

} // namespace Chorus
