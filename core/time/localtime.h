#pragma once

#include "instant.h"

class QTimeZone;

namespace Chorus::Time {

class OffsetTimeline;

/// How a wall-clock reading maps onto instants in a zone.
enum class LocalKind {
    Unique,      ///< exactly one instant shows this reading
    Nonexistent, ///< the clocks skipped it (a DST gap, or Samoa's lost 30 Dec 2011)
    Ambiguous,   ///< the clocks showed it twice (the repeated hour when DST ends)
};

/// What a local reading means in a zone, with everything needed to explain it.
///
/// Example, Europe/Berlin:
/// - 2027-03-28 02:30 is Nonexistent: clocks went from 02:00 (+01:00) to
///   03:00 (+02:00) at `transition` 2027-03-28T01:00:00Z; `earliest` and
///   `latest` are both that transition, the first instant after the gap.
/// - 2027-10-31 02:30 is Ambiguous: `earliest` is 00:30Z (+02:00), `latest`
///   is 01:30Z (+01:00).
struct LocalInfo
{
    LocalKind kind = LocalKind::Unique;
    Instant earliest;
    Instant latest;
    OffsetSeconds offsetBefore = 0; ///< for a gap or overlap: the offset before the change
    OffsetSeconds offsetAfter = 0;  ///< …and after it; both equal the offset when Unique
    Instant transition;             ///< the change behind a gap or overlap
    /// For a gap: the reading taken with the offset before the change, as if
    /// the clocks had not yet moved, so the start keeps its distance from the
    /// change and lands later by the gap's length (what kcalendarcore's
    /// shiftTimes and most calendars do). Berlin's 2027-03-28 02:30 shifts to
    /// 01:30Z, 03:30 by the new clock, where `earliest` is the change itself,
    /// 01:00Z. Lord Howe's half-hour gap shifts 02:15 to 02:45; Samoa's lost
    /// 2011-12-30 12:00 (-10:00 to +14:00) to 22:00Z, noon on 31 December.
    /// Equal to `earliest` when the reading is Unique or Ambiguous.
    Instant shifted;
};

/// The caller's choice for a reading that is not unique. Refuse makes
/// resolveLocal() return an error that explains the gap or overlap.
enum class Choose { Refuse, Earliest, Latest };

[[nodiscard]] LocalInfo classifyLocal(const OffsetTimeline &timeline, LocalTime local);
[[nodiscard]] LocalInfo classifyLocal(const QTimeZone &zone, LocalTime local);

/// The instant a zone's wall clock showed `local`. For a gap or overlap the
/// caller chooses; with Choose::Refuse the error says which case it hit, e.g.
/// "2027-03-28 02:30 does not exist in Europe/Berlin: the clocks went from
/// 02:00 to 03:00 (+01:00 to +02:00)".
[[nodiscard]] Expected<Instant> resolveLocal(const OffsetTimeline &timeline, LocalTime local,
                                             Choose choose = Choose::Refuse);
[[nodiscard]] Expected<Instant> resolveLocal(const QTimeZone &zone, LocalTime local,
                                             Choose choose = Choose::Refuse);

/// `2027-03-28 02:30` (seconds only when not zero).
[[nodiscard]] QString formatLocalReading(LocalTime local);

} // namespace Chorus::Time
