#include "blueskyposter.h"

#include "social/bluesky.h"

#include <QDateTime>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Social {

namespace {

const QString postCollection = u"app.bsky.feed.post"_s;
// Five answers a fifth of a second apart catch the server's Date turning to
// the next second, which narrows its offset from ±0.5 s to about ±0.1 s.
constexpr int clockSamples = 5;
constexpr milliseconds clockSampleSpacing {210};
// Long waits wake this often, so a clock that was set or a machine that slept
// is noticed.
constexpr milliseconds longestSleep {60'000};

QString utcText(Millis at)
{
    return QDateTime::fromMSecsSinceEpoch(at.time_since_epoch().count(), QTimeZone::utc())
        .toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

QString seconds(milliseconds wait)
{
    return QString::number(double(wait.count()) / 1000.0, 'f', wait < 10s ? 1 : 0) + u" s"_s;
}

} // namespace

BlueskyPoster::BlueskyPoster(QNetworkAccessManager *network, Time::Clock clock, QObject *parent)
    : QObject(parent)
    , m_client(new BlueskyClient(network, clock, this))
    , m_clock(std::move(clock))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
}

BlueskyPoster::~BlueskyPoster() = default;

Millis BlueskyPoster::serverNow() const
{
    return m_client->serverNow();
}

Millis BlueskyPoster::instant() const
{
    return m_instant.value_or(Millis(m_request.windowStart));
}

Millis BlueskyPoster::hourEnd() const
{
    return Millis(m_request.windowEnd);
}

void BlueskyPoster::after(milliseconds wait, std::function<void()> then)
{
    m_timer->disconnect();
    connect(m_timer, &QTimer::timeout, this, [this, then = std::move(then)] {
        if (!m_done)
            then();
    });
    m_timer->start(int(std::clamp(wait, 0ms, longestSleep).count()));
}

void BlueskyPoster::cancel()
{
    m_done = true;
    m_timer->stop();
}

void BlueskyPoster::start(const BlueskyPostRequest &request)
{
    m_request = request;
    m_done = false;
    m_synced = false;
    m_creates = 0;
    m_failures = 0;
    m_instant.reset();
    if (!request.service.isEmpty()) {
        signIn(request.service, 1);
        return;
    }
    Q_EMIT progress(tr("Finding the server of %1").arg(request.handle));
    m_client->resolveHandle(request.handle, [this](BlueskyResult<QString> did) {
        if (m_done)
            return;
        if (!did) {
            failWith(BlueskyPostError::Kind::Account, did.error().message);
            return;
        }
        m_client->resolveService(*did, [this, did = *did](BlueskyResult<QUrl> service) {
            if (m_done)
                return;
            if (!service) {
                failWith(BlueskyPostError::Kind::Account,
                         tr("%1 is %2, but its server cannot be found: %3")
                             .arg(m_request.handle, did, service.error().message));
                return;
            }
            signIn(*service, 1);
        });
    });
}

void BlueskyPoster::signIn(const QUrl &service, int attempt)
{
    m_client->createSession(
        service, m_request.handle, m_request.appPassword,
        [this, service, attempt](BlueskyResult<BlueskySession> session) {
            if (m_done)
                return;
            if (!session) {
                const BlueskyError &error = session.error();
                if (error.transient()) {
                    retryLater(error.retryAfter.value_or(retryBackoff(attempt)), error,
                               [this, service, attempt] { signIn(service, attempt + 1); });
                    return;
                }
                failWith(error.kind == BlueskyError::Kind::Auth ? BlueskyPostError::Kind::Auth
                                                                : BlueskyPostError::Kind::Refused,
                         error.message);
                return;
            }
            m_rkey = postRecordKey(m_request.campaign, session->did);
            const Millis start(m_request.windowStart);
            m_instant = std::max(m_request.at ? Millis(*m_request.at) : serverNow(), start);
            Q_EMIT progress(tr("Signed in as %1 (%2) on %3")
                                .arg(session->handle, session->did, service.host()));
            lookForEarlierPost(1);
        });
}

void BlueskyPoster::lookForEarlierPost(int attempt)
{
    m_client->getRecord(
        postCollection, m_rkey, [this, attempt](BlueskyResult<BlueskyRecord> found) {
            if (m_done)
                return;
            if (found) {
                succeed(*found, true);
                return;
            }
            const BlueskyError &error = found.error();
            if (error.kind == BlueskyError::Kind::NotFound) {
                waitForInstant();
                return;
            }
            if (error.transient()) {
                retryLater(error.retryAfter.value_or(retryBackoff(attempt)), error,
                           [this, attempt] { lookForEarlierPost(attempt + 1); });
                return;
            }
            failWith(error.kind == BlueskyError::Kind::Auth ? BlueskyPostError::Kind::Auth
                                                            : BlueskyPostError::Kind::Refused,
                     error.message);
        });
}

void BlueskyPoster::waitForInstant()
{
    const Millis now = serverNow();
    if (now >= hourEnd()) {
        failWith(BlueskyPostError::Kind::HourOver,
                 tr("the campaign's hour ended at %1 (it is %2 by the server's clock); Chorus "
                    "never posts after the hour, so nothing was posted")
                     .arg(utcText(hourEnd()), utcText(now)));
        return;
    }
    const milliseconds remaining = instant() - now;
    if (remaining <= 0ms) {
        post();
        return;
    }
    if (!m_synced && remaining <= m_syncLead) {
        m_synced = true;
        syncClock(clockSamples);
        return;
    }
    if (!m_synced)
        Q_EMIT progress(tr("Waiting until %1 to post (%2 from now)")
                            .arg(utcText(instant()), seconds(remaining)));
    after(m_synced ? remaining : std::min(remaining - m_syncLead, longestSleep),
          [this] { waitForInstant(); });
}

void BlueskyPoster::syncClock(int samples)
{
    // First the session (an access token that expired while we waited is
    // renewed now, not at the instant), then a few more Date samples.
    m_client->checkSession([this, samples](BlueskyResult<BlueskySession> session) {
        if (m_done)
            return;
        if (!session && session.error().kind == BlueskyError::Kind::Auth) {
            failWith(BlueskyPostError::Kind::Auth, session.error().message);
            return;
        }
        auto remaining = std::make_shared<int>(samples);
        auto probe = std::make_shared<std::function<void()>>();
        *probe = [this, remaining, probe] {
            if (m_done)
                return;
            if (--*remaining < 0 || !m_client->session()) {
                waitForInstant();
                return;
            }
            m_client->sampleClock(m_client->session()->service, [this, probe] {
                if (m_done)
                    return;
                QTimer::singleShot(clockSampleSpacing, Qt::PreciseTimer, this,
                                   [probe] { (*probe)(); });
            });
        };
        (*probe)();
    });
}

void BlueskyPoster::post()
{
    const Millis now = serverNow();
    if (now >= hourEnd()) {
        waitForInstant(); // reports the hour's end
        return;
    }
    ++m_creates;
    m_lastSent = m_client->localNow();
    const QJsonObject record = postRecord(m_request.text, now);
    m_client->createRecord(postCollection, m_rkey, record,
                           [this](BlueskyResult<BlueskyRecord> created) {
                               if (m_done)
                                   return;
                               if (created) {
                                   succeed(*created, false);
                                   return;
                               }
                               afterFailedCreate(created.error());
                           });
}

void BlueskyPoster::afterFailedCreate(const BlueskyError &error)
{
    switch (error.kind) {
    case BlueskyError::Kind::Auth:
        failWith(BlueskyPostError::Kind::Auth, error.message);
        return;
    case BlueskyError::Kind::RateLimited:
        // Nothing was written; wait as long as the server asks.
        retryLater(error.retryAfter.value_or(retryBackoff(++m_failures)), error,
                   [this] { post(); });
        return;
    default:
        // The post may have been written before the answer was lost (or this
        // is the server refusing a second record under the key): look first.
        confirm(1, error);
        return;
    }
}

void BlueskyPoster::confirm(int attempt, const BlueskyError &cause)
{
    m_client->getRecord(
        postCollection, m_rkey, [this, attempt, cause](BlueskyResult<BlueskyRecord> found) {
            if (m_done)
                return;
            if (found) {
                succeed(*found, false);
                return;
            }
            const BlueskyError &error = found.error();
            if (error.kind == BlueskyError::Kind::NotFound) {
                if (!cause.transient()) {
                    failWith(BlueskyPostError::Kind::Refused,
                             tr("the server refused the post: %1").arg(cause.message));
                    return;
                }
                retryLater(cause.retryAfter.value_or(retryBackoff(m_creates)), cause,
                           [this] { post(); });
                return;
            }
            if (error.kind == BlueskyError::Kind::Auth) {
                failWith(BlueskyPostError::Kind::Auth, error.message);
                return;
            }
            retryLater(error.retryAfter.value_or(retryBackoff(attempt)), error,
                       [this, attempt, cause] { confirm(attempt + 1, cause); });
        });
}

void BlueskyPoster::retryLater(milliseconds wait, const BlueskyError &cause,
                               std::function<void()> again)
{
    const Millis now = serverNow();
    if (now + wait >= hourEnd()) {
        const QString why = cause.kind == BlueskyError::Kind::RateLimited
            ? tr("the server asks to wait %1, past the hour's end at %2")
                  .arg(seconds(wait), utcText(hourEnd()))
            : tr("it kept failing until the hour's end at %1").arg(utcText(hourEnd()));
        failWith(BlueskyPostError::Kind::Unreachable,
                 tr("nothing was posted: %1 (%2)").arg(why, cause.message));
        return;
    }
    Q_EMIT progress(tr("%1; trying again in %2").arg(cause.message, seconds(wait)));
    after(wait, std::move(again));
}

void BlueskyPoster::succeed(const BlueskyRecord &record, bool alreadyPosted)
{
    m_done = true;
    m_timer->stop();
    BlueskyPostResult result;
    result.uri = record.uri;
    result.did = m_client->session() ? m_client->session()->did : QString();
    result.handle = m_client->session() ? m_client->session()->handle : m_request.handle;
    result.url = postWebUrl(record.uri, result.handle);
    result.text = record.value.value(u"text"_s).toString();
    result.createdAt = record.value.value(u"createdAt"_s).toString();
    result.alreadyPosted = alreadyPosted;
    result.sentAt = m_lastSent;
    result.offset = m_client->clockOffset().value_or(ClockOffset {});
    result.attempts = m_creates;
    if (!alreadyPosted)
        result.lateBy = std::max(0ms, result.offset.toServer(m_lastSent) - instant());
    Q_EMIT posted(result);
}

void BlueskyPoster::failWith(BlueskyPostError::Kind kind, const QString &message)
{
    m_done = true;
    m_timer->stop();
    Q_EMIT failed(BlueskyPostError {kind, message});
}

} // namespace Chorus::Social
