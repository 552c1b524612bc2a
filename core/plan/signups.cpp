#include "signups.h"

#include "campaign/campaign.h"
#include "checkin/participant.h"

namespace Chorus::Plan {

Expected<Audience> audienceFromSignups(const QList<Checkin::Participant> &participants,
                                       const Time::ZoneCatalogue &catalogue)
{
    QList<QByteArray> zones;
    zones.reserve(participants.size());
    for (const Checkin::Participant &person : participants)
        zones.append(person.zone);
    return audienceFromZones(zones, catalogue);
}

QList<AudienceZone> campaignAudience(const Audience &members, const QList<AudienceZone> &previous)
{
    QList<AudienceZone> next;
    next.reserve(qsizetype(members.size()));
    for (const AudienceMember &member : members) {
        QJsonObject extra;
        for (const AudienceZone &old : previous) {
            if (old.zone == member.zone)
                extra = old.extra;
        }
        next.append(AudienceZone {member.zone, member.weight, extra});
    }
    return next;
}

} // namespace Chorus::Plan
