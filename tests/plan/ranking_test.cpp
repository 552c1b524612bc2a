// Named cases for the ranking: the rule, the order, ranges, request checks and
// the per-zone explanation.
#include "testutil.h"

#include "plan/ranking.h"
#include "time/offsettimeline.h"

using namespace Chorus::Plan;
using namespace Chorus::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

RankRequest request(Audience audience, const char *from, const char *to, int stepMinutes = 15,
                    int durationMinutes = 60, ComfortHours comfort = defaultComfortHours)
{
    RankRequest r;
    r.audience = std::move(audience);
    r.from = at(from);
    r.to = at(to);
    r.step = minutes {stepMinutes};
    r.duration = minutes {durationMinutes};
    r.comfort = comfort;
    return r;
}

const Audience threeZones {{"Europe/Berlin", 50}, {"America/Los_Angeles", 50}, {"Asia/Tokyo", 20}};

TEST(Ranking, CandidatesAreFromPlusStepsBeforeTo)
{
    const auto r = request({{"UTC", 1}}, "2027-02-14T00:00:00Z", "2027-02-14T01:00:00Z", 25);
    EXPECT_EQ(candidateCount(r).value(), 3);
    const auto candidates = scoreCandidates(r);
    ASSERT_EQ(candidates.size(), 3u);
    EXPECT_EQ(candidates[0].start, at("2027-02-14T00:00:00Z"));
    EXPECT_EQ(candidates[1].start, at("2027-02-14T00:25:00Z"));
    EXPECT_EQ(candidates[2].start, at("2027-02-14T00:50:00Z"));
    const auto exact = request({{"UTC", 1}}, "2027-02-14T00:00:00Z", "2027-02-14T01:15:00Z", 25);
    EXPECT_EQ(candidateCount(exact).value(), 3) << "to itself is not a candidate";
}

TEST(Ranking, WindowReadMinuteByMinuteAcrossSpringForward)
{
    // Berlin, 28 March 2027: 01:00Z is 02:00 CET → 03:00 CEST.
    const auto r = request({{"Europe/Berlin", 1}}, "2027-03-28T00:00:00Z", "2027-03-28T02:00:00Z",
                           30, 60, {3 * 60, 23 * 60});
    const auto candidates = scoreCandidates(r);
    ASSERT_EQ(candidates.size(), 4u);
    EXPECT_EQ(candidates[0].score, 0) << "01:00 … 01:59 CET";
    EXPECT_EQ(candidates[1].score, 0) << "01:30 … 01:59 CET, then 03:00 … 03:29 CEST";
    EXPECT_EQ(candidates[2].score, 1) << "03:00 … 03:59 CEST";
    EXPECT_EQ(candidates[3].score, 1);
}

TEST(Ranking, WindowEndingAtTheComfortEndIsComfortable)
{
    // 22:00-23:00 UTC reads 22:00 … 22:59: inside 09:00-23:00; one more minute is not.
    const auto hour = request({{"UTC", 1}}, "2027-02-14T22:00:00Z", "2027-02-14T22:01:00Z", 1, 60);
    EXPECT_EQ(scoreCandidates(hour).front().score, 1);
    const auto longer
        = request({{"UTC", 1}}, "2027-02-14T22:00:00Z", "2027-02-14T22:01:00Z", 1, 61);
    EXPECT_EQ(scoreCandidates(longer).front().score, 0);
}

TEST(Ranking, WrappingAndWholeDayComfort)
{
    const auto wrap = request({{"UTC", 1}}, "2027-02-14T00:00:00Z", "2027-02-15T00:00:00Z", 60, 60,
                              {18 * 60, 2 * 60});
    const auto candidates = scoreCandidates(wrap);
    ASSERT_EQ(candidates.size(), 24u);
    for (int h = 0; h < 24; ++h)
        EXPECT_EQ(candidates[std::size_t(h)].score, (h >= 18 || h < 2) ? 1.0 : 0.0) << h;
    const auto whole = request({{"UTC", 1}}, "2027-02-14T00:00:00Z", "2027-02-15T00:00:00Z", 60,
                               3 * 1440, {0, 0});
    for (const Candidate &candidate : scoreCandidates(whole))
        EXPECT_EQ(candidate.score, 1);
}

