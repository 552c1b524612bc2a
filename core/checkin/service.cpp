#include "service.h"

#include "csv.h"
#include "handle.h"
#include "httpdate.h"
#include "minutes.h"
#include "posturl.h"
#include "store.h"
#include "token.h"

#include "plan/supportergoal.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>
#include <limits>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace Chorus::Checkin {

using Header = std::pair<QByteArray, QByteArray>;

/// A participant list being sent in pages (GET /api/v1/participants
/// without ?limit): one page is read from the store, written, and the next
/// read only once the socket has sent most of it, so memory stays one page
/// whatever the list's length.
struct Service::ListStream
{
    bool csv = false;
    bool chunked = true; ///< else HTTP/1.0: the body ends when the connection closes
    bool close = false; ///< close the connection after the list
    bool headSent = false; ///< the status line went out (with the first page)
    bool sentAny = false; ///< a participant was written (JSON needs commas between)
    qint64 after = 0; ///< the last id written
    bool waitingForDrain = false;
    /// Restarted whenever the client takes bytes; a client that stops
    /// reading for Limits::writeTimeout is cut off. Its child of the socket,
    /// also the context of the bytesWritten connection.
    QTimer *stall = nullptr;
};

struct Service::Connection
{
    quint64 id = 0;
    QTcpSocket *socket = nullptr;
    /// The peer's address; the key of the per-address cap for a direct
    /// client, the proxy's for a trusted one.
    QString address;
    bool trustedPeer = false; ///< a trusted proxy: not counted per address
    QHostAddress peer;
    /// Behind a trusted proxy: the client of the request being answered,
    /// counted against the per-address cap until it is answered.
    QString client;
    QByteArray buffer;
    QTimer *readTimer = nullptr;
    QTimer *idleTimer = nullptr;
    bool busy = false; ///< a request is being answered
    bool keepAlive = true; ///< of the request being answered
    bool closing = false; ///< nothing more is read or answered
    bool draining = false; ///< refused: answer sent, incoming bytes discarded
    bool continueSent = false; ///< "100 Continue" sent for the request being read
    QByteArray method; ///< of the request being answered
    bool http10 = false; ///< of the request being answered
    std::unique_ptr<ListStream> stream; ///< a list being sent
};

struct Service::Response
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool close = false;
    bool cors = false;
};

/// A token bucket per client address: `burst` joins at once, refilled at
/// `perMinute` joins per minute, continuously.
class Service::RateLimiter
{
public:
    RateLimiter(int perMinute, int burst)
        : m_perMs(std::max(1, perMinute) / 60'000.0)
        , m_burst(std::max(1, burst))
    { }

    /// Takes one join for `key` at `nowMs`; when refused, the seconds until
    /// one is available again (at least 1).
    std::optional<int> take(const QString &key, qint64 nowMs)
    {
        if (m_buckets.size() > 100'000)
            prune(nowMs);
        auto it = m_buckets.find(key);
        if (it == m_buckets.end())
            it = m_buckets.insert(key, Bucket {double(m_burst), nowMs});
        Bucket &bucket = *it;
        bucket.tokens
            = std::min(double(m_burst),
                       bucket.tokens + double(std::max<qint64>(0, nowMs - bucket.at)) * m_perMs);
        bucket.at = nowMs;
        if (bucket.tokens >= 1.0) {
            bucket.tokens -= 1.0;
            return std::nullopt;
        }
        return std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_perMs / 1000.0)));
    }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };
    void prune(qint64 nowMs)
    {
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            if (it->tokens + double(nowMs - it->at) * m_perMs >= m_burst)
                it = m_buckets.erase(it);
            else
                ++it;
        }
    }
    double m_perMs;
    int m_burst;
    QHash<QString, Bucket> m_buckets;
};

namespace {

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// {"id":"42","token":"…"}, as QJsonDocument would write it (keys sorted),
/// without building one: the id is digits and the token base64url, so
/// neither needs escaping.
QByteArray joinBody(qint64 id, const QByteArray &token)
{
    QByteArray body;
    body.reserve(40 + token.size());
    body += R"({"id":")";
    body += QByteArray::number(id);
    body += R"(","token":")";
    body += token;
    body += R"("})";
    return body;
}

/// How an answer's body is delimited.
enum class Framing { None, Length, Chunked, UntilClose };

/// Participants per page of a streamed list, and how many unsent bytes may
/// wait in the socket before the next page is read (a page is ~150 KiB).
constexpr int listPageSize = 1000;
constexpr qint64 listDrainBytes = 256 * 1024;

QByteArray errorBody(const Error &error)
{
    QJsonObject object {{u"error"_s, error.text()}};
    if (!error.field.isEmpty())
        object.insert(u"field"_s, error.field);
    return jsonBody(object);
}

/// A write whose batch failed: 503, try again in a second. Usually nothing
/// was stored, but a batch whose COMMIT was cut off may have been, so the
/// answer says how to retry safely: a join with the same Idempotency-Key gets
/// the same participant back; a check-in only moves the status forward.
template<typename Response> void markNotStored(Response &response, QStringView retry)
{
    response.status = 503;
    response.headers.append(Header {"Retry-After", "1"});
    response.body = errorBody(Error {{}, retry.toString()});
}

/// The token of an `Authorization: Bearer …` header; empty when there is none.
QByteArray bearerToken(const HttpRequest &request)
{
    const QByteArray value = request.header("authorization");
    if (value.size() < 8 || value.first(7).compare("bearer ", Qt::CaseInsensitive) != 0)
        return {};
    return value.sliced(7).trimmed();
}

Expected<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"body"_s,
                    u"malformed JSON at offset %1: %2"_s.arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!document.isObject())
        return fail(u"body"_s, u"must be a JSON object"_s);
    return document.object();
}

Expected<QString> stringField(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return fail(name, u"is missing"_s);
    if (!value.isString())
        return fail(name, u"must be a string"_s);
    return value.toString();
}

