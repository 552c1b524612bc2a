#pragma once

#include "error.h"
#include "social/clockoffset.h"
#include "text/postlength.h"
#include "time/instant.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <expected>
#include <functional>
#include <optional>
#include <variant>

class QNetworkAccessManager;
class QNetworkReply;

namespace Chorus::Social {

/// A failure talking to a Mastodon server, sorted by what the caller can do
/// about it. `message` is one sentence for the fan that names the server and
/// says what to do ("mastodon.social refused the access token (revoked?):
/// connect the account again").
struct MastodonError
{
    enum class Kind {
        Network, ///< no answer, a broken answer or a timeout: retry
        Server, ///< 5xx: retry
        RateLimited, ///< 429: retry after `retryAfter`
        Unauthorized, ///< 401: the token is unknown or revoked
        Forbidden, ///< 403: the token lacks a scope
        NotFound, ///< 404
        DailyLimit, ///< 422: 25 scheduled statuses on that UTC day already
        TotalLimit, ///< 422: 300 scheduled statuses pending already
        TooLong, ///< the text is over the server's character limit
        TooClose, ///< the start is under 6 minutes away by the server's clock
        HourOver, ///< the campaign's hour has ended: nothing is posted any more
        Refused, ///< another 4xx (a validation error, a bad request)
        BadAnswer, ///< an answer that is not what Mastodon sends
    };
    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString message;
    std::chrono::seconds retryAfter {0}; ///< from Retry-After or X-RateLimit-Reset (429)

    /// Network errors, 5xx and 429 may succeed when tried again.
    [[nodiscard]] bool retryable() const;
    /// As a Chorus::Error with the field "mastodon".
    [[nodiscard]] Error toError() const;
};

template<typename T> using MastodonResult = std::expected<T, MastodonError>;

/// An app registered on one server (POST /api/v1/apps).
struct MastodonApp
{
    QString clientId;
    QString clientSecret;
    QStringList redirectUris;
    QStringList scopes;
};

/// The account a token belongs to. `server` is the instance's host (with the
/// port when it is not the scheme's default); handle() is `user@server`.
struct MastodonAccount
{
    QString id;
    QString username;
    QString server;
    /// "alita_fan@mastodon.social": how Chorus names the account and what makes
    /// two tokens the same account.
    [[nodiscard]] QString handle() const;
};

/// A status waiting on the server (the ScheduledStatus entity). `idempotency`
/// is the Idempotency-Key it was created with (params.idempotency), or empty.
struct MastodonScheduledStatus
{
    QString id;
    Time::Instant scheduledAt {};
    QString text;
    QString visibility;
    QString idempotency;
};

/// A published status (the Status entity). `text` is its content as plain
/// text (Mastodon returns HTML; see plainTextFromHtml()). `createdAt` keeps
/// the milliseconds the server gives.
struct MastodonStatus
{
    QString id;
    QString uri;
    QString url;
    std::chrono::sys_time<std::chrono::milliseconds> createdAt {};
    QString text;
    QString visibility;
};

/// Reads a ScheduledStatus entity; the error names the missing field.
[[nodiscard]] Expected<MastodonScheduledStatus> parseScheduledStatus(const QJsonObject &object);
/// Reads a Status entity; the error names the missing field.
[[nodiscard]] Expected<MastodonStatus> parseStatus(const QJsonObject &object);
/// Mastodon's datetime ("2019-12-05T11:34:47.196Z") to the millisecond.
[[nodiscard]] std::optional<std::chrono::sys_time<std::chrono::milliseconds>>
parseMastodonDatetime(QStringView text);
/// A status's HTML content as the text that was posted: `<br>` is a line
/// break, a new `<p>` two, other tags are dropped and entities decoded, so
/// "<p>Hi <a href=…>#<span>Tag</span></a></p>" is "Hi #Tag".
[[nodiscard]] QString plainTextFromHtml(QStringView html);
/// The `rel="next"` URL of a Link header, if any.
[[nodiscard]] std::optional<QUrl> nextPageUrl(QByteArrayView linkHeader);
/// Sorts an HTTP answer into a MastodonError: `status` 0 is a network error
/// (`networkError` says which). Mastodon's `{"error":"…"}` text is kept in the
/// message; 422s about the limits become DailyLimit / TotalLimit with a
/// message the fan can act on. `server` names the server in the message.
[[nodiscard]] MastodonError classifyMastodonAnswer(int status, QByteArrayView body,
                                                   QByteArrayView retryAfter,
                                                   const QString &networkError,
                                                   const QString &server);

/// The base URL of an instance from what a fan types ("mastodon.social",
/// "https://fosstodon.org"): https only, except plain http for loopback hosts
/// (the tests' servers), as `measure --instance` does. The error names `field`.
[[nodiscard]] Expected<QUrl> mastodonBaseUrl(QStringView text,
                                             const QString &field = QStringLiteral("--instance"));

/// One Mastodon server's REST API as Chorus uses it, over the network manager
/// the caller passes in. Every call answers through its callback exactly once,
/// never from within the call. Nothing is retried here: the jobs built on it
/// (MastodonScheduleJob, MastodonPostJob) decide what is safe to repeat.
///
/// The server's clock: the first answer that carries a Date (whatever the
/// call) fixes clockOffset(), corrected by half that exchange's round trip
/// (Social::estimateClockOffset); serverNow() is the injected clock moved by
/// it. Only the server's clock decides whether a start is too close to
/// schedule, because Mastodon decides with its own.
class MastodonClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MastodonClient)

