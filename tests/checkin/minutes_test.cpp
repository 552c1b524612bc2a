// GET /api/v1/stats/minutes (issue 15): posted check-ins per UTC minute,
// against a real `chorus-cli serve` on loopback, on SQLite and on a
// PostgreSQL server the test starts (tests/support/pgserver.h). The check-ins
// are written through the store with chosen times first, so the minutes
// they fall in are known; then serve answers from the same database.
#include "checkintest.h"

#include "checkin/minutes.h"
#include "checkin/postgresstore.h"
#include "checkin/sqlitestore.h"
#include "checkin/token.h"

#include "pgserver.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Chorus::Checkin;
using Chorus::Test::exchange;
using Chorus::Test::httpRequest;
using Chorus::Test::PgServer;
using Chorus::Test::RawResponse;

namespace {

const QString cli = QStringLiteral(CHORUS_CLI);

QDateTime at(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

qint64 minuteOf(const QString &text)
{
    return at(text).toSecsSinceEpoch() / 60;
}

} // namespace

TEST(ParseMinuteRange, RefusesAnythingButWholeMinutesInABoundedRangeNamingTheParameter)
{
    struct Row
    {
        QString from, to, field, says;
    };
    const QList<Row> rows {
        {u""_s, u"2027-02-14T18:00:00Z"_s, u"from"_s, u"is required"_s},
        {u"2027-02-14T17:00:00Z"_s, u""_s, u"to"_s, u"is required"_s},
        {u"yesterday"_s, u"2027-02-14T18:00:00Z"_s, u"from"_s, u""_s},
        {u"2027-02-14T17:00:30Z"_s, u"2027-02-14T18:00:00Z"_s, u"from"_s, u"not a whole minute"_s},
        {u"2027-02-14T17:00:00.500Z"_s, u"2027-02-14T18:00:00Z"_s, u"from"_s,
         u"not a whole minute"_s},
        {u"2027-02-14T17:00:00Z"_s, u"2027-02-14T17:59:59Z"_s, u"to"_s, u"not a whole minute"_s},
        {u"2027-02-14T17:00:00Z"_s, u"2027-02-14T17:00:00Z"_s, u"to"_s, u"is not after"_s},
        {u"2027-02-14T17:00:00Z"_s, u"2027-02-14T16:00:00Z"_s, u"to"_s, u"is not after"_s},
        {u"2027-02-14T17:00:00Z"_s, u"2027-02-21T17:01:00Z"_s, u"to"_s, u"more than 7 days"_s},
    };
    for (const Row &row : rows) {
        const auto range = parseMinuteRange(row.from, row.to);
        ASSERT_FALSE(range.has_value()) << row.from.toStdString() << " " << row.to.toStdString();
        EXPECT_EQ(range.error().field, row.field) << row.from.toStdString();
        EXPECT_TRUE(range.error().message.contains(row.says))
            << range.error().message.toStdString();
    }
    const auto week = parseMinuteRange(u"2027-02-14T17:00:00Z"_s, u"2027-02-21T17:00:00Z"_s);
    ASSERT_TRUE(week.has_value());
    EXPECT_EQ(week->size(), maxMinuteRange);
    // An offset names the same instant: 18:00+01:00 is 17:00Z.
    const auto offset = parseMinuteRange(u"2027-02-14T18:00:00+01:00"_s, u"2027-02-14T17:02:00Z"_s);
    ASSERT_TRUE(offset.has_value());
    EXPECT_EQ(offset->from, minuteOf(u"2027-02-14T17:00:00Z"_s));
    EXPECT_EQ(offset->size(), 2);
}

TEST(MinutesJsonBody, HasOneCountPerMinuteZerosIncludedAndReadsBack)
{
    const MinuteRange range {minuteOf(u"2027-02-14T17:00:00Z"_s),
                             minuteOf(u"2027-02-14T17:05:00Z"_s)};
    const QByteArray json = minutesJson(
        range, {{range.from - 1, 9}, {range.from + 1, 3}, {range.from + 4, 7}, {range.to, 5}});
    EXPECT_EQ(
        json,
        R"({"from":"2027-02-14T17:00:00Z","posted":[0,3,0,0,7],"to":"2027-02-14T17:05:00Z"})");
    const auto back = parseMinutesJson(json);
    ASSERT_TRUE(back.has_value()) << back.error().text().toStdString();
    EXPECT_EQ(back->range, range);
    EXPECT_EQ(back->posted, (QList<qint64> {0, 3, 0, 0, 7}));
    const auto short_ = parseMinutesJson(
        R"({"from":"2027-02-14T17:00:00Z","posted":[0,3],"to":"2027-02-14T17:05:00Z"})");
    ASSERT_FALSE(short_.has_value());
    EXPECT_EQ(short_.error().field, u"posted"_s);
    const auto negative = parseMinutesJson(
        R"({"from":"2027-02-14T17:00:00Z","posted":[-1],"to":"2027-02-14T17:01:00Z"})");
    ASSERT_FALSE(negative.has_value());
    EXPECT_EQ(negative.error().field, u"posted[0]"_s);
}

namespace {

/// Runs the route's tests on each backend: the store is filled with known
/// check-ins, then a real `serve` answers from it.
class StatsMinutes : public ::testing::TestWithParam<std::string>
{
public:
    static void SetUpTestSuite()
    {
        if (!PgServer::unavailableReason().isEmpty())
            return;
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
        if (postgres()) {
            if (const QString reason = PgServer::unavailableReason(); !reason.isEmpty())
                GTEST_SKIP() << reason.toStdString();
            ASSERT_NE(s_server, nullptr)
                << "PostgreSQL did not start: " << s_startError.toStdString();
            static int counter = 0;
            m_database = u"minutes_%1"_s.arg(++counter);
            ASSERT_TRUE(s_server->createDatabase(m_database)) << s_server->error().toStdString();
            m_db = s_server->url(m_database);
        } else {
            m_db = m_dir.filePath(u"checkins.sqlite"_s);
        }
    }
    void TearDown() override
    {
        if (m_serve.state() != QProcess::NotRunning) {
            m_serve.terminate();
            if (!m_serve.waitForFinished(10000))
                m_serve.kill();
            m_serve.waitForFinished(5000);
        }
    }

