// The PostgreSQL backend against a real server that the test starts on
// loopback (tests/support/pgserver.h): the store's semantics, two `serve`
// instances on one database, a database restart under load, and
// `chorus-cli serve --db postgresql://…`. Skipped, saying why, where the
// PostgreSQL server binaries or Qt's QPSQL driver are missing.
#include "checkintest.h"

#include "checkin/postgresstore.h"
#include "checkin/token.h"

#include "pgserver.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <atomic>
#include <map>
#include <set>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Chorus::Checkin;
using Chorus::Test::exchange;
using Chorus::Test::httpRequest;
using Chorus::Test::PgServer;
using Chorus::Test::RawResponse;
using Chorus::Test::waitUntil;

namespace {

const QString cli = QStringLiteral(CHORUS_CLI);

/// One server for the whole suite (initdb costs seconds); each test gets a
/// database of its own.
class Pg : public ::testing::Test
{
public:
    static void SetUpTestSuite()
    {
        if (!PgServer::unavailableReason().isEmpty())
            return;
        // fsync off: nothing here crashes the machine; restarts are clean.
        s_server = new PgServer(PgServer::Options {.fsync = false});
        if (!s_server->start()) {
            s_startError = s_server->error();
            delete s_server;
            s_server = nullptr;
        }
    }
    static void TearDownTestSuite()
    {
        delete s_server;
        s_server = nullptr;
    }

protected:
    void SetUp() override
    {
        if (const QString reason = PgServer::unavailableReason(); !reason.isEmpty())
            GTEST_SKIP() << reason.toStdString();
        ASSERT_NE(s_server, nullptr) << "PostgreSQL did not start: " << s_startError.toStdString();
        static int counter = 0;
        m_database = u"test_%1"_s.arg(++counter);
        ASSERT_TRUE(s_server->createDatabase(m_database)) << s_server->error().toStdString();
    }

    static PgServer &server() { return *s_server; }
    [[nodiscard]] PostgresTarget target() const { return s_server->target(m_database); }
    [[nodiscard]] QString database() const { return m_database; }

    /// A service on the shared database, figures re-read after `statsMaxAge`.
    std::unique_ptr<Service> makeService(std::chrono::milliseconds statsMaxAge
                                         = std::chrono::milliseconds(200))
    {
        ServiceConfig config;
        config.campaignJson = R"({"format":"chorus-campaign","version":1})";
        config.resolveZone = Chorus::Test::zoneResolver();
        config.adminTokenHash = hashToken(Chorus::Test::adminToken);
        config.limits = Chorus::Test::testLimits();
        config.now = [] {
            return QDateTime::fromString(u"2027-02-14T16:00:00Z"_s, Qt::ISODate);
        };
        config.statsMaxAge = statsMaxAge;
        const PostgresTarget where = target();
        auto service = std::make_unique<Service>(
            std::move(config), [where] { return std::make_unique<PostgresStore>(where); });
        auto listening = service->listen(QHostAddress::LocalHost, 0);
        EXPECT_TRUE(listening.has_value())
            << (listening ? "" : listening.error().text().toStdString());
        return service;
    }

    /// Runs `sql` on a connection of the test's own; the first column of each row.
    QStringList query(const QString &sql)
    {
        QStringList rows;
        const QString name = u"pg-test-check"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            const PostgresTarget where = target();
            db.setHostName(where.host);
            db.setPort(where.port);
            db.setUserName(where.user);
            db.setPassword(where.password);
            db.setDatabaseName(where.database);
            EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
            while (q.next())
                rows.append(q.value(0).toString());
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }

private:
    static inline PgServer *s_server = nullptr;
    static inline QString s_startError;
    QString m_database;
};

QByteArray joinBody(const QByteArray &handle, const QByteArray &zone = "Europe/Berlin")
{
    return R"({"handle":")" + handle + R"(","platform":"x","zone":")" + zone + R"("})";
}

JoinRequest joinRequest(const QString &handle, const QByteArray &key = {})
{
    JoinRequest request;
    request.handle = handle;
    request.handleKey = normaliseHandle(handle);
    request.platform = u"x"_s;
    request.zone = "Asia/Manila";
    request.idempotencyKey = key;
    request.freshToken = generateToken();
    request.at = QDateTime::fromString(u"2027-02-14T16:00:00Z"_s, Qt::ISODate);
    return request;
}

/// A keep-alive client that sends requests one after another, asking
/// `next(index)` for each (an empty answer ends it), and records every
/// answer (status, Retry-After, body).
class Client
{
public:
    struct Answer
    {
        int status = 0;
        QByteArray retryAfter;
        QByteArray body;
    };
    using Next = std::function<QByteArray(qsizetype index)>;