public:
    template<typename T> using Callback = std::function<void(MastodonResult<T>)>;
    /// A status published at once, or one scheduled.
    using Created = std::variant<MastodonStatus, MastodonScheduledStatus>;

    /// `baseUrl` as mastodonBaseUrl() makes it; `now` is the local clock.
    MastodonClient(QUrl baseUrl, QNetworkAccessManager *network, Time::Clock now,
                   QObject *parent = nullptr);
    ~MastodonClient() override;

    [[nodiscard]] QUrl baseUrl() const { return m_base; }
    /// The host (and port) that names the server in messages and handles.
    [[nodiscard]] QString serverName() const;
    void setAccessToken(const QString &token) { m_token = token; }
    /// How long one request may go without progress.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// How far the server's clock is ahead of ours, from the first answer with
    /// a Date; none before.
    [[nodiscard]] std::optional<ClockOffset> clockOffset() const { return m_offset; }
    /// The server's time now: the local clock corrected by clockOffset()
    /// (the local clock itself until an answer came).
    [[nodiscard]] std::chrono::system_clock::time_point serverNow() const;
    /// The earliest the server's time can be now: serverNow() less the
    /// estimate's uncertainty (Date has whole seconds), so waiting for an
    /// instant by it never acts before that instant on the server.
    [[nodiscard]] std::chrono::system_clock::time_point serverNowEarliest() const;

    /// POST /api/v1/apps with these redirect URIs and scopes.
    void registerApp(const QString &clientName, const QStringList &redirectUris,
                     const QStringList &scopes, const QString &website, Callback<MastodonApp> done);
    /// POST /oauth/token (authorization_code, with the PKCE verifier): the access token.
    void exchangeCode(const MastodonApp &app, const QString &code, const QString &redirectUri,
                      const QString &codeVerifier, Callback<QString> done);
    /// GET /api/v1/accounts/verify_credentials (needs the `profile` scope).
    void verifyCredentials(Callback<MastodonAccount> done);
    /// GET /api/v2/instance: the character limit and the per-URL count.
    void instanceLimits(Callback<Text::MastodonLimits> done);
    /// Every scheduled status of the account: GET /api/v1/scheduled_statuses,
    /// 40 a page, following the Link header (at most 10 pages: Mastodon keeps
    /// at most 300).
    void scheduledStatuses(Callback<QList<MastodonScheduledStatus>> done);
    /// POST /api/v1/statuses, `visibility=public` always sent (otherwise the
    /// account's default applies), with `scheduled_at` when given and the
    /// Idempotency-Key. Mastodon answers a Status when `scheduled_at` is under
    /// 5 minutes ahead (it publishes at once), a ScheduledStatus otherwise.
    void createStatus(const QString &text, std::optional<Time::Instant> scheduledAt,
                      const QString &idempotencyKey, Callback<Created> done);
    /// PUT /api/v1/scheduled_statuses/:id with a new `scheduled_at`.
    void updateScheduled(const QString &id, Time::Instant scheduledAt,
                         Callback<MastodonScheduledStatus> done);
    /// DELETE /api/v1/scheduled_statuses/:id: true if it was there, false on 404.
    void deleteScheduled(const QString &id, Callback<bool> done);
    /// The account's statuses created at or after `since`, newest first:
    /// GET /api/v1/accounts/:id/statuses, paging back until an older one
    /// (at most `maxPages` pages of 40).
    void accountStatuses(const QString &accountId,
                         std::chrono::sys_time<std::chrono::milliseconds> since,
                         Callback<QList<MastodonStatus>> done, int maxPages = 10);

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray retryAfter;
        QByteArray link;
        QString networkError;
    };
    using Handler = std::function<void(const Answer &)>;
    void send(const QByteArray &method, const QUrl &url, const QByteArray &body,
              const QByteArray &contentType,
              const QList<std::pair<QByteArray, QByteArray>> &headers, Handler handler);
    [[nodiscard]] QUrl api(const QString &path) const;
    [[nodiscard]] Millis millisNow() const;
    [[nodiscard]] MastodonError errorOf(const Answer &answer) const;
    void collectScheduled(const QUrl &url, QList<MastodonScheduledStatus> sofar, int page,
                          Callback<QList<MastodonScheduledStatus>> done);
    void collectStatuses(const QUrl &url, std::chrono::sys_time<std::chrono::milliseconds> since,
                         QList<MastodonStatus> sofar, int pagesLeft,
                         Callback<QList<MastodonStatus>> done);

    QUrl m_base;
    QNetworkAccessManager *m_network;
    Time::Clock m_now;
    QString m_token;
    std::chrono::milliseconds m_timeout {15000};
    std::optional<ClockOffset> m_offset;
};

} // namespace Chorus::Social
