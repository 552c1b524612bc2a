#pragma once

#include "error.h"

#include <QByteArray>
#include <QList>
#include <QStringView>

#include <vector>

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Plan {

/// One zone of the audience and how much it counts: a number of participants
/// or a share, any finite value >= 0. The zone is the canonical IANA id
/// (aliases such as `Asia/Calcutta` are resolved to `Asia/Kolkata` on input).
struct AudienceMember
{
    QByteArray zone;
    double weight = 0;
};

/// The people a launch hour is planned for, one entry per distinct zone, in
/// the order the zones were first named. Every function that builds one merges
/// repeated zones by adding their weights, and guarantees a total weight > 0.
using Audience = std::vector<AudienceMember>;

/// The sum of the weights, added in audience order.
[[nodiscard]] double totalWeight(const Audience &audience);

/// Adds `member` to `audience`, adding its weight to an existing entry for the
/// same zone instead of making a second one.
void addMember(Audience &audience, const AudienceMember &member);

/// Parses the command line's `Zone=weight,Zone=weight,…` (a bare `Zone` counts
/// 1). Zones go through ZoneCatalogue::resolve(), so aliases work and unknown
/// zones get "did you mean". Errors name the entry, 1-based, with its text:
/// `entry 2 'Europe/Berlin=-3': weight must not be negative`. An empty spec,
/// an empty entry, a weight that is not a finite number >= 0, and a total
/// weight of 0 are refused. `field` is put into the Error (e.g. `--audience`).
[[nodiscard]] Expected<Audience> parseAudienceSpec(QStringView spec,
                                                   const Time::ZoneCatalogue &catalogue,
                                                   const QString &field = {});

/// Reads the `"audience"` array of a JSON document shaped like the campaign
/// file, `{"audience":[{"zone":"America/New_York","weight":30}, …]}`; every
/// other key is ignored. Both `zone` (a string) and `weight` (a number) are
/// required; errors name the element as a JSON path, `audience[1].weight`.
[[nodiscard]] Expected<Audience> audienceFromJson(const QByteArray &json,
                                                  const Time::ZoneCatalogue &catalogue);

/// The audience of real sign-ups: one participant per entry of `zones` (as the
/// check-in store lists them), each counting 1, so the weight of a zone is its
/// number of participants. An unknown zone is an error naming it; an empty
/// list is an error too (there is nobody to plan for).
[[nodiscard]] Expected<Audience> audienceFromZones(const QList<QByteArray> &zones,
                                                   const Time::ZoneCatalogue &catalogue);

} // namespace Chorus::Plan