    Client(quint16 port, Next next)
        : m_next(std::move(next))
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { onData(); });
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket, [this] { sendNext(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket,
                         [this] { m_closed = true; });
        m_socket.connectToHost(u"127.0.0.1"_s, port);
    }
    Client(quint16 port, QList<QByteArray> requests)
        : Client(port, [requests = std::move(requests)](qsizetype index) {
            return index < requests.size() ? requests[index] : QByteArray();
        })
    { }
    [[nodiscard]] bool done() const { return m_closed || m_finished; }
    [[nodiscard]] const QList<Answer> &answers() const { return m_answers; }

private:
    void sendNext()
    {
        const QByteArray request = m_next(m_answers.size());
        if (request.isEmpty())
            m_finished = true;
        else
            m_socket.write(request);
    }
    void onData()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Answer answer;
            qsizetype length = 0;
            const QList<QByteArray> lines = m_buffer.first(end).split('\n');
            answer.status = lines.front().split(' ').value(1).toInt();
            for (const QByteArray &line : lines) {
                const QByteArray lower = line.trimmed().toLower();
                if (lower.startsWith("content-length:"))
                    length = lower.sliced(15).trimmed().toLongLong();
                else if (lower.startsWith("retry-after:"))
                    answer.retryAfter = lower.sliced(12).trimmed();
            }
            if (m_buffer.size() < end + 4 + length)
                return;
            answer.body = m_buffer.sliced(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            m_answers.append(answer);
            sendNext();
        }
    }

    Next m_next;
    QTcpSocket m_socket;
    QList<Answer> m_answers;
    QByteArray m_buffer;
    bool m_closed = false;
    bool m_finished = false;
};

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: t\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

QJsonObject statsOf(quint16 port)
{
    return exchange(port, httpRequest("GET", "/api/v1/stats")).json();
}

} // namespace

// ---------------------------------------------------------------- the URL

struct UrlRow
{
    std::string name;
    QString url;
    QString user;
    QString host;
    int port;
    QString database;
};

void PrintTo(const UrlRow &row, std::ostream *os)
{
    *os << row.name;
}

class PostgresUrl : public ::testing::TestWithParam<UrlRow>
{
};

TEST_P(PostgresUrl, Parses)
{
    const UrlRow &row = GetParam();
    ASSERT_TRUE(isPostgresUrl(row.url));
    const auto target = parsePostgresUrl(row.url);
    ASSERT_TRUE(target.has_value()) << target.error().text().toStdString();
    EXPECT_EQ(target->user, row.user);
    EXPECT_EQ(target->host, row.host);
    EXPECT_EQ(target->port, row.port);
    EXPECT_EQ(target->database, row.database);
    EXPECT_TRUE(target->password.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Rows, PostgresUrl,
    ::testing::Values(UrlRow {"Full", u"postgresql://chorus@db.internal:5433/alita"_s, u"chorus"_s,
                              u"db.internal"_s, 5433, u"alita"_s},
                      UrlRow {"PostgresScheme", u"postgres://chorus@127.0.0.1/alita"_s, u"chorus"_s,
                              u"127.0.0.1"_s, 5432, u"alita"_s},
                      UrlRow {"NoUser", u"postgresql://localhost/alita"_s, u""_s, u"localhost"_s,
                              5432, u"alita"_s},
                      UrlRow {"Ipv6", u"postgresql://chorus@[::1]:6000/alita"_s, u"chorus"_s,
                              u"::1"_s, 6000, u"alita"_s},
                      UrlRow {"EscapedName", u"postgresql://fan%40club@h/my%20db"_s, u"fan@club"_s,
                              u"h"_s, 5432, u"my db"_s}),
    Chorus::Test::ByName());

TEST(PostgresUrlRefused, NamesTheValueAndWhy)
{
    const std::map<QString, QString> cases {
        {u"postgresql://chorus:secret@h/db"_s, u"PGPASSWORD"_s},
        {u"postgres://chorus:secret@h:5432/db?sslmode=require"_s, u"PGPASSWORD"_s},
        {u"postgresql://chorus@h"_s, u"names no database"_s},
        {u"postgresql://chorus@h/"_s, u"names no database"_s},
        {u"postgresql://chorus@h/db/extra"_s, u"names no database"_s},
        {u"postgresql:///db"_s, u"names no host"_s},
        {u"postgresql://chorus@h:notaport/db"_s, u"not a valid URL"_s},
        {u"postgresql://chorus@h/db?sslmode=require"_s, u"query parameters"_s},
        {u"postgresql:db"_s, u"not a valid URL"_s},
    };
    for (const auto &[url, why] : cases) {
        const auto target = parsePostgresUrl(url);
        ASSERT_FALSE(target.has_value()) << url.toStdString();
        EXPECT_EQ(target.error().field, u"--db"_s);
        // The value is named, with a password in it shown as ***.
        const QString shown = QString(url).replace(u":secret@"_s, u":***@"_s);
        EXPECT_TRUE(target.error().message.contains(Chorus::quoted(shown)))
            << target.error().text().toStdString();
        EXPECT_TRUE(target.error().message.contains(why)) << target.error().text().toStdString();
    }
    EXPECT_FALSE(isPostgresUrl(u"checkins.sqlite"_s));
    EXPECT_FALSE(isPostgresUrl(u"/var/lib/chorus/postgresql.db"_s));
}

// ---------------------------------------------------------------- the store

TEST_F(Pg, StoreMigratesOnceAndAgreesWithSqliteOnJoinsAndCheckins)
{
    PostgresStore store(target());
    ASSERT_TRUE(store.open());
    EXPECT_EQ(store.schemaVersion(), sqliteMigrations().last().version);
    EXPECT_EQ(postgresMigrations().last().version, sqliteMigrations().last().version);

    ASSERT_TRUE(store.begin());
    const auto created = store.join(joinRequest(u"@AlitaFan"_s, "key-0123456789abcdef"));
    ASSERT_TRUE(created);
    EXPECT_EQ(created->kind, JoinResult::Kind::Created);
    const auto again = store.join(joinRequest(u"alitafan"_s));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->kind, JoinResult::Kind::Conflict);
    EXPECT_EQ(again->id, created->id);
    EXPECT_TRUE(again->token.isEmpty());
    ASSERT_TRUE(store.commit());

    // A second store (another instance) on the same database: the same
    // secret, so an idempotent replay gives the same token there.
    PostgresStore other(target());
    ASSERT_TRUE(other.open());
    ASSERT_TRUE(other.begin());
    const auto replayed = other.join(joinRequest(u" @ALITAFAN"_s, "key-0123456789abcdef"));
    ASSERT_TRUE(replayed);
    EXPECT_EQ(replayed->kind, JoinResult::Kind::Replayed);
    EXPECT_EQ(replayed->id, created->id);
    EXPECT_EQ(replayed->token, created->token);

    CheckinRequest checkin;
    checkin.id = created->id;
    checkin.tokenHash = hashToken(created->token);
    checkin.status = Status::Posted;
    checkin.at = QDateTime::fromString(u"2027-02-14T17:05:00Z"_s, Qt::ISODate);
    const auto posted = other.checkIn(checkin);
    ASSERT_TRUE(posted);
    EXPECT_EQ(posted->kind, CheckinResult::Kind::Done);
    EXPECT_EQ(posted->before, Status::Joined);
    EXPECT_EQ(posted->after, Status::Posted);
    checkin.status = Status::Ready; // never backwards
    const auto ready = other.checkIn(checkin);
    ASSERT_TRUE(ready);
    EXPECT_EQ(ready->after, Status::Posted);
    checkin.tokenHash = hashToken("someone else's token");
    EXPECT_EQ(other.checkIn(checkin)->kind, CheckinResult::Kind::Forbidden);
    checkin.id = created->id + 1000;
    EXPECT_EQ(other.checkIn(checkin)->kind, CheckinResult::Kind::UnknownId);
    ASSERT_TRUE(other.commit());

    ASSERT_TRUE(store.begin());
    const auto list = store.participants();
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->front().handle, u"@AlitaFan"_s);
    EXPECT_EQ(list->front().zone, "Asia/Manila");
    EXPECT_EQ(list->front().status, Status::Posted);
    EXPECT_EQ(list->front().joinedAt,
              QDateTime::fromString(u"2027-02-14T16:00:00Z"_s, Qt::ISODate));
    const auto stats = store.stats();
    ASSERT_TRUE(stats);
    EXPECT_EQ(stats->total.participants, 1);
    EXPECT_EQ(stats->total.posted, 1);
    EXPECT_EQ(stats->byZone.at("Asia/Manila").posted, 1);
    ASSERT_TRUE(store.commit());

    EXPECT_EQ(query(u"SELECT version FROM schema_version"_s),
              QStringList {QString::number(postgresMigrations().last().version)});
    EXPECT_EQ(query(u"SELECT count(*) FROM checkins"_s), QStringList {u"2"_s});
}

