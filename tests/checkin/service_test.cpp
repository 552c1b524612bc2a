// The check-in service over real loopback sockets: every CONTRACT.md line of
// the HTTP API and every limit the service enforces.
#include "checkintest.h"

#include "checkin/client.h"
#include "checkin/token.h"

#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

#include <atomic>
#include <random>

using namespace Qt::StringLiterals;
using namespace Chorus::Checkin;
using Chorus::Test::exchange;
using Chorus::Test::httpRequest;
using Chorus::Test::RawResponse;
using Chorus::Test::TestService;
using Chorus::Test::waitUntil;

namespace {

QByteArray joinBody(const QByteArray &handle, const QByteArray &zone = "Europe/Berlin",
                    const QByteArray &platform = "x")
{
    return R"({"handle":")" + handle + R"(","platform":")" + platform + R"(","zone":")" + zone
        + R"("})";
}

QByteArray bearer(const QByteArray &token)
{
    return "Authorization: Bearer " + token + "\r\n";
}

RawResponse checkIn(TestService &service, const QByteArray &id, const QByteArray &token,
                    const QByteArray &status = "ready")
{
    return exchange(service.port(),
                    httpRequest("POST", "/api/v1/participants/" + id + "/checkins",
                                R"({"status":")" + status + R"("})",
                                token.isNull() ? QByteArray() : bearer(token)));
}

TEST(Service, HealthzAnswers200)
{
    TestService service;
    const RawResponse response = exchange(service.port(), httpRequest("GET", "/healthz"));
    EXPECT_EQ(response.status, 200);
    EXPECT_FALSE(response.headers.value("date").isEmpty());
}

TEST(Service, CampaignIsServedVerbatimWithCors)
{
    TestService service;
    const RawResponse response = exchange(service.port(), httpRequest("GET", "/api/v1/campaign"));
    EXPECT_EQ(response.status, 200);
    EXPECT_EQ(response.headers.value("content-type"), "application/json");
    EXPECT_EQ(response.body,
              R"({"format":"chorus-campaign","version":1,"hashtag":"#AlitaSequel"})");
    EXPECT_EQ(response.headers.value("access-control-allow-origin"), "*");
}

TEST(Service, JoinAnswers201WithIdAndToken)
{
    TestService service;
    const RawResponse response = exchange(
        service.port(), httpRequest("POST", "/api/v1/participants", joinBody("@AlitaFan")));
    ASSERT_EQ(response.status, 201) << response.body.toStdString();
    const QJsonObject json = response.json();
    EXPECT_TRUE(json.value(u"id"_s).isString());
    EXPECT_EQ(json.value(u"token"_s).toString().size(), 22);
    EXPECT_EQ(response.headers.value("access-control-allow-origin"), "*");
    EXPECT_EQ(response.headers.value("cache-control"), "no-store");
}

TEST(Service, TheSameHandleNeverMakesASecondParticipant)
{
    TestService service;
    const auto [id, token] = service.join("@AlitaFan");
    const RawResponse again = exchange(
        service.port(), httpRequest("POST", "/api/v1/participants", joinBody("alitafan")));
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.json().value(u"id"_s).toString().toUtf8(), id);
    EXPECT_EQ(again.json().value(u"field"_s).toString(), u"handle"_s);
    EXPECT_FALSE(again.json().contains(u"token"_s));
    const RawResponse list = exchange(
        service.port(),
        httpRequest("GET", "/api/v1/participants", {}, bearer(Chorus::Test::adminToken)));
    EXPECT_EQ(list.json().value(u"participants"_s).toArray().size(), 1);
    // Another platform is another participant.
    const RawResponse bluesky
        = exchange(service.port(),
                   httpRequest("POST", "/api/v1/participants",
                               joinBody("alitafan.bsky.social", "Asia/Tokyo", "bluesky")));
    EXPECT_EQ(bluesky.status, 201);
}

TEST(Service, ComposedAndDecomposedSpellingsOfAServerAreOneParticipant)
{
    TestService service;
    // "bücher" with U+00FC, then with u + U+0308, then upper-case: one handle.
    const auto [id, token] = service.join("@fan@b\u00fccher.example", "Europe/Berlin", "mastodon");
    for (const QByteArray spelling : {"fan@bu\u0308cher.example", "@FAN@B\u00dcCHER.EXAMPLE",
                                      "@fan@xn--bcher-kva.example"}) {
        const RawResponse again
            = exchange(service.port(), httpRequest("POST", "/api/v1/participants",
                                                   joinBody(spelling, "Europe/Berlin", "mastodon")));
        EXPECT_EQ(again.status, 409) << spelling.toStdString();
        EXPECT_EQ(again.json().value(u"id"_s).toString().toUtf8(), id);
    }
    const RawResponse list = exchange(
        service.port(),
        httpRequest("GET", "/api/v1/participants", {}, bearer(Chorus::Test::adminToken)));
    EXPECT_EQ(list.json().value(u"participants"_s).toArray().size(), 1);
}

