// Check-ins › Take part › "Post for me", driven as a fan would, against the
// Mastodon test server (tests/support/mastodon/server.py) and a real Secret
// Service (GNOME Keyring on a private D-Bus session bus): connect through the
// browser's redirect, see the exact post, schedule, cancel, follow a moved
// start, post at the instant once and never again after a restart, forget.
#include "keyring.h"
#include "mastodonserver.h"
#include "testutil.h"

#include "campaigndocument.h"
#include "postforme.h"
#include "postformepanel.h"

#include "social/credentialstore.h"
#include "time/zonecatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Chorus;
using namespace Chorus::Ui;
using namespace Qt::StringLiterals;
using namespace std::chrono;
using Chorus::Test::at;

namespace {

Chorus::Test::PrivateKeyring *keyring = nullptr;

class KeyringEnvironment final : public ::testing::Environment
{
public:
    void SetUp() override { keyring = new Chorus::Test::PrivateKeyring; }
    void TearDown() override
    {
        delete keyring;
        keyring = nullptr;
    }
};
const auto *const registered = ::testing::AddGlobalTestEnvironment(new KeyringEnvironment);

constexpr int waitMs = 20000;

Campaign campaignAt(Time::Instant start)
{
    Campaign campaign;
    campaign.title = u"Alita: Battle Angel — the sequel hour"_s;
    campaign.hashtag = u"#AlitaSequel"_s;
    campaign.start = start;
    campaign.duration = minutes {60};
    campaign.templates = {{u"toot"_s,
                           u"We want the sequel at {local_time} in {city}! #AlitaSequel"_s,
                           {u"mastodon"_s, u"bluesky"_s}}};
    return campaign;
}

Time::Instant inMinutes(int minutes)
{
    return time_point_cast<seconds>(system_clock::now()) + std::chrono::minutes(minutes);
}

QString iso(Time::Instant at)
{
    return QDateTime::fromSecsSinceEpoch(at.time_since_epoch().count(), QTimeZone::utc())
        .toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

// The scheduled_at of the server's scheduled statuses, to the second.
QStringList scheduledTimes(Chorus::Test::MastodonServer &server)
{
    QStringList times;
    for (const QJsonValue &status : server.scheduled()) {
        const QDateTime at = QDateTime::fromString(
            status.toObject().value(u"scheduled_at"_s).toString(), Qt::ISODateWithMs);
        times << at.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
    }
    return times;
}

class PostForMeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!keyring->problem().isEmpty())
            GTEST_SKIP() << keyring->problem().toStdString();
        ASSERT_TRUE(server.start()) << server.error().toStdString();
        server.control(u"config"_s, {{u"auto_approve"_s, u"alice"_s}});
        settings
            = std::make_unique<QSettings>(dir.filePath(u"Chorus.conf"_s), QSettings::IniFormat);
        service = u"org.chorus.Chorus.test."_s
            + QString::fromLatin1(::testing::UnitTest::GetInstance()->current_test_info()->name());
        credentials = std::make_unique<Social::CredentialStore>(service);
    }

    // The app as the fan starts it (again, for a restart).
    void open()
    {
        panel.reset();
        controller.reset();
        controller = std::make_unique<PostForMe>(
            document, Chorus::Test::catalogue(), [] { return system_clock::now(); }, *settings,
            network, *credentials);
        // The "browser": follows the authorize page's redirect to the loopback listener.
        controller->setUrlOpener([this](const QUrl &url) {
            opened << url;
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *reply = browser.get(request);
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            return true;
        });
        panel = std::make_unique<PostForMePanel>(*controller);
        panel->setZone("Asia/Manila");
        panel->resize(640, 700);
        panel->show();
    }

    QString accountKey() const { return u"mastodon:alice@"_s + server.host(); }

    const PostForMePanel::Row *row() const { return panel->row(accountKey()); }

    QString statusText() const { return row() ? row()->status->text() : QString(); }

    void connectAlice()
    {
        panel->mastodonServerEdit()->setText(server.url().toString());
        QTest::mouseClick(panel->mastodonConnectButton(), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([this] { return row() != nullptr; }, waitMs))
            << panel->messageText().toStdString();
    }

    void waitForStatus(const QString &part)
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return statusText().contains(part); }, waitMs))
            << "status: " << statusText().toStdString() << " waiting for " << part.toStdString();
    }

    std::optional<QByteArray> keychainEntry(const QString &key) const
    {
        return keyring->secretTool({u"lookup"_s, u"server"_s, service, u"user"_s, key});
    }

    QTemporaryDir dir;
    Chorus::Test::MastodonServer server;
    std::unique_ptr<QSettings> settings;
    QString service;
    std::unique_ptr<Social::CredentialStore> credentials;
    QNetworkAccessManager network;
    QNetworkAccessManager browser;
    CampaignDocument document;
    std::unique_ptr<PostForMe> controller;
    std::unique_ptr<PostForMePanel> panel;
    QList<QUrl> opened;
};

} // namespace