TEST_F(Pg, ARolledBackBatchLeavesNothing)
{
    PostgresStore store(target());
    ASSERT_TRUE(store.open());
    ASSERT_TRUE(store.begin());
    ASSERT_TRUE(store.join(joinRequest(u"@ghost"_s)));
    store.rollback();
    EXPECT_TRUE(store.connected());
    EXPECT_EQ(query(u"SELECT count(*) FROM participants"_s), QStringList {u"0"_s});
}

TEST_F(Pg, InstancesStartingTogetherMigrateOnce)
{
    std::vector<std::thread> threads;
    std::atomic<int> opened = 0;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([this, &opened] {
            PostgresStore store(target());
            if (store.open())
                ++opened;
        });
    for (std::thread &thread : threads)
        thread.join();
    EXPECT_EQ(opened, 4);
    EXPECT_EQ(query(u"SELECT count(*) FROM schema_version"_s), QStringList {u"1"_s});
    EXPECT_EQ(query(u"SELECT count(*) FROM meta"_s), QStringList {u"1"_s});
}

TEST_F(Pg, ANewerSchemaIsRefused)
{
    {
        PostgresStore store(target());
        ASSERT_TRUE(store.open());
    }
    query(u"UPDATE schema_version SET version = 99 RETURNING version"_s);
    PostgresStore store(target());
    const auto opened = store.open();
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message.contains(u"schema version 99"_s));
}

TEST_F(Pg, AWrongPasswordIsRefusedNamingTheServer)
{
    PostgresTarget where = target();
    where.password = u"wrong"_s;
    PostgresStore store(where);
    const auto opened = store.open();
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message.contains(where.display()))
        << opened.error().text().toStdString();
    EXPECT_FALSE(opened.error().text().contains(u"wrong"_s)) << opened.error().text().toStdString();
}

