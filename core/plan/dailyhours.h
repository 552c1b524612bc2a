#pragma once

#include "error.h"

#include <QString>
#include <QStringView>

#include <cstdint>

namespace Chorus::Plan {

/// A daily stretch of wall-clock minutes, `[from, to)`, read on a circle: when
/// `to` is before `from` it wraps past midnight, and `from == to` is the whole
/// day. Minutes count from local midnight (0..1439).
///
/// Examples: 09:00-23:00 holds 09:00 … 22:59; 18:00-02:00 holds 18:00 … 23:59
/// and 00:00 … 01:59; 00:00-00:00 holds every minute.
struct DailyHours
{
    int from = 0; ///< first minute inside, 0..1439
    int to = 0; ///< first minute outside after `from`, 0..1439

    /// Whether every minute of the day is inside.
    [[nodiscard]] bool wholeDay() const { return from == to; }
    /// Whether the minute of day `minute` (0..1439) is inside.
    [[nodiscard]] bool contains(int minute) const;
    /// How many minutes of the day are inside (1440 for the whole day).
    [[nodiscard]] int length() const;
    /// `09:00-23:00`.
    [[nodiscard]] QString toString() const;

    friend bool operator==(const DailyHours &, const DailyHours &) = default;
};

/// The hours in which people can join; CONTRACT.md's default is 09:00-23:00.
using ComfortHours = DailyHours;

/// The comfort hours `chorus-cli best` uses when none are given.
inline constexpr ComfortHours defaultComfortHours {9 * 60, 23 * 60};
/// The hours counted as night (people asleep) when explaining why a zone is out.
inline constexpr DailyHours defaultNightHours {23 * 60, 7 * 60};
/// The hours counted as work or school, on weekdays only.
inline constexpr DailyHours defaultWorkHours {9 * 60, 17 * 60};

/// Parses `HH:MM-HH:MM` (hours 00-23, minutes 00-59; `24:00` is accepted as
/// the end and means midnight). The error names the value.
[[nodiscard]] Expected<DailyHours> parseDailyHours(QStringView text);

/// Whether the run of absolute local minutes `[first, last)` (minutes since
/// 1970-01-01T00:00 on some wall clock) touches `hours`; with `weekdaysOnly`,
/// only minutes on a Monday to Friday of that wall clock count. A wrapping
/// stretch's early part (00:00-02:00 of 18:00-02:00) belongs to the calendar
/// day it falls on.
[[nodiscard]] bool touches(std::int64_t first, std::int64_t last, const DailyHours &hours,
                           bool weekdaysOnly = false);

} // namespace Chorus::Plan