struct JoinFields
{
    QString handle;
    QString handleKey;
    QString platform;
    QByteArray zone;
};

Expected<JoinFields> parseJoin(const QByteArray &body,
                               const std::function<Expected<QByteArray>(QStringView)> &resolveZone)
{
    auto object = parseObject(body);
    if (!object)
        return std::unexpected(object.error());
    auto handle = stringField(*object, u"handle"_s);
    if (!handle)
        return std::unexpected(handle.error());
    auto platform = stringField(*object, u"platform"_s);
    if (!platform)
        return std::unexpected(platform.error());
    if (!isKnownPlatform(*platform))
        return fail(
            u"platform"_s,
            u"unknown platform %1; expected x, bluesky or mastodon"_s.arg(quoted(*platform)));
    // The platform's own handle rules, in the one form that decides "same participant".
    auto canonical = canonicalHandle(*platform, *handle);
    if (!canonical)
        return std::unexpected(canonical.error());
    JoinFields fields;
    fields.handle = handle->trimmed();
    fields.handleKey = *canonical;
    fields.platform = *platform;
    auto zone = stringField(*object, u"zone"_s);
    if (!zone)
        return std::unexpected(zone.error());
    auto zoneId = resolveZone ? resolveZone(*zone)
                              : Expected<QByteArray>(fail(u"zone"_s, u"no zones known"_s));
    if (!zoneId)
        return fail(u"zone"_s, zoneId.error().message);
    fields.zone = *zoneId;
    return fields;
}

/// An Idempotency-Key as clients send it: 16 to 128 characters of
/// [A-Za-z0-9_-] (a UUID or 128 random bits in base64url fit).
bool isValidIdempotencyKey(QByteArrayView key)
{
    if (key.size() < 16 || key.size() > 128)
        return false;
    for (char c : key) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
              || c == '_'))
            return false;
    }
    return true;
}

/// A strong ETag for `body`: the start of its SHA-256, quoted.
QByteArray strongEtag(const QByteArray &body)
{
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().first(20) + '"';
}

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (const QByteArray &part : ifNoneMatch.split(',')) {
        QByteArray candidate = part.trimmed();
        if (candidate == "*")
            return true;
        if (candidate.startsWith("W/"))
            candidate = candidate.sliced(2);
        if (candidate == etag)
            return true;
    }
    return false;
}

/// One participant as the list's JSON has it.
QByteArray participantsJsonRows(const QList<Participant> &participants)
{
    QByteArray out;
    out.reserve(participants.size() * 160);
    for (const Participant &participant : participants) {
        if (!out.isEmpty())
            out += ',';
        QJsonObject row {{u"id"_s, QString::number(participant.id)},
                         {u"handle"_s, participant.handle},
                         {u"platform"_s, participant.platform},
                         {u"zone"_s, QString::fromUtf8(participant.zone)},
                         {u"status"_s, statusName(participant.status)},
                         {u"joined_at"_s, participant.joinedAt.toUTC().toString(Qt::ISODate)}};
        // Absent, as optional fields are elsewhere in the API, when none was given.
        if (!participant.postUrl.isEmpty())
            row.insert(u"post_url"_s, participant.postUrl);
        out += jsonBody(row);
    }
    return out;
}

struct Page
{
    qint64 after = 0;
    int limit = 0; ///< 0: everything after `after`
};

/// ?after=ID&limit=N of the participant list, each at most once.
Expected<Page> parsePage(const QByteArray &query)
{
    const QUrlQuery items(QString::fromLatin1(query));
    Page page;
    auto number = [&](const QString &name, qint64 low, qint64 high,
                      const QString &what) -> Expected<std::optional<qint64>> {
        const QStringList values = items.allQueryItemValues(name, QUrl::FullyDecoded);
        if (values.isEmpty())
            return std::nullopt;
        if (values.size() > 1)
            return fail(name, u"is given %1 times; give it once"_s.arg(values.size()));
        const QString &text = values.front();
        bool digits = !text.isEmpty() && text.size() <= 18;
        for (QChar c : text)
            digits = digits && c >= u'0' && c <= u'9';
        const qint64 value = digits ? text.toLongLong() : -1;
        if (!digits || value < low || value > high)
            return fail(name, u"%1 is not %2"_s.arg(quoted(text), what));
        return value;
    };
    const auto after = number(u"after"_s, 0, std::numeric_limits<qint64>::max(),
                              u"a participant id (a whole number, 0 or more)"_s);
    if (!after)
        return std::unexpected(after.error());
    const auto limit = number(u"limit"_s, 1, 1000, u"a whole number from 1 to 1000"_s);
    if (!limit)
        return std::unexpected(limit.error());
    page.after = after->value_or(0);
    page.limit = int(limit->value_or(0));
    return page;
}

/// The goal of the campaign the service was given, read from its saved JSON
/// (already validated by whoever loaded it); nothing when it has none.
std::optional<Goal> goalOf(const QByteArray &campaignJson)
{
    const QJsonObject campaign = QJsonDocument::fromJson(campaignJson).object();
    const qint64 participants = campaign.value(u"goal"_s).toInteger();
    if (participants <= 0)
        return std::nullopt;
    Goal goal;
    goal.participants = participants;
    goal.allOrNothing = campaign.value(u"all_or_nothing"_s).toBool();
    const QDateTime start
        = QDateTime::fromString(campaign.value(u"start"_s).toString(), Qt::ISODateWithMs);
    if (goal.allOrNothing && start.isValid())
        goal.decidesAt = start.toUTC().addSecs(
            -std::chrono::duration_cast<std::chrono::seconds>(Plan::goalDecisionLead).count());
    return goal;
}

} // namespace

