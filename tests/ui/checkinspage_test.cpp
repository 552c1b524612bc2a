// The Check-ins page against a real check-in service on loopback: a fan joins
// and checks in, the organizer's dashboard follows, and the clock check
// reaches the countdown.
#include "testutil.h"

#include "campaigndocument.h"
#include "checkinchart.h"
#include "checkinspage.h"
#include "countdownpage.h"
#include "mainwindow.h"
#include "organizepanel.h"
#include "participantsmodel.h"
#include "postforme.h"
#include "postformepanel.h"
#include "takepartpanel.h"
#include "translations.h"
#include "zonepicker.h"

#include "checkin/client.h"
#include "checkin/csv.h"
#include "time/zonecatalogue.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Chorus;
using namespace Chorus::Ui;
using namespace Qt::StringLiterals;
using namespace std::chrono;
using Checkin::Status;
using Chorus::Test::at;
using Chorus::Test::catalogue;

namespace {

constexpr int waitMs = 15000;

Campaign alita()
{
    Campaign campaign;
    campaign.title = u"Alita: Battle Angel — the sequel hour"_s;
    campaign.hashtag = u"#AlitaSequel"_s;
    campaign.start = at("2027-02-14T17:00:00Z");
    campaign.duration = minutes {60};
    campaign.audience = {AudienceZone {"America/New_York", 30, {}}};
    return campaign;
}

Time::Clock systemClock(milliseconds skew = 0ms)
{
    return [skew] {
        return std::chrono::system_clock::now() + skew;
    };
}

Checkin::ClientOptions fastOptions()
{
    Checkin::ClientOptions options;
    options.pollInterval = 100ms;
    options.retryDelay = 20ms;
    options.maxAttempts = 2;
    options.maxBackoff = 400ms;
    return options;
}

class CheckinsPageTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        static const bool installed
            = Ui::installTranslations(*QCoreApplication::instance(), QLocale());
        EXPECT_TRUE(installed);
        ASSERT_TRUE(m_dir.isValid());
        m_document.reset(alita(), QString(), QString());
    }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// An organizer panel with a running service on a free loopback port.
    std::unique_ptr<OrganizePanel> startOrganizer(Time::Clock clock = systemClock())
    {
        auto panel = std::make_unique<OrganizePanel>(m_document, catalogue(), std::move(clock),
                                                     m_organizerSettings);
        panel->setRefreshInterval(50ms);
        panel->setListenAddress(u"127.0.0.1"_s, 0);
        panel->setDatabasePath(path(u"checkins.sqlite"_s));
        panel->setClipboard([this](const QString &text) { m_clipboard = text; });
        EXPECT_TRUE(panel->startService()) << panel->messageText().toStdString();
        return panel;
    }

    /// Uses the sign-ups as the audience and waits for the read off the GUI
    /// thread: whether the audience was replaced.
    static bool useSignups(OrganizePanel &panel)
    {
        QSignalSpy used(&panel, &OrganizePanel::signupsUsed);
        if (!panel.useSignupsAsAudience() || !used.wait(waitMs))
            return false;
        return used.front().front().toBool();
    }

    /// Leaves checkins.sqlite with one participant (@early, Asia/Kolkata) from
    /// a service run that has ended.
    void runOnce()
    {
        auto organizer = startOrganizer();
        Checkin::MemoryTokenStore tokens;
        Checkin::Client client(QUrl(organizer->serviceAddress()), &m_network, &tokens,
                               [] { return QDateTime::currentDateTimeUtc(); });
        QSignalSpy joined(&client, &Checkin::Client::joined);
        client.join(u"@early"_s, u"x"_s, u"Asia/Kolkata"_s);
        ASSERT_TRUE(joined.wait(waitMs));
        QSignalSpy stopped(organizer.get(), &OrganizePanel::stopped);
        organizer->stopService();
        ASSERT_TRUE(stopped.wait(waitMs));
    }

    /// Waits until the organizer's table shows `rows` participants.
    static bool waitForRows(OrganizePanel &panel, int rows)
    {
        return QTest::qWaitFor(
            [&panel, rows] { return panel.participantsModel()->rowCount() == rows; }, waitMs);
    }

    QTemporaryDir m_dir;
    CampaignDocument m_document;
    QSettings m_organizerSettings {m_dir.filePath(u"organizer.ini"_s), QSettings::IniFormat};
    QSettings m_fanSettings {m_dir.filePath(u"fan.ini"_s), QSettings::IniFormat};
    QNetworkAccessManager m_network;
    QString m_clipboard;
};

