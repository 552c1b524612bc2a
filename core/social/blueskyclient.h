#pragma once

#include "error.h"
#include "social/clockoffset.h"
#include "time/instant.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <expected>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QUrlQuery;

namespace Chorus::Social {

/// Why a Bluesky request failed, so that callers can tell what to retry:
/// the connection (`Network`), the server (`Server`, a 5xx), the credentials
/// (`Auth`: a wrong or revoked app password, a refresh token that expired), a
/// rate limit (`RateLimited`, with the wait the server asked for), something
/// that is not there (`NotFound`) or a request the server refused (`Refused`,
/// a 4xx with XRPC's error name, such as InvalidRequest).
struct BlueskyError
{
    enum class Kind { Network, Server, Auth, RateLimited, NotFound, Refused, BadAnswer };
    Kind kind = Kind::Network;
    int status = 0; ///< the HTTP status, 0 when no answer came
    QString name; ///< XRPC's "error" field ("ExpiredToken", "AuthenticationRequired")
    QString message; ///< one sentence for a person, naming the server and what to do
    std::optional<std::chrono::milliseconds> retryAfter; ///< for RateLimited and 503s

    /// Whether trying again later may work (network errors, 5xx, 429).
    [[nodiscard]] bool transient() const
    {
        return kind == Kind::Network || kind == Kind::Server || kind == Kind::RateLimited;
    }
};

template<typename T> using BlueskyResult = std::expected<T, BlueskyError>;

/// A signed-in Bluesky account: its server, DID and handle, and the tokens.
/// The tokens are secrets: the app keeps them in the keychain, never on disk.
struct BlueskySession
{
    QUrl service; ///< the account's PDS, "https://morel.us-east.host.bsky.network"
    QString did;
    QString handle;
    QString accessJwt;
    QString refreshJwt;
};

/// A record read back from a repository.
struct BlueskyRecord
{
    QString uri; ///< "at://did:plc:…/app.bsky.feed.post/<key>"
    QString cid;
    QJsonObject value;
};

/// Where the client looks for identities. Real Bluesky's defaults; tests point
/// them at loopback servers.
struct BlueskyDirectory
{
    QUrl plc {QStringLiteral("https://plc.directory")}; ///< the did:plc directory
    /// Where a handle's `/.well-known/atproto-did` is asked for: empty asks
    /// `https://<handle>`; a URL sends the request there with the handle as
    /// the Host header (a test server answering for many handles).
    QUrl wellKnownServer;
    bool dns = true; ///< also ask DNS for the `_atproto.<handle>` TXT record
};

/// Bluesky's XRPC API for one account, asynchronously on the caller's event
/// loop (a QCoreApplication in chorus-cli, the GUI's in the app): identity
/// (handle → DID → the account's server), sessions and records. Each call
/// takes a callback that runs once, on this object's thread, unless the
/// client is destroyed first.
///
/// Authenticated calls renew an expired access token themselves: an answer
/// "400 ExpiredToken" makes one refreshSession() and one repeat of the call;
/// sessionChanged() then hands the new tokens out to keep.
///
/// Every answer's Date header feeds clockOffset() (see combineOffsets()), read
/// with the injected clock: the server's clock, not this machine's, decides
/// when the hour starts. Nothing here retries a failed request: the caller
/// knows how long it may keep trying (see BlueskyPoster).
class BlueskyClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlueskyClient)

public:
    template<typename T> using Callback = std::function<void(BlueskyResult<T>)>;

    BlueskyClient(QNetworkAccessManager *network, Time::Clock clock, QObject *parent = nullptr);
    ~BlueskyClient() override;

    void setDirectory(const BlueskyDirectory &directory) { m_directory = directory; }
    /// How long one request may take before it counts as a network error.
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// The DID of `handle`: DNS TXT `_atproto.<handle>` ("did=did:plc:…") and
    /// `https://<handle>/.well-known/atproto-did`, asked at once; the first
    /// DID found wins. NotFound when neither names one.
    void resolveHandle(const QString &handle, Callback<QString> done);
    /// The account server (`#atproto_pds`) in the DID document of `did`
    /// (did:plc from the PLC directory, did:web from its host).
    void resolveService(const QString &did, Callback<QUrl> done);

    /// Signs in at `service` with an identifier (handle or DID) and an app
    /// password (com.atproto.server.createSession). Auth when the password is
    /// wrong or revoked.
    void createSession(const QUrl &service, const QString &identifier, const QString &password,
                       Callback<BlueskySession> done);
    /// Uses a session kept from before (tokens from the keychain).
    void setSession(const BlueskySession &session) { m_session = session; }
    [[nodiscard]] const std::optional<BlueskySession> &session() const { return m_session; }
    /// Renews the tokens (com.atproto.server.refreshSession).
    void refreshSession(Callback<BlueskySession> done);
    /// Checks the session (com.atproto.server.getSession), renewing it when the
    /// access token expired; a cheap request that also samples the clock.
    void checkSession(Callback<BlueskySession> done);

    /// com.atproto.repo.createRecord in the session's repository, with the
    /// record key `rkey`. A second create with the same key fails (the server
    /// holds one record per key): see getRecord().
    void createRecord(const QString &collection, const QString &rkey, const QJsonObject &record,
                      Callback<BlueskyRecord> done);
    /// com.atproto.repo.getRecord; NotFound when there is none with that key.
    void getRecord(const QString &collection, const QString &rkey, Callback<BlueskyRecord> done);

    /// An unauthenticated GET of `/xrpc/_health` at `service`: a cheap way to
    /// sample the server's clock again.
    void sampleClock(const QUrl &service, std::function<void()> done);

    /// The server's clock against ours, from every answer so far; nothing
    /// before the first answer.
    [[nodiscard]] std::optional<ClockOffset> clockOffset() const { return m_offset; }
    /// Forgets the samples (after a long wait, in which either clock may have
    /// been set).
    void resetClockOffset() { m_offset.reset(); }
    /// Now on the server's clock (ours when no answer came yet).
    [[nodiscard]] Millis serverNow() const;
    /// Now on our clock.
    [[nodiscard]] Millis localNow() const;

Q_SIGNALS:
    /// The session got new tokens (signed in or renewed).
    void sessionChanged(const Chorus::Social::BlueskySession &session);

private:
    struct Answer;
    using AnswerHandler = std::function<void(const Answer &)>;
    void call(const QByteArray &method, const QUrl &url, const QByteArray &body,
              const QString &token, AnswerHandler handler);
    void authorized(const QByteArray &method, const QString &nsid, const QUrlQuery *query,
                    const QJsonObject &body, AnswerHandler handler, bool renewed = false);
    [[nodiscard]] QUrl xrpcUrl(const QUrl &service, const QString &nsid) const;

    QNetworkAccessManager *m_network;
    Time::Clock m_clock;
    BlueskyDirectory m_directory;
    std::chrono::milliseconds m_timeout {30'000};
    std::optional<BlueskySession> m_session;
    std::optional<ClockOffset> m_offset;
};

} // namespace Chorus::Social