TEST(Ranking, BestIsHighestScoreThenEarliest)
{
    const auto r = request(threeZones, "2027-06-01T00:00:00Z", "2027-06-02T00:00:00Z");
    const auto candidates = scoreCandidates(r);
    const auto best = bestCandidates(candidates, 5);
    ASSERT_EQ(best.size(), 5u);
    EXPECT_EQ(best[0].start, at("2027-06-01T16:00:00Z"));
    EXPECT_EQ(best[0].comfortableWeight, 100);
    EXPECT_EQ(best[0].totalWeight, 120);
    EXPECT_DOUBLE_EQ(best[0].score, 100.0 / 120.0);
    for (std::size_t i = 1; i < best.size(); ++i) {
        EXPECT_TRUE(best[i - 1].score > best[i].score
                    || (best[i - 1].score == best[i].score && best[i - 1].start < best[i].start));
    }
    EXPECT_EQ(best[4].start, at("2027-06-01T17:00:00Z"));
    EXPECT_EQ(bestCandidates(candidates, 1000).size(), candidates.size());
    EXPECT_TRUE(bestCandidates({}, 5).empty());
}

TEST(Ranking, RangesMergeConsecutiveEqualScores)
{
    const auto r = request(threeZones, "2027-06-01T00:00:00Z", "2027-06-02T00:00:00Z");
    const auto ranges = mergeRanges(scoreCandidates(r));
    struct Expected
    {
        const char *first;
        const char *last;
        double weight;
        std::size_t count;
    };
    const std::vector<Expected> expected {
        {"2027-06-01T00:00:00Z", "2027-06-01T05:00:00Z", 70, 21}, // LA evening + Tokyo morning
        {"2027-06-01T05:15:00Z", "2027-06-01T06:45:00Z", 20, 7}, // Tokyo only
        {"2027-06-01T07:00:00Z", "2027-06-01T13:00:00Z", 70, 25}, // Berlin + Tokyo
        {"2027-06-01T13:15:00Z", "2027-06-01T15:45:00Z", 50, 11}, // Berlin only
        {"2027-06-01T16:00:00Z", "2027-06-01T20:00:00Z", 100, 17}, // Berlin + LA
        {"2027-06-01T20:15:00Z", "2027-06-01T23:45:00Z", 50, 15}, // LA only
    };
    ASSERT_EQ(ranges.size(), expected.size());
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        EXPECT_EQ(ranges[i].first, at(expected[i].first)) << i;
        EXPECT_EQ(ranges[i].last, at(expected[i].last)) << i;
        EXPECT_EQ(ranges[i].comfortableWeight, expected[i].weight) << i;
        EXPECT_EQ(ranges[i].score, expected[i].weight / 120) << i;
        EXPECT_EQ(ranges[i].count, expected[i].count) << i;
    }
    EXPECT_TRUE(mergeRanges({}).empty());
}

TEST(Ranking, RangesKeepEqualScoresApartWhenNotConsecutive)
{
    std::vector<Candidate> candidates {{at("2027-01-01T00:00:00Z"), 1, 2, 0.5},
                                       {at("2027-01-01T00:15:00Z"), 2, 2, 1},
                                       {at("2027-01-01T00:30:00Z"), 1, 2, 0.5}};
    const auto ranges = mergeRanges(candidates);
    ASSERT_EQ(ranges.size(), 3u);
    EXPECT_EQ(ranges[2].first, ranges[2].last);
    EXPECT_EQ(ranges[2].count, 1u);
}

struct BadRequest
{
    std::string name;
    RankRequest request;
    QString field;
    QString message;
};

class RankingRequestErrors : public testing::TestWithParam<BadRequest>
{
};

