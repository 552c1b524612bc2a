// Issue 14: a "posted" check-in carries the post's address (post_url). The
// rules for an address on each platform, the stores on SQLite and a real
// PostgreSQL (tests/support/pgserver), schema version 4 from a version-3
// database with rows in it, the service over real loopback sockets (the
// refusals, the list's JSON and CSV), the client, and the dashboard.
#include "checkintest.h"

#include "checkin/client.h"
#include "checkin/csv.h"
#include "checkin/dashboard.h"
#include "checkin/handle.h"
#include "checkin/postgresstore.h"
#include "checkin/posturl.h"
#include "checkin/token.h"
#include "checkin/tokenstore.h"
#include "social/bluesky.h"

#include "pgserver.h"
#include "testutil.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Chorus::Checkin;
using Chorus::Test::exchange;
using Chorus::Test::httpRequest;
using Chorus::Test::PgServer;
using Chorus::Test::RawResponse;
using Chorus::Test::TestService;
using Chorus::Test::waitUntil;

namespace {

// ------------------------------------------------------------ the rules

struct UrlRow
{
    std::string name;
    QString platform;
    QString url;
    QString why; ///< empty: accepted; else a part of the refusal's message
    friend void PrintTo(const UrlRow &row, std::ostream *os) { *os << row.name; }
};

class PostUrlRule : public ::testing::TestWithParam<UrlRow>
{
};

TEST_P(PostUrlRule, DecidesAndNamesTheValue)
{
    const UrlRow &row = GetParam();
    const auto checked = checkPostUrl(row.url, row.platform);
    if (row.why.isEmpty()) {
        EXPECT_TRUE(checked.has_value()) << checked.error().text().toStdString();
        return;
    }
    ASSERT_FALSE(checked.has_value()) << row.url.toStdString();
    EXPECT_EQ(checked.error().field, u"post_url"_s);
    EXPECT_TRUE(checked.error().message.contains(row.why)) << checked.error().text().toStdString();
    // The value is named (rows with invisible characters, a password or
    // too long to quote whole check how in `why`).
    const bool plain = !row.url.isEmpty() && row.url.size() <= 80 && !row.url.contains(u'@')
        && std::all_of(row.url.begin(), row.url.end(),
                       [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; });
    if (plain) {
        EXPECT_TRUE(checked.error().message.contains(Chorus::quoted(row.url)))
            << checked.error().text().toStdString();
    }
}

const QString onX = u"is not the address of a post on X; one looks like https://x.com/"_s;
const QString onBluesky = u"is not the address of a post on Bluesky; one looks like"_s;
const QString onMastodon = u"is not the address of a post on Mastodon; one looks like"_s;

INSTANTIATE_TEST_SUITE_P(
    Table, PostUrlRule,
    ::testing::Values(
        // X: its hosts, a status path, a query kept.
        UrlRow {"XStatus", u"x"_s, u"https://x.com/AlitaFan/status/1890123456789012345"_s, {}},
        UrlRow {"TwitterStatus", u"x"_s, u"https://twitter.com/alita_fan/status/123"_s, {}},
        UrlRow {"XWww", u"x"_s, u"https://www.x.com/AlitaFan/status/123"_s, {}},
        UrlRow {"XMobile", u"x"_s, u"https://mobile.twitter.com/AlitaFan/status/123"_s, {}},
        UrlRow {"XHostInCapitals", u"x"_s, u"https://X.COM/AlitaFan/status/123"_s, {}},
        UrlRow {"XWebStatus", u"x"_s, u"https://x.com/i/web/status/1890123456789012345"_s, {}},
        UrlRow {"XShareLinkQuery", u"x"_s, u"https://x.com/AlitaFan/status/123?s=20&t=abc"_s, {}},
        UrlRow {"XOtherHost", u"x"_s, u"https://nitter.net/AlitaFan/status/123"_s, onX},
        UrlRow {"XLookalikeHost", u"x"_s, u"https://x.com.evil.example/AlitaFan/status/123"_s, onX},
        UrlRow {"XProfile", u"x"_s, u"https://x.com/AlitaFan"_s, onX},
        UrlRow {"XHandleTooLong", u"x"_s, u"https://x.com/a234567890123456/status/1"_s, onX},
        UrlRow {"XPort", u"x"_s, u"https://x.com:8443/AlitaFan/status/123"_s, onX},
        UrlRow {"XTrailingPhoto", u"x"_s, u"https://x.com/AlitaFan/status/123/photo/1"_s, onX},
        // Bluesky: bsky.app, a handle or a DID, a record key.
        UrlRow {"BlueskyHandle",
                u"bluesky"_s,
                u"https://bsky.app/profile/alita.bsky.social/post/3lbxyzabc2k2a"_s,
                {}},
        UrlRow {"BlueskyDid",
                u"bluesky"_s,
                u"https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3lbxyzabc2k2a"_s,
                {}},
        UrlRow {"BlueskyOtherAppView", u"bluesky"_s,
                u"https://deer.social/profile/alita.bsky.social/post/3lbxyzabc2k2a"_s, onBluesky},
        UrlRow {"BlueskyProfileOnly", u"bluesky"_s, u"https://bsky.app/profile/alita.bsky.social"_s,
                onBluesky},
        UrlRow {"BlueskyNotAHandle", u"bluesky"_s, u"https://bsky.app/profile/alita/post/3lbx"_s,
                onBluesky},
        UrlRow {"BlueskyDotKey", u"bluesky"_s, u"https://bsky.app/profile/a.bsky.social/post/.."_s,
                onBluesky},
        UrlRow {"BlueskyXPost", u"bluesky"_s, u"https://x.com/AlitaFan/status/123"_s, onBluesky},
        // Mastodon: any server, a status path.
        UrlRow {"MastodonUrl",
                u"mastodon"_s,
                u"https://mastodon.social/@AlitaFan/113456789012345678"_s,
                {}},
        UrlRow {"MastodonUri",
                u"mastodon"_s,
                u"https://mastodon.social/users/AlitaFan/statuses/113456789012345678"_s,
                {}},
        UrlRow {"MastodonIdnServerWithPort",
                u"mastodon"_s,
                u"https://xn--bcher-kva.example:8443/@fan/1"_s,
                {}},
        UrlRow {"GoToSocial",
                u"mastodon"_s,
                u"https://gts.example/@fan/statuses/01F8MH1H7YV1Z7D2C8K2730QBF"_s,
                {}},
        UrlRow {"MastodonProfile", u"mastodon"_s, u"https://mastodon.social/@AlitaFan"_s,
                onMastodon},
        UrlRow {"MastodonTimeline", u"mastodon"_s, u"https://mastodon.social/home"_s, onMastodon},
        UrlRow {"MastodonBadUser", u"mastodon"_s, u"https://mastodon.social/@.fan/1"_s, onMastodon},
        // Every platform: the shape of the address itself.
        UrlRow {"Empty", u"x"_s, u""_s, u"must not be empty"_s},
        UrlRow {"Http", u"mastodon"_s, u"http://mastodon.social/@fan/1"_s,
                u"is not an https:// address"_s},
        UrlRow {"NoScheme", u"x"_s, u"x.com/AlitaFan/status/123"_s,
                u"is not an https:// address"_s},
        UrlRow {"JavaScript", u"x"_s, u"javascript:alert(1)"_s, u"is not an https:// address"_s},
        UrlRow {"UserInfo", u"x"_s, u"https://fan@x.com/AlitaFan/status/123"_s,
                u"'https://***@x.com/AlitaFan/status/123' carries a user name or password"_s},
        UrlRow {"PasswordIsNotRepeated", u"mastodon"_s, u"https://fan:secret@m.example/@fan/1"_s,
                u"'https://***@m.example/@fan/1' carries"_s},
        UrlRow {"NoHost", u"mastodon"_s, u"https:///@fan/1"_s, u"names no host"_s},
        UrlRow {"IpAddress", u"mastodon"_s, u"https://127.0.0.1/@fan/1"_s,
                u"names an IP address"_s},
        UrlRow {"Ipv6Address", u"mastodon"_s, u"https://[::1]/@fan/1"_s, u"names an IP address"_s},
        UrlRow {"SingleLabelHost", u"mastodon"_s, u"https://localhost/@fan/1"_s,
                u"which is no domain name"_s},
        UrlRow {"BadPort", u"mastodon"_s, u"https://m.example:99999/@fan/1"_s,
                u"no port between 1 and 65535"_s},
        UrlRow {"Fragment", u"x"_s, u"https://x.com/AlitaFan/status/123#reply"_s,
                u"has a fragment"_s},
        UrlRow {"BadPercent", u"mastodon"_s, u"https://m.example/@fan/1?q=%zz"_s,
                u"not followed by two hex digits"_s},
        UrlRow {"NoPath", u"mastodon"_s, u"https://m.example"_s, u"has no path"_s},
        UrlRow {"LeadingSpace", u"x"_s, u" https://x.com/AlitaFan/status/123"_s,
                u"contains a space, a control character or a character outside ASCII (U+0020)"_s},
        UrlRow {"TrailingNewline", u"x"_s, u"https://x.com/AlitaFan/status/123\n"_s, u"(U+000A)"_s},
        UrlRow {"ZeroWidthSpace", u"x"_s, u"https://x.com/Alita\u200BFan/status/123"_s,
                u"'https://x.com/Alita\\u200BFan/status/123' contains"_s},
        UrlRow {"NonAsciiHost", u"mastodon"_s, u"https://b\u00FCcher.example/@fan/1"_s,
                u"(U+00FC); send the address percent-encoded"_s},
        UrlRow {"ExactlyTheLongestAllowed",
                u"mastodon"_s,
                u"https://m.example/@fan/1?"_s + QString(512 - 25, u'a'),
                {}},
        UrlRow {"TooLong", u"mastodon"_s,
                u"https://m.example/@fan/1?"_s + QString(512 - 25 + 1, u'a'),
                u"is longer than 512 characters"_s}),
    Chorus::Test::ByName());

TEST(PostUrlRule, APasswordInTheAddressIsNeverRepeated)
{
    const auto checked = checkPostUrl(u"https://fan:hunter2@m.example/@fan/1"_s, u"mastodon"_s);
    ASSERT_FALSE(checked.has_value());
    EXPECT_FALSE(checked.error().message.contains(u"hunter2"_s))
        << checked.error().text().toStdString();
}

TEST(PostUrlRule, TheAddressChorusMakesForABlueskyPostIsAccepted)
{
    // What Post for me reports after posting (BlueskyPostResult::url), by
    // handle and, when the handle is unknown, by DID.
    const QString uri = u"at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3lbxyzabc2k2a"_s;
    for (const QString &profile : {u"alita.bsky.social"_s, u"alice.test"_s, QString()}) {
        const QString url = Chorus::Social::postWebUrl(uri, profile);
        ASSERT_FALSE(url.isEmpty());
        EXPECT_TRUE(checkPostUrl(url, u"bluesky"_s).has_value()) << url.toStdString();
    }
}

TEST(PostUrlRule, AnUnknownPlatformNamesThePlatform)
{
    const auto checked = checkPostUrl(u"https://x.com/AlitaFan/status/1"_s, u"myspace"_s);
    ASSERT_FALSE(checked.has_value());
    EXPECT_EQ(checked.error().field, u"platform"_s);
}

TEST(PostUrlRule, TheShapeAloneAcceptsAnyPlatformsPost)
{
    EXPECT_TRUE(checkPostUrl(u"https://mastodon.social/@fan/1"_s).has_value());
    EXPECT_TRUE(checkPostUrl(u"https://x.com/fan/status/1"_s).has_value());
    EXPECT_FALSE(checkPostUrl(u"http://x.com/fan/status/1"_s).has_value());
}

TEST(PostUrlToReport, OnlyAPostOnTheParticipantsPlatformIsReported)
{
    const QString toot = u"https://m.example/@auto/1"_s;
    EXPECT_EQ(postUrlToReport(u"mastodon", u"mastodon", toot), toot);
    // A Mastodon post by a fan who joined with their X handle: no address.
    EXPECT_EQ(postUrlToReport(u"x", u"mastodon", toot), QString());
    // A server that answered an address the service would refuse.
    EXPECT_EQ(postUrlToReport(u"mastodon", u"mastodon", u"http://127.0.0.1:8080/@auto/1"_s),
              QString());
    EXPECT_EQ(postUrlToReport(u"mastodon", u"mastodon", QString()), QString());
    const QString skeet = u"https://bsky.app/profile/auto.bsky.social/post/3lbxyzabc2k2a"_s;
    EXPECT_EQ(postUrlToReport(u"bluesky", u"bluesky", skeet), skeet);
}

// ------------------------------------------------------------ the stores

const QDateTime joinTime = QDateTime::fromString(u"2027-02-14T16:00:00Z"_s, Qt::ISODate);

JoinRequest joinRequest(const QString &handle, const QString &platform)
{
    JoinRequest request;
    request.handle = handle;
    request.handleKey = canonicalHandle(platform, handle).value_or(QString());
    request.platform = platform;
    request.zone = "Europe/Berlin";
    request.freshToken = generateToken();
    request.at = joinTime;
    return request;
}

CheckinRequest checkinRequest(const JoinResult &joined, Status status, const QString &postUrl,
                              const QByteArray &token = {})
{
    CheckinRequest request;
    request.id = joined.id;
    request.tokenHash = hashToken(token.isEmpty() ? joined.token : token);
    request.status = status;
    request.at = QDateTime::fromString(u"2027-02-14T17:01:00Z"_s, Qt::ISODate);
    request.postUrl = postUrl;
    return request;
}

/// What both stores must do with addresses; `checkinUrls` reads the
/// post_url of every check-in row, in order, through the test's own
/// connection (NULL as "NULL").
void exerciseStore(Store &store, const std::function<QStringList()> &checkinUrls)
{
    const QString first = u"https://x.com/AlitaFan/status/1"_s;
    const QString second = u"https://x.com/AlitaFan/status/2?s=20"_s;
    ASSERT_TRUE(store.begin());
    const auto fan = store.join(joinRequest(u"@AlitaFan"_s, u"x"_s));
    const auto other = store.join(joinRequest(u"@fan@mastodon.social"_s, u"mastodon"_s));
    ASSERT_TRUE(fan && other);

    // Given: stored and listed.
    auto done = store.checkIn(checkinRequest(*fan, Status::Posted, first));
    ASSERT_TRUE(done) << done.error().text().toStdString();
    EXPECT_EQ(done->kind, CheckinResult::Kind::Done);
    EXPECT_EQ(done->after, Status::Posted);
    // A posted check-in without one leaves it.
    done = store.checkIn(checkinRequest(*fan, Status::Posted, {}));
    ASSERT_TRUE(done);
    EXPECT_EQ(done->kind, CheckinResult::Kind::Done);
    auto list = store.participants();
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).postUrl, first);
    EXPECT_TRUE(list->at(1).postUrl.isEmpty());

    // A later address replaces it (the latest wins), query and all.
    done = store.checkIn(checkinRequest(*fan, Status::Posted, second));
    ASSERT_TRUE(done);
    EXPECT_EQ(done->kind, CheckinResult::Kind::Done);

    // Not on the participant's platform: refused naming post_url, nothing
    // recorded; another's token is refused before the platform is looked at.
    done = store.checkIn(
        checkinRequest(*other, Status::Posted, u"https://x.com/AlitaFan/status/3"_s));
    ASSERT_TRUE(done);
    EXPECT_EQ(done->kind, CheckinResult::Kind::BadPostUrl);
    EXPECT_EQ(done->refusal.field, u"post_url"_s);
    EXPECT_TRUE(done->refusal.message.contains(u"not the address of a post on Mastodon"_s))
        << done->refusal.text().toStdString();
    done = store.checkIn(
        checkinRequest(*other, Status::Posted, u"https://x.com/AlitaFan/status/3"_s, fan->token));
    ASSERT_TRUE(done);
    EXPECT_EQ(done->kind, CheckinResult::Kind::Forbidden);
    ASSERT_TRUE(store.commit());

    ASSERT_TRUE(store.begin());
    list = store.participants();
    ASSERT_TRUE(list);
    EXPECT_EQ(list->at(0).postUrl, second);
    EXPECT_TRUE(list->at(1).postUrl.isEmpty());
    EXPECT_EQ(list->at(1).status, Status::Joined); // the refused check-in moved nothing
    const auto page = store.participantsAfter(0, 1);
    ASSERT_TRUE(page);
    ASSERT_EQ(page->size(), 1);
    EXPECT_EQ(page->front().postUrl, second);
    ASSERT_TRUE(store.commit());
    // Every check-in keeps the address it carried: the replaced one is not lost.
    EXPECT_EQ(checkinUrls(), (QStringList {first, u"NULL"_s, second}));
}