TEST(Service, ARefusedHandleSaysWhatAHandleOnThatPlatformLooksLike)
{
    TestService service;
    const RawResponse x = exchange(service.port(), httpRequest("POST", "/api/v1/participants",
                                                               joinBody("@caf\u00e9")));
    EXPECT_EQ(x.status, 400);
    EXPECT_EQ(x.json().value(u"field"_s).toString(), u"handle"_s);
    EXPECT_TRUE(x.json().value(u"error"_s).toString().contains(u"an X handle is 1 to 15"_s))
        << x.body.toStdString();
    const RawResponse bluesky
        = exchange(service.port(), httpRequest("POST", "/api/v1/participants",
                                               joinBody("alita", "Europe/Berlin", "bluesky")));
    EXPECT_EQ(bluesky.status, 400);
    EXPECT_TRUE(bluesky.json().value(u"error"_s).toString().contains(u"alita.bsky.social"_s));
}

TEST(Service, ARetriedJoinWithTheSameIdempotencyKeyGetsTheSameIdAndToken)
{
    TestService service;
    const QByteArray key = "Idempotency-Key: 4f3c2b1a-0000-4000-8000-123456789abc\r\n";
    const QByteArray request = httpRequest("POST", "/api/v1/participants", joinBody("@fan"), key);
    const RawResponse first = exchange(service.port(), request);
    ASSERT_EQ(first.status, 201);
    const RawResponse retry = exchange(service.port(), request);
    EXPECT_EQ(retry.status, 200);
    EXPECT_EQ(retry.json(), first.json());
    // The replayed token works.
    EXPECT_EQ(checkIn(service, first.json().value(u"id"_s).toString().toUtf8(),
                      retry.json().value(u"token"_s).toString().toUtf8())
                  .status,
              200);
    // Another key does not get the token.
    const RawResponse thief
        = exchange(service.port(),
                   httpRequest("POST", "/api/v1/participants", joinBody("@fan"),
                               "Idempotency-Key: 00000000-0000-4000-8000-000000000000\r\n"));
    EXPECT_EQ(thief.status, 409);
    EXPECT_FALSE(thief.json().contains(u"token"_s));
    const RawResponse bad = exchange(service.port(),
                                     httpRequest("POST", "/api/v1/participants", joinBody("@other"),
                                                 "Idempotency-Key: short\r\n"));
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.json().value(u"field"_s).toString(), u"Idempotency-Key"_s);
}

struct BadJoin
{
    std::string name;
    QByteArray body;
    QString field;
};

class ServiceBadJoin : public testing::TestWithParam<BadJoin>
{
};

TEST_P(ServiceBadJoin, Answers400NamingTheField)
{
    TestService service;
    const RawResponse response
        = exchange(service.port(), httpRequest("POST", "/api/v1/participants", GetParam().body));
    EXPECT_EQ(response.status, 400);
    EXPECT_EQ(response.json().value(u"field"_s).toString(), GetParam().field);
    EXPECT_TRUE(response.json().value(u"error"_s).toString().startsWith(GetParam().field + u": "))
        << response.body.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ServiceBadJoin,
    testing::Values(
        BadJoin {"MalformedJson", R"({"handle":)", u"body"_s},
        BadJoin {"NotAnObject", R"(["@fan"])", u"body"_s},
        BadJoin {"MissingHandle", R"({"platform":"x","zone":"Europe/Berlin"})", u"handle"_s},
        BadJoin {"NumericHandle", R"({"handle":5,"platform":"x","zone":"Europe/Berlin"})",
                 u"handle"_s},
        BadJoin {"EmptyHandle", joinBody("  @ "), u"handle"_s},
        BadJoin {"ControlInHandle", joinBody("@fan\\u0007"), u"handle"_s},
        BadJoin {"LoneSurrogateInHandle", joinBody("@fan\\ud800"), u"handle"_s},
        BadJoin {"LoneLowSurrogateInHandle", joinBody("\\udc00@fan"), u"handle"_s},
        BadJoin {"NewlineInHandle", joinBody("@fan\\nadmin"), u"handle"_s},
        BadJoin {"LongHandle", joinBody(QByteArray(301, 'a')), u"handle"_s},
        BadJoin {"ZeroWidthSpaceInHandle", joinBody("@ca\\u200bfe"), u"handle"_s},
        BadJoin {"BidiOverrideInHandle", joinBody("@\\u202eevil"), u"handle"_s},
        BadJoin {"FullWidthHandle", joinBody("@\\uff43\\uff41\\uff46\\uff45"), u"handle"_s},
        BadJoin {"AccentOnX", joinBody("@caf\\u00e9"), u"handle"_s},
        BadJoin {"SixteenCharactersOnX", joinBody("@abcdefghijklmnop"), u"handle"_s},
        BadJoin {"BareNameOnBluesky", joinBody("alita", "Europe/Berlin", "bluesky"), u"handle"_s},
        BadJoin {"LocalTldOnBluesky", joinBody("alita.local", "Europe/Berlin", "bluesky"),
                 u"handle"_s},
        BadJoin {"NoServerOnMastodon", joinBody("@fan", "Europe/Berlin", "mastodon"), u"handle"_s},
        BadJoin {"BadServerOnMastodon", joinBody("@fan@mast_odon.social", "Europe/Berlin",
                                                 "mastodon"),
                 u"handle"_s},
        BadJoin {"UnknownPlatform", joinBody("@fan", "Europe/Berlin", "myspace"), u"platform"_s},
        BadJoin {"UnknownZone", joinBody("@fan", "Europe/Berln"), u"zone"_s},
        BadJoin {"MissingZone", R"({"handle":"@fan","platform":"x"})", u"zone"_s}),
    Chorus::Test::ByName());

