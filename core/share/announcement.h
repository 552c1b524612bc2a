#pragma once

#include "eventinput.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <span>
#include <vector>

class QLocale;

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Share {

/// A city the announcement names, with the zone whose clock it reads.
struct City
{
    QByteArray zone; ///< "Asia/Manila"
    QString name; ///< "Manila"
};

/// One city's wall-clock reading of the start.
struct CityStart
{
    City city;
    QDateTime local; ///< the start in the city's zone (its offset included)
};

/// The cities whose local date at the start is `date`, earliest clock first.
struct DateGroup
{
    QDate date;
    std::vector<CityStart> cities;
};

/// Well-known cities spread over the world, for a campaign with no audience:
/// Los Angeles, Mexico City, New York, São Paulo, London, Lagos, Berlin,
/// Cairo, Kolkata, Jakarta, Manila, Tokyo, Sydney (as zone ids).
[[nodiscard]] QList<QByteArray> defaultAnnouncementZones();

/// Up to `limit` zones to announce: the audience's heaviest (ties by id), or
/// defaultAnnouncementZones() when the audience is empty. Duplicates are dropped.
[[nodiscard]] QList<QByteArray> announcementZones(const EventInput &event, qsizetype limit = 12);

/// Names each zone by its city as the catalogue knows it ("America/Sao_Paulo"
/// → "São Paulo"), or from the id when the catalogue has no entry.
[[nodiscard]] std::vector<City> citiesForZones(std::span<const QByteArray> zones,
                                               const Time::ZoneCatalogue &catalogue);

/// Where `start` falls on each city's clock, grouped by the local date and
/// sorted by that date, then by local time, then by name. Example: the start
/// 2019-12-05T17:00:00Z gives Thu 5 Dec: Los Angeles 09:00, New York 12:00,
/// São Paulo 14:00 and Fri 6 Dec: Manila 01:00, Tokyo 02:00: east of the
/// date line's "tomorrow" starts a second group. Zones the system does not
/// know are left out (callers check zones when they read them).
[[nodiscard]] std::vector<DateGroup> groupByLocalDate(Time::Instant start,
                                                      std::span<const City> cities);

/// One line of the groups, dates and times in `locale`'s words and clock:
/// "Thu 5 Dec: Los Angeles 09:00, New York 12:00 · Fri 6 Dec: Manila 01:00"
/// (the C locale and 24-hour locales write 09:00; en_US writes 9:00 AM).
[[nodiscard]] QString announcementLine(std::span<const DateGroup> groups, const QLocale &locale);

/// The announcement to paste into a post or a chat: the title and hashtag,
/// the start in UTC with the duration, the cities line, and the link.
[[nodiscard]] QString announcementText(const EventInput &event, std::span<const City> cities,
                                       const QLocale &locale);

/// A Discord timestamp code, which every reader's Discord shows in their own
/// zone and language: `discordTimestamp(2027-02-14T17:00:00Z, 'F')` is
/// `<t:1802451600:F>`. Styles: t (16:20), T (16:20:30), d (20/04/2021),
/// D (20 April 2021), f (20 April 2021 16:20), F (Tuesday, 20 April 2021
/// 16:20), R (in 2 months).
[[nodiscard]] QString discordTimestamp(Time::Instant instant, char style);

/// The styles discordTimestamp() accepts, in Discord's order: "tTdDfFR".
inline constexpr const char discordStyles[] = "tTdDfFR";

} // namespace Chorus::Share
