#include "daygrid.h"

#include "offsettimeline.h"
#include "zonecatalogue.h"

#include <QTimeZone>

#include <algorithm>

using namespace std::chrono;

namespace Chorus::Time {

DayPart dayPartOf(int minute)
{
    if (minute < 7 * 60 || minute >= 23 * 60)
        return DayPart::Night;
    if (minute < 12 * 60)
        return DayPart::Morning;
    if (minute < 18 * 60)
        return DayPart::Day;
    return DayPart::Evening;
}

OffsetSeconds GridRow::offsetAt(Instant instant) const
{
    OffsetSeconds offset = offsetAtStart;
    for (const auto &[start, periodOffset] : periods) {
        if (start > instant)
            break;
        offset = periodOffset;
    }
    return offset;
}

DayGrid buildDayGrid(const ZoneCatalogue &catalogue, const std::vector<QByteArray> &zones,
                     Instant from, int hours)
{
    DayGrid grid;
    grid.from = from;
    grid.hours = std::max(0, hours);
    const Instant end = from + std::chrono::hours{grid.hours};
    const auto firstUtcDay = floor<days>(from);

    for (const QByteArray &id : zones) {
        const auto zone = catalogue.resolve(QString::fromLatin1(id));
        if (!zone)
            continue;
        const auto timeline = OffsetTimeline::build(QTimeZone(zone->id), from, end);
        GridRow row;
        row.zone = zone->id;
        row.city = zone->city;
        row.offsetAtStart = timeline.offsetAt(from);
        row.cells.reserve(std::size_t(grid.hours));
        for (int column = 0; column < grid.hours; ++column) {
            const Instant t = grid.columnStart(column);
            const LocalTime local = toLocal(t, timeline.offsetAt(t));
            const auto localDay = floor<days>(local);
            GridCell cell;
            cell.localMinuteOfDay = int(duration_cast<minutes>(local - localDay).count());
            cell.dayShift = int((localDay.time_since_epoch() - firstUtcDay.time_since_epoch()).count());
            cell.part = dayPartOf(cell.localMinuteOfDay);
            row.cells.push_back(cell);
        }
        // Local midnights, period by period (each has one offset).
        for (std::size_t p = 0; p < timeline.periodCount(); ++p) {
            const Instant periodStart = std::max(timeline.periodStart(p), from);
            const Instant periodEnd = p + 1 < timeline.periodCount()
                ? std::min(timeline.periodStart(p + 1), end)
                : end;
            const OffsetSeconds offset = timeline.periodOffset(p);
            row.periods.emplace_back(periodStart, offset);
            // The first local midnight at or after the period's start.
            const LocalTime localStart = toLocal(periodStart, offset);
            local_days midnight = ceil<days>(localStart);
            for (;; midnight += days{1}) {
                const Instant at{midnight.time_since_epoch() - seconds{offset}};
                if (at >= periodEnd)
                    break;
                if (at > from)
                    row.midnights.push_back(at);
            }
            if (p > 0 && timeline.periodStart(p) > from && timeline.periodStart(p) < end
                && offset != timeline.periodOffset(p - 1)) {
                const Instant change = timeline.periodStart(p);
                row.offsetChanges.push_back(change);
                // A change can move the date itself (DST starting at midnight
                // in Santiago: 23:59:59 → 01:00), with no midnight shown.
                const auto before = floor<days>(toLocal(change - seconds{1}, timeline.periodOffset(p - 1)));
                const auto after = floor<days>(toLocal(change, offset));
                if (before != after)
                    row.midnights.push_back(change);
            }
        }
        std::sort(row.midnights.begin(), row.midnights.end());
        row.midnights.erase(std::unique(row.midnights.begin(), row.midnights.end()), row.midnights.end());
        grid.rows.push_back(std::move(row));
    }
    return grid;
}

} // namespace Chorus::Time
