#pragma once

#include "social/mastodonclient.h"
#include "time/instant.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QTimer;

namespace Chorus::Social {

/// Mastodon publishes at once a status scheduled under 5 minutes ahead, so
/// Chorus never schedules closer than this by the server's clock; inside the
/// margin the post is made at the instant instead (MastodonPostJob).
inline constexpr std::chrono::seconds mastodonScheduleMargin {360};

/// One fan's post for one campaign on one Mastodon account: the campaign's
/// identity (its hashtag case-folded, as the calendar UID uses it), the text
/// this fan posts, and the campaign's hour.
struct MastodonCampaignPost
{
    QString campaignId;
    QString text;
    Time::Instant start {};
    Time::Instant end {};
};

/// The Idempotency-Key of a campaign's post on one account:
/// `chorus-<24 hex>-<24 hex>`, the first part from the campaign and the
/// account alone (it finds the campaign's scheduled status again, see
/// mastodonCampaignKeyPrefix()), the second from the campaign, the account,
/// the start and the text. Mastodon returns the first object for a key it saw
/// in the last hour whatever the new parameters are, so a key without the
/// start would swallow a moved start, and one without the text an edited
/// template. `account` is MastodonAccount::handle().
[[nodiscard]] QString mastodonIdempotencyKey(const QString &campaignId, const QString &account,
                                             Time::Instant start, const QString &text);
/// `chorus-<24 hex>-`: what every key of this campaign on this account starts with.
[[nodiscard]] QString mastodonCampaignKeyPrefix(const QString &campaignId, const QString &account);

/// The campaign's scheduled statuses among `all`: those whose
/// params.idempotency starts with the campaign's key prefix, and, on servers
/// that do not echo the key, those whose text is exactly `text`.
[[nodiscard]] QList<MastodonScheduledStatus>
campaignScheduled(const QList<MastodonScheduledStatus> &all, const QString &keyPrefix,
                  const QString &text);

/// What `schedule` does, decided from the campaign's scheduled statuses on
/// the account and the server's time:
/// - at least 6 minutes (mastodonScheduleMargin) before the start: keep the
///   one already at the start with this text (Keep), else move one with this
///   text (Update), else create (Create); every other one is deleted;
/// - closer: keep one already right (Keep, exit 0 for the CLI) or delete them
///   all (TooClose), because Mastodon would publish a new or moved one at once.
struct SchedulePlan
{
    enum class Action { Create, Update, Keep, TooClose };
    Action action = Action::Create;
    QString id; ///< the status kept or updated
    QStringList deleteIds; ///< the campaign's other scheduled statuses
    std::chrono::seconds untilStart {0}; ///< by the server's clock
};
[[nodiscard]] SchedulePlan planSchedule(const QList<MastodonScheduledStatus> &campaigns,
                                        const MastodonCampaignPost &post,
                                        std::chrono::system_clock::time_point serverNow);

/// How patient a job is with a failing server: retryable failures (network,
/// 5xx, 429) wait `firstRetry`, doubling up to `maxRetryDelay` (a Retry-After
/// longer than that is honoured). Scheduling gives up after `maxAttempts`;
/// posting keeps trying until its hour ends.
struct MastodonRetry
{
    std::chrono::milliseconds firstRetry {1000};
    std::chrono::milliseconds maxRetryDelay {30000};
    int maxAttempts = 5;
};

/// The outcome of a schedule or cancel run.
struct ScheduleOutcome
{
    enum class Kind { Created, Updated, Unchanged, Cancelled, NothingToCancel };
    Kind kind = Kind::Created;
    MastodonScheduledStatus status; ///< the one scheduled (not for the cancel kinds)
    QString id; ///< the scheduled status created, kept, moved or cancelled
    MastodonAccount account;
};

/// Keeps exactly one scheduled status for a campaign on one account, or
/// cancels it, through `client` (with its token set). Every run reads the
/// account's scheduled statuses first (reconcile), so a run whose answer was
/// lost (the server stored the status, the answer never came) finds that
/// status on its retry instead of making a second one; the Idempotency-Key
/// covers the same case on the server's side. Before scheduling, the text is
/// measured against the server's own limit (/api/v2/instance).
/// finished() or failed() comes exactly once per run.
class MastodonScheduleJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MastodonScheduleJob)