QStringList checkinUrlsOn(QSqlDatabase &db)
{
    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(u"SELECT post_url FROM checkins ORDER BY id"_s))
        << query.lastError().text().toStdString();
    QStringList urls;
    while (query.next())
        urls.append(query.value(0).isNull() ? u"NULL"_s : query.value(0).toString());
    return urls;
}

TEST(PostUrlStore, Sqlite)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.sqlite"_s);
    SqliteStore store(path);
    ASSERT_TRUE(store.open());
    EXPECT_EQ(store.schemaVersion(), 4);
    const QString name = u"posturl-inspect"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        exerciseStore(store, [&db] { return checkinUrlsOn(db); });
    }
    QSqlDatabase::removeDatabase(name);
}

/// One PostgreSQL server for the suite; each test gets a database of its own.
class PostUrlPg : public ::testing::Test
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
        if (const QString reason = PgServer::unavailableReason(); !reason.isEmpty())
            GTEST_SKIP() << reason.toStdString();
        ASSERT_NE(s_server, nullptr) << "PostgreSQL did not start: " << s_startError.toStdString();
        static int counter = 0;
        m_database = u"posturl_%1"_s.arg(++counter);
        ASSERT_TRUE(s_server->createDatabase(m_database)) << s_server->error().toStdString();
    }
    [[nodiscard]] PostgresTarget target() const { return s_server->target(m_database); }
    /// A connection of the test's own, under `name` (removed by the caller).
    QSqlDatabase connect(const QString &name) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        const PostgresTarget where = target();
        db.setHostName(where.host);
        db.setPort(where.port);
        db.setUserName(where.user);
        db.setPassword(where.password);
        db.setDatabaseName(where.database);
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
        return db;
    }