TEST_F(Pg, ADatabaseNotInUtf8IsRefusedNamingItsEncoding)
{
    // Handles are matched by their text after a round trip; SQL_ASCII would
    // hand other bytes back for "Zoë".
    const QString name = database() + u"_ascii"_s;
    ASSERT_TRUE(server().createDatabase(name, u"SQL_ASCII"_s)) << server().error().toStdString();
    PostgresStore store(server().target(name));
    const auto opened = store.open();
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message.contains(u"SQL_ASCII"_s)) << opened.error().text().toStdString();
    EXPECT_TRUE(opened.error().message.contains(u"UTF8"_s));
    EXPECT_TRUE(opened.error().message.contains(server().target(name).display()));
}

TEST_F(Pg, HealthzSaysWhenTheDatabaseIsUnreachable)
{
    // A load balancer's health check sends writes elsewhere meanwhile.
    const auto service = makeService();
    EXPECT_EQ(exchange(service->port(), httpRequest("GET", "/healthz")).status, 200);
    ASSERT_TRUE(server().stop()) << server().error().toStdString();
    // The writer notices when a batch fails: a join gets 503.
    const RawResponse failed
        = exchange(service->port(), httpRequest("POST", "/api/v1/participants", joinBody("@down")));
    EXPECT_EQ(failed.status, 503);
    EXPECT_EQ(failed.headers.value("retry-after"), "1");
    EXPECT_TRUE(failed.json()[u"error"_s].toString().contains(u"Idempotency-Key"_s))
        << failed.body.toStdString();
    const RawResponse down = exchange(service->port(), httpRequest("GET", "/healthz"));
    EXPECT_EQ(down.status, 503);
    EXPECT_EQ(down.headers.value("retry-after"), "1");
    EXPECT_EQ(down.json()[u"status"_s].toString(), u"database unavailable"_s);
    ASSERT_TRUE(server().startAgain()) << server().error().toStdString();
    EXPECT_TRUE(waitUntil(
        [&] { return exchange(service->port(), httpRequest("GET", "/healthz")).status == 200; },
        15000));
}

// ---------------------------------------------------------------- two instances

TEST_F(Pg, TwoInstancesBehaveAsOneService)
{
    auto a = makeService();
    auto b = makeService();

    // Joined on A, checks in on B.
    const RawResponse joined
        = exchange(a->port(), httpRequest("POST", "/api/v1/participants", joinBody("@amaya")));
    ASSERT_EQ(joined.status, 201) << joined.body.toStdString();
    const QByteArray id = joined.json().value(u"id"_s).toString().toUtf8();
    const QByteArray token = joined.json().value(u"token"_s).toString().toUtf8();
    const RawResponse checkedIn = exchange(
        b->port(),
        httpRequest("POST", "/api/v1/participants/" + id + "/checkins", R"({"status":"posted"})",
                    "Authorization: Bearer " + token + "\r\n"));
    EXPECT_EQ(checkedIn.status, 200) << checkedIn.body.toStdString();
    // The same handle on B is the same participant.
    const RawResponse twice
        = exchange(b->port(), httpRequest("POST", "/api/v1/participants", joinBody("AMAYA")));
    EXPECT_EQ(twice.status, 409);
    EXPECT_EQ(twice.json().value(u"id"_s).toString().toUtf8(), id);

    // Both instances see every participant, whichever took the join.
    for (int i = 0; i < 6; ++i) {
        Service &service = i % 2 ? *a : *b;
        const RawResponse response
            = exchange(service.port(),
                       httpRequest("POST", "/api/v1/participants",
                                   joinBody("@fan" + QByteArray::number(i), "Asia/Tokyo")));
        ASSERT_EQ(response.status, 201);
    }
    const auto agree = [&] {
        const QJsonObject fromA = statsOf(a->port());
        const QJsonObject fromB = statsOf(b->port());
        return fromA == fromB && fromA.value(u"participants"_s).toInt() == 7
            && fromA.value(u"posted"_s).toInt() == 1
            && fromA.value(u"by_zone"_s)
                   .toObject()
                   .value(u"Asia/Tokyo"_s)
                   .toObject()
                   .value(u"participants"_s)
                   .toInt()
            == 6;
    };
    EXPECT_TRUE(waitUntil(agree, 10000))
        << QJsonDocument(statsOf(a->port())).toJson().toStdString()
        << QJsonDocument(statsOf(b->port())).toJson().toStdString();

    // The ETag still lets a poller skip an unchanged body.
    const RawResponse first = exchange(a->port(), httpRequest("GET", "/api/v1/stats"));
    const QByteArray etag = first.headers.value("etag");
    ASSERT_FALSE(etag.isEmpty());
    const RawResponse unchanged = exchange(
        a->port(), httpRequest("GET", "/api/v1/stats", {}, "If-None-Match: " + etag + "\r\n"));
    EXPECT_EQ(unchanged.status, 304);

    // The admin list on B holds A's participant.
    const RawResponse list
        = exchange(b->port(),
                   httpRequest("GET", "/api/v1/participants", {},
                               "Authorization: Bearer " + Chorus::Test::adminToken + "\r\n"));
    ASSERT_EQ(list.status, 200);
    EXPECT_EQ(list.json().value(u"participants"_s).toArray().size(), 7);
}