TEST(Service, JoinStoresTheCanonicalZone)
{
    TestService service;
    service.join("@fan", "Asia/Calcutta");
    const RawResponse list = exchange(
        service.port(),
        httpRequest("GET", "/api/v1/participants", {}, bearer(Chorus::Test::adminToken)));
    EXPECT_EQ(
        list.json().value(u"participants"_s).toArray().at(0).toObject().value(u"zone"_s).toString(),
        u"Asia/Kolkata"_s);
}

TEST(Service, CheckinsNeedTheParticipantsOwnToken)
{
    TestService service;
    const auto [id, token] = service.join("@fan");
    const auto [otherId, otherToken] = service.join("@other");
    EXPECT_EQ(checkIn(service, id, {}).status, 401);
    EXPECT_EQ(checkIn(service, id, otherToken).status, 403);
    EXPECT_EQ(checkIn(service, id, "not-a-token").status, 403);
    EXPECT_EQ(checkIn(service, "999", token).status, 404);
    EXPECT_EQ(checkIn(service, "abc", token).status, 404);
    const RawResponse ok = checkIn(service, id, token, "posted");
    EXPECT_EQ(ok.status, 200);
    EXPECT_EQ(ok.json().value(u"status"_s).toString(), u"posted"_s);
    // Status only moves forward: "ready" after "posted" keeps "posted".
    EXPECT_EQ(checkIn(service, id, token, "ready").json().value(u"status"_s).toString(),
              u"posted"_s);
    const RawResponse bad = checkIn(service, id, token, "asleep");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.json().value(u"field"_s).toString(), u"status"_s);
    const RawResponse joined = checkIn(service, otherId, otherToken, "joined");
    EXPECT_EQ(joined.status, 400);
}

TEST(Service, StatsCountOverallAndByZone)
{
    TestService service;
    const auto [a, tokenA] = service.join("@a", "Europe/Berlin");
    const auto [b, tokenB] = service.join("@b", "Europe/Berlin");
    service.join("@c", "America/Sao_Paulo");
    ASSERT_EQ(checkIn(service, a, tokenA, "ready").status, 200);
    ASSERT_EQ(checkIn(service, b, tokenB, "posted").status, 200);
    const RawResponse stats = exchange(service.port(), httpRequest("GET", "/api/v1/stats"));
    ASSERT_EQ(stats.status, 200);
    EXPECT_EQ(
        QJsonDocument::fromJson(stats.body),
        QJsonDocument::fromJson(R"({"participants":3,"ready":1,"posted":1,"by_zone":{)"
                                R"("America/Sao_Paulo":{"participants":1,"ready":0,"posted":0},)"
                                R"("Europe/Berlin":{"participants":2,"ready":1,"posted":1}}})"));
    EXPECT_EQ(stats.headers.value("access-control-allow-origin"), "*");
}

TEST(Service, StatsCarryAnETagAndAnswer304WhenUnchanged)
{
    TestService service;
    service.join("@a");
    const RawResponse first = exchange(service.port(), httpRequest("GET", "/api/v1/stats"));
    const QByteArray etag = first.headers.value("etag");
    ASSERT_FALSE(etag.isEmpty());
    EXPECT_EQ(first.headers.value("cache-control"), "public, max-age=5");
    const RawResponse same = exchange(
        service.port(), httpRequest("GET", "/api/v1/stats", {}, "If-None-Match: " + etag + "\r\n"));
    EXPECT_EQ(same.status, 304);
    EXPECT_TRUE(same.body.isEmpty());
    EXPECT_EQ(same.headers.value("etag"), etag);
    service.join("@b");
    const RawResponse changed = exchange(
        service.port(), httpRequest("GET", "/api/v1/stats", {}, "If-None-Match: " + etag + "\r\n"));
    EXPECT_EQ(changed.status, 200);
    EXPECT_NE(changed.headers.value("etag"), etag);
}

