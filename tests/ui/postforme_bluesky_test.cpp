// Check-ins › Take part › "Post for me" on Bluesky, driven as a fan would,
// against the real Bluesky server (tests/atproto: @atproto/pds and a PLC
// directory on loopback, the ctest fixture bluesky_pds) and a real Secret
// Service (GNOME Keyring on a private D-Bus session bus): connect with a
// handle and an app password, see the exact post, let the app post at the
// instant, read the post back from the server, never post twice; a waiting
// post outlives opening another campaign, and follows an edited template.
#include "atproto.h"
#include "keyring.h"
#include "testutil.h"

#include "campaigndocument.h"
#include "postforme.h"
#include "postformepanel.h"

#include "social/bluesky.h"
#include "social/credentialstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Chorus;
using namespace Chorus::Ui;
using namespace Qt::StringLiterals;
using namespace std::chrono;
using Chorus::Test::Atproto;
using Chorus::Test::AtprotoAccount;

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

constexpr int waitMs = 30000;
const QString alitaLink = u"https://example.org/alita"_s;

Campaign campaignAt(Time::Instant start, const QString &hashtag = u"#AlitaSequel"_s)
{
    Campaign campaign;
    campaign.title = u"Alita: Battle Angel — the sequel hour"_s;
    campaign.hashtag = hashtag;
    campaign.start = start;
    campaign.duration = minutes {60};
    campaign.templates = {{u"skeet"_s,
                           u"We want the sequel at {local_time} in {city}! "_s + hashtag + u' '
                               + alitaLink,
                           {u"bluesky"_s}}};
    return campaign;
}

Time::Instant secondsAhead(int seconds)
{
    return time_point_cast<std::chrono::seconds>(system_clock::now())
        + std::chrono::seconds(seconds);
}

// The post the fan in Manila sees and makes: {local_time} and {city} by hand.
QString manilaText(Time::Instant start, const QString &hashtag = u"#AlitaSequel"_s)
{
    const QString time
        = QDateTime::fromSecsSinceEpoch(start.time_since_epoch().count(),
                                        QTimeZone("Asia/Manila"))
              .toString(u"HH:mm"_s);
    return u"We want the sequel at %1 in Manila! %2 %3"_s.arg(time, hashtag, alitaLink);
}

// The record's facets, as what each covers of the stored text's UTF-8 bytes
// (sorted: the order is the facet detector's, links before tags).
QStringList facetsOf(const QJsonObject &value)
{
    const QByteArray text = value.value(u"text"_s).toString().toUtf8();
    QStringList covered;
    for (const QJsonValue &facetValue : value.value(u"facets"_s).toArray()) {
        const QJsonObject facet = facetValue.toObject();
        const QJsonObject index = facet.value(u"index"_s).toObject();
        const int start = index.value(u"byteStart"_s).toInt();
        const int end = index.value(u"byteEnd"_s).toInt();
        const QJsonObject feature = facet.value(u"features"_s).toArray().at(0).toObject();
        const QString type = feature.value(u"$type"_s).toString();
        const QString what = type == u"app.bsky.richtext.facet#tag"
            ? u"tag:"_s + feature.value(u"tag"_s).toString()
            : type == u"app.bsky.richtext.facet#link" ? u"link:"_s + feature.value(u"uri"_s).toString()
                                                       : type;
        covered << what + u'=' + QString::fromUtf8(text.mid(start, end - start));
    }
    covered.sort();
    return covered;
}

class PostForMeBlueskyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!keyring->problem().isEmpty())
            GTEST_SKIP() << keyring->problem().toStdString();
        const QString why = Atproto::unavailableReason();
        if (!why.isEmpty()) {
            if (!Atproto::installed())
                GTEST_SKIP() << why.toStdString();
            FAIL() << why.toStdString();
        }
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
        panel = std::make_unique<PostForMePanel>(*controller);
        panel->setZone("Asia/Manila");
        panel->resize(640, 700);
        panel->show();
    }

    QString accountKey() const { return u"bluesky:"_s + fan.did; }
    const PostForMePanel::Row *row() const { return panel->row(accountKey()); }
    QString statusText() const { return row() ? row()->status->text() : QString(); }

    // Types the handle, the app password and the server, and presses Connect.
    void connectFan(const QString &appPassword)
    {
        panel->connectTabs()->setCurrentIndex(0);
        panel->blueskyHandleEdit()->setText(fan.handle);
        panel->blueskyPasswordEdit()->setText(appPassword);
        panel->blueskyServerEdit()->setText(Atproto::pds().toString());
        QTest::mouseClick(panel->blueskyConnectButton(), Qt::LeftButton);
    }

    void waitForStatus(const QString &part, int timeoutMs = waitMs)
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return statusText().contains(part); }, timeoutMs))
            << "status: " << statusText().toStdString() << " waiting for " << part.toStdString();
    }

    std::optional<QByteArray> keychainEntry(const QString &key) const
    {
        return keyring->secretTool({u"lookup"_s, u"server"_s, service, u"user"_s, key});
    }

    QTemporaryDir dir;
    AtprotoAccount fan;
    std::unique_ptr<QSettings> settings;
    QString service;
    std::unique_ptr<Social::CredentialStore> credentials;
    QNetworkAccessManager network;
    CampaignDocument document;
    std::unique_ptr<PostForMe> controller;
    std::unique_ptr<PostForMePanel> panel;
};

} // namespace