TEST_F(PostForMeTest, ConnectsThroughTheBrowserKeepsTheTokenInTheKeychainAndShowsThePost)
{
    document.reset(campaignAt(at("2027-02-14T17:00:00Z")), {}, u"test"_s);
    open();
    connectAlice();
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened[0].path(), u"/oauth/authorize"_s);
    EXPECT_TRUE(opened[0].query().contains(u"code_challenge_method=S256"_s));
    // The exact post: the template filled for Manila (UTC+8: 17:00Z is 01:00).
    EXPECT_EQ(row()->post->text(), u"We want the sequel at 01:00 in Manila! #AlitaSequel"_s);
    EXPECT_EQ(statusText(), u"Not scheduled yet."_s);
    // The token is in the keychain (read by libsecret, not through Chorus),
    // and works; the settings file holds no secret.
    const std::optional<QByteArray> token = keychainEntry(accountKey());
    ASSERT_TRUE(token.has_value());
    ASSERT_FALSE(token->isEmpty());
    settings->sync();
    QFile file(settings->fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(*token));

    // Forget: the row, the keychain entry and the settings' account go.
    QTest::mouseClick(row()->forget, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([this] { return row() == nullptr; }, waitMs));
    EXPECT_TRUE(keychainEntry(accountKey()).value_or("gone").isEmpty()
                || !keychainEntry(accountKey()).has_value());
    EXPECT_TRUE(controller->accounts().isEmpty());
}

TEST_F(PostForMeTest, SchedulesOnTheServerCancelsAndFollowsAMovedStart)
{
    const Time::Instant start = inMinutes(60);
    document.reset(campaignAt(start), {}, u"test"_s);
    open();
    connectAlice();
    QTest::mouseClick(row()->schedule, Qt::LeftButton);
    waitForStatus(u"Scheduled on "_s + server.host() + u" for "_s);
    EXPECT_TRUE(statusText().endsWith(u"your time"_s));
    EXPECT_EQ(scheduledTimes(server), QStringList {iso(start)});
    EXPECT_TRUE(server.statuses().isEmpty());
    EXPECT_FALSE(row()->schedule->isEnabled());

    // The organizer moves the start: the one scheduled status moves with it.
    const Time::Instant later = start + 30min;
    document.edit(u"Change start"_s, [&](Campaign &c) { c.start = later; });
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return scheduledTimes(server) == QStringList {iso(later)}; }, waitMs))
        << scheduledTimes(server).join(u' ').toStdString();
    waitForStatus(u"Scheduled on "_s);

    // A restart finds it scheduled and schedules nothing more.
    open();
    waitForStatus(u"Scheduled on "_s);
    QTest::qWait(300);
    EXPECT_EQ(scheduledTimes(server), QStringList {iso(later)});

    QTest::mouseClick(row()->cancel, Qt::LeftButton);
    waitForStatus(u"Cancelled"_s);
    EXPECT_TRUE(server.scheduled().isEmpty());
    EXPECT_TRUE(server.statuses().isEmpty());
}

// The texts of the server's scheduled statuses.
QStringList scheduledTexts(Chorus::Test::MastodonServer &server)
{
    QStringList texts;
    for (const QJsonValue &status : server.scheduled())
        texts << status.toObject().value(u"params"_s).toObject().value(u"text"_s).toString();
    return texts;
}