private:
    static inline PgServer *s_server = nullptr;
    static inline QString s_startError;
    QString m_database;
};

TEST_F(PostUrlPg, Store)
{
    PostgresStore store(target());
    ASSERT_TRUE(store.open());
    EXPECT_EQ(store.schemaVersion(), 4);
    EXPECT_EQ(postgresMigrations().last().version, sqliteMigrations().last().version);
    {
        QSqlDatabase db = connect(u"posturl-pg"_s);
        exerciseStore(store, [&db] { return checkinUrlsOn(db); });
    }
    QSqlDatabase::removeDatabase(u"posturl-pg"_s);
}

// ------------------------------------------------------------ version 3 → 4

/// Schema version 3 as Chorus created it, in each database's types.
QStringList version3(const QString &dialect)
{
    const bool pg = dialect == u"postgres";
    const QString id = pg ? u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s
                          : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s;
    const QString blob = pg ? u"BYTEA"_s : u"BLOB"_s;
    const QString small = pg ? u"SMALLINT"_s : u"INTEGER"_s;
    const QString time = pg ? u"TIMESTAMPTZ"_s : u"TEXT"_s;
    return {
        u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
        u"CREATE TABLE meta (key TEXT PRIMARY KEY, value %1 NOT NULL)"_s.arg(blob),
        u"CREATE TABLE participants (id %1, handle TEXT NOT NULL, handle_key TEXT NOT NULL,"
        " platform TEXT NOT NULL, zone TEXT NOT NULL, status %2 NOT NULL DEFAULT 0,"
        " token_hash %3 NOT NULL, idempotency_hash %3, joined_at %4 NOT NULL,"
        " token_key TEXT, UNIQUE (handle_key, platform))"_s.arg(id, small, blob, time),
        u"CREATE TABLE checkins (id %1, participant_id %2 NOT NULL REFERENCES participants(id),"
        " status %3 NOT NULL, at %4 NOT NULL)"_s.arg(id, pg ? u"BIGINT"_s : u"INTEGER"_s, small,
                                                     time),
        u"CREATE INDEX checkins_by_time ON checkins (at)"_s,
        u"INSERT INTO schema_version (version) VALUES (3)"_s,
    };
}