TEST_F(Pg, TheSameHandleJoiningOnBothInstancesAtOnceMakesOneParticipant)
{
    auto a = makeService();
    auto b = makeService();
    constexpr int handles = 40;
    constexpr int clientsPerInstance = 4;
    // Every client sends every handle, in its own order, so the same handle
    // reaches both instances (and several batches) at nearly the same time.
    std::vector<std::unique_ptr<Client>> clients;
    for (int c = 0; c < 2 * clientsPerInstance; ++c) {
        QList<QByteArray> requests;
        for (int i = 0; i < handles; ++i) {
            const int h = (i * 7 + c * 5) % handles;
            requests.append(
                post("/api/v1/participants", joinBody("@race" + QByteArray::number(h))));
        }
        clients.push_back(
            std::make_unique<Client>(c % 2 ? a->port() : b->port(), std::move(requests)));
    }
    ASSERT_TRUE(waitUntil(
        [&] {
            return std::ranges::all_of(clients, [](const auto &client) { return client->done(); });
        },
        30000));
    std::map<QByteArray, int> created;
    int conflicts = 0;
    for (const auto &client : clients) {
        ASSERT_EQ(client->answers().size(), handles);
        for (const Client::Answer &answer : client->answers()) {
            // A deadlock between the instances' batches is retried, so
            // every answer is definite.
            ASSERT_TRUE(answer.status == 201 || answer.status == 409)
                << answer.status << ' ' << answer.body.toStdString();
            if (answer.status == 201)
                ++created[QJsonDocument::fromJson(answer.body)[u"id"_s].toString().toUtf8()];
            else
                ++conflicts;
        }
    }
    EXPECT_EQ(int(created.size()), handles);
    for (const auto &[id, count] : created)
        EXPECT_EQ(count, 1) << "participant " << id.toStdString() << " was created twice";
    EXPECT_EQ(conflicts, handles * (2 * clientsPerInstance - 1));
    EXPECT_EQ(query(u"SELECT count(*) FROM participants"_s),
              QStringList {QString::number(handles)});
}

// ---------------------------------------------------------------- restart

TEST_F(Pg, ADatabaseRestartUnderLoadLosesNothingAcknowledgedAndHeals)
{
    auto service = makeService();
    constexpr int clientCount = 12;
    constexpr int afterRestart = 30;
    // The clients keep joining until the restart is over and each has made
    // `afterRestart` more joins, however fast or slow the machine.
    std::atomic<bool> restarted = false;
    std::atomic<bool> restartOk = false;
    std::vector<qsizetype> stopAt(clientCount, -1);
    std::vector<std::unique_ptr<Client>> clients;
    for (int c = 0; c < clientCount; ++c) {
        clients.push_back(std::make_unique<Client>(
            service->port(), [c, &restarted, &stopAt](qsizetype index) -> QByteArray {
                if (restarted && stopAt[c] < 0)
                    stopAt[c] = index + afterRestart;
                if (stopAt[c] >= 0 && index >= stopAt[c])
                    return {};
                return post(
                    "/api/v1/participants",
                    joinBody("@load_" + QByteArray::number(c) + '_' + QByteArray::number(index)));
            }));
    }
    // Let the load get going, then restart the server from another thread
    // (pg_ctl blocks) while the event loop keeps serving.
    ASSERT_TRUE(waitUntil([&] { return clients.front()->answers().size() >= 20; }, 20000));
    std::thread restarter([&] {
        restartOk = server().stop() && server().startAgain();
        restarted = true;
    });
    const bool finished = waitUntil(
        [&] {
            return restarted
                && std::ranges::all_of(clients, [](const auto &client) { return client->done(); });
        },
        90000);
    restarter.join();
    ASSERT_TRUE(restartOk) << server().error().toStdString();
    ASSERT_TRUE(finished);

    std::map<QString, QString> acknowledged; // handle → id
    int unavailable = 0;
    for (int c = 0; c < clientCount; ++c) {
        const QList<Client::Answer> &answers = clients[c]->answers();
        ASSERT_EQ(answers.size(), stopAt[c]);
        for (qsizetype i = 0; i < answers.size(); ++i) {
            const Client::Answer &answer = answers[i];
            if (answer.status == 201) {
                acknowledged[u"@load_%1_%2"_s.arg(c).arg(i)]
                    = QJsonDocument::fromJson(answer.body)[u"id"_s].toString();
            } else {
                // Nothing but a clean "not stored, retry".
                ASSERT_EQ(answer.status, 503) << answer.body.toStdString();
                EXPECT_EQ(answer.retryAfter, "1");
                ++unavailable;
            }
        }
    }
    EXPECT_GT(unavailable, 0) << "the restart should have cut some requests";
    EXPECT_GT(acknowledged.size(), 0u);

    // Every acknowledged join is in the database, with the id it was given.
    std::map<QString, QString> stored;
    const QStringList rows = query(u"SELECT handle || ' ' || id FROM participants"_s);
    for (const QString &row : rows)
        stored[row.section(u' ', 0, 0)] = row.section(u' ', 1, 1);
    for (const auto &[handle, id] : acknowledged) {
        ASSERT_TRUE(stored.contains(handle))
            << handle.toStdString() << " was acknowledged but lost";
        EXPECT_EQ(stored.at(handle), id);
    }

    // It reconnected by itself and serves again.
    EXPECT_TRUE(waitUntil(
        [&] {
            return exchange(service->port(),
                            httpRequest("POST", "/api/v1/participants", joinBody("@after")))
                       .status
                == 201;
        },
        20000));
    EXPECT_GE(service->reconnectCount(), 1u);
    EXPECT_EQ(exchange(service->port(), httpRequest("GET", "/healthz")).status, 200);
}

