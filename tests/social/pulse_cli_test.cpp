// `chorus-cli pulse` as a real process (CONTRACT.md): against the Mastodon
// test server and a real `chorus-cli serve` whose SQLite database holds
// check-ins at known minutes. Every minute of the campaign's window, keys
// only for the sources asked, exit 1 naming an unreachable source after the
// others were counted, exit 2 for a range off the minute, --watch lines.
#include "pulsesupport.h"

#include "checkin/minutes.h"
#include "checkin/sqlitestore.h"
#include "checkin/token.h"

#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Chorus::Checkin;
using Chorus::Test::MastodonServer;
using Chorus::Test::runProcess;

namespace {

const QString cli = QStringLiteral(CHORUS_CLI);

/// A campaign file, a seeded check-in database with serve on it, and a
/// Mastodon server with statuses over the campaign's hour.
class PulseCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_mastodon.started());
        m_campaign = m_dir.filePath(u"campaign.chorus.json"_s);
        QFile campaign(m_campaign);
        ASSERT_TRUE(campaign.open(QIODevice::WriteOnly));
        // The campaign writes the hashtag in lower case; the posts do not.
        campaign.write(
            R"({"format":"chorus-campaign","version":1,"title":"Test hour","hashtag":"#alitasequel","start":"2027-02-14T17:00:00Z","duration_minutes":60})");
        campaign.close();
        // Two statuses a minute from 16:50 to 18:10, three in 17:03.
        const QDateTime start = QDateTime::fromString(u"2027-02-14T16:50:00Z"_s, Qt::ISODate);
        QJsonArray seed;
        for (int i = 0; i < 160; ++i)
            seed.append(QJsonObject {
                {u"text"_s, u"Sequel! #AlitaSequel"_s},
                {u"created_at"_s, start.addSecs(i * 30 + 5).toString(Qt::ISODateWithMs)}});
        seed.append(QJsonObject {{u"text"_s, u"one more #ALITASEQUEL"_s},
                                 {u"created_at"_s, u"2027-02-14T17:03:59.999Z"_s}});
        m_mastodon.seedMany(seed);

        SqliteStore store(m_dir.filePath(u"checkins.sqlite"_s));
        ASSERT_TRUE(store.open().has_value());
        ASSERT_TRUE(store.begin().has_value());
        for (int i = 0; i < 5; ++i) {
            JoinRequest join;
            join.handle = u"@fan%1@mastodon.social"_s.arg(i);
            join.handleKey = normaliseHandle(join.handle);
            join.platform = u"mastodon"_s;
            join.zone = "Europe/Berlin";
            join.freshToken = generateToken();
            join.at = QDateTime::fromString(u"2027-02-14T16:00:00Z"_s, Qt::ISODate);
            const auto joined = store.join(join);
            ASSERT_TRUE(joined.has_value());
            // Fan i posts in minute 17:0i.
            const auto checked = store.checkIn(
                {joined->id, hashToken(joined->token), Status::Posted,
                 QDateTime::fromString(u"2027-02-14T17:0%1:30Z"_s.arg(i), Qt::ISODate), {}});
            ASSERT_TRUE(checked.has_value());
        }
        ASSERT_TRUE(store.commit().has_value());

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CHORUS_ADMIN_TOKEN"_s, u"admin-secret-0123456789"_s);
        m_serve.setProcessEnvironment(environment);
        m_serve.start(cli,
                      {u"serve"_s, m_campaign, u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s,
                       m_dir.filePath(u"checkins.sqlite"_s)});
        ASSERT_TRUE(m_serve.waitForReadyRead(15000));
        const QByteArray line = m_serve.readLine().trimmed();
        ASSERT_TRUE(line.startsWith("listening on ")) << line.toStdString();
        m_checkins = QString::fromLatin1(line.sliced(13));
    }
    void TearDown() override
    {
        if (m_serve.state() != QProcess::NotRunning) {
            m_serve.terminate();
            if (!m_serve.waitForFinished(10000))
                m_serve.kill();
        }
    }

    Chorus::Test::ProcessResult pulse(const QStringList &extra)
    {
        return runProcess(cli, QStringList {u"pulse"_s, m_campaign} + extra, {}, 60000);
    }

    QTemporaryDir m_dir;
    MastodonServer m_mastodon;
    QString m_campaign;
    QString m_checkins;
    QProcess m_serve;
};

quint16 deadPort()
{
    QTcpServer placeholder;
    EXPECT_TRUE(placeholder.listen(QHostAddress::LocalHost, 0));
    const quint16 port = placeholder.serverPort();
    placeholder.close();
    return port;
}

} // namespace

