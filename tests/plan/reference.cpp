#include "reference.h"

#include <QDateTime>
#include <QTimeZone>

using namespace std::chrono;

namespace Chorus::Test {

namespace {

bool inComfort(int minute, int from, int to)
{
    if (from < to)
        return from <= minute && minute < to;
    if (from > to)
        return minute >= from || minute < to;
    return true;
}

int wallMinuteOfDay(const QTimeZone &zone, std::int64_t secondsSinceEpoch)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, zone);
    return local.time().hour() * 60 + local.time().minute();
}

} // namespace

std::vector<double> referenceComfortableWeights(const Plan::RankRequest &request)
{
    std::vector<Time::Instant> starts;
    for (Time::Instant start = request.from; start < request.to; start += request.step)
        starts.push_back(start);
    std::vector<double> sums(starts.size(), 0.0);
    if (starts.empty())
        return sums;
    const std::int64_t first = starts.front().time_since_epoch().count();
    const std::int64_t minutesCovered
        = (starts.back() - starts.front()) / minutes {1} + request.duration.count();
    for (const Plan::AudienceMember &member : request.audience) {
        const QTimeZone zone(member.zone);
        // The wall-clock minute of every sample instant first + 60·i, once.
        std::vector<int> wall(static_cast<std::size_t>(minutesCovered));
        for (std::int64_t i = 0; i < minutesCovered; ++i)
            wall[std::size_t(i)] = wallMinuteOfDay(zone, first + 60 * i);
        for (std::size_t j = 0; j < starts.size(); ++j) {
            const std::int64_t offset = (starts[j] - starts.front()) / minutes {1};
            bool comfortable = true;
            for (std::int64_t i = 0; i < request.duration.count() && comfortable; ++i)
                comfortable = inComfort(wall[std::size_t(offset + i)], request.comfort.from,
                                        request.comfort.to);
            if (comfortable)
                sums[j] += member.weight;
        }
    }
    return sums;
}

bool referenceComfortable(const QByteArray &zone, Time::Instant start, minutes duration,
                          int comfortFrom, int comfortTo)
{
    const QTimeZone timeZone(zone);
    for (std::int64_t i = 0; i < duration.count(); ++i) {
        if (!inComfort(wallMinuteOfDay(timeZone, start.time_since_epoch().count() + 60 * i),
                       comfortFrom, comfortTo))
            return false;
    }
    return true;
}

} // namespace Chorus::Test
