// The main window: what it opens at start, how it reports a bad file, what it remembers.
#include "testutil.h"

#include "countdownpage.h"
#include "mainwindow.h"

#include "campaign/campaignfile.h"
#include "time/zonecatalogue.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

using namespace Chorus;
using namespace Chorus::Ui;
using namespace std::chrono;
using Chorus::Test::at;

namespace {

using Chorus::Test::catalogue;

class MainWindowTest : public testing::Test
{
protected:
    std::unique_ptr<MainWindow> makeWindow(const QByteArray &systemZone = "America/Sao_Paulo")
    {
        return std::make_unique<MainWindow>(
            catalogue(), [] { return system_clock::time_point(at("2026-11-21T12:00:00Z")); },
            settings, network, systemZone);
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("chorus.ini")), QSettings::IniFormat};
    QNetworkAccessManager network;
};

const QByteArray goodCampaign = R"({"format":"chorus-campaign","version":1,
  "title":"Test hour","hashtag":"#TestHour","start":"2027-02-14T17:00:00Z","duration_minutes":60})";

TEST_F(MainWindowTest, FirstStartShowsTheSampleInTheFuture)
{
    auto window = makeWindow();
    window->openAtStart({});
    EXPECT_EQ(window->campaign().hashtag, QStringLiteral("#AlitaSequel"));
    EXPECT_GT(window->campaign().start, at("2026-11-21T12:00:00Z"));
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("Chorus")));
    EXPECT_TRUE(window->problem().isEmpty());
}

TEST_F(MainWindowTest, OpensTheFileGivenAndRemembersIt)
{
    const QString path = writeFile(QStringLiteral("test.chorus.json"), goodCampaign);
    {
        auto window = makeWindow();
        window->openAtStart(path);
        EXPECT_EQ(window->windowTitle(), QStringLiteral("Test hour[*] — Chorus"));
        EXPECT_FALSE(window->isWindowModified());
        EXPECT_EQ(window->campaignSource(), QFileInfo(path).absoluteFilePath());
    }
    auto again = makeWindow();
    again->openAtStart({});
    EXPECT_EQ(again->campaign().hashtag, QStringLiteral("#TestHour"));
}

TEST_F(MainWindowTest, ACorruptFileIsExplainedAndLeftUntouched)
{
    QByteArray corrupt = goodCampaign;
    corrupt.replace("2027-02-14T17:00:00Z", "2027-02-30T17:00:00Z");
    const QString path = writeFile(QStringLiteral("broken.chorus.json"), corrupt);
    const QDateTime modified = QFileInfo(path).lastModified();

    auto window = makeWindow();
    window->openAtStart({});
    const Campaign before = window->campaign();
    window->openLocation(path);
    // Nothing half-way: the campaign shown is still the previous one.
    EXPECT_EQ(window->campaign(), before);
    EXPECT_TRUE(window->problem().contains(QStringLiteral("broken.chorus.json")))
        << window->problem().toStdString();
    EXPECT_TRUE(window->problem().contains(QStringLiteral("start")));
    EXPECT_TRUE(window->problem().contains(QStringLiteral("2027-02-30T17:00:00Z")));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), corrupt);
    EXPECT_EQ(QFileInfo(path).lastModified(), modified);

    // Opening a good file clears the problem.
    window->openLocation(writeFile(QStringLiteral("good.chorus.json"), goodCampaign));
    EXPECT_TRUE(window->problem().isEmpty());
}

TEST_F(MainWindowTest, ALastCampaignThatVanishedFallsBackToTheSample)
{
    settings.setValue(QStringLiteral("campaign/last"), dir.filePath(QStringLiteral("gone.chorus.json")));
    auto window = makeWindow();
    window->openAtStart({});
    EXPECT_EQ(window->campaign().hashtag, QStringLiteral("#AlitaSequel"));
    EXPECT_TRUE(window->problem().contains(QStringLiteral("gone.chorus.json")))
        << window->problem().toStdString();
}

// Issue 13: a bad file on the command line at the very first start showed an
// empty campaign that "started" on 31 December 1969 and had "Ended".
TEST_F(MainWindowTest, ABadFileOnTheCommandLineAtFirstStartShowsTheBannerOverTheSample)
{
    QByteArray corrupt = goodCampaign;
    corrupt.replace("2027-02-14T17:00:00Z", "2027-02-30T17:00:00Z");
    const QString broken = writeFile(QStringLiteral("broken.chorus.json"), corrupt);
    for (const QString &path : {broken, dir.filePath(QStringLiteral("missing.chorus.json"))}) {
        auto window = makeWindow();
        window->openAtStart(path);
        EXPECT_EQ(window->campaign().hashtag, QStringLiteral("#AlitaSequel")) << path.toStdString();
        EXPECT_GT(window->campaign().start, at("2026-11-21T12:00:00Z"));
        EXPECT_NE(window->countdownPage()->counterText(), QStringLiteral("Ended"));
        EXPECT_FALSE(window->countdownPage()->startText().contains(QStringLiteral("1969")));
        EXPECT_FALSE(window->countdownPage()->startText().contains(QStringLiteral("1970")));
        const QString name = QFileInfo(path).fileName();
        EXPECT_TRUE(window->problem().contains(name)) << window->problem().toStdString();
        EXPECT_TRUE(window->problem().contains(QStringLiteral("so the sample is shown")))
            << window->problem().toStdString();
    }
    // The broken file's own problem is named, field and value.
    auto window = makeWindow();
    window->openAtStart(broken);
    EXPECT_TRUE(window->problem().contains(QStringLiteral("2027-02-30T17:00:00Z")))
        << window->problem().toStdString();
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), corrupt);
}

TEST_F(MainWindowTest, ABadFileOnTheCommandLineLeavesTheLastCampaignForTheNextStart)
{
    const QString good = writeFile(QStringLiteral("test.chorus.json"), goodCampaign);
    makeWindow()->openAtStart(good);
    {
        auto window = makeWindow();
        window->openAtStart(dir.filePath(QStringLiteral("missing.chorus.json")));
        EXPECT_EQ(window->campaign().hashtag, QStringLiteral("#AlitaSequel"));
        EXPECT_FALSE(window->problem().isEmpty());
    }
    auto again = makeWindow();
    again->openAtStart({});
    EXPECT_EQ(again->campaign().hashtag, QStringLiteral("#TestHour"));
    EXPECT_TRUE(again->problem().isEmpty());
}

TEST_F(MainWindowTest, RemembersTheViewersZone)
{
    {
        auto window = makeWindow();
        EXPECT_EQ(window->countdownPage()->viewerZone(), QByteArray("America/Sao_Paulo"));
        Q_EMIT window->countdownPage()->viewerZoneChanged("Asia/Manila");
    }
    auto again = makeWindow();
    EXPECT_EQ(again->countdownPage()->viewerZone(), QByteArray("Asia/Manila"));
}

} // namespace
