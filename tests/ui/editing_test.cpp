// Editing a campaign: undo, the unsaved-changes question, saving, the audience
// model, DST-safe start entry, and the Plan page's suggestions and pre-flight.
#include "testutil.h"

#include "audiencemodel.h"
#include "campaigndocument.h"
#include "detailsform.h"
#include "mainwindow.h"
#include "planpage.h"
#include "timelineview.h"

#include "campaign/campaignfile.h"
#include "time/zonecatalogue.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Chorus;
using namespace Chorus::Ui;
using namespace std::chrono;
using Chorus::Test::at;

namespace {

using Chorus::Test::catalogue;

Campaign testCampaign()
{
    Campaign campaign;
    campaign.title = QStringLiteral("Test hour");
    campaign.hashtag = QStringLiteral("#TestHour");
    campaign.start = at("2027-03-27T17:00:00Z");
    campaign.duration = minutes{60};
    campaign.audience = {{"America/New_York", 30, {}}, {"Europe/Berlin", 20, {}},
                         {"Asia/Manila", 25, {}}, {"Australia/Sydney", 5, {}}};
    return campaign;
}

Time::Clock fixedClock()
{
    return [] { return system_clock::time_point(at("2027-03-01T12:00:00Z")); };
}

TEST(CampaignDocument, EditsAreUndoableAndMarkTheDocumentModified)
{
    CampaignDocument document;
    document.reset(testCampaign(), {}, {});
    EXPECT_FALSE(document.isModified());
    document.edit(QStringLiteral("Change title"), [](Campaign &c) { c.title = QStringLiteral("Other"); });
    EXPECT_TRUE(document.isModified());
    EXPECT_EQ(document.campaign().title, QStringLiteral("Other"));
    document.undoStack()->undo();
    EXPECT_EQ(document.campaign().title, QStringLiteral("Test hour"));
    EXPECT_FALSE(document.isModified());
    document.undoStack()->redo();
    EXPECT_EQ(document.campaign().title, QStringLiteral("Other"));

    // An edit that changes nothing is not recorded; merged edits are one step.
    const int steps = document.undoStack()->count();
    document.edit(QStringLiteral("Nothing"), [](Campaign &) {});
    EXPECT_EQ(document.undoStack()->count(), steps);
    for (int i = 1; i <= 5; ++i)
        document.edit(QStringLiteral("Move start"), [i](Campaign &c) { c.start += minutes{15 * i}; }, 1);
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    document.undoStack()->undo();
    EXPECT_EQ(document.campaign().start, at("2027-03-27T17:00:00Z"));
}

TEST(AudienceModel, PassesTheModelTesterAndEditsThroughTheDocument)
{
    CampaignDocument document;
    document.reset(testCampaign(), {}, {});
    AudienceModel model(document, catalogue());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.data(model.index(2, AudienceModel::City), Qt::DisplayRole).toString(),
              QStringLiteral("Manila"));
    EXPECT_DOUBLE_EQ(model.data(model.index(0, AudienceModel::Share), AudienceModel::RawValueRole).toDouble(),
                     30.0 / 80.0);
    EXPECT_TRUE(model.data(model.index(2, AudienceModel::LocalStart), Qt::DisplayRole)
                    .toString().contains(QStringLiteral("Sun 28 Mar")));

    EXPECT_TRUE(model.setData(model.index(1, AudienceModel::Weight), 40.0, Qt::EditRole));
    EXPECT_EQ(document.campaign().audience[1].weight, 40.0);
    EXPECT_FALSE(model.setData(model.index(1, AudienceModel::Weight), -3.0, Qt::EditRole));
    EXPECT_FALSE(model.setData(model.index(1, AudienceModel::City), QStringLiteral("x"), Qt::EditRole));

    EXPECT_TRUE(model.addZone("Asia/Calcutta", 12)); // an alias lands as its zone
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(document.campaign().audience[4].zone, QByteArray("Asia/Kolkata"));
    EXPECT_TRUE(model.addZone("Asia/Kolkata", 3)); // adding again adds weight
    EXPECT_EQ(document.campaign().audience[4].weight, 15.0);
    EXPECT_FALSE(model.addZone("Mars/Base", 1));

