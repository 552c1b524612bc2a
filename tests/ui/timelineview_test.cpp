// The Plan timeline: dragging snaps to 15 minutes, keys move the band, rows describe themselves.
#include "testutil.h"

#include "timelineview.h"

#include "time/zonecatalogue.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Chorus;
using namespace Chorus::Ui;
using namespace std::chrono;
using Chorus::Test::at;

namespace {

using Chorus::Test::catalogue;

class TimelineViewTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        view.setGrid(Time::buildDayGrid(catalogue(),
                                        {"America/Los_Angeles", "Europe/Berlin", "Asia/Manila",
                                         "Asia/Kolkata"},
                                        at("2019-12-05T00:00:00Z"), 48));
        view.setBand(at("2019-12-05T17:00:00Z"), minutes{60});
        view.resize(1200, 200);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    TimelineView view;
};

TEST_F(TimelineViewTest, DraggingSnapsToFifteenMinutesAndCommitsOnRelease)
{
    QSignalSpy dragged(&view, &TimelineView::bandDragged);
    QSignalSpy moved(&view, &TimelineView::bandMoved);
    const int y = view.height() - 10;
    // Grab the band 30 minutes into it, drop it 78 minutes later: the start
    // moves from 17:00 to 18:18, which snaps to 18:15.
    const QPoint grab(int(view.xForInstant(at("2019-12-05T17:30:00Z"))), y);
    const QPointF drop(view.xForInstant(at("2019-12-05T18:48:00Z")), y);
    QTest::mousePress(&view, Qt::LeftButton, {}, grab);
    QMouseEvent move(QEvent::MouseMove, drop, view.mapToGlobal(drop), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&view, &move);
    EXPECT_EQ(dragged.count(), 1);
    EXPECT_EQ(moved.count(), 0); // nothing is committed while dragging
    EXPECT_EQ(view.bandStart(), at("2019-12-05T18:15:00Z"));
    QTest::mouseRelease(&view, Qt::LeftButton, {}, drop.toPoint());
    ASSERT_EQ(moved.count(), 1);
    EXPECT_EQ(moved.first().first().value<Time::Instant>(), at("2019-12-05T18:15:00Z"));
}

TEST_F(TimelineViewTest, ClickingElsewhereCentresTheBand)
{
    QSignalSpy moved(&view, &TimelineView::bandMoved);
    const QPoint click(int(view.xForInstant(at("2019-12-06T06:00:00Z"))), view.height() - 10);
    QTest::mouseClick(&view, Qt::LeftButton, {}, click);
    EXPECT_EQ(view.bandStart(), at("2019-12-06T05:30:00Z"));
    EXPECT_EQ(moved.count(), 1);
}

TEST_F(TimelineViewTest, ArrowKeysMoveByFifteenMinutesShiftByAnHour)
{
    QSignalSpy moved(&view, &TimelineView::bandMoved);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Right);
    EXPECT_EQ(view.bandStart(), at("2019-12-05T17:15:00Z"));
    QTest::keyClick(&view, Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_EQ(view.bandStart(), at("2019-12-05T16:15:00Z"));
    EXPECT_EQ(moved.count(), 2);
}

TEST_F(TimelineViewTest, TheBandStaysInsideTheGrid)
{
    view.setBand(at("2019-12-06T22:45:00Z"), minutes{60});
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Right);
    EXPECT_EQ(view.bandStart(), at("2019-12-06T23:00:00Z")); // 48 h grid ends at 7 Dec 00:00
    view.setBand(at("2019-12-05T00:15:00Z"), minutes{60});
    QTest::keyClick(&view, Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_EQ(view.bandStart(), at("2019-12-05T00:00:00Z"));
}

TEST_F(TimelineViewTest, RowsDescribeTheLocalWindow)
{
    EXPECT_EQ(view.describeRow(2), QStringLiteral("Manila: Fri 6 Dec 01:00–02:00 (+08:00)"));
    EXPECT_EQ(view.describeRow(3), QStringLiteral("Kolkata: Thu 5 Dec 22:30–23:30 (+05:30)"));
    EXPECT_TRUE(view.describeRow(9).isEmpty());
}

TEST_F(TimelineViewTest, RowsReadForScreenReadersWithTheStandingsOfTheirGrid)
{
    using Plan::Standing;
    EXPECT_EQ(view.accessibleRowText(2), QStringLiteral("Manila, 01:00 to 02:00"));
    view.setStandings(
        {Standing::Comfortable, Standing::Comfortable, Standing::Asleep, Standing::OutOfHours});
    EXPECT_EQ(view.accessibleRowText(2), QStringLiteral("Manila, 01:00 to 02:00, asleep"));
    EXPECT_EQ(view.accessibleRowText(3), QStringLiteral("Kolkata, 22:30 to 23:30, out of hours"));
    EXPECT_TRUE(view.accessibleRowText(4).isEmpty());
    // A new grid's rows may be other zones: the old standings are not theirs.
    view.setGrid(Time::buildDayGrid(catalogue(), {"Asia/Kolkata", "Asia/Manila"},
                                    at("2019-12-05T00:00:00Z"), 48));
    EXPECT_TRUE(view.standings().empty());
    EXPECT_EQ(view.accessibleRowText(1), QStringLiteral("Manila, 01:00 to 02:00"));
}

TEST_F(TimelineViewTest, PaintsWithoutATimeZoneInSight)
{
    // Grab twice (cache cold, then warm) and check the day parts are visible:
    // the Manila row at 17:00Z is night (01:00), the Los Angeles row day (09:00).
    const QImage image = view.grab().toImage();
    EXPECT_EQ(image.size(), view.size() * view.devicePixelRatioF());
    const QImage again = view.grab().toImage();
    EXPECT_EQ(image, again);
}

} // namespace
