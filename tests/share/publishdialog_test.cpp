// The GUI's way to the published files: the Publish dialog shows what core
// computes and saves it atomically.
#include "sharetest.h"
#include "testutil.h"

#include "publishdialog.h"
#include "share/icalendar.h"
#include "time/zonecatalogue.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Chorus;
using namespace Chorus::Test;

TEST(PublishDialog, ShowsTheAnnouncementAndSavesCardCalendarAndPage)
{
    const Time::ZoneCatalogue catalogue = Time::ZoneCatalogue::system();
    const auto clock = [] {
        return std::chrono::system_clock::time_point(pinnedNow());
    };
    Ui::PublishDialog dialog(sampleEvent(), catalogue, clock);
    EXPECT_TRUE(dialog.announcement().contains(u"Sun 14 Feb: Los Angeles 09:00, New York 12:00"_s))
        << dialog.announcement().toStdString();
    EXPECT_TRUE(dialog.announcement().contains(u"Discord: <t:1802624400:F> (<t:1802624400:R>)"_s));
    EXPECT_EQ(dialog.card().size(), QSize(1200, 675));

    QTemporaryDir dir;
    ASSERT_TRUE(dialog.saveCard(dir.filePath(u"card.png"_s)).has_value());
    EXPECT_EQ(QImage(dir.filePath(u"card.png"_s)).size(), QSize(1200, 675));
    ASSERT_TRUE(dialog.saveCalendar(dir.filePath(u"a.ics"_s)).has_value());
    QFile ics(dir.filePath(u"a.ics"_s));
    ASSERT_TRUE(ics.open(QIODevice::ReadOnly));
    const QByteArray calendar = ics.readAll();
    EXPECT_EQ(calendar, Share::icalendar(sampleEvent(), pinnedNow()));
    ASSERT_TRUE(dialog.savePage(dir.filePath(u"a.html"_s)).has_value());
    QFile page(dir.filePath(u"a.html"_s));
    ASSERT_TRUE(page.open(QIODevice::ReadOnly));
    EXPECT_TRUE(page.readAll().contains("id=\"local-start\""));
    const auto failed = dialog.saveCard(u"/nonexistent-dir/card.png"_s);
    ASSERT_FALSE(failed.has_value());
    EXPECT_TRUE(failed.error().text().contains(u"/nonexistent-dir/card.png"_s));
}
