#pragma once

#include "audience.h"

#include <QList>

namespace Chorus {
struct AudienceZone;
}
namespace Chorus::Checkin {
struct Participant;
}

namespace Chorus::Plan {

/// The audience of the people who really signed up, the one rule for the
/// Organize panel's "Use sign-ups as the audience" and `chorus-cli best
/// --signups`: one entry per zone, in the order the zones first appear among
/// `participants`, weighing its number of participants (audienceFromZones()
/// of their zones). Errors are audienceFromZones()'s: field "zone" for a zone
/// the catalogue does not know, and "participants" when there are none.
/// Example: three sign-ups from Asia/Manila, Europe/Berlin and Asia/Manila
/// give Asia/Manila=2, Europe/Berlin=1.
[[nodiscard]] Expected<Audience>
audienceFromSignups(const QList<Checkin::Participant> &participants,
                    const Time::ZoneCatalogue &catalogue);

/// The campaign's audience list for `members`, in their order, keeping the
/// unknown file keys (`extra`) that `previous` had for each zone still in it,
/// so replacing the audience loses nothing a newer Chorus wrote.
[[nodiscard]] QList<AudienceZone> campaignAudience(const Audience &members,
                                                   const QList<AudienceZone> &previous);

} // namespace Chorus::Plan