struct OldParticipant
{
    QString handle;
    QString platform;
    int status = 0;
};

const QList<OldParticipant> oldParticipants {
    {u"@AlitaFan"_s, u"x"_s, 2},
    {u"alita.bsky.social"_s, u"bluesky"_s, 1},
    {u"@fan@mastodon.social"_s, u"mastodon"_s, 0},
};

QByteArray oldToken(qsizetype index)
{
    return "old-token-" + QByteArray::number(index + 1);
}

/// Builds the version-3 database on `db` with oldParticipants and a
/// check-in for each that is ready or posted.
void buildVersion3(QSqlDatabase &db, const QString &dialect)
{
    QSqlQuery query(db);
    for (const QString &statement : version3(dialect))
        ASSERT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
    ASSERT_TRUE(query.prepare(u"INSERT INTO meta (key, value) VALUES ('token_secret', ?)"_s));
    query.addBindValue(QByteArray(32, 's'));
    ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
    for (qsizetype i = 0; i < oldParticipants.size(); ++i) {
        const OldParticipant &row = oldParticipants[i];
        QSqlQuery insert(db);
        ASSERT_TRUE(insert.prepare(
            u"INSERT INTO participants (handle, handle_key, platform, zone, status, token_hash,"
            " joined_at) VALUES (?, ?, ?, 'Asia/Manila', ?, ?, ?)"_s));
        insert.addBindValue(row.handle);
        insert.addBindValue(canonicalHandle(row.platform, row.handle).value_or(QString()));
        insert.addBindValue(row.platform);
        insert.addBindValue(row.status);
        insert.addBindValue(hashToken(oldToken(i)));
        insert.addBindValue(u"2027-02-01T10:00:00.000Z"_s);
        ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
        if (row.status > 0) {
            QSqlQuery checkin(db);
            ASSERT_TRUE(checkin.prepare(
                u"INSERT INTO checkins (participant_id, status, at) VALUES (?, ?, ?)"_s));
            checkin.addBindValue(i + 1);
            checkin.addBindValue(row.status);
            checkin.addBindValue(u"2027-02-14T17:00:00.000Z"_s);
            ASSERT_TRUE(checkin.exec()) << checkin.lastError().text().toStdString();
        }
    }
}