Service::Service(ServiceConfig config, Writer::StoreFactory storeFactory, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_writer(std::move(storeFactory), m_config.limits.maxBatch)
    , m_server(new QTcpServer(this))
    , m_joinLimiter(
          std::make_unique<RateLimiter>(m_config.limits.joinsPerMinute, m_config.limits.joinBurst))
{
    if (!m_config.now)
        m_config.now = [] {
            return QDateTime();
        };
    connect(m_server, &QTcpServer::newConnection, this, &Service::acceptConnections);
    m_goal = goalOf(m_config.campaignJson);
    m_pageEtag = strongEtag(m_config.fanPageHtml);
    m_icsEtag = strongEtag(m_config.calendarIcs);
}

Service::~Service()
{
    // Answers still queued are dropped with this object; the writer commits
    // what it has before the thread ends.
    m_writer.stop();
}

Expected<void> Service::listen(const QHostAddress &address, quint16 port)
{
    auto stats = m_writer.start();
    if (!stats)
        return std::unexpected(stats.error());
    m_stats = std::move(*stats);
    m_stats.goal = m_goal;
    m_statsJson.clear();
    m_statsAge.start();
    if (!m_server->listen(address, port))
        return fail(u"--listen"_s,
                    u"cannot listen on %1:%2: %3"_s.arg(address.toString(), QString::number(port),
                                                        m_server->errorString()));
    return {};
}

quint16 Service::port() const
{
    return m_server->serverPort();
}

void Service::acceptConnections()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        const QHostAddress peer = normalizedAddress(socket->peerAddress());
        const QString address = peer.toString();
        // A trusted proxy carries many clients on its connections: they are
        // counted per request, by the address it forwards (admitForwarded).
        const bool trustedPeer = m_config.trustedProxies.contains(peer);
        if (m_shuttingDown || int(m_connections.size()) >= m_config.limits.maxConnections
            || (!trustedPeer
                && m_perAddress.value(address) >= m_config.limits.maxConnectionsPerAddress)) {
            // Refused politely and closed; never tracked, never read.
            const QByteArray body = errorBody(Error {{}, u"too many connections"_s});
            socket->write("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n"
                          "Retry-After: 1\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            QTimer::singleShot(1000, socket, [socket] { socket->abort(); });
            continue;
        }
        auto connection = std::make_unique<Connection>();
        const quint64 id = m_nextId++;
        connection->id = id;
        connection->socket = socket;
        connection->address = address;
        connection->peer = peer;
        connection->trustedPeer = trustedPeer;
        socket->setParent(this);
        // Qt stops reading from the kernel beyond this, so a client cannot
        // make the service buffer more than one maximal request.
        socket->setReadBufferSize(m_config.limits.maxHeaderBytes + m_config.limits.maxBodyBytes
                                  + 8);
        connection->readTimer = new QTimer(socket);
        connection->readTimer->setSingleShot(true);
        connection->readTimer->setInterval(m_config.limits.readTimeout);
        connection->idleTimer = new QTimer(socket);
        connection->idleTimer->setSingleShot(true);
        connection->idleTimer->setInterval(m_config.limits.idleTimeout);
        connect(connection->readTimer, &QTimer::timeout, this, [this, id] { onReadTimeout(id); });
        connect(connection->idleTimer, &QTimer::timeout, this, [this, id] {
            if (auto it = m_connections.find(id); it != m_connections.end() && !it->second->busy) {
                it->second->closing = true;
                it->second->socket->abort();
            }
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, id] { readFrom(id); });
        connect(
            socket, &QTcpSocket::disconnected, this, [this, id] { closeConnection(id); },
            Qt::QueuedConnection);
        if (!trustedPeer)
            ++m_perAddress[address];
        connection->idleTimer->start();
        m_connections.emplace(id, std::move(connection));
        if (socket->bytesAvailable() > 0)
            readFrom(id);
    }
}

void Service::readFrom(quint64 id)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    Connection &connection = *it->second;
    if (connection.draining) {
        connection.socket->skip(connection.socket->bytesAvailable());
        return;
    }
    if (connection.closing || connection.busy)
        return;
    const qsizetype cap = m_config.limits.maxHeaderBytes + m_config.limits.maxBodyBytes + 8;
    // read(n) allocates n bytes before it reads, so ask only for what is
    // buffered (a join is ~200 bytes; the cap is 24 KiB).
    const qint64 wanted
        = std::min<qint64>(cap - connection.buffer.size(), connection.socket->bytesAvailable());
    if (wanted > 0) {
        if (connection.buffer.isEmpty())
            connection.buffer = connection.socket->read(wanted);
        else
            connection.buffer += connection.socket->read(wanted);
    }
    process(connection);
}

void Service::process(Connection &connection)
{
    if (connection.closing || connection.busy)
        return;
    if (connection.buffer.isEmpty()) {
        if (m_shuttingDown) {
            connection.closing = true;
            connection.socket->disconnectFromHost();
        }
        return;
    }
    connection.idleTimer->stop();
    const ParseLimits limits {m_config.limits.maxHeaderBytes, m_config.limits.maxBodyBytes};
    ParseResult parsed = parseRequest(connection.buffer, limits);
    switch (parsed.kind) {
    case ParseResult::Kind::NeedMore:
        if (parsed.expectsContinue && !connection.continueSent && !m_shuttingDown) {
            connection.continueSent = true;
            connection.socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        if (m_shuttingDown) {
            connection.closing = true;
            connection.socket->disconnectFromHost();
        } else if (!connection.readTimer->isActive()) {
            connection.readTimer->start();
        }
        return;
    case ParseResult::Kind::Invalid: {
        connection.readTimer->stop();
        connection.buffer.clear();
        connection.busy = true;
        Response response;
        response.status = parsed.status;
        response.body = errorBody(Error {u"request"_s, QString::fromLatin1(parsed.message)});
        response.close = true;
        respond(connection.id, std::move(response));
        return;
    }
    case ParseResult::Kind::Complete:
        connection.continueSent = false;
        connection.readTimer->stop();
        connection.buffer.remove(0, parsed.consumed);
        connection.busy = true;
        connection.keepAlive = parsed.request.keepAlive;
        connection.method = parsed.request.method;
        connection.http10 = parsed.request.http10;
        if (connection.trustedPeer && !admitForwarded(connection, parsed.request))
            return;
        dispatch(connection.id, parsed.request);
        return;
    }
}

bool Service::admitForwarded(Connection &connection, const HttpRequest &request)
{
    const QString client
        = m_config.trustedProxies.clientAddress(connection.peer, request.headers).toString();
    // The client may itself be the proxy (a request from its own machine):
    // it is then exempt like the proxy's connections.
    if (client == connection.address) {
        connection.client.clear();
        return true;
    }
    if (m_perAddress.value(client) >= m_config.limits.maxConnectionsPerAddress) {
        // The proxy's connection carries other clients' requests too: refuse
        // this one request, keep the connection.
        Response response;
        response.status = 503;
        response.headers.append(Header {"Retry-After", "1"});
        response.body = errorBody(Error {{}, u"too many connections"_s});
        respond(connection.id, std::move(response));
        return false;
    }
    connection.client = client;
    ++m_perAddress[client];
    return true;
}

void Service::releaseForwarded(Connection &connection)
{
    if (connection.client.isEmpty())
        return;
    if (--m_perAddress[connection.client] <= 0)
        m_perAddress.remove(connection.client);
    connection.client.clear();
}

void Service::onReadTimeout(quint64 id)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end() || it->second->busy || it->second->closing)
        return;
    it->second->buffer.clear();
    it->second->busy = true;
    Response response;
    response.status = 408;
    response.body = errorBody(Error {u"request"_s, u"the request did not arrive in time"_s});
    response.close = true;
    respond(id, std::move(response));
}