TEST_P(RankingRequestErrors, NameTheFlag)
{
    const auto count = candidateCount(GetParam().request);
    ASSERT_FALSE(count);
    EXPECT_EQ(count.error().field, GetParam().field);
    EXPECT_TRUE(count.error().message.contains(GetParam().message))
        << count.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Rows, RankingRequestErrors,
    testing::Values(
        BadRequest {"ToBeforeFrom",
                    request({{"UTC", 1}}, "2027-02-14T00:00:00Z", "2027-02-13T00:00:00Z"),
                    u"--to"_s, u"2027-02-13T00:00:00Z is not after --from 2027-02-14T00:00:00Z"_s},
        BadRequest {"ToEqualsFrom",
                    request({{"UTC", 1}}, "2027-02-14T00:00:00Z", "2027-02-14T00:00:00Z"),
                    u"--to"_s, u"is not after"_s},
        BadRequest {"ZeroStep",
                    request({{"UTC", 1}}, "2027-02-14T00:00:00Z", "2027-02-15T00:00:00Z", 0),
                    u"--step"_s, u"at least one minute"_s},
        BadRequest {"ZeroDuration",
                    request({{"UTC", 1}}, "2027-02-14T00:00:00Z", "2027-02-15T00:00:00Z", 15, 0),
                    u"--duration"_s, u"at least one minute"_s},
        BadRequest {"TooManyCandidates",
                    request({{"UTC", 1}}, "2027-01-01T00:00:00Z", "2029-01-01T00:00:00Z", 1),
                    u"--step"_s, u"makes 1052640 candidates; at most 1000000"_s},
        BadRequest {"PastYear9999",
                    request({{"UTC", 1}}, "9999-12-31T22:00:00Z", "9999-12-31T23:00:00Z", 15, 120),
                    u"--duration"_s, u"after the year 9999"_s},
        BadRequest {"EmptyAudience", request({}, "2027-02-14T00:00:00Z", "2027-02-15T00:00:00Z"),
                    u"--audience"_s, u"empty"_s},
        BadRequest {"ZeroWeight",
                    request({{"UTC", 0}}, "2027-02-14T00:00:00Z", "2027-02-15T00:00:00Z"),
                    u"--audience"_s, u"add up to 0"_s}),
    ByName());

TEST(Explain, ComfortableAsleepAtWorkOrOutOfHours)
{
    const Audience audience {{"Asia/Tokyo", 3}, {"America/New_York", 2}, {"Europe/London", 1}};
    auto r = request(audience, "2027-02-13T00:00:00Z", "2027-02-16T00:00:00Z");
    const auto timelines = buildTimelines(r);

    // Monday 15 February 2027, 17:00Z: Tokyo 02:00 Tuesday, New York 12:00, London 17:00.
    auto standings = explainStart(r, timelines, at("2027-02-15T17:00:00Z"));
    ASSERT_EQ(standings.size(), 3u);
    EXPECT_EQ(standings[0].zone, "Asia/Tokyo");
    EXPECT_EQ(standings[0].weight, 3);
    EXPECT_EQ(standings[0].standing, Standing::Asleep);
    EXPECT_EQ(standings[0].offsetAtStart, 9 * 3600);
    EXPECT_EQ(standings[0].localStart, Chorus::Time::toLocal(at("2027-02-16T02:00:00Z"), 0));
    EXPECT_EQ(standings[1].standing, Standing::Comfortable);
    EXPECT_EQ(standings[2].standing, Standing::Comfortable);

    // With evening-only comfort, New York at 10:00 on Monday is at work, and on Saturday out of
    // hours.
    r.comfort = {18 * 60, 23 * 60};
    standings = explainStart(r, timelines, at("2027-02-15T15:00:00Z"));
    EXPECT_EQ(standings[1].standing, Standing::AtWork);
    EXPECT_EQ(standings[0].standing, Standing::Asleep) << "00:00 in Tokyo";
    EXPECT_EQ(standings[2].standing, Standing::AtWork) << "15:00 in London";
    standings = explainStart(r, timelines, at("2027-02-13T15:00:00Z"));
    EXPECT_EQ(standings[1].standing, Standing::OutOfHours);
    EXPECT_EQ(standingName(standings[1].standing), u"out_of_hours"_s);

    // A window touching 23:00 is asleep even when most of it is evening.
    r.comfort = {9 * 60, 22 * 60};
    standings = explainStart(r, timelines, at("2027-02-15T22:30:00Z"));
    EXPECT_EQ(standings[2].standing, Standing::Asleep) << "22:30-23:30 in London";
}

TEST(Explain, StartOutsideTheTimelinesStillAnswers)
{
    auto r = request({{"Europe/Berlin", 1}}, "2027-02-13T00:00:00Z", "2027-02-14T00:00:00Z");
    const auto timelines = buildTimelines(r);
    const auto standings = explainStart(r, timelines, at("2027-07-01T10:00:00Z"));
    ASSERT_EQ(standings.size(), 1u);
    EXPECT_EQ(standings[0].offsetAtStart, 7200);
    EXPECT_EQ(standings[0].standing, Standing::Comfortable);
}

} // namespace