/// Everything the upgraded store must still hold and do.
void checkVersion4(Store &store, int schemaVersion, const std::function<QStringList()> &checkinUrls)
{
    EXPECT_EQ(schemaVersion, 4);
    ASSERT_TRUE(store.begin());
    const auto list = store.participants();
    ASSERT_TRUE(list) << list.error().text().toStdString();
    ASSERT_EQ(list->size(), oldParticipants.size());
    for (qsizetype i = 0; i < oldParticipants.size(); ++i) {
        const Participant &participant = list->at(i);
        EXPECT_EQ(participant.id, i + 1);
        EXPECT_EQ(participant.handle, oldParticipants[i].handle);
        EXPECT_EQ(participant.platform, oldParticipants[i].platform);
        EXPECT_EQ(participant.zone, "Asia/Manila");
        EXPECT_EQ(int(participant.status), oldParticipants[i].status);
        EXPECT_EQ(participant.joinedAt,
                  QDateTime::fromString(u"2027-02-01T10:00:00Z"_s, Qt::ISODate));
        EXPECT_TRUE(participant.postUrl.isEmpty());
    }
    const auto stats = store.stats();
    ASSERT_TRUE(stats);
    EXPECT_EQ(stats->total, (Counts {3, 1, 1}));
    // The old check-ins are there, without addresses.
    EXPECT_EQ(checkinUrls(), (QStringList {u"NULL"_s, u"NULL"_s}));

    // Old tokens still check in, now with an address.
    JoinResult bluesky;
    bluesky.id = 2;
    bluesky.token = oldToken(1);
    const QString skeet = u"https://bsky.app/profile/alita.bsky.social/post/3lbxyzabc2k2a"_s;
    const auto done = store.checkIn(checkinRequest(bluesky, Status::Posted, skeet));
    ASSERT_TRUE(done) << done.error().text().toStdString();
    EXPECT_EQ(done->kind, CheckinResult::Kind::Done);
    EXPECT_EQ(done->before, Status::Ready);
    EXPECT_EQ(done->after, Status::Posted);
    const auto after = store.participants();
    ASSERT_TRUE(after);
    EXPECT_EQ(after->at(1).postUrl, skeet);
    // The handles still decide who is who.
    const auto again = store.join(joinRequest(u"@alitafan"_s, u"x"_s));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->kind, JoinResult::Kind::Conflict);
    EXPECT_EQ(again->id, 1);
    ASSERT_TRUE(store.commit());
    EXPECT_EQ(checkinUrls(), (QStringList {u"NULL"_s, u"NULL"_s, skeet}));
}

