#include "mastodonschedule.h"

#include "text/postlength.h"

#include <QCryptographicHash>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Social {

namespace {

QString hex24(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

QString timeOfDay(Time::Instant at)
{
    return Time::formatUtc(at);
}

/// How long the next retry waits: doubling from firstRetry, capped, and at
/// least what the server asked for.
milliseconds retryDelay(const MastodonRetry &retry, int attempt, const MastodonError &error)
{
    milliseconds delay = retry.firstRetry;
    for (int i = 1; i < attempt && delay < retry.maxRetryDelay; ++i)
        delay *= 2;
    delay = std::min(delay, retry.maxRetryDelay);
    return std::max(delay, duration_cast<milliseconds>(error.retryAfter));
}

MastodonError tooLongError(const QString &server, const Text::PostLength &length)
{
    return {MastodonError::Kind::TooLong, 0,
            u"the post is %1 characters and %2 takes at most %3: shorten the template"_s
                .arg(length.length)
                .arg(server)
                .arg(length.limit)};
}

} // namespace

QString mastodonCampaignKeyPrefix(const QString &campaignId, const QString &account)
{
    return u"chorus-"_s + hex24(campaignId + u'\n' + account) + u'-';
}

QString mastodonIdempotencyKey(const QString &campaignId, const QString &account,
                               Time::Instant start, const QString &text)
{
    return mastodonCampaignKeyPrefix(campaignId, account)
        + hex24(campaignId + u'\n' + account + u'\n' + Time::formatUtc(start) + u'\n' + text);
}

QList<MastodonScheduledStatus> campaignScheduled(const QList<MastodonScheduledStatus> &all,
                                                 const QString &keyPrefix, const QString &text)
{
    QList<MastodonScheduledStatus> mine;
    for (const MastodonScheduledStatus &scheduled : all) {
        if (scheduled.idempotency.startsWith(keyPrefix)
            || (scheduled.idempotency.isEmpty() && scheduled.text == text))
            mine.append(scheduled);
    }
    return mine;
}

SchedulePlan planSchedule(const QList<MastodonScheduledStatus> &campaigns,
                          const MastodonCampaignPost &post, system_clock::time_point serverNow)
{
    SchedulePlan plan;
    plan.untilStart = duration_cast<seconds>(post.start - serverNow);
    // A remaining 359.4 s is under 6 minutes: compare before rounding.
    const bool tooClose = post.start - serverNow < mastodonScheduleMargin;
    const auto right = std::find_if(campaigns.begin(), campaigns.end(), [&](const auto &s) {
        return s.scheduledAt == post.start && s.text == post.text;
    });
    const auto sameText = std::find_if(campaigns.begin(), campaigns.end(),
                                       [&](const auto &s) { return s.text == post.text; });
    QString keep;
    if (right != campaigns.end()) {
        plan.action = SchedulePlan::Action::Keep;
        keep = right->id;
    } else if (tooClose) {
        plan.action = SchedulePlan::Action::TooClose;
    } else if (sameText != campaigns.end()) {
        plan.action = SchedulePlan::Action::Update;
        keep = sameText->id;
    } else {
        plan.action = SchedulePlan::Action::Create;
    }
    plan.id = keep;
    for (const auto &scheduled : campaigns) {
        if (scheduled.id != keep)
            plan.deleteIds.append(scheduled.id);
    }
    return plan;
}

// --- MastodonScheduleJob -----------------------------------------------------

MastodonScheduleJob::MastodonScheduleJob(MastodonClient *client, MastodonRetry retry,
                                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_retry(retry)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
}

MastodonScheduleJob::~MastodonScheduleJob() = default;

void MastodonScheduleJob::schedule(const MastodonCampaignPost &post)
{
    m_post = post;
    m_cancel = false;
    start();
}

void MastodonScheduleJob::cancel(const MastodonCampaignPost &post)
{
    m_post = post;
    m_cancel = true;
    start();
}

void MastodonScheduleJob::start()
{
    m_running = true;
    m_attempt = 0;
    m_account.reset();
    m_cancelledId.clear();
    QPointer<MastodonScheduleJob> self(this);
    auto afterLimits = [this, self] {
        if (!self)
            return;
        m_client->verifyCredentials([this, self](MastodonResult<MastodonAccount> account) {
            if (!self)
                return;
            if (!account)
                return retryOrFail(account.error());
            m_account = *account;
            m_key = mastodonIdempotencyKey(m_post.campaignId, account->handle(), m_post.start,
                                           m_post.text);
            reconcile();
        });
    };
    if (m_cancel)
        return afterLimits();
    m_client->instanceLimits(
        [this, self, afterLimits](MastodonResult<Text::MastodonLimits> limits) {
            if (!self)
                return;
            if (!limits)
                return retryOrFail(limits.error());
            const Text::PostLength length = Text::measureMastodon(m_post.text, *limits);
            if (!length.valid)
                return failWith(tooLongError(m_client->serverName(), length));
            afterLimits();
        });
}

void MastodonScheduleJob::reconcile()
{
    QPointer<MastodonScheduleJob> self(this);
    m_client->scheduledStatuses([this, self](MastodonResult<QList<MastodonScheduledStatus>> all) {
        if (!self)
            return;
        if (!all)
            return retryOrFail(all.error());
        apply(campaignScheduled(
            *all, mastodonCampaignKeyPrefix(m_post.campaignId, m_account->handle()), m_post.text));
    });
}

void MastodonScheduleJob::apply(const QList<MastodonScheduledStatus> &campaigns)
{
    if (m_cancel) {
        QStringList ids;
        for (const auto &scheduled : campaigns)
            ids.append(scheduled.id);
        if (ids.isEmpty()) {
            ScheduleOutcome outcome;
            outcome.kind = m_cancelledId.isEmpty() ? ScheduleOutcome::Kind::NothingToCancel
                                                   : ScheduleOutcome::Kind::Cancelled;
            outcome.id = m_cancelledId;
            return finish(outcome);
        }
        if (m_cancelledId.isEmpty())
            m_cancelledId = ids.first();
        return deleteNext(ids, [this] {
            ScheduleOutcome outcome;
            outcome.kind = ScheduleOutcome::Kind::Cancelled;
            outcome.id = m_cancelledId;
            finish(outcome);
        });
    }
    const SchedulePlan plan = planSchedule(campaigns, m_post, m_client->serverNow());
    const auto kept = std::find_if(campaigns.begin(), campaigns.end(),
                                   [&](const auto &s) { return s.id == plan.id; });
    switch (plan.action) {
    case SchedulePlan::Action::Keep:
        return deleteNext(plan.deleteIds, [this, status = *kept] {
            ScheduleOutcome outcome;
            outcome.kind = ScheduleOutcome::Kind::Unchanged;
            outcome.status = status;
            outcome.id = status.id;
            finish(outcome);
        });
    case SchedulePlan::Action::TooClose:
        return deleteNext(plan.deleteIds, [this, plan] {
            const qint64 left = plan.untilStart.count();
            const QString when
                = left >= 0 ? u"starts in %1 s"_s.arg(left) : u"started %1 s ago"_s.arg(-left);
            failWith({MastodonError::Kind::TooClose, 0,
                      u"the campaign %1 by %2's clock, under the 6 minutes Mastodon needs to "
                      "schedule (it would publish at once)%3: post at the start with `chorus-cli "
                      "post … --platform mastodon` instead"_s.arg(
                          when, m_client->serverName(),
                          plan.deleteIds.isEmpty()
                              ? QString()
                              : u"; the status scheduled at the wrong time was deleted"_s)});
        });
    case SchedulePlan::Action::Update:
        return deleteNext(plan.deleteIds, [this, id = plan.id] {
            QPointer<MastodonScheduleJob> self(this);
            m_client->updateScheduled(id, m_post.start,
                                      [this, self](MastodonResult<MastodonScheduledStatus> moved) {
                                          if (!self)
                                              return;
                                          if (!moved)
                                              return retryOrFail(moved.error());
                                          ScheduleOutcome outcome;
                                          outcome.kind = ScheduleOutcome::Kind::Updated;
                                          outcome.status = *moved;
                                          outcome.id = moved->id;
                                          finish(outcome);
                                      });
        });
    case SchedulePlan::Action::Create:
        return deleteNext(plan.deleteIds, [this] { create(); });
    }
}

void MastodonScheduleJob::deleteNext(QStringList ids, std::function<void()> then)
{
    if (ids.isEmpty())
        return then();
    const QString id = ids.takeFirst();
    QPointer<MastodonScheduleJob> self(this);
    m_client->deleteScheduled(id, [this, self, ids, then](MastodonResult<bool> deleted) {
        if (!self)
            return;
        if (!deleted)
            return retryOrFail(deleted.error());
        deleteNext(ids, then);
    });
}

void MastodonScheduleJob::create()
{
    QPointer<MastodonScheduleJob> self(this);
    m_client->createStatus(
        m_post.text, m_post.start, m_key,
        [this, self](MastodonResult<MastodonClient::Created> created) {
            if (!self)
                return;
            if (!created) {
                // A key whose first object was since deleted (cancelled, then
                // scheduled again within the hour) is not found: schedule
                // afresh under a key of the same campaign.
                if (created.error().kind == MastodonError::Kind::NotFound
                    && !m_key.contains(u'.')) {
                    m_key += u'.'
                        + QString::number(
                                 duration_cast<seconds>(m_client->serverNow().time_since_epoch())
                                     .count());
                    return create();
                }
                return retryOrFail(created.error());
            }
            if (const auto *status = std::get_if<MastodonStatus>(&*created)) {
                // The server published at once: its clock put the start under
                // 5 minutes away although it was 6 when Chorus looked.
                return failWith(
                    {MastodonError::Kind::TooClose, 0,
                     u"%1 published the post at once (%2) instead of scheduling it: its "
                     "clock moved past the margin"_s.arg(m_client->serverName(), status->url)});
            }
            const auto &scheduled = std::get<MastodonScheduledStatus>(*created);
            ScheduleOutcome outcome;
            outcome.kind = ScheduleOutcome::Kind::Created;
            outcome.status = scheduled;
            outcome.id = scheduled.id;
            finish(outcome);
        });
}

void MastodonScheduleJob::retryOrFail(const MastodonError &error)
{
    if (!error.retryable() || ++m_attempt >= m_retry.maxAttempts)
        return failWith(error);
    m_timer->disconnect(this);
    // Read the account's scheduled statuses again before anything else: the
    // step that failed may have been carried out.
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_account)
            start();
        else
            reconcile();
    });
    m_timer->start(retryDelay(m_retry, m_attempt, error));
}

