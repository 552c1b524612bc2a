// The launch-hour ranking: a whole year at 15-minute steps for every
// geographic zone (about 35,000 candidates × 420 zones), with the sliding
// evaluation over precomputed timelines, beside the naive evaluation that asks
// QTimeZone for every minute of every candidate window in every zone, on the
// same audience over one day (the naive one cannot finish a year). The ratio
// is per candidate. Then what the Plan page asks of that year through
// Plan::suggest(), beside the same work done the way the page did it before.
#include "ratio.h"

#include "plan/ranking.h"
#include "plan/suggest.h"
#include "time/offsettimeline.h"
#include "time/zonecatalogue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

using namespace Chorus::Plan;
using namespace Chorus::Time;
using namespace std::chrono;

namespace {

RankRequest yearRequest(sys_days to)
{
    RankRequest request;
    const ZoneCatalogue catalogue = ZoneCatalogue::system();
    for (const Zone &zone : catalogue.zones())
        request.audience.push_back({zone.id, 1});
    request.from = Instant {sys_days {year {2027} / 1 / 1}};
    request.to = Instant {to};
    request.step = minutes {15};
    request.duration = minutes {60};
    return request;
}

const RankRequest &year2027()
{
    static const RankRequest request = yearRequest(sys_days {year {2028} / 1 / 1});
    return request;
}

// One day around Europe's spring change: small enough for the naive evaluation.
const RankRequest &oneDay()
{
    static const RankRequest request = [] {
        RankRequest r = yearRequest(sys_days {year {2027} / 3 / 29});
        r.from = Instant {sys_days {year {2027} / 3 / 28}};
        return r;
    }();
    return request;
}

std::int64_t candidatesOf(const RankRequest &request)
{
    return candidateCount(request).value();
}

// The core ranking: timelines built once (as the CLI does), then scored.
void rankYearSliding(benchmark::State &state)
{
    const RankRequest &request = year2027();
    const std::vector<OffsetTimeline> timelines = buildTimelines(request);
    for (auto _ : state) {
        const std::vector<Candidate> candidates = scoreCandidates(request, timelines);
        benchmark::DoNotOptimize(candidates.data());
    }
    state.counters["candidates"] = double(candidatesOf(request));
    state.counters["zones"] = double(request.audience.size());
}

// Including building every zone's timeline for the year.
void rankYearWithTimelines(benchmark::State &state)
{
    const RankRequest &request = year2027();
    for (auto _ : state) {
        const std::vector<Candidate> candidates = scoreCandidates(request);
        benchmark::DoNotOptimize(candidates.data());
    }
}

// The sliding ranking on the one-day problem, for the per-candidate ratio.
void rankOneDaySliding(benchmark::State &state)
{
    const RankRequest &request = oneDay();
    const std::vector<OffsetTimeline> timelines = buildTimelines(request);
    for (auto _ : state) {
        const std::vector<Candidate> candidates = scoreCandidates(request, timelines);
        benchmark::DoNotOptimize(candidates.data());
    }
    state.counters["candidates"] = double(candidatesOf(request));
}

// Naive: per candidate, per zone, every minute of the window through QTimeZone.
void rankOneDayNaiveQTimeZone(benchmark::State &state)
{
    const RankRequest &request = oneDay();
    std::vector<QTimeZone> zones;
    for (const AudienceMember &member : request.audience)
        zones.emplace_back(member.zone);
    for (auto _ : state) {
        std::vector<double> sums;
        for (Instant start = request.from; start < request.to; start += request.step) {
            double sum = 0;
            for (std::size_t z = 0; z < zones.size(); ++z) {
                bool comfortable = true;
                for (minutes i {0}; i < request.duration && comfortable; ++i) {
                    const QDateTime local = QDateTime::fromSecsSinceEpoch(
                        (start + i).time_since_epoch().count(), zones[z]);
                    comfortable = request.comfort.contains(local.time().hour() * 60
                                                           + local.time().minute());
                }
                if (comfortable)
                    sum += request.audience[z].weight;
            }
            sums.push_back(sum);
        }
        benchmark::DoNotOptimize(sums.data());
    }
    state.counters["candidates"] = double(candidatesOf(request));
}

// What the Plan page asks of a year (issue 16): Plan::suggest() with the
// page's options (the best 8 runs, the second wave, the campaign's own start).
void suggestYearForThePlanPage(benchmark::State &state)
{
    const RankRequest &request = year2027();
    const std::vector<OffsetTimeline> timelines = buildTimelines(request);
    SuggestOptions options;
    options.topStarts = 0;
    options.topRanges = 8;
    options.secondWave = true;
    options.alsoScore = request.from + minutes {17 * 60};
    for (auto _ : state) {
        const Suggestions found = suggest(request, timelines, options);
        benchmark::DoNotOptimize(found.bestRanges.data());
    }
}

// The same work as the page did it before suggest(): every run merged and
// stable-sorted, then cut to 8 (the baseline for the line above).
void suggestYearAsThePageDid(benchmark::State &state)
{
    const RankRequest &request = year2027();
    const std::vector<OffsetTimeline> timelines = buildTimelines(request);
    for (auto _ : state) {
        RankRequest own = request;
        own.from = request.from + minutes {17 * 60};
        own.to = own.from + minutes {1};
        own.step = minutes {1};
        benchmark::DoNotOptimize(scoreCandidates(own).data());
        const std::vector<Candidate> candidates = scoreCandidates(request, timelines);
        std::vector<ScoreRange> ranges = mergeRanges(candidates);
        std::stable_sort(ranges.begin(), ranges.end(), [](const ScoreRange &a, const ScoreRange &b) {
            return a.score != b.score ? a.score > b.score : a.first < b.first;
        });
        ranges.resize(std::min<std::size_t>(ranges.size(), 8));
        const auto wave = secondWave(request, timelines, ranges.front().first);
        benchmark::DoNotOptimize(wave);
    }
}

} // namespace

BENCHMARK(rankYearSliding)->Unit(benchmark::kMillisecond);
BENCHMARK(rankYearWithTimelines)->Unit(benchmark::kMillisecond);
BENCHMARK(rankOneDaySliding)->Unit(benchmark::kMillisecond);
BENCHMARK(rankOneDayNaiveQTimeZone)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(suggestYearForThePlanPage)->Unit(benchmark::kMillisecond);
BENCHMARK(suggestYearAsThePageDid)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return Chorus::Bench::runWithRatios(argc, argv,
                                        {{"rankOneDaySliding", "rankOneDayNaiveQTimeZone"},
                                         {"suggestYearForThePlanPage", "suggestYearAsThePageDid"}});
}