    [[nodiscard]] bool postgres() const { return GetParam() == "postgresql"; }

    std::unique_ptr<Store> makeStore()
    {
        if (postgres())
            return std::make_unique<PostgresStore>(s_server->target(m_database));
        return std::make_unique<SqliteStore>(m_db);
    }

    /// Joins `handle` and records `statuses` for it at the given times.
    void seed(Store &store, const QString &handle,
              const QList<std::pair<Status, QString>> &checkins)
    {
        ASSERT_TRUE(store.begin().has_value());
        JoinRequest join;
        join.handle = handle;
        join.handleKey = normaliseHandle(handle);
        join.platform = u"mastodon"_s;
        join.zone = "Europe/Berlin";
        join.freshToken = generateToken();
        join.at = at(u"2027-02-14T16:00:00Z"_s);
        const auto joined = store.join(join);
        ASSERT_TRUE(joined.has_value()) << joined.error().text().toStdString();
        for (const auto &[status, time] : checkins) {
            CheckinRequest checkin {joined->id, hashToken(joined->token), status, at(time), {}};
            const auto done = store.checkIn(checkin);
            ASSERT_TRUE(done.has_value()) << done.error().text().toStdString();
            ASSERT_EQ(done->kind, CheckinResult::Kind::Done);
        }
        ASSERT_TRUE(store.commit().has_value());
    }

