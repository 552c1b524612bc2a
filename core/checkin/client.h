#pragma once

#include "error.h"
#include "participant.h"
#include "tokenstore.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace Chorus::Checkin {

/// How the client retries and polls. Delays are base values: each poll is
/// spread by ±`jitter` (a fraction) so that thousands of fans opened at the
/// same minute do not poll in lockstep, and doubles after each failure up to
/// `maxBackoff`.
struct ClientOptions
{
    std::chrono::milliseconds pollInterval {15'000};
    double jitter = 0.2;
    std::chrono::milliseconds maxBackoff {300'000};
    std::chrono::milliseconds retryDelay {1'000}; ///< first retry of a join or check-in
    int maxAttempts = 5; ///< per join or check-in
    int clockSamples = 8; ///< Date samples kept for the clock check
};

/// One estimate of how far the local clock is off the service's.
/// `offset` is local minus server: +120 s means the local clock is 2 min fast.
/// `uncertainty` bounds the error: half the round trip plus half a second,
/// since the Date header has whole seconds only (RFC 9110 IMF-fixdate).
struct ClockOffset
{
    std::chrono::milliseconds offset {0};
    std::chrono::milliseconds uncertainty {0};
};

/// Estimates the offset from one exchange: the request left at local time
/// `sent`, the answer arrived at `received` and carried `serverDate` (whole
/// seconds, truncated). The server wrote its Date somewhere in the round trip;
/// taking the middle, it stood at `sent + rtt/2` locally while the server's
/// clock read `serverDate + 0.5 s` on average. Worked example: sent 17:00:00.000,
/// received 17:00:00.200 (rtt 200 ms), Date 16:58:00 → the local clock is
/// (17:00:00.100) − (16:58:00.500) = +119.6 s fast, ± 0.6 s.
[[nodiscard]] ClockOffset estimateClockOffset(const QDateTime &sent, const QDateTime &received,
                                              const QDateTime &serverDate);

/// "your clock is 2 min fast", "your clock is 45 s slow", or an empty string
/// when the offset is within `tolerance` (plus the estimate's uncertainty), so
/// a countdown only warns when the warning is certain.
[[nodiscard]] QString describeClockOffset(const ClockOffset &estimate,
                                          std::chrono::seconds tolerance
                                          = std::chrono::seconds(30));

/// Reads the body of GET /api/v1/stats.
[[nodiscard]] Expected<Stats> parseStats(const QByteArray &json);

/// A fan's side of the check-in service: join (once per campaign: the id and
/// token are remembered in a TokenStore), check in, and poll the figures.
///
/// Retries are safe. A join carries an Idempotency-Key that is saved before
/// the first attempt and reused by every retry (also after an app restart),
/// so a join whose answer was lost gets the same participant and token back
/// (200) instead of a second participant or a 409. Check-ins only move a
/// status forward, so repeating one changes nothing. Joins and check-ins are
/// retried on network errors, 429 (after Retry-After) and 5xx, up to
/// `maxAttempts`.
///
/// Every answer's Date header feeds the clock check (clockOffset()); the
/// sample with the shortest round trip of the last few wins, since its
/// estimate is the tightest. Time comes from the injected `now`.
class Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)

public:
    using Clock = std::function<QDateTime()>;
    /// Returns a number in [0, 1) for poll jitter.
    using Random = std::function<double()>;

    Client(QUrl service, QNetworkAccessManager *network, TokenStore *tokens, Clock now,
           ClientOptions options = {}, Random random = {}, QObject *parent = nullptr);
    ~Client() override;

    [[nodiscard]] QUrl service() const { return m_service; }
    [[nodiscard]] std::optional<Membership> membership() const;

    /// Joins, or answers at once with the remembered membership.
    void join(const QString &handle, const QString &platform, const QString &zone);
    /// Checks in; joinFailed-style errors come as checkInFailed. A "posted"
    /// check-in may carry the post's address (`post_url`, see
    /// checkPostUrl()); empty sends none.
    void checkIn(Status status, const QString &postUrl = {});

    /// Polls GET /api/v1/stats now and then every pollInterval (jittered),
    /// backing off after failures; uses If-None-Match so unchanged figures
    /// cost a 304.
    void startPolling();
    void stopPolling();
    /// The delay before the next poll, as last scheduled (for tests).
    [[nodiscard]] std::chrono::milliseconds nextPollDelay() const { return m_nextPollDelay; }

    /// The best clock estimate so far, if any answer carried a Date.
    [[nodiscard]] std::optional<ClockOffset> clockOffset() const;

Q_SIGNALS:
    /// The device is in: a new participant, a recovered join or a remembered one.
    void joined(const Chorus::Checkin::Membership &membership);
    /// The join was refused (field named: handle, platform, zone) or every
    /// attempt failed (field "service").
    void joinFailed(const Chorus::Error &error);
    /// Recorded; `status` is the participant's status now (never backwards).
    void checkedIn(Chorus::Checkin::Status status);
    void checkInFailed(const Chorus::Error &error);
    /// New figures (not emitted when the service answered 304).
    void statsChanged(const Chorus::Checkin::Stats &stats);
    /// A poll failed; the next one is already scheduled, later (backoff).
    void pollFailed(const Chorus::Error &error);
    /// After every answer that carried a Date: the best estimate so far.
    void clockOffsetChanged(const Chorus::Checkin::ClockOffset &estimate);

private:
    struct Sent;
    void sendJoin(QByteArray body, QByteArray key, int attempt);
    void sendCheckIn(Status status, const QString &postUrl, int attempt);
    void poll();
    void schedulePoll(bool failed);
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QList<std::pair<QByteArray, QByteArray>> &headers);
    void sampleClock(QNetworkReply *reply);
    [[nodiscard]] std::chrono::milliseconds retryDelay(QNetworkReply *reply, int attempt) const;

    QUrl m_service;
    QNetworkAccessManager *m_network;
    TokenStore *m_tokens;
    Clock m_now;
    ClientOptions m_options;
    Random m_random;
    QTimer *m_pollTimer;
    bool m_polling = false;
    bool m_pollInFlight = false;
    int m_pollFailures = 0;
    std::chrono::milliseconds m_nextPollDelay {0};
    QByteArray m_statsEtag;
    std::deque<std::pair<std::chrono::milliseconds, ClockOffset>> m_clockSamples; // rtt, estimate
};

} // namespace Chorus::Checkin
