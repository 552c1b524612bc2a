#pragma once

#include "ranking.h"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace Chorus::Plan {

/// What suggest() gives besides the scores. The defaults are `chorus-cli
/// best`'s: five single starts, no ranges, no second wave.
struct SuggestOptions
{
    std::size_t topStarts = 5; ///< how many single starts, best first
    bool allRanges = false; ///< every run of equal scores, in start order
    std::size_t topRanges = 0; ///< how many runs, best first
    bool secondWave = false; ///< a second window for those the best start leaves out
    std::optional<Time::Instant> alsoScore; ///< one more start to score by the same rule
};

/// The suggestions for one ranking request.
struct Suggestions
{
    std::size_t candidateCount = 0;
    double totalWeight = 0; ///< the audience's, added in audience order
    std::vector<Candidate> best; ///< the topStarts best starts: highest score, then earliest
    std::vector<ScoreRange> ranges; ///< with allRanges: every run, in start order
    std::vector<ScoreRange> bestRanges; ///< the topRanges best runs: highest score, then earliest
    std::optional<SecondWave> secondWave; ///< with secondWave, when one reaches anyone left out
    std::optional<Candidate> also; ///< alsoScore's start, scored alone
};

/// Ranks the candidates of a valid request and picks what to suggest, the one
/// path for the Plan page and `chorus-cli best`: scoreCandidates() over the
/// given timelines, the best starts by bestCandidates(), the runs of equal
/// scores by mergeRanges() (the best runs ordered like the best starts, by
/// score and then by first start), and the second wave planned by
/// secondWave() from the best start, which is also the first start of the best
/// run. `alsoScore` is scored as a request of its own (one start, a one-minute
/// step, the same audience, duration and comfort), so a start off the grid of
/// candidates, such as a campaign's own start at 17:07, gets the ranking's
/// score too. `timelines` come from buildTimelines(request).
[[nodiscard]] Suggestions suggest(const RankRequest &request,
                                  std::span<const Time::OffsetTimeline> timelines,
                                  const SuggestOptions &options = {});

/// The same for any request: checks it with candidateCount() (whose error it
/// answers, naming the flag) and builds the timelines itself.
[[nodiscard]] Expected<Suggestions> suggest(const RankRequest &request,
                                            const SuggestOptions &options = {});

} // namespace Chorus::Plan