    model.removeZones({0, 2});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(document.campaign().audience[0].zone, QByteArray("Europe/Berlin"));
    document.undoStack()->undo();
    EXPECT_EQ(model.rowCount(), 5);
}

class DetailsFormTest : public testing::Test
{
protected:
    void SetUp() override { document.reset(testCampaign(), {}, {}); }
    CampaignDocument document;
};

TEST_F(DetailsFormTest, AStartInADstGapIsExplainedNotShifted)
{
    DetailsForm form(document, catalogue());
    form.setInputZone("Europe/Berlin");
    form.enterStart(local_days{year{2027} / 3 / 28} + hours{2} + minutes{30});
    EXPECT_EQ(document.campaign().start, at("2027-03-27T17:00:00Z")); // unchanged
    EXPECT_TRUE(form.startProblem().contains(QStringLiteral("does not exist in Berlin")))
        << form.startProblem().toStdString();
    EXPECT_TRUE(form.startProblem().contains(QStringLiteral("from 02:00 to 03:00")));
    form.chooseStart(true); // the moment the clocks change
    EXPECT_EQ(document.campaign().start, at("2027-03-28T01:00:00Z"));
    EXPECT_TRUE(form.startProblem().isEmpty());
}

TEST_F(DetailsFormTest, AStartInAnOverlapOffersBothInstants)
{
    DetailsForm form(document, catalogue());
    form.setInputZone("Europe/Berlin");
    form.enterStart(local_days{year{2027} / 10 / 31} + hours{2} + minutes{30});
    EXPECT_TRUE(form.startProblem().contains(QStringLiteral("happens twice")));
    form.chooseStart(false);
    EXPECT_EQ(document.campaign().start, at("2027-10-31T00:30:00Z"));
}

TEST_F(DetailsFormTest, AnOrdinaryStartIsTakenInTheChosenZone)
{
    DetailsForm form(document, catalogue());
    form.setInputZone("Asia/Kathmandu");
    form.enterStart(local_days{year{2027} / 2 / 14} + hours{22} + minutes{45});
    EXPECT_EQ(document.campaign().start, at("2027-02-14T17:00:00Z"));
    EXPECT_TRUE(form.startProblem().isEmpty());
    document.undoStack()->undo();
    EXPECT_EQ(document.campaign().start, at("2027-03-27T17:00:00Z"));
}

TEST(PlanPage, SuggestionsComeFromTheWorkerAndMoveTheBand)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CampaignDocument document;
    document.reset(testCampaign(), {}, {});
    PlanPage page(document, catalogue(), fixedClock());
    QSignalSpy shown(&page, &PlanPage::suggestionsShown);
    ASSERT_TRUE(shown.wait(10000));
    const QStringList suggestions = page.suggestionTexts();
    ASSERT_FALSE(suggestions.isEmpty());
    EXPECT_TRUE(suggestions.first().contains(QStringLiteral("reaches"))) << suggestions.first().toStdString();
    EXPECT_FALSE(page.secondWaveText().isEmpty());
    EXPECT_TRUE(page.currentStartText().contains(QStringLiteral("Sat 27 Mar 17:00 UTC, reaches")))
        << page.currentStartText().toStdString();

    // The pre-flight report (now is 1 March) sees New York change its clocks
    // on 14 March, before the start on 27 March.
    const QString preflight = page.preflightTexts().join(u'\n');
    EXPECT_TRUE(preflight.contains(QStringLiteral("New York moves from -05:00 to -04:00")))
        << preflight.toStdString();

    // Choosing a suggestion moves the start (one undo step) and the band.
    page.applySuggestion(0);
    EXPECT_NE(document.campaign().start, at("2027-03-27T17:00:00Z"));
    EXPECT_EQ(page.timeline()->bandStart(), document.campaign().start);
    document.undoStack()->undo();
    EXPECT_EQ(page.timeline()->bandStart(), at("2027-03-27T17:00:00Z"));
    QLocale::setDefault(QLocale::c());
}

