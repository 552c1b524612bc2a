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


std::vector<minutes> dueBetween(const char *since, const char *now,
                                const std::vector<minutes> &list = reminders)
{
    std::vector<minutes> due;
    for (const Reminder &reminder : remindersDue(at(start), list, at(since), at(now)))
        due.push_back(reminder.before);
    return due;
}

TEST(RemindersDue, EachFallsDueOnceInTheHalfOpenStretch)
{
    EXPECT_EQ(dueBetween("2027-02-14T15:59:59Z", "2027-02-14T16:00:00Z"),
              std::vector<minutes> {minutes {60}});
    EXPECT_TRUE(dueBetween("2027-02-14T16:00:00Z", "2027-02-14T16:00:01Z").empty())
        << "due at the previous tick, not again";
    EXPECT_EQ(dueBetween("2027-02-14T16:00:00Z", "2027-02-14T16:50:00Z"),
              std::vector<minutes> {minutes {10}});
    EXPECT_TRUE(dueBetween("2027-02-14T16:50:00Z", "2027-02-14T18:00:00Z").empty());
    const auto due = remindersDue(at(start), reminders, at("2027-02-14T16:49:59Z"),
                                  at("2027-02-14T16:50:00Z"));
    ASSERT_EQ(due.size(), 1u);
    EXPECT_EQ(due[0].at, at("2027-02-14T16:50:00Z"));
    EXPECT_EQ(due[0].index, 2u);
}

TEST(RemindersDue, ASleptMachineGetsAllThatPassedInListOrder)
{
    EXPECT_EQ(dueBetween("2027-02-12T00:00:00Z", "2027-02-14T16:45:00Z"),
              (std::vector<minutes> {minutes {1440}, minutes {60}}));
    // The file's order, not the order they fall.
    EXPECT_EQ(dueBetween("2027-02-12T00:00:00Z", "2027-02-14T16:45:00Z",
                         {minutes {10}, minutes {60}, minutes {1440}}),
              (std::vector<minutes> {minutes {60}, minutes {1440}}));
}

TEST(RemindersDue, NothingWhenTheClockGoesBackOrStandsStill)
{
    EXPECT_TRUE(dueBetween("2027-02-14T16:45:00Z", "2027-02-12T00:00:00Z").empty());
    EXPECT_TRUE(dueBetween("2027-02-14T16:00:00Z", "2027-02-14T16:00:00Z").empty());
    EXPECT_TRUE(dueBetween("2027-02-12T00:00:00Z", "2027-02-14T16:45:00Z", {}).empty());
}

TEST(RemindersDue, TheStartComesBetweenTwoTicksOnce)
{
    EXPECT_TRUE(startedBetween(at(start), at("2027-02-14T16:59:59Z"), at(start)));
    EXPECT_FALSE(startedBetween(at(start), at(start), at("2027-02-14T17:00:01Z")));
    EXPECT_FALSE(startedBetween(at(start), at("2027-02-14T16:59:58Z"), at("2027-02-14T16:59:59Z")));
    EXPECT_FALSE(startedBetween(at(start), at("2027-02-14T17:30:00Z"), at("2027-02-14T16:00:00Z")));
}

} // namespace
