#include "checkintest.h"

#include "checkin/token.h"
#include "time/zonecatalogue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
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
    const qsizetype length = response.headers.value("content-length", "0").toLongLong();
    if (data.size() < end + 4 + length)
        return response;
    response.body = data.sliced(end + 4, length);
    response.status = statusLine[1].toInt();
    return response;
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
    waitUntil([&] { return parseResponse(received).status != 0 || closed; }, timeoutMs);
    RawResponse response = parseResponse(received);
    if (response.status != 0 && response.headers.value("connection") == "close")
        waitUntil([&] { return closed; }, 2000);
    else
        waitUntil([&] { return closed; }, 50);
    response.closed = closed;
    return response;
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
