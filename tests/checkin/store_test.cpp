// The participant store, the group-commit writer and the pure helpers
// (tokens, CSV, HTTP dates, the request parser), without sockets.
#include "checkin/csv.h"
#include "checkin/handle.h"
#include "checkin/httpdate.h"
#include "checkin/httprequest.h"
#include "checkin/sqlitestore.h"
#include "checkin/sqlrows.h"
#include "checkin/token.h"
#include "checkin/writer.h"

#include "testutil.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <atomic>
#include <future>
#include <random>

using namespace Qt::StringLiterals;
using namespace Chorus::Checkin;

namespace {

const QDateTime joinTime = QDateTime::fromString(u"2027-02-14T16:00:00Z"_s, Qt::ISODate);

JoinRequest joinRequest(const QString &handle, const QString &platform = u"x"_s,
                        const QByteArray &zone = "Europe/Berlin", const QByteArray &key = {})
{
    JoinRequest request;
    request.handle = handle;
    // The service's key; the old rule for the few handles no platform allows.
    request.handleKey = canonicalHandle(platform, handle).value_or(normaliseHandle(handle));
    request.platform = platform;
    request.zone = zone;
    request.idempotencyKey = key;
    request.freshToken = generateToken();
    request.at = joinTime;
    return request;
}

class StoreTest : public testing::Test
{
protected:
    QString path() const { return m_dir.filePath(u"store.sqlite"_s); }
    std::unique_ptr<SqliteStore> openStore()
    {
        auto store = std::make_unique<SqliteStore>(path());
        auto opened = store->open();
        EXPECT_TRUE(opened.has_value()) << (opened ? "" : opened.error().text().toStdString());
        return store;
    }
    JoinResult join(Store &store, const JoinRequest &request)
    {
        EXPECT_TRUE(store.begin().has_value());
        auto result = store.join(request);
        EXPECT_TRUE(result.has_value());
        EXPECT_TRUE(store.commit().has_value());
        return result.value_or(JoinResult {});
    }
    QTemporaryDir m_dir;
};

TEST_F(StoreTest, CreatesTheLatestSchemaInWalModeWithFullSync)
{
    auto store = openStore();
    EXPECT_EQ(store->schemaVersion(), sqliteMigrations().last().version);
    store.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(path());
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        EXPECT_EQ(query.value(0).toString(), u"wal"_s);
        ASSERT_TRUE(query.exec(u"SELECT version FROM schema_version"_s) && query.next());
        EXPECT_EQ(query.value(0).toInt(), sqliteMigrations().last().version);
        ASSERT_TRUE(
            query.exec(u"SELECT name FROM sqlite_master WHERE name = 'checkins_by_time'"_s));
        EXPECT_TRUE(query.next());
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
}

TEST_F(StoreTest, MigratesAVersionOneDatabaseKeepingItsRows)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path());
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s));
        for (const QString &statement : sqliteMigrations().front().statements)
            ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
        ASSERT_TRUE(query.exec(u"INSERT INTO schema_version VALUES (1)"_s));
        ASSERT_TRUE(query.exec(
            u"INSERT INTO participants (handle, handle_key, platform, zone, token_hash, joined_at)"
            " VALUES ('@old', 'old', 'x', 'Asia/Tokyo', x'00', '2027-01-01T00:00:00Z')"_s));
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    auto store = openStore();
    EXPECT_EQ(store->schemaVersion(), sqliteMigrations().last().version);
    auto list = store->participants();
    ASSERT_TRUE(list.has_value());
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->front().handle, u"@old"_s);
    EXPECT_EQ(list->front().zone, "Asia/Tokyo");
}

TEST_F(StoreTest, RefusesADatabaseFromANewerVersion)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
        db.setDatabaseName(path());
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s));
        ASSERT_TRUE(query.exec(u"INSERT INTO schema_version VALUES (99)"_s));
    }
    QSqlDatabase::removeDatabase(u"future"_s);
    SqliteStore store(path());
    auto opened = store.open();
    ASSERT_FALSE(opened.has_value());
    EXPECT_TRUE(opened.error().message.contains(u"99"_s)) << opened.error().text().toStdString();
}

