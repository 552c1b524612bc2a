// The supporter goal and Thunderclap's tipping point (issue 14), row by row.
#include "campaign/campaign.h"
#include "plan/supportergoal.h"
#include "time/instant.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

using namespace Chorus;
using namespace Chorus::Plan;
using namespace std::chrono_literals;

namespace {

struct GoalRow
{
    std::string name;
    qint64 goal;
    bool allOrNothing;
    std::optional<qint64> participants;
    std::chrono::seconds beforeStart; // now = start − this
    GoalState state;
    bool postingAllowed;
    bool cancelScheduled;
};

class SupporterGoal : public testing::TestWithParam<GoalRow>
{
};

const Time::Instant start = *Time::parseInstant(QStringLiteral("2027-02-14T17:00:00Z"));

TEST_P(SupporterGoal, DecidesWhetherFansPost)
{
    const GoalRow &row = GetParam();
    Campaign campaign;
    campaign.start = start;
    campaign.goal = row.goal;
    campaign.allOrNothing = row.allOrNothing;
    const GoalStatus status = goalStatus(campaign, row.participants, start - row.beforeStart);
    EXPECT_EQ(status.state, row.state);
    EXPECT_EQ(status.postingAllowed, row.postingAllowed);
    EXPECT_EQ(status.cancelScheduled, row.cancelScheduled);
    EXPECT_EQ(status.goal, row.goal);
    EXPECT_EQ(status.participants, row.participants);
    if (row.allOrNothing) {
        EXPECT_EQ(status.decidesAt, start - 10min);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Rows, SupporterGoal,
    testing::Values(
        GoalRow {"NoGoalNeverHoldsBack", 0, false, 3, 1h, GoalState::NoGoal, true, false},
        GoalRow {"NoGoalAndNoCount", 0, false, std::nullopt, 0s, GoalState::NoGoal, true, false},
        GoalRow {"InformativeGoalNotMet", 5000, false, 1234, 0s, GoalState::Open, true, false},
        GoalRow {"InformativeGoalMet", 5000, false, 5000, 0s, GoalState::Met, true, false},
        GoalRow {"AllOrNothingBeforeTheDecision", 5000, true, 4800, 11min, GoalState::Open, true,
                 false},
        GoalRow {"AllOrNothingOneSecondBefore", 5000, true, 4800, 601s, GoalState::Open, true,
                 false},
        GoalRow {"AllOrNothingMissedAtTheDecision", 5000, true, 4999, 10min, GoalState::Missed,
                 false, true},
        GoalRow {"AllOrNothingMissedAtTheStart", 5000, true, 10, 0s, GoalState::Missed, false,
                 true},
        GoalRow {"AllOrNothingMetExactly", 5000, true, 5000, 10min, GoalState::Met, true, false},
        GoalRow {"AllOrNothingMetEarly", 5000, true, 6000, 2h, GoalState::Met, true, false},
        GoalRow {"AllOrNothingUnknownBeforeTheDecisionWaits", 5000, true, std::nullopt, 1h,
                 GoalState::Open, true, false},
        GoalRow {"AllOrNothingUnknownAfterTheDecisionNeverPosts", 5000, true, std::nullopt, 5min,
                 GoalState::Unknown, false, true}),
    [](const testing::TestParamInfo<GoalRow> &row) { return row.param.name; });

} // namespace