TEST(PostUrlMigration, SqliteVersion3FileKeepsEverything)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v3.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v3-build"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        buildVersion3(db, u"sqlite"_s);
    }
    QSqlDatabase::removeDatabase(u"v3-build"_s);

    // The dashboard reads the file before any service migrated it.
    const auto before = readDashboard(path);
    ASSERT_TRUE(before) << before.error().text().toStdString();
    ASSERT_EQ(before->participants.size(), 3);
    EXPECT_EQ(before->participants.at(0).handle, u"@AlitaFan"_s);
    EXPECT_TRUE(before->participants.at(0).postUrl.isEmpty());

    {
        SqliteStore store(path);
        const auto opened = store.open();
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v3-inspect"_s);
            db.setDatabaseName(path);
            ASSERT_TRUE(db.open());
            checkVersion4(store, store.schemaVersion(), [&db] { return checkinUrlsOn(db); });
        }
        QSqlDatabase::removeDatabase(u"v3-inspect"_s);
    }
    // Opening again migrates nothing twice; the dashboard sees the address.
    SqliteStore again(path);
    ASSERT_TRUE(again.open());
    EXPECT_EQ(again.schemaVersion(), 4);
    const auto snapshot = readDashboard(path);
    ASSERT_TRUE(snapshot);
    EXPECT_EQ(snapshot->participants.at(1).postUrl,
              u"https://bsky.app/profile/alita.bsky.social/post/3lbxyzabc2k2a"_s);
    EXPECT_TRUE(snapshot->participants.at(0).postUrl.isEmpty());
}

TEST_F(PostUrlPg, Version3DatabaseKeepsEverything)
{
    {
        QSqlDatabase db = connect(u"v3-pg-build"_s);
        buildVersion3(db, u"postgres"_s);
    }
    QSqlDatabase::removeDatabase(u"v3-pg-build"_s);
    PostgresStore store(target());
    const auto opened = store.open();
    ASSERT_TRUE(opened) << opened.error().text().toStdString();
    {
        QSqlDatabase db = connect(u"v3-pg-inspect"_s);
        checkVersion4(store, store.schemaVersion(), [&db] { return checkinUrlsOn(db); });
    }
    QSqlDatabase::removeDatabase(u"v3-pg-inspect"_s);
}

// ------------------------------------------------------------ the service

QByteArray bearer(const QByteArray &token)
{
    return "Authorization: Bearer " + token + "\r\n";
}

RawResponse post(TestService &service, const QByteArray &id, const QByteArray &token,
                 const QByteArray &body)
{
    return exchange(
        service.port(),
        httpRequest("POST", "/api/v1/participants/" + id + "/checkins", body, bearer(token)));
}

RawResponse adminGet(TestService &service, const QByteArray &path)
{
    return exchange(service.port(), httpRequest("GET", path, {}, bearer(Chorus::Test::adminToken)));
}