TEST_F(StoreTest, SameNormalisedHandleOnTheSamePlatformIsOneParticipant)
{
    auto store = openStore();
    const JoinResult first = join(*store, joinRequest(u"@AlitaFan"_s));
    EXPECT_EQ(first.kind, JoinResult::Kind::Created);
    for (const QString &again : {u"alitafan"_s, u" @ALITAFAN "_s, u"@alitafan"_s}) {
        const JoinResult second = join(*store, joinRequest(again));
        EXPECT_EQ(second.kind, JoinResult::Kind::Conflict) << again.toStdString();
        EXPECT_EQ(second.id, first.id);
        EXPECT_TRUE(second.token.isEmpty());
    }
    const JoinResult otherPlatform = join(*store, joinRequest(u"@AlitaFan"_s, u"bluesky"_s));
    EXPECT_EQ(otherPlatform.kind, JoinResult::Kind::Created);
    EXPECT_NE(otherPlatform.id, first.id);
    EXPECT_EQ(store->participants()->size(), 2);
}

TEST_F(StoreTest, TheSameIdempotencyKeyReplaysTheSameIdAndToken)
{
    auto store = openStore();
    const QByteArray key = "key-0123456789abcdef";
    const JoinResult first = join(*store, joinRequest(u"@fan"_s, u"x"_s, "Europe/Berlin", key));
    ASSERT_EQ(first.kind, JoinResult::Kind::Created);
    const JoinResult again = join(*store, joinRequest(u"@fan"_s, u"x"_s, "Europe/Berlin", key));
    EXPECT_EQ(again.kind, JoinResult::Kind::Replayed);
    EXPECT_EQ(again.id, first.id);
    EXPECT_EQ(again.token, first.token);
    const JoinResult otherKey
        = join(*store, joinRequest(u"@fan"_s, u"x"_s, "Europe/Berlin", "key-fedcba9876543210"));
    EXPECT_EQ(otherKey.kind, JoinResult::Kind::Conflict);
    EXPECT_TRUE(otherKey.token.isEmpty());
    const JoinResult noKey = join(*store, joinRequest(u"@fan"_s));
    EXPECT_EQ(noKey.kind, JoinResult::Kind::Conflict);
}

TEST_F(StoreTest, TokensAreStoredOnlyAsHashes)
{
    auto store = openStore();
    const JoinResult joined = join(*store, joinRequest(u"@fan"_s));
    store.reset();
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray everything = file.readAll();
    QFile wal(path() + u"-wal"_s);
    if (wal.open(QIODevice::ReadOnly))
        everything += wal.readAll();
    EXPECT_FALSE(everything.contains(joined.token));
    EXPECT_TRUE(everything.contains(hashToken(joined.token)));
}

TEST_F(StoreTest, CheckinsMoveStatusForwardOnlyAndCheckTheToken)
{
    auto store = openStore();
    const JoinResult joined = join(*store, joinRequest(u"@fan"_s));
    auto checkIn = [&](qint64 id, const QByteArray &token, Status status) {
        EXPECT_TRUE(store->begin().has_value());
        auto result = store->checkIn(CheckinRequest {id, hashToken(token), status, joinTime, {}});
        EXPECT_TRUE(store->commit().has_value());
        return result.value_or(CheckinResult {});
    };
    CheckinResult result = checkIn(joined.id, joined.token, Status::Posted);
    EXPECT_EQ(result.kind, CheckinResult::Kind::Done);
    EXPECT_EQ(result.before, Status::Joined);
    EXPECT_EQ(result.after, Status::Posted);
    result = checkIn(joined.id, joined.token, Status::Ready);
    EXPECT_EQ(result.kind, CheckinResult::Kind::Done);
    EXPECT_EQ(result.after, Status::Posted);
    EXPECT_EQ(checkIn(joined.id, "wrong", Status::Ready).kind, CheckinResult::Kind::Forbidden);
    EXPECT_EQ(checkIn(joined.id + 100, joined.token, Status::Ready).kind,
              CheckinResult::Kind::UnknownId);
    EXPECT_EQ(store->participants()->front().status, Status::Posted);
}