TEST_F(Pg, ARestartWhileIdleCostsNoRequestAnything)
{
    auto service = makeService();
    ASSERT_EQ(
        exchange(service->port(), httpRequest("POST", "/api/v1/participants", joinBody("@early")))
            .status,
        201);
    ASSERT_TRUE(server().stop()) << server().error().toStdString();
    ASSERT_TRUE(server().startAgain()) << server().error().toStdString();
    // The writer's connection is dead, but nothing of the next batch had
    // reached the server: it reconnects and runs it, no 503.
    const RawResponse joined
        = exchange(service->port(), httpRequest("POST", "/api/v1/participants", joinBody("@late")));
    EXPECT_EQ(joined.status, 201) << joined.body.toStdString();
    EXPECT_EQ(service->reconnectCount(), 1u);
}

// ---------------------------------------------------------------- chorus-cli serve

namespace {

QString writeCampaign(const QTemporaryDir &dir)
{
    QFile campaign(dir.filePath(u"campaign.chorus.json"_s));
    campaign.open(QIODevice::WriteOnly);
    campaign.write(
        R"({"format":"chorus-campaign","version":1,"title":"Test hour","hashtag":"#AlitaSequel","start":"2027-02-14T17:00:00Z","duration_minutes":60})");
    return campaign.fileName();
}

/// Starts `chorus-cli serve` and returns its port once it listens (0 if not).
quint16 startServe(QProcess &process, const QStringList &arguments,
                   const QProcessEnvironment &environment)
{
    process.setProcessEnvironment(environment);
    process.start(cli, arguments);
    if (!process.waitForReadyRead(15000))
        return 0;
    const QByteArray line = process.readLine().trimmed();
    const QByteArray prefix = "listening on http://127.0.0.1:";
    return line.startsWith(prefix) ? quint16(line.sliced(prefix.size()).toUInt()) : 0;
}

} // namespace

TEST_F(Pg, ServeRunsOnPostgresWithThePasswordFromTheEnvironmentOrAFile)
{
    QTemporaryDir dir;
    const QString campaign = writeCampaign(dir);
    QFile passwordFile(dir.filePath(u"pgpass"_s));
    ASSERT_TRUE(passwordFile.open(QIODevice::WriteOnly));
    passwordFile.write(PgServer::password().toUtf8() + '\n');
    passwordFile.close();

    QProcessEnvironment withVariable = QProcessEnvironment::systemEnvironment();
    withVariable.insert(u"PGPASSWORD"_s, PgServer::password());
    withVariable.insert(u"CHORUS_ADMIN_TOKEN"_s, u"admin-secret-0123456789"_s);
    QProcessEnvironment withoutVariable = withVariable;
    withoutVariable.remove(u"PGPASSWORD"_s);

    QProcess first;
    QProcess second;
    const QStringList common {u"serve"_s,       campaign,  u"--listen"_s,
                              u"127.0.0.1:0"_s, u"--db"_s, server().url(database())};
    const quint16 firstPort = startServe(first, common, withVariable);
    ASSERT_NE(firstPort, 0) << first.readAllStandardError().toStdString();
    const quint16 secondPort = startServe(
        second, common + QStringList {u"--db-password-file"_s, passwordFile.fileName()},
        withoutVariable);
    ASSERT_NE(secondPort, 0) << second.readAllStandardError().toStdString();

    const RawResponse joined
        = exchange(firstPort, httpRequest("POST", "/api/v1/participants", joinBody("@cli")));
    ASSERT_EQ(joined.status, 201);
    EXPECT_EQ(
        exchange(secondPort, httpRequest("POST", "/api/v1/participants", joinBody("@CLI"))).status,
        409);
    EXPECT_TRUE(waitUntil([&] { return statsOf(secondPort).value(u"participants"_s).toInt() == 1; },
                          10000));

    for (QProcess *process : {&first, &second}) {
        process->terminate();
        ASSERT_TRUE(process->waitForFinished(15000));
        EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().toStdString();
    }

    // Without any password the server refuses: exit 1, naming the database.
    const Chorus::Test::ProcessResult refused
        = Chorus::Test::runProcess(cli, common, {}, 30000, [] {
              QProcessEnvironment environment;
              environment.insert(u"PGPASSWORD"_s, u"wrong-password"_s);
              return environment;
          }());
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.out.isEmpty());
    EXPECT_TRUE(refused.err.contains(server().url(database()).sliced(13).toUtf8()))
        << refused.err.toStdString();
}