QByteArray Service::responseHead(const Response &response, bool close, int framing,
                                 qsizetype contentLength)
{
    QByteArray head;
    head.reserve(320);
    head += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
        + "\r\n";
    head += "Date: " + httpDate() + "\r\n";
    if (response.status != 304 && response.status != 204)
        head += "Content-Type: " + response.contentType + "\r\n";
    bool cacheControl = false;
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
        cacheControl = cacheControl || name == "Cache-Control";
    }
    if (!cacheControl)
        head += "Cache-Control: no-store\r\n";
    if (response.cors)
        head += "Access-Control-Allow-Origin: *\r\n"
                "Access-Control-Expose-Headers: Date, ETag, Retry-After\r\n";
    head += "X-Content-Type-Options: nosniff\r\n";
    if (Framing(framing) == Framing::Length)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    else if (Framing(framing) == Framing::Chunked)
        head += "Transfer-Encoding: chunked\r\n";
    head += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    return head;
}

void Service::respond(quint64 id, Response response)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    Connection &connection = *it->second;
    if (connection.closing)
        return;
    const bool close = response.close || !connection.keepAlive || m_shuttingDown;
    const bool hasBody = response.status != 304 && response.status != 204;
    connection.socket->write(responseHead(
        response, close, int(hasBody ? Framing::Length : Framing::None), response.body.size()));
    if (connection.method != "HEAD" && hasBody)
        connection.socket->write(response.body);
    connection.busy = false;
    connection.method.clear();
    releaseForwarded(connection);
    // A client that sends requests but never reads the answers would make the
    // service buffer without end: drop it once a few answers pile up unsent.
    constexpr qint64 maxUnsentBytes = 1024 * 1024;
    if (connection.socket->bytesToWrite() > maxUnsentBytes) {
        connection.closing = true;
        connection.socket->abort();
        return;
    }
    finishAnswer(id, connection, close, response.close);
}

void Service::finishAnswer(quint64 id, Connection &connection, bool close, bool lingerClose)
{
    if (close) {
        connection.closing = true;
        connection.readTimer->stop();
        connection.idleTimer->stop();
        if (lingerClose)
            linger(connection);
        else
            connection.socket->disconnectFromHost();
        return;
    }
    if (!connection.buffer.isEmpty() || connection.socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(
            this, [this, id] { readFrom(id); }, Qt::QueuedConnection);
    else
        connection.idleTimer->start();
}

void Service::linger(Connection &connection)
{
    // After refusing a request whose body may still be arriving (413, 408,
    // 400), closing at once would make the kernel answer the unread bytes
    // with a reset that can destroy the refusal before the client reads it.
    // So: send the answer, close only our sending side, and discard what
    // still comes for a moment (RFC 9112 §9.6, "lingering close").
    connection.draining = true;
    QTcpSocket *socket = connection.socket;
    QTimer::singleShot(2000, socket, [socket] { socket->abort(); });
#ifdef Q_OS_UNIX
    auto halfClose = [socket] {
        if (socket->bytesToWrite() == 0 && socket->socketDescriptor() >= 0)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, halfClose);
    socket->flush();
    halfClose();
#else
    socket->disconnectFromHost();
#endif
}

void Service::closeConnection(quint64 id)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    std::unique_ptr<Connection> connection = std::move(it->second);
    m_connections.erase(it);
    releaseForwarded(*connection);
    if (!connection->trustedPeer && --m_perAddress[connection->address] <= 0)
        m_perAddress.remove(connection->address);
    connection->socket->disconnect(this);
    connection->socket->deleteLater();
    maybeFinish();
}

void Service::shutdown(std::chrono::milliseconds grace)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_server->close();
    // A request already received is answered (then the connection closes);
    // idle and half-received connections close now.
    std::vector<quint64> ids;
    for (const auto &[id, connection] : m_connections)
        ids.push_back(id);
    for (quint64 id : ids)
        readFrom(id);
    QTimer::singleShot(grace, this, [this] {
        for (auto &[id, connection] : m_connections) {
            connection->closing = true;
            connection->socket->abort();
        }
    });
    QMetaObject::invokeMethod(this, &Service::maybeFinish, Qt::QueuedConnection);
}

void Service::maybeFinish()
{
    if (!m_shuttingDown || m_finished || m_inFlight > 0 || !m_connections.empty())
        return;
    m_finished = true;
    m_writer.stop();
    Q_EMIT finished();
}