TEST_F(PulseCli, JsonHasEveryMinuteOfTheWindowWithKeysOnlyForTheSourcesAsked)
{
    const auto result = pulse(
        {u"--mastodon"_s, m_mastodon.url().toString(), u"--checkins"_s, m_checkins, u"--json"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    EXPECT_EQ(root.value(u"from"_s).toString(), u"2027-02-14T17:00:00Z"_s);
    EXPECT_EQ(root.value(u"to"_s).toString(), u"2027-02-14T18:00:00Z"_s);
    const QJsonArray minutes = root.value(u"minutes"_s).toArray();
    ASSERT_EQ(minutes.size(), 60);
    for (qsizetype i = 0; i < minutes.size(); ++i) {
        const QJsonObject minute = minutes[i].toObject();
        EXPECT_EQ(minute.value(u"minute"_s).toString(),
                  formatMinute(parseWholeMinute(u"2027-02-14T17:00:00Z", u"t"_s).value() + i));
        EXPECT_EQ(minute.value(u"mastodon"_s).toInt(), i == 3 ? 3 : 2) << i;
        EXPECT_EQ(minute.value(u"checkins_posted"_s).toInt(), i < 5 ? 1 : 0) << i;
        EXPECT_FALSE(minute.contains(u"bluesky"_s));
    }
    EXPECT_EQ(root.value(u"totals"_s).toObject(),
              (QJsonObject {{u"mastodon"_s, 121}, {u"checkins_posted"_s, 5}}));
    const QJsonArray sources = root.value(u"sources"_s).toArray();
    ASSERT_EQ(sources.size(), 2);
    EXPECT_EQ(sources[0].toObject().value(u"name"_s).toString(), m_mastodon.hostPort());
    EXPECT_TRUE(sources[0].toObject().value(u"ok"_s).toBool());
    EXPECT_EQ(sources[1].toObject().value(u"platform"_s).toString(), u"checkins"_s);
    EXPECT_TRUE(sources[1].toObject().value(u"ok"_s).toBool());

    // Only check-ins asked: no mastodon key anywhere; --from/--to narrow it.
    const auto narrow
        = pulse({u"--checkins"_s, m_checkins, u"--from"_s, u"2027-02-14T18:03:00+01:00"_s,
                 u"--to"_s, u"2027-02-14T17:06:00Z"_s, u"--json"_s});
    ASSERT_EQ(narrow.exitCode, 0) << narrow.err.toStdString();
    const QJsonObject few = QJsonDocument::fromJson(narrow.out).object();
    EXPECT_EQ(
        few.value(u"minutes"_s).toArray(),
        (QJsonArray {
            QJsonObject {{u"minute"_s, u"2027-02-14T17:03:00Z"_s}, {u"checkins_posted"_s, 1}},
            QJsonObject {{u"minute"_s, u"2027-02-14T17:04:00Z"_s}, {u"checkins_posted"_s, 1}},
            QJsonObject {{u"minute"_s, u"2027-02-14T17:05:00Z"_s}, {u"checkins_posted"_s, 0}}}));

    // The text form: one line a minute, then the totals.
    const auto text = pulse({u"--mastodon"_s, m_mastodon.url().toString(), u"--from"_s,
                             u"2027-02-14T17:02:00Z"_s, u"--to"_s, u"2027-02-14T17:04:00Z"_s});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_EQ(text.out,
              "2027-02-14T17:02:00Z mastodon 2\n2027-02-14T17:03:00Z mastodon 3\n"
              "total mastodon 5\n");
}

TEST_F(PulseCli, AnUnreachableSourceExits1NamingItAfterTheOthersWereCounted)
{
    const quint16 port = deadPort();
    const QString dead = u"127.0.0.1:%1"_s.arg(port);
    const auto result = pulse({u"--mastodon"_s, m_mastodon.url().toString(), u"--checkins"_s,
                               u"http://"_s + dead, u"--json"_s});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    EXPECT_TRUE(result.err.contains(dead.toUtf8())) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("mastodon 121")) << result.err.toStdString();

    // A tag timeline that needs a token is reported and skipped: not a failure.
    m_mastodon.control(u"config"_s, {{u"tag_timeline_requires_auth"_s, true}});
    const auto skipped = pulse(
        {u"--mastodon"_s, m_mastodon.url().toString(), u"--checkins"_s, m_checkins, u"--json"_s});
    ASSERT_EQ(skipped.exitCode, 0) << skipped.err.toStdString();
    EXPECT_TRUE(skipped.err.contains("401")) << skipped.err.toStdString();
    const QJsonObject source
        = QJsonDocument::fromJson(skipped.out).object().value(u"sources"_s).toArray()[0].toObject();
    EXPECT_FALSE(source.value(u"ok"_s).toBool());
    EXPECT_TRUE(source.value(u"skipped"_s).toBool());
    EXPECT_EQ(QJsonDocument::fromJson(skipped.out)
                  .object()
                  .value(u"totals"_s)
                  .toObject()
                  .value(u"checkins_posted"_s)
                  .toInt(),
              5);
}

TEST_F(PulseCli, BadUsageExits2NamingTheFlag)
{
    const QString mastodon = m_mastodon.url().toString();
    // An app password that others may read is no secret: refused.
    QFile shared(m_dir.filePath(u"shared-password"_s));
    ASSERT_TRUE(shared.open(QIODevice::WriteOnly));
    shared.write("aaaa-bbbb-cccc-dddd\n");
    shared.close();
    ASSERT_TRUE(shared.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QList<std::pair<QStringList, QByteArray>> rows {
        {{u"--bluesky-handle"_s, u"me.bsky.social"_s, u"--app-password-file"_s, shared.fileName()},
         "--app-password-file"},
        {{u"--mastodon"_s, mastodon, u"--from"_s, u"2027-02-14T17:00:30Z"_s}, "--from"},
        {{u"--mastodon"_s, mastodon, u"--to"_s, u"2027-02-14T17:59:59Z"_s}, "--to"},
        {{u"--mastodon"_s, mastodon, u"--from"_s, u"2027-02-14T18:00:00Z"_s}, "--to"},
        {{u"--mastodon"_s, mastodon, u"--from"_s, u"soon"_s}, "--from"},
        {{u"--mastodon"_s, mastodon, u"--from"_s, u"2027-02-14T17:00:00Z"_s, u"--to"_s,
          u"2027-02-21T17:01:00Z"_s},
         "--to"},
        {{}, "--mastodon"},
        {{u"--mastodon"_s, u"ftp://example.org"_s}, "--mastodon"},
        {{u"--mastodon"_s, u"http://example.org"_s}, "--mastodon"},
        {{u"--bluesky-handle"_s, u"me.bsky.social"_s}, "--app-password-file"},
        {{u"--bluesky-handle"_s, u"me.bsky.social"_s, u"--app-password-file"_s,
          m_dir.filePath(u"missing"_s)},
         "--app-password-file"},
        {{u"--checkins"_s, m_checkins, u"--service"_s, u"https://bsky.social"_s}, "--service"},
    };
    for (const auto &[arguments, flag] : rows) {
        const auto result = pulse(arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(u' ').toStdString();
        EXPECT_TRUE(result.out.isEmpty());
        EXPECT_TRUE(result.err.contains(flag)) << result.err.toStdString();
    }
    const auto noHashtag = runProcess(
        cli, {u"pulse"_s, m_dir.filePath(u"missing.chorus.json"_s), u"--checkins"_s, m_checkins});
    EXPECT_EQ(noHashtag.exitCode, 2);
}

TEST_F(PulseCli, WatchPrintsOneLinePerMinuteUntilTheRangeIsOver)
{
    // A range that is already over: every minute's line at once, then the end.
    for (int i = 0; i < 3; ++i)
        m_mastodon.seed(u"#AlitaSequel"_s, u"2026-01-01T10:01:%1.000Z"_s.arg(i * 10 + 10));
    const auto text = pulse({u"--mastodon"_s, m_mastodon.url().toString(), u"--checkins"_s,
                             m_checkins, u"--from"_s, u"2026-01-01T10:00:00Z"_s, u"--to"_s,
                             u"2026-01-01T10:03:00Z"_s, u"--watch"_s});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_EQ(text.out,
              "2026-01-01T10:00:00Z mastodon 0 checkins_posted 0\n"
              "2026-01-01T10:01:00Z mastodon 3 checkins_posted 0\n"
              "2026-01-01T10:02:00Z mastodon 0 checkins_posted 0\n");
    const auto json = pulse({u"--checkins"_s, m_checkins, u"--from"_s, u"2026-01-01T10:00:00Z"_s,
                             u"--to"_s, u"2026-01-01T10:03:00Z"_s, u"--watch"_s, u"--json"_s});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QList<QByteArray> lines = json.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 3) << json.out.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(lines[2]).object(),
              (QJsonObject {{u"minute"_s, u"2026-01-01T10:02:00Z"_s}, {u"checkins_posted"_s, 0}}));
}