TEST(PostUrlService, APostedCheckinStoresTheAddressAndTheListsShowIt)
{
    TestService service;
    const auto [id, token] = service.join("@AlitaFan");
    service.join("@nobody");
    const RawResponse ok = post(
        service, id, token,
        R"({"status":"posted","post_url":"https://x.com/AlitaFan/status/1890123456789012345"})");
    ASSERT_EQ(ok.status, 200) << ok.body.toStdString();
    EXPECT_EQ(ok.json().value(u"status"_s).toString(), u"posted"_s);

    const RawResponse list = adminGet(service, "/api/v1/participants");
    ASSERT_EQ(list.status, 200);
    const QJsonArray rows = list.json().value(u"participants"_s).toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).toObject().value(u"post_url"_s).toString(),
              u"https://x.com/AlitaFan/status/1890123456789012345"_s);
    // None given: the field is absent.
    EXPECT_FALSE(rows.at(1).toObject().contains(u"post_url"_s));
    // A page of the list too.
    const RawResponse page = adminGet(service, "/api/v1/participants?limit=1");
    EXPECT_EQ(page.json()
                  .value(u"participants"_s)
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(u"post_url"_s)
                  .toString(),
              u"https://x.com/AlitaFan/status/1890123456789012345"_s);

    // A later address replaces it; a comma in its query is quoted in the CSV.
    ASSERT_EQ(post(service, id, token,
                   R"({"status":"posted","post_url":"https://x.com/AlitaFan/status/2?s=20,1"})")
                  .status,
              200);
    // null is "none": the stored address stays.
    ASSERT_EQ(post(service, id, token, R"({"status":"posted","post_url":null})").status, 200);
    for (const QByteArray path : {"/api/v1/participants.csv", "/api/v1/participants.csv?limit=5"}) {
        const RawResponse csv = adminGet(service, path);
        ASSERT_EQ(csv.status, 200);
        EXPECT_EQ(csv.body,
                  "id,handle,platform,zone,status,joined_at,post_url\r\n"
                  "1,'@AlitaFan,x,Europe/Berlin,posted,2027-02-14T16:00:00Z,"
                  "\"https://x.com/AlitaFan/status/2?s=20,1\"\r\n"
                  "2,'@nobody,x,Europe/Berlin,joined,2027-02-14T16:00:00Z,\r\n")
            << path.toStdString();
    }
}

TEST(PostUrlService, EachPlatformsPostIsAccepted)
{
    TestService service;
    const auto [sky, skyToken] = service.join("alita.bsky.social", "Asia/Manila", "bluesky");
    const auto [toot, tootToken] = service.join("@fan@mastodon.social", "Asia/Manila", "mastodon");
    EXPECT_EQ(
        post(
            service, sky, skyToken,
            R"({"status":"posted","post_url":"https://bsky.app/profile/alita.bsky.social/post/3lbxyzabc2k2a"})")
            .status,
        200);
    EXPECT_EQ(
        post(service, toot, tootToken,
             R"({"status":"posted","post_url":"https://mastodon.social/@fan/113456789012345678"})")
            .status,
        200);
    const QJsonArray rows
        = adminGet(service, "/api/v1/participants").json().value(u"participants"_s).toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).toObject().value(u"post_url"_s).toString(),
              u"https://bsky.app/profile/alita.bsky.social/post/3lbxyzabc2k2a"_s);
    EXPECT_EQ(rows.at(1).toObject().value(u"post_url"_s).toString(),
              u"https://mastodon.social/@fan/113456789012345678"_s);
}

struct RefusedRow
{
    std::string name;
    QByteArray body;
    QString why; ///< a part of the error message
    friend void PrintTo(const RefusedRow &row, std::ostream *os) { *os << row.name; }
};

class PostUrlRefused : public ::testing::TestWithParam<RefusedRow>
{
};

