#pragma once

#include "instant.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QTimeZone;

namespace Chorus::Time {

class OffsetTimeline;

/// Where the window `[start, end)` falls on one zone's wall clock.
///
/// The start and the end each carry their own offset, since a DST change can
/// happen inside the window: the hour 2027-03-28T00:30Z–01:30Z in
/// Europe/Berlin starts at 01:30+01:00 and ends at 03:30+02:00, and
/// `offsetChange` is 2027-03-28T01:00:00Z.
struct WindowInZone
{
    QByteArray zone;
    Instant start;
    Instant end;
    OffsetSeconds offsetStart = 0;
    OffsetSeconds offsetEnd = 0; ///< taken at the instant `end`
    QString abbreviationStart;
    QString abbreviationEnd;
    /// The local date at the start minus the UTC date at the start: −1, 0 or +1.
    int dayShift = 0;
    /// The first offset change with `start < at < end`, if any.
    std::optional<Instant> offsetChange;

    [[nodiscard]] LocalTime localStart() const { return toLocal(start, offsetStart); }
    [[nodiscard]] LocalTime localEnd() const { return toLocal(end, offsetEnd); }
    /// Whether the wall clock passes midnight between the start and the end.
    [[nodiscard]] bool crossesLocalMidnight() const;
    /// Whether the zone's offset at the start is not a whole number of hours
    /// (India's +05:30, Nepal's +05:45, Chatham's +12:45).
    [[nodiscard]] bool fractionalHourOffset() const { return offsetStart % 3600 != 0; }
};

/// Places `[start, start + duration)` in the timeline's zone. The timeline
/// should cover the window; outside it QTimeZone is asked (same answers).
[[nodiscard]] WindowInZone placeWindow(const OffsetTimeline &timeline, Instant start,
                                       std::chrono::minutes duration);

/// The same for a zone with no precomputed timeline (builds one for the window).
[[nodiscard]] WindowInZone placeWindow(const QTimeZone &zone, Instant start,
                                       std::chrono::minutes duration);

} // namespace Chorus::Time
