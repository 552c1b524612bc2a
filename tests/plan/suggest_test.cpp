// Plan::suggest(), the one path from a ranking request to what the Plan page
// and `chorus-cli best` show: best starts, runs of equal scores, the second
// wave and the score of one more start.
#include "testutil.h"

#include "plan/suggest.h"
#include "time/offsettimeline.h"

using namespace Chorus::Plan;
using namespace Chorus::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

const Audience threeZones {{"Europe/Berlin", 50}, {"America/Los_Angeles", 50}, {"Asia/Tokyo", 20}};

RankRequest juneFirst(Audience audience = threeZones)
{
    RankRequest r;
    r.audience = std::move(audience);
    r.from = at("2027-06-01T00:00:00Z");
    r.to = at("2027-06-02T00:00:00Z");
    return r;
}

bool sameCandidates(const std::vector<Candidate> &a, const std::vector<Candidate> &b)
{
    return std::equal(
        a.begin(), a.end(), b.begin(), b.end(), [](const Candidate &x, const Candidate &y) {
            return x.start == y.start && x.score == y.score
                && x.comfortableWeight == y.comfortableWeight && x.totalWeight == y.totalWeight;
        });
}

TEST(Suggest, DefaultsAreBestsFiveStartsAndNothingElse)
{
    const auto r = juneFirst();
    const auto found = suggest(r);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->candidateCount, 96u);
    EXPECT_EQ(found->totalWeight, 120);
    EXPECT_TRUE(sameCandidates(found->best, bestCandidates(scoreCandidates(r), 5)));
    EXPECT_EQ(found->best.front().start, at("2027-06-01T16:00:00Z")) << "Berlin and Los Angeles";
    EXPECT_TRUE(found->ranges.empty());
    EXPECT_TRUE(found->bestRanges.empty());
    EXPECT_FALSE(found->secondWave);
    EXPECT_FALSE(found->also);
}

TEST(Suggest, RangesInStartOrderAndBestRangesByScoreThenStart)
{
    const auto r = juneFirst();
    SuggestOptions options;
    options.allRanges = true;
    options.topRanges = 4;
    const auto found = suggest(r, options);
    ASSERT_TRUE(found);
    const auto merged = mergeRanges(scoreCandidates(r));
    ASSERT_EQ(found->ranges.size(), merged.size());
    for (std::size_t i = 0; i < merged.size(); ++i)
        EXPECT_EQ(found->ranges[i].first, merged[i].first) << i;
    // 100 at 16:00, then the two 70s earliest first, then the earlier 50.
    const std::vector<std::pair<const char *, double>> expected {{"2027-06-01T16:00:00Z", 100},
                                                                 {"2027-06-01T00:00:00Z", 70},
                                                                 {"2027-06-01T07:00:00Z", 70},
                                                                 {"2027-06-01T13:15:00Z", 50}};
    ASSERT_EQ(found->bestRanges.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(found->bestRanges[i].first, at(expected[i].first)) << i;
        EXPECT_EQ(found->bestRanges[i].comfortableWeight, expected[i].second) << i;
    }
    EXPECT_EQ(found->bestRanges[0].count, 17u) << "16:00 to 20:00 in quarter hours";

    options.allRanges = false;
    options.topRanges = 100;
    const auto all = suggest(r, options);
    EXPECT_TRUE(all->ranges.empty()) << "only the best runs were asked for";
    EXPECT_EQ(all->bestRanges.size(), merged.size()) << "no more runs than there are";
}

TEST(Suggest, SecondWaveFromTheBestStartEvenWhenNoStartIsListed)
{
    // The best start, 16:00Z, reaches Berlin and Los Angeles and leaves Tokyo out.
    const auto r = juneFirst();
    SuggestOptions options;
    options.topStarts = 0;
    options.topRanges = 1;
    options.secondWave = true;
    const auto found = suggest(r, options);
    ASSERT_TRUE(found);
    EXPECT_TRUE(found->best.empty());
    ASSERT_TRUE(found->secondWave);
    const auto timelines = buildTimelines(r);
    const auto first = bestCandidates(scoreCandidates(r, timelines), 1).front().start;
    EXPECT_EQ(found->bestRanges.front().first, first) << "the best run starts at the best start";
    const auto expected = secondWave(r, timelines, first);
    ASSERT_TRUE(expected);
    EXPECT_EQ(found->secondWave->start, expected->start);
    EXPECT_EQ(found->secondWave->leftOutWeight, 20) << "Tokyo";
    EXPECT_EQ(found->secondWave->addedWeight, 20);
    EXPECT_EQ(found->secondWave->combinedScore, expected->combinedScore);

    // With everyone reached at once, there is no second wave.
    const auto everyone = suggest(juneFirst({{"Europe/Berlin", 1}}), options);
    EXPECT_FALSE(everyone->secondWave);
}

TEST(Suggest, AlsoScoresAStartOffTheCandidateGrid)
{
    // 16:07Z is no quarter hour; the hour from it is 18:07-19:07 in Berlin,
    // 09:07-10:07 in Los Angeles and 01:07 in Tokyo: 100 of 120.
    const auto r = juneFirst();
    SuggestOptions options;
    options.alsoScore = at("2027-06-01T16:07:00Z");
    const auto found = suggest(r, options);
    ASSERT_TRUE(found);
    ASSERT_TRUE(found->also);
    EXPECT_EQ(found->also->start, at("2027-06-01T16:07:00Z"));
    EXPECT_EQ(found->also->comfortableWeight, 100);
    EXPECT_DOUBLE_EQ(found->also->score, 100.0 / 120.0);
    // 08:59Z: 10:59 in Berlin, 17:59 in Tokyo, 01:59 in Los Angeles: 70 of 120.
    options.alsoScore = at("2027-06-01T08:59:00Z");
    EXPECT_EQ(suggest(r, options)->also->comfortableWeight, 70);
}

TEST(Suggest, AnInvalidRequestIsAnErrorNamingTheFlag)
{
    auto r = juneFirst();
    r.to = r.from;
    const auto found = suggest(r);
    ASSERT_FALSE(found);
    EXPECT_EQ(found.error().field, u"--to"_s);
    r = juneFirst({});
    EXPECT_EQ(suggest(r).error().field, u"--audience"_s);
}

TEST(Suggest, GivenTimelinesGiveTheSameAsBuildingThem)
{
    const auto r = juneFirst();
    const auto timelines = buildTimelines(r);
    SuggestOptions options;
    options.topStarts = 10;
    options.secondWave = true;
    const Suggestions given = suggest(r, timelines, options);
    const auto built = suggest(r, options);
    ASSERT_TRUE(built);
    EXPECT_TRUE(sameCandidates(given.best, built->best));
    ASSERT_TRUE(given.secondWave && built->secondWave);
    EXPECT_EQ(given.secondWave->start, built->secondWave->start);
}

} // namespace