QByteArray Service::httpDate()
{
    // Formatting a date is the dearest part of an answer's head; it changes
    // once a second.
    const QDateTime now = m_config.now();
    if (!now.isValid())
        return formatHttpDate(now);
    const qint64 second = now.toSecsSinceEpoch();
    if (m_dateHeader.isEmpty() || second != m_dateSecond) {
        m_dateHeader = formatHttpDate(now);
        m_dateSecond = second;
    }
    return m_dateHeader;
}

void Service::post(std::function<void()> answer)
{
    bool first = false;
    {
        std::lock_guard lock(m_answersMutex);
        first = m_answers.empty();
        m_answers.push_back(std::move(answer));
    }
    if (first)
        QMetaObject::invokeMethod(this, &Service::answerPosted, Qt::QueuedConnection);
}

void Service::answerPosted()
{
    std::vector<std::function<void()>> answers;
    {
        std::lock_guard lock(m_answersMutex);
        answers.swap(m_answers);
    }
    for (const auto &answer : answers)
        answer();
}

bool Service::isAdmin(const HttpRequest &request) const
{
    const QByteArray token = bearerToken(request);
    if (token.isEmpty() || m_config.adminTokenHash.isEmpty())
        return false;
    return constantTimeEquals(hashToken(token), m_config.adminTokenHash);
}

void Service::dispatch(quint64 id, const HttpRequest &request)
{
    static const QByteArray prefix = "/api/v1/participants/";
    static const QByteArray checkinsSuffix = "/checkins";
    const QByteArray &path = request.path;
    const QByteArray &method = request.method;

    auto methodNotAllowed = [&](const QByteArray &allow, bool cors) {
        Response response;
        response.status = 405;
        response.cors = cors;
        response.headers.append(Header {"Allow", allow});
        response.body
            = errorBody(Error {u"method"_s,
                               u"%1 is not allowed here; use %2"_s.arg(
                                   QString::fromLatin1(method), QString::fromLatin1(allow))});
        respond(id, std::move(response));
    };
    auto preflight = [&](const QByteArray &allow) {
        Response response;
        response.status = 204;
        response.cors = true;
        response.headers = {{"Access-Control-Allow-Methods", allow},
                            {"Access-Control-Allow-Headers",
                             "Authorization, Content-Type, Idempotency-Key, If-None-Match"},
                            {"Access-Control-Max-Age", "86400"},
                            {"Allow", allow}};
        respond(id, std::move(response));
    };

    if (path == "/healthz") {
        if (method != "GET" && method != "HEAD")
            return methodNotAllowed("GET, HEAD", false);
        Response response;
        if (m_writer.available()) {
            response.body = R"({"status":"ok"})";
        } else {
            // A load balancer sends writes elsewhere while this instance's
            // database is unreachable.
            response.status = 503;
            response.headers.append(Header {"Retry-After", "1"});
            response.body = R"({"status":"database unavailable"})";
        }
        return respond(id, std::move(response));
    }
    if (path == "/api/v1/campaign") {
        if (method == "OPTIONS")
            return preflight("GET, HEAD, OPTIONS");
        if (method != "GET" && method != "HEAD")
            return methodNotAllowed("GET, HEAD, OPTIONS", true);
        Response response;
        response.cors = true;
        response.body = m_config.campaignJson;
        response.headers.append(Header {"Cache-Control", "public, max-age=60"});
        return respond(id, std::move(response));
    }
    if (path == "/" || path == "/index.html" || path == "/campaign.ics") {
        const bool page = path != "/campaign.ics";
        const QByteArray &body = page ? m_config.fanPageHtml : m_config.calendarIcs;
        if (!body.isEmpty()) {
            if (method != "GET" && method != "HEAD")
                return methodNotAllowed("GET, HEAD", false);
            return respond(
                id,
                fileResponse(body, page ? m_pageEtag : m_icsEtag,
                             page ? "text/html; charset=utf-8" : "text/calendar; charset=utf-8",
                             request.header("if-none-match")));
        }
    }
    if (path == "/api/v1/stats") {
        if (method == "OPTIONS")
            return preflight("GET, HEAD, OPTIONS");
        if (method != "GET" && method != "HEAD")
            return methodNotAllowed("GET, HEAD, OPTIONS", true);
        return handleStats(id, request);
    }
    if (path == "/api/v1/stats/minutes") {
        if (method == "OPTIONS")
            return preflight("GET, HEAD, OPTIONS");
        if (method != "GET" && method != "HEAD")
            return methodNotAllowed("GET, HEAD, OPTIONS", true);
        return handleMinutes(id, request);
    }
    if (path == "/api/v1/participants") {
        if (method == "OPTIONS")
            return preflight("POST, OPTIONS");
        if (method == "POST")
            return handleJoin(id, request);
        if (method == "GET")
            return handleList(
                id, request,
                QUrlQuery(QString::fromLatin1(request.query)).queryItemValue(u"format"_s)
                    == u"csv"_s);
        return methodNotAllowed("GET, POST, OPTIONS", true);
    }
    if (path == "/api/v1/participants.csv") {
        if (method != "GET")
            return methodNotAllowed("GET", false);
        return handleList(id, request, true);
    }
    if (path.startsWith(prefix) && path.endsWith(checkinsSuffix)) {
        const QByteArray idText
            = path.sliced(prefix.size(), path.size() - prefix.size() - checkinsSuffix.size());
        bool numeric = !idText.isEmpty() && idText.size() <= 18 && idText.front() != '0';
        for (char c : idText)
            numeric = numeric && c >= '0' && c <= '9';
        if (numeric) {
            if (method == "OPTIONS")
                return preflight("POST, OPTIONS");
            if (method != "POST")
                return methodNotAllowed("POST, OPTIONS", true);
            return handleCheckin(id, idText.toLongLong(), request);
        }
        Response response;
        response.status = 404;
        response.cors = true;
        response.body = errorBody(
            Error {u"id"_s, u"no participant %1"_s.arg(quoted(QString::fromUtf8(idText)))});
        return respond(id, std::move(response));
    }
    Response response;
    response.status = 404;
    response.body
        = errorBody(Error {u"path"_s, u"no such route %1"_s.arg(quoted(QString::fromUtf8(path)))});
    respond(id, std::move(response));
}