TEST_F(CheckinsPageTest, AFanJoinsAndChecksInAndTheOrganizerSeesIt)
{
    auto organizer = startOrganizer();
    ASSERT_TRUE(organizer->isRunning());
    const QString address = organizer->serviceAddress();
    ASSERT_TRUE(address.startsWith(u"http://127.0.0.1:"_s)) << address.toStdString();
    EXPECT_TRUE(organizer->statusText().contains(address));
    QAbstractItemModelTester tableTester(organizer->filterModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester statsTester(organizer->zoneStatsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    TakePartPanel fan(m_document, catalogue(), systemClock(), m_fanSettings, m_network,
                      "Europe/Berlin");
    fan.setClientOptions(fastOptions());
    fan.setServiceOverride(address);
    EXPECT_EQ(fan.serviceUrl(), QUrl(address));
    EXPECT_EQ(fan.zonePicker()->zone(), "Europe/Berlin"); // the system's zone by default
    EXPECT_FALSE(fan.isJoined());
    EXPECT_FALSE(fan.readyButton()->isEnabled());
    EXPECT_FALSE(fan.postedButton()->isEnabled());

    fan.handleEdit()->setText(u"AlitaFan.bsky.social"_s);
    fan.platformBox()->setCurrentIndex(fan.platformBox()->findData(u"bluesky"_s));
    QSignalSpy joined(&fan, &TakePartPanel::joined);
    QTest::mouseClick(fan.joinButton(), Qt::LeftButton);
    ASSERT_TRUE(joined.wait(waitMs)) << fan.problemText().toStdString();
    EXPECT_TRUE(fan.isJoined());
    EXPECT_EQ(fan.status(), Status::Joined);
    EXPECT_TRUE(fan.stateText().contains(u"AlitaFan.bsky.social on Bluesky"_s))
        << fan.stateText().toStdString();
    EXPECT_TRUE(fan.readyButton()->isEnabled());
    EXPECT_TRUE(fan.postedButton()->isEnabled()); // the service takes joined → posted too

    // The organizer's table follows within a refresh.
    ASSERT_TRUE(waitForRows(*organizer, 1));
    const QModelIndex row = organizer->participantsModel()->index(0, 0);
    EXPECT_EQ(row.siblingAtColumn(ParticipantsModel::HandleColumn).data().toString(),
              u"AlitaFan.bsky.social"_s);
    EXPECT_EQ(row.siblingAtColumn(ParticipantsModel::ZoneColumn).data().toString(),
              u"Europe/Berlin"_s);
    EXPECT_EQ(row.siblingAtColumn(ParticipantsModel::StatusColumn).data().toString(), u"joined"_s);

    QSignalSpy checked(&fan, &TakePartPanel::checkedIn);
    QTest::mouseClick(fan.readyButton(), Qt::LeftButton);
    ASSERT_TRUE(checked.wait(waitMs)) << fan.problemText().toStdString();
    EXPECT_EQ(fan.status(), Status::Ready);
    EXPECT_FALSE(fan.readyButton()->isEnabled());
    EXPECT_TRUE(fan.postedButton()->isEnabled());
    QTest::mouseClick(fan.postedButton(), Qt::LeftButton);
    ASSERT_TRUE(checked.wait(waitMs)) << fan.problemText().toStdString();
    EXPECT_EQ(fan.status(), Status::Posted);
    EXPECT_FALSE(fan.postedButton()->isEnabled());
    EXPECT_TRUE(fan.stateText().contains(u"you posted"_s)) << fan.stateText().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return fan.togetherText() == u"You're the first one in."_s; },
                                waitMs))
        << fan.togetherText().toStdString();

    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return row.siblingAtColumn(ParticipantsModel::StatusColumn).data().toString()
                == u"posted"_s;
        },
        waitMs));
    EXPECT_EQ(organizer->summaryText(), u"1 joined · 0 ready · 1 posted"_s);

    // A second fan (another device) joins: the first sees one person posting with them.
    Checkin::MemoryTokenStore tokens;
    Checkin::Client other(QUrl(address), &m_network, &tokens,
                          [] { return QDateTime::currentDateTimeUtc(); });
    QSignalSpy otherJoined(&other, &Checkin::Client::joined);
    other.join(u"@manila"_s, u"x"_s, u"Asia/Manila"_s);
    ASSERT_TRUE(otherJoined.wait(waitMs));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return fan.togetherText() == u"1 person is posting with you"_s; }, waitMs))
        << fan.togetherText().toStdString();
    ASSERT_TRUE(waitForRows(*organizer, 2));
    EXPECT_EQ(organizer->zoneStatsModel()->rowCount(), 3); // two zones and the total
    EXPECT_FALSE(organizer->chart()->buckets().isEmpty());
}

// Issue 14: with a supporter goal, Take part shows "1 of 5,000 have joined",
// the goal known from the campaign before the service answers, the count live.
TEST_F(CheckinsPageTest, TakePartShowsTheSupporterGoalWithTheLiveCount)
{
    Campaign campaign = alita();
    campaign.goal = 5000;
    campaign.allOrNothing = true;
    m_document.reset(campaign, QString(), QString());
    auto organizer = startOrganizer();
    TakePartPanel fan(m_document, catalogue(), systemClock(), m_fanSettings, m_network,
                      "Europe/Berlin");
    EXPECT_EQ(fan.goalText(), u"The goal: 5,000 people"_s);
    fan.setClientOptions(fastOptions());
    fan.setServiceOverride(organizer->serviceAddress());
    fan.handleEdit()->setText(u"@AlitaFan"_s);
    QSignalSpy joined(&fan, &TakePartPanel::joined);
    QTest::mouseClick(fan.joinButton(), Qt::LeftButton);
    ASSERT_TRUE(joined.wait(waitMs)) << fan.problemText().toStdString();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return fan.goalText() == u"1 of 5,000 have joined"_s; }, waitMs))
        << fan.goalText().toStdString();
    // Post for me decides with the same live count.
    EXPECT_FALSE(fan.postForMe()->goalText().isEmpty());
}

TEST_F(CheckinsPageTest, TakePartShowsNoGoalLineWithoutAGoal)
{
    TakePartPanel fan(m_document, catalogue(), systemClock(), m_fanSettings, m_network,
                      "Europe/Berlin");
    EXPECT_TRUE(fan.goalText().isEmpty());
}

TEST_F(CheckinsPageTest, TheMembershipSurvivesARestart)
{
    auto organizer = startOrganizer();
    {
        TakePartPanel fan(m_document, catalogue(), systemClock(), m_fanSettings, m_network,
                          "Asia/Manila");
        fan.setClientOptions(fastOptions());
        fan.setServiceOverride(organizer->serviceAddress());
        fan.handleEdit()->setText(u"@kept"_s);
        QSignalSpy joined(&fan, &TakePartPanel::joined);
        fan.join();
        ASSERT_TRUE(joined.wait(waitMs)) << fan.problemText().toStdString();
        QSignalSpy checked(&fan, &TakePartPanel::checkedIn);
        fan.checkIn(Status::Ready);
        ASSERT_TRUE(checked.wait(waitMs));
    }
    m_fanSettings.sync();
    TakePartPanel again(m_document, catalogue(), systemClock(), m_fanSettings, m_network, "UTC");
    // The address typed for the campaign is remembered too.
    EXPECT_EQ(again.serviceUrl(), QUrl(organizer->serviceAddress()));
    EXPECT_TRUE(again.isJoined());
    EXPECT_EQ(again.status(), Status::Ready);
    EXPECT_EQ(again.zonePicker()->zone(), "Asia/Manila");
    EXPECT_TRUE(again.stateText().contains(u"@kept"_s)) << again.stateText().toStdString();
    EXPECT_TRUE(again.postedButton()->isEnabled());
    EXPECT_FALSE(again.joinButton()->isVisibleTo(&again));
}