// Issue 14: the campaign's supporter goal travels with the figures, counted
// from the same (cached) participants, and the client reads it back.
TEST(Service, StatsCarryTheCampaignsGoalCountedWithTheParticipants)
{
    TestService service(Chorus::Test::testLimits(), {}, [](ServiceConfig &config) {
        config.campaignJson = R"({"format":"chorus-campaign","version":1,"hashtag":"#AlitaSequel",)"
                              R"("start":"2027-02-14T17:00:00Z","duration_minutes":60,)"
                              R"("goal":2,"all_or_nothing":true})";
    });
    const auto [id, token] = service.join("@a");
    ASSERT_EQ(checkIn(service, id, token, "posted").status, 200);
    const RawResponse one = exchange(service.port(), httpRequest("GET", "/api/v1/stats"));
    ASSERT_EQ(one.status, 200);
    EXPECT_EQ(QJsonDocument::fromJson(one.body)[u"goal"_s].toObject(),
              QJsonDocument::fromJson(R"({"participants":2,"all_or_nothing":true,"met":false,)"
                                      R"("decides_at":"2027-02-14T16:50:00Z"})")
                  .object());
    const auto parsed = parseStats(one.body);
    ASSERT_TRUE(parsed.has_value()) << parsed.error().text().toStdString();
    ASSERT_TRUE(parsed->goal.has_value());
    EXPECT_EQ(parsed->goal->participants, 2);
    EXPECT_TRUE(parsed->goal->allOrNothing);
    EXPECT_EQ(parsed->goal->decidesAt,
              QDateTime::fromString(u"2027-02-14T16:50:00Z"_s, Qt::ISODate));
    EXPECT_FALSE(parsed->goalMet());

    // The second join meets it: the cached answer and its ETag move with the count.
    service.join("@b", "Asia/Tokyo");
    const RawResponse two = exchange(
        service.port(),
        httpRequest("GET", "/api/v1/stats", {}, "If-None-Match: " + one.headers.value("etag") + "\r\n"));
    ASSERT_EQ(two.status, 200);
    const QJsonObject body = QJsonDocument::fromJson(two.body).object();
    EXPECT_EQ(body[u"participants"_s].toInt(), 2);
    EXPECT_TRUE(body[u"goal"_s][u"met"_s].toBool());
    const auto again = parseStats(two.body);
    ASSERT_TRUE(again.has_value());
    EXPECT_TRUE(again->goalMet());
}

TEST(Service, AGoalWithoutAllOrNothingHasNoDecision)
{
    TestService service(Chorus::Test::testLimits(), {}, [](ServiceConfig &config) {
        config.campaignJson = R"({"format":"chorus-campaign","version":1,"hashtag":"#AlitaSequel",)"
                              R"("start":"2027-02-14T17:00:00Z","duration_minutes":60,"goal":5000})";
    });
    const RawResponse stats = exchange(service.port(), httpRequest("GET", "/api/v1/stats"));
    ASSERT_EQ(stats.status, 200);
    EXPECT_EQ(QJsonDocument::fromJson(stats.body)[u"goal"_s].toObject(),
              QJsonDocument::fromJson(R"({"participants":5000,"all_or_nothing":false,"met":false})")
                  .object());
    const auto parsed = parseStats(stats.body);
    ASSERT_TRUE(parsed.has_value());
    ASSERT_TRUE(parsed->goal.has_value());
    EXPECT_FALSE(parsed->goal->decidesAt.isValid());
}

TEST(Client, ParseStatsRefusesAGoalThatIsNoCount)
{
    const auto bad = parseStats(R"({"participants":1,"ready":0,"posted":0,"by_zone":{},)"
                                R"("goal":{"participants":"many"}})");
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().field, u"goal.participants"_s);
    const auto none = parseStats(R"({"participants":1,"ready":0,"posted":0,"by_zone":{}})");
    ASSERT_TRUE(none.has_value());
    EXPECT_FALSE(none->goal.has_value());
}

TEST(Service, StatsSurviveARestart)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"db.sqlite"_s);
    QByteArray before;
    {
        TestService service(Chorus::Test::testLimits(), db);
        const auto [id, token] = service.join("@a", "Asia/Tokyo");
        ASSERT_EQ(checkIn(service, id, token, "posted").status, 200);
        before = exchange(service.port(), httpRequest("GET", "/api/v1/stats")).body;
    }
    TestService again(Chorus::Test::testLimits(), db);
    EXPECT_EQ(exchange(again.port(), httpRequest("GET", "/api/v1/stats")).body, before);
    EXPECT_EQ(again.service().stats().total, (Counts {1, 0, 1}));
}