void Service::handleStats(quint64 id, const HttpRequest &request)
{
    const QByteArray ifNoneMatch = request.header("if-none-match");
    if (m_config.statsMaxAge.count() <= 0 || !m_statsAge.hasExpired(m_config.statsMaxAge.count()))
        return respond(id, statsResponse(ifNoneMatch));
    m_statsWaiting.emplace_back(id, ifNoneMatch);
    refreshStats();
}

void Service::handleMinutes(quint64 id, const HttpRequest &request)
{
    const QUrlQuery query(QString::fromLatin1(request.query));
    auto range = parseMinuteRange(query.queryItemValue(u"from"_s, QUrl::FullyDecoded),
                                  query.queryItemValue(u"to"_s, QUrl::FullyDecoded));
    if (!range) {
        Response refusal;
        refusal.status = 400;
        refusal.cors = true;
        refusal.body = errorBody(range.error());
        return respond(id, std::move(refusal));
    }
    const QByteArray ifNoneMatch = request.header("if-none-match");
    ++m_inFlight;
    // Read through the writer like the participant list, so the counts see
    // every check-in answered before (and, with PostgreSQL, other instances').
    MinutesRequest minutes {QDateTime::fromSecsSinceEpoch(range->from * 60, Qt::UTC),
                            QDateTime::fromSecsSinceEpoch(range->to * 60, Qt::UTC)};
    m_writer.submit(std::move(minutes), [this, id, range = *range, ifNoneMatch](Outcome outcome) {
        post([this, id, range, ifNoneMatch, outcome = std::move(outcome)] {
            --m_inFlight;
            Response response;
            response.cors = true;
            if (outcome.error) {
                response.status = 503;
                response.headers.append(Header {"Retry-After", "1"});
                response.body = errorBody(Error {{}, u"the check-ins could not be read"_s});
            } else {
                const QByteArray body = minutesJson(range, outcome.minutes);
                const QByteArray etag = '"'
                    + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().first(20)
                    + '"';
                response.headers = {{"ETag", etag}, {"Cache-Control", "public, max-age=5"}};
                if (!ifNoneMatch.isNull() && etagMatches(ifNoneMatch, etag))
                    response.status = 304;
                else
                    response.body = body;
            }
            respond(id, std::move(response));
            maybeFinish();
        });
    });
}

void Service::refreshStats()
{
    if (m_statsRefreshing)
        return;
    m_statsRefreshing = true;
    ++m_inFlight;
    m_writer.submit(StatsRequest {}, [this](Outcome outcome) {
        post([this, outcome = std::move(outcome)] {
            --m_inFlight;
            m_statsRefreshing = false;
            // When the database cannot be read, the last figures are still
            // the best answer; the next request tries again.
            if (!outcome.error) {
                m_statsAge.start();
                Stats counted = outcome.stats;
                counted.goal = m_goal;
                if (counted != m_stats) {
                    m_stats = std::move(counted);
                    m_statsJson.clear();
                }
            }
            std::vector<std::pair<quint64, QByteArray>> waiting;
            waiting.swap(m_statsWaiting);
            for (const auto &[id, ifNoneMatch] : waiting)
                respond(id, statsResponse(ifNoneMatch));
            maybeFinish();
        });
    });
}

Service::Response Service::statsResponse(const QByteArray &ifNoneMatch)
{
    if (m_statsJson.isEmpty()) {
        m_statsJson = m_stats.toJson();
        m_statsEtag = '"'
            + QCryptographicHash::hash(m_statsJson, QCryptographicHash::Sha256).toHex().first(20)
            + '"';
    }
    Response response;
    response.cors = true;
    response.headers = {{"ETag", m_statsEtag}, {"Cache-Control", "public, max-age=5"}};
    if (!ifNoneMatch.isNull() && etagMatches(ifNoneMatch, m_statsEtag)) {
        response.status = 304;
        return response;
    }
    response.body = m_statsJson;
    return response;
}

Service::Response Service::fileResponse(const QByteArray &body, const QByteArray &etag,
                                        const QByteArray &contentType,
                                        const QByteArray &ifNoneMatch) const
{
    Response response;
    response.contentType = contentType;
    // A minute: the page and calendar change only when serve restarts with
    // another campaign, and at the peak every fan opens the page at once.
    response.headers = {{"ETag", etag}, {"Cache-Control", "public, max-age=60"}};
    if (!ifNoneMatch.isNull() && etagMatches(ifNoneMatch, etag)) {
        response.status = 304;
        return response;
    }
    response.body = body;
    return response;
}

