#pragma once

#include "instant.h"

#include <QStringList>
#include <QTimeZone>

#include <cstdint>
#include <optional>
#include <vector>

namespace Chorus::Time {

/// One change of a zone's UTC offset (or of its abbreviation), as the tz
/// database records it: from `at` on, the zone is at `offset`.
struct Transition
{
    Instant at;
    OffsetSeconds offset = 0;
    OffsetSeconds standardOffset = 0;
    QString abbreviation;
};

/// A zone's offsets over a range of instants, precomputed once so that each
/// query is a binary search instead of a QTimeZone lookup.
///
/// The timeline holds the offset in force at `from` and every transition in
/// `(from, to]`, found by walking QTimeZone::nextTransition(), which (unlike
/// Qt 6.4's QTimeZone::transitions()) continues past 2037 by the zone's POSIX
/// rule. Inside the range every answer is identical to QTimeZone's; outside it
/// the timeline asks QTimeZone, so answers stay right, only slower.
///
/// Example: Europe/Berlin built for 2027 holds +01:00 (CET) from 1 January,
/// +02:00 (CEST) from 2027-03-28T01:00:00Z and +01:00 again from
/// 2027-10-31T01:00:00Z; offsetAt(2027-03-28T00:59:59Z) is 3600 and
/// offsetAt(2027-03-28T01:00:00Z) is 7200.
class OffsetTimeline
{
public:
    /// An empty timeline: UTC everywhere.
    OffsetTimeline() = default;

    /// Precomputes `zone` over `[from, to]`. `zone` must be valid.
    [[nodiscard]] static OffsetTimeline build(const QTimeZone &zone, Instant from, Instant to);

    [[nodiscard]] QByteArray zoneId() const { return m_zone.id(); }
    [[nodiscard]] const QTimeZone &zone() const { return m_zone; }
    [[nodiscard]] Instant from() const { return m_from; }
    [[nodiscard]] Instant to() const { return m_to; }
    [[nodiscard]] bool covers(Instant instant) const;

    /// Seconds east of UTC at `instant`.
    [[nodiscard]] OffsetSeconds offsetAt(Instant instant) const;
    /// The standard (non-DST) offset at `instant`; differs from offsetAt() during DST.
    [[nodiscard]] OffsetSeconds standardOffsetAt(Instant instant) const;
    /// The zone's abbreviation at `instant` ("CET", "IST", or "+0545" where the
    /// tz database has none).
    [[nodiscard]] QString abbreviationAt(Instant instant) const;

    /// The transitions with `after < at <= until`, in order. Both ends must lie
    /// in the range; beyond it QTimeZone is asked.
    [[nodiscard]] std::vector<Transition> transitionsBetween(Instant after, Instant until) const;

    /// The periods of constant offset: period `i` starts at periodStart(i)
    /// (period 0 at from()) and lasts until periodStart(i + 1) or to().
    [[nodiscard]] std::size_t periodCount() const { return m_starts.size(); }
    [[nodiscard]] Instant periodStart(std::size_t i) const { return Instant{std::chrono::seconds{m_starts[i]}}; }
    [[nodiscard]] OffsetSeconds periodOffset(std::size_t i) const { return m_offsets[i]; }
    /// The index of the period holding `instant`; `instant` must be covered.
    [[nodiscard]] std::size_t periodIndexAt(Instant instant) const;

private:
    [[nodiscard]] Transition transitionOfPeriod(std::size_t i) const;

    QTimeZone m_zone = QTimeZone::utc();
    Instant m_from = minInstant;
    Instant m_to = maxInstant;
    // Structure of arrays: the search touches only m_starts.
    std::vector<std::int64_t> m_starts{minInstant.time_since_epoch().count()};
    std::vector<OffsetSeconds> m_offsets{0};
    std::vector<OffsetSeconds> m_standardOffsets{0};
    std::vector<std::uint16_t> m_abbreviationIndex{0};
    QStringList m_abbreviations{QStringLiteral("UTC")};
};

} // namespace Chorus::Time
