// The check-in client against the real service on loopback.
#include "checkintest.h"

#include "checkin/client.h"
#include "checkin/tokenstore.h"

#include "testutil.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Chorus::Checkin;
using Chorus::Test::exchange;
using Chorus::Test::httpRequest;
using Chorus::Test::TestService;
using Chorus::Test::waitUntil;

namespace {

QUrl urlOf(quint16 port)
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}

/// A client whose clock runs `skew` ahead of the test service's clock.
struct Fixture
{
    explicit Fixture(TestService &service, std::chrono::milliseconds skew = 0ms,
                     ClientOptions options = {})
        : client(
            urlOf(service.port()), &network, &tokens,
            [clock = service.clock, skew] { return clock->addMSecs(skew.count()); }, options,
            [] { return 0.5; })
    {
        QObject::connect(&client, &Client::joined, &client,
                         [this](const Membership &m) { joined.push_back(m); });
        QObject::connect(&client, &Client::joinFailed, &client,
                         [this](const Chorus::Error &e) { errors.push_back(e); });
        QObject::connect(&client, &Client::checkInFailed, &client,
                         [this](const Chorus::Error &e) { errors.push_back(e); });
        QObject::connect(&client, &Client::checkedIn, &client,
                         [this](Status s) { checkedIn.push_back(s); });
        QObject::connect(&client, &Client::statsChanged, &client,
                         [this](const Stats &s) { stats.push_back(s); });
        QObject::connect(&client, &Client::pollFailed, &client,
                         [this](const Chorus::Error &) { ++pollFailures; });
    }
    QNetworkAccessManager network;
    MemoryTokenStore tokens;
    Client client;
    std::vector<Membership> joined;
    std::vector<Chorus::Error> errors;
    std::vector<Status> checkedIn;
    std::vector<Stats> stats;
    int pollFailures = 0;
};

TEST(Client, JoinsOnceAndRemembersTheToken)
{
    TestService service;
    Fixture fixture(service);
    fixture.client.join(u"@fan"_s, u"x"_s, u"Europe/Berlin"_s);
    ASSERT_TRUE(waitUntil([&] { return fixture.joined.size() == 1; }));
    const Membership membership = fixture.joined.front();
    EXPECT_EQ(fixture.tokens.membership(urlOf(service.port())), membership);
    EXPECT_TRUE(fixture.tokens.pendingJoinKey(urlOf(service.port())).isEmpty());
    // Joining again answers from memory: still one participant.
    fixture.client.join(u"@fan"_s, u"x"_s, u"Europe/Berlin"_s);
    ASSERT_TRUE(waitUntil([&] { return fixture.joined.size() == 2; }));
    EXPECT_EQ(fixture.joined.back(), membership);
    EXPECT_EQ(service.service().stats().total.participants, 1);
}

TEST(Client, AJoinWhoseAnswerWasLostIsRecoveredWithTheSameToken)
{
    TestService service;
    Fixture fixture(service);
    // The first attempt reached the service, but its answer never arrived.
    const QByteArray key = "lost-answer-key-0123456789";
    fixture.tokens.setPendingJoinKey(urlOf(service.port()), key);
    const auto lost
        = exchange(service.port(),
                   httpRequest("POST", "/api/v1/participants",
                               R"({"handle":"@fan","platform":"x","zone":"Asia/Tokyo"})",
                               "Idempotency-Key: " + key + "\r\n"));
    ASSERT_EQ(lost.status, 201);
    fixture.client.join(u"@fan"_s, u"x"_s, u"Asia/Tokyo"_s);
    ASSERT_TRUE(waitUntil([&] { return fixture.joined.size() == 1; }));
    EXPECT_EQ(fixture.joined.front().id, lost.json().value(u"id"_s).toString());
    EXPECT_EQ(fixture.joined.front().token, lost.json().value(u"token"_s).toString().toLatin1());
    EXPECT_EQ(service.service().stats().total.participants, 1);
    fixture.client.checkIn(Status::Ready);
    ASSERT_TRUE(waitUntil([&] { return fixture.checkedIn.size() == 1; }));
}

TEST(Client, ARefusedJoinNamesTheField)
{
    TestService service;
    Fixture fixture(service);
    fixture.client.join(u"@fan"_s, u"x"_s, u"Mars/Olympus"_s);
    ASSERT_TRUE(waitUntil([&] { return fixture.errors.size() == 1; }));
    EXPECT_EQ(fixture.errors.front().field, u"zone"_s);
    EXPECT_TRUE(fixture.errors.front().message.contains(u"Mars/Olympus"_s));
    EXPECT_FALSE(fixture.client.membership().has_value());
}