TEST_F(CheckinsPageTest, APostMadeForTheFanChecksInPostedByItself)
{
    // "Post for me" made the post (see tests/ui/postforme_test.cpp for the
    // posting itself): the panel tells the organizer, as "I posted" would.
    auto organizer = startOrganizer();
    TakePartPanel fan(m_document, catalogue(), systemClock(), m_fanSettings, m_network,
                      "Asia/Manila");
    fan.setClientOptions(fastOptions());
    fan.setServiceOverride(organizer->serviceAddress());
    fan.handleEdit()->setText(u"@auto"_s);
    QSignalSpy joined(&fan, &TakePartPanel::joined);
    fan.join();
    ASSERT_TRUE(joined.wait(waitMs)) << fan.problemText().toStdString();
    QSignalSpy checked(&fan, &TakePartPanel::checkedIn);
    const Social::Account account {u"mastodon"_s, u"auto@m.test"_s, u"auto@m.test"_s,
                                   QUrl(u"https://m.test"_s)};
    Q_EMIT fan.postForMe()->controller().posted(account, u"https://m.test/@auto/1"_s);
    ASSERT_TRUE(checked.wait(waitMs)) << fan.problemText().toStdString();
    EXPECT_EQ(checked.front().front().value<Status>(), Status::Posted);
    EXPECT_EQ(fan.status(), Status::Posted);
    // The post is on Mastodon, the fan joined with an X handle: the check-in
    // carries no address (the service would refuse it), the organizer sees none.
    ASSERT_TRUE(waitForRows(*organizer, 1));
    const QModelIndex post
        = organizer->participantsModel()->index(0, ParticipantsModel::PostColumn);
    EXPECT_EQ(organizer->participantsModel()->index(0, ParticipantsModel::StatusColumn).data(),
              ParticipantsModel::statusText(Status::Posted));
    EXPECT_TRUE(post.data().toString().isEmpty());
}

TEST_F(CheckinsPageTest, APostForMeMadeOnTheFansPlatformReachesTheOrganizerWithItsAddress)
{
    auto organizer = startOrganizer();
    TakePartPanel fan(m_document, catalogue(), systemClock(), m_fanSettings, m_network,
                      "Asia/Manila");
    fan.setClientOptions(fastOptions());
    fan.setServiceOverride(organizer->serviceAddress());
    fan.platformBox()->setCurrentIndex(fan.platformBox()->findData(u"mastodon"_s));
    fan.handleEdit()->setText(u"@auto@mastodon.example.org"_s);
    QSignalSpy joined(&fan, &TakePartPanel::joined);
    fan.join();
    ASSERT_TRUE(joined.wait(waitMs)) << fan.problemText().toStdString();
    // "I posted" first, without an address...
    QSignalSpy checked(&fan, &TakePartPanel::checkedIn);
    QTest::mouseClick(fan.postedButton(), Qt::LeftButton);
    ASSERT_TRUE(checked.wait(waitMs)) << fan.problemText().toStdString();
    // ...then Post for me's post: the address still reaches the organizer.
    const Social::Account account {u"mastodon"_s, u"auto@mastodon.example.org"_s,
                                   u"auto@mastodon.example.org"_s,
                                   QUrl(u"https://mastodon.example.org"_s)};
    const QString url = u"https://mastodon.example.org/@auto/113456789012345678"_s;
    Q_EMIT fan.postForMe()->controller().posted(account, url);
    ASSERT_TRUE(checked.wait(waitMs)) << fan.problemText().toStdString();
    EXPECT_EQ(fan.status(), Status::Posted);
    ASSERT_TRUE(waitForRows(*organizer, 1));
    const QModelIndex post
        = organizer->participantsModel()->index(0, ParticipantsModel::PostColumn);
    ASSERT_TRUE(QTest::qWaitFor([&] { return post.data().toString() == url; }, waitMs))
        << post.data().toString().toStdString();
}

TEST_F(CheckinsPageTest, AHandleTakenOnThePlatformIsSaidPlainly)
{
    auto organizer = startOrganizer();
    Checkin::MemoryTokenStore tokens;
    Checkin::Client first(QUrl(organizer->serviceAddress()), &m_network, &tokens,
                          [] { return QDateTime::currentDateTimeUtc(); });
    QSignalSpy firstJoined(&first, &Checkin::Client::joined);
    first.join(u"@AlitaFan"_s, u"x"_s, u"Europe/Berlin"_s);
    ASSERT_TRUE(firstJoined.wait(waitMs));

    TakePartPanel fan(m_document, catalogue(), systemClock(), m_fanSettings, m_network,
                      "Europe/Berlin");
    fan.setClientOptions(fastOptions());
    fan.setServiceOverride(organizer->serviceAddress());
    fan.handleEdit()->setText(u"alitafan"_s); // the same handle, another spelling
    QSignalSpy problem(&fan, &TakePartPanel::problemShown);
    fan.join();
    ASSERT_TRUE(problem.wait(waitMs));
    EXPECT_FALSE(fan.isJoined());
    EXPECT_TRUE(fan.problemText().contains(u"has already joined on x"_s))
        << fan.problemText().toStdString();
    EXPECT_TRUE(fan.joinButton()->isEnabled()); // another handle may be tried
}

TEST_F(CheckinsPageTest, AnUnreachableServiceAndAnEmptyHandleAreSaidPlainly)
{
    QTcpServer probe; // a port where nothing listens once it is closed
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    TakePartPanel fan(m_document, catalogue(), systemClock(), m_fanSettings, m_network, "UTC");
    fan.setClientOptions(fastOptions());
    fan.setServiceOverride(u"http://127.0.0.1:%1"_s.arg(port));
    fan.join();
    EXPECT_TRUE(fan.problemText().startsWith(u"Type your handle first"_s))
        << fan.problemText().toStdString();
    fan.handleEdit()->setText(u"@nobody"_s);
    QSignalSpy problem(&fan, &TakePartPanel::problemShown);
    fan.join();
    ASSERT_TRUE(problem.wait(waitMs));
    EXPECT_TRUE(fan.problemText().contains(u"did not answer"_s)) << fan.problemText().toStdString();
    EXPECT_FALSE(fan.isJoined());

    // No address at all: the campaign names none and nothing was typed.
    fan.setServiceOverride(QString());
    EXPECT_FALSE(fan.serviceUrl().isValid());
    EXPECT_FALSE(fan.joinButton()->isEnabled());
}