void MastodonScheduleJob::finish(ScheduleOutcome outcome)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_account)
        outcome.account = *m_account;
    Q_EMIT finished(outcome);
}

void MastodonScheduleJob::failWith(const MastodonError &error)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT failed(error);
}

// --- MastodonPostJob ---------------------------------------------------------

MastodonPostJob::MastodonPostJob(MastodonClient *client, MastodonRetry retry, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_retry(retry)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
}

MastodonPostJob::~MastodonPostJob() = default;

void MastodonPostJob::post(const MastodonCampaignPost &post, std::optional<Time::Instant> at)
{
    m_post = post;
    m_atNow = !at;
    setInstant(at.value_or(floor<seconds>(m_client->serverNow())));
    m_attempt = 0;
    m_running = true;
    m_account.reset();
    m_firstSend.reset();
    prepare();
}

void MastodonPostJob::setInstant(Time::Instant at)
{
    m_at = at;
    const auto length = m_post.end - m_post.start;
    m_windowEnd = (at >= m_post.start && at < m_post.end) ? m_post.end : at + length;
}

bool MastodonPostJob::windowOver() const
{
    return m_client->serverNow() >= m_windowEnd;
}

void MastodonPostJob::prepare()
{
    QPointer<MastodonPostJob> self(this);
    m_client->instanceLimits([this, self](MastodonResult<Text::MastodonLimits> limits) {
        if (!self)
            return;
        if (!limits)
            return retryOrFail(limits.error(), [this] { prepare(); });
        const Text::PostLength length = Text::measureMastodon(m_post.text, *limits);
        if (!length.valid)
            return failWith(tooLongError(m_client->serverName(), length));
        QPointer<MastodonPostJob> again(this);
        m_client->verifyCredentials([this, again](MastodonResult<MastodonAccount> account) {
            if (!again)
                return;
            if (!account)
                return retryOrFail(account.error(), [this] { prepare(); });
            m_account = *account;
            if (m_atNow) // now by the server's clock, never before the start
                setInstant(std::max(floor<seconds>(m_client->serverNow()), m_post.start));
            Q_EMIT waiting(*m_account, m_at);
            waitForInstant();
        });
    });
}