    /// Starts serve on the database; its port, 0 when it did not start.
    quint16 startServe()
    {
        QFile campaign(m_dir.filePath(u"campaign.chorus.json"_s));
        EXPECT_TRUE(campaign.open(QIODevice::WriteOnly));
        campaign.write(
            R"({"format":"chorus-campaign","version":1,"title":"Test hour","hashtag":"#AlitaSequel","start":"2027-02-14T17:00:00Z","duration_minutes":60})");
        campaign.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CHORUS_ADMIN_TOKEN"_s, u"admin-secret-0123456789"_s);
        if (postgres())
            environment.insert(u"PGPASSWORD"_s, PgServer::password());
        m_serve.setProcessEnvironment(environment);
        m_serve.start(
            cli,
            {u"serve"_s, campaign.fileName(), u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, m_db});
        if (!m_serve.waitForReadyRead(15000))
            return 0;
        const QByteArray line = m_serve.readLine().trimmed();
        const QByteArray prefix = "listening on http://127.0.0.1:";
        return line.startsWith(prefix) ? quint16(line.sliced(prefix.size()).toUInt()) : 0;
    }

    /// The plan of the route's query as the database explains it, with
    /// sequential scans discouraged on PostgreSQL (its planner scans a tiny
    /// table whatever the indexes): the point is that an index serves it.
    QString queryPlan()
    {
        const QString name = u"minutes-plan"_s;
        QString plan;
        {
            QSqlDatabase db;
            if (postgres()) {
                db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
                const PostgresTarget where = s_server->target(m_database);
                db.setHostName(where.host);
                db.setPort(where.port);
                db.setUserName(where.user);
                db.setPassword(where.password);
                db.setDatabaseName(where.database);
            } else {
                db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(m_db);
            }
            EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery query(db);
            const QString sql = postgres()
                ? u"EXPLAIN SELECT to_char(date_trunc('minute', at AT TIME ZONE 'UTC'),"
                  " 'YYYY-MM-DD\"T\"HH24:MI'), COUNT(*) FROM checkins"
                  " WHERE at >= '2027-02-14T17:00:00Z'::timestamptz"
                  " AND at < '2027-02-14T18:00:00Z'::timestamptz AND status = 2"
                  " GROUP BY 1 ORDER BY 1"_s
                : u"EXPLAIN QUERY PLAN SELECT substr(at, 1, 16), COUNT(*) FROM checkins"
                  " WHERE at >= '2027-02-14T17:00:00.000Z' AND at < '2027-02-14T18:00:00.000Z'"
                  " AND status = 2 GROUP BY 1 ORDER BY 1"_s;
            if (postgres()) {
                EXPECT_TRUE(query.exec(u"SET enable_seqscan = off"_s));
            }
            EXPECT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
            while (query.next())
                plan += query.value(postgres() ? 0 : 3).toString() + u'\n';
        }
        QSqlDatabase::removeDatabase(name);
        return plan;
    }

    static inline PgServer *s_server = nullptr;
    static inline QString s_startError;
    QTemporaryDir m_dir;
    QString m_database;
    QString m_db;
    QProcess m_serve;
};

} // namespace

TEST_P(StatsMinutes, CountsPostedCheckinsPerMinuteOfTheRangeWithETagAndCors)
{
    {
        auto store = makeStore();
        ASSERT_TRUE(store->open().has_value());
        // Before the range, on its first minute (twice by one fan: every
        // posted check-in counts), inside, on the last second of the range,
        // and on its end (excluded); "ready" never counts.
        seed(*store, u"@one"_s,
             {{Status::Ready, u"2027-02-14T16:59:59.999Z"_s},
              {Status::Posted, u"2027-02-14T16:59:59.999Z"_s},
              {Status::Posted, u"2027-02-14T17:00:00Z"_s},
              {Status::Posted, u"2027-02-14T17:00:59.500Z"_s}});
        seed(*store, u"@two"_s,
             {{Status::Ready, u"2027-02-14T17:01:10Z"_s},
              {Status::Posted, u"2027-02-14T17:03:30Z"_s}});
        seed(*store, u"@three"_s,
             {{Status::Posted, u"2027-02-14T17:04:59.999Z"_s},
              {Status::Posted, u"2027-02-14T17:05:00Z"_s}});
    }
    const quint16 port = startServe();
    ASSERT_NE(port, 0) << m_serve.readAllStandardError().toStdString();

    const QByteArray path
        = "/api/v1/stats/minutes?from=2027-02-14T17:00:00Z&to=2027-02-14T17:05:00Z";
    const RawResponse answer = exchange(port, httpRequest("GET", path));
    ASSERT_EQ(answer.status, 200) << answer.body.toStdString();
    EXPECT_EQ(
        answer.body,
        R"({"from":"2027-02-14T17:00:00Z","posted":[2,0,0,1,1],"to":"2027-02-14T17:05:00Z"})");
    EXPECT_EQ(answer.headers.value("cache-control"), "public, max-age=5");
    EXPECT_EQ(answer.headers.value("access-control-allow-origin"), "*");
    const QByteArray etag = answer.headers.value("etag");
    ASSERT_FALSE(etag.isEmpty());

    const RawResponse again
        = exchange(port, httpRequest("GET", path, {}, "If-None-Match: " + etag + "\r\n"));
    EXPECT_EQ(again.status, 304);
    EXPECT_TRUE(again.body.isEmpty());

    // A different range is a different answer with its own ETag; an offset
    // and percent-encoding name the same instants.
    const RawResponse shifted
        = exchange(port,
                   httpRequest("GET",
                               "/api/v1/stats/minutes?from=2027-02-14T18%3A03%3A00%2B01%3A00"
                               "&to=2027-02-14T17:06:00Z",
                               {}, "If-None-Match: " + etag + "\r\n"));
    ASSERT_EQ(shifted.status, 200) << shifted.body.toStdString();
    EXPECT_EQ(shifted.body,
              R"({"from":"2027-02-14T17:03:00Z","posted":[1,1,1],"to":"2027-02-14T17:06:00Z"})");
    EXPECT_NE(shifted.headers.value("etag"), etag);

    const RawResponse preflight = exchange(port, httpRequest("OPTIONS", "/api/v1/stats/minutes"));
    EXPECT_EQ(preflight.status, 204);
    EXPECT_EQ(preflight.headers.value("access-control-allow-origin"), "*");
    EXPECT_EQ(exchange(port, httpRequest("POST", path, "{}")).status, 405);

    EXPECT_TRUE(queryPlan().contains(u"checkins_by_time"_s)) << queryPlan().toStdString();
}

TEST_P(StatsMinutes, RefusesABadRangeWith400NamingTheParameter)
{
    const quint16 port = startServe();
    ASSERT_NE(port, 0) << m_serve.readAllStandardError().toStdString();
    const QList<std::pair<QByteArray, QString>> rows {
        {"/api/v1/stats/minutes", u"from"_s},
        {"/api/v1/stats/minutes?from=2027-02-14T17:00:00Z", u"to"_s},
        {"/api/v1/stats/minutes?from=2027-02-14T17:00:10Z&to=2027-02-14T18:00:00Z", u"from"_s},
        {"/api/v1/stats/minutes?from=2027-02-14T17:00:00Z&to=2027-02-14T16:00:00Z", u"to"_s},
        {"/api/v1/stats/minutes?from=2027-02-14T17:00:00Z&to=2027-03-14T16:00:00Z", u"to"_s},
    };
    for (const auto &[path, field] : rows) {
        const RawResponse answer = exchange(port, httpRequest("GET", path));
        EXPECT_EQ(answer.status, 400) << path.toStdString();
        EXPECT_EQ(answer.json().value(u"field"_s).toString(), field) << path.toStdString();
        EXPECT_TRUE(answer.json().value(u"error"_s).toString().startsWith(field + u": "_s))
            << answer.body.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, StatsMinutes, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &row) { return row.param; });