public:
    explicit MastodonScheduleJob(MastodonClient *client, MastodonRetry retry = {},
                                 QObject *parent = nullptr);
    ~MastodonScheduleJob() override;

    void schedule(const MastodonCampaignPost &post);
    void cancel(const MastodonCampaignPost &post);

Q_SIGNALS:
    void finished(const Chorus::Social::ScheduleOutcome &outcome);
    /// TooClose (the start is under 6 minutes away by the server's clock;
    /// post at the instant instead), TooLong, DailyLimit, TotalLimit,
    /// Unauthorized, or the last retryable failure once attempts ran out.
    void failed(const Chorus::Social::MastodonError &error);

private:
    void start();
    void reconcile();
    void apply(const QList<MastodonScheduledStatus> &campaigns);
    void deleteNext(QStringList ids, std::function<void()> then);
    void create();
    void retryOrFail(const MastodonError &error);
    void finish(ScheduleOutcome outcome);
    void failWith(const MastodonError &error);

    MastodonClient *m_client;
    MastodonRetry m_retry;
    QTimer *m_timer;
    MastodonCampaignPost m_post;
    bool m_cancel = false;
    bool m_running = false;
    int m_attempt = 0;
    std::optional<MastodonAccount> m_account;
    QString m_key;
    QString m_cancelledId;
};

/// The outcome of posting at the instant.
struct PostOutcome
{
    MastodonStatus status;
    bool alreadyPosted = false; ///< an earlier run (or the scheduled status) posted it
    MastodonAccount account;
};

/// Posts a campaign's text at an instant, exactly once, through `client`.
///
/// It reads the server's limits and the account, waits until `at` by the
/// server's clock (by the earliest it can read: never before `at`), then: deletes the campaign's
/// scheduled status (so the server does not publish it too); looks through the account's statuses
/// since an hour before `at` for one with exactly this text (then it reports
/// `alreadyPosted` and posts nothing); otherwise posts with the
/// Idempotency-Key, which makes a retry after a lost answer, or a rerun
/// within the server's hour, return the first status. Retryable failures are
/// retried until the posting window ends — the campaign's hour, or when `at`
/// lies outside it, as long a window from `at` — then reported. Nothing is
/// posted once the window is over (HourOver). Until a first answer gives the
/// server's clock, the local clock stands in for the window's end.
class MastodonPostJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MastodonPostJob)

public:
    explicit MastodonPostJob(MastodonClient *client, MastodonRetry retry = {},
                             QObject *parent = nullptr);
    ~MastodonPostJob() override;

    /// Posts at `at`, or with none as soon as the server's clock is known
    /// (but not before the campaign's start).
    void post(const MastodonCampaignPost &post, std::optional<Time::Instant> at);

Q_SIGNALS:
    /// The account is known and the job waits for `at` (by the server's clock).
    void waiting(const Chorus::Social::MastodonAccount &account, Chorus::Time::Instant at);
    /// A retryable failure; the job tries again after `delay`.
    void retrying(const Chorus::Social::MastodonError &error, std::chrono::milliseconds delay);
    void finished(const Chorus::Social::PostOutcome &outcome);
    void failed(const Chorus::Social::MastodonError &error);

private:
    void prepare();
    void setInstant(Time::Instant at);
    void waitForInstant();
    void send();
    void retryOrFail(const MastodonError &error, std::function<void()> again);
    void failWith(const MastodonError &error);
    [[nodiscard]] bool windowOver() const;

    MastodonClient *m_client;
    MastodonRetry m_retry;
    QTimer *m_timer;
    MastodonCampaignPost m_post;
    Time::Instant m_at {};
    bool m_atNow = false;
    Time::Instant m_windowEnd {};
    int m_attempt = 0;
    bool m_running = false;
    std::optional<MastodonAccount> m_account;
    std::optional<std::chrono::system_clock::time_point> m_firstSend;
};

} // namespace Chorus::Social
