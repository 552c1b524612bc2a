#pragma once

#include "error.h"
#include "text/messagetemplate.h"
#include "time/instant.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <vector>

namespace Chorus {
struct Campaign;
}

namespace Chorus::Share {

/// One audience zone and its weight, as the campaign's `audience` lists it
/// (`{"zone":"America/New_York","weight":30}`); the announcement picks its
/// cities from the heaviest ones.
struct AudienceZone
{
    QByteArray zone;
    double weight = 1;
};

/// Everything the publishing functions need about one campaign, and nothing
/// more: a plain value, so every exporter is a pure function of it (plus an
/// injected "now" where a file records when it was made).
///
/// `uidSeed` is what makes the calendar UID stable: the same seed always gives
/// the same UID, so a fan who imports the .ics twice, or a newer .ics after the
/// organizer fixed a typo, updates one event instead of adding a second.
/// eventInput() seeds it with campaignIdentity() (the hashtag, case-folded).
struct EventInput
{
    QString title;
    QString hashtag; ///< "#AlitaSequel"
    QString description; ///< may be empty
    QString link; ///< https URL of the campaign; may be empty
    QString organizerName;
    QString organizerEmail; ///< ORGANIZER is written only when this is set
    Time::Instant start {};
    std::chrono::minutes duration {60};
    std::vector<std::chrono::minutes> reminders; ///< before the start, e.g. {1440, 60, 10}
    std::vector<Text::MessageTemplate> templates;
    QString checkinUrl; ///< the check-in service's base URL; may be empty
    qint64 goal = 0; ///< supporter goal (participants); 0 for none
    bool allOrNothing = false; ///< posts go out only if the goal is met in time
    std::vector<AudienceZone> audience;
    QByteArray uidSeed;

    [[nodiscard]] Time::Instant end() const { return start + duration; }
};

/// The publishing view of a campaign. The UID seed is the campaign's hashtag,
/// case-folded (its title when it has none), so moving the start or fixing a
/// typo in the description updates the one event in a fan's calendar instead
/// of adding a second.
[[nodiscard]] EventInput eventInput(const Campaign &campaign);

} // namespace Chorus::Share