TEST(Service, AdminListNeedsTheAdminToken)
{
    TestService service;
    service.join("@fan@mastodon.social", "Europe/Berlin", "mastodon");
    EXPECT_EQ(exchange(service.port(), httpRequest("GET", "/api/v1/participants")).status, 401);
    EXPECT_EQ(exchange(service.port(),
                       httpRequest("GET", "/api/v1/participants", {}, bearer("admin-secreT")))
                  .status,
              401);
    const RawResponse list = exchange(
        service.port(),
        httpRequest("GET", "/api/v1/participants", {}, bearer(Chorus::Test::adminToken)));
    ASSERT_EQ(list.status, 200);
    const QJsonObject participant = list.json().value(u"participants"_s).toArray().at(0).toObject();
    EXPECT_EQ(participant.value(u"handle"_s).toString(), u"@fan@mastodon.social"_s);
    EXPECT_EQ(participant.value(u"platform"_s).toString(), u"mastodon"_s);
    EXPECT_EQ(participant.value(u"zone"_s).toString(), u"Europe/Berlin"_s);
    EXPECT_EQ(participant.value(u"status"_s).toString(), u"joined"_s);
    EXPECT_EQ(participant.value(u"joined_at"_s).toString(), u"2027-02-14T16:00:00Z"_s);
    EXPECT_TRUE(list.headers.value("access-control-allow-origin").isEmpty());
}

TEST(Service, CsvExportIsQuotedAndDefused)
{
    TestService service;
    // A handle can no longer start with '=' (rows stored before version 3
    // can; store_test's csvField test covers those cells); '@' is defused too.
    service.join("@Fan_1");
    for (const QByteArray path : {"/api/v1/participants.csv", "/api/v1/participants?format=csv"}) {
        EXPECT_EQ(exchange(service.port(), httpRequest("GET", path)).status, 401);
        const RawResponse csv = exchange(
            service.port(), httpRequest("GET", path, {}, bearer(Chorus::Test::adminToken)));
        ASSERT_EQ(csv.status, 200) << path.toStdString();
        EXPECT_EQ(csv.headers.value("content-type"), "text/csv; charset=utf-8");
        EXPECT_EQ(csv.body,
                  "id,handle,platform,zone,status,joined_at,post_url\r\n"
                  "1,'@Fan_1,x,Europe/Berlin,joined,2027-02-14T16:00:00Z,\r\n");
    }
}

TEST(Service, CorsPreflightForPublicRoutesOnly)
{
    TestService service;
    for (const QByteArray path : {"/api/v1/campaign", "/api/v1/stats", "/api/v1/participants",
                                  "/api/v1/participants/1/checkins"}) {
        const RawResponse response
            = exchange(service.port(),
                       httpRequest("OPTIONS", path, {},
                                   "Origin: https://fans.example\r\n"
                                   "Access-Control-Request-Method: POST\r\n"));
        EXPECT_EQ(response.status, 204) << path.toStdString();
        EXPECT_EQ(response.headers.value("access-control-allow-origin"), "*");
        EXPECT_TRUE(
            response.headers.value("access-control-allow-headers").contains("Authorization"));
        EXPECT_FALSE(response.headers.value("access-control-allow-methods").isEmpty());
    }
    const RawResponse admin
        = exchange(service.port(), httpRequest("OPTIONS", "/api/v1/participants.csv"));
    EXPECT_EQ(admin.status, 405);
    EXPECT_TRUE(admin.headers.value("access-control-allow-origin").isEmpty());
}

TEST(Service, HeadAnswersHeadersWithoutABody)
{
    TestService service;
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, service.port());
    ASSERT_TRUE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    // HEAD then GET on one connection: the GET's answer must start right
    // after the HEAD's headers, proving the HEAD sent no body.
    socket.write(httpRequest("HEAD", "/api/v1/stats") + httpRequest("GET", "/healthz"));
    QByteArray received;
    ASSERT_TRUE(waitUntil([&] {
        received += socket.readAll();
        return received.endsWith(R"({"status":"ok"})");
    }));
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    EXPECT_TRUE(received.startsWith("HTTP/1.1 200 "));
    EXPECT_TRUE(received.first(headEnd).contains("Content-Length: "));
    EXPECT_TRUE(received.sliced(headEnd + 4).startsWith("HTTP/1.1 200 ")) << received.toStdString();
}

/// The SQLite store, but commit() fails while `failing` is set (a full disk).
class FailingStore final : public Store
{
public:
    FailingStore(const QString &path, std::shared_ptr<std::atomic<bool>> failing)
        : m_store(path)
        , m_failing(std::move(failing))
    { }
    Chorus::Expected<void> open() override { return m_store.open(); }
    Chorus::Expected<void> begin() override { return m_store.begin(); }
    Chorus::Expected<void> commit() override
    {
        if (*m_failing)
            return Chorus::fail(u"database"_s, u"disk full"_s);
        return m_store.commit();
    }
    void rollback() override { m_store.rollback(); }
    Chorus::Expected<JoinResult> join(const JoinRequest &r) override { return m_store.join(r); }
    Chorus::Expected<CheckinResult> checkIn(const CheckinRequest &r) override
    {
        return m_store.checkIn(r);
    }
    Chorus::Expected<QList<Participant>> participants() override { return m_store.participants(); }
    Chorus::Expected<Stats> stats() override { return m_store.stats(); }

private:
    SqliteStore m_store;
    std::shared_ptr<std::atomic<bool>> m_failing;
};

