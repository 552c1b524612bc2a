#pragma once

#include "audience.h"
#include "time/instant.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <vector>

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Plan {

/// What a pre-flight line warns about.
enum class PreflightKind {
    OffsetChangesBeforeStart, ///< the zone's offset at the start differs from its offset now
    LocalDateDiffers, ///< the local date at the start is not the organizer's
    FractionalOffset, ///< a half- or quarter-hour offset at the start
    OffsetChangesInWindow, ///< a DST (or other) offset change inside the window
    CrossesLocalMidnight, ///< the window passes local midnight
};

/// One warning, for one zone, as a plain English sentence for the organizer.
struct PreflightLine
{
    PreflightKind kind = PreflightKind::OffsetChangesBeforeStart;
    QByteArray zone;
    QString text;
};

/// Everything an organizer should double-check before announcing the window
/// `[start, start + duration)` to `audience`, with `now` and the organizer's
/// own zone injected. Lines come zone by zone in audience order, and within a
/// zone in the order of PreflightKind. The sentences name the city (from the
/// catalogue) and give local times:
///
/// - "Sydney moves from +11:00 to +10:00 on 4 April, before the start: the
///   start is 03:00 there." (now 2027-02-01, start 2027-04-14T17:00Z; only
///   when the offset at the start differs from the offset now; the date is the
///   local date of the last change, with the year when it is not the start's)
/// - "Tokyo: the start is on Monday 15 February there, at 02:00; for the
///   organizer it is Sunday 14 February."
/// - "Kolkata is a half-hour zone (+05:30): the start is 22:30 there."
///   (quarter-hour for Kathmandu's +05:45 and Chatham's +12:45)
/// - "Berlin changes from +01:00 to +02:00 during the window, at 03:00 on
///   28 March: the window runs 01:30 to 03:30 there."
/// - "Tokyo: the window crosses midnight there, from 23:30 on 14 February to
///   00:30 on 15 February."
///
/// An unknown organizer zone is read as UTC; zones in the audience are already
/// resolved (AudienceMember).
[[nodiscard]] std::vector<PreflightLine> preflight(const Audience &audience, Time::Instant start,
                                                   std::chrono::minutes duration, Time::Instant now,
                                                   const QByteArray &organizerZone,
                                                   const Time::ZoneCatalogue &catalogue);

/// "offset_changes_before_start", "local_date_differs", "fractional_offset",
/// "offset_changes_in_window", "crosses_local_midnight".
[[nodiscard]] QString preflightKindName(PreflightKind kind);

} // namespace Chorus::Plan