TEST_F(StoreTest, StatsFromTheDatabaseMatchTheIncrementalAggregate)
{
    auto store = openStore();
    Stats incremental;
    const QList<QByteArray> zones {"Europe/Berlin", "Asia/Tokyo", "Europe/Berlin"};
    for (int i = 0; i < zones.size(); ++i) {
        const JoinResult joined = join(*store, joinRequest(u"@fan%1"_s.arg(i), u"x"_s, zones[i]));
        incremental.addParticipant(joined.zone);
        ASSERT_TRUE(store->begin().has_value());
        const Status status = i == 0 ? Status::Ready : Status::Posted;
        auto result = store->checkIn(
            CheckinRequest {joined.id, hashToken(joined.token), status, joinTime, {}});
        ASSERT_TRUE(store->commit().has_value());
        incremental.moveStatus(result->zone, result->before, result->after);
    }
    EXPECT_EQ(store->stats().value(), incremental);
    EXPECT_EQ(incremental.total, (Counts {3, 1, 2}));
    EXPECT_EQ(incremental.byZone.at("Europe/Berlin"), (Counts {2, 1, 1}));
    EXPECT_EQ(
        incremental.toJson(),
        R"({"by_zone":{"Asia/Tokyo":{"participants":1,"posted":1,"ready":0},)"
        R"("Europe/Berlin":{"participants":2,"posted":1,"ready":1}},"participants":3,"posted":2,"ready":1})");
}

TEST_F(StoreTest, WriterCommitsConcurrentOperationsInFewerBatches)
{
    const QString dbPath = path();
    Writer writer([dbPath] { return std::make_unique<SqliteStore>(dbPath); });
    ASSERT_TRUE(writer.start().has_value());
    constexpr int count = 200;
    std::atomic<int> created = 0;
    std::promise<void> allDone;
    std::atomic<int> remaining = count;
    for (int i = 0; i < count; ++i) {
        writer.submit(joinRequest(u"@fan%1"_s.arg(i)), [&](Outcome outcome) {
            if (!outcome.error && outcome.join.kind == JoinResult::Kind::Created)
                ++created;
            if (--remaining == 0)
                allDone.set_value();
        });
    }
    allDone.get_future().wait();
    EXPECT_EQ(created, count);
    EXPECT_LT(writer.batchCount(), quint64(count)); // at least two joins shared a commit
    writer.stop();
    SqliteStore store(dbPath);
    ASSERT_TRUE(store.open().has_value());
    EXPECT_EQ(store.participants()->size(), count);
}

TEST_F(StoreTest, WriterWithBatchOfOneCommitsEachOperation)
{
    const QString dbPath = path();
    Writer writer([dbPath] { return std::make_unique<SqliteStore>(dbPath); }, 1);
    ASSERT_TRUE(writer.start().has_value());
    std::atomic<int> remaining = 20;
    std::promise<void> allDone;
    for (int i = 0; i < 20; ++i)
        writer.submit(joinRequest(u"@fan%1"_s.arg(i)), [&](Outcome) {
            if (--remaining == 0)
                allDone.set_value();
        });
    allDone.get_future().wait();
    EXPECT_EQ(writer.batchCount(), 20u);
}

TEST_F(StoreTest, WriterReportsAStoreThatWillNotOpen)
{
    Writer writer([] { return std::make_unique<SqliteStore>(u"/nonexistent-dir/x/y.sqlite"_s); });
    auto started = writer.start();
    ASSERT_FALSE(started.has_value());
    EXPECT_EQ(started.error().field, u"database"_s);
    bool answered = false;
    writer.submit(ListRequest {}, [&](Outcome outcome) { answered = outcome.error.has_value(); });
    EXPECT_TRUE(answered);
}

TEST(Token, IsRandom128BitsInBase64Url)
{
    const QByteArray a = generateToken();
    const QByteArray b = generateToken();
    EXPECT_EQ(a.size(), 22);
    EXPECT_NE(a, b);
    EXPECT_EQ(QByteArray::fromBase64(a, QByteArray::Base64UrlEncoding).size(), 16);
    EXPECT_EQ(hashToken(a).size(), 32);
    EXPECT_TRUE(constantTimeEquals(a, a));
    EXPECT_FALSE(constantTimeEquals(a, b));
    EXPECT_FALSE(constantTimeEquals("abc", "abcd"));
}

TEST(Token, DerivationDependsOnEveryInput)
{
    const QByteArray secret(32, 's');
    const QByteArray token = deriveToken(secret, "key", "x", "fan");
    EXPECT_EQ(token, deriveToken(secret, "key", "x", "fan"));
    EXPECT_EQ(token.size(), 22);
    EXPECT_NE(token, deriveToken(QByteArray(32, 't'), "key", "x", "fan"));
    EXPECT_NE(token, deriveToken(secret, "key2", "x", "fan"));
    EXPECT_NE(token, deriveToken(secret, "key", "bluesky", "fan"));
    EXPECT_NE(token, deriveToken(secret, "key", "x", "fan2"));
    // The separator keeps "ke"+"yx" apart from "key"+"x".
    EXPECT_NE(deriveToken(secret, "ke", "yx", "fan"), deriveToken(secret, "key", "x", "fan"));
}