void Service::handleJoin(quint64 id, const HttpRequest &request)
{
    const auto it = m_connections.find(id);
    QString address;
    if (it != m_connections.end())
        address = it->second->client.isEmpty() ? it->second->address : it->second->client;
    Response refusal;
    refusal.cors = true;
    if (const auto retryAfter = m_joinLimiter->take(address, m_config.now().toMSecsSinceEpoch())) {
        refusal.status = 429;
        refusal.headers.append(Header {"Retry-After", QByteArray::number(*retryAfter)});
        refusal.body = errorBody(
            Error {{}, u"too many joins from this address; retry in %1 s"_s.arg(*retryAfter)});
        return respond(id, std::move(refusal));
    }
    auto fields = parseJoin(request.body, m_config.resolveZone);
    if (!fields) {
        refusal.status = 400;
        refusal.body = errorBody(fields.error());
        return respond(id, std::move(refusal));
    }
    const QByteArray key = request.header("idempotency-key");
    if (!key.isNull() && !isValidIdempotencyKey(key)) {
        refusal.status = 400;
        refusal.body = errorBody(
            Error {u"Idempotency-Key"_s, u"must be 16 to 128 characters of A-Z a-z 0-9 - _"_s});
        return respond(id, std::move(refusal));
    }
    JoinRequest join;
    join.handle = fields->handle;
    join.handleKey = fields->handleKey;
    join.platform = fields->platform;
    join.zone = fields->zone;
    join.idempotencyKey = key;
    join.freshToken = generateToken();
    join.at = m_config.now();
    ++m_inFlight;
    m_writer.submit(
        std::move(join),
        [this, id, handle = fields->handle, platform = fields->platform](Outcome outcome) {
            post([this, id, handle, platform, outcome = std::move(outcome)] {
                --m_inFlight;
                Response response;
                response.cors = true;
                if (outcome.error) {
                    markNotStored(response,
                                  u"the join may not have been stored; retry it with the same "
                                  u"Idempotency-Key");
                } else {
                    const JoinResult &joined = outcome.join;
                    const QString idText = QString::number(joined.id);
                    switch (joined.kind) {
                    case JoinResult::Kind::Created:
                        m_stats.addParticipant(joined.zone);
                        m_statsJson.clear();
                        response.status = 201;
                        response.body = joinBody(joined.id, joined.token);
                        break;
                    case JoinResult::Kind::Replayed:
                        response.status = 200;
                        response.body = joinBody(joined.id, joined.token);
                        break;
                    case JoinResult::Kind::Conflict: {
                        response.status = 409;
                        QJsonObject body {{u"error"_s,
                                           u"handle: %1 has already joined on %2"_s.arg(
                                               quoted(handle), platform)},
                                          {u"field"_s, u"handle"_s},
                                          {u"id"_s, idText}};
                        response.body = jsonBody(body);
                        break;
                    }
                    }
                }
                respond(id, std::move(response));
                maybeFinish();
            });
        });
}

void Service::handleCheckin(quint64 id, qint64 participant, const HttpRequest &request)
{
    Response refusal;
    refusal.cors = true;
    const QByteArray token = bearerToken(request);
    if (token.isEmpty()) {
        refusal.status = 401;
        refusal.headers.append(Header {"WWW-Authenticate", "Bearer"});
        refusal.body
            = errorBody(Error {u"Authorization"_s, u"a check-in needs the token from the join"_s});
        return respond(id, std::move(refusal));
    }
    auto object = parseObject(request.body);
    if (!object) {
        refusal.status = 400;
        refusal.body = errorBody(object.error());
        return respond(id, std::move(refusal));
    }
    auto statusText = stringField(*object, u"status"_s);
    if (!statusText) {
        refusal.status = 400;
        refusal.body = errorBody(statusText.error());
        return respond(id, std::move(refusal));
    }
    const auto status = checkinStatusFromName(*statusText);
    if (!status) {
        refusal.status = 400;
        refusal.body = errorBody(
            Error {u"status"_s,
                   u"unknown status %1; expected ready or posted"_s.arg(quoted(*statusText))});
        return respond(id, std::move(refusal));
    }
    // post_url: the shape here; "on the participant's platform" in the
    // store, which knows the platform (after the token is checked).
    QString postUrl;
    if (const QJsonValue value = object->value(u"post_url"_s);
        !value.isUndefined() && !value.isNull()) {
        Expected<void> fits = value.isString()
            ? checkPostUrl(value.toString())
            : Expected<void>(fail(u"post_url"_s, u"must be a string"_s));
        if (fits && *status != Status::Posted)
            fits = fail(u"post_url"_s,
                        u"only a \"posted\" check-in carries the post's address, not %1"_s.arg(
                            quoted(*statusText)));
        if (!fits) {
            refusal.status = 400;
            refusal.body = errorBody(fits.error());
            return respond(id, std::move(refusal));
        }
        postUrl = value.toString();
    }
    CheckinRequest checkin;
    checkin.id = participant;
    checkin.tokenHash = hashToken(token);
    checkin.status = *status;
    checkin.at = m_config.now();
    checkin.postUrl = postUrl;
    ++m_inFlight;
    m_writer.submit(std::move(checkin), [this, id, participant](Outcome outcome) {
        post([this, id, participant, outcome = std::move(outcome)] {
            --m_inFlight;
            Response response;
            response.cors = true;
            if (outcome.error) {
                markNotStored(response, u"the check-in may not have been stored; retry it");
            } else {
                const CheckinResult &result = outcome.checkin;
                switch (result.kind) {
                case CheckinResult::Kind::Done:
                    m_stats.moveStatus(result.zone, result.before, result.after);
                    if (result.before != result.after)
                        m_statsJson.clear();
                    response.body = jsonBody({{u"id"_s, QString::number(participant)},
                                              {u"status"_s, statusName(result.after)}});
                    break;
                case CheckinResult::Kind::UnknownId:
                    response.status = 404;
                    response.body
                        = errorBody(Error {u"id"_s, u"no participant '%1'"_s.arg(participant)});
                    break;
                case CheckinResult::Kind::Forbidden:
                    response.status = 403;
                    response.body = errorBody(
                        Error {u"Authorization"_s,
                               u"this token is not participant %1's"_s.arg(participant)});
                    break;
                case CheckinResult::Kind::BadPostUrl:
                    response.status = 400;
                    response.body = errorBody(result.refusal);
                    break;
                }
            }
            respond(id, std::move(response));
            maybeFinish();
        });
    });
}