TEST_F(PostForMeBlueskyTest, ConnectsWithAnAppPasswordPostsAtTheInstantOnceAndNeverAgain)
{
    fan = Atproto::account(u"gui"_s);
    const Time::Instant start = secondsAhead(12);
    document.reset(campaignAt(start), {}, u"alita.chorus"_s);
    open();
    connectFan(fan.appPassword);
    ASSERT_TRUE(QTest::qWaitFor([this] { return row() != nullptr; }, waitMs))
        << panel->messageText().toStdString();
    EXPECT_EQ(panel->messageText(), u"Connected %1."_s.arg(fan.handle));
    EXPECT_TRUE(panel->blueskyPasswordEdit()->text().isEmpty());
    ASSERT_EQ(controller->accounts().size(), 1);
    EXPECT_EQ(controller->accounts()[0].server, Atproto::pds());
    // The exact post, filled for Manila.
    const QString text = manilaText(start);
    EXPECT_EQ(row()->post->text(), text);
    EXPECT_EQ(statusText(), u"Not scheduled yet."_s);
    // The app password is in the keychain (read by libsecret, not through
    // Chorus); the settings file holds no secret.
    EXPECT_EQ(keychainEntry(accountKey()), fan.appPassword.toUtf8());
    settings->sync();
    QFile file(settings->fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(fan.appPassword.toUtf8()));

    QSignalSpy posted(controller.get(), &PostForMe::posted);
    QTest::mouseClick(row()->schedule, Qt::LeftButton);
    waitForStatus(u"Chorus posts on Bluesky at "_s);
    EXPECT_TRUE(controller->hasPending());
    EXPECT_FALSE(row()->schedule->isEnabled());
    EXPECT_TRUE(row()->cancel->isEnabled());
    if (system_clock::now() < start - 1s) {
        EXPECT_TRUE(Atproto::posts(fan.did).isEmpty()) << "posted before the instant";
    }

    waitForStatus(u"Posted ✓"_s);
    EXPECT_FALSE(controller->hasPending());
    ASSERT_EQ(posted.size(), 1);
    const QList<QJsonObject> records = Atproto::posts(fan.did);
    ASSERT_EQ(records.size(), 1);
    const QJsonObject value = records[0].value(u"value"_s).toObject();
    EXPECT_EQ(value.value(u"text"_s).toString(), text);
    EXPECT_EQ(facetsOf(value),
              (QStringList {u"link:%1=%1"_s.arg(alitaLink), u"tag:AlitaSequel=#AlitaSequel"_s}));
    const QDateTime createdAt
        = QDateTime::fromString(value.value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
    EXPECT_GE(createdAt.toSecsSinceEpoch(), start.time_since_epoch().count());
    // The status links the post on bsky.app, under the campaign's record key.
    const QString rkey = Social::postRecordKey("#alitasequel", fan.did);
    EXPECT_EQ(records[0].value(u"uri"_s).toString(),
              u"at://%1/app.bsky.feed.post/%2"_s.arg(fan.did, rkey));
    const QString url = u"https://bsky.app/profile/%1/post/%2"_s.arg(fan.handle, rkey);
    EXPECT_EQ(posted[0][1].toString(), url);
    EXPECT_EQ(statusText(), u"Posted ✓ <a href=\"%1\">%1</a>"_s.arg(url));

    // The same campaign opened again, and a restart with "Schedule" asked
    // again: it stays posted, once.
    document.reset(campaignAt(start), {}, u"alita.chorus"_s);
    waitForStatus(u"Posted ✓"_s);
    open();
    QSignalSpy again(controller.get(), &PostForMe::posted);
    waitForStatus(u"Posted ✓"_s);
    EXPECT_FALSE(row()->schedule->isEnabled());
    controller->schedule(controller->accounts()[0]);
    QTest::qWait(1500);
    EXPECT_EQ(Atproto::posts(fan.did).size(), 1);
    EXPECT_TRUE(again.isEmpty());
    EXPECT_TRUE(statusText().contains(url));

    // Even with this machine's record gone (another computer, settings
    // lost), the server's record under the campaign's key is found: the
    // same post, not a second one.
    panel.reset();
    controller.reset();
    settings = std::make_unique<QSettings>(dir.filePath(u"Other.conf"_s), QSettings::IniFormat);
    open();
    connectFan(fan.appPassword);
    ASSERT_TRUE(QTest::qWaitFor([this] { return row() != nullptr; }, waitMs))
        << panel->messageText().toStdString();
    QTest::mouseClick(row()->schedule, Qt::LeftButton);
    waitForStatus(u"Posted ✓"_s);
    EXPECT_TRUE(statusText().contains(url)) << statusText().toStdString();
    EXPECT_EQ(Atproto::posts(fan.did).size(), 1);
}

TEST_F(PostForMeBlueskyTest, AWrongAppPasswordSaysSoAndKeepsNothing)
{
    fan = Atproto::account(u"wrong"_s);
    document.reset(campaignAt(secondsAhead(3600)), {}, u"alita.chorus"_s);
    open();
    QSignalSpy failed(controller.get(), &PostForMe::connectFailed);
    connectFan(u"abcd-efgh-ijkl-mnop"_s); // shaped like one, but not this account's
    ASSERT_TRUE(failed.wait(waitMs));
    EXPECT_EQ(panel->messageText(),
              u"Bluesky refused the handle or app password. Check both, or make a new app "
              "password at https://bsky.app/settings/app-passwords."_s);
    EXPECT_FALSE(controller->isConnecting());
    EXPECT_TRUE(controller->accounts().isEmpty());
    EXPECT_EQ(row(), nullptr);
    EXPECT_FALSE(keychainEntry(accountKey()).has_value() && !keychainEntry(accountKey())->isEmpty());
    settings->sync();
    QFile file(settings->fileName());
    EXPECT_FALSE(file.open(QIODevice::ReadOnly) && file.readAll().contains(fan.handle.toUtf8()));
    EXPECT_TRUE(Atproto::posts(fan.did).isEmpty());
}

TEST_F(PostForMeBlueskyTest, AWaitingPostStaysArmedWhileAnotherCampaignIsOpen)
{
    fan = Atproto::account(u"two"_s);
    const Time::Instant start = secondsAhead(15);
    const Campaign alita = campaignAt(start);
    const Campaign other = campaignAt(secondsAhead(3600), u"#BattleAngel"_s);
    document.reset(alita, {}, u"alita.chorus"_s);
    open();
    connectFan(fan.appPassword);
    ASSERT_TRUE(QTest::qWaitFor([this] { return row() != nullptr; }, waitMs))
        << panel->messageText().toStdString();
    QSignalSpy posted(controller.get(), &PostForMe::posted);
    QTest::mouseClick(row()->schedule, Qt::LeftButton);
    waitForStatus(u"Chorus posts on Bluesky at "_s);

    // The fan looks at another campaign: its row is its own, and the first
    // campaign's post still waits (closing the app would lose it).
    document.reset(other, {}, u"battleangel.chorus"_s);
    waitForStatus(u"Not scheduled yet."_s);
    EXPECT_EQ(row()->post->text(), manilaText(other.start, u"#BattleAngel"_s));
    EXPECT_TRUE(controller->hasPending());
    const QString manila = QDateTime::fromSecsSinceEpoch(start.time_since_epoch().count(),
                                                         QTimeZone("Asia/Manila"))
                               .toString(u"HH:mm"_s);
    EXPECT_EQ(panel->elsewhereText(),
              u"Chorus also posts for #AlitaSequel from %1 on Bluesky at %2 your time: keep it "
              "running."_s.arg(fan.handle, manila));
    // Back to the first: still waiting, not started again.
    document.reset(alita, {}, u"alita.chorus"_s);
    waitForStatus(u"Chorus posts on Bluesky at "_s);
    EXPECT_TRUE(controller->hasPending());
    EXPECT_TRUE(panel->elsewhereText().isEmpty());
    document.reset(other, {}, u"battleangel.chorus"_s);
    waitForStatus(u"Not scheduled yet."_s);

    // The instant comes while the other campaign is open: the post is made.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !Atproto::posts(fan.did).isEmpty(); }, 40000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !controller->hasPending(); }, waitMs));
    QList<QJsonObject> records = Atproto::posts(fan.did);
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].value(u"value"_s).toObject().value(u"text"_s).toString(),
              manilaText(start));
    // Its check-in belongs to the first campaign's service: not announced
    // while the other one is open...
    EXPECT_TRUE(posted.isEmpty());
    EXPECT_EQ(statusText(), u"Not scheduled yet."_s);
    EXPECT_TRUE(panel->elsewhereText().isEmpty());
    // ...but when the first one is open again.
    document.reset(alita, {}, u"alita.chorus"_s);
    waitForStatus(u"Posted ✓"_s);
    ASSERT_EQ(posted.size(), 1);
    const QString url = u"https://bsky.app/profile/%1/post/%2"_s.arg(
        fan.handle, Social::postRecordKey("#alitasequel", fan.did));
    EXPECT_EQ(posted[0][1].toString(), url);
    // Announced once: a restart does not check in again.
    open();
    QSignalSpy again(controller.get(), &PostForMe::posted);
    waitForStatus(u"Posted ✓"_s);
    QTest::qWait(300);
    EXPECT_TRUE(again.isEmpty());
    EXPECT_EQ(Atproto::posts(fan.did).size(), 1);
}

