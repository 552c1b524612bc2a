// Offset lookups for every geographic zone over a year of instants (every
// 6 hours): the precomputed timeline's binary search versus
// QTimeZone::offsetFromUtc, in one run.
#include "ratio.h"

#include "time/offsettimeline.h"
#include "time/zonecatalogue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

using namespace Chorus::Time;
using namespace std::chrono;

namespace {

const Instant yearStart{sys_days{year{2027} / 1 / 1}};
const Instant yearEnd{sys_days{year{2028} / 1 / 1}};
constexpr auto step = hours{6};

const std::vector<QTimeZone> &zones()
{
    static const std::vector<QTimeZone> list = [] {
        std::vector<QTimeZone> result;
        const ZoneCatalogue catalogue = ZoneCatalogue::system();
        for (const Zone &zone : catalogue.zones())
            result.emplace_back(zone.id);
        return result;
    }();
    return list;
}

const std::vector<OffsetTimeline> &timelines()
{
    static const std::vector<OffsetTimeline> list = [] {
        std::vector<OffsetTimeline> result;
        for (const QTimeZone &zone : zones())
            result.push_back(OffsetTimeline::build(zone, yearStart, yearEnd));
        return result;
    }();
    return list;
}

void offsetLookupTimeline(benchmark::State &state)
{
    const auto &all = timelines();
    std::int64_t lookups = 0;
    for (auto _ : state) {
        long long sum = 0;
        for (const OffsetTimeline &timeline : all) {
            for (Instant t = yearStart; t < yearEnd; t += step)
                sum += timeline.offsetAt(t);
        }
        benchmark::DoNotOptimize(sum);
        lookups += std::int64_t(all.size()) * ((yearEnd - yearStart) / step);
    }
    state.counters["lookups/s"] = benchmark::Counter(double(lookups), benchmark::Counter::kIsRate);
}

void offsetLookupQTimeZone(benchmark::State &state)
{
    const auto &all = zones();
    std::int64_t lookups = 0;
    for (auto _ : state) {
        long long sum = 0;
        for (const QTimeZone &zone : all) {
            for (Instant t = yearStart; t < yearEnd; t += step)
                sum += zone.offsetFromUtc(toQDateTime(t));
        }
        benchmark::DoNotOptimize(sum);
        lookups += std::int64_t(all.size()) * ((yearEnd - yearStart) / step);
    }
    state.counters["lookups/s"] = benchmark::Counter(double(lookups), benchmark::Counter::kIsRate);
}

void buildTimelinesForAYear(benchmark::State &state)
{
    const auto &all = zones();
    for (auto _ : state) {
        std::size_t periods = 0;
        for (const QTimeZone &zone : all)
            periods += OffsetTimeline::build(zone, yearStart, yearEnd).periodCount();
        benchmark::DoNotOptimize(periods);
    }
}

} // namespace

BENCHMARK(offsetLookupTimeline)->Unit(benchmark::kMillisecond);
BENCHMARK(offsetLookupQTimeZone)->Unit(benchmark::kMillisecond);
BENCHMARK(buildTimelinesForAYear)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("%zu zones, one lookup every 6 h through 2027\n", zones().size());
    return Chorus::Bench::runWithRatios(argc, argv,
                                        {{"offsetLookupTimeline", "offsetLookupQTimeZone"}});
}
