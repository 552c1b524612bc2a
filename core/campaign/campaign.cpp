#include "campaign.h"

namespace Chorus {

const Text::MessageTemplate *Campaign::findTemplate(QStringView id) const
{
    for (const Text::MessageTemplate &messageTemplate : templates) {
        if (messageTemplate.id == id)
            return &messageTemplate;
    }
    return nullptr;
}

QByteArray campaignIdentity(const Campaign &campaign)
{
    return (campaign.hashtag.isEmpty() ? campaign.title : campaign.hashtag).toCaseFolded().toUtf8();
}

} // namespace Chorus
