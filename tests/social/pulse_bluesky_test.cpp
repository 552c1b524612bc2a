// The pulse's Bluesky reader against the real AppView: @atproto/dev-env's
// TestNetwork (tests/appview, Node 22 from npm) on a PostgreSQL cluster this
// test starts (tests/support/pgserver.h). The organizer signs in on the PDS
// with an app password and searches through it, paging by cursor. The local
// search is a case-sensitive substring match that ignores tag, since and
// until, so every seeded post contains "#AlitaSequel" and the test checks
// only what the client decides: tag facets and hashtags against look-alike
// tags, and the time range. Skipped, saying why, without the npm folder or
// PostgreSQL.
#include "pulsesupport.h"

#include "social/pulse.h"
#include "social/pulsepoller.h"

#include "pgserver.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

#include <iostream>
#include <map>

using namespace Qt::StringLiterals;
using namespace Chorus::Social;
using Chorus::Checkin::MinuteRange;
using Chorus::Test::PgServer;
using Chorus::Test::pollUntilCaughtUp;

namespace {

const QString appviewDir = QStringLiteral(CHORUS_SOURCE_DIR "/tests/appview");
const QDateTime hourStart = QDateTime::fromString(u"2026-11-30T17:00:00Z"_s, Qt::ISODate);
const MinuteRange hour {hourStart.toSecsSinceEpoch() / 60, hourStart.toSecsSinceEpoch() / 60 + 60};

struct SeededPost
{
    QString author;
    QString text;
    qint64 secondsFromStart = 0;
    QStringList tags;
    bool counts = false; ///< what the pulse must decide
};

/// 260 posts over two hours around the campaign's hour, by three accounts.
QList<SeededPost> seededPosts()
{
    QList<SeededPost> posts;
    const QStringList authors {u"alice"_s, u"bob"_s, u"pulseorg"_s};
    for (int i = 0; i < 260; ++i) {
        SeededPost post;
        post.author = authors[i % 3];
        post.secondsFromStart = -3600 + i * 7200 / 260;
        const bool inHour = post.secondsFromStart >= 0 && post.secondsFromStart < 3600;
        switch (i % 5) {
        case 0: // a look-alike tag: the search finds the substring, the pulse must not count it
            post.text = u"Fan club #AlitaSequelFan"_s;
            post.tags = {u"AlitaSequelFan"_s};
            break;
        case 1: // the hashtag in the text without a facet (some clients send none)
            post.text = u"#AlitaSequel is trending, São Paulo 🇧🇷"_s;
            post.counts = inHour;
            break;
        default:
            post.text = u"We want a sequel! 🎬 #AlitaSequel"_s;
            post.tags = {u"AlitaSequel"_s};
            post.counts = inHour;
        }
        posts.append(post);
    }
    return posts;
}

/// One network for the suite (it takes seconds to start), seeded once.
class PulseBluesky : public ::testing::Test
{
public:
    static void SetUpTestSuite()
    {
        if (!QFile::exists(appviewDir + u"/node_modules/.bin/node"_s)
            || !QFile::exists(appviewDir + u"/node_modules/@atproto/dev-env"_s)) {
            s_skip = u"tests/appview is not installed (./dev.sh test installs it)"_s;
            return;
        }
        if (const QString reason = PgServer::unavailableReason(); !reason.isEmpty()) {
            s_skip = reason;
            return;
        }
        s_state = new State;
        s_error = s_state->start();
    }
    static void TearDownTestSuite()
    {
        delete s_state;
        s_state = nullptr;
    }

protected:
    void SetUp() override
    {
        if (!s_skip.isEmpty())
            GTEST_SKIP() << s_skip.toStdString();
        ASSERT_TRUE(s_error.isEmpty()) << s_error.toStdString();
    }

    static PulseConfig config(const QString &appPassword)
    {
        PulseConfig config;
        config.hashtag = u"#AlitaSequel"_s;
        config.range = hour;
        BlueskyAccount account;
        account.service = QUrl(info().value(u"pds"_s).toString());
        account.handle = info().value(u"handle"_s).toString();
        account.appPassword = appPassword;
        config.bluesky = account;
        return config;
    }
    static const QJsonObject &info() { return s_state->info; }

private:
    struct State
    {
        QTemporaryDir dir;
        PgServer pg {PgServer::Options {.fsync = false}};
        QProcess network;
        QJsonObject info;

