// The organizer's participant list at any size, over real loopback sockets:
// a generated database of 50,000 participants comes back whole as JSON and
// CSV (streamed in chunks), a client that reads late still gets all of it,
// one that never reads is cut off, and ?limit/?after pages walk the list.
#include "checkintest.h"

#include "checkin/token.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

#include <array>
#include <cerrno>

#include <gtest/gtest.h>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Chorus::Checkin;
using Chorus::Test::exchange;
using Chorus::Test::httpRequest;
using Chorus::Test::RawResponse;
using Chorus::Test::TestService;
using Chorus::Test::waitUntil;

namespace {

const QByteArray admin = "Authorization: Bearer " + Chorus::Test::adminToken + "\r\n";

QString databaseWith(QTemporaryDir &dir, int count)
{
    const QString path = dir.filePath(u"big.sqlite"_s);
    Chorus::Test::generateParticipants(path, count);
    return path;
}

/// Every participant of a JSON list is there once, in id order 1..count.
void expectWholeJsonList(const RawResponse &response, int count)
{
    ASSERT_EQ(response.status, 200) << response.body.first(200).toStdString();
    EXPECT_EQ(response.headers.value("transfer-encoding"), "chunked");
    const QJsonObject object = response.json();
    const QJsonArray list = object.value(u"participants"_s).toArray();
    ASSERT_EQ(list.size(), count);
    EXPECT_FALSE(object.contains(u"next"_s));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject participant = list[i].toObject();
        ASSERT_EQ(participant.value(u"id"_s).toString(), QString::number(i + 1));
        ASSERT_EQ(participant.value(u"handle"_s).toString(), u"@fan%1"_s.arg(i + 1));
    }
    EXPECT_EQ(list.last().toObject().value(u"status"_s).toString(),
              QString::fromLatin1(std::array {"joined", "ready", "posted"}[count % 3]));
}

void expectWholeCsv(const RawResponse &response, int count)
{
    ASSERT_EQ(response.status, 200);
    EXPECT_EQ(response.headers.value("content-type"), "text/csv; charset=utf-8");
    const QList<QByteArray> lines = response.body.split('\n');
    ASSERT_EQ(lines.size(), count + 2); // the header, the rows, "" after the last CRLF
    EXPECT_EQ(lines.front(), "id,handle,platform,zone,status,joined_at,post_url\r");
    for (int i = 1; i <= count; ++i)
        ASSERT_TRUE(lines[i].startsWith(
            QByteArray(QByteArray::number(i) + ",'@fan" + QByteArray::number(i) + ",x,")))
            << lines[i].toStdString();
    EXPECT_TRUE(lines.back().isEmpty());
}

constexpr int bigCount = 50'000;

TEST(BigList, FiftyThousandParticipantsComeBackWholeAsJsonAndCsv)
{
    QTemporaryDir dir;
    TestService service(Chorus::Test::testLimits(), databaseWith(dir, bigCount));
    expectWholeJsonList(
        exchange(service.port(), httpRequest("GET", "/api/v1/participants", {}, admin), 60000),
        bigCount);
    expectWholeCsv(
        exchange(service.port(), httpRequest("GET", "/api/v1/participants.csv", {}, admin), 60000),
        bigCount);
    expectWholeCsv(exchange(service.port(),
                            httpRequest("GET", "/api/v1/participants?format=csv", {}, admin),
                            60000),
                   bigCount);
}

TEST(BigList, AStreamedListKeepsTheConnectionForTheNextRequest)
{
    QTemporaryDir dir;
    TestService service(Chorus::Test::testLimits(), databaseWith(dir, 2500));
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, service.port());
    ASSERT_TRUE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    // Pipelined: the list, then the stats, on one connection.
    socket.write(httpRequest("GET", "/api/v1/participants", {}, admin)
                 + httpRequest("GET", "/api/v1/stats"));
    QByteArray received;
    ASSERT_TRUE(waitUntil(
        [&] {
            received += socket.readAll();
            return received.endsWith(R"("participants":2500,"posted":833,"ready":834})");
        },
        20000))
        << received.right(300).toStdString();
    EXPECT_TRUE(received.contains("\r\n0\r\n\r\nHTTP/1.1 200 OK\r\n"));
    EXPECT_EQ(socket.state(), QAbstractSocket::ConnectedState);
}