TEST_F(CheckinsPageTest, TheCampaignsAddressIsUsedUnlessOverridden)
{
    Campaign campaign = alita();
    campaign.checkinUrl = u"http://127.0.0.1:8080"_s;
    m_document.reset(campaign, QString(), QString());
    TakePartPanel fan(m_document, catalogue(), systemClock(), m_fanSettings, m_network, "UTC");
    EXPECT_EQ(fan.serviceUrl(), QUrl(u"http://127.0.0.1:8080"_s));
    fan.setServiceOverride(u"https://checkin.example.org"_s);
    EXPECT_EQ(fan.serviceUrl(), QUrl(u"https://checkin.example.org"_s));
    fan.setServiceOverride(QString());
    EXPECT_EQ(fan.serviceUrl(), QUrl(u"http://127.0.0.1:8080"_s));
}

TEST_F(CheckinsPageTest, TheAdminTokenIsShownOnceCopyableAndWorks)
{
    auto organizer = startOrganizer();
    const QString token = organizer->adminToken();
    ASSERT_GE(token.size(), 16); // what serve asks of a token
    const auto buttons = organizer->findChildren<QPushButton *>();
    for (QPushButton *button : buttons)
        if (button->text() == u"&Copy"_s)
            button->click();
    EXPECT_EQ(m_clipboard, token);

    // The token is the real one: the admin list answers with it.
    QNetworkRequest request(QUrl(organizer->serviceAddress() + u"/api/v1/participants"_s));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    ASSERT_TRUE(done.wait(waitMs));
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    organizer->hideAdminToken();
    EXPECT_TRUE(organizer->adminToken().isEmpty()); // never shown again

    QSignalSpy stopped(organizer.get(), &OrganizePanel::stopped);
    organizer->stopService();
    ASSERT_TRUE(stopped.wait(waitMs));
    EXPECT_FALSE(organizer->isRunning());
    EXPECT_EQ(organizer->statusText(), u"Not running."_s);
    // A new start makes a new token.
    ASSERT_TRUE(organizer->startService());
    EXPECT_NE(organizer->adminToken(), token);
}

TEST_F(CheckinsPageTest, TheRunningAddressCanGoIntoTheCampaign)
{
    auto organizer = startOrganizer();
    QPushButton *use = nullptr;
    const auto buttons = organizer->findChildren<QPushButton *>();
    for (QPushButton *button : buttons)
        if (button->text() == u"Put this address in the campaign"_s)
            use = button;
    ASSERT_NE(use, nullptr);
    EXPECT_TRUE(use->isVisibleTo(organizer.get()));
    use->click();
    EXPECT_EQ(m_document.campaign().checkinUrl, organizer->serviceAddress());
    EXPECT_FALSE(use->isVisibleTo(organizer.get())); // nothing left to put in
    m_document.undoStack()->undo();
    EXPECT_TRUE(m_document.campaign().checkinUrl.isEmpty());
    EXPECT_TRUE(use->isVisibleTo(organizer.get()));
}

TEST_F(CheckinsPageTest, AnAddressInUseIsReported)
{
    QTcpServer taken;
    ASSERT_TRUE(taken.listen(QHostAddress::LocalHost, 0));
    OrganizePanel organizer(m_document, catalogue(), systemClock(), m_organizerSettings);
    organizer.setListenAddress(u"127.0.0.1"_s, taken.serverPort());
    organizer.setDatabasePath(path(u"busy.sqlite"_s));
    EXPECT_FALSE(organizer.startService());
    EXPECT_FALSE(organizer.isRunning());
    EXPECT_TRUE(organizer.messageText().startsWith(u"The service did not start"_s))
        << organizer.messageText().toStdString();
    organizer.setListenAddress(u"not an address"_s, 0);
    EXPECT_FALSE(organizer.startService());
    EXPECT_TRUE(organizer.messageText().contains(u"not an IP address"_s));
}

class OrganizerWithPeople : public CheckinsPageTest
{
protected:
    void SetUp() override
    {
        CheckinsPageTest::SetUp();
        m_organizer = startOrganizer();
        const struct
        {
            const char16_t *handle, *platform, *zone;
            std::optional<Status> status;
            const char16_t *postUrl = u"";
        } people[] = {{u"@one", u"x", u"Europe/Berlin", Status::Posted, oneUrl},
                      {u"two.bsky.social", u"bluesky", u"Europe/Berlin", Status::Ready},
                      {u"@three", u"x", u"Asia/Manila", std::nullopt},
                      {u"@four@example.social", u"mastodon", u"America/Sao_Paulo", Status::Ready}};
        for (const auto &person : people) {
            Checkin::MemoryTokenStore tokens;
            Checkin::Client client(QUrl(m_organizer->serviceAddress()), &m_network, &tokens,
                                   [] { return QDateTime::currentDateTimeUtc(); });
            QSignalSpy joined(&client, &Checkin::Client::joined);
            client.join(QString::fromUtf16(person.handle), QString::fromUtf16(person.platform),
                        QString::fromUtf16(person.zone));
            ASSERT_TRUE(joined.wait(waitMs));
            if (person.status) {
                QSignalSpy checked(&client, &Checkin::Client::checkedIn);
                client.checkIn(*person.status, QString::fromUtf16(person.postUrl));
                ASSERT_TRUE(checked.wait(waitMs));
            }
        }
        ASSERT_TRUE(QTest::qWaitFor(
            [this] { return m_organizer->summaryText() == u"4 joined · 2 ready · 1 posted"_s; },
            waitMs))
            << m_organizer->summaryText().toStdString();
    }
    static constexpr const char16_t *oneUrl = u"https://x.com/one/status/1890123456789012345";
    std::unique_ptr<OrganizePanel> m_organizer;
};

