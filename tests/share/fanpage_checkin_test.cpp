// The fan page's check-in form, end to end: `chorus-cli serve` as a real
// process on loopback, the page written by `chorus-cli page`, and a fan using
// it in Debian's Chromium (driven by puppeteer-core from tests/oracles). What
// the fan saw is compared with what the service stored.

#include "testutil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Chorus::Test::ProcessResult;
using Chorus::Test::chromium;
using Chorus::Test::runProcess;

namespace {

const QString cli = QStringLiteral(CHORUS_CLI);
const QString oracles = QStringLiteral(CHORUS_ORACLES_DIR);
const QByteArray adminToken = "fan-page-admin-token-0123456789";

QByteArray campaignJson(const QString &checkinUrl)
{
    QJsonObject campaign {{u"format"_s, u"chorus-campaign"_s},
                          {u"version"_s, 1},
                          {u"title"_s, u"Alita sequel hour"_s},
                          {u"hashtag"_s, u"#AlitaSequel"_s},
                          {u"start"_s, u"2031-02-14T17:00:00Z"_s},
                          {u"duration_minutes"_s, 60},
                          {u"templates"_s,
                           QJsonArray {QJsonObject {{u"id"_s, u"main"_s},
                                                    {u"text"_s, u"We want a sequel! {hashtag}"_s},
                                                    {u"platforms"_s, QJsonArray {u"x"_s, u"bluesky"_s}}}}}};
    if (!checkinUrl.isEmpty())
        campaign.insert(u"checkin_url"_s, checkinUrl);
    return QJsonDocument(campaign).toJson();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// GET `url` with the admin token; the parsed JSON body.
QJsonObject adminGet(const QString &url)
{
    QNetworkAccessManager network;
    QNetworkRequest request {QUrl(url)};
    request.setRawHeader("Authorization", "Bearer " + adminToken);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

/// A `serve` process on a free loopback port, and the fan page pointing at it.
class FanPageCheckin : public testing::Test
{
protected:
    void SetUp() override
    {
        if (chromium().isEmpty())
            GTEST_SKIP() << "chromium is not installed (dev.sh test installs it)";
        ASSERT_TRUE(QDir(oracles + u"/node_modules/puppeteer-core"_s).exists())
            << "run 'npm ci' in tests/oracles (dev.sh test does)";
        ASSERT_TRUE(m_dir.isValid());

        const QString served = m_dir.filePath(u"served.chorus.json"_s);
        ASSERT_TRUE(writeFile(served, campaignJson({})));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CHORUS_ADMIN_TOKEN"_s, QString::fromLatin1(adminToken));
        m_serve.setProcessEnvironment(environment);
        m_serve.start(cli, {u"serve"_s, served, u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s,
                            m_dir.filePath(u"checkins.sqlite"_s)});
        ASSERT_TRUE(m_serve.waitForReadyRead(10000)) << m_serve.readAllStandardError().toStdString();
        const QByteArray listening = m_serve.readLine().trimmed();
        const QByteArray prefix = "listening on ";
        ASSERT_TRUE(listening.startsWith(prefix)) << listening.toStdString();
        m_base = QString::fromLatin1(listening.sliced(prefix.size()));

        // The page a fan downloads knows the service's address.
        const QString campaign = m_dir.filePath(u"page.chorus.json"_s);
        ASSERT_TRUE(writeFile(campaign, campaignJson(m_base)));
        m_page = m_dir.filePath(u"fan page.html"_s);
        const ProcessResult written = runProcess(cli, {u"page"_s, campaign, u"-o"_s, m_page});
        ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    }

    void TearDown() override
    {
        if (m_serve.state() != QProcess::NotRunning) {
            m_serve.terminate();
            if (!m_serve.waitForFinished(10000))
                m_serve.kill();
        }
    }

    /// A fan in `zone` joins as `handle` on `platform` and checks in twice;
    /// what they saw, as fanpage_checkin.js reports it.
    QJsonObject fanUsesThePage(const QString &handle, const QString &platform, const QString &zone,
                               const QString &page = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"TZ"_s, zone);
        const ProcessResult fan = runProcess(u"node"_s,
                                             {oracles + u"/fanpage_checkin.js"_s, chromium(),
                                              page.isEmpty() ? m_page : page, handle, platform},
                                             {}, 90000, environment);
        EXPECT_EQ(fan.exitCode, 0) << fan.err.toStdString();
        const QJsonObject seen = QJsonDocument::fromJson(fan.out).object();
        EXPECT_FALSE(seen.isEmpty()) << fan.out.toStdString();
        EXPECT_FALSE(seen.contains(u"error"_s))
            << seen[u"error"_s].toString().toStdString() << "\nconsole: "
            << QJsonDocument(seen[u"console"_s].toArray()).toJson().toStdString();
        return seen;
    }

    QTemporaryDir m_dir;
    QProcess m_serve;
    QString m_base;
    QString m_page;
};

} // namespace

TEST_F(FanPageCheckin, AFanJoinsAndChecksInFromChromium)
{
    const QJsonObject seen = fanUsesThePage(u"alita-fan.bsky.social"_s, u"bluesky"_s, u"Europe/Berlin"_s);
    EXPECT_TRUE(seen[u"sectionVisible"_s].toBool());
    EXPECT_EQ(seen[u"afterJoin"_s].toString(), u"You're in. Come back at the start!"_s);
    EXPECT_TRUE(seen[u"buttonsVisible"_s].toBool());
    EXPECT_EQ(seen[u"afterReady"_s].toString(), u"Marked ready."_s);
    EXPECT_EQ(seen[u"afterPosted"_s].toString(), u"Thank you for posting!"_s);
    EXPECT_EQ(seen[u"stats"_s].toString(), u"1 joined · 0 ready · 1 posted"_s); // ready = ready, not yet posted
    // After a reload the page remembers the fan: no second join form.
    EXPECT_TRUE(seen[u"afterReload"_s][u"formHidden"_s].toBool());
    EXPECT_TRUE(seen[u"afterReload"_s][u"buttonsVisible"_s].toBool());
}

TEST_F(FanPageCheckin, TheServiceStoredWhatTheFanDid)
{
    // The organizer's list: one participant, posted, in the zone Chromium ran in.
    const QJsonObject seen = fanUsesThePage(u"@gunnm"_s, u"x"_s, u"Asia/Tokyo"_s);
    EXPECT_EQ(seen[u"afterPosted"_s].toString(), u"Thank you for posting!"_s);

    const QJsonObject list = adminGet(m_base + u"/api/v1/participants"_s);
    const QJsonArray participants = list[u"participants"_s].toArray();
    ASSERT_EQ(participants.size(), 1) << QJsonDocument(list).toJson().toStdString();
    const QJsonObject stored = participants.first().toObject();
    EXPECT_EQ(stored[u"handle"_s].toString(), u"@gunnm"_s);
    EXPECT_EQ(stored[u"platform"_s].toString(), u"x"_s);
    EXPECT_EQ(stored[u"zone"_s].toString(), u"Asia/Tokyo"_s);
    EXPECT_EQ(stored[u"status"_s].toString(), u"posted"_s);
}

// Issue 13: serve hosts the fan page itself; opened from http://HOST:PORT/,
// its form joins and checks in on the same origin, and the fan is counted.
TEST_F(FanPageCheckin, AFanJoinsFromThePageThatServeHosts)
{
    const QJsonObject seen
        = fanUsesThePage(u"@hosted_fan@mastodon.social"_s, u"mastodon"_s, u"America/Sao_Paulo"_s, m_base + u"/"_s);
    EXPECT_EQ(seen[u"response"_s][u"status"_s].toInt(), 200);
    EXPECT_EQ(seen[u"response"_s][u"contentType"_s].toString(), u"text/html; charset=utf-8"_s);
    EXPECT_TRUE(seen[u"sectionVisible"_s].toBool());
    EXPECT_EQ(seen[u"afterJoin"_s].toString(), u"You're in. Come back at the start!"_s);
    EXPECT_EQ(seen[u"afterPosted"_s].toString(), u"Thank you for posting!"_s);
    EXPECT_EQ(seen[u"stats"_s].toString(), u"1 joined · 0 ready · 1 posted"_s);
    EXPECT_TRUE(seen[u"afterReload"_s][u"formHidden"_s].toBool());

    const QJsonArray participants
        = adminGet(m_base + u"/api/v1/participants"_s)[u"participants"_s].toArray();
    ASSERT_EQ(participants.size(), 1);
    EXPECT_EQ(participants.first()[u"handle"_s].toString(), u"@hosted_fan@mastodon.social"_s);
    EXPECT_EQ(participants.first()[u"zone"_s].toString(), u"America/Sao_Paulo"_s);
    EXPECT_EQ(participants.first()[u"status"_s].toString(), u"posted"_s);
}
