#include "checkintest.h"

#include "checkin/token.h"
#include "time/zonecatalogue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chorus::Test {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::usleep(200);
    }
    return true;
}

QJsonObject RawResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray httpRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                       const QByteArray &extraHeaders)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!body.isNull())
        out += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    out += extraHeaders;
    out += "\r\n";
    out += body;
    return out;
}

namespace {

/// Parses one response at the start of `data`; status 0 when incomplete.
RawResponse parseResponse(const QByteArray &data)
{
    RawResponse response;
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return response;
    const QList<QByteArray> lines = data.first(end).split('\n');
    const QList<QByteArray> statusLine = lines.front().trimmed().split(' ');
    if (statusLine.size() < 2)
        return response;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            response.headers.insert(lines[i].first(colon).trimmed().toLower(),
                                    lines[i].sliced(colon + 1).trimmed());
    }
    if (response.headers.value("transfer-encoding").toLower() == "chunked") {
        // Chunk sizes in hex, each chunk followed by CRLF; the empty chunk
        // (and an empty trailer) ends the body.
        qsizetype at = end + 4;
        QByteArray body;
        for (;;) {
            const qsizetype lineEnd = data.indexOf("\r\n", at);
            if (lineEnd < 0)
                return response;
            bool ok = false;
            const qsizetype size = data.sliced(at, lineEnd - at).toLongLong(&ok, 16);
            if (!ok || size < 0)
                return response;
            if (data.size() < lineEnd + 2 + size + 2)
                return response;
            if (size == 0)
                break;
            body += data.sliced(lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        response.body = body;
        response.status = statusLine[1].toInt();
        return response;
    }
    const qsizetype length = response.headers.value("content-length", "0").toLongLong();
    if (data.size() < end + 4 + length)
        return response;
    response.body = data.sliced(end + 4, length);
    response.status = statusLine[1].toInt();
    return response;
}

/// A cheap test before parseResponse(), which copies the body: whether
/// `data` may hold a whole response.
bool mayBeComplete(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = data.first(end).toLower();
    if (head.contains("\r\ntransfer-encoding: chunked"))
        return data.endsWith("0\r\n\r\n");
    const qsizetype at = head.indexOf("\r\ncontent-length:");
    if (at < 0)
        return true;
    const qsizetype lineEnd = head.indexOf('\r', at + 2);
    const qsizetype length = head.sliced(at + 17, (lineEnd < 0 ? head.size() : lineEnd) - at - 17)
                                 .trimmed()
                                 .toLongLong();
    return data.size() >= end + 4 + length;
}

} // namespace

RawResponse exchange(quint16 port, const QByteArray &bytes, int timeoutMs)
{
    return exchangeFrom(QHostAddress(), port, bytes, timeoutMs);
}

RawResponse exchangeFrom(const QHostAddress &source, quint16 port, const QByteArray &bytes,
                         int timeoutMs)
{
    QTcpSocket socket;
    if (!source.isNull() && !socket.bind(source, 0)) {
        ADD_FAILURE() << "cannot bind to " << source.toString().toStdString();
        return {};
    }
    socket.connectToHost(u"127.0.0.1"_s, port);
    QByteArray received;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { closed = true; });
    if (!waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState || closed; },
                   timeoutMs))
        return {};
    socket.write(bytes);
    waitUntil(
        [&] { return closed || (mayBeComplete(received) && parseResponse(received).status != 0); },
        timeoutMs);
    RawResponse response = parseResponse(received);
    if (response.status != 0 && response.headers.value("connection") == "close")
        waitUntil([&] { return closed; }, 2000);
    else
        waitUntil([&] { return closed; }, 50);
    response.closed = closed;
    return response;
}

QString generateParticipantsSql(const QString &dialect, int count)
{
    const QString columns = u"INSERT INTO participants (handle, handle_key, platform, zone, status,"
                            " token_hash, joined_at) "_s;
    const QString zone = u"CASE x % 3 WHEN 0 THEN 'Europe/Berlin' WHEN 1 THEN 'America/Sao_Paulo'"
                         " ELSE 'Asia/Manila' END"_s;
    if (dialect == u"postgres"_s)
        return columns
            + u"SELECT '@fan' || x, 'fan' || x, 'x', %1, x %% 3, sha256(x::text::bytea),"
              " TIMESTAMPTZ '2027-02-14T16:00:00Z' + x * INTERVAL '1 millisecond'"
              " FROM generate_series(1, %2) AS x"_s.arg(zone)
                  .arg(count)
                  .replace(u"%%"_s, u"%"_s);
    return u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %1) "_s.arg(
               count)
        + columns
        + u"SELECT '@fan' || x, 'fan' || x, 'x', %1, x %% 3, randomblob(32),"
          " '2027-02-14T16:00:00.000Z' FROM c"_s.arg(zone)
              .replace(u"%%"_s, u"%"_s);
}

void generateParticipants(const QString &dbPath, int count)
{
    {
        Checkin::SqliteStore store(dbPath);
        const auto opened = store.open();
        ASSERT_TRUE(opened.has_value()) << opened.error().text().toStdString();
    }
    const QString name = u"generate-participants"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dbPath);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(generateParticipantsSql(u"sqlite"_s, count)))
            << query.lastError().text().toStdString();
    }
    QSqlDatabase::removeDatabase(name);
}

std::function<Expected<QByteArray>(QStringView)> zoneResolver()
{
    static const auto catalogue
        = std::make_shared<const Time::ZoneCatalogue>(Time::ZoneCatalogue::system());
    return [](QStringView zone) -> Expected<QByteArray> {
        auto resolved = catalogue->resolve(zone);
        if (!resolved)
            return std::unexpected(resolved.error());
        return resolved->id;
    };
}

Checkin::Limits testLimits()
{
    Checkin::Limits limits;
    limits.joinBurst = 1'000'000;
    return limits;
}

TestService::TestService(Checkin::Limits limits, QString dbPath,
                         const std::function<void(Checkin::ServiceConfig &)> &configure)
{
    m_dbPath = dbPath.isEmpty() ? m_dir.filePath(u"checkins.sqlite"_s) : dbPath;
    Checkin::ServiceConfig config;
    config.campaignJson = R"({"format":"chorus-campaign","version":1,"hashtag":"#AlitaSequel"})";
    config.resolveZone = zoneResolver();
    config.adminTokenHash = Checkin::hashToken(adminToken);
    config.limits = limits;
    config.now = [clock = clock] {
        return *clock;
    };
    if (configure)
        configure(config);
    const QString path = m_dbPath;
    m_service = std::make_unique<Checkin::Service>(
        std::move(config), [path] { return std::make_unique<Checkin::SqliteStore>(path); });
    auto listening = m_service->listen(QHostAddress::LocalHost, 0);
    EXPECT_TRUE(listening.has_value()) << (listening ? "" : listening.error().text().toStdString());
}

TestService::~TestService()
{
    m_service.reset();
}

std::pair<QByteArray, QByteArray>
TestService::join(const QByteArray &handle, const QByteArray &zone, const QByteArray &platform)
{
    const QByteArray body = R"({"handle":")" + handle + R"(","platform":")" + platform
        + R"(","zone":")" + zone + R"("})";
    const RawResponse response
        = exchange(port(), httpRequest("POST", "/api/v1/participants", body));
    EXPECT_EQ(response.status, 201) << response.body.toStdString();
    const QJsonObject json = response.json();
    return {json.value(u"id"_s).toString().toUtf8(), json.value(u"token"_s).toString().toUtf8()};
}

} // namespace Chorus::Test
