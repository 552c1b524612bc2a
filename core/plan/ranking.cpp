#include "ranking.h"

#include "time/offsettimeline.h"

#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono;
using Chorus::Time::Instant;
using Chorus::Time::OffsetTimeline;

namespace Chorus::Plan {

namespace {

constexpr std::int64_t minutesPerDay = 24 * 60;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

std::int64_t ceilDiv(std::int64_t a, std::int64_t b)
{
    return -floorDiv(-a, b);
}

std::int64_t floorMod(std::int64_t a, std::int64_t b)
{
    return a - floorDiv(a, b) * b;
}

std::int64_t secondsOf(Instant instant)
{
    return instant.time_since_epoch().count();
}

// Window minutes are instants `residue + 60·m` for integer minute indices m:
// every candidate start shares the residue of `from` modulo 60 (steps are whole
// minutes), so a window is the index run [index(start), index(start) + duration).
struct MinuteGrid
{
    std::int64_t residue = 0;

    [[nodiscard]] std::int64_t indexOf(Instant instant) const
    {
        return floorDiv(secondsOf(instant) - residue, 60);
    }
    [[nodiscard]] std::int64_t secondsAt(std::int64_t index) const { return index * 60 + residue; }
};

MinuteGrid gridFor(Instant instant)
{
    return MinuteGrid {floorMod(secondsOf(instant), 60)};
}

// Calls f(a, b, shift) for each constant-offset stretch of the minute indices
// [lo, hi): on it, index m reads local minute m + shift (absolute minutes since
// 1970-01-01T00:00 on the zone's wall clock). The timeline must cover them.
template<typename F>
void forEachPeriodRun(const OffsetTimeline &timeline, const MinuteGrid &grid, std::int64_t lo,
                      std::int64_t hi, F &&f)
{
    if (lo >= hi)
        return;
    const std::int64_t lastSecond = grid.secondsAt(hi - 1);
    const std::size_t count = timeline.periodCount();
    for (std::size_t i = timeline.periodIndexAt(Instant {seconds {grid.secondsAt(lo)}}); i < count;
         ++i) {
        const std::int64_t begin = secondsOf(timeline.periodStart(i));
        if (i > 0 && begin > lastSecond)
            break;
        const std::int64_t end
            = i + 1 < count ? secondsOf(timeline.periodStart(i + 1)) : secondsOf(timeline.to()) + 1;
        const std::int64_t a = std::max(lo, ceilDiv(begin - grid.residue, 60));
        const std::int64_t b = std::min(hi, ceilDiv(end - grid.residue, 60));
        if (a < b)
            f(a, b, floorDiv(grid.residue + timeline.periodOffset(i), 60));
    }
}

// Calls bad(a, b) for each run of minute indices in [lo, hi) whose local minute
// lies outside `comfort`, in increasing order (runs may touch).
template<typename F>
void forEachUncomfortableRun(const OffsetTimeline &timeline, const MinuteGrid &grid,
                             std::int64_t lo, std::int64_t hi, const ComfortHours &comfort, F &&bad)
{
    if (comfort.wholeDay())
        return;
    // The outside is one circular stretch starting at comfort.to.
    const std::int64_t outsideStart = comfort.to;
    const std::int64_t outsideLength = minutesPerDay - comfort.length();
    forEachPeriodRun(
        timeline, grid, lo, hi, [&](std::int64_t a, std::int64_t b, std::int64_t shift) {
            const std::int64_t phase = floorMod(a + shift - outsideStart, minutesPerDay);
            for (std::int64_t run = a - phase; run < b; run += minutesPerDay) {
                const std::int64_t first = std::max(run, a);
                const std::int64_t last = std::min(run + outsideLength, b);
                if (first < last)
                    bad(first, last);
            }
        });
}

const OffsetTimeline &covering(const OffsetTimeline &timeline, Instant start, minutes duration,
                               std::optional<OffsetTimeline> &storage)
{
    const Instant last = start + duration - minutes {1};
    if (timeline.covers(start) && timeline.covers(std::max(start, last)))
        return timeline;
    storage = OffsetTimeline::build(timeline.zone(), start, std::max(start, last));
    return *storage;
}

// Adds the weight of each zone in `zones` to sums[j] for every candidate j it
// is comfortable for, zone by zone in the order given.
void accumulate(const RankRequest &request, std::span<const OffsetTimeline> timelines,
                std::span<const std::size_t> zones, std::vector<double> &sums)
{
    const auto count = std::int64_t(sums.size());
    if (count == 0)
        return;
    const MinuteGrid grid = gridFor(request.from);
    const std::int64_t first = grid.indexOf(request.from);
    const std::int64_t step = request.step.count();
    const std::int64_t duration = request.duration.count();
    const std::int64_t end = first + (count - 1) * step + duration;
    const auto add = [&sums](double weight, std::int64_t from, std::int64_t to) {
        for (std::int64_t j = from; j < to; ++j)
            sums[std::size_t(j)] += weight;
    };
    for (const std::size_t zone : zones) {
        const double weight = request.audience[zone].weight;
        std::int64_t cursor = 0; // candidates before it are settled
        forEachUncomfortableRun(
            timelines[zone], grid, first, end, request.comfort,
            [&](std::int64_t a, std::int64_t b) {
                // Starts in [a - duration + 1, b) put a bad minute in the window.
                const std::int64_t lo
                    = std::clamp(ceilDiv(a - duration + 1 - first, step), std::int64_t(0), count);
                const std::int64_t hi
                    = std::clamp(ceilDiv(b - first, step), std::int64_t(0), count);
                if (lo > cursor)
                    add(weight, cursor, lo);
                cursor = std::max(cursor, hi);
            });
        add(weight, cursor, count);
    }
}

} // namespace

Expected<std::int64_t> candidateCount(const RankRequest &request)
{
    if (request.audience.empty())
        return fail(u"--audience"_s, u"the audience is empty"_s);
    if (!(totalWeight(request.audience) > 0))
        return fail(u"--audience"_s, u"the weights add up to 0"_s);
    if (request.to <= request.from)
        return fail(u"--to"_s,
                    u"%1 is not after --from %2"_s.arg(Time::formatUtc(request.to),
                                                       Time::formatUtc(request.from)));
    if (request.step.count() <= 0)
        return fail(
            u"--step"_s,
            u"must be at least one minute, not %1"_s.arg(Time::formatDuration(request.step)));
    if (request.duration.count() <= 0)
        return fail(
            u"--duration"_s,
            u"must be at least one minute, not %1"_s.arg(Time::formatDuration(request.duration)));
    const std::int64_t span = secondsOf(request.to) - secondsOf(request.from);
    const std::int64_t count = ceilDiv(span, request.step.count() * 60);
    if (count > maxCandidates)
        return fail(u"--step"_s,
                    u"%1 from %2 to %3 makes %4 candidates; at most %5 are allowed"_s
                        .arg(Time::formatDuration(request.step), Time::formatUtc(request.from),
                             Time::formatUtc(request.to))
                        .arg(count)
                        .arg(maxCandidates));
    const Instant lastStart = request.from + request.step * (count - 1);
    if (lastStart > Time::maxInstant - request.duration)
        return fail(u"--duration"_s, u"the last window would end after the year 9999"_s);
    return count;
}

std::vector<OffsetTimeline> buildTimelines(const RankRequest &request)
{
    const auto count = candidateCount(request);
    Q_ASSERT(count);
    const Instant last
        = request.from + request.step * (*count - 1) + request.duration - minutes {1};
    std::vector<OffsetTimeline> timelines;
    timelines.reserve(request.audience.size());
    for (const AudienceMember &member : request.audience)
        timelines.push_back(OffsetTimeline::build(QTimeZone(member.zone), request.from, last));
    return timelines;
}

std::vector<Candidate> scoreCandidates(const RankRequest &request,
                                       std::span<const OffsetTimeline> timelines)
{
    const auto count = candidateCount(request);
    Q_ASSERT(count);
    Q_ASSERT(timelines.size() == request.audience.size());
    std::vector<double> sums(std::size_t(*count), 0.0);
    std::vector<std::size_t> zones(request.audience.size());
    for (std::size_t i = 0; i < zones.size(); ++i)
        zones[i] = i;
    accumulate(request, timelines, zones, sums);

    const double total = totalWeight(request.audience);
    std::vector<Candidate> candidates;
    candidates.reserve(sums.size());
    for (std::size_t j = 0; j < sums.size(); ++j)
        candidates.push_back(
            {request.from + request.step * std::int64_t(j), sums[j], total, sums[j] / total});
    return candidates;
}

std::vector<Candidate> scoreCandidates(const RankRequest &request)
{
    const std::vector<OffsetTimeline> timelines = buildTimelines(request);
    return scoreCandidates(request, timelines);
}

std::vector<Candidate> bestCandidates(std::span<const Candidate> candidates, std::size_t top)
{
    std::vector<Candidate> sorted(candidates.begin(), candidates.end());
    const auto better = [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.start < b.start;
    };
    const std::size_t n = std::min(top, sorted.size());
    std::partial_sort(sorted.begin(), sorted.begin() + std::ptrdiff_t(n), sorted.end(), better);
    sorted.resize(n);
    return sorted;
}

std::vector<ScoreRange> mergeRanges(std::span<const Candidate> candidates)
{
    std::vector<ScoreRange> ranges;
    for (const Candidate &candidate : candidates) {
        if (!ranges.empty() && ranges.back().score == candidate.score) {
            ranges.back().last = candidate.start;
            ++ranges.back().count;
        } else {
            ranges.push_back({candidate.start, candidate.start, candidate.score,
                              candidate.comfortableWeight, 1});
        }
    }
    return ranges;
}

bool isComfortable(const OffsetTimeline &timeline, Instant start, minutes duration,
                   const ComfortHours &comfort)
{
    if (duration.count() <= 0)
        return true;
    std::optional<OffsetTimeline> storage;
    const OffsetTimeline &covered = covering(timeline, start, duration, storage);
    const MinuteGrid grid = gridFor(start);
    const std::int64_t first = grid.indexOf(start);
    bool comfortable = true;
    forEachUncomfortableRun(covered, grid, first, first + duration.count(), comfort,
                            [&comfortable](std::int64_t, std::int64_t) { comfortable = false; });
    return comfortable;
}

std::optional<SecondWave> secondWave(const RankRequest &request,
                                     std::span<const OffsetTimeline> timelines, Instant first)
{
    const auto count = candidateCount(request);
    Q_ASSERT(count);
    Q_ASSERT(timelines.size() == request.audience.size());
    SecondWave wave;
    wave.totalWeight = totalWeight(request.audience);
    std::vector<bool> inFirst(request.audience.size());
    std::vector<std::size_t> leftOut;
    for (std::size_t i = 0; i < request.audience.size(); ++i) {
        inFirst[i] = isComfortable(timelines[i], first, request.duration, request.comfort);
        if (inFirst[i])
            wave.firstWeight += request.audience[i].weight;
        else
            wave.leftOutWeight += request.audience[i].weight;
        if (!inFirst[i])
            leftOut.push_back(i);
    }
    if (!(wave.leftOutWeight > 0))
        return std::nullopt;

    std::vector<double> sums(std::size_t(*count), 0.0);
    accumulate(request, timelines, leftOut, sums);
    const Instant firstEnd = first + request.duration;
    std::optional<std::size_t> best;
    for (std::size_t j = 0; j < sums.size(); ++j) {
        const Instant start = request.from + request.step * std::int64_t(j);
        const bool overlaps = start < firstEnd && first < start + request.duration;
        if (!overlaps && sums[j] > 0 && (!best || sums[j] > sums[*best]))
            best = j;
    }
    if (!best)
        return std::nullopt;
    wave.start = request.from + request.step * std::int64_t(*best);
    wave.addedWeight = sums[*best];
    for (std::size_t i = 0; i < request.audience.size(); ++i) {
        const bool inSecond
            = isComfortable(timelines[i], wave.start, request.duration, request.comfort);
        if (inSecond)
            wave.weightAlone += request.audience[i].weight;
        if (inFirst[i] || inSecond)
            wave.combinedWeight += request.audience[i].weight;
    }
    wave.scoreAlone = wave.weightAlone / wave.totalWeight;
    wave.combinedScore = wave.combinedWeight / wave.totalWeight;
    return wave;
}

std::vector<ZoneStanding> explainStart(const RankRequest &request,
                                       std::span<const OffsetTimeline> timelines, Instant start,
                                       const DayParts &parts)
{
    Q_ASSERT(timelines.size() == request.audience.size());
    std::vector<ZoneStanding> result;
    const MinuteGrid grid = gridFor(start);
    const std::int64_t first = grid.indexOf(start);
    const std::int64_t end = first + std::max<std::int64_t>(request.duration.count(), 0);
    for (std::size_t i = 0; i < request.audience.size(); ++i) {
        std::optional<OffsetTimeline> storage;
        const OffsetTimeline &timeline
            = covering(timelines[i], start, std::max(request.duration, minutes {1}), storage);
        ZoneStanding standing;
        standing.zone = request.audience[i].zone;
        standing.weight = request.audience[i].weight;
        standing.offsetAtStart = timeline.offsetAt(start);
        standing.localStart = Time::toLocal(start, standing.offsetAtStart);
        bool asleep = false;
        bool atWork = false;
        forEachPeriodRun(timeline, grid, first, end,
                         [&](std::int64_t a, std::int64_t b, std::int64_t shift) {
                             asleep = asleep || touches(a + shift, b + shift, parts.night);
                             atWork = atWork || touches(a + shift, b + shift, parts.work, true);
                         });
        if (isComfortable(timeline, start, request.duration, request.comfort))
            standing.standing = Standing::Comfortable;
        else if (asleep)
            standing.standing = Standing::Asleep;
        else if (atWork)
            standing.standing = Standing::AtWork;
        else
            standing.standing = Standing::OutOfHours;
        result.push_back(std::move(standing));
    }
    return result;
}

QString standingName(Standing standing)
{
    switch (standing) {
    case Standing::Comfortable:
        return u"comfortable"_s;
    case Standing::Asleep:
        return u"asleep"_s;
    case Standing::AtWork:
        return u"at_work"_s;
    case Standing::OutOfHours:
        return u"out_of_hours"_s;
    }
    return {};
}

} // namespace Chorus::Plan
