// Calendar links, the announcement, Discord codes, placeholders and the
// campaign reader: pure functions over EventInput.
#include "golden.h"
#include "sharetest.h"

#include "campaign/campaignfile.h"
#include "time/zonecatalogue.h"
#include "testutil.h"

#include "share/announcement.h"
#include "share/calendarlinks.h"
#include "share/placeholders.h"
#include "time/window.h"
#include "time/zonecatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Chorus;
using namespace Chorus::Test;

namespace {

using Chorus::Test::catalogue;

std::vector<Share::City> cities(const QList<QByteArray> &zones)
{
    return Share::citiesForZones(zones, catalogue());
}

QUrlQuery queryOf(const QByteArray &url)
{
    return QUrlQuery(QUrl::fromEncoded(url, QUrl::StrictMode));
}

QString decoded(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

TEST(Announcement, TheIssuesExampleLine)
{
    const auto groups
        = Share::groupByLocalDate(at("2019-12-05T17:00:00Z"),
                                  cities({"Asia/Tokyo", "America/New_York", "Asia/Manila",
                                          "America/Sao_Paulo", "America/Los_Angeles"}));
    EXPECT_EQ(Share::announcementLine(groups, QLocale::c()),
              u"Thu 5 Dec: Los Angeles 09:00, New York 12:00, São Paulo 14:00 · "
              "Fri 6 Dec: Manila 01:00, Tokyo 02:00"_s);
}

TEST(Announcement, GroupsAcrossTheDateLineAndAgreesWithPlaceWindow)
{
    // 10:30Z: Pago Pago is still on the 13th, Kiritimati (+14) already on the 15th.
    const Time::Instant start = at("2027-02-14T10:30:00Z");
    const QList<QByteArray> zones {"Pacific/Kiritimati", "Pacific/Pago_Pago", "Pacific/Chatham",
                                   "Asia/Kathmandu",     "Europe/Dublin",     "Australia/Lord_Howe",
                                   "America/St_Johns",   "Pacific/Honolulu"};
    const auto groups = Share::groupByLocalDate(start, cities(zones));
    ASSERT_EQ(groups.size(), 3u);
    EXPECT_EQ(groups[0].date, QDate(2027, 2, 13));
    EXPECT_EQ(groups[1].date, QDate(2027, 2, 14));
    EXPECT_EQ(groups[2].date, QDate(2027, 2, 15));
    std::size_t seen = 0;
    for (const Share::DateGroup &group : groups) {
        for (std::size_t i = 0; i < group.cities.size(); ++i) {
            const Share::CityStart &city = group.cities[i];
            // The oracle: Chorus's own placeWindow for that zone.
            const Time::WindowInZone window
                = Time::placeWindow(QTimeZone(city.city.zone), start, std::chrono::minutes {60});
            EXPECT_EQ(city.local.offsetFromUtc(), window.offsetStart) << city.city.zone.data();
            const auto days = std::chrono::floor<std::chrono::days>(window.localStart());
            const std::chrono::year_month_day ymd {days};
            EXPECT_EQ(city.local.date(),
                      QDate(int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day())));
            EXPECT_EQ(city.local.date(), group.date);
            if (i > 0) {
                EXPECT_LE(group.cities[i - 1].local.time(), city.local.time());
            }
            ++seen;
        }
    }
    EXPECT_EQ(seen, std::size_t(zones.size()));
    EXPECT_EQ(Share::announcementLine(groups, QLocale::c()),
              u"Sat 13 Feb: Pago Pago 23:30 · Sun 14 Feb: Honolulu 00:30, St. John's 07:00, "
              "Dublin 10:30, Kathmandu 16:15, Lord Howe 21:30 · Mon 15 Feb: Chatham 00:15, "
              "Kiritimati 00:30"_s);
}

TEST(Announcement, FollowsTheLocalesNamesAndClock)
{
    const auto groups = Share::groupByLocalDate(at("2019-12-05T17:00:00Z"),
                                                cities({"America/New_York", "Europe/Berlin"}));
    const QString german = Share::announcementLine(groups, QLocale(u"de_DE"_s));
    EXPECT_EQ(german, u"Do. 5 Dez.: New York 12:00, Berlin 18:00"_s);
    const QString american = Share::announcementLine(groups, QLocale(u"en_US"_s));
    EXPECT_TRUE(american.contains(u"New York 12:00"_s)) << american.toStdString();
    EXPECT_TRUE(american.contains(u"PM"_s)) << american.toStdString();
}

TEST(Announcement, PicksTheHeaviestAudienceZonesOrTheDefaults)
{
    Share::EventInput event = sampleEvent();
    EXPECT_EQ(Share::announcementZones(event, 3),
              (QList<QByteArray> {"America/New_York", "Asia/Manila", "America/Sao_Paulo"}));
    EXPECT_EQ(Share::announcementZones(event).size(), 7);
    event.audience.clear();
    EXPECT_EQ(Share::announcementZones(event), Share::defaultAnnouncementZones().first(12));
    for (const QByteArray &zone : Share::defaultAnnouncementZones())
        EXPECT_NE(catalogue().find(zone), nullptr) << zone.data();
}

TEST(Announcement, MatchesTheGoldenFile)
{
    const Share::EventInput event = sampleEvent();
    const QList<QByteArray> zones = Share::announcementZones(event);
    expectGolden(u"alita.announcement.txt"_s,
                 Share::announcementText(event, cities(zones), QLocale::c()).toUtf8());
}

TEST(Discord, TimestampCodes)
{
    const Time::Instant start = at("2027-02-14T17:00:00Z");
    const qint64 unix
        = QDateTime(QDate(2027, 2, 14), QTime(17, 0), QTimeZone::utc()).toSecsSinceEpoch();
    EXPECT_EQ(Share::discordTimestamp(start, 'F'), u"<t:%1:F>"_s.arg(unix));
    EXPECT_EQ(Share::discordTimestamp(start, 'R'), u"<t:1802624400:R>"_s);
    EXPECT_EQ(Share::discordTimestamp(at("1970-01-01T00:00:00Z"), 't'), u"<t:0:t>"_s);
    EXPECT_EQ(std::string_view(Share::discordStyles), "tTdDfFR");
}

TEST(CalendarLinks, GoogleCarriesUtcTimesAndDecodesToTheEvent)
{
    Share::EventInput event = sampleEvent();
    event.title = u"C++ & friends: 100% #1 ✨"_s;
    const QByteArray url = Share::googleCalendarUrl(event);
    EXPECT_TRUE(
        url.startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&text="));
    // '+' would read as a space, '#' would end the URL: both must be encoded.
    const QByteArray query = url.mid(url.indexOf('?') + 1);
    EXPECT_FALSE(query.contains('+'));
    EXPECT_FALSE(query.contains('#'));
    EXPECT_FALSE(query.contains(' '));
    EXPECT_TRUE(url.contains("&dates=20270214T170000Z%2F20270214T180000Z&"));
    const QUrlQuery items = queryOf(url);
    EXPECT_EQ(decoded(items, u"text"_s), u"C++ & friends: 100% #1 ✨ #AlitaSequel"_s);
    EXPECT_EQ(decoded(items, u"dates"_s), u"20270214T170000Z/20270214T180000Z"_s);
    EXPECT_EQ(decoded(items, u"details"_s), Share::calendarDescription(event));
    EXPECT_EQ(decoded(items, u"location"_s), event.link);
}

TEST(CalendarLinks, OutlookCarriesUtcTimesWithZ)
{
    const Share::EventInput event = sampleEvent();
    const QByteArray url = Share::outlookCalendarUrl(event);
    EXPECT_TRUE(url.startsWith("https://outlook.live.com/calendar/0/deeplink/compose?path="));
    const QUrlQuery items = queryOf(url);
    EXPECT_EQ(decoded(items, u"path"_s), u"/calendar/action/compose"_s);
    EXPECT_EQ(decoded(items, u"rru"_s), u"addevent"_s);
    EXPECT_EQ(decoded(items, u"subject"_s),
              u"Alita: Battle Angel — the sequel hour #AlitaSequel"_s);
    EXPECT_EQ(decoded(items, u"startdt"_s), u"2027-02-14T17:00:00Z"_s);
    EXPECT_EQ(decoded(items, u"enddt"_s), u"2027-02-14T18:00:00Z"_s);
    EXPECT_EQ(decoded(items, u"body"_s), Share::calendarDescription(event));
}

TEST(CalendarLinks, IcsFileNameIsSafeAscii)
{
    Share::EventInput event = sampleEvent();
    EXPECT_EQ(Share::icsFileName(event), u"alita-battle-angel-the-sequel-hour.ics"_s);
    event.title = u"  São Paulo / Zürich: ¡Olé!  "_s;
    EXPECT_EQ(Share::icsFileName(event), u"sao-paulo-zurich-ole.ics"_s);
    event.title = u"世界中のファン"_s;
    EXPECT_EQ(Share::icsFileName(event), u"alitasequel.ics"_s);
    event.hashtag = u"#ファン"_s;
    EXPECT_EQ(Share::icsFileName(event), u"campaign.ics"_s);
    event.title = QString(u"a b "_s).repeated(50);
    const QString name = Share::icsFileName(event);
    EXPECT_LE(name.size(), 64);
    EXPECT_FALSE(name.contains(u"-.ics"_s));
}

TEST(CalendarLinks, WebcalUrl)
{
    EXPECT_EQ(Share::webcalUrl(u"https://example.org/cal/alita.ics"_s).value_or(QString()),
              u"webcal://example.org/cal/alita.ics"_s);
    EXPECT_FALSE(Share::webcalUrl(u"ftp://example.org/a.ics"_s).has_value());
    EXPECT_FALSE(Share::webcalUrl(u"not a url"_s).has_value());
}

TEST(Placeholders, FillsNamesAndFirstVariants)
{
    const QHash<QString, QString> values {{u"hashtag"_s, u"#A"_s}, {u"local_time"_s, u"18:00"_s}};
    EXPECT_EQ(Share::fillPlaceholders(u"{Go|Now}! {hashtag} at {local_time}", values),
              u"Go! #A at 18:00"_s);
    EXPECT_EQ(Share::fillPlaceholders(u"{unknown} {hashtag", values), u"{unknown} {hashtag"_s);
    EXPECT_EQ(Share::fillPlaceholders(u"{ {hashtag}}", values), u"{ #A}"_s);
    EXPECT_EQ(Share::fillPlaceholders(u"", values), QString());
}

struct BadCampaignRow
{
    std::string name;
    QString key;
    QJsonValue value;
    QString field;
};

void PrintTo(const BadCampaignRow &row, std::ostream *os)
{
    *os << row.name;
}

class BadCampaign : public testing::TestWithParam<BadCampaignRow>
{
};

TEST_P(BadCampaign, IsRefusedNamingTheField)
{
    QJsonObject campaign
        = QJsonDocument::fromJson(
              R"({"format":"chorus-campaign","version":1,"title":"T","hashtag":"#T",
            "start":"2027-02-14T17:00:00Z","duration_minutes":60})")
              .object();
    const auto parse = [](const QJsonObject &object) {
        return parseCampaign(QJsonDocument(object).toJson(), catalogue());
    };
    ASSERT_TRUE(parse(campaign).has_value());
    if (GetParam().value.isUndefined())
        campaign.remove(GetParam().key);
    else
        campaign[GetParam().key] = GetParam().value;
    const auto result = parse(campaign);
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().field, GetParam().field) << result.error().text().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Fields, BadCampaign,
    testing::Values(
        BadCampaignRow {"OtherFormat", u"format"_s, u"ical"_s, u"format"_s},
        BadCampaignRow {"NewerVersion", u"version"_s, 2, u"version"_s},
        BadCampaignRow {"NoStart", u"start"_s, QJsonValue::Undefined, u"start"_s},
        BadCampaignRow {"StartWithoutZone", u"start"_s, u"2027-02-14T17:00:00"_s, u"start"_s},
        BadCampaignRow {"StartFeb30", u"start"_s, u"2027-02-30T17:00:00Z"_s, u"start"_s},
        BadCampaignRow {"StartNumber", u"start"_s, 1802624400, u"start"_s},
        BadCampaignRow {"NegativeDuration", u"duration_minutes"_s, -60, u"duration_minutes"_s},
        BadCampaignRow {"FractionalDuration", u"duration_minutes"_s, 1.5, u"duration_minutes"_s},
        BadCampaignRow {"NoTitle", u"title"_s, QJsonValue::Undefined, u"title"_s},
        BadCampaignRow {"HashtagWithoutHash", u"hashtag"_s, u"AlitaSequel"_s, u"hashtag"_s},
        BadCampaignRow {"LinkNotHttp", u"link"_s, u"javascript:alert(1)"_s, u"link"_s},
        BadCampaignRow {"CheckinNotHttp", u"checkin_url"_s, u"ftp://x"_s, u"checkin_url"_s},
        BadCampaignRow {"RemindersNotList", u"reminders_minutes"_s, 10, u"reminders_minutes"_s},
        BadCampaignRow {"TemplateWithoutText", u"templates"_s,
                        QJsonArray {QJsonObject {{u"id"_s, u"a"_s}}}, u"templates[0].text"_s},
        BadCampaignRow {"AudienceNegativeWeight", u"audience"_s,
                        QJsonArray {QJsonObject {{u"zone"_s, u"UTC"_s}, {u"weight"_s, -1}}},
                        u"audience[0].weight"_s},
        BadCampaignRow {"OrganizerEmail", u"organizer"_s,
                        QJsonObject {{u"name"_s, u"A"_s}, {u"email"_s, u"not an address"_s}},
                        u"organizer.email"_s}),
    ByName());