TEST(Service, AJoinThatCannotBeCommittedIsNeverAcknowledged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"db.sqlite"_s);
    auto failing = std::make_shared<std::atomic<bool>>(true);
    ServiceConfig config;
    config.campaignJson = "{}";
    config.resolveZone = Chorus::Test::zoneResolver();
    config.limits = Chorus::Test::testLimits();
    config.now = [] {
        return QDateTime::currentDateTimeUtc();
    };
    Service service(std::move(config),
                    [path, failing] { return std::make_unique<FailingStore>(path, failing); });
    ASSERT_TRUE(service.listen(QHostAddress::LocalHost, 0).has_value());
    const RawResponse refused
        = exchange(service.port(), httpRequest("POST", "/api/v1/participants", joinBody("@fan")));
    EXPECT_EQ(refused.status, 503);
    EXPECT_EQ(refused.headers.value("retry-after"), "1");
    EXPECT_EQ(service.stats().total.participants, 0);
    *failing = false;
    // Rolled back: the retry creates the participant, not a conflict.
    EXPECT_EQ(
        exchange(service.port(), httpRequest("POST", "/api/v1/participants", joinBody("@fan")))
            .status,
        201);
    EXPECT_EQ(service.stats().total.participants, 1);
}

TEST(Service, UnknownRoutesAndMethods)
{
    TestService service;
    EXPECT_EQ(exchange(service.port(), httpRequest("GET", "/nope")).status, 404);
    const RawResponse wrong = exchange(service.port(), httpRequest("DELETE", "/api/v1/stats"));
    EXPECT_EQ(wrong.status, 405);
    EXPECT_FALSE(wrong.headers.value("allow").isEmpty());
}

TEST(Limits, BodyOver16KiBGets413BeforeItIsRead)
{
    TestService service;
    QByteArray request = "POST /api/v1/participants HTTP/1.1\r\nHost: a\r\nContent-Length: "
        + QByteArray::number(17 * 1024) + "\r\n\r\n";
    // Only the header is sent: the answer must not wait for the body.
    const RawResponse response = exchange(service.port(), request);
    EXPECT_EQ(response.status, 413);
    EXPECT_TRUE(response.closed);
    const RawResponse full = exchange(
        service.port(), httpRequest("POST", "/api/v1/participants", QByteArray(17 * 1024, ' ')));
    EXPECT_EQ(full.status, 413);
    // Exactly 16 KiB is read (and refused as JSON, not as size).
    QByteArray padded = joinBody("@fan");
    padded += QByteArray(16 * 1024 - padded.size(), ' ');
    const RawResponse fits
        = exchange(service.port(), httpRequest("POST", "/api/v1/participants", padded));
    EXPECT_EQ(fits.status, 201);
}

TEST(Service, Expect100ContinueGetsTheGoAheadBeforeTheBody)
{
    TestService service;
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, service.port());
    ASSERT_TRUE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    const QByteArray body = joinBody("@curl");
    socket.write("POST /api/v1/participants HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n"
                 "Content-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n");
    QByteArray received;
    ASSERT_TRUE(waitUntil([&] {
        received += socket.readAll();
        return received.contains("\r\n\r\n");
    }));
    EXPECT_EQ(received, "HTTP/1.1 100 Continue\r\n\r\n");
    socket.write(body);
    ASSERT_TRUE(waitUntil([&] {
        received += socket.readAll();
        return received.contains("HTTP/1.1 201 ");
    }));
    // A refused body gets the refusal instead of the go-ahead.
    const RawResponse refused
        = exchange(service.port(),
                   "POST /api/v1/participants HTTP/1.1\r\nExpect: 100-continue\r\n"
                   "Content-Length: 20000\r\n\r\n");
    EXPECT_EQ(refused.status, 413);
}

TEST(Limits, OversizeHeadersGet431)
{
    TestService service;
    const RawResponse response
        = exchange(service.port(),
                   httpRequest("GET", "/healthz", {}, "X-Big: " + QByteArray(9000, 'a') + "\r\n"));
    EXPECT_EQ(response.status, 431);
    EXPECT_TRUE(response.closed);
}