TEST(Handle, NormalisesCaseAndOneLeadingAt)
{
    EXPECT_EQ(normaliseHandle(u" @AlitaFan "), u"alitafan"_s);
    EXPECT_EQ(normaliseHandle(u"AlitaFan"), u"alitafan"_s);
    EXPECT_EQ(normaliseHandle(u"@Fan@Mastodon.Social"), u"fan@mastodon.social"_s);
    EXPECT_EQ(normaliseHandle(u"@"), QString());
}

TEST(Csv, QuotesAndDefusesFormulas)
{
    EXPECT_EQ(csvField(u"plain"), "plain");
    EXPECT_EQ(csvField(u"@fan"), "'@fan");
    EXPECT_EQ(csvField(u"=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
    EXPECT_EQ(csvField(u"+1"), "'+1");
    EXPECT_EQ(csvField(u"-1"), "'-1");
    EXPECT_EQ(csvField(u"a,b"), "\"a,b\"");
    EXPECT_EQ(csvField(u"line\nbreak"), "\"line\nbreak\"");
    EXPECT_EQ(csvField(u"Zoë"), "Zo\xc3\xab");
    Participant participant;
    participant.id = 7;
    participant.handle = u"@fan"_s;
    participant.platform = u"x"_s;
    participant.zone = "Europe/Berlin";
    participant.status = Status::Ready;
    participant.joinedAt = joinTime;
    EXPECT_EQ(participantsCsv({participant}),
              "id,handle,platform,zone,status,joined_at,post_url\r\n"
              "7,'@fan,x,Europe/Berlin,ready,2027-02-14T16:00:00Z,\r\n");
}

TEST(HttpDate, FormatsAndParsesImfFixdate)
{
    const QDateTime at = QDateTime::fromString(u"2027-02-14T17:00:05.900Z"_s, Qt::ISODateWithMs);
    EXPECT_EQ(formatHttpDate(at), "Sun, 14 Feb 2027 17:00:05 GMT");
    const auto parsed = parseHttpDate("Sun, 14 Feb 2027 17:00:05 GMT");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->toMSecsSinceEpoch(), at.toMSecsSinceEpoch() - 900);
    EXPECT_FALSE(parseHttpDate("Mon, 14 Feb 2027 17:00:05 GMT").has_value()); // wrong weekday
    EXPECT_FALSE(parseHttpDate("Sunday, 14-Feb-27 17:00:05 GMT").has_value());
    EXPECT_FALSE(parseHttpDate("").has_value());
}

struct ParseRow
{
    std::string name;
    QByteArray bytes;
    ParseResult::Kind kind;
    int status = 0;
};

class ParseRequest : public testing::TestWithParam<ParseRow>
{
};

TEST_P(ParseRequest, Decides)
{
    const ParseRow &row = GetParam();
    const ParseResult result = parseRequest(row.bytes, ParseLimits {});
    EXPECT_EQ(result.kind, row.kind);
    EXPECT_EQ(result.status, row.status) << result.message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ParseRequest,
    testing::Values(
        ParseRow {"Get", "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n", ParseResult::Kind::Complete},
        ParseRow {"Http10", "GET / HTTP/1.0\r\n\r\n", ParseResult::Kind::Complete},
        ParseRow {"HeaderIncomplete",
                  "GET /healthz HTTP/1.1\r\nHost:", ParseResult::Kind::NeedMore},
        ParseRow {"BodyIncomplete", "POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab",
                  ParseResult::Kind::NeedMore},
        ParseRow {"PostWithoutLength", "POST / HTTP/1.1\r\n\r\n", ParseResult::Kind::Invalid, 411},
        ParseRow {"Chunked", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
                  ParseResult::Kind::Invalid, 501},
        ParseRow {"BodyTooLarge", "POST / HTTP/1.1\r\nContent-Length: 16385\r\n\r\n",
                  ParseResult::Kind::Invalid, 413},
        ParseRow {"HugeLength", "POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n",
                  ParseResult::Kind::Invalid, 413},
        ParseRow {"NegativeLength", "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
                  ParseResult::Kind::Invalid, 400},
        ParseRow {"ConflictingLengths",
                  "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
                  ParseResult::Kind::Invalid, 400},
        ParseRow {"HeaderTooLarge", "GET / HTTP/1.1\r\nX: " + QByteArray(9000, 'a') + "\r\n\r\n",
                  ParseResult::Kind::Invalid, 431},
        ParseRow {"EndlessHeader", "GET / HTTP/1.1\r\nX: " + QByteArray(9000, 'a'),
                  ParseResult::Kind::Invalid, 431},
        ParseRow {"Binary", QByteArray("\x16\x03\x01\x02\x00\x01\x00", 7),
                  ParseResult::Kind::Invalid, 400},
        ParseRow {"AbsoluteTarget", "GET http://a/ HTTP/1.1\r\n\r\n", ParseResult::Kind::Invalid,
                  400},
        ParseRow {"Http2", "GET / HTTP/2.0\r\n\r\n", ParseResult::Kind::Invalid, 505},
        ParseRow {"Garbage", "HELLO\r\n\r\n", ParseResult::Kind::Invalid, 400},
        ParseRow {"Folding", "GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n", ParseResult::Kind::Invalid,
                  400},
        ParseRow {"NoColon", "GET / HTTP/1.1\r\nXa\r\n\r\n", ParseResult::Kind::Invalid, 400},
        ParseRow {"SpaceBeforeColon", "GET / HTTP/1.1\r\nX : a\r\n\r\n", ParseResult::Kind::Invalid,
                  400},
        ParseRow {"NulInValue", QByteArray("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n", 26),
                  ParseResult::Kind::Invalid, 400}),
    Chorus::Test::ByName());

TEST(ParseRequestDetails, ReadsPathQueryHeadersBodyAndPipelining)
{
    const QByteArray bytes = "POST /api/v1/participants?x=1 HTTP/1.1\r\nHost: a\r\n"
                             "Content-Length: 2\r\nConnection: close\r\nX-Thing:  v  \r\n\r\n{}"
                             "GET /healthz HTTP/1.1\r\n\r\n";
    const ParseResult result = parseRequest(bytes, ParseLimits {});
    ASSERT_EQ(result.kind, ParseResult::Kind::Complete);
    EXPECT_EQ(result.request.method, "POST");
    EXPECT_EQ(result.request.path, "/api/v1/participants");
    EXPECT_EQ(result.request.query, "x=1");
    EXPECT_EQ(result.request.body, "{}");
    EXPECT_EQ(result.request.header("x-thing"), "v");
    EXPECT_FALSE(result.request.keepAlive);
    const ParseResult next
        = parseRequest(QByteArrayView(bytes).sliced(result.consumed), ParseLimits {});
    ASSERT_EQ(next.kind, ParseResult::Kind::Complete);
    EXPECT_EQ(next.request.path, "/healthz");
    EXPECT_TRUE(next.request.keepAlive);
}

TEST(ParseRequestDetails, RandomBytesNeverCrash)
{
    std::mt19937 random(42);
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes(random() % 600, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random() % 256);
        if (round % 2 == 0)
            bytes.prepend("POST /api/v1/participants HTTP/1.1\r\nContent-Length: 10\r\n");
        const ParseResult result = parseRequest(bytes, ParseLimits {});
        EXPECT_LE(result.consumed, bytes.size());
    }
}

} // namespace

