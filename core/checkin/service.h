#pragma once

#include "clientaddress.h"
#include "error.h"
#include "httprequest.h"
#include "participant.h"
#include "writer.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace Chorus::Checkin {

/// The limits the service enforces on its own, since Qt 6.4's QHttpServer
/// has none. Tests shrink the timeouts; the defaults suit a public service.
struct Limits
{
    qsizetype maxHeaderBytes = 8 * 1024; ///< request line + headers, else 431
    qsizetype maxBodyBytes = 16 * 1024; ///< else 413
    /// From a request's first byte to its last; a client that trickles bytes
    /// (slowloris) gets 408 and is closed.
    std::chrono::milliseconds readTimeout {10'000};
    /// How long a keep-alive connection may sit between requests.
    std::chrono::milliseconds idleTimeout {30'000};
    int maxConnections = 1000; ///< beyond: 503 and close
    int maxConnectionsPerAddress = 50; ///< beyond: 503 and close
    int joinsPerMinute = 10; ///< per client address, refilled continuously
    int joinBurst = 10; ///< joins an address may make at once
    int maxBatch = 1000; ///< operations per group commit
    /// A streamed participant list whose client takes no bytes for this
    /// long is cut off (a client that never reads cannot pin it).
    std::chrono::milliseconds writeTimeout {30'000};
};

/// What the service serves. The campaign arrives as already-validated bytes
/// (served verbatim by GET /api/v1/campaign); `resolveZone` turns a join's
/// zone into its canonical IANA id or an error naming it (the CLI passes
/// Time::ZoneCatalogue::resolve). `adminTokenHash` is hashToken() of the
/// organizer's token; empty means the admin routes always answer 401. `now`
/// is the clock for check-in timestamps, the Date header and the join rate
/// limit: core never reads the clock itself.
struct ServiceConfig
{
    QByteArray campaignJson;
    std::function<Expected<QByteArray>(QStringView zone)> resolveZone;
    QByteArray adminTokenHash;
    Limits limits;
    std::function<QDateTime()> now;
    /// Zero: the store is this service's alone, and GET /api/v1/stats is
    /// its in-memory aggregate. Above zero: other instances write to the
    /// same store (PostgreSQL), so the figures are read from the database
    /// when the cached ones are older than this; requests that arrive
    /// meanwhile wait for that one read. The CLI uses 1 s for PostgreSQL.
    std::chrono::milliseconds statsMaxAge {0};
    /// Reverse proxies whose forwarding header names the client
    /// (`--trusted-proxy`). Behind one, the join limit and the per-address
    /// connection cap apply to the client's address, and the proxy's own
    /// connections count only against the total cap. Empty: every
    /// forwarding header is ignored.
    TrustedProxies trustedProxies;
    /// The campaign's fan page (Share::fanPage(), its check-in form wired to
    /// this service), served at GET / and /index.html; empty: 404 there.
    QByteArray fanPageHtml;
    /// The campaign's calendar file (Share::icalendar()), served at
    /// GET /campaign.ics; empty: 404 there.
    QByteArray calendarIcs;
};

/// The check-in HTTP service (CONTRACT.md, "The check-in HTTP API").
///
/// It owns the listening QTcpServer and speaks HTTP/1.1 through its own
/// strict parser (parseRequest()) rather than QHttpServer: Qt 6.4's
/// QHttpServer reads from the sockets itself with no limit on header or body
/// size and no timeouts, and offers no hook before it buffers a request, so
/// the limits could not be enforced in front of it. Owning the bytes makes
/// every limit a few lines and testable: header size (431), body size (413,
/// decided from Content-Length before the body is read), read timeout (408),
/// idle keep-alive timeout, connections in total and per address (503), and
/// a per-address token bucket on joins (429 with Retry-After). Pipelined
/// requests are answered in order, one at a time per connection.
///
/// Every write goes through the group-commit Writer and is answered only
/// after its batch is committed; a batch that could not be committed (the
/// database restarted, say) is answered 503 with Retry-After. The figures
/// for GET /api/v1/stats are an in-memory aggregate, loaded from the store at
/// start and updated as each committed write is answered; with a shared
/// store (ServiceConfig::statsMaxAge) they are also re-read from the
/// database at most that often, so several instances agree within it. The
/// JSON and its ETag are rebuilt only when they changed. The join rate
/// limit is per instance: behind a load balancer an address may make up to
/// N × joinsPerMinute joins a minute across N instances. Behind a trusted
/// reverse proxy (ServiceConfig::trustedProxies) the per-address limits see
/// the forwarded client, never an address a client claims for itself.
///
/// The participant list is the one answer that can be large: it is streamed
/// in chunks, one page read from the store at a time and the next only once
/// the socket has sent most of the last, so memory does not grow with the
/// list, and a client that stops reading is cut off after writeTimeout.
class Service final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Service)

public:
    Service(ServiceConfig config, Writer::StoreFactory storeFactory, QObject *parent = nullptr);
    ~Service() override;

    /// Opens the store and starts listening; port 0 picks a free port.
    [[nodiscard]] Expected<void> listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] quint16 port() const;