TEST(ServePostgresBadInput, Exits2NamingTheValue)
{
    QTemporaryDir dir;
    const QString campaign = writeCampaign(dir);
    const QStringList base {u"serve"_s, campaign, u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s};
    QFile empty(dir.filePath(u"empty-password"_s));
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.write("\n");
    empty.close();
    struct Case
    {
        QStringList arguments;
        QByteArray mentions;
    };
    const QList<Case> cases {
        {base + QStringList {u"postgresql://chorus:hunter2@127.0.0.1/db"_s},
         "'postgresql://chorus:***@127.0.0.1/db' carries a password"},
        {base + QStringList {u"postgresql://chorus@127.0.0.1"_s},
         "'postgresql://chorus@127.0.0.1' names no database"},
        {base + QStringList {u"postgres://chorus@127.0.0.1:port/db"_s},
         "'postgres://chorus@127.0.0.1:port/db'"},
        {base
             + QStringList {u"postgresql://chorus@127.0.0.1/db"_s, u"--db-password-file"_s,
                            dir.filePath(u"missing"_s)},
         "--db-password-file: cannot read"},
        {base
             + QStringList {u"postgresql://chorus@127.0.0.1/db"_s, u"--db-password-file"_s,
                            empty.fileName()},
         "empty-password' holds no password"},
        {base
             + QStringList {dir.filePath(u"x.sqlite"_s), u"--db-password-file"_s,
                            dir.filePath(u"missing"_s)},
         "--db-password-file: is only for a PostgreSQL --db"},
    };
    for (const Case &c : cases) {
        const Chorus::Test::ProcessResult result = Chorus::Test::runProcess(cli, c.arguments);
        EXPECT_EQ(result.exitCode, 2) << c.arguments.join(u' ').toStdString();
        EXPECT_TRUE(result.out.isEmpty());
        EXPECT_TRUE(result.err.contains(c.mentions)) << result.err.toStdString();
        EXPECT_EQ(result.err.count('\n'), 1) << result.err.toStdString();
    }
    // The password itself never appears in a message.
    const Chorus::Test::ProcessResult leaked = Chorus::Test::runProcess(
        cli, base + QStringList {u"postgresql://chorus:hunter2@127.0.0.1/db"_s});
    EXPECT_EQ(leaked.exitCode, 2);
    EXPECT_FALSE(leaked.err.contains("hunter2")) << leaked.err.toStdString();
}

TEST_F(Pg, ABatchOfJoinsAnswersAsIfOneAfterAnother)
{
    PostgresStore store(target());
    ASSERT_TRUE(store.open());
    ASSERT_TRUE(store.begin());
    ASSERT_TRUE(store.join(joinRequest(u"@before"_s)));
    ASSERT_TRUE(store.commit());

    // Handles that need escaping in an array literal, a handle twice with
    // and without the same key, and one that existed before the batch.
    const QStringList odd {u"@quo\"te"_s, u"@back\\slash"_s, u"@{brace},comma"_s, u"@NULL"_s,
                           u"@ünï 日本"_s};
    QList<JoinRequest> batch;
    for (const QString &handle : odd)
        batch.append(joinRequest(handle));
    batch.append(joinRequest(u"@twice"_s, "key-twice-0123456789"));
    batch.append(joinRequest(u"@TWICE"_s, "key-twice-0123456789")); // replay in the batch
    batch.append(joinRequest(u"twice"_s)); // same handle, no key
    batch.append(joinRequest(u"@Before"_s));
    ASSERT_TRUE(store.begin());
    const auto results = store.joinAll(batch);
    ASSERT_TRUE(results) << results.error().text().toStdString();
    ASSERT_TRUE(store.commit());
    ASSERT_EQ(results->size(), batch.size());
    std::set<qint64> ids;
    for (qsizetype i = 0; i < odd.size(); ++i) {
        EXPECT_EQ((*results)[i].kind, JoinResult::Kind::Created) << odd[i].toStdString();
        EXPECT_EQ((*results)[i].token, batch[i].freshToken);
        ids.insert((*results)[i].id);
    }
    EXPECT_EQ(ids.size(), std::size_t(odd.size()));
    const JoinResult &created = (*results)[odd.size()];
    const JoinResult &replayed = (*results)[odd.size() + 1];
    const JoinResult &conflict = (*results)[odd.size() + 2];
    const JoinResult &existed = (*results)[odd.size() + 3];
    EXPECT_EQ(created.kind, JoinResult::Kind::Created);
    EXPECT_EQ(replayed.kind, JoinResult::Kind::Replayed);
    EXPECT_EQ(replayed.id, created.id);
    EXPECT_EQ(replayed.token, created.token);
    EXPECT_EQ(conflict.kind, JoinResult::Kind::Conflict);
    EXPECT_EQ(conflict.id, created.id);
    EXPECT_TRUE(conflict.token.isEmpty());
    EXPECT_EQ(existed.kind, JoinResult::Kind::Conflict);

    // The handles were stored exactly, and each created token checks in.
    QStringList expected = odd;
    expected << u"@before"_s << u"@twice"_s;
    expected.sort();
    QStringList stored = query(u"SELECT handle FROM participants"_s);
    stored.sort();
    EXPECT_EQ(stored, expected);
    ASSERT_TRUE(store.begin());
    for (qsizetype i = 0; i < odd.size(); ++i) {
        CheckinRequest checkin;
        checkin.id = (*results)[i].id;
        checkin.tokenHash = hashToken((*results)[i].token);
        checkin.status = Status::Ready;
        checkin.at = batch[i].at;
        EXPECT_EQ(store.checkIn(checkin)->kind, CheckinResult::Kind::Done);
    }
    ASSERT_TRUE(store.commit());
}