TEST_P(PostUrlRefused, Answers400NamingPostUrlAndRecordsNothing)
{
    TestService service;
    const auto [id, token] = service.join("@AlitaFan");
    const RawResponse refused = post(service, id, token, GetParam().body);
    EXPECT_EQ(refused.status, 400) << refused.body.toStdString();
    EXPECT_EQ(refused.json().value(u"field"_s).toString(), u"post_url"_s);
    const QString error = refused.json().value(u"error"_s).toString();
    EXPECT_TRUE(error.startsWith(u"post_url: "_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(GetParam().why)) << error.toStdString();
    // Nothing recorded: still joined, no address.
    EXPECT_EQ(service.service().stats().total, (Counts {1, 0, 0}));
    const QJsonObject row = adminGet(service, "/api/v1/participants")
                                .json()
                                .value(u"participants"_s)
                                .toArray()
                                .at(0)
                                .toObject();
    EXPECT_EQ(row.value(u"status"_s).toString(), u"joined"_s);
    EXPECT_FALSE(row.contains(u"post_url"_s));
}

INSTANTIATE_TEST_SUITE_P(
    Table, PostUrlRefused,
    ::testing::Values(
        RefusedRow {"WithReady",
                    R"({"status":"ready","post_url":"https://x.com/AlitaFan/status/1"})",
                    u"only a \"posted\" check-in carries the post's address, not 'ready'"_s},
        RefusedRow {"NotAString", R"({"status":"posted","post_url":42})", u"must be a string"_s},
        RefusedRow {"Empty", R"({"status":"posted","post_url":""})", u"must not be empty"_s},
        RefusedRow {"Http", R"({"status":"posted","post_url":"http://x.com/AlitaFan/status/1"})",
                    u"'http://x.com/AlitaFan/status/1' is not an https:// address"_s},
        RefusedRow {"OtherPlatform",
                    R"({"status":"posted","post_url":"https://mastodon.social/@fan/1"})",
                    u"'https://mastodon.social/@fan/1' is not the address of a post on X"_s},
        RefusedRow {"UserInfo",
                    R"({"status":"posted","post_url":"https://u:p@x.com/AlitaFan/status/1"})",
                    u"carries a user name or password"_s},
        RefusedRow {"TrailingSpace",
                    R"({"status":"posted","post_url":"https://x.com/AlitaFan/status/1 "})",
                    u"(U+0020)"_s}),
    Chorus::Test::ByName());

TEST(PostUrlService, TheTokenIsCheckedBeforeThePlatform)
{
    TestService service;
    const auto [id, token] = service.join("@AlitaFan");
    const auto [otherId, otherToken] = service.join("@other");
    const QByteArray body = R"({"status":"posted","post_url":"https://mastodon.social/@fan/1"})";
    EXPECT_EQ(post(service, id, otherToken, body).status, 403);
    EXPECT_EQ(post(service, "999", token, body).status, 404);
    EXPECT_EQ(post(service, id, token, body).status, 400);
}

// ------------------------------------------------------------ the client

TEST(PostUrlClient, APostedCheckInCarriesTheAddress)
{
    TestService service;
    QNetworkAccessManager network;
    MemoryTokenStore tokens;
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(service.port()));
    Client client(url, &network, &tokens, [clock = service.clock] { return *clock; });
    std::vector<Status> checked;
    std::vector<Chorus::Error> errors;
    QObject::connect(&client, &Client::checkedIn, &client,
                     [&checked](Status status) { checked.push_back(status); });
    QObject::connect(&client, &Client::checkInFailed, &client,
                     [&errors](const Chorus::Error &error) { errors.push_back(error); });
    bool joined = false;
    QObject::connect(&client, &Client::joined, &client, [&joined] { joined = true; });
    client.join(u"@fan@mastodon.social"_s, u"mastodon"_s, u"Europe/Berlin"_s);
    ASSERT_TRUE(waitUntil([&] { return joined; }));

    client.checkIn(Status::Posted, u"https://mastodon.social/@fan/113456789012345678"_s);
    ASSERT_TRUE(waitUntil([&] { return checked.size() == 1; }));
    EXPECT_EQ(checked.front(), Status::Posted);
    const QJsonObject row = adminGet(service, "/api/v1/participants")
                                .json()
                                .value(u"participants"_s)
                                .toArray()
                                .at(0)
                                .toObject();
    EXPECT_EQ(row.value(u"post_url"_s).toString(),
              u"https://mastodon.social/@fan/113456789012345678"_s);

    // One the service refuses comes back as checkInFailed, naming post_url.
    client.checkIn(Status::Posted, u"https://x.com/fan/status/1"_s);
    ASSERT_TRUE(waitUntil([&] { return errors.size() == 1; }));
    EXPECT_EQ(errors.front().field, u"post_url"_s) << errors.front().text().toStdString();
}

// ------------------------------------------------------------ the CSV

TEST(PostUrlCsv, TheAddressIsTheLastColumnQuotedAndDefused)
{
    Participant participant;
    participant.id = 3;
    participant.handle = u"alita.bsky.social"_s;
    participant.platform = u"bluesky"_s;
    participant.zone = "Asia/Manila";
    participant.status = Status::Posted;
    participant.joinedAt = joinTime;
    participant.postUrl = u"https://bsky.app/profile/alita.bsky.social/post/3lbxyzabc2k2a"_s;
    Participant none = participant;
    none.id = 4;
    none.postUrl.clear();
    // A stored value is written defused whatever it is (the stores only
    // take https addresses, but the CSV does not rely on that).
    Participant hostile = participant;
    hostile.id = 5;
    hostile.postUrl = u"=HYPERLINK(\"https://evil.example\")"_s;
    EXPECT_EQ(participantsCsv({participant, none, hostile}),
              "id,handle,platform,zone,status,joined_at,post_url\r\n"
              "3,alita.bsky.social,bluesky,Asia/Manila,posted,2027-02-14T16:00:00Z,"
              "https://bsky.app/profile/alita.bsky.social/post/3lbxyzabc2k2a\r\n"
              "4,alita.bsky.social,bluesky,Asia/Manila,posted,2027-02-14T16:00:00Z,\r\n"
              "5,alita.bsky.social,bluesky,Asia/Manila,posted,2027-02-14T16:00:00Z,"
              "\"'=HYPERLINK(\"\"https://evil.example\"\")\"\r\n");
}

} // namespace