TEST_F(PostForMeBlueskyTest, AnEditedTemplateIsWhatTheWaitingPostSays)
{
    fan = Atproto::account(u"edit"_s);
    const Time::Instant start = secondsAhead(20);
    document.reset(campaignAt(start), {}, u"alita.chorus"_s);
    open();
    connectFan(fan.appPassword);
    ASSERT_TRUE(QTest::qWaitFor([this] { return row() != nullptr; }, waitMs))
        << panel->messageText().toStdString();
    QTest::mouseClick(row()->schedule, Qt::LeftButton);
    waitForStatus(u"Chorus posts on Bluesky at "_s);

    // The organizer's fix reaches the fan before the start: an edit in
    // Messages, followed once the typing pauses...
    document.edit(u"Edit template"_s, [&](Campaign &c) {
        c.templates[0].text = u"Sequel now! #AlitaSequel "_s + alitaLink;
    });
    EXPECT_EQ(row()->post->text(), u"Sequel now! #AlitaSequel "_s + alitaLink);
    QTest::qWait(2500);
    waitForStatus(u"Chorus posts on Bluesky at "_s);
    // ...then, while another campaign is open, a newer file of this one.
    document.reset(campaignAt(secondsAhead(3600), u"#BattleAngel"_s), {}, u"battleangel.chorus"_s);
    waitForStatus(u"Not scheduled yet."_s);
    Campaign newer = campaignAt(start);
    newer.templates[0].text = u"Sequel now, from {city}! #AlitaSequel "_s + alitaLink;
    document.reset(newer, {}, u"alita.chorus"_s);
    const QString edited = u"Sequel now, from Manila! #AlitaSequel "_s + alitaLink;
    EXPECT_EQ(row()->post->text(), edited);
    ASSERT_LT(system_clock::now(), start) << "the test was too slow to edit before the start";

    waitForStatus(u"Posted ✓"_s, 40000);
    const QList<QJsonObject> records = Atproto::posts(fan.did);
    ASSERT_EQ(records.size(), 1);
    const QJsonObject value = records[0].value(u"value"_s).toObject();
    EXPECT_EQ(value.value(u"text"_s).toString(), edited);
    EXPECT_EQ(facetsOf(value),
              (QStringList {u"link:%1=%1"_s.arg(alitaLink), u"tag:AlitaSequel=#AlitaSequel"_s}));
}
