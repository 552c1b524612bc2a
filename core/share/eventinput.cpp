#include "eventinput.h"

#include "campaign/campaign.h"

namespace Chorus::Share {

EventInput eventInput(const Campaign &campaign)
{
    EventInput input;
    input.title = campaign.title;
    input.hashtag = campaign.hashtag;
    input.description = campaign.description;
    input.link = campaign.link;
    input.organizerName = campaign.organizer.name;
    input.organizerEmail = campaign.organizer.email;
    input.start = campaign.start;
    input.duration = campaign.duration;
    input.reminders.assign(campaign.reminders.cbegin(), campaign.reminders.cend());
    input.templates.assign(campaign.templates.cbegin(), campaign.templates.cend());
    input.checkinUrl = campaign.checkinUrl;
    input.goal = campaign.goal;
    input.allOrNothing = campaign.allOrNothing;
    for (const Chorus::AudienceZone &member : campaign.audience)
        input.audience.push_back({member.zone, member.weight});
    input.uidSeed = campaignIdentity(campaign);
    return input;
}

} // namespace Chorus::Share