TEST_F(OrganizerWithPeople, APostsAddressIsShownOpensAndIsExported)
{
    const ParticipantsModel *model = m_organizer->participantsModel();
    ASSERT_TRUE(QTest::qWaitFor(
        [model] {
            return model->index(0, ParticipantsModel::PostColumn).data().toString()
                == QString::fromUtf16(oneUrl);
        },
        waitMs));
    EXPECT_TRUE(model->index(1, ParticipantsModel::PostColumn).data().toString().isEmpty());
    // Enter (or a double click) on the address opens it; elsewhere nothing.
    QList<QUrl> opened;
    m_organizer->setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    QTableView *view = m_organizer->participantsView();
    const auto activate = [&](int sourceRow, int column) {
        const QModelIndex index
            = m_organizer->filterModel()->mapFromSource(model->index(sourceRow, column));
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_Return);
    };
    activate(0, ParticipantsModel::HandleColumn);
    activate(1, ParticipantsModel::PostColumn);
    EXPECT_TRUE(opened.isEmpty());
    activate(0, ParticipantsModel::PostColumn);
    EXPECT_EQ(opened, QList<QUrl> {QUrl(QString::fromUtf16(oneUrl))});

    const QString file = path(u"posts.csv"_s);
    m_organizer->setCsvChooser([&](const QString &, const QString &) { return file; });
    ASSERT_TRUE(m_organizer->exportCsv());
    QFile csv(file);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines.at(1).startsWith("1,'@one,x,Europe/Berlin,posted,"))
        << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(1).endsWith(",https://x.com/one/status/1890123456789012345\r"))
        << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(2).endsWith(",\r")) << lines.at(2).toStdString();
}