TEST(Limits, ChunkedBodiesAreRefused)
{
    TestService service;
    const RawResponse response
        = exchange(service.port(),
                   "POST /api/v1/participants HTTP/1.1\r\nHost: a\r\n"
                   "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
    EXPECT_EQ(response.status, 501);
    EXPECT_TRUE(response.closed);
}

TEST(Limits, ASlowClientGets408AfterTheReadTimeout)
{
    Limits limits = Chorus::Test::testLimits();
    limits.readTimeout = std::chrono::milliseconds(300);
    TestService service(limits);
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, service.port());
    ASSERT_TRUE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    QByteArray received;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { closed = true; });
    // Slowloris: a byte every 50 ms never completes the header.
    const QByteArray request
        = "GET /healthz HTTP/1.1\r\nHost: a\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaa";
    for (char c : request) {
        if (closed)
            break;
        socket.write(&c, 1);
        waitUntil([] { return false; }, 50);
    }
    ASSERT_TRUE(waitUntil([&] { return closed; }, 3000));
    EXPECT_TRUE(received.startsWith("HTTP/1.1 408 ")) << received.toStdString();
}

TEST(Limits, IdleKeepAliveConnectionsAreClosed)
{
    Limits limits = Chorus::Test::testLimits();
    limits.idleTimeout = std::chrono::milliseconds(1000);
    TestService service(limits);
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, service.port());
    ASSERT_TRUE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { closed = true; });
    socket.write(httpRequest("GET", "/healthz"));
    ASSERT_TRUE(waitUntil([&] { return socket.bytesAvailable() > 0; }));
    EXPECT_TRUE(socket.readAll().startsWith("HTTP/1.1 200 "));
    EXPECT_FALSE(closed);
    EXPECT_TRUE(waitUntil([&] { return closed; }, 3000));
    EXPECT_TRUE(waitUntil([&] { return service.service().connectionCount() == 0; }));
}

TEST(Limits, KeepAliveServesPipelinedRequestsInOrder)
{
    TestService service;
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, service.port());
    ASSERT_TRUE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    socket.write(httpRequest("POST", "/api/v1/participants", joinBody("@p1"))
                 + httpRequest("GET", "/nope") + httpRequest("GET", "/api/v1/stats"));
    QByteArray received;
    ASSERT_TRUE(waitUntil([&] {
        received += socket.readAll();
        return received.count("HTTP/1.1 ") == 3 && received.endsWith("}");
    }));
    const qsizetype created = received.indexOf("HTTP/1.1 201");
    const qsizetype notFound = received.indexOf("HTTP/1.1 404");
    const qsizetype stats = received.lastIndexOf("HTTP/1.1 200");
    EXPECT_TRUE(created >= 0 && created < notFound && notFound < stats) << received.toStdString();
    EXPECT_TRUE(received.endsWith(R"("participants":1,"posted":0,"ready":0})"));
}

TEST(Limits, ConnectionsPerAddressAreCapped)
{
    Limits limits = Chorus::Test::testLimits();
    limits.maxConnectionsPerAddress = 3;
    TestService service(limits);
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 3; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(u"127.0.0.1"_s, service.port());
    }
    ASSERT_TRUE(waitUntil([&] { return service.service().connectionCount() == 3; }));
    const RawResponse refused = exchange(service.port(), httpRequest("GET", "/healthz"));
    EXPECT_EQ(refused.status, 503);
    EXPECT_TRUE(refused.closed);
    held.pop_back();
    ASSERT_TRUE(waitUntil([&] { return service.service().connectionCount() == 2; }));
    EXPECT_EQ(exchange(service.port(), httpRequest("GET", "/healthz")).status, 200);
}

TEST(Limits, ConnectionsInTotalAreCapped)
{
    Limits limits = Chorus::Test::testLimits();
    limits.maxConnections = 2;
    TestService service(limits);
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 2; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(u"127.0.0.1"_s, service.port());
    }
    ASSERT_TRUE(waitUntil([&] { return service.service().connectionCount() == 2; }));
    EXPECT_EQ(exchange(service.port(), httpRequest("GET", "/healthz")).status, 503);
}

TEST(Limits, JoinsAreRateLimitedPerAddressWithRetryAfter)
{
    Limits limits;
    limits.joinsPerMinute = 6;
    limits.joinBurst = 2;
    TestService service(limits);
    auto join = [&](const QByteArray &handle) {
        return exchange(service.port(),
                        httpRequest("POST", "/api/v1/participants", joinBody(handle)));
    };
    EXPECT_EQ(join("@a").status, 201);
    EXPECT_EQ(join("@b").status, 201);
    const RawResponse limited = join("@c");
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.headers.value("retry-after"), "10"); // 6 per minute: one every 10 s
    // Other routes are not limited.
    EXPECT_EQ(exchange(service.port(), httpRequest("GET", "/api/v1/stats")).status, 200);
    *service.clock = service.clock->addSecs(10);
    EXPECT_EQ(join("@c").status, 201);
    EXPECT_EQ(join("@d").status, 429);
}

