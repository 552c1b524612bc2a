#pragma once
// Benchmarks report a figure beside a baseline measured in the same run: this
// reporter prints the usual table, then "figure vs baseline: N× faster".

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace Chorus::Bench {

class RatioReporter : public benchmark::ConsoleReporter
{
public:
    /// Each pair is (figure, baseline): benchmark names as registered.
    explicit RatioReporter(std::vector<std::pair<std::string, std::string>> pairs)
        : m_pairs(std::move(pairs))
    {
    }

    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs) {
            if (run.run_type == Run::RT_Iteration && run.iterations > 0)
                m_seconds[run.run_name.function_name] = run.GetAdjustedRealTime()
                    / benchmark::GetTimeUnitMultiplier(run.time_unit);
        }
    }

    void Finalize() override
    {
        ConsoleReporter::Finalize();
        for (const auto &[figure, baseline] : m_pairs) {
            const auto f = m_seconds.find(figure);
            const auto b = m_seconds.find(baseline);
            if (f == m_seconds.end() || b == m_seconds.end() || f->second <= 0)
                continue;
            // A figure can be slower than its baseline (X's length vs a bare
            // grapheme count): say so rather than "0.3x faster".
            const double ratio = b->second / f->second;
            std::printf("RATIO %s vs %s: %.3g ms vs %.3g ms per iteration, %.1fx %s\n",
                        figure.c_str(), baseline.c_str(), f->second * 1e3, b->second * 1e3,
                        ratio >= 1 ? ratio : 1 / ratio, ratio >= 1 ? "faster" : "slower");
        }
        std::fflush(stdout);
    }

private:
    std::vector<std::pair<std::string, std::string>> m_pairs;
    std::map<std::string, double> m_seconds;
};

/// main() for a benchmark program: runs everything, then prints the ratios.
inline int runWithRatios(int argc, char **argv,
                         std::vector<std::pair<std::string, std::string>> pairs)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    RatioReporter reporter(std::move(pairs));
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}

} // namespace Chorus::Bench