TEST(BigList, HttpTenGetsTheListEndedByClosingTheConnection)
{
    QTemporaryDir dir;
    TestService service(Chorus::Test::testLimits(), databaseWith(dir, 1500));
    const RawResponse response
        = exchange(service.port(),
                   "GET /api/v1/participants HTTP/1.0\r\nAuthorization: Bearer "
                       + Chorus::Test::adminToken + "\r\n\r\n",
                   20000);
    // No Content-Length and no chunks: the body is everything until the close.
    EXPECT_TRUE(response.closed);
    EXPECT_FALSE(response.headers.contains("transfer-encoding"));
    EXPECT_FALSE(response.headers.contains("content-length"));
}

/// A raw client with a small receive buffer, so that the service's socket
/// really fills up when it does not read.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int small = 16 * 1024;
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        EXPECT_EQ(::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    }
    ~RawClient() { ::close(m_fd); }
    void send(const QByteArray &bytes)
    {
        EXPECT_EQ(::send(m_fd, bytes.data(), bytes.size(), 0), bytes.size());
    }
    /// Reads what is there without waiting; false once the peer closed or reset.
    bool readSome()
    {
        char chunk[65536];
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, MSG_DONTWAIT);
        if (n > 0)
            received.append(chunk, n);
        return n > 0 || (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK));
    }
    QByteArray received;

private:
    int m_fd = -1;
};

void idle(int ms)
{
    waitUntil([] { return false; }, ms);
}

TEST(BigList, AClientThatReadsLateStillGetsAllOfIt)
{
    QTemporaryDir dir;
    Limits limits = Chorus::Test::testLimits();
    limits.writeTimeout = std::chrono::seconds(20);
    TestService service(limits, databaseWith(dir, bigCount));
    RawClient client(service.port());
    client.send(httpRequest("GET", "/api/v1/participants.csv", {}, admin));
    // Nothing read for two seconds: the service's buffer fills far past the
    // 1 MiB that drops a client who never reads its answers.
    idle(2000);
    EXPECT_EQ(service.service().connectionCount(), 1);
    ASSERT_TRUE(waitUntil(
        [&] { return !client.readSome() || client.received.endsWith("\r\n0\r\n\r\n"); }, 60000));
    ASSERT_TRUE(client.received.endsWith("\r\n0\r\n\r\n"));
    ASSERT_TRUE(client.received.startsWith("HTTP/1.1 200 OK\r\n"));
    // Each of the 50,000 rows arrived.
    EXPECT_TRUE(client.received.contains("\r\n50000,'@fan50000,x,"));
    EXPECT_EQ(client.received.count("'@fan"), bigCount);
}

TEST(BigList, AClientThatNeverReadsIsCutOffAfterTheWriteTimeout)
{
    QTemporaryDir dir;
    Limits limits = Chorus::Test::testLimits();
    limits.writeTimeout = std::chrono::milliseconds(500);
    TestService service(limits, databaseWith(dir, bigCount));
    RawClient client(service.port());
    client.send(httpRequest("GET", "/api/v1/participants", {}, admin));
    ASSERT_TRUE(waitUntil([&] { return service.service().connectionCount() == 1; }));
    // The service gave up on it and holds nothing for it any more.
    EXPECT_TRUE(waitUntil([&] { return service.service().connectionCount() == 0; }, 10000));
}

