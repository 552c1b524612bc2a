// "Post for me": what the app decides to do for one account's post, at
// injected server times, and the ledger that keeps a restart from posting twice.
#include "social/postingplan.h"

#include "campaign/campaign.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono;
using namespace Chorus;
using namespace Chorus::Social;
using State = PostingRecord::State;

namespace {
const Time::Instant start = sys_days(2027y / 2 / 14) + 17h;
const Time::Instant end = start + 1h;

PostingRecord wanted()
{
    return {State::Wanted};
}
PostingRecord scheduledFor(Time::Instant at)
{
    return {State::Scheduled, u"42"_s, at};
}
PostingDecision decide(bool mastodon, const PostingRecord &record, system_clock::time_point now,
                       const Plan::GoalStatus &goal = {})
{
    return decidePosting(mastodon, record, start, end, now, goal);
}
} // namespace

TEST(PostingPlan, MastodonIsScheduledOnTheServerSixMinutesAheadOrMore)
{
    EXPECT_EQ(decide(true, wanted(), start - 1h).action, PostingAction::Schedule);
    EXPECT_EQ(decide(true, wanted(), start - 360s).action, PostingAction::Schedule);
    // Already scheduled for this start: nothing to do.
    EXPECT_EQ(decide(true, scheduledFor(start), start - 1h).action, PostingAction::Nothing);
    // The start moved: schedule again (the job moves the status).
    EXPECT_EQ(decide(true, scheduledFor(start - 1h), start - 2h).action, PostingAction::Schedule);
}

TEST(PostingPlan, InsideTheMarginTheAppPostsAtTheInstantUnlessTheServerHoldsIt)
{
    const PostingDecision close = decide(true, wanted(), start - 359s);
    EXPECT_EQ(close.action, PostingAction::PostAtInstant);
    EXPECT_EQ(close.at, start);
    EXPECT_EQ(decide(true, scheduledFor(start), start - 60s).action, PostingAction::Nothing);
    // Scheduled for an old start that moved to within 6 minutes: posted from here.
    EXPECT_EQ(decide(true, scheduledFor(start + 1h), start - 60s),
              (PostingDecision {PostingAction::PostAtInstant, start}));
}

TEST(PostingPlan, AnEditedTextReplacesTheScheduledStatus)
{
    const QString text = u"We want the sequel! #AlitaSequel"_s;
    const PostingRecord held {State::Scheduled, u"42"_s, start, {}, false, text};
    const auto decideText = [](const PostingRecord &record, system_clock::time_point now,
                               const QString &textNow) {
        return decidePosting(true, record, start, end, now, {}, textNow).action;
    };
    EXPECT_EQ(decideText(held, start - 1h, text), PostingAction::Nothing);
    // The template was edited: the server holds the old text.
    EXPECT_EQ(decideText(held, start - 1h, u"Edited #AlitaSequel"_s), PostingAction::Schedule);
    // Inside the margin too: the stale status must go now (the schedule job
    // deletes it and leaves the post to the app at the instant).
    EXPECT_EQ(decideText(held, start - 60s, u"Edited #AlitaSequel"_s), PostingAction::Schedule);
    EXPECT_EQ(decideText(held, start - 60s, text), PostingAction::Nothing);
    // A record from before texts were kept: the server is asked while there
    // is time, and trusted inside the margin.
    EXPECT_EQ(decideText(scheduledFor(start), start - 1h, text), PostingAction::Schedule);
    EXPECT_EQ(decideText(scheduledFor(start), start - 60s, text), PostingAction::Nothing);
    // No text to compare: as before.
    EXPECT_EQ(decideText(held, start - 1h, {}), PostingAction::Nothing);
    // Posted stays posted whatever the text.
    EXPECT_EQ(decideText({State::Posted, {}, {}, u"https://m.test/@a/1"_s}, start + 1min,
                         u"Edited"_s),
              PostingAction::AlreadyPosted);
}

TEST(PostingPlan, BlueskyPostsAtTheStartOrAtOnceWithinTheHour)
{
    EXPECT_EQ(decide(false, wanted(), start - 5h),
              (PostingDecision {PostingAction::PostAtInstant, start}));
    EXPECT_EQ(decide(false, wanted(), start + 12min),
              (PostingDecision {PostingAction::PostAtInstant, start + 12min}));
}

