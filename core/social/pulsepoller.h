#pragma once

#include "checkin/minutes.h"
#include "pulse.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Chorus::Social {

class BlueskyClient;

/// The organizer's own Bluesky account, for search: Bluesky closed
/// unauthenticated search in 2025, so `app.bsky.feed.searchPosts` is asked
/// through the account's own server (PDS) with its session.
struct BlueskyAccount
{
    QUrl service {QStringLiteral("https://bsky.social")};
    QString handle;
    QString appPassword; ///< an app password, never the account's own
};

/// What to read and how politely. Every source is optional; each is named in
/// the result by `name` (its host and port as the organizer gave it).
struct PulseConfig
{
    QString hashtag; ///< "#AlitaSequel"
    Checkin::MinuteRange range;
    QList<QUrl> mastodonServers; ///< base URLs, "https://mastodon.social"
    std::optional<BlueskyAccount> bluesky;
    std::optional<QUrl> checkinService; ///< a `serve`, for /api/v1/stats/minutes
    /// In the app: the organizer's own store answers directly instead.
    std::function<Expected<Checkin::PostedMinutes>(const Checkin::MinuteRange &)> localCheckins;
    /// Requests per source per round: Mastodon allows 300 requests in 5
    /// minutes, so 50 a round at one round a minute stays well inside it.
    int maxPagesPerRound = 50;
    /// Requests kept back from a server's remaining budget.
    qint64 rateLimitReserve = 5;
    /// How long one request may take before the source counts as unreachable.
    int timeoutMs = 15000;
};

/// Reads the pulse from the network, one round at a time: each round asks
/// every source that is not waiting out a rate limit, in parallel, and
/// emits roundFinished() once all have answered. A source that fails never
/// stops the others; it is reported (SourceReport) and tried again next round.
///
/// - Mastodon: each server's `GET /api/v1/timelines/tag/:tag`, 40 a page,
///   newest first, following the `Link` header (`max_id`) back until the
///   start of the range; later rounds follow it forward from the newest
///   status seen (`min_id`), and finish a backward walk a rate limit cut
///   short. A 401 (the server wants a token for its tag timelines) is
///   reported and the server skipped for good.
/// - Bluesky: a session (`com.atproto.server.createSession` with the app
///   password, through BlueskyClient), then `app.bsky.feed.searchPosts` pages by `cursor`, the
///   tally filtering each post itself.
/// - Check-ins: `GET /api/v1/stats/minutes` with `If-None-Match`, or
///   PulseConfig::localCheckins.
///
/// A 429, or a budget run down to the reserve, makes the source wait until
/// the time its headers give (rateLimitAdvice()); "now" comes from the
/// injected clock, never from the system.
class PulsePoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PulsePoller)

public:
    PulsePoller(PulseConfig config, QNetworkAccessManager *network, std::function<QDateTime()> now,
                QObject *parent = nullptr);
    ~PulsePoller() override;

    /// Starts a round; ignored while one is running.
    void poll();
    [[nodiscard]] bool polling() const;
    /// True once every source has read all of the range it could (or failed
    /// or was skipped) and none is waiting on a rate limit.
    [[nodiscard]] bool caughtUp() const;
    /// The earliest time a waiting source may be asked again (invalid if none waits).
    [[nodiscard]] QDateTime nextAllowed() const;

    [[nodiscard]] const PulseTally &tally() const;
    [[nodiscard]] PulseColumns columns() const;
    [[nodiscard]] QList<SourceReport> sources() const;

Q_SIGNALS:
    /// While a round runs: `pages` answered so far in it, over all sources.
    void progress(int pages);
    void roundFinished();

private:
    struct Source;
    void startMastodon(Source &source);
    void mastodonPage(Source &source, const QUrl &url, bool backward);
    void startBluesky(Source &source);
    void blueskyPage(Source &source, const QString &cursor);
    void startCheckins(Source &source);
    QNetworkReply *get(const QUrl &url, const QByteArray &bearer = {},
                       const QByteArray &ifNoneMatch = {});
    /// Handles a rate limit or failure common to every source; true when
    /// the reply was a success the caller should read.
    bool accept(Source &source, QNetworkReply *reply, int status);
    void finish(Source &source);

    PulseConfig m_config;
    QNetworkAccessManager *m_network;
    std::function<QDateTime()> m_now;
    PulseTally m_tally;
    std::vector<std::unique_ptr<Source>> m_sources;
    std::unique_ptr<BlueskyClient> m_blueskyClient; ///< signs in (created when asked)
    int m_running = 0;
    int m_pagesThisRound = 0;
};

/// "mastodon.social", "127.0.0.1:8080": how the pulse names a source, its
/// host with the port when one was given.
[[nodiscard]] QString sourceName(const QUrl &url);

/// Reads a source URL from the command line or a form: `mastodon.social`
/// means `https://mastodon.social`; plain `http://` only for loopback
/// (tests, a service on the same machine). The error names `field`.
[[nodiscard]] Expected<QUrl> parseSourceUrl(QStringView text, const QString &field);

} // namespace Chorus::Social
