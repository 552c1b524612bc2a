#pragma once

#include "plan/supportergoal.h"
#include "time/instant.h"

#include <QString>

#include <chrono>
#include <optional>

class QSettings;

namespace Chorus::Social {

/// What "Post for me" last did for one campaign on one account, remembered
/// across restarts (see PostingLedger) so that a restart never posts twice.
/// Nothing in it is secret.
struct PostingRecord
{
    enum class State {
        None, ///< the fan has not asked for a post
        Wanted, ///< asked for; nothing on any server yet (Bluesky waits for the instant)
        Scheduled, ///< a Mastodon scheduled status waits on the server
        Posted, ///< the post is out: never again for this campaign and account
        Cancelled, ///< the fan cancelled, or the goal was missed
    };
    PostingRecord() = default;
    PostingRecord(State state_, QString scheduledId_ = {},
                  std::optional<Time::Instant> scheduledFor_ = {}, QString url_ = {},
                  bool checkedIn_ = false, QString scheduledText_ = {})
        : state(state_)
        , scheduledId(std::move(scheduledId_))
        , scheduledFor(scheduledFor_)
        , url(std::move(url_))
        , checkedIn(checkedIn_)
        , scheduledText(std::move(scheduledText_))
    { }

    State state = State::None;
    /// The Mastodon scheduled status, when Scheduled, or Cancelled before the
    /// server confirmed the delete.
    QString scheduledId;
    std::optional<Time::Instant> scheduledFor; ///< the start it was scheduled for
    QString url; ///< the post's web address, when Posted
    /// posted() was announced while its campaign was open, so "posted" went
    /// to that campaign's check-in service (a post made while another
    /// campaign was open is announced when its own opens again).
    bool checkedIn = false;
    /// The text the scheduled status holds, when Scheduled: an edited template
    /// makes it stale, and the status is replaced. Empty in records made
    /// before it was kept: then the server is asked (while that can still
    /// change anything).
    QString scheduledText;

    friend bool operator==(const PostingRecord &, const PostingRecord &) = default;
};

/// What the app should do now for one account's post.
enum class PostingAction {
    Nothing, ///< nothing to do (not wanted, or the server already holds the right schedule)
    Schedule, ///< create or move the Mastodon scheduled status to the start
    PostAtInstant, ///< post from this machine at `at` (keep the app running until then)
    CancelScheduled, ///< delete the Mastodon scheduled status (cancelled, or the goal missed)
    AlreadyPosted, ///< the post is out: do nothing, ever
    HourOver, ///< the campaign's hour has ended without a post: nothing is posted any more
    GoalMissed, ///< all or nothing and the goal was not met: nothing is posted
};

/// The decision and when it applies.
struct PostingDecision
{
    PostingDecision() = default;
    PostingDecision(PostingAction action_, Time::Instant at_ = {})
        : action(action_)
        , at(at_)
    { }

    PostingAction action = PostingAction::Nothing;
    Time::Instant at {}; ///< for PostAtInstant: the instant to post at (server clock)
    friend bool operator==(const PostingDecision &, const PostingDecision &) = default;
};

/// Decides what to do for one account's post of a campaign whose hour is
/// `[start, end)`, at `serverNow` (the account server's clock, not the
/// machine's), given what was done before (`record`) and the supporter goal.
///
/// - Posted stays posted: a restart, a moved start or a new goal never posts again.
/// - Never asked: nothing. After the hour: nothing (HourOver), whatever was asked.
/// - Cancelled with the scheduled status's id still recorded: delete it
///   (the earlier delete did not get through), else nothing.
/// - The goal not allowing posts (all or nothing, missed or unknown at the
///   decision): a scheduled status is cancelled, nothing is posted.
/// - Mastodon at least 6 minutes (mastodonScheduleMargin) before the start by
///   the server's clock: schedule on the server (Nothing when it already holds
///   one for this start with this `text`); closer, one already scheduled for
///   this start stays (the server posts it) unless its text is known to
///   differ from `text` (Schedule: the schedule job deletes the stale one at
///   once and, being too close, leaves the post to the app at the instant),
///   otherwise the app posts at the start itself. An empty `text` is not
///   compared.
/// - Bluesky: post at the start, or at once when the hour is already on
///   (a machine that woke late).
[[nodiscard]] PostingDecision decidePosting(bool mastodon, const PostingRecord &record,
                                            Time::Instant start, Time::Instant end,
                                            std::chrono::system_clock::time_point serverNow,
                                            const Plan::GoalStatus &goal,
                                            const QString &text = {});

/// The PostingRecords of every campaign and account, in QSettings (group
/// `posting`), keyed by the campaign's identity and the account's key. The
/// settings are passed in and must outlive the ledger.
class PostingLedger
{
public:
    explicit PostingLedger(QSettings &settings)
        : m_settings(settings)
    { }

    [[nodiscard]] PostingRecord record(const QByteArray &campaign, const QString &account) const;
    void setRecord(const QByteArray &campaign, const QString &account, const PostingRecord &record);
    /// Drops every record of `account` (after "Forget this account").
    void forgetAccount(const QString &account);

private:
    [[nodiscard]] static QString group(const QByteArray &campaign, const QString &account);
    QSettings &m_settings;
};

} // namespace Chorus::Social