// The dashboard's fast reading of stored times agrees with Qt's ISO parser.
TEST(StoredTimes, ParseAsQtDoes)
{
    QStringList texts {u"2027-02-14T17:00:00.000Z"_s, u"1970-01-01T00:00:00.000Z"_s,
                       u"2027-02-30T17:00:00.000Z"_s, u"2027-02-14T24:00:00.000Z"_s,
                       u"2027-02-14T17:00:00Z"_s,      u"2027-02-14T17:00:00.000+01:00"_s,
                       u"garbage"_s,                   u""_s,
                       u"2028-02-29T23:59:59.999Z"_s, u"2100-02-29T00:00:00.000Z"_s};
    for (qint64 minute = 0; minute < 70'000'000; minute += 7919)
        texts.append(QDateTime::fromMSecsSinceEpoch(minute * 60'000 + minute % 1000, Qt::UTC)
                         .toString(Qt::ISODateWithMs));
    for (const QString &text : texts) {
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
        const QDateTime ours = parseStoredUtc(text);
        EXPECT_EQ(ours.isValid(), qt.isValid()) << text.toStdString();
        EXPECT_EQ(ours, qt) << text.toStdString();
        EXPECT_EQ(ours.timeSpec(), qt.timeSpec()) << text.toStdString();
    }
}