/// The SQLite store, but reading a page of the list that starts after id
/// `failFrom` or later fails (the database went away in the middle).
class PageFailingStore final : public Store
{
public:
    PageFailingStore(const QString &path, qint64 failFrom)
        : m_store(path)
        , m_failFrom(failFrom)
    { }
    Chorus::Expected<void> open() override { return m_store.open(); }
    Chorus::Expected<void> begin() override { return m_store.begin(); }
    Chorus::Expected<void> commit() override { return m_store.commit(); }
    void rollback() override { m_store.rollback(); }
    Chorus::Expected<JoinResult> join(const JoinRequest &r) override { return m_store.join(r); }
    Chorus::Expected<CheckinResult> checkIn(const CheckinRequest &r) override
    {
        return m_store.checkIn(r);
    }
    Chorus::Expected<QList<Participant>> participants() override { return m_store.participants(); }
    Chorus::Expected<QList<Participant>> participantsAfter(qint64 afterId, int limit) override
    {
        if (afterId >= m_failFrom)
            return Chorus::fail(u"database"_s, u"unreachable"_s);
        return m_store.participantsAfter(afterId, limit);
    }
    Chorus::Expected<Stats> stats() override { return m_store.stats(); }

private:
    SqliteStore m_store;
    qint64 m_failFrom;
};

std::unique_ptr<Service> serviceFailingFrom(const QString &db, qint64 failFrom)
{
    ServiceConfig config;
    config.campaignJson = "{}";
    config.resolveZone = Chorus::Test::zoneResolver();
    config.adminTokenHash = hashToken(Chorus::Test::adminToken);
    config.limits = Chorus::Test::testLimits();
    config.now = [] {
        return QDateTime::fromString(u"2027-02-14T16:00:00Z"_s, Qt::ISODate);
    };
    auto service = std::make_unique<Service>(std::move(config), [db, failFrom] {
        return std::make_unique<PageFailingStore>(db, failFrom);
    });
    EXPECT_TRUE(service->listen(QHostAddress::LocalHost, 0).has_value());
    return service;
}

TEST(BigList, ADatabaseThatCannotBeReadBeforeTheListStartsGets503)
{
    QTemporaryDir dir;
    const auto service = serviceFailingFrom(databaseWith(dir, 10), 0);
    const RawResponse response
        = exchange(service->port(), httpRequest("GET", "/api/v1/participants", {}, admin));
    EXPECT_EQ(response.status, 503);
    EXPECT_EQ(response.headers.value("retry-after"), "1");
    EXPECT_FALSE(response.closed);
}

TEST(BigList, ADatabaseThatFailsInTheMiddleCutsTheListOffVisiblyIncomplete)
{
    QTemporaryDir dir;
    const auto service = serviceFailingFrom(databaseWith(dir, 2500), 1000);
    for (const QByteArray &path :
         {QByteArray("/api/v1/participants"), QByteArray("/api/v1/participants.csv")}) {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, service->port());
        ASSERT_TRUE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
        socket.write(httpRequest("GET", path, {}, admin));
        QByteArray received;
        ASSERT_TRUE(waitUntil([&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        }));
        received += socket.readAll();
        EXPECT_TRUE(received.startsWith("HTTP/1.1 200 OK\r\n"));
        EXPECT_TRUE(received.contains("@fan1000")); // the first page went out
        EXPECT_FALSE(received.contains("@fan1001"));
        EXPECT_FALSE(received.endsWith("0\r\n\r\n")) << path.toStdString();
    }
}

