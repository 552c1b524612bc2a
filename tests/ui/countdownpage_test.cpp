// The countdown page under an injected clock (offscreen).
#include "testutil.h"

#include "countdownpage.h"
#include "translations.h"
#include "mainwindow.h"
#include "zonepicker.h"

#include "time/zonecatalogue.h"

#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Chorus;
using namespace Chorus::Ui;
using namespace std::chrono;
using Chorus::Test::at;

namespace {

using Chorus::Test::catalogue;

// A clock the test moves by hand.
struct ManualClock
{
    system_clock::time_point now;
    Time::Clock function()
    {
        return [this] { return now; };
    }
};

CountdownSubject alita()
{
    return {QStringLiteral("Alita: Battle Angel — the sequel hour"), QStringLiteral("#AlitaSequel"),
            at("2019-12-05T17:00:00Z"), minutes{60}, {}};
}

class CountdownPageTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        static const bool installed = Ui::installTranslations(*QCoreApplication::instance(), QLocale());
        EXPECT_TRUE(installed);
    }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }
};

TEST_F(CountdownPageTest, CountsDownToTheStart)
{
    ManualClock clock{at("2019-12-02T12:54:54Z")};
    CountdownPage page(catalogue(), clock.function());
    page.setSubject(alita());
    EXPECT_EQ(page.counterText(), QStringLiteral("3 days  04:05:06"));
    EXPECT_EQ(page.phaseText(), QStringLiteral("until the start"));

    clock.now = at("2019-12-05T16:59:59Z");
    page.setSubject(alita());
    EXPECT_EQ(page.counterText(), QStringLiteral("00:00:01"));
}

TEST_F(CountdownPageTest, LiveAndEnded)
{
    ManualClock clock{at("2019-12-05T17:00:00Z")};
    CountdownPage page(catalogue(), clock.function());
    page.setSubject(alita());
    EXPECT_EQ(page.counterText(), QStringLiteral("Live now"));
    EXPECT_TRUE(page.phaseText().contains(QStringLiteral("60 minutes left")))
        << page.phaseText().toStdString();

    clock.now = at("2019-12-05T17:59:30Z");
    page.setSubject(alita());
    EXPECT_TRUE(page.phaseText().contains(QStringLiteral("1 minute left")))
        << page.phaseText().toStdString();

    clock.now = at("2019-12-05T18:00:00Z");
    page.setSubject(alita());
    EXPECT_EQ(page.counterText(), QStringLiteral("Ended"));
}

TEST_F(CountdownPageTest, StartInTheViewersZone)
{
    ManualClock clock{at("2019-12-01T00:00:00Z")};
    CountdownPage page(catalogue(), clock.function());
    page.setSubject(alita());
    page.setViewerZone("Europe/Berlin");
    EXPECT_TRUE(page.startText().contains(QStringLiteral("Thursday 5 December 2019 at 18:00")))
        << page.startText().toStdString();
    EXPECT_TRUE(page.startText().contains(QStringLiteral("(Berlin)")));

    // Manila is already on Friday; the end is on the same local day.
    page.setViewerZone("Asia/Manila");
    EXPECT_TRUE(page.startText().contains(QStringLiteral("Friday 6 December 2019 at 01:00")))
        << page.startText().toStdString();
    EXPECT_TRUE(page.startText().contains(QStringLiteral("Ends at 02:00")));

    // An end on the next local day says which day.
    page.setViewerZone("Asia/Tokyo");
    page.setSubject({alita().title, alita().hashtag, at("2019-12-05T14:30:00Z"), minutes{60}, {}});
    EXPECT_TRUE(page.startText().contains(QStringLiteral("Ends Friday 6 December at 00:30")))
        << page.startText().toStdString();

    // A machine set to a non-geographic zone reads it as people write it.
    page.setViewerZone("Etc/UTC");
    EXPECT_TRUE(page.startText().contains(QStringLiteral("your time (UTC)")))
        << page.startText().toStdString();
}

