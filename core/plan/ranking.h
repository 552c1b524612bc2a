#pragma once

#include "audience.h"
#include "dailyhours.h"
#include "time/instant.h"

#include <QByteArray>

#include <chrono>
#include <optional>
#include <span>
#include <vector>

namespace Chorus::Time {
class OffsetTimeline;
}

namespace Chorus::Plan {

/// What to rank: the candidates are `from + k·step` for k >= 0 while `< to`,
/// each the start of a window `[start, start + duration)`.
struct RankRequest
{
    Audience audience;
    Time::Instant from;
    Time::Instant to;
    std::chrono::minutes step {15};
    std::chrono::minutes duration {60};
    ComfortHours comfort = defaultComfortHours;
};

/// The most candidates one request may produce (a year at one-minute steps fits).
inline constexpr std::int64_t maxCandidates = 1'000'000;

/// Checks a request and answers its number of candidates. Errors name the
/// command-line flag: `--to` when to <= from, `--step` when it is 0 or gives
/// more than maxCandidates, `--duration` when it is 0 or the last window would
/// end after the year 9999, `--audience` when the audience is empty or weighs 0.
[[nodiscard]] Expected<std::int64_t> candidateCount(const RankRequest &request);

/// One offset timeline per audience member, in audience order, covering every
/// minute of every candidate window. Build once, then score, explain and plan a
/// second wave from the same timelines. The request must be valid.
[[nodiscard]] std::vector<Time::OffsetTimeline> buildTimelines(const RankRequest &request);

/// One scored start. `score` is comfortableWeight / totalWeight.
struct Candidate
{
    Time::Instant start;
    double comfortableWeight = 0;
    double totalWeight = 0;
    double score = 0;
};

/// Scores every candidate of a valid request, in start order.
///
/// A zone is comfortable for a candidate when every minute of the window, read
/// on that zone's wall clock, lies in the comfort hours: the minutes are the
/// instants `start + i·1min` for i in `[0, duration)`, each read at the offset
/// in force at that instant. So a DST change inside the window counts: in
/// Europe/Berlin the hour from 2027-03-28T00:30Z reads 01:30 … 01:59 and then
/// 03:00 … 03:29, and with comfort 03:00-23:00 it is not comfortable, while the
/// hour from 01:00Z (03:00 … 03:59) is.
///
/// Exact and fast: per zone and constant-offset period the uncomfortable local
/// minutes become runs of UTC minutes; a start is comfortable iff its window
/// misses every run, i.e. it lies outside each run stretched back by the
/// duration. A monotonic sweep over the candidates adds each zone's weight to
/// the candidates it reaches, in audience order, so the sums are bit-identical
/// to adding the comfortable zones' weights one candidate at a time.
/// `timelines` come from buildTimelines(request).
[[nodiscard]] std::vector<Candidate>
scoreCandidates(const RankRequest &request, std::span<const Time::OffsetTimeline> timelines);

/// The same, building the timelines itself.
[[nodiscard]] std::vector<Candidate> scoreCandidates(const RankRequest &request);

/// The `top` best of `candidates`: highest score first, then earliest start.
[[nodiscard]] std::vector<Candidate> bestCandidates(std::span<const Candidate> candidates,
                                                    std::size_t top);

/// A run of consecutive candidates (in start order) with the same score: "any
/// start from 17:00 to 18:45 UTC reaches 83%". `last` is the last start in the
/// run; `count` is the number of candidates in it.
struct ScoreRange
{
    Time::Instant first;
    Time::Instant last;
    double score = 0;
    double comfortableWeight = 0;
    std::size_t count = 0;
};

/// Merges consecutive candidates with equal scores; `candidates` in start order.
[[nodiscard]] std::vector<ScoreRange> mergeRanges(std::span<const Candidate> candidates);

/// Whether a zone is comfortable for the window `[start, start + duration)`,
/// by the rule of scoreCandidates(). The timeline should cover the window;
/// when it does not, one is built for it.
[[nodiscard]] bool isComfortable(const Time::OffsetTimeline &timeline, Time::Instant start,
                                 std::chrono::minutes duration, const ComfortHours &comfort);

/// A second window for the people the first leaves out.
struct SecondWave
{
    Time::Instant start; ///< the second window's start, a candidate of the request
    double firstWeight = 0; ///< comfortable weight of the first window
    double leftOutWeight = 0; ///< weight of the zones not comfortable in the first window
    double addedWeight = 0; ///< of those, the weight comfortable in the second
    double weightAlone = 0; ///< comfortable weight of the second window on its own
    double combinedWeight = 0; ///< weight comfortable in at least one of the two
    double totalWeight = 0;
    double scoreAlone = 0; ///< weightAlone / totalWeight
    double combinedScore = 0; ///< combinedWeight / totalWeight
};

/// Greedy second wave: the zones not comfortable in the window starting at
/// `first` form the left-out audience; the candidate of `request` whose window
/// does not overlap the first one and reaches the most left-out weight (the
/// earliest among equals) is the second start. Nothing when the first window
/// leaves nobody out, or when no such candidate reaches anyone left out.
///
/// Example: Europe/Berlin=50,America/Los_Angeles=50, comfort 09:00-23:00,
/// one hour, candidates over 2027-06-01 UTC. The first window 07:00Z reaches
/// Berlin only (09:00 there, midnight in Los Angeles); the second wave is
/// 00:00Z (17:00 on 31 May in Los Angeles), and the pair reaches 100%.
[[nodiscard]] std::optional<SecondWave> secondWave(const RankRequest &request,
                                                   std::span<const Time::OffsetTimeline> timelines,
                                                   Time::Instant first);

/// Why a zone is in or out of a window.
enum class Standing {
    Comfortable, ///< every minute of the window is inside the comfort hours
    Asleep, ///< not comfortable, and some minute is in the night hours
    AtWork, ///< not comfortable, not asleep, and some minute is in work hours on a weekday
    OutOfHours, ///< not comfortable for another reason (a weekend morning outside 18:00-23:00)
};

/// The night and work hours used to explain a zone's standing. Defaults:
/// night 23:00-07:00 every day, work or school 09:00-17:00 Monday to Friday
/// (of the zone's own calendar).
struct DayParts
{
    DailyHours night = defaultNightHours;
    DailyHours work = defaultWorkHours;
};

/// One zone's standing for a chosen window, with its local start.
struct ZoneStanding
{
    QByteArray zone;
    double weight = 0;
    Standing standing = Standing::OutOfHours;
    Time::OffsetSeconds offsetAtStart = 0;
    Time::LocalTime localStart; ///< the wall clock at the start in that zone
};

/// For the window `[start, start + request.duration)`: every zone of the
/// audience, in audience order, comfortable or why not. The checks go in
/// order: comfortable (the ranking's rule), else asleep if any minute touches
/// the night hours, else at work if any minute touches the work hours on a
/// weekday, else out of hours. Examples: Asia/Tokyo for 2027-02-15T17:00Z
/// (02:00 on Tuesday there) is Asleep; with comfort 18:00-23:00,
/// America/New_York for 2027-02-15T15:00Z (10:00 on Monday) is AtWork and for
/// 2027-02-13T15:00Z (10:00 on Saturday) OutOfHours.
[[nodiscard]] std::vector<ZoneStanding>
explainStart(const RankRequest &request, std::span<const Time::OffsetTimeline> timelines,
             Time::Instant start, const DayParts &parts = {});

/// "comfortable", "asleep", "at_work", "out_of_hours": the JSON spelling.
[[nodiscard]] QString standingName(Standing standing);

} // namespace Chorus::Plan
