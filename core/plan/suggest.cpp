#include "suggest.h"

#include "time/offsettimeline.h"

#include <algorithm>

using namespace std::chrono;

namespace Chorus::Plan {

namespace {

std::vector<ScoreRange> bestRanges(std::vector<ScoreRange> ranges, std::size_t top)
{
    // Starts differ between runs, so this order is total and a partial sort
    // picks exactly what a stable sort of every run would put first.
    const auto better = [](const ScoreRange &a, const ScoreRange &b) {
        return a.score != b.score ? a.score > b.score : a.first < b.first;
    };
    const std::size_t n = std::min(top, ranges.size());
    std::partial_sort(ranges.begin(), ranges.begin() + std::ptrdiff_t(n), ranges.end(), better);
    ranges.resize(n);
    return ranges;
}

} // namespace

Suggestions suggest(const RankRequest &request, std::span<const Time::OffsetTimeline> timelines,
                    const SuggestOptions &options)
{
    Suggestions result;
    result.totalWeight = totalWeight(request.audience);
    if (options.alsoScore) {
        RankRequest alone = request;
        alone.from = *options.alsoScore;
        alone.to = *options.alsoScore + minutes {1};
        alone.step = minutes {1};
        if (candidateCount(alone)) {
            const std::vector<Candidate> own = scoreCandidates(alone);
            if (!own.empty())
                result.also = own.front();
        }
    }
    const std::vector<Candidate> candidates = scoreCandidates(request, timelines);
    result.candidateCount = candidates.size();
    if (candidates.empty())
        return result;
    // The second wave needs the best start even when no start is listed.
    result.best = bestCandidates(candidates, std::max<std::size_t>(options.topStarts, 1));
    if (options.allRanges || options.topRanges > 0) {
        std::vector<ScoreRange> ranges = mergeRanges(candidates);
        if (options.topRanges > 0)
            result.bestRanges = bestRanges(ranges, options.topRanges);
        if (options.allRanges)
            result.ranges = std::move(ranges);
    }
    if (options.secondWave)
        result.secondWave = secondWave(request, timelines, result.best.front().start);
    result.best.resize(std::min(result.best.size(), options.topStarts));
    return result;
}

Expected<Suggestions> suggest(const RankRequest &request, const SuggestOptions &options)
{
    if (const auto count = candidateCount(request); !count)
        return std::unexpected(count.error());
    const std::vector<Time::OffsetTimeline> timelines = buildTimelines(request);
    return suggest(request, timelines, options);
}

} // namespace Chorus::Plan