TEST(Client, AnotherDevicesHandleIsAConflict)
{
    TestService service;
    service.join("@fan");
    Fixture fixture(service);
    fixture.client.join(u"@FAN"_s, u"x"_s, u"Europe/Berlin"_s);
    ASSERT_TRUE(waitUntil([&] { return fixture.errors.size() == 1; }));
    EXPECT_EQ(fixture.errors.front().field, u"handle"_s);
    EXPECT_TRUE(fixture.errors.front().message.contains(u"already joined"_s));
}

TEST(Client, ChecksInAndStatsFollow)
{
    TestService service;
    Fixture fixture(service);
    fixture.client.checkIn(Status::Ready);
    ASSERT_TRUE(waitUntil([&] { return fixture.errors.size() == 1; }));
    EXPECT_EQ(fixture.errors.front().field, u"membership"_s);

    fixture.client.join(u"fan.bsky.social"_s, u"bluesky"_s, u"America/Sao_Paulo"_s);
    ASSERT_TRUE(waitUntil([&] { return fixture.joined.size() == 1; }));
    fixture.client.checkIn(Status::Posted);
    ASSERT_TRUE(waitUntil([&] { return fixture.checkedIn.size() == 1; }));
    EXPECT_EQ(fixture.checkedIn.front(), Status::Posted);
    fixture.client.checkIn(Status::Ready);
    ASSERT_TRUE(waitUntil([&] { return fixture.checkedIn.size() == 2; }));
    EXPECT_EQ(fixture.checkedIn.back(), Status::Posted); // forward only
    EXPECT_EQ(service.service().stats().byZone.at("America/Sao_Paulo"), (Counts {1, 0, 1}));
}

TEST(Client, PollingEmitsOnlyChangedFigures)
{
    TestService service;
    ClientOptions options;
    options.pollInterval = 50ms;
    Fixture fixture(service, 0ms, options);
    fixture.client.startPolling();
    ASSERT_TRUE(waitUntil([&] { return fixture.stats.size() == 1; }));
    EXPECT_EQ(fixture.stats.front().total.participants, 0);
    // Several more polls come back 304 and emit nothing.
    waitUntil([] { return false; }, 300);
    EXPECT_EQ(fixture.stats.size(), 1u);
    service.join("@a", "Asia/Tokyo");
    ASSERT_TRUE(waitUntil([&] { return fixture.stats.size() == 2; }));
    EXPECT_EQ(fixture.stats.back().byZone.at("Asia/Tokyo").participants, 1);
    EXPECT_EQ(fixture.pollFailures, 0);
    fixture.client.stopPolling();
}

TEST(Client, PollingBacksOffExponentiallyWithJitterWhenTheServiceIsDown)
{
    // A port where nothing listens.
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QNetworkAccessManager network;
    MemoryTokenStore tokens;
    ClientOptions options;
    options.pollInterval = 10ms;
    options.maxBackoff = 80ms;
    options.jitter = 0.5;
    double random = 0.5; // no spread
    Client client(
        urlOf(port), &network, &tokens, [] { return QDateTime::currentDateTimeUtc(); }, options,
        [&random] { return random; });
    std::vector<qint64> delays;
    QObject::connect(&client, &Client::pollFailed, &client,
                     [&] { delays.push_back(client.nextPollDelay().count()); });
    client.startPolling();
    ASSERT_TRUE(waitUntil([&] { return delays.size() >= 5; }));
    EXPECT_EQ(delays[0], 20);
    EXPECT_EQ(delays[1], 40);
    EXPECT_EQ(delays[2], 80);
    EXPECT_EQ(delays[3], 80); // capped
    random = 0.0; // the most negative jitter: half the delay
    ASSERT_TRUE(waitUntil([&] { return delays.size() >= 6; }));
    EXPECT_EQ(delays[5], 40);
    client.stopPolling();
}