TEST_F(PostForMeTest, AnEditedTemplateReplacesTheScheduledStatus)
{
    const Time::Instant start = inMinutes(60);
    document.reset(campaignAt(start), {}, u"test"_s);
    open();
    connectAlice();
    QTest::mouseClick(row()->schedule, Qt::LeftButton);
    waitForStatus(u"Scheduled on "_s);
    const QString manila = QDateTime::fromSecsSinceEpoch(start.time_since_epoch().count(),
                                                         QTimeZone("Asia/Manila"))
                               .toString(u"HH:mm"_s);
    EXPECT_EQ(scheduledTexts(server),
              QStringList {u"We want the sequel at %1 in Manila! #AlitaSequel"_s.arg(manila)});

    // An edit in Messages: the one scheduled status now says the new text.
    document.edit(u"Edit template"_s, [](Campaign &c) {
        c.templates[0].text = u"Sequel now, from {city}! #AlitaSequel"_s;
    });
    EXPECT_EQ(row()->post->text(), u"Sequel now, from Manila! #AlitaSequel"_s);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return scheduledTexts(server)
                == QStringList {u"Sequel now, from Manila! #AlitaSequel"_s};
        },
        waitMs))
        << scheduledTexts(server).join(u" | "_s).toStdString();
    waitForStatus(u"Scheduled on "_s);
    EXPECT_EQ(scheduledTimes(server), QStringList {iso(start)});

    // The app restarted with a campaign file whose text changed again.
    panel.reset();
    controller.reset();
    Campaign reopened = campaignAt(start);
    reopened.templates[0].text = u"The sequel hour is here #AlitaSequel"_s;
    document.reset(reopened, {}, u"test"_s);
    open();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return scheduledTexts(server) == QStringList {u"The sequel hour is here #AlitaSequel"_s};
        },
        waitMs))
        << scheduledTexts(server).join(u" | "_s).toStdString();
    waitForStatus(u"Scheduled on "_s);
    EXPECT_TRUE(server.statuses().isEmpty());

    // Under 6 minutes by the server's clock an edited text cannot be
    // scheduled: the stale status goes at once, and the app posts at the start.
    server.setClockOffset(57 * 60);
    document.edit(u"Edit template"_s, [](Campaign &c) {
        c.templates[0].text = u"Last-minute fix #AlitaSequel"_s;
    });
    waitForStatus(u"Chorus posts on Mastodon at "_s);
    EXPECT_TRUE(server.scheduled().isEmpty());
    EXPECT_TRUE(server.statuses().isEmpty());
    EXPECT_TRUE(controller->hasPending());
}

TEST_F(PostForMeTest, InsideSixMinutesItPostsAtTheInstantOnceAndNotAgainAfterARestart)
{
    const Time::Instant start = time_point_cast<seconds>(system_clock::now()) + 3s;
    document.reset(campaignAt(start), {}, u"test"_s);
    open();
    connectAlice();
    QSignalSpy posted(controller.get(), &PostForMe::posted);
    QTest::mouseClick(row()->schedule, Qt::LeftButton);
    waitForStatus(u"Chorus posts on Mastodon at "_s);
    EXPECT_TRUE(controller->hasPending());
    EXPECT_TRUE(server.scheduled().isEmpty()); // never scheduled: Mastodon would post at once
    waitForStatus(u"Posted ✓"_s);
    ASSERT_EQ(posted.size(), 1);
    EXPECT_FALSE(controller->hasPending());
    const QJsonArray statuses = server.statuses();
    ASSERT_EQ(statuses.size(), 1);
    const QString url = statuses[0].toObject().value(u"url"_s).toString();
    EXPECT_TRUE(statusText().contains(url)) << statusText().toStdString();
    // Not before the instant, by the server's clock.
    const QDateTime created = QDateTime::fromString(
        statuses[0].toObject().value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    EXPECT_GE(created.toSecsSinceEpoch(), start.time_since_epoch().count());

    // A restart, and "Schedule" again: it stays posted, once.
    open();
    waitForStatus(u"Posted ✓"_s);
    QTest::mouseClick(row()->schedule, Qt::LeftButton);
    QTest::qWait(500);
    EXPECT_EQ(server.statuses().size(), 1);
    EXPECT_TRUE(statusText().contains(u"Posted ✓"_s));
}

TEST_F(PostForMeTest, AWrongPastedCodeSaysSoAndKeepsNothing)
{
    document.reset(campaignAt(at("2027-02-14T17:00:00Z")), {}, u"test"_s);
    open();
    server.control(u"config"_s, {{u"auto_approve"_s, QString()}});
    controller->setUrlOpener([](const QUrl &) { return true; }); // the fan reads the code
    panel->mastodonServerEdit()->setText(server.url().toString());
    QTest::mouseClick(panel->mastodonConnectButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([this] { return controller->outOfBandUrl().isValid(); }, waitMs));
    panel->mastodonCodeEdit()->setText(u"not-the-code"_s);
    QTest::mouseClick(panel->mastodonCodeButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return panel->messageText().contains(u"Start again with “Connect”"_s); }, waitMs))
        << panel->messageText().toStdString();
    EXPECT_TRUE(controller->accounts().isEmpty());
    EXPECT_EQ(row(), nullptr);
}

