// The greedy second wave for the people the first window leaves out.
#include "testutil.h"

#include "plan/ranking.h"
#include "time/offsettimeline.h"

using namespace Chorus::Plan;
using namespace Chorus::Test;
using namespace std::chrono;

namespace {

RankRequest day(Audience audience, const char *from, const char *to)
{
    RankRequest r;
    r.audience = std::move(audience);
    r.from = at(from);
    r.to = at(to);
    return r;
}

TEST(SecondWave, ReachesThoseTheFirstLeavesOut)
{
    const auto r = day({{"Europe/Berlin", 50}, {"America/Los_Angeles", 50}}, "2027-06-01T00:00:00Z",
                       "2027-06-02T00:00:00Z");
    const auto timelines = buildTimelines(r);
    const auto wave = secondWave(r, timelines, at("2027-06-01T07:00:00Z"));
    ASSERT_TRUE(wave);
    EXPECT_EQ(wave->start, at("2027-06-01T00:00:00Z")) << "17:00 on 31 May in Los Angeles";
    EXPECT_EQ(wave->firstWeight, 50);
    EXPECT_EQ(wave->leftOutWeight, 50);
    EXPECT_EQ(wave->addedWeight, 50);
    EXPECT_EQ(wave->weightAlone, 50) << "02:00 in Berlin";
    EXPECT_EQ(wave->combinedWeight, 100);
    EXPECT_EQ(wave->scoreAlone, 0.5);
    EXPECT_EQ(wave->combinedScore, 1.0);
}

TEST(SecondWave, PrefersTheMostLeftOutWeightNotTheBestAlone)
{
    // First at 16:00Z reaches Berlin and Los Angeles; Tokyo (20) and Sydney (5)
    // are left out. The best second window for them is not the best alone.
    const auto r = day({{"Europe/Berlin", 50},
                        {"America/Los_Angeles", 50},
                        {"Asia/Tokyo", 20},
                        {"Australia/Sydney", 5}},
                       "2027-06-01T00:00:00Z", "2027-06-02T00:00:00Z");
    const auto timelines = buildTimelines(r);
    const auto wave = secondWave(r, timelines, at("2027-06-01T16:00:00Z"));
    ASSERT_TRUE(wave);
    EXPECT_EQ(wave->leftOutWeight, 25);
    EXPECT_EQ(wave->addedWeight, 25);
    // Tokyo 09:00-22:00 starts are 00:00Z-13:00Z, Sydney (+10) 23:00Z-12:00Z: earliest both is
    // 00:00Z.
    EXPECT_EQ(wave->start, at("2027-06-01T00:00:00Z"));
    EXPECT_EQ(wave->combinedWeight, 125);
    EXPECT_EQ(wave->combinedScore, 1.0);
}

TEST(SecondWave, NeverOverlapsTheFirstWindow)
{
    // At 06:45Z Berlin is 08:45: out (Tokyo, 15:45, is in). Berlin is in from
    // 07:00Z, but 07:00, 07:15 and 07:30 overlap the first window [06:45, 07:45).
    const auto r = day({{"Europe/Berlin", 10}, {"Asia/Tokyo", 1}}, "2027-06-01T06:00:00Z",
                       "2027-06-01T09:00:00Z");
    const auto timelines = buildTimelines(r);
    const auto wave = secondWave(r, timelines, at("2027-06-01T06:45:00Z"));
    ASSERT_TRUE(wave);
    EXPECT_EQ(wave->start, at("2027-06-01T07:45:00Z"));
    EXPECT_EQ(wave->firstWeight, 1);
    EXPECT_EQ(wave->addedWeight, 10);
    EXPECT_EQ(wave->combinedWeight, 11);
}

TEST(SecondWave, NoneWhenNobodyIsLeftOut)
{
    const auto r = day({{"Europe/Berlin", 10}, {"Europe/Paris", 3}}, "2027-06-01T00:00:00Z",
                       "2027-06-02T00:00:00Z");
    const auto timelines = buildTimelines(r);
    EXPECT_FALSE(secondWave(r, timelines, at("2027-06-01T12:00:00Z")));
}

TEST(SecondWave, NoneWhenNoCandidateReachesTheLeftOut)
{
    // Tokyo is asleep through the whole range (00:00-06:00 local).
    const auto r = day({{"Europe/Berlin", 10}, {"Asia/Tokyo", 3}}, "2027-06-01T15:00:00Z",
                       "2027-06-01T20:00:00Z");
    const auto timelines = buildTimelines(r);
    EXPECT_FALSE(secondWave(r, timelines, at("2027-06-01T16:00:00Z")));
}

TEST(SecondWave, LeftOutZoneWithZeroWeightLeavesNobodyOut)
{
    const auto r = day({{"Europe/Berlin", 10}, {"Asia/Tokyo", 0}}, "2027-06-01T00:00:00Z",
                       "2027-06-02T00:00:00Z");
    const auto timelines = buildTimelines(r);
    EXPECT_FALSE(secondWave(r, timelines, at("2027-06-01T16:00:00Z")));
}

} // namespace