void MastodonPostJob::waitForInstant()
{
    if (windowOver())
        return failWith({MastodonError::Kind::HourOver, 0,
                         u"the campaign's hour ended at %1 by %2's clock: nothing was posted"_s.arg(
                             timeOfDay(m_windowEnd), m_client->serverName())});
    // Never early: wait until even the earliest the server's clock can read
    // is at the instant.
    const auto left = duration_cast<milliseconds>(m_at - m_client->serverNowEarliest());
    if (left <= 0ms)
        return send();
    m_timer->disconnect(this);
    connect(m_timer, &QTimer::timeout, this, &MastodonPostJob::waitForInstant);
    // Wake at most hourly and look again: a QTimer's range ends at 24 days,
    // and the machine may sleep in between.
    m_timer->start(std::min(left, milliseconds(hours(1))));
}

void MastodonPostJob::send()
{
    if (windowOver())
        return failWith({MastodonError::Kind::HourOver, 0,
                         u"the campaign's hour ended at %1 by %2's clock: nothing was posted"_s.arg(
                             timeOfDay(m_windowEnd), m_client->serverName())});
    const QString handle = m_account->handle();
    const QString key
        = mastodonIdempotencyKey(m_post.campaignId, handle, m_post.start, m_post.text);
    QPointer<MastodonPostJob> self(this);
    auto again = [this] {
        send();
    };
    m_client->scheduledStatuses([this, self, handle, key,
                                 again](MastodonResult<QList<MastodonScheduledStatus>> all) {
        if (!self)
            return;
        if (!all)
            return retryOrFail(all.error(), again);
        QStringList ids;
        for (const auto &scheduled : campaignScheduled(
                 *all, mastodonCampaignKeyPrefix(m_post.campaignId, handle), m_post.text))
            ids.append(scheduled.id);
        auto deleteThen = std::make_shared<std::function<void(QStringList)>>();
        *deleteThen = [this, self, handle, key, again, deleteThen](QStringList left) {
            if (!self)
                return;
            if (!left.isEmpty()) {
                const QString id = left.takeFirst();
                return m_client->deleteScheduled(
                    id, [this, self, left, again, deleteThen](MastodonResult<bool> deleted) {
                        if (!self)
                            return;
                        if (!deleted)
                            return retryOrFail(deleted.error(), again);
                        (*deleteThen)(left);
                    });
            }
            const auto since = sys_time<milliseconds>(std::min(m_at, m_post.start)) - hours(1);
            m_client->accountStatuses(
                m_account->id, since,
                [this, self, key, again](MastodonResult<QList<MastodonStatus>> mine) {
                    if (!self)
                        return;
                    if (!mine)
                        return retryOrFail(mine.error(), again);
                    const auto found = std::find_if(mine->begin(), mine->end(), [&](const auto &s) {
                        return s.text.trimmed() == m_post.text.trimmed();
                    });
                    if (found != mine->end()) {
                        // Posted by an earlier run, or by this one before an
                        // answer was lost.
                        const bool earlier
                            = !m_firstSend || found->createdAt + seconds(5) < *m_firstSend;
                        m_running = false;
                        return Q_EMIT finished(PostOutcome {*found, earlier, *m_account});
                    }
                    if (!m_firstSend)
                        m_firstSend = m_client->serverNow();
                    m_client->createStatus(
                        m_post.text, std::nullopt, key,
                        [this, self, again](MastodonResult<MastodonClient::Created> created) {
                            if (!self)
                                return;
                            if (!created)
                                return retryOrFail(created.error(), again);
                            const auto *status = std::get_if<MastodonStatus>(&*created);
                            if (!status)
                                return failWith(
                                    {MastodonError::Kind::BadAnswer, 200,
                                     u"%1 scheduled the post instead of publishing it"_s.arg(
                                         m_client->serverName())});
                            // The key's first status, from before this run's
                            // first attempt: an earlier run posted it.
                            const bool earlier = status->createdAt + seconds(5) < *m_firstSend;
                            m_running = false;
                            Q_EMIT finished(PostOutcome {*status, earlier, *m_account});
                        });
                });
        };
        (*deleteThen)(ids);
    });
}

void MastodonPostJob::retryOrFail(const MastodonError &error, std::function<void()> again)
{
    if (!error.retryable())
        return failWith(error);
    ++m_attempt;
    const milliseconds delay = retryDelay(m_retry, m_attempt, error);
    if (m_client->serverNow() + delay >= m_windowEnd) {
        MastodonError last = error;
        last.message
            = u"%1; retried until the campaign's hour ended at %2 (by %3's clock): nothing "
              "was posted"_s.arg(error.message, timeOfDay(m_windowEnd), m_client->serverName());
        // Wait out the window so "until the hour ends" holds, then report.
        const auto left = duration_cast<milliseconds>(m_windowEnd - m_client->serverNow());
        m_timer->disconnect(this);
        connect(m_timer, &QTimer::timeout, this, [this, last] { failWith(last); });
        m_timer->start(std::max(left, 0ms));
        return;
    }
    Q_EMIT retrying(error, delay);
    m_timer->disconnect(this);
    connect(m_timer, &QTimer::timeout, this, std::move(again));
    m_timer->start(delay);
}

void MastodonPostJob::failWith(const MastodonError &error)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT failed(error);
}

} // namespace Chorus::Social