        /// Empty on success, else why not.
        QString start()
        {
            if (!pg.start() || !pg.createDatabase(u"appview"_s))
                return pg.error();
            QJsonArray posts;
            for (const SeededPost &post : seededPosts())
                posts.append(QJsonObject {
                    {u"author"_s, post.author},
                    {u"text"_s, post.text},
                    {u"createdAt"_s,
                     hourStart.addSecs(post.secondsFromStart).toString(Qt::ISODateWithMs)},
                    {u"tags"_s, QJsonArray::fromStringList(post.tags)}});
            QFile spec(dir.filePath(u"spec.json"_s));
            if (!spec.open(QIODevice::WriteOnly))
                return spec.errorString();
            spec.write(
                QJsonDocument(QJsonObject {{u"organizer"_s, u"pulseorg"_s},
                                           {u"accounts"_s, QJsonArray {u"alice"_s, u"bob"_s}},
                                           {u"posts"_s, posts}})
                    .toJson());
            spec.close();
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"DB_POSTGRES_URL"_s,
                               u"postgresql://%1:%2@127.0.0.1:%3/appview"_s
                                   .arg(PgServer::user(), PgServer::password())
                                   .arg(pg.port()));
            network.setProcessEnvironment(environment);
            network.setWorkingDirectory(appviewDir);
            network.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QElapsedTimer started;
            started.start();
            network.start(appviewDir + u"/node_modules/.bin/node"_s,
                          {appviewDir + u"/appview.js"_s, spec.fileName()});
            if (!network.waitForStarted(10000))
                return u"node did not start: "_s + network.errorString();
            while (!network.canReadLine() && network.state() == QProcess::Running
                   && started.elapsed() < 180000)
                network.waitForReadyRead(1000);
            const QByteArray line = network.readLine();
            info = QJsonDocument::fromJson(line).object();
            if (!info.contains(u"pds"_s))
                return u"the Bluesky network did not start: "_s + QString::fromUtf8(line);
            // Start-up cost, for keeping CI lean (printed, never asserted).
            std::cout << "TestNetwork: spawn to seeded in " << started.elapsed() << " ms "
                      << QJsonDocument(info.value(u"seconds"_s).toObject())
                             .toJson(QJsonDocument::Compact)
                             .toStdString()
                      << std::endl;
            return {};
        }
        ~State()
        {
            if (network.state() != QProcess::NotRunning) {
                network.closeWriteChannel();
                if (!network.waitForFinished(15000)) {
                    network.kill();
                    network.waitForFinished(5000);
                }
            }
        }
    };
    static inline State *s_state = nullptr;
    static inline QString s_skip;
    static inline QString s_error;
};

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

TEST_F(PulseBluesky,
       SearchesThroughTheOrganizersPdsKeepsOnlyTheHashtagInTheHourAndReportsAWrongPassword)
{
    std::map<qint64, qint64> expected;
    qint64 total = 0;
    for (const SeededPost &post : seededPosts()) {
        if (post.counts) {
            ++expected[hour.from + post.secondsFromStart / 60];
            ++total;
        }
    }
    ASSERT_GT(total, 60);

    QNetworkAccessManager network;
    PulsePoller poller(config(info().value(u"appPassword"_s).toString()), &network, &now);
    ASSERT_GE(pollUntilCaughtUp(poller, 60000), 1);
    const SourceReport source = poller.sources().value(0);
    EXPECT_TRUE(source.ok) << source.error.toStdString();
    EXPECT_TRUE(source.caughtUp);
    EXPECT_GE(source.pages, 3); // 260 posts, 100 a page: paged by cursor
    const auto minutes = poller.tally().minutes();
    ASSERT_EQ(minutes.size(), 60);
    for (const PulseMinute &minute : minutes) {
        const auto it = expected.find(minute.minute);
        EXPECT_EQ(minute.bluesky, it == expected.end() ? 0 : it->second)
            << Chorus::Checkin::formatMinute(minute.minute).toStdString();
        EXPECT_EQ(minute.mastodon, 0);
    }
    EXPECT_EQ(poller.tally().blueskyTotal(), total);

    // A second round reads again and counts nothing twice.
    ASSERT_GE(pollUntilCaughtUp(poller, 60000), 1);
    EXPECT_EQ(poller.tally().blueskyTotal(), total);

    // A wrong app password is reported, naming the server and the account
    // (one test: the network takes a while to start, so CI starts it once).
    QNetworkAccessManager otherNetwork;
    PulsePoller refused(config(u"aaaa-bbbb-cccc-dddd"_s), &otherNetwork, &now);
    ASSERT_GE(pollUntilCaughtUp(refused, 60000), 1);
    const SourceReport wrong = refused.sources().value(0);
    EXPECT_FALSE(wrong.ok);
    EXPECT_TRUE(wrong.error.contains(wrong.name)) << wrong.error.toStdString();
    EXPECT_TRUE(wrong.error.contains(u"pulseorg.test"_s)) << wrong.error.toStdString();
    EXPECT_EQ(refused.tally().blueskyTotal(), 0);
}