TEST(Client, EstimatesTheClockOffsetFromTheDateHeader)
{
    TestService service;
    Fixture fixture(service, 120s); // the fan's clock is 2 min fast
    fixture.client.startPolling();
    ASSERT_TRUE(waitUntil([&] { return fixture.stats.size() == 1; }));
    fixture.client.stopPolling();
    const auto offset = fixture.client.clockOffset();
    ASSERT_TRUE(offset.has_value());
    // The test clock stands still, so the round trip is 0 and only the Date's
    // whole-second resolution is left: 120 s − 0.5 s.
    EXPECT_EQ(offset->offset, 119'500ms);
    EXPECT_EQ(offset->uncertainty, 500ms);
    EXPECT_EQ(describeClockOffset(*offset), u"your clock is 2 min fast"_s);
}

TEST(ClockOffset, WorkedExampleAndWording)
{
    const QDateTime sent = QDateTime::fromString(u"2027-02-14T17:00:00.000Z"_s, Qt::ISODateWithMs);
    const QDateTime received = sent.addMSecs(200);
    const QDateTime date = QDateTime::fromString(u"2027-02-14T16:58:00Z"_s, Qt::ISODate);
    const ClockOffset estimate = estimateClockOffset(sent, received, date);
    EXPECT_EQ(estimate.offset, 119'600ms);
    EXPECT_EQ(estimate.uncertainty, 600ms);
    EXPECT_EQ(describeClockOffset(ClockOffset {-45s, 500ms}), u"your clock is 45 s slow"_s);
    EXPECT_EQ(describeClockOffset(ClockOffset {10s, 500ms}), QString());
    EXPECT_EQ(describeClockOffset(ClockOffset {30s, 600ms}),
              QString()); // within tolerance + uncertainty
    EXPECT_EQ(describeClockOffset(ClockOffset {std::chrono::hours(3), 500ms}),
              u"your clock is 3 h fast"_s);
}

TEST(ClockOffset, TheShortestRoundTripWins)
{
    TestService service;
    QNetworkAccessManager network;
    MemoryTokenStore tokens;
    // Each reading of the client's clock advances it: the first exchange has
    // a long round trip, later ones short.
    qint64 step = 4000;
    qint64 elapsed = 0;
    Client client(
        urlOf(service.port()), &network, &tokens,
        [&] {
            elapsed += step;
            return service.clock->addMSecs(elapsed);
        },
        {}, [] { return 0.5; });
    int samples = 0;
    QObject::connect(&client, &Client::clockOffsetChanged, &client, [&] { ++samples; });
    client.checkIn(Status::Ready); // fails locally, no request
    client.startPolling();
    ASSERT_TRUE(waitUntil([&] { return samples == 1; }));
    const ClockOffset slow = *client.clockOffset();
    EXPECT_EQ(slow.uncertainty, 2500ms);
    client.stopPolling();
    step = 100;
    client.startPolling();
    ASSERT_TRUE(waitUntil([&] { return samples == 2; }));
    EXPECT_EQ(client.clockOffset()->uncertainty, 550ms);
    client.stopPolling();
}

TEST(TokenStore, SettingsKeepMembershipsPerServiceUrl)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"chorus.ini"_s);
    const QUrl a(u"https://checkin.example.org/alita"_s);
    const QUrl b(u"http://127.0.0.1:8080"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        SettingsTokenStore store(settings);
        EXPECT_FALSE(store.membership(a).has_value());
        store.setMembership(a, Membership {u"17"_s, "tok-a"});
        store.setMembership(b, Membership {u"3"_s, "tok-b"});
        store.setPendingJoinKey(b, "pending-key-0123456789");
    }
    QSettings settings(file, QSettings::IniFormat);
    SettingsTokenStore store(settings);
    EXPECT_EQ(store.membership(a), (Membership {u"17"_s, "tok-a"}));
    EXPECT_EQ(store.membership(QUrl(u"https://checkin.example.org/alita/"_s)),
              (Membership {u"17"_s, "tok-a"}));
    EXPECT_EQ(store.membership(b), (Membership {u"3"_s, "tok-b"}));
    EXPECT_EQ(store.pendingJoinKey(b), "pending-key-0123456789");
    store.setPendingJoinKey(b, {});
    EXPECT_TRUE(store.pendingJoinKey(b).isEmpty());
}

TEST(ParseStats, RefusesBadFigures)
{
    EXPECT_TRUE(parseStats(R"({"participants":1,"ready":0,"posted":1,"by_zone":{}})").has_value());
    const auto bad = parseStats(R"({"participants":1,"ready":"x","posted":1})");
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().field, u"ready"_s);
    const auto badZone = parseStats(
        R"({"participants":1,"ready":0,"posted":0,"by_zone":{"UTC":{"participants":-1,"ready":0,"posted":0}}})");
    ASSERT_FALSE(badZone.has_value());
    EXPECT_EQ(badZone.error().field, u"by_zone.UTC.participants"_s);
}

} // namespace
