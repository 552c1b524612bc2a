// The pulse's Mastodon reader against the Mastodon test server
// (tests/support/mastodon/server.py, written from the documented API and
// checked with Mastodon.py): hundreds of statuses over an hour and beyond it,
// many pages, the same status on two servers counted once, new statuses
// read forward with min_id, a 401 tag timeline skipped, a 429 waited out,
// and an unreachable server that does not stop the others.
#include "pulsesupport.h"

#include "social/pulse.h"
#include "social/pulsepoller.h"

#include "testutil.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>

#include <map>
#include <set>

using namespace Qt::StringLiterals;
using namespace Chorus::Social;
using Chorus::Checkin::MinuteRange;
using Chorus::Test::MastodonServer;
using Chorus::Test::pollUntilCaughtUp;

namespace {

// A past hour, so the test server's own clock never matters.
const QDateTime hourStart = QDateTime::fromString(u"2026-11-30T17:00:00Z"_s, Qt::ISODate);
const MinuteRange hour {hourStart.toSecsSinceEpoch() / 60, hourStart.toSecsSinceEpoch() / 60 + 60};

QString isoAt(qint64 secondsFromStart)
{
    return hourStart.addSecs(secondsFromStart).toString(Qt::ISODateWithMs);
}

/// What the pulse must find: posts per minute of the hour, by unique uri.
struct Expected
{
    std::map<qint64, qint64> perMinute;
    std::set<QString> uris;
    void add(const QString &uri, qint64 secondsFromStart)
    {
        if (secondsFromStart < 0 || secondsFromStart >= 3600 || !uris.insert(uri).second)
            return;
        ++perMinute[hour.from + secondsFromStart / 60];
    }
    [[nodiscard]] qint64 total() const { return qint64(uris.size()); }
};

void expectMinutes(const PulseTally &tally, const Expected &expected)
{
    const auto minutes = tally.minutes();
    ASSERT_EQ(minutes.size(), 60);
    qint64 sum = 0;
    for (const PulseMinute &minute : minutes) {
        const auto it = expected.perMinute.find(minute.minute);
        EXPECT_EQ(minute.mastodon, it == expected.perMinute.end() ? 0 : it->second)
            << Chorus::Checkin::formatMinute(minute.minute).toStdString();
        sum += minute.mastodon;
    }
    EXPECT_EQ(sum, expected.total());
}

PulseConfig configFor(const QList<QUrl> &servers)
{
    PulseConfig config;
    config.hashtag = u"#AlitaSequel"_s;
    config.range = hour;
    config.mastodonServers = servers;
    return config;
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

TEST(PulseMastodon, CountsHundredsOfStatusesOverManyPagesOnceAcrossTwoServers)
{
    MastodonServer first;
    MastodonServer second;
    ASSERT_TRUE(first.started() && second.started());
    Expected expected;
    // 600 statuses on the first server, every 14 s from an hour before the
    // hour to 20 minutes after it, in mixed case, some with another tag only.
    auto textOf = [](qsizetype i) {
        return i % 7 == 0 ? u"Sequel now #alitasequel"_s
            : i % 11 == 0 ? u"Fan club #AlitaSequelFan"_s
                          : u"We want it! #AlitaSequel"_s;
    };
    QJsonArray firstSeed;
    for (int i = 0; i < 600; ++i)
        firstSeed.append(
            QJsonObject {{u"text"_s, textOf(i)}, {u"created_at"_s, isoAt(-3600 + i * 14)}});
    const QJsonArray firstStatuses = first.seedMany(firstSeed);
    qsizetype inTimelineFromTheStart = 0; // tagged statuses created at 17:00 or later
    for (qsizetype i = 0; i < firstStatuses.size(); ++i) {
        const qint64 at = -3600 + i * 14;
        if (i % 11 == 0 && i % 7 != 0)
            continue;
        expected.add(firstStatuses[i].toObject().value(u"uri"_s).toString(), at);
        inTimelineFromTheStart += at >= 0 ? 1 : 0;
    }
    // The second server: 120 of those federated to it (same uri, its own id)
    // and 80 of its own over the hour.
    QJsonArray secondSeed;
    for (int i = 0; i < 120; ++i) {
        const QJsonObject original = firstStatuses[200 + i * 3].toObject();
        secondSeed.append(QJsonObject {{u"text"_s, textOf(200 + i * 3)},
                                       {u"created_at"_s, original.value(u"created_at"_s)},
                                       {u"uri"_s, original.value(u"uri"_s)},
                                       {u"remote_domain"_s, first.hostPort()}});
    }
    for (int i = 0; i < 80; ++i)
        secondSeed.append(QJsonObject {{u"text"_s, u"From here #AlitaSequel"_s},
                                       {u"created_at"_s, isoAt(i * 45)}});
    const QJsonArray secondStatuses = second.seedMany(secondSeed);
    for (int i = 120; i < 200; ++i)
        expected.add(secondStatuses[i].toObject().value(u"uri"_s).toString(), (i - 120) * 45);
    ASSERT_GT(expected.total(), 300);

    QNetworkAccessManager network;
    PulsePoller poller(configFor({first.url(), second.url()}), &network, &now);
    int pages = 0;
    QObject::connect(&poller, &PulsePoller::progress, &poller, [&](int count) { pages = count; });
    ASSERT_EQ(pollUntilCaughtUp(poller), 1);
    expectMinutes(poller.tally(), expected);
    EXPECT_GT(pages, 10);
    // Newest first, back until a page lies wholly before the hour: the
    // statuses of the half hour before it are read only as far as needed.
    const QJsonArray firstRequests = first.requests(u"/api/v1/timelines/tag/AlitaSequel"_s);
    // The statuses from 17:00 on fill their pages; the next page lies wholly
    // before the hour and ends the walk back, well short of the whole
    // timeline; then one page forward (min_id) finds nothing newer.
    EXPECT_EQ(firstRequests.size(), (inTimelineFromTheStart + 39) / 40 + 1 + 1);
    EXPECT_LT(firstRequests.size(), 14);
    for (const SourceReport &source : poller.sources()) {
        EXPECT_TRUE(source.ok) << source.name.toStdString() << source.error.toStdString();
        EXPECT_TRUE(source.caughtUp) << source.name.toStdString();
    }
    EXPECT_EQ(poller.sources()[0].name, first.hostPort());
}

TEST(PulseMastodon, ResumesItsWalkAcrossRoundsAndReadsNewStatusesForwardWithMinId)
{
    MastodonServer server;
    ASSERT_TRUE(server.started());
    Expected expected;
    QJsonArray seed;
    for (int i = 0; i < 200; ++i) // 16:50 to 17:39:45
        seed.append(
            QJsonObject {{u"text"_s, u"#AlitaSequel"_s}, {u"created_at"_s, isoAt(-600 + i * 15)}});
    const QJsonArray seeded = server.seedMany(seed);
    for (int i = 0; i < 200; ++i)
        expected.add(seeded[i].toObject().value(u"uri"_s).toString(), -600 + i * 15);
    QNetworkAccessManager network;
    PulseConfig config = configFor({server.url()});
    config.maxPagesPerRound = 2; // 200 statuses need 5 pages (and a sixth past the start)
    PulsePoller poller(config, &network, &now);
    const int rounds = pollUntilCaughtUp(poller);
    EXPECT_GE(rounds, 3);
    expectMinutes(poller.tally(), expected);
    const qsizetype before = server.requests(u"/api/v1/timelines/tag/"_s).size();

    // New statuses after the newest one seen: the next round reads forward
    // from it (min_id) rather than walking back through the hour again.
    QJsonArray more;
    for (int i = 0; i < 30; ++i) // 17:40 to 17:44:50
        more.append(QJsonObject {{u"text"_s, u"more #AlitaSequel"_s},
                                 {u"created_at"_s, isoAt(2400 + i * 10)}});
    const QJsonArray added = server.seedMany(more);
    for (int i = 0; i < 30; ++i)
        expected.add(added[i].toObject().value(u"uri"_s).toString(), 2400 + i * 10);
    ASSERT_EQ(pollUntilCaughtUp(poller), 1);
    expectMinutes(poller.tally(), expected);
    const qsizetype forward = server.requests(u"/api/v1/timelines/tag/"_s).size() - before;
    EXPECT_GE(forward, 2); // the page of 30, then an empty one
    EXPECT_LE(forward, 3);
}

TEST(PulseMastodon, SkipsA401TimelineWaitsOutA429AndCountsPastAnUnreachableServer)
{
    MastodonServer open;
    MastodonServer locked;
    ASSERT_TRUE(open.started() && locked.started());
    Expected expected;
    QJsonArray seed;
    for (int i = 0; i < 100; ++i)
        seed.append(QJsonObject {{u"text"_s, u"#AlitaSequel"_s}, {u"created_at"_s, isoAt(i * 36)}});
    const QJsonArray seeded = open.seedMany(seed);
    locked.seedMany(seed);
    for (int i = 0; i < 100; ++i)
        expected.add(seeded[i].toObject().value(u"uri"_s).toString(), i * 36);
    locked.control(u"config"_s, {{u"tag_timeline_requires_auth"_s, true}});
    // The open server's first answer is a 429 with Retry-After: 2.
    open.control(u"rule"_s,
                 {{u"method"_s, u"GET"_s},
                  {u"path"_s, u"/api/v1/timelines/tag/"_s},
                  {u"status"_s, 429},
                  {u"headers"_s, QJsonObject {{u"Retry-After"_s, u"2"_s}}},
                  {u"count"_s, 1}});
    // A port that nothing listens on.
    QTcpServer placeholder;
    ASSERT_TRUE(placeholder.listen(QHostAddress::LocalHost, 0));
    const quint16 deadPort = placeholder.serverPort();
    placeholder.close();
    const QUrl dead(u"http://127.0.0.1:%1"_s.arg(deadPort));

    QNetworkAccessManager network;
    PulsePoller poller(configFor({open.url(), locked.url(), dead}), &network, &now);
    QElapsedTimer elapsed;
    elapsed.start();
    const int rounds = pollUntilCaughtUp(poller);
    ASSERT_GE(rounds, 2);
    EXPECT_GE(elapsed.elapsed(), 1900); // Retry-After was honoured, not hammered
    expectMinutes(poller.tally(), expected);

    const QList<SourceReport> sources = poller.sources();
    ASSERT_EQ(sources.size(), 3);
    EXPECT_TRUE(sources[0].ok) << sources[0].error.toStdString();
    EXPECT_TRUE(sources[0].caughtUp);
    EXPECT_FALSE(sources[1].ok);
    EXPECT_TRUE(sources[1].skipped);
    EXPECT_TRUE(sources[1].error.contains(u"401"_s)) << sources[1].error.toStdString();
    EXPECT_FALSE(sources[2].ok);
    EXPECT_FALSE(sources[2].skipped);
    EXPECT_EQ(sources[2].name, u"127.0.0.1:%1"_s.arg(deadPort));
    EXPECT_TRUE(sources[2].error.contains(u"127.0.0.1:%1"_s.arg(deadPort)))
        << sources[2].error.toStdString();

    // The refused request and its retry, at least Retry-After apart; the
    // 401 server was asked once and then left alone.
    const QJsonArray asked = open.requests(u"/api/v1/timelines/tag/"_s);
    ASSERT_GE(asked.size(), 2);
    EXPECT_GE(asked[1].toObject().value(u"at"_s).toDouble()
                  - asked[0].toObject().value(u"at"_s).toDouble(),
              1.9);
    EXPECT_EQ(locked.requests(u"/api/v1/timelines/tag/"_s).size(), 1);
}