    /// Graceful stop: accept nothing more, answer the requests in flight once
    /// their batch is committed, close every connection, stop the writer, then
    /// emit finished(). Connections still open after `grace` are dropped.
    void shutdown(std::chrono::milliseconds grace = std::chrono::seconds(10));

    [[nodiscard]] const Stats &stats() const { return m_stats; }
    [[nodiscard]] int connectionCount() const { return int(m_connections.size()); }
    /// Batches committed so far (tests check that group commit happens).
    [[nodiscard]] quint64 batchCount() const { return m_writer.batchCount(); }
    /// Times the store reconnected after losing its connection.
    [[nodiscard]] quint64 reconnectCount() const { return m_writer.reconnectCount(); }

Q_SIGNALS:
    void finished();

private:
    struct Connection;
    struct Response;
    struct ListStream;
    class RateLimiter;

    void acceptConnections();
    void readFrom(quint64 id);
    void process(Connection &connection);
    void dispatch(quint64 id, const HttpRequest &request);
    void respond(quint64 id, Response response);
    /// The status line and headers; `framing` is how the body is delimited.
    [[nodiscard]] QByteArray responseHead(const Response &response, bool close, int framing,
                                          qsizetype contentLength);
    /// After an answer's last byte: close, or read the next request.
    void finishAnswer(quint64 id, Connection &connection, bool close, bool lingerClose);
    void closeConnection(quint64 id);
    void linger(Connection &connection);
    void onReadTimeout(quint64 id);
    void maybeFinish();
    /// Behind a trusted proxy: attributes the request about to be answered
    /// on `connection` to its client's address for the per-address cap, or
    /// answers 503 when that address is at the cap (false).
    [[nodiscard]] bool admitForwarded(Connection &connection, const HttpRequest &request);
    void releaseForwarded(Connection &connection);

    void handleJoin(quint64 id, const HttpRequest &request);
    void handleCheckin(quint64 id, qint64 participant, const HttpRequest &request);
    void handleList(quint64 id, const HttpRequest &request, bool csv);
    void startList(quint64 id, bool csv, qint64 after);
    void requestListPage(quint64 id);
    void onListPage(quint64 id, const Outcome &outcome);
    void onListDrained(quint64 id);
    void writeListPiece(Connection &connection, const QByteArray &piece);
    void handleStats(quint64 id, const HttpRequest &request);
    /// GET /api/v1/stats/minutes: posted check-ins per minute of a range.
    void handleMinutes(quint64 id, const HttpRequest &request);
    [[nodiscard]] Response statsResponse(const QByteArray &ifNoneMatch);
    /// A fixed file (the fan page, the calendar) with its ETag: 304 when
    /// If-None-Match names it, cached by browsers and proxies for a minute.
    [[nodiscard]] Response fileResponse(const QByteArray &body, const QByteArray &etag,
                                        const QByteArray &contentType,
                                        const QByteArray &ifNoneMatch) const;
    void refreshStats();
    [[nodiscard]] bool isAdmin(const HttpRequest &request) const;
    /// The Date header's value for now(), formatted at most once a second.
    [[nodiscard]] QByteArray httpDate();
    /// Called on the writer's thread: queues `answer` for the event loop.
    /// Only the first answer of a run posts an event, so a batch of N
    /// committed writes costs one wake-up of the event loop, not N; answers
    /// run in the order they were posted.
    void post(std::function<void()> answer);
    void answerPosted();

    ServiceConfig m_config;
    Writer m_writer;
    QTcpServer *m_server;
    std::unordered_map<quint64, std::unique_ptr<Connection>> m_connections;
    QHash<QString, int> m_perAddress;
    std::unique_ptr<RateLimiter> m_joinLimiter;
    quint64 m_nextId = 1;
    int m_inFlight = 0;
    bool m_shuttingDown = false;
    bool m_finished = false;
    Stats m_stats;
    std::optional<Goal> m_goal; ///< the campaign's, added to every Stats
    QByteArray m_pageEtag;
    QByteArray m_icsEtag;
    QByteArray m_statsJson;
    QByteArray m_statsEtag;
    QElapsedTimer m_statsAge; ///< since the figures were last read from the store
    bool m_statsRefreshing = false;
    std::vector<std::pair<quint64, QByteArray>> m_statsWaiting; ///< (connection, If-None-Match)
    QByteArray m_dateHeader;
    qint64 m_dateSecond = 0;
    std::mutex m_answersMutex;
    std::vector<std::function<void()>> m_answers; ///< guarded by m_answersMutex
};

} // namespace Chorus::Checkin
