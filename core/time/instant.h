#pragma once

#include "error.h"

#include <QString>

#include <chrono>
#include <functional>

class QDateTime;

namespace Chorus::Time {

/// An instant, UTC, to the second. Everything in core schedules with these;
/// wall-clock times exist only at the edges (see LocalTime).
using Instant = std::chrono::sys_seconds;

/// A wall-clock reading with no zone attached ("2027-02-14 18:00" somewhere).
/// Only meaningful together with a zone; see Chorus::Time::resolveLocal().
using LocalTime = std::chrono::local_seconds;

/// Where "now" comes from. Core never reads the clock itself: callers pass a
/// Clock (the UI passes the system clock, tests pass a fixed or stepping one).
using Clock = std::function<std::chrono::system_clock::time_point()>;

/// Seconds east of UTC (Berlin in winter: 3600; New York in winter: -18000).
using OffsetSeconds = int;

/// The first and last instants Chorus accepts (years 1 to 9999), so every
/// instant can be printed in ISO 8601 and no arithmetic overflows.
inline constexpr Instant minInstant{std::chrono::sys_days{std::chrono::year{1} / 1 / 1}};
inline constexpr Instant maxInstant{std::chrono::sys_days{std::chrono::year{9999} / 12 / 31}
                                    + std::chrono::hours{23} + std::chrono::minutes{59}
                                    + std::chrono::seconds{59}};

/// Parses an ISO 8601 instant with a zone designator: `2027-02-14T17:00:00Z`,
/// `2027-02-14T18:00:00+01:00`, `+0100` or `+01`; seconds and a fraction of a
/// second are optional (the fraction is dropped), a space may stand for `T`.
/// A time without `Z` or an offset is refused, because it names no instant.
[[nodiscard]] Expected<Instant> parseInstant(QStringView text);

/// Parses a duration as the command line writes it: a bare number of minutes
/// (`90`) or a sequence of `<n>d`, `<n>h`, `<n>m` in that order (`1h30m`,
/// `2d`, `1d12h`). The result is in minutes, at least 0, at most 400 days.
[[nodiscard]] Expected<std::chrono::minutes> parseDuration(QStringView text);

/// Parses an offset written `Z`, `+05:30`, `-0330` or `+05`.
[[nodiscard]] Expected<OffsetSeconds> parseOffset(QStringView text);

/// `2019-12-05T17:00:00Z`.
[[nodiscard]] QString formatUtc(Instant instant);

/// The wall-clock reading at `instant` under `offset`, ISO 8601 with the
/// offset: `formatLocal(2019-12-05T17:00:00Z, 19800)` is
/// `2019-12-05T22:30:00+05:30`. Offsets with seconds (old LMT) print
/// `+00:19:32`.
[[nodiscard]] QString formatLocal(Instant instant, OffsetSeconds offset);

/// `+05:30`, `-03:00`, `+00:00`; `+00:19:32` when seconds are not zero.
[[nodiscard]] QString formatOffset(OffsetSeconds offset);

/// `90` minutes → `1h30m`, `60` → `1h`, `2880` → `2d`, `0` → `0m`.
[[nodiscard]] QString formatDuration(std::chrono::minutes duration);

/// The wall-clock reading of `instant` under `offset`.
[[nodiscard]] constexpr LocalTime toLocal(Instant instant, OffsetSeconds offset)
{
    return LocalTime{instant.time_since_epoch() + std::chrono::seconds{offset}};
}

/// Edge conversions for the UI and files: a QDateTime in UTC, and back
/// (any QDateTime that names an instant, whatever its time spec).
[[nodiscard]] QDateTime toQDateTime(Instant instant);
[[nodiscard]] Instant fromQDateTime(const QDateTime &dateTime);

} // namespace Chorus::Time
