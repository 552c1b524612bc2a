#include "offsettimeline.h"

#include <QDateTime>

#include <algorithm>

namespace Chorus::Time {

namespace {

// QTimeZone::nextTransition() in Qt 6.4 answers "none" when asked from the
// exact instant of a zone's last explicit transition (Berlin's 2037-10-25),
// although the POSIX rule goes on; asked from one second later it continues.
QTimeZone::OffsetData nextTransitionAfter(const QTimeZone &zone, const QDateTime &after)
{
    QTimeZone::OffsetData next = zone.nextTransition(after);
    if (!next.atUtc.isValid())
        next = zone.nextTransition(after.addSecs(1));
    return next;
}

} // namespace

OffsetTimeline OffsetTimeline::build(const QTimeZone &zone, Instant from, Instant to)
{
    Q_ASSERT(zone.isValid());
    Q_ASSERT(from <= to);
    OffsetTimeline timeline;
    timeline.m_zone = zone;
    timeline.m_from = from;
    timeline.m_to = to;
    timeline.m_starts.clear();
    timeline.m_offsets.clear();
    timeline.m_standardOffsets.clear();
    timeline.m_abbreviationIndex.clear();
    timeline.m_abbreviations.clear();

    const auto append = [&timeline](Instant start, const QTimeZone::OffsetData &data) {
        auto index = timeline.m_abbreviations.indexOf(data.abbreviation);
        if (index < 0) {
            index = timeline.m_abbreviations.size();
            timeline.m_abbreviations.append(data.abbreviation);
        }
        timeline.m_starts.push_back(start.time_since_epoch().count());
        timeline.m_offsets.push_back(data.offsetFromUtc);
        timeline.m_standardOffsets.push_back(data.standardTimeOffset);
        timeline.m_abbreviationIndex.push_back(std::uint16_t(index));
    };

    QDateTime cursor = toQDateTime(from);
    QTimeZone::OffsetData initial = zone.offsetData(cursor);
    if (!initial.atUtc.isValid()) {
        // offsetData() is invalid for zones without transitions (UTC, fixed offsets).
        initial.offsetFromUtc = zone.offsetFromUtc(cursor);
        initial.standardTimeOffset = zone.standardTimeOffset(cursor);
        initial.abbreviation = zone.abbreviation(cursor);
    }
    append(from, initial);
    // nextTransition() follows the POSIX rule past the last explicit
    // transition; transitions(from, to) in Qt 6.4 stops at 2037.
    for (;;) {
        const QTimeZone::OffsetData next = nextTransitionAfter(zone, cursor);
        if (!next.atUtc.isValid())
            break; // no more transitions: the last offset holds for good
        if (next.atUtc <= cursor) {
            // QTimeZone did not move forward; claim only what is known, so
            // later queries ask QTimeZone instead of trusting a gap.
            timeline.m_to = fromQDateTime(cursor);
            break;
        }
        const Instant at = fromQDateTime(next.atUtc);
        if (at > to)
            break;
        append(at, next);
        cursor = next.atUtc;
    }
    return timeline;
}

bool OffsetTimeline::covers(Instant instant) const
{
    return instant >= m_from && instant <= m_to;
}

std::size_t OffsetTimeline::periodIndexAt(Instant instant) const
{
    const auto key = instant.time_since_epoch().count();
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), key);
    return std::size_t(std::max<std::ptrdiff_t>(0, (it - m_starts.begin()) - 1));
}

OffsetSeconds OffsetTimeline::offsetAt(Instant instant) const
{
    if (!covers(instant))
        return m_zone.offsetFromUtc(toQDateTime(instant));
    return m_offsets[periodIndexAt(instant)];
}

OffsetSeconds OffsetTimeline::standardOffsetAt(Instant instant) const
{
    if (!covers(instant))
        return m_zone.standardTimeOffset(toQDateTime(instant));
    return m_standardOffsets[periodIndexAt(instant)];
}

QString OffsetTimeline::abbreviationAt(Instant instant) const
{
    if (!covers(instant))
        return m_zone.abbreviation(toQDateTime(instant));
    return m_abbreviations[m_abbreviationIndex[periodIndexAt(instant)]];
}

Transition OffsetTimeline::transitionOfPeriod(std::size_t i) const
{
    return Transition{periodStart(i), m_offsets[i], m_standardOffsets[i],
                      m_abbreviations[m_abbreviationIndex[i]]};
}

std::vector<Transition> OffsetTimeline::transitionsBetween(Instant after, Instant until) const
{
    std::vector<Transition> result;
    if (until <= after)
        return result;
    if (covers(after) && covers(until)) {
        for (auto i = periodIndexAt(after) + 1; i < m_starts.size() && periodStart(i) <= until; ++i)
            result.push_back(transitionOfPeriod(i));
        return result;
    }
    QDateTime cursor = toQDateTime(after);
    for (;;) {
        const QTimeZone::OffsetData next = nextTransitionAfter(m_zone, cursor);
        if (!next.atUtc.isValid() || next.atUtc <= cursor || fromQDateTime(next.atUtc) > until)
            break;
        result.push_back(Transition{fromQDateTime(next.atUtc), next.offsetFromUtc,
                                    next.standardTimeOffset, next.abbreviation});
        cursor = next.atUtc;
    }
    return result;
}

} // namespace Chorus::Time