TEST(PlanPage, OnlyEditsThatChangeTheRankingRankAgain)
{
    // Typing a title or a template must not keep a core busy re-ranking a
    // year; the audience, the start or the duration do rank again.
    CampaignDocument document;
    document.reset(testCampaign(), {}, {});
    PlanPage page(document, catalogue(), fixedClock());
    QSignalSpy shown(&page, &PlanPage::suggestionsShown);
    ASSERT_TRUE(shown.wait(10000));
    shown.clear();

    document.edit(QStringLiteral("Change title"), [](Campaign &c) { c.title = QStringLiteral("Another"); });
    document.edit(QStringLiteral("Add template"), [](Campaign &c) {
        c.templates.push_back({QStringLiteral("main"), QStringLiteral("Now! {hashtag}"), {QStringLiteral("x")}});
    });
    EXPECT_FALSE(shown.wait(800)); // the ranking delay is 250 ms
    EXPECT_FALSE(page.isRanking());

    document.edit(QStringLiteral("Change duration"),
                  [](Campaign &c) { c.duration = std::chrono::minutes(90); });
    EXPECT_TRUE(shown.wait(10000));
}

TEST(PlanPage, DraggingTheBandIsOneUndoStep)
{
    CampaignDocument document;
    document.reset(testCampaign(), {}, {});
    PlanPage page(document, catalogue(), fixedClock());
    page.resize(1200, 800);
    TimelineView *timeline = page.timeline();
    QSignalSpy moved(timeline, &TimelineView::bandMoved);
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Right);
    QTest::keyClick(timeline, Qt::Key_Right);
    EXPECT_EQ(document.campaign().start, at("2027-03-27T17:30:00Z"));
    EXPECT_EQ(document.undoStack()->count(), 1); // merged
    document.undoStack()->undo();
    EXPECT_EQ(document.campaign().start, at("2027-03-27T17:00:00Z"));
}

class MainWindowEditing : public testing::Test
{
protected:
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(catalogue(), fixedClock(), settings, network,
                                                   "Europe/Berlin");
        window->setSaveQuestion([this](const QString &) {
            ++questions;
            return answer;
        });
        return window;
    }
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("chorus.ini")), QSettings::IniFormat};
    QNetworkAccessManager network;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    int questions = 0;
};

TEST_F(MainWindowEditing, UnsavedWorkIsNeverLostWithoutAsking)
{
    auto window = makeWindow();
    window->openAtStart({});
    const QString path = dir.filePath(QStringLiteral("mine.chorus.json"));
    ASSERT_TRUE(window->saveTo(path));
    EXPECT_FALSE(window->isWindowModified());

    window->document()->edit(QStringLiteral("Change title"),
                             [](Campaign &c) { c.title = QStringLiteral("Renamed"); });
    EXPECT_TRUE(window->isWindowModified());
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("Renamed[*]")));

    // Cancel keeps everything.
    window->newCampaign();
    EXPECT_EQ(questions, 1);
    EXPECT_EQ(window->campaign().title, QStringLiteral("Renamed"));

    // Save writes the file, then the new campaign comes.
    answer = QMessageBox::Save;
    window->newCampaign();
    EXPECT_EQ(questions, 2);
    EXPECT_EQ(window->campaign().title, QStringLiteral("New campaign"));
    const auto saved = loadCampaign(path, catalogue());
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->title, QStringLiteral("Renamed"));
    EXPECT_EQ(window->recentFiles().value(0), path);

    // Discard drops the change; closing an unmodified window asks nothing.
    window->document()->edit(QStringLiteral("Change title"),
                             [](Campaign &c) { c.title = QStringLiteral("Dropped"); });
    answer = QMessageBox::Discard;
    window->openLocation(path);
    EXPECT_EQ(questions, 3);
    EXPECT_EQ(window->campaign().title, QStringLiteral("Renamed"));
    EXPECT_TRUE(window->close());
    EXPECT_EQ(questions, 3);
}

TEST_F(MainWindowEditing, SaveFailureIsReportedAndKeepsTheChanges)
{
    auto window = makeWindow();
    window->openAtStart({});
    window->document()->edit(QStringLiteral("Change title"),
                             [](Campaign &c) { c.title = QStringLiteral("Kept"); });
    EXPECT_FALSE(window->saveTo(dir.filePath(QStringLiteral("no/such/dir/x.chorus.json"))));
    EXPECT_FALSE(window->problem().isEmpty());
    EXPECT_TRUE(window->isWindowModified());
}

} // namespace
