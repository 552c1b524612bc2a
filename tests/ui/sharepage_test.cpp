// The Share page: what it saves, copies and opens is exactly what core makes
// for the campaign being edited, it follows edits and undo, and a campaign
// that cannot be shared says which field is wrong.
#include "testutil.h"

#include "announcementcard.h"
#include "campaigndocument.h"
#include "mainwindow.h"
#include "sharepage.h"

#include "campaign/campaignfile.h"
#include "share/announcement.h"
#include "share/calendarlinks.h"
#include "share/eventinput.h"
#include "share/fanpage.h"
#include "share/icalendar.h"
#include "time/zonecatalogue.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrl>
#include <QUrlQuery>

#include <libical/ical.h>

using namespace Qt::StringLiterals;
using namespace Chorus;
using namespace Chorus::Ui;
using namespace std::chrono;
using Chorus::Test::at;
using Chorus::Test::catalogue;

namespace {

const Time::Instant pinnedNow = at("2027-01-10T08:30:00Z");

Campaign testCampaign()
{
    Campaign campaign;
    campaign.title = u"Test hour"_s;
    campaign.hashtag = u"#TestHour"_s;
    campaign.description = u"One hour, all of us."_s;
    campaign.link = u"https://example.org/test-hour"_s;
    campaign.organizer = {u"Test Crew"_s, u"crew@example.org"_s, {}};
    campaign.start = at("2027-03-27T17:00:00Z");
    campaign.duration = minutes {60};
    campaign.reminders = {minutes {1440}, minutes {10}};
    campaign.templates = {{u"main"_s, u"Now! {hashtag}"_s, {u"x"_s, u"bluesky"_s}}};
    campaign.audience = {{"America/New_York", 30, {}},
                         {"Europe/Berlin", 20, {}},
                         {"Asia/Manila", 25, {}},
                         {"Australia/Sydney", 5, {}}};
    return campaign;
}

/// One query value of a copied link, decoded.
QString queryValue(const QString &link, const QString &key)
{
    return QUrlQuery(QUrl(link)).queryItemValue(key, QUrl::FullyDecoded);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

/// A Share page on a document, with the dialog, clipboard and browser
/// replaced by recorders.
class SharePageTest : public testing::Test
{
protected:
    SharePageTest()
    {
        document.reset(testCampaign(), dir.filePath(u"test.chorus.json"_s), u"test"_s);
        page.setSaveFileChooser(
            [this](const QString &title, const QString &suggested, const QString &filter) {
                asked.push_back({title, suggested, filter});
                return answer;
            });
        page.setClipboardWriter([this](const QString &text) { clipboard = text; });
        page.setUrlOpener([this](const QUrl &url) {
            opened.push_back(url);
            return browserWorks;
        });
        page.show();
    }

    [[nodiscard]] Share::EventInput event() const { return Share::eventInput(document.campaign()); }
    [[nodiscard]] QPushButton *button(const char *name) const
    {
        auto *found = page.findChild<QPushButton *>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    /// Clicks `name` with the dialog answering `path`.
    void clickSaving(const char *name, const QString &path)
    {
        answer = path;
        button(name)->click();
    }

    struct Question
    {
        QString title;
        QString suggested;
        QString filter;
    };

    QTemporaryDir dir;
    CampaignDocument document;
    SharePage page {document, catalogue(), [] {
                        return system_clock::time_point(pinnedNow);
                    }};
    QString answer;
    std::vector<Question> asked;
    QString clipboard;
    std::vector<QUrl> opened;
    bool browserWorks = true;
};

TEST_F(SharePageTest, ExportedCalendarParsesWithLibicalAndHoldsTheCampaignsHour)
{
    const QString path = dir.filePath(u"mine.ics"_s);
    clickSaving("exportIcs", path);

    ASSERT_EQ(asked.size(), 1U);
    // Suggested beside the campaign file, named after the title.
    EXPECT_EQ(asked[0].suggested, dir.filePath(u"test-hour.ics"_s));
    EXPECT_TRUE(asked[0].filter.contains(u"*.ics"_s));
    const QByteArray ics = readAll(path);
    EXPECT_EQ(ics, Share::icalendar(event(), pinnedNow));
    EXPECT_EQ(Share::icalendarProblems(ics), QStringList());

    icalcomponent *calendar = icalparser_parse_string(ics.constData());
    ASSERT_NE(calendar, nullptr);
    icalcomponent *vevent = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
    ASSERT_NE(vevent, nullptr);
    const icaltimetype start = icalcomponent_get_dtstart(vevent);
    EXPECT_TRUE(icaltime_is_utc(start));
    EXPECT_EQ(icaltime_as_timet(start), at("2027-03-27T17:00:00Z").time_since_epoch().count());
    EXPECT_EQ(icaltime_as_timet(icalcomponent_get_dtend(vevent)),
              at("2027-03-27T18:00:00Z").time_since_epoch().count());
    EXPECT_EQ(icaltime_as_timet(icalcomponent_get_dtstamp(vevent)),
              pinnedNow.time_since_epoch().count());
    icalcomponent_free(calendar);
    EXPECT_TRUE(page.status().contains(path)) << page.status().toStdString();
}

TEST_F(SharePageTest, CopiedCalendarLinksAreCoresLinks)
{
    button("copyGoogle")->click();
    EXPECT_EQ(clipboard, QString::fromLatin1(Share::googleCalendarUrl(event())));
    EXPECT_TRUE(clipboard.startsWith(u"https://calendar.google.com/calendar/render?"_s));
    EXPECT_EQ(queryValue(clipboard, u"dates"_s), u"20270327T170000Z/20270327T180000Z"_s);
    EXPECT_TRUE(page.status().contains(u"Google"_s));

    button("copyOutlook")->click();
    EXPECT_EQ(clipboard, QString::fromLatin1(Share::outlookCalendarUrl(event())));
    EXPECT_EQ(queryValue(clipboard, u"startdt"_s), u"2027-03-27T17:00:00Z"_s);
}

TEST_F(SharePageTest, SavedFanPageIsCoresPageAndOpensInTheBrowser)
{
    const QString path = dir.filePath(u"fans.html"_s);
    clickSaving("savePage", path);
    ASSERT_EQ(asked.size(), 1U);
    EXPECT_EQ(asked[0].suggested, dir.filePath(u"test-hour.html"_s));
    EXPECT_EQ(readAll(path), Share::fanPage(event(), Share::icalendar(event(), pinnedNow)));
    ASSERT_EQ(opened.size(), 1U);
    EXPECT_EQ(opened[0], QUrl::fromLocalFile(path));
    EXPECT_TRUE(page.status().contains(u"opened it in the browser"_s))
        << page.status().toStdString();

    // Not opened when the user says so; a missing browser is said, the file stays.
    page.findChild<QCheckBox *>(u"openAfterSave"_s)->setChecked(false);
    clickSaving("savePage", dir.filePath(u"again.html"_s));
    EXPECT_EQ(opened.size(), 1U);
    page.findChild<QCheckBox *>(u"openAfterSave"_s)->setChecked(true);
    browserWorks = false;
    clickSaving("savePage", dir.filePath(u"third.html"_s));
    EXPECT_TRUE(page.status().contains(u"no browser"_s)) << page.status().toStdString();
    EXPECT_TRUE(QFile::exists(dir.filePath(u"third.html"_s)));
}

TEST_F(SharePageTest, AnnouncementAndDiscordCodesAreCopiedAsShown)
{
    const Share::EventInput e = event();
    const QList<QByteArray> zones = Share::announcementZones(e, Render::cardMaxCities);
    const std::vector<Share::City> cities = Share::citiesForZones(zones, catalogue());
    const QString expected = Share::announcementText(e, cities, QLocale::c());
    EXPECT_EQ(page.announcementText(), expected);
    // The audience's cities, on their own clocks (New York is on DST by 27 March).
    EXPECT_TRUE(expected.contains(u"New York 13:00"_s)) << expected.toStdString();
    EXPECT_TRUE(expected.contains(u"Manila 01:00"_s)) << expected.toStdString();

    button("copyAnnouncement")->click();
    EXPECT_EQ(clipboard, expected);
    button("copyDiscord")->click();
    EXPECT_EQ(clipboard, u"<t:1806166800:F> (<t:1806166800:R>)"_s);
    EXPECT_EQ(page.discordCodes(), clipboard);

    // What the code reads to this viewer: UTC until told, then their zone.
    EXPECT_EQ(page.discordPreview(),
              u"In Discord you will see: Saturday, 27 March 2027 17:00 (UTC)"_s);
    page.setViewerZone("Asia/Kolkata");
    EXPECT_EQ(page.discordPreview(),
              u"In Discord you will see: Saturday, 27 March 2027 22:30 (Asia/Kolkata)"_s);
    page.setViewerZone("Pacific/Kiritimati");
    EXPECT_EQ(page.discordPreview(),
              u"In Discord you will see: Sunday, 28 March 2027 07:00 (Pacific/Kiritimati)"_s);
}

TEST_F(SharePageTest, AnnouncementFollowsTheViewersLocale)
{
    page.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    const Share::EventInput e = event();
    const std::vector<Share::City> cities
        = Share::citiesForZones(Share::announcementZones(e, Render::cardMaxCities), catalogue());
    const QString american
        = Share::announcementText(e, cities, QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(page.announcementText(), american);
    EXPECT_NE(american, Share::announcementText(e, cities, QLocale::c()));
}

TEST_F(SharePageTest, SavedCardIsA1200By675Png)
{
    EXPECT_EQ(page.card().size(), QSize(1200, 675));
    const QString path = dir.filePath(u"card.png"_s);
    clickSaving("saveCard", path);
    ASSERT_EQ(asked.size(), 1U);
    EXPECT_EQ(asked[0].suggested, dir.filePath(u"test-hour-card.png"_s));
    const QByteArray bytes = readAll(path);
    ASSERT_TRUE(bytes.startsWith("\x89PNG\r\n\x1a\n"));
    QImage saved;
    ASSERT_TRUE(saved.loadFromData(bytes, "PNG"));
    EXPECT_EQ(saved.size(), QSize(1200, 675));
    // The card of this campaign, as chorus_render draws it.
    const Share::EventInput e = event();
    const std::vector<Share::City> cities
        = Share::citiesForZones(Share::announcementZones(e, Render::cardMaxCities), catalogue());
    const QImage drawn
        = Render::announcementCard(e, Share::groupByLocalDate(e.start, cities), QLocale::c());
    EXPECT_EQ(saved.convertToFormat(QImage::Format_ARGB32),
              drawn.convertToFormat(QImage::Format_ARGB32));
}

TEST_F(SharePageTest, CancelledDialogWritesNothingAndAFailedSaveNamesTheFile)
{
    clickSaving("exportIcs", QString());
    EXPECT_EQ(asked.size(), 1U);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    EXPECT_TRUE(page.status().isEmpty());

    const QString bad = dir.filePath(u"no-such-dir/card.png"_s);
    clickSaving("saveCard", bad);
    EXPECT_TRUE(page.status().contains(u"no-such-dir"_s)) << page.status().toStdString();
    EXPECT_TRUE(page.status().startsWith(u"Could not save"_s)) << page.status().toStdString();
}

TEST_F(SharePageTest, TheNextDialogStartsWhereTheUserSavedLast)
{
    QDir(dir.path()).mkdir(u"out"_s);
    clickSaving("exportIcs", dir.filePath(u"out/a.ics"_s));
    clickSaving("saveCard", QString());
    ASSERT_EQ(asked.size(), 2U);
    EXPECT_EQ(asked[1].suggested, dir.filePath(u"out/test-hour-card.png"_s));
}

TEST_F(SharePageTest, FollowsEditsAndUndo)
{
    const QString before = page.announcementText();
    const QImage cardBefore = page.card();
    document.edit(u"Change start"_s, [](Campaign &c) {
        c.start = at("2027-04-03T15:00:00Z");
        c.title = u"Moved hour"_s;
    });
    EXPECT_TRUE(page.announcementText().contains(u"Moved hour"_s))
        << page.announcementText().toStdString();
    EXPECT_TRUE(page.announcementText().contains(u"New York 11:00"_s))
        << page.announcementText().toStdString();
    EXPECT_NE(page.card(), cardBefore);
    button("copyGoogle")->click();
    EXPECT_EQ(queryValue(clipboard, u"dates"_s), u"20270403T150000Z/20270403T160000Z"_s);
    const QString path = dir.filePath(u"moved.ics"_s);
    clickSaving("exportIcs", path);
    EXPECT_EQ(readAll(path), Share::icalendar(event(), pinnedNow));
    EXPECT_EQ(asked.back().suggested, dir.filePath(u"moved-hour.ics"_s));

    document.undoStack()->undo();
    EXPECT_EQ(page.announcementText(), before);
    EXPECT_EQ(page.card(), cardBefore);
    button("copyGoogle")->click();
    EXPECT_EQ(queryValue(clipboard, u"dates"_s), u"20270327T170000Z/20270327T180000Z"_s);
}

TEST_F(SharePageTest, AHiddenPageCatchesUpWhenShown)
{
    page.hide();
    document.edit(u"Change title"_s, [](Campaign &c) { c.title = u"Later hour"_s; });
    page.show();
    EXPECT_TRUE(page.announcementText().contains(u"Later hour"_s))
        << page.announcementText().toStdString();
}

TEST_F(SharePageTest, ACampaignThatCannotBeSharedNamesTheFieldAndBlocksEveryExport)
{
    EXPECT_TRUE(page.problem().isEmpty()) << page.problem().toStdString();
    document.edit(u"Break a template"_s, [](Campaign &c) { c.templates[0].text.clear(); });
    EXPECT_TRUE(page.problem().contains(u"templates[0].text"_s)) << page.problem().toStdString();
    for (const char *name : {"exportIcs", "copyGoogle", "copyOutlook", "savePage",
                             "copyAnnouncement", "copyDiscord", "saveCard"}) {
        EXPECT_FALSE(button(name)->isEnabled()) << name;
    }
    // Even when called directly, nothing is asked, saved or copied.
    page.exportCalendar();
    page.saveCard();
    page.copyGoogleLink();
    EXPECT_TRUE(asked.empty());
    EXPECT_TRUE(clipboard.isEmpty());
    EXPECT_TRUE(page.card().isNull());

    document.undoStack()->undo();
    EXPECT_TRUE(page.problem().isEmpty()) << page.problem().toStdString();
    EXPECT_TRUE(button("saveCard")->isEnabled());

    document.edit(u"Clear title"_s, [](Campaign &c) { c.title.clear(); });
    EXPECT_TRUE(page.problem().contains(u"title"_s)) << page.problem().toStdString();
}

TEST(SharePageInWindow, FilePublishShowsTheSharePage)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"chorus.ini"_s), QSettings::IniFormat);
    QNetworkAccessManager network;
    MainWindow window(
        catalogue(), [] { return system_clock::time_point(pinnedNow); }, settings, network,
        "Europe/Berlin");
    window.openAtStart({});
    QAction *publish = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == u"&Publish…"_s)
            publish = action;
    ASSERT_NE(publish, nullptr);
    publish->trigger();
    auto *pages = window.findChild<QStackedWidget *>();
    ASSERT_NE(pages, nullptr);
    EXPECT_EQ(pages->currentWidget(), window.sharePage());
    window.show();
    EXPECT_TRUE(window.sharePage()->announcementText().contains(u"#AlitaSequel"_s))
        << window.sharePage()->announcementText().toStdString();
    // The viewer's zone reaches the page.
    EXPECT_TRUE(window.sharePage()->discordPreview().endsWith(u"(Europe/Berlin)"_s))
        << window.sharePage()->discordPreview().toStdString();
}

} // namespace
