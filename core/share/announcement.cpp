#include "announcement.h"

#include "calendarlinks.h"
#include "time/zonecatalogue.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chorus::Share {

QList<QByteArray> defaultAnnouncementZones()
{
    return {"America/Los_Angeles", "America/Mexico_City", "America/New_York", "America/Sao_Paulo",
            "Europe/London",       "Africa/Lagos",        "Europe/Berlin",    "Africa/Cairo",
            "Asia/Kolkata",        "Asia/Jakarta",        "Asia/Manila",      "Asia/Tokyo",
            "Australia/Sydney"};
}

QList<QByteArray> announcementZones(const EventInput &event, qsizetype limit)
{
    QList<QByteArray> zones;
    if (event.audience.empty()) {
        zones = defaultAnnouncementZones();
    } else {
        std::vector<AudienceZone> audience = event.audience;
        std::stable_sort(audience.begin(), audience.end(),
                         [](const AudienceZone &a, const AudienceZone &b) {
                             return a.weight != b.weight ? a.weight > b.weight : a.zone < b.zone;
                         });
        for (const AudienceZone &zone : audience) {
            if (!zones.contains(zone.zone))
                zones.append(zone.zone);
        }
    }
    if (limit >= 0 && zones.size() > limit)
        zones.resize(limit);
    return zones;
}

std::vector<City> citiesForZones(std::span<const QByteArray> zones,
                                 const Time::ZoneCatalogue &catalogue)
{
    std::vector<City> cities;
    cities.reserve(zones.size());
    for (const QByteArray &zone : zones) {
        const Time::Zone *entry = catalogue.find(zone);
        cities.push_back({zone,
                          entry && !entry->city.isEmpty() ? entry->city
                                                          : Time::ZoneCatalogue::cityFromId(zone)});
    }
    return cities;
}

std::vector<DateGroup> groupByLocalDate(Time::Instant start, std::span<const City> cities)
{
    const QDateTime utc = Time::toQDateTime(start);
    std::vector<CityStart> starts;
    starts.reserve(cities.size());
    for (const City &city : cities) {
        const QTimeZone zone(city.zone);
        if (zone.isValid())
            starts.push_back({city, utc.toTimeZone(zone)});
    }
    std::stable_sort(starts.begin(), starts.end(), [](const CityStart &a, const CityStart &b) {
        const QDate dateA = a.local.date();
        const QDate dateB = b.local.date();
        if (dateA != dateB)
            return dateA < dateB;
        if (a.local.time() != b.local.time())
            return a.local.time() < b.local.time();
        return QString::localeAwareCompare(a.city.name, b.city.name) < 0;
    });
    std::vector<DateGroup> groups;
    for (CityStart &cityStart : starts) {
        if (groups.empty() || groups.back().date != cityStart.local.date())
            groups.push_back({cityStart.local.date(), {}});
        groups.back().cities.push_back(std::move(cityStart));
    }
    return groups;
}

QString announcementLine(std::span<const DateGroup> groups, const QLocale &locale)
{
    const bool c = locale.language() == QLocale::C;
    const QString timeFormat = c ? u"HH:mm"_s : locale.timeFormat(QLocale::ShortFormat);
    QStringList parts;
    for (const DateGroup &group : groups) {
        QStringList cities;
        for (const CityStart &start : group.cities)
            cities << start.city.name + u' ' + locale.toString(start.local.time(), timeFormat);
        parts << locale.toString(group.date, u"ddd d MMM"_s) + u": "_s + cities.join(u", "_s);
    }
    return parts.join(u" · "_s);
}

QString announcementText(const EventInput &event, std::span<const City> cities,
                         const QLocale &locale)
{
    const qint64 minutes = event.duration.count();
    const QString length = minutes % 60 == 0
        ? (minutes == 60 ? u"1 hour"_s : u"%1 hours"_s.arg(minutes / 60))
        : u"%1 minutes"_s.arg(minutes);
    const QDateTime utc = Time::toQDateTime(event.start);
    QString text = calendarSummary(event) + u'\n';
    text += u"Together, for %1, from %2 UTC:\n"_s.arg(
        length, QLocale::c().toString(utc, u"ddd d MMM yyyy HH:mm"_s));
    const std::vector<DateGroup> groups = groupByLocalDate(event.start, cities);
    text += announcementLine(groups, locale) + u'\n';
    if (!event.link.isEmpty())
        text += u"Your own time and the posts: "_s + event.link + u'\n';
    return text;
}

QString discordTimestamp(Time::Instant instant, char style)
{
    return u"<t:%1:%2>"_s.arg(instant.time_since_epoch().count()).arg(QChar::fromLatin1(style));
}

} // namespace Chorus::Share