TEST(BigList, PagesWalkTheListWithNext)
{
    QTemporaryDir dir;
    TestService service(Chorus::Test::testLimits(), databaseWith(dir, 2500));
    QStringList ids;
    QByteArray path = "/api/v1/participants?limit=1000";
    int pages = 0;
    while (!path.isEmpty()) {
        const RawResponse response
            = exchange(service.port(), httpRequest("GET", path, {}, admin), 20000);
        ASSERT_EQ(response.status, 200) << response.body.toStdString();
        EXPECT_TRUE(response.headers.contains("content-length"));
        const QJsonObject object = response.json();
        const QJsonArray list = object.value(u"participants"_s).toArray();
        EXPECT_LE(list.size(), 1000);
        for (const QJsonValue &participant : list)
            ids.append(participant.toObject().value(u"id"_s).toString());
        ++pages;
        if (object.contains(u"next"_s)) {
            EXPECT_EQ(object.value(u"next"_s).toString(), ids.last());
            path = "/api/v1/participants?limit=1000&after="
                + object.value(u"next"_s).toString().toLatin1();
        } else {
            path.clear();
        }
    }
    EXPECT_EQ(pages, 3);
    ASSERT_EQ(ids.size(), 2500);
    for (int i = 0; i < 2500; ++i)
        ASSERT_EQ(ids[i], QString::number(i + 1));

    // An exact last page has no next; after= alone streams the rest.
    const QJsonObject exact
        = exchange(service.port(),
                   httpRequest("GET", "/api/v1/participants?after=1500&limit=1000", {}, admin))
              .json();
    EXPECT_EQ(exact.value(u"participants"_s).toArray().size(), 1000);
    EXPECT_FALSE(exact.contains(u"next"_s));
    const RawResponse rest = exchange(
        service.port(), httpRequest("GET", "/api/v1/participants?after=2490", {}, admin));
    const QJsonArray tail = rest.json().value(u"participants"_s).toArray();
    ASSERT_EQ(tail.size(), 10);
    EXPECT_EQ(tail.first().toObject().value(u"id"_s).toString(), u"2491"_s);
    const RawResponse beyond = exchange(
        service.port(), httpRequest("GET", "/api/v1/participants?after=9999&limit=5", {}, admin));
    EXPECT_EQ(beyond.status, 200);
    EXPECT_EQ(beyond.body, R"({"participants":[]})");

    // CSV pages name the next one in a Link header.
    const RawResponse csv = exchange(
        service.port(), httpRequest("GET", "/api/v1/participants.csv?limit=2&after=7", {}, admin));
    EXPECT_EQ(csv.body.count("\r\n"), 3);
    EXPECT_TRUE(csv.body.contains("\r\n8,'@fan8,"));
    EXPECT_TRUE(csv.body.contains("\r\n9,'@fan9,"));
    EXPECT_EQ(csv.headers.value("link"),
              R"(</api/v1/participants.csv?after=9&limit=2>; rel="next")");
}

struct BadPageRow
{
    const char *name;
    const char *query;
    const char *field;
};

class BadPage : public testing::TestWithParam<BadPageRow>
{
};

TEST_P(BadPage, Gets400NamingTheParameter)
{
    TestService service;
    for (const QByteArray &path :
         {QByteArray("/api/v1/participants?"), QByteArray("/api/v1/participants.csv?")}) {
        const RawResponse response
            = exchange(service.port(), httpRequest("GET", path + GetParam().query, {}, admin));
        EXPECT_EQ(response.status, 400) << path.toStdString() << GetParam().query;
        EXPECT_EQ(response.json().value(u"field"_s).toString().toStdString(), GetParam().field)
            << response.body.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Rows, BadPage,
                         testing::Values(BadPageRow {"LimitZero", "limit=0", "limit"},
                                         BadPageRow {"LimitTooBig", "limit=1001", "limit"},
                                         BadPageRow {"LimitNegative", "limit=-1", "limit"},
                                         BadPageRow {"LimitWord", "limit=all", "limit"},
                                         BadPageRow {"LimitEmpty", "limit=", "limit"},
                                         BadPageRow {"LimitPlus", "limit=%2B5", "limit"},
                                         BadPageRow {"LimitTwice", "limit=5&limit=6", "limit"},
                                         BadPageRow {"AfterWord", "after=abc&limit=5", "after"},
                                         BadPageRow {"AfterNegative", "after=-3", "after"},
                                         BadPageRow {"AfterHuge", "after=99999999999999999999",
                                                     "after"}),
                         Chorus::Test::ByName());

} // namespace
