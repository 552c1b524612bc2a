// Countdown phases and reminders at exact edges.
#include "testutil.h"

#include "plan/countdown.h"

using namespace Chorus::Plan;
using namespace Chorus::Test;
using namespace std::chrono;

namespace {

const char *const start = "2027-02-14T17:00:00Z";
const std::vector<minutes> reminders {minutes {1440}, minutes {60}, minutes {10}};

CountdownState stateAt(const char *now, const std::vector<minutes> &list = reminders)
{
    return countdownState(at(start), minutes {60}, list, at(now));
}

TEST(Countdown, BeforeTheStart)
{
    const auto state = stateAt("2027-02-14T16:30:00Z");
    EXPECT_EQ(state.phase, Phase::Before);
    EXPECT_EQ(state.timeToStart, minutes {30});
    EXPECT_EQ(state.timeToEnd, minutes {90});
    EXPECT_EQ(state.progress, 0);
    ASSERT_TRUE(state.nextReminder);
    EXPECT_EQ(state.nextReminder->at, at("2027-02-14T16:50:00Z"));
    EXPECT_EQ(state.nextReminder->before, minutes {10});
    EXPECT_EQ(state.nextReminder->index, 2u);
}

TEST(Countdown, OneSecondBeforeTheStart)
{
    const auto state = stateAt("2027-02-14T16:59:59Z");
    EXPECT_EQ(state.phase, Phase::Before);
    EXPECT_EQ(state.timeToStart, seconds {1});
    EXPECT_FALSE(state.nextReminder);
}

TEST(Countdown, TheStartInstantIsLive)
{
    const auto state = stateAt(start);
    EXPECT_EQ(state.phase, Phase::Live);
    EXPECT_EQ(state.timeToStart, seconds {0});
    EXPECT_EQ(state.timeToEnd, minutes {60});
    EXPECT_EQ(state.progress, 0);
}

TEST(Countdown, ProgressThroughTheHour)
{
    const auto state = stateAt("2027-02-14T17:15:00Z");
    EXPECT_EQ(state.phase, Phase::Live);
    EXPECT_EQ(state.progress, 0.25);
    EXPECT_EQ(state.timeToEnd, minutes {45});
    EXPECT_FALSE(state.nextReminder);
    EXPECT_EQ(stateAt("2027-02-14T17:59:59Z").phase, Phase::Live);
}

TEST(Countdown, TheEndInstantHasEnded)
{
    const auto state = stateAt("2027-02-14T18:00:00Z");
    EXPECT_EQ(state.phase, Phase::Ended);
    EXPECT_EQ(state.timeToEnd, seconds {0});
    EXPECT_EQ(state.progress, 1);
    EXPECT_EQ(stateAt("2027-03-01T00:00:00Z").phase, Phase::Ended);
}

TEST(Countdown, AReminderIsNextUntilItsOwnInstantPasses)
{
    EXPECT_EQ(stateAt("2027-02-14T16:50:00Z").nextReminder->before, minutes {10}) << "due now";
    EXPECT_FALSE(stateAt("2027-02-14T16:50:01Z").nextReminder);
    EXPECT_EQ(stateAt("2027-02-14T15:59:59Z").nextReminder->before, minutes {60});
    EXPECT_EQ(stateAt("2027-02-10T00:00:00Z").nextReminder->before, minutes {1440});
}

TEST(Countdown, RemindersInAnyOrder)
{
    const std::vector<minutes> shuffled {minutes {10}, minutes {1440}, minutes {60}, minutes {60}};
    const auto state = stateAt("2027-02-13T18:00:00Z", shuffled);
    ASSERT_TRUE(state.nextReminder);
    EXPECT_EQ(state.nextReminder->before, minutes {60});
    EXPECT_EQ(state.nextReminder->index, 2u) << "the first listed among equals";
    EXPECT_FALSE(stateAt("2027-02-13T18:00:00Z", {}).nextReminder);
}

} // namespace