TEST_F(PostForMeTest, AnAllOrNothingGoalIsAnnouncedBeforehand)
{
    Campaign campaign = campaignAt(at("2027-02-14T17:00:00Z"));
    campaign.goal = 5000;
    campaign.allOrNothing = true;
    document.reset(campaign, {}, u"test"_s);
    open();
    // 16:50Z is 00:50 in Manila.
    EXPECT_EQ(panel->goalText(),
              u"All or nothing: posts only if %1 join by 00:50."_s.arg(QLocale().toString(5000)));
}

TEST_F(PostForMeTest, ABlueskyMainPasswordIsRefusedBeforeItIsSentAndNothingIsKept)
{
    document.reset(campaignAt(at("2027-02-14T17:00:00Z")), {}, u"test"_s);
    open();
    panel->blueskyHandleEdit()->setText(u"alita.test"_s);
    panel->blueskyPasswordEdit()->setText(u"my main password"_s);
    // A server nobody listens on: the refusal must come before any request.
    panel->blueskyServerEdit()->setText(u"http://127.0.0.1:9"_s);
    QTest::mouseClick(panel->blueskyConnectButton(), Qt::LeftButton);
    EXPECT_TRUE(panel->messageText().contains(u"not an app password"_s))
        << panel->messageText().toStdString();
    EXPECT_TRUE(panel->messageText().contains(u"https://bsky.app/settings/app-passwords"_s));
    EXPECT_FALSE(controller->isConnecting());
    EXPECT_TRUE(controller->accounts().isEmpty());
    EXPECT_FALSE(keychainEntry(u"bluesky:alita.test"_s).has_value()
                 && !keychainEntry(u"bluesky:alita.test"_s)->isEmpty());
}

TEST_F(PostForMeTest, ABlueskyServerThatDoesNotAnswerSaysSoAndKeepsNothing)
{
    document.reset(campaignAt(at("2027-02-14T17:00:00Z")), {}, u"test"_s);
    open();
    panel->blueskyHandleEdit()->setText(u"alita.test"_s);
    panel->blueskyPasswordEdit()->setText(u"abcd-efgh-ijkl-mnop"_s);
    panel->blueskyServerEdit()->setText(u"http://127.0.0.1:9"_s);
    QSignalSpy failed(controller.get(), &PostForMe::connectFailed);
    QTest::mouseClick(panel->blueskyConnectButton(), Qt::LeftButton);
    ASSERT_TRUE(failed.wait(waitMs));
    EXPECT_FALSE(panel->messageText().isEmpty());
    EXPECT_NE(panel->messageText(), u"Signing in at 127.0.0.1…"_s);
    EXPECT_FALSE(controller->isConnecting());
    EXPECT_TRUE(controller->accounts().isEmpty());
}