TEST_F(OrganizerWithPeople, FiltersByZonePlatformAndStatus)
{
    QAbstractItemModelTester tester(m_organizer->filterModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QComboBox *zones = m_organizer->zoneFilterBox();
    EXPECT_EQ(zones->count(), 4); // all, and the three zones people joined from
    zones->setCurrentIndex(zones->findData(u"Europe/Berlin"_s));
    EXPECT_EQ(m_organizer->filterModel()->rowCount(), 2);
    QComboBox *statuses = m_organizer->statusFilterBox();
    statuses->setCurrentIndex(statuses->findData(int(Status::Posted)));
    EXPECT_EQ(m_organizer->filterModel()->rowCount(), 1);
    m_organizer->setFilter({{}, u"x"_s, {}});
    EXPECT_EQ(m_organizer->filterModel()->rowCount(), 2);
    EXPECT_EQ(zones->currentIndex(), 0);
    EXPECT_EQ(m_organizer->platformFilterBox()->currentData().toString(), u"x"_s);
    m_organizer->setFilter({});
    EXPECT_EQ(m_organizer->filterModel()->rowCount(), 4);
    // Sorting by a column of the view.
    m_organizer->filterModel()->sort(ParticipantsModel::HandleColumn, Qt::AscendingOrder);
    EXPECT_EQ(m_organizer->filterModel()->index(0, 0).data().toString(), u"@four@example.social"_s);
    EXPECT_EQ(m_organizer->filterModel()->index(3, 0).data().toString(), u"two.bsky.social"_s);
}

TEST_F(OrganizerWithPeople, StatsByZone)
{
    const ZoneStatsModel *stats = m_organizer->zoneStatsModel();
    ASSERT_EQ(stats->rowCount(), 4);
    EXPECT_EQ(stats->index(0, ZoneStatsModel::ZoneColumn).data().toString(), u"Europe/Berlin"_s);
    EXPECT_EQ(stats->index(0, ZoneStatsModel::JoinedColumn).data().toInt(), 2);
    EXPECT_EQ(stats->index(0, ZoneStatsModel::ReadyColumn).data().toInt(), 1);
    EXPECT_EQ(stats->index(0, ZoneStatsModel::PostedColumn).data().toInt(), 1);
    EXPECT_EQ(stats->index(3, ZoneStatsModel::JoinedColumn).data().toInt(), 4);
    qint64 bars = 0;
    for (const auto &bucket : m_organizer->chart()->buckets())
        bars += bucket.joined + bucket.ready + bucket.posted;
    EXPECT_EQ(bars, 4 + 3); // four joins and three check-ins
}

TEST_F(OrganizerWithPeople, ExportsTheShownParticipantsAsCsv)
{
    const QString file = path(u"export.csv"_s);
    QString suggested;
    m_organizer->setCsvChooser([&](const QString &, const QString &proposal) {
        suggested = proposal;
        return file;
    });
    m_organizer->setFilter({"Europe/Berlin", {}, {}});
    ASSERT_TRUE(m_organizer->exportCsv());
    EXPECT_TRUE(suggested.endsWith(u"AlitaSequel-participants.csv"_s)) << suggested.toStdString();
    QFile csv(file);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray content = csv.readAll();
    EXPECT_EQ(content, Checkin::participantsCsv(m_organizer->filterModel()->shownParticipants()));
    const QList<QByteArray> lines = content.split('\n');
    ASSERT_EQ(lines.size(), 4); // header, two rows, the end
    EXPECT_EQ(lines.at(0), "id,handle,platform,zone,status,joined_at,post_url\r");
    EXPECT_TRUE(lines.at(1).contains(",'@one,x,Europe/Berlin,posted,"))
        << lines.at(1).toStdString();
    EXPECT_TRUE(m_organizer->messageText().contains(u"2 participants"_s));

    // Everyone, and a cell starting with '@' defused like a formula.
    m_organizer->setFilter({});
    ASSERT_TRUE(m_organizer->exportCsv());
    QFile all(file);
    ASSERT_TRUE(all.open(QIODevice::ReadOnly));
    EXPECT_TRUE(all.readAll().contains(",'@four@example.social,mastodon,"));

    // Cancelling writes nothing.
    m_organizer->setCsvChooser([](const QString &, const QString &) { return QString(); });
    EXPECT_FALSE(m_organizer->exportCsv());
}

TEST_F(OrganizerWithPeople, SignupsBecomeTheAudienceUndoably)
{
    const QList<AudienceZone> before = m_document.campaign().audience;
    QSignalSpy used(m_organizer.get(), &OrganizePanel::signupsUsed);
    ASSERT_TRUE(m_organizer->useSignupsAsAudience());
    // The read runs off the GUI thread: nothing has changed yet, and the
    // button waits for it.
    EXPECT_EQ(m_document.campaign().audience, before);
    EXPECT_TRUE(m_organizer->isReadingSignups());
    EXPECT_FALSE(m_organizer->signupsButton()->isEnabled());
    EXPECT_FALSE(m_organizer->useSignupsAsAudience()); // one read at a time
    ASSERT_TRUE(used.wait(waitMs));
    ASSERT_EQ(used.size(), 1);
    ASSERT_TRUE(used.front().front().toBool()) << m_organizer->messageText().toStdString();
    EXPECT_FALSE(m_organizer->isReadingSignups());
    EXPECT_TRUE(m_organizer->signupsButton()->isEnabled());
    EXPECT_EQ(m_document.undoStack()->count(), 1); // one undoable edit
    const QList<AudienceZone> after = m_document.campaign().audience;
    ASSERT_EQ(after.size(), 3);
    QMap<QByteArray, double> weights;
    for (const AudienceZone &zone : after)
        weights[zone.zone] = zone.weight;
    EXPECT_EQ(weights.value("Europe/Berlin"), 2);
    EXPECT_EQ(weights.value("Asia/Manila"), 1);
    EXPECT_EQ(weights.value("America/Sao_Paulo"), 1);
    EXPECT_EQ(m_document.undoStack()->undoText(), u"Use sign-ups as the audience"_s);
    m_document.undoStack()->undo();
    EXPECT_EQ(m_document.campaign().audience, before);
    m_document.undoStack()->redo();
    EXPECT_EQ(m_document.campaign().audience, after);
}

TEST_F(CheckinsPageTest, AnEarlierRunsSignupsShowWithoutAStart)
{
    ASSERT_NO_FATAL_FAILURE(runOnce());
    OrganizePanel organizer(m_document, catalogue(), systemClock(), m_organizerSettings);
    QSignalSpy refreshed(&organizer, &OrganizePanel::refreshed);
    organizer.setDatabasePath(path(u"checkins.sqlite"_s));
    ASSERT_TRUE(refreshed.wait(waitMs));
    EXPECT_FALSE(organizer.isRunning());
    EXPECT_EQ(organizer.participantsModel()->rowCount(), 1);
    EXPECT_EQ(organizer.summaryText(), u"1 joined · 0 ready · 0 posted"_s);
    ASSERT_TRUE(useSignups(organizer)) << organizer.messageText().toStdString();
    ASSERT_EQ(m_document.campaign().audience.size(), 1);
    EXPECT_EQ(m_document.campaign().audience.front().zone, "Asia/Kolkata");
    // Another file with nobody in it: the old rows do not stay on screen.
    organizer.setDatabasePath(path(u"elsewhere.sqlite"_s));
    EXPECT_EQ(organizer.participantsModel()->rowCount(), 0);
    EXPECT_EQ(organizer.summaryText(), u"No participants yet."_s);
}

TEST_F(CheckinsPageTest, AFailedReadClearsTheDashboard)
{
    ASSERT_NO_FATAL_FAILURE(runOnce());
    OrganizePanel organizer(m_document, catalogue(), systemClock(), m_organizerSettings);
    QSignalSpy refreshed(&organizer, &OrganizePanel::refreshed);
    organizer.setDatabasePath(path(u"checkins.sqlite"_s));
    ASSERT_TRUE(refreshed.wait(waitMs));
    ASSERT_EQ(organizer.participantsModel()->rowCount(), 1);
    EXPECT_TRUE(organizer.exportButton()->isEnabled());
    EXPECT_TRUE(organizer.signupsButton()->isEnabled());

    // A file that is no check-in database: the old rows must not stay (nor
    // be exported, nor become the audience).
    QFile foreign(path(u"foreign.sqlite"_s));
    ASSERT_TRUE(foreign.open(QIODevice::WriteOnly));
    foreign.write("this is a shopping list, not a database\n");
    foreign.close();
    QSignalSpy failed(&organizer, &OrganizePanel::readFailed);
    organizer.setDatabasePath(foreign.fileName());
    ASSERT_TRUE(failed.wait(waitMs));
    EXPECT_EQ(organizer.participantsModel()->rowCount(), 0);
    EXPECT_EQ(organizer.filterModel()->shownParticipants().size(), 0);
    EXPECT_EQ(organizer.zoneStatsModel()->rowCount(), 0);
    EXPECT_TRUE(organizer.chart()->buckets().isEmpty());
    EXPECT_EQ(organizer.summaryText(), u"Nothing to show."_s);
    EXPECT_FALSE(organizer.exportButton()->isEnabled());
    EXPECT_FALSE(organizer.signupsButton()->isEnabled());
    EXPECT_TRUE(organizer.messageText().startsWith(
        u"The dashboard could not read foreign.sqlite, so it shows nothing: "_s))
        << organizer.messageText().toStdString();
}

TEST_F(CheckinsPageTest, TheDatabaseAndPortStayWithTheCampaign)
{
    const QString file = path(u"alita.chorus.json"_s);
    m_document.reset(alita(), file, file);
    QString first;
    {
        OrganizePanel organizer(m_document, catalogue(), systemClock(), m_organizerSettings);
        first = organizer.databasePath();
        EXPECT_TRUE(first.endsWith(u"AlitaSequel.sqlite"_s)) << first.toStdString();
        organizer.findChild<QSpinBox *>()->setValue(9191); // as typed
        // Fixing a typo in the hashtag keeps the file (and the sign-ups in it).
        m_document.edit(u"Hashtag"_s, [](Campaign &campaign) { campaign.hashtag = u"#Alita2"_s; });
        EXPECT_EQ(organizer.databasePath(), first);
        // Setting the check-in address keeps the typed port.
        m_document.edit(u"Address"_s, [](Campaign &campaign) {
            campaign.checkinUrl = u"http://127.0.0.1:8081"_s;
        });
        EXPECT_EQ(organizer.port(), 9191);
        organizer.setDatabasePath(path(u"chosen.sqlite"_s));

        // Another campaign has its own, named after its hashtag the first time.
        Campaign other = alita();
        other.hashtag = u"#OtherHour"_s;
        m_document.reset(other, path(u"other.chorus.json"_s), path(u"other.chorus.json"_s));
        EXPECT_TRUE(organizer.databasePath().endsWith(u"OtherHour.sqlite"_s))
            << organizer.databasePath().toStdString();
        organizer.findChild<QSpinBox *>()->setValue(7070);

        // Back to the first: what was chosen for it.
        m_document.reset(alita(), file, file);
        EXPECT_EQ(QDir::fromNativeSeparators(organizer.databasePath()), path(u"chosen.sqlite"_s));
        EXPECT_EQ(organizer.port(), 9191);
    }
    // And after a restart.
    m_organizerSettings.sync();
    OrganizePanel again(m_document, catalogue(), systemClock(), m_organizerSettings);
    EXPECT_EQ(QDir::fromNativeSeparators(again.databasePath()), path(u"chosen.sqlite"_s));
    EXPECT_EQ(again.port(), 9191);
    m_document.reset(alita(), path(u"other.chorus.json"_s), path(u"other.chorus.json"_s));
    EXPECT_TRUE(again.databasePath().endsWith(u"OtherHour.sqlite"_s));
    EXPECT_EQ(again.port(), 7070);
}

TEST_F(CheckinsPageTest, ANewCampaignKeepsItsDatabaseWhenSaved)
{
    OrganizePanel organizer(m_document, catalogue(), systemClock(), m_organizerSettings);
    organizer.setDatabasePath(path(u"mine.sqlite"_s));
    organizer.findChild<QSpinBox *>()->setValue(9292);
    ASSERT_TRUE(m_document.saveAs(path(u"saved.chorus.json"_s)));
    EXPECT_EQ(QDir::fromNativeSeparators(organizer.databasePath()), path(u"mine.sqlite"_s));
    EXPECT_EQ(organizer.port(), 9292);
    m_organizerSettings.sync();
    OrganizePanel again(m_document, catalogue(), systemClock(), m_organizerSettings);
    EXPECT_EQ(QDir::fromNativeSeparators(again.databasePath()), path(u"mine.sqlite"_s));
    EXPECT_EQ(again.port(), 9292);
}

/// A machine with loopback, a link-local IPv6, a global IPv6 and two IPv4 addresses.
QList<QHostAddress> someMachine()
{
    return {QHostAddress(u"127.0.0.1"_s),    QHostAddress(u"::1"_s),
            QHostAddress(u"fe80::1"_s),      QHostAddress(u"2001:db8::5"_s),
            QHostAddress(u"192.168.1.20"_s), QHostAddress(u"10.0.0.7"_s)};
}

TEST_F(CheckinsPageTest, AWildcardAddressShowsTheMachinesOwn)
{
    OrganizePanel organizer(m_document, catalogue(), systemClock(), m_organizerSettings);
    organizer.setAddressLister(someMachine);
    organizer.setListenAddress(u"0.0.0.0"_s, 0);
    organizer.setDatabasePath(path(u"wild.sqlite"_s));
    ASSERT_TRUE(organizer.startService()) << organizer.messageText().toStdString();
    const int port = QUrl(organizer.serviceAddress()).port();
    ASSERT_GT(port, 0);
    const QString lan = u"http://192.168.1.20:%1"_s.arg(port);
    EXPECT_EQ(organizer.serviceAddress(), lan);
    // 0.0.0.0 listens on IPv4 only: the IPv4 addresses, no loopback.
    EXPECT_EQ(organizer.joinAddresses(), (QStringList {lan, u"http://10.0.0.7:%1"_s.arg(port)}));
    EXPECT_FALSE(organizer.statusText().contains(u"0.0.0.0"_s))
        << organizer.statusText().toStdString();
    EXPECT_TRUE(organizer.statusText().contains(u"http://10.0.0.7:%1"_s.arg(port)));
    QPushButton *use = organizer.useAddressButton();
    EXPECT_TRUE(use->isVisibleTo(&organizer));
    EXPECT_TRUE(use->isEnabled());
    use->click();
    EXPECT_EQ(m_document.campaign().checkinUrl, lan);
}

TEST_F(CheckinsPageTest, TheIpv6WildcardListsIpv4First)
{
    OrganizePanel organizer(m_document, catalogue(), systemClock(), m_organizerSettings);
    organizer.setAddressLister(someMachine);
    organizer.setListenAddress(u"::"_s, 0);
    organizer.setDatabasePath(path(u"wild6.sqlite"_s));
    ASSERT_TRUE(organizer.startService()) << organizer.messageText().toStdString();
    const int port = QUrl(organizer.serviceAddress()).port();
    EXPECT_EQ(
        organizer.joinAddresses(),
        (QStringList {u"http://192.168.1.20:%1"_s.arg(port), u"http://10.0.0.7:%1"_s.arg(port),
                      u"http://[2001:db8::5]:%1"_s.arg(port)}));
    EXPECT_FALSE(organizer.statusText().contains(u"[::]"_s));
}

TEST_F(CheckinsPageTest, AWildcardWithoutANetworkCannotGoIntoTheCampaign)
{
    OrganizePanel organizer(m_document, catalogue(), systemClock(), m_organizerSettings);
    organizer.setAddressLister([] {
        return QList<QHostAddress> {QHostAddress(u"127.0.0.1"_s), QHostAddress(u"::1"_s)};
    });
    organizer.setListenAddress(u"0.0.0.0"_s, 0);
    organizer.setDatabasePath(path(u"alone.sqlite"_s));
    ASSERT_TRUE(organizer.startService()) << organizer.messageText().toStdString();
    EXPECT_TRUE(organizer.joinAddresses().isEmpty());
    EXPECT_TRUE(organizer.serviceAddress().startsWith(u"http://127.0.0.1:"_s));
    EXPECT_FALSE(organizer.statusText().contains(u"0.0.0.0"_s));
    EXPECT_TRUE(organizer.statusText().contains(u"no address that other devices can reach"_s))
        << organizer.statusText().toStdString();
    QPushButton *use = organizer.useAddressButton();
    EXPECT_TRUE(use->isVisibleTo(&organizer));
    EXPECT_FALSE(use->isEnabled());
    EXPECT_TRUE(use->toolTip().contains(u"no network address"_s)) << use->toolTip().toStdString();
    EXPECT_TRUE(m_document.campaign().checkinUrl.isEmpty());
}

TEST_F(CheckinsPageTest, AFanMaySayPostedWithoutReady)
{
    auto organizer = startOrganizer();
    TakePartPanel fan(m_document, catalogue(), systemClock(), m_fanSettings, m_network, "UTC");
    fan.setClientOptions(fastOptions());
    fan.setServiceOverride(organizer->serviceAddress());
    fan.handleEdit()->setText(u"@hasty"_s);
    QSignalSpy joined(&fan, &TakePartPanel::joined);
    fan.join();
    ASSERT_TRUE(joined.wait(waitMs)) << fan.problemText().toStdString();
    ASSERT_EQ(fan.status(), Status::Joined);
    ASSERT_TRUE(fan.postedButton()->isEnabled());
    QSignalSpy checked(&fan, &TakePartPanel::checkedIn);
    QTest::mouseClick(fan.postedButton(), Qt::LeftButton);
    ASSERT_TRUE(checked.wait(waitMs)) << fan.problemText().toStdString();
    EXPECT_EQ(fan.status(), Status::Posted);
    EXPECT_FALSE(fan.readyButton()->isEnabled());
    EXPECT_FALSE(fan.postedButton()->isEnabled());
}

TEST_F(CheckinsPageTest, NoSignupsLeaveTheAudienceAlone)
{
    auto organizer = startOrganizer();
    const QList<AudienceZone> before = m_document.campaign().audience;
    EXPECT_FALSE(useSignups(*organizer));
    EXPECT_EQ(m_document.campaign().audience, before);
    EXPECT_TRUE(organizer->messageText().startsWith(u"Nobody has joined yet"_s));
    EXPECT_EQ(m_document.undoStack()->count(), 0);
}

TEST_F(CheckinsPageTest, AFastClockIsMeasuredAndTheCountdownCorrected)
{
    // The service runs on the true clock; the fan's device is 2 minutes fast.
    auto organizer = startOrganizer();
    TakePartPanel fan(m_document, catalogue(), systemClock(2min), m_fanSettings, m_network, "UTC");
    CountdownPage countdown(catalogue(), systemClock(2min));
    QObject::connect(&fan, &TakePartPanel::clockOffsetChanged, &countdown,
                     &CountdownPage::setClockOffset);
    fan.setClientOptions(fastOptions());
    fan.setServiceOverride(organizer->serviceAddress());
    fan.show(); // on screen: the figures are polled
    ASSERT_TRUE(QTest::qWaitFor([&] { return !countdown.clockWarningText().isEmpty(); }, waitMs));
    EXPECT_EQ(countdown.clockWarningText(),
              u"Your clock is 2 minutes fast compared with the check-in service. This countdown "
              "is corrected for it; set your clock right so that other apps agree."_s);
    // Another service address: nothing to compare with, no warning.
    fan.setServiceOverride(u"http://127.0.0.1:9"_s);
    EXPECT_TRUE(countdown.clockWarningText().isEmpty());
}

TEST_F(CheckinsPageTest, TheCountdownCountsByTheServicesClock)
{
    struct
    {
        system_clock::time_point now;
    } clock {at("2027-02-14T16:59:00Z")};
    CountdownPage page(catalogue(), [&clock] { return clock.now; });
    page.setSubject({u"Alita"_s, u"#AlitaSequel"_s, at("2027-02-14T17:00:00Z"), minutes {60}, {}});
    EXPECT_EQ(page.counterText(), u"00:01:00"_s);
    // The local clock is 2 min fast: the true time is 16:57.
    page.setClockOffset(Checkin::ClockOffset {120'000ms, 600ms});
    EXPECT_EQ(page.counterText(), u"00:03:00"_s);
    EXPECT_TRUE(page.clockWarningText().startsWith(u"Your clock is 2 minutes fast"_s));
    // 45 s slow: the true time is 16:59:45.
    page.setClockOffset(Checkin::ClockOffset {-45'000ms, 600ms});
    EXPECT_EQ(page.counterText(), u"00:00:15"_s);
    EXPECT_TRUE(page.clockWarningText().startsWith(u"Your clock is 45 seconds slow"_s))
        << page.clockWarningText().toStdString();
    // Within 30 s (and the estimate's uncertainty): no warning, no correction.
    page.setClockOffset(Checkin::ClockOffset {20'000ms, 600ms});
    EXPECT_TRUE(page.clockWarningText().isEmpty());
    EXPECT_EQ(page.counterText(), u"00:01:00"_s);
    page.setClockOffset(std::nullopt);
    EXPECT_TRUE(page.clockWarningText().isEmpty());
}

TEST_F(CheckinsPageTest, TheMainWindowShowsThePageAndPassesTheClockCheckOn)
{
    MainWindow window(catalogue(), systemClock(), m_fanSettings, m_network, "Asia/Manila");
    CheckinsPage *page = window.checkinsPage();
    ASSERT_NE(page, nullptr);
    window.showPage(MainWindow::CheckinsPageIndex);
    const auto *stack = page->parentWidget();
    ASSERT_NE(stack, nullptr);
    EXPECT_EQ(static_cast<const QStackedWidget *>(stack)->currentWidget(), page);
    EXPECT_EQ(page->takePart()->zonePicker()->zone(), "Asia/Manila");
    Q_EMIT page->takePart()->clockOffsetChanged(Checkin::ClockOffset {-180'000ms, 500ms});
    EXPECT_TRUE(
        window.countdownPage()->clockWarningText().startsWith(u"Your clock is 3 minutes slow"_s))
        << window.countdownPage()->clockWarningText().toStdString();
    Q_EMIT page->takePart()->clockOffsetChanged(std::nullopt);
    EXPECT_TRUE(window.countdownPage()->clockWarningText().isEmpty());
}

TEST_F(CheckinsPageTest, ThePageHasBothHalves)
{
    CheckinsPage page(m_document, catalogue(), systemClock(), m_fanSettings, m_network,
                      "Europe/Berlin");
    ASSERT_NE(page.takePart(), nullptr);
    ASSERT_NE(page.organize(), nullptr);
    // The page's own tabs (Take part holds "Post for me" and Organize holds
    // Participants and Pulse, each with tabs of their own).
    const auto tabs = page.findChildren<QTabWidget *>(QString(), Qt::FindDirectChildrenOnly);
    ASSERT_EQ(tabs.size(), 1);
    EXPECT_EQ(tabs.front()->tabText(0), u"Take part"_s);
    EXPECT_EQ(tabs.front()->tabText(1), u"Organize"_s);
    // The default database lives in the app's data folder, named after the hashtag.
    EXPECT_TRUE(page.organize()->databasePath().endsWith(u"AlitaSequel.sqlite"_s))
        << page.organize()->databasePath().toStdString();
}

} // namespace