TEST(Hostile, MalformedRequestsGet400AndTheServiceKeepsServing)
{
    TestService service;
    const QList<QByteArray> hostile {
        "GET\r\n\r\n",
        "GET / HTTP/1.1 extra\r\n\r\n",
        "GET /healthz HTTP/9.9\r\n\r\n",
        "GET /%00 HTTP/1.1\r\nHost: a\r\n\r\n",
        QByteArray("GET /\0 HTTP/1.1\r\n\r\n", 20),
        "POST /api/v1/participants HTTP/1.1\r\nContent-Length: abc\r\n\r\n",
        "POST /api/v1/participants HTTP/1.1\r\nContent-Length: 3\r\n\r\n\xff\xfe\xfd",
        "POST /api/v1/participants/1/checkins HTTP/1.1\r\nAuthorization: Bearer\r\n"
        "Content-Length: 2\r\n\r\n{}",
        "GET /api/v1/participants/99999999999999999999999/checkins HTTP/1.1\r\n\r\n",
    };
    for (const QByteArray &bytes : hostile) {
        const RawResponse response = exchange(service.port(), bytes, 2000);
        EXPECT_GE(response.status, 400) << bytes.toStdString();
        EXPECT_LT(response.status, 600) << bytes.toStdString();
    }
    EXPECT_EQ(exchange(service.port(), httpRequest("GET", "/healthz")).status, 200);
}

TEST(Hostile, RandomBytesNeverCrashOrStall)
{
    Limits limits = Chorus::Test::testLimits();
    limits.readTimeout = std::chrono::milliseconds(200);
    TestService service(limits);
    std::mt19937 random(7);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int round = 0; round < 60; ++round) {
        QByteArray bytes(1 + random() % 3000, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random() % 256);
        if (round % 3 == 0)
            bytes.prepend("POST /api/v1/participants HTTP/1.1\r\nContent-Length: 40\r\n\r\n");
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(u"127.0.0.1"_s, service.port());
        QTcpSocket *raw = socket.get();
        QObject::connect(raw, &QTcpSocket::connected, raw, [raw, bytes] { raw->write(bytes); });
        sockets.push_back(std::move(socket));
    }
    // Every connection ends: answered and closed, or timed out and closed.
    EXPECT_TRUE(waitUntil(
        [&] {
            for (const auto &socket : sockets) {
                if (socket->state() != QAbstractSocket::UnconnectedState)
                    return false;
            }
            return true;
        },
        10000));
    EXPECT_EQ(exchange(service.port(), httpRequest("GET", "/healthz")).status, 200);
    EXPECT_TRUE(waitUntil([&] { return service.service().connectionCount() == 0; }));
}

TEST(Shutdown, AnswersWhatIsInFlightThenFinishes)
{
    TestService service;
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, service.port());
    ASSERT_TRUE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    ASSERT_TRUE(waitUntil([&] { return service.service().connectionCount() == 1; }));
    int finished = 0;
    QObject::connect(&service.service(), &Service::finished, &socket, [&] { ++finished; });
    socket.write(httpRequest("POST", "/api/v1/participants", joinBody("@last")));
    ASSERT_TRUE(waitUntil([&] { return socket.bytesToWrite() == 0; }));
    waitUntil([] { return false; }, 20); // let the service read and queue it
    service.service().shutdown();
    ASSERT_TRUE(waitUntil([&] { return finished == 1; }));
    const QByteArray answer = socket.readAll();
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 201 ")) << answer.toStdString();
    EXPECT_EQ(socket.state(), QAbstractSocket::UnconnectedState);
    SqliteStore store(service.dbPath());
    ASSERT_TRUE(store.open().has_value());
    EXPECT_EQ(store.participants()->size(), 1);
    // No longer accepting.
    EXPECT_EQ(exchange(service.port(), httpRequest("GET", "/healthz"), 500).status, 0);
}

TEST(GroupCommit, ConcurrentJoinsShareCommits)
{
    Limits limits = Chorus::Test::testLimits();
    limits.maxConnectionsPerAddress = 1000;
    TestService service(limits);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    int answered = 0;
    constexpr int count = 100;
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = socket.get();
        const QByteArray request
            = httpRequest("POST", "/api/v1/participants", joinBody("@fan" + QByteArray::number(i)));
        QObject::connect(raw, &QTcpSocket::connected, raw, [raw, request] { raw->write(request); });
        QObject::connect(raw, &QTcpSocket::readyRead, raw, [&answered, raw] {
            if (raw->readAll().startsWith("HTTP/1.1 201"))
                ++answered;
        });
        raw->connectToHost(u"127.0.0.1"_s, service.port());
        sockets.push_back(std::move(socket));
    }
    ASSERT_TRUE(waitUntil([&] { return answered == count; }, 20000));
    EXPECT_EQ(service.service().stats().total.participants, count);
    EXPECT_LT(service.service().batchCount(), quint64(count));
}

} // namespace