TEST(PostingPlan, NeverOutsideTheHourAndNeverTwice)
{
    EXPECT_EQ(decide(false, wanted(), end).action, PostingAction::HourOver);
    EXPECT_EQ(decide(true, wanted(), end + 1s).action, PostingAction::HourOver);
    const PostingRecord posted {State::Posted, {}, {}, u"https://bsky.app/profile/a/post/b"_s};
    for (const auto now : {start - 1h, start + 0s, start + 5min})
        for (const bool mastodon : {false, true})
            EXPECT_EQ(decide(mastodon, posted, now).action, PostingAction::AlreadyPosted);
}

TEST(PostingPlan, NotWantedOrCancelledDoesNothing)
{
    EXPECT_EQ(decide(false, {}, start).action, PostingAction::Nothing);
    EXPECT_EQ(decide(true, {State::Cancelled}, start - 1h).action, PostingAction::Nothing);
    // A cancel that did not reach the server is sent again (after a restart).
    EXPECT_EQ(decide(true, {State::Cancelled, u"42"_s}, start - 1h).action,
              PostingAction::CancelScheduled);
}

TEST(PostingPlan, AMissedAllOrNothingGoalCancelsAndPostsNothing)
{
    Campaign campaign;
    campaign.start = start;
    campaign.goal = 5000;
    campaign.allOrNothing = true;
    const auto decisionTime = start - 10min;
    // Before the decision: the goal does not hold anything back yet.
    const Plan::GoalStatus open = Plan::goalStatus(campaign, 10, decisionTime - 1s);
    EXPECT_EQ(decide(true, wanted(), decisionTime - 1s, open).action, PostingAction::Schedule);
    const Plan::GoalStatus missed = Plan::goalStatus(campaign, 4999, decisionTime);
    EXPECT_EQ(decide(true, scheduledFor(start), decisionTime, missed).action,
              PostingAction::CancelScheduled);
    EXPECT_EQ(decide(false, wanted(), start, missed).action, PostingAction::GoalMissed);
    const Plan::GoalStatus unknown = Plan::goalStatus(campaign, std::nullopt, start);
    EXPECT_EQ(decide(false, wanted(), start, unknown).action, PostingAction::GoalMissed);
    const Plan::GoalStatus met = Plan::goalStatus(campaign, 5000, start);
    EXPECT_EQ(decide(false, wanted(), start, met).action, PostingAction::PostAtInstant);
}

TEST(PostingLedger, RecordsSurviveARestartAndForgettingAnAccountDropsThem)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"Chorus.conf"_s);
    const PostingRecord posted {State::Posted, {}, {}, u"https://x.test/@a/1"_s, true};
    const PostingRecord sched {State::Scheduled, u"42"_s, start, {}, false, u"Now! #Alita"_s};
    {
        QSettings settings(ini, QSettings::IniFormat);
        PostingLedger ledger(settings);
        ledger.setRecord("#alitasequel", u"bluesky:did:plc:abc"_s, posted);
        ledger.setRecord("#alitasequel", u"mastodon:a@m.test"_s, sched);
        ledger.setRecord("#other/x", u"mastodon:a@m.test"_s, wanted());
    }
    QSettings settings(ini, QSettings::IniFormat);
    PostingLedger ledger(settings);
    EXPECT_EQ(ledger.record("#alitasequel", u"bluesky:did:plc:abc"_s), posted);
    EXPECT_EQ(ledger.record("#alitasequel", u"mastodon:a@m.test"_s), sched);
    EXPECT_EQ(ledger.record("#other/x", u"mastodon:a@m.test"_s), wanted());
    EXPECT_EQ(ledger.record("#unknown", u"mastodon:a@m.test"_s), PostingRecord {});
    ledger.forgetAccount(u"mastodon:a@m.test"_s);
    EXPECT_EQ(ledger.record("#alitasequel", u"mastodon:a@m.test"_s), PostingRecord {});
    EXPECT_EQ(ledger.record("#other/x", u"mastodon:a@m.test"_s), PostingRecord {});
    EXPECT_EQ(ledger.record("#alitasequel", u"bluesky:did:plc:abc"_s), posted);
}