void Service::handleList(quint64 id, const HttpRequest &request, bool csv)
{
    if (!isAdmin(request)) {
        Response refusal;
        refusal.status = 401;
        refusal.headers.append(Header {"WWW-Authenticate", "Bearer"});
        refusal.body = errorBody(Error {u"Authorization"_s, u"the admin token is required"_s});
        return respond(id, std::move(refusal));
    }
    const auto page = parsePage(request.query);
    if (!page) {
        Response refusal;
        refusal.status = 400;
        refusal.body = errorBody(page.error());
        return respond(id, std::move(refusal));
    }
    if (page->limit == 0)
        return startList(id, csv, page->after);
    // One page: read one more than asked, to know whether another follows.
    ++m_inFlight;
    m_writer.submit(
        ListRequest {page->after, page->limit + 1}, [this, id, csv, page = *page](Outcome outcome) {
            post([this, id, csv, page, outcome = std::move(outcome)] {
                --m_inFlight;
                Response response;
                if (outcome.error) {
                    response.status = 503;
                    response.headers.append(Header {"Retry-After", "1"});
                    response.body = errorBody(Error {{}, u"the participants could not be read"_s});
                } else {
                    QList<Participant> participants = outcome.participants;
                    const bool more = participants.size() > page.limit;
                    if (more)
                        participants.resize(page.limit);
                    const QByteArray next = more ? QByteArray::number(participants.back().id) : "";
                    if (csv) {
                        response.contentType = "text/csv; charset=utf-8";
                        response.headers.append(Header {
                            "Content-Disposition", "attachment; filename=\"participants.csv\""});
                        if (more)
                            response.headers.append(
                                Header {"Link",
                                        "</api/v1/participants.csv?after=" + next + "&limit="
                                            + QByteArray::number(page.limit) + ">; rel=\"next\""});
                        response.body = participantsCsv(participants);
                    } else {
                        response.body = R"({"participants":[)" + participantsJsonRows(participants)
                            + ']' + (more ? R"(,"next":")" + next + '"' : QByteArray()) + '}';
                    }
                }
                respond(id, std::move(response));
                maybeFinish();
            });
        });
}

void Service::startList(quint64 id, bool csv, qint64 after)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end() || it->second->closing)
        return;
    Connection &connection = *it->second;
    auto stream = std::make_unique<ListStream>();
    stream->csv = csv;
    stream->after = after;
    stream->chunked = !connection.http10;
    stream->close = !connection.keepAlive || m_shuttingDown || !stream->chunked;
    stream->stall = new QTimer(connection.socket);
    stream->stall->setSingleShot(true);
    stream->stall->setInterval(m_config.limits.writeTimeout);
    connect(stream->stall, &QTimer::timeout, this, [this, id] {
        if (auto found = m_connections.find(id); found != m_connections.end()) {
            found->second->closing = true;
            found->second->socket->abort();
        }
    });
    connect(connection.socket, &QTcpSocket::bytesWritten, stream->stall,
            [this, id] { onListDrained(id); });
    connection.stream = std::move(stream);
    // The head waits for the first page: a database that cannot be read
    // then still gets an honest 503.
    requestListPage(id);
}

void Service::writeListPiece(Connection &connection, const QByteArray &piece)
{
    if (piece.isEmpty())
        return;
    if (connection.stream->chunked) {
        connection.socket->write(QByteArray::number(piece.size(), 16) + "\r\n");
        connection.socket->write(piece);
        connection.socket->write("\r\n");
    } else {
        connection.socket->write(piece);
    }
}

void Service::requestListPage(quint64 id)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end() || !it->second->stream)
        return;
    ++m_inFlight;
    m_writer.submit(ListRequest {it->second->stream->after, listPageSize},
                    [this, id](Outcome outcome) {
                        post([this, id, outcome = std::move(outcome)] {
                            --m_inFlight;
                            onListPage(id, outcome);
                            maybeFinish();
                        });
                    });
}

void Service::onListPage(quint64 id, const Outcome &outcome)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end() || it->second->closing || !it->second->stream)
        return;
    Connection &connection = *it->second;
    ListStream &stream = *connection.stream;
    if (!stream.headSent) {
        if (outcome.error) {
            delete stream.stall;
            connection.stream.reset();
            Response response;
            response.status = 503;
            response.headers.append(Header {"Retry-After", "1"});
            response.body = errorBody(Error {{}, u"the participants could not be read"_s});
            return respond(id, std::move(response));
        }
        Response response;
        if (stream.csv) {
            response.contentType = "text/csv; charset=utf-8";
            response.headers.append(
                Header {"Content-Disposition", "attachment; filename=\"participants.csv\""});
        }
        connection.socket->write(
            responseHead(response, stream.close,
                         int(stream.chunked ? Framing::Chunked : Framing::UntilClose), 0));
        stream.headSent = true;
        writeListPiece(connection,
                       stream.csv ? participantsCsvHeader() : QByteArray(R"({"participants":[)"));
    }
    if (outcome.error) {
        // The status line went out with the first page: send what was
        // written, then close without the last chunk, so the client sees the
        // answer incomplete (the stall timer bounds a client that never reads).
        connection.closing = true;
        stream.stall->start();
        connection.socket->disconnectFromHost();
        return;
    }
    const QList<Participant> &page = outcome.participants;
    if (!page.isEmpty()) {
        QByteArray piece;
        if (stream.csv) {
            piece = participantsCsvRows(page);
        } else {
            if (stream.sentAny)
                piece += ',';
            piece += participantsJsonRows(page);
        }
        stream.sentAny = true;
        stream.after = page.back().id;
        writeListPiece(connection, piece);
    }
    if (page.size() < listPageSize) {
        if (!stream.csv)
            writeListPiece(connection, "]}");
        if (stream.chunked)
            connection.socket->write("0\r\n\r\n");
        const bool close = stream.close || m_shuttingDown;
        delete stream.stall;
        connection.stream.reset();
        connection.busy = false;
        connection.method.clear();
        releaseForwarded(connection);
        return finishAnswer(id, connection, close, false);
    }
    if (connection.socket->bytesToWrite() <= listDrainBytes)
        return requestListPage(id);
    stream.waitingForDrain = true;
    stream.stall->start();
}

void Service::onListDrained(quint64 id)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end() || it->second->closing || !it->second->stream)
        return;
    ListStream &stream = *it->second->stream;
    if (!stream.waitingForDrain)
        return;
    if (it->second->socket->bytesToWrite() > listDrainBytes) {
        stream.stall->start(); // it is reading: the clock starts again
        return;
    }
    stream.waitingForDrain = false;
    stream.stall->stop();
    requestListPage(id);
}

} // namespace Chorus::Checkin