TEST_F(CountdownPageTest, TicksOnTheSecond)
{
    // The real timer, driven by a clock that the test advances. The counter
    // rounds up: 2.01 s before the start it reads 3, at 2 s it reads 2.
    ManualClock clock{at("2019-12-05T16:59:58Z") - milliseconds{10}};
    CountdownPage page(catalogue(), clock.function());
    page.setSubject(alita());
    EXPECT_EQ(page.counterText(), QStringLiteral("00:00:03"));
    clock.now += milliseconds{20};
    QTRY_COMPARE_WITH_TIMEOUT(page.counterText(), QStringLiteral("00:00:02"), 2000);
    clock.now += milliseconds{1000};
    QTRY_COMPARE_WITH_TIMEOUT(page.counterText(), QStringLiteral("00:00:01"), 2000);
}

TEST_F(CountdownPageTest, PickingAZoneIsAnnounced)
{
    ManualClock clock{at("2019-12-01T00:00:00Z")};
    CountdownPage page(catalogue(), clock.function());
    page.setSubject(alita());
    QSignalSpy spy(&page, &CountdownPage::viewerZoneChanged);
    auto *picker = page.findChild<ZonePicker *>();
    ASSERT_NE(picker, nullptr);
    picker->setEditText(QStringLiteral("kolkata"));
    picker->lineEdit()->editingFinished();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.first().first().toByteArray(), QByteArray("Asia/Kolkata"));
}

} // namespace

namespace {

TEST_F(CountdownPageTest, SpokenDurations)
{
    EXPECT_EQ(CountdownPage::spokenDuration(minutes{1440}), QStringLiteral("1 day"));
    EXPECT_EQ(CountdownPage::spokenDuration(minutes{90}), QStringLiteral("1 hour 30 minutes"));
    EXPECT_EQ(CountdownPage::spokenDuration(minutes{1}), QStringLiteral("1 minute"));
    EXPECT_EQ(CountdownPage::spokenDuration(minutes{0}), QStringLiteral("0 minutes"));
    EXPECT_EQ(CountdownPage::spokenDuration(minutes{2 * 1440 + 60}), QStringLiteral("2 days 1 hour"));
}

TEST_F(CountdownPageTest, AnnouncesRemindersAndTheStartAsTheyPass)
{
    ManualClock clock{at("2019-12-05T16:49:58Z")};
    CountdownPage page(catalogue(), clock.function());
    QSignalSpy reminders(&page, &CountdownPage::reminderDue);
    QSignalSpy started(&page, &CountdownPage::started);
    CountdownSubject subject = alita();
    subject.reminders = {minutes{1440}, minutes{60}, minutes{10}};
    page.setSubject(subject);
    page.setViewerZone("Europe/Berlin");
    // Opening late announces nothing old; the 10-minute reminder is next.
    EXPECT_EQ(reminders.count(), 0);
    EXPECT_TRUE(page.nextReminderText().contains(QStringLiteral("10 minutes before the start")))
        << page.nextReminderText().toStdString();

    clock.now = at("2019-12-05T16:50:00Z");
    QTRY_COMPARE_WITH_TIMEOUT(reminders.count(), 1, 3000);
    EXPECT_EQ(reminders.first().first().value<minutes>(), minutes{10});
    EXPECT_EQ(started.count(), 0);

    clock.now = at("2019-12-05T17:00:01Z");
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 3000);
    EXPECT_EQ(reminders.count(), 1);
    EXPECT_TRUE(page.nextReminderText().isEmpty());
}

} // namespace

#include "localeformat.h"

namespace {

TEST(LocaleFormat, TimesWithoutSecondsInEveryLocale)
{
    const QTime time(18, 5, 30);
    EXPECT_EQ(Ui::shortTime(time, QLocale::c()), QStringLiteral("18:05"));
    EXPECT_EQ(Ui::shortTime(time, QLocale(QLocale::English, QLocale::UnitedKingdom)), QStringLiteral("18:05"));
    // The United States writes a 12-hour clock.
    EXPECT_TRUE(Ui::shortTime(time, QLocale(QLocale::English, QLocale::UnitedStates)).startsWith(QStringLiteral("6:05")));
}

} // namespace
