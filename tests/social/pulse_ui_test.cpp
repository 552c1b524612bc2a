// Check-ins › Organize › Pulse, offscreen: the chart's geometry (bars per
// platform, the check-in line, the campaign's hour shaded), the figures,
// the report (PNG and CSV) after the hour, the palette, and a live run on
// its own thread against the Mastodon test server and the organizer's own
// check-in database.
#include "pulsesupport.h"

#include "campaigndocument.h"
#include "organizepanel.h"
#include "pulsechart.h"
#include "pulsepanel.h"

#include "checkin/sqlitestore.h"
#include "checkin/token.h"
#include "social/pulse.h"

#include "testutil.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Chorus;
using namespace Chorus::Ui;
using namespace Qt::StringLiterals;
using namespace std::chrono;
using Chorus::Test::at;

namespace {

Campaign alita()
{
    Campaign campaign;
    campaign.title = u"Alita: Battle Angel — the sequel hour"_s;
    campaign.hashtag = u"#AlitaSequel"_s;
    campaign.start = at("2027-02-14T17:00:00Z");
    campaign.duration = minutes {60};
    return campaign;
}

qint64 minuteOf(const char *iso)
{
    return at(iso).time_since_epoch().count() / 60;
}

Time::Clock fixedClock(const char *iso)
{
    const auto when = std::chrono::system_clock::time_point(at(iso).time_since_epoch());
    return [when] {
        return when;
    };
}

/// 90 minutes (the hour and a quarter hour either side): 12,345 posts in the
/// hour, the peak of 1,020 at 17:03, a few outside the hour.
QList<Social::PulseMinute> recordedPulse(const Checkin::MinuteRange &range)
{
    QList<Social::PulseMinute> minutes;
    const qint64 start = minuteOf("2027-02-14T17:00:00Z");
    qint64 inHour = 0;
    for (qint64 minute = range.from; minute < range.to; ++minute) {
        Social::PulseMinute row {minute, 0, 0, 0};
        if (minute >= start && minute < start + 60) {
            row.mastodon = 80;
            row.bluesky = 110 + (minute - start) % 3;
            row.checkinsPosted = 20 + (minute - start) % 5;
        } else {
            row.mastodon = 3;
        }
        minutes.append(row);
    }
    // The peak, and the remainder that makes the hour's total 12,345.
    Social::PulseMinute &peak = minutes[15 + 3];
    peak.mastodon = 400;
    peak.bluesky = 620;
    for (qsizetype i = 15; i < 75; ++i)
        inHour += minutes[i].posts();
    minutes[15 + 30].bluesky += 12345 - inHour;
    return minutes;
}

class PulseUi : public testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_document.reset(alita(), QString(), QString());
    }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    CampaignDocument m_document;
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(PulseUi, ChartStacksPlatformsDrawsCheckinsAsALineAndShadesTheHour)
{
    PulsePanel panel(m_document, fixedClock("2027-02-14T17:04:20Z"));
    panel.resize(900, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    const Checkin::MinuteRange range = panel.range();
    EXPECT_EQ(range.from, minuteOf("2027-02-14T16:45:00Z"));
    EXPECT_EQ(range.to, minuteOf("2027-02-14T18:15:00Z"));
    const auto minutes = recordedPulse(range);
    panel.showPulse(minutes, {true, true, true}, {}, true);

    PulseChart *chart = panel.chart();
    EXPECT_EQ(chart->scaleMaximum(), 1020);
    // The hour is the 60 minutes after the first 15 of 90.
    const QRectF hour = chart->hourRect();
    ASSERT_FALSE(hour.isEmpty());
    const QList<QPointF> &line = chart->checkinLine();
    ASSERT_EQ(line.size(), 90);
    const double slot = (line[1].x() - line[0].x());
    EXPECT_NEAR(hour.width(), slot * 60, 0.01);
    EXPECT_NEAR(hour.left(), line[15].x() - slot / 2, 0.01);
    // Check-ins outside the hour are zero: the line lies on the axis there.
    EXPECT_DOUBLE_EQ(line[0].y(), line[89].y());
    EXPECT_LT(line[20].y(), line[0].y());

    EXPECT_TRUE(panel.totalsText().startsWith(u"12,"_s)) << panel.totalsText().toStdString();
    EXPECT_EQ(panel.peakText(), u"Peak: 1,020 a minute at 17:03"_s);
    // 17:04:20: "this minute" is the last whole one, 17:03, against 17:02.
    EXPECT_TRUE(panel.compareText().startsWith(u"This minute: 1,020 (the one before: "_s))
        << panel.compareText().toStdString();

    // The platform colours follow the data; the background follows the palette.
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    chart->setPalette(dark);
    const QImage image = chart->render(QSize(600, 300), u"caption"_s);
    EXPECT_EQ(image.pixelColor(2, image.height() - 2), QColor(0x20, 0x20, 0x24));
}

TEST_F(PulseUi, AfterTheHourTheReportIsAPngAndACsvOfTheMinutes)
{
    PulsePanel panel(m_document, fixedClock("2027-02-14T18:20:00Z"));
    const auto minutes = recordedPulse(panel.range());
    panel.showPulse(minutes, {true, true, true}, {}, true);
    EXPECT_EQ(panel.reportSentence(),
              u"12,345 posts in the hour, peak 1,020 a minute at 17:03 UTC"_s);
    EXPECT_TRUE(panel.reportButton()->isEnabled());
    const QString base = m_dir.filePath(u"report"_s);
    panel.setReportChooser(
        [&](const QString &, const QString &) { return QString(base + u".png"_s); });
    ASSERT_TRUE(panel.saveReport()) << panel.statusText().toStdString();
    const QImage png(base + u".png"_s);
    EXPECT_EQ(png.size(), QSize(1200, 600));
    QFile csv(base + u".csv"_s);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_EQ(csv.readAll(), Social::pulseCsv(minutes, {true, true, true}));

    // During the hour there is no report yet, and nothing read means nothing to save.
    PulsePanel early(m_document, fixedClock("2027-02-14T17:30:00Z"));
    EXPECT_FALSE(early.reportButton()->isEnabled());
    EXPECT_FALSE(early.saveReport());
}

TEST_F(PulseUi, OrganizeHasAPulseTabThatCountsLiveOffTheGuiThread)
{
    Chorus::Test::MastodonServer mastodon;
    ASSERT_TRUE(mastodon.started());
    QJsonArray seed;
    for (int i = 0; i < 90; ++i) // 16:50 to 17:34:30, one every 30 s
        seed.append(QJsonObject {{u"text"_s, u"#AlitaSequel"_s},
                                 {u"created_at"_s,
                                  QDateTime::fromString(u"2027-02-14T16:50:00Z"_s, Qt::ISODate)
                                      .addSecs(i * 30)
                                      .toString(Qt::ISODateWithMs)}});
    mastodon.seedMany(seed);
    const QString db = m_dir.filePath(u"checkins.sqlite"_s);
    {
        Checkin::SqliteStore store(db);
        ASSERT_TRUE(store.open().has_value());
        ASSERT_TRUE(store.begin().has_value());
        Checkin::JoinRequest join;
        join.handle = u"@fan@"_s + mastodon.hostPort().section(u':', 0, 0);
        join.handleKey = Checkin::normaliseHandle(join.handle);
        join.platform = u"mastodon"_s;
        join.zone = "Europe/Berlin";
        join.freshToken = Checkin::generateToken();
        join.at = QDateTime::fromString(u"2027-02-14T16:00:00Z"_s, Qt::ISODate);
        const auto joined = store.join(join);
        ASSERT_TRUE(joined.has_value());
        ASSERT_TRUE(
            store
                .checkIn({joined->id, Checkin::hashToken(joined->token), Checkin::Status::Posted,
                          QDateTime::fromString(u"2027-02-14T17:02:10Z"_s, Qt::ISODate), {}})
                .has_value());
        ASSERT_TRUE(store.commit().has_value());
    }
    QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    OrganizePanel organize(m_document, Chorus::Test::catalogue(),
                           fixedClock("2027-02-14T18:20:00Z"), settings);
    organize.setDatabasePath(db);
    PulsePanel *pulse = organize.pulse();
    ASSERT_NE(pulse, nullptr);
    auto *tabs = organize.findChild<QTabWidget *>();
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->tabText(tabs->indexOf(pulse)), u"Pulse"_s);

    pulse->mastodonEdit()->setText(mastodon.url().toString());
    QSignalSpy updated(pulse, &PulsePanel::updated);
    ASSERT_TRUE(pulse->start()) << pulse->statusText().toStdString();
    EXPECT_TRUE(pulse->isRunning());
    // 90 statuses from 16:50, all in the range (from 16:45), 70 in the hour.
    ASSERT_TRUE(QTest::qWaitFor([&] { return pulse->reportButton()->isEnabled(); }, 30000))
        << pulse->statusText().toStdString();
    EXPECT_EQ(pulse->reportSentence(), u"70 posts in the hour, peak 2 a minute at 17:00 UTC"_s);
    EXPECT_TRUE(pulse->totalsText().startsWith(u"90 posts (Mastodon 90) · 1 posted check-ins"_s))
        << pulse->totalsText().toStdString();
    pulse->stop();
    EXPECT_FALSE(pulse->isRunning());
}