TEST_F(Pg, BestRanksTheSignUpsOfAPostgresDatabase)
{
    // Three sign-ups through the store, then `best --signups URL` reads them:
    // two in Manila, one in Berlin, as its audience.
    {
        PostgresStore store(target());
        ASSERT_TRUE(store.open());
        ASSERT_TRUE(store.begin());
        for (const auto &[handle, zone] : {std::pair {u"@one"_s, QByteArray("Asia/Manila")},
                                           std::pair {u"@two"_s, QByteArray("Asia/Manila")},
                                           std::pair {u"@three"_s, QByteArray("Europe/Berlin")}}) {
            JoinRequest request = joinRequest(handle);
            request.zone = zone;
            ASSERT_TRUE(store.join(request));
        }
        ASSERT_TRUE(store.commit());
    }
    QProcessEnvironment environment;
    environment.insert(u"PGPASSWORD"_s, PgServer::password());
    const QStringList arguments {u"best"_s,     u"--signups"_s,  server().url(database()),
                                 u"--from"_s,   u"2027-02-14T00:00:00Z"_s,
                                 u"--to"_s,     u"2027-02-15T00:00:00Z"_s,
                                 u"--duration"_s, u"1h"_s, u"--json"_s};
    const Chorus::Test::ProcessResult ranked
        = Chorus::Test::runProcess(cli, arguments, {}, 30000, environment);
    ASSERT_EQ(ranked.exitCode, 0) << ranked.err.toStdString();
    // As with a SQLite database (cli_plan_test): three people, and the best
    // hour suits all of them (17:00–22:00 in Manila, 10:00–15:00 in Berlin).
    const QJsonObject best = QJsonDocument::fromJson(ranked.out)
                                 .object()[u"candidates"_s]
                                 .toArray()
                                 .first()
                                 .toObject();
    EXPECT_EQ(best[u"total_weight"_s].toDouble(), 3.0) << ranked.out.toStdString();
    EXPECT_EQ(best[u"score"_s].toDouble(), 1.0);

    // A wrong password fails naming the database, never the password.
    environment.insert(u"PGPASSWORD"_s, u"wrong-password"_s);
    const Chorus::Test::ProcessResult refused
        = Chorus::Test::runProcess(cli, arguments, {}, 30000, environment);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.out.isEmpty());
    EXPECT_TRUE(refused.err.contains(server().url(database()).sliced(13).toUtf8()))
        << refused.err.toStdString();
    EXPECT_FALSE(refused.err.contains("wrong-password"));

    // A malformed URL is bad input naming it.
    const Chorus::Test::ProcessResult malformed = Chorus::Test::runProcess(
        cli, {u"best"_s, u"--signups"_s, u"postgresql://chorus:secret@127.0.0.1/db"_s, u"--from"_s,
              u"2027-02-08T00:00:00Z"_s, u"--to"_s, u"2027-02-09T00:00:00Z"_s, u"--duration"_s,
              u"1h"_s});
    EXPECT_EQ(malformed.exitCode, 2);
    EXPECT_TRUE(malformed.err.contains("--signups")) << malformed.err.toStdString();
    EXPECT_FALSE(malformed.err.contains("secret")) << malformed.err.toStdString();
}

namespace {

// Issue 13: the organizer's list of any size on PostgreSQL too, streamed
// page by page from the database, and its ?limit/?after pages.
TEST_F(Pg, FiftyThousandParticipantsComeBackWholeAsJsonAndCsvAndInPages)
{
    constexpr int count = 50'000;
    const auto service = makeService();
    query(Chorus::Test::generateParticipantsSql(u"postgres"_s, count));
    const QByteArray admin = "Authorization: Bearer " + Chorus::Test::adminToken + "\r\n";

    const RawResponse json
        = exchange(service->port(), httpRequest("GET", "/api/v1/participants", {}, admin), 60000);
    ASSERT_EQ(json.status, 200);
    EXPECT_EQ(json.headers.value("transfer-encoding"), "chunked");
    const QJsonArray list = json.json().value(u"participants"_s).toArray();
    ASSERT_EQ(list.size(), count);
    qint64 previous = 0;
    for (const QJsonValue &value : list) {
        const qint64 id = value.toObject().value(u"id"_s).toString().toLongLong();
        ASSERT_GT(id, previous);
        previous = id;
    }
    EXPECT_EQ(list.last().toObject().value(u"joined_at"_s).toString(),
              u"2027-02-14T16:00:50Z"_s); // + 50,000 ms

    const RawResponse csv = exchange(
        service->port(), httpRequest("GET", "/api/v1/participants.csv", {}, admin), 60000);
    ASSERT_EQ(csv.status, 200);
    EXPECT_EQ(csv.body.count("\r\n"), count + 1);
    EXPECT_EQ(csv.body.count(",'@fan"), count);

    const QByteArray second
        = QByteArray::number(list[999].toObject().value(u"id"_s).toString().toLongLong());
    const QJsonObject page
        = exchange(service->port(),
                   httpRequest("GET", "/api/v1/participants?limit=1000&after=" + second, {}, admin))
              .json();
    const QJsonArray pageList = page.value(u"participants"_s).toArray();
    ASSERT_EQ(pageList.size(), 1000);
    EXPECT_EQ(pageList.first(), list[1000]);
    EXPECT_EQ(page.value(u"next"_s), list[1999].toObject().value(u"id"_s));
}

} // namespace
