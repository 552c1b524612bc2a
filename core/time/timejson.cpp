#include "timejson.h"

#include "window.h"
#include "zonecatalogue.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Chorus::Time {

QJsonObject zoneToJson(const Zone &zone)
{
    return QJsonObject{
        {u"zone"_s, QString::fromLatin1(zone.id)},
        {u"city"_s, zone.city},
        {u"country"_s, zone.countryCode},
        {u"country_name"_s, zone.countryName},
    };
}

QJsonObject windowToJson(const WindowInZone &window, const Zone &zone)
{
    QJsonObject object{
        {u"zone"_s, QString::fromLatin1(zone.id)},
        {u"city"_s, zone.city},
        {u"country"_s, zone.countryCode},
        {u"local_start"_s, formatLocal(window.start, window.offsetStart)},
        {u"local_end"_s, formatLocal(window.end, window.offsetEnd)},
        {u"offset_start_seconds"_s, window.offsetStart},
        {u"offset_end_seconds"_s, window.offsetEnd},
        {u"abbreviation"_s, window.abbreviationStart},
        {u"abbreviation_end"_s, window.abbreviationEnd},
        {u"day_shift"_s, window.dayShift},
    };
    if (window.offsetChange)
        object.insert(u"offset_change_utc"_s, formatUtc(*window.offsetChange));
    return object;
}

QJsonObject timesToJson(Instant start, Instant end, std::span<const WindowInZone> windows,
                        std::span<const Zone> zones)
{
    Q_ASSERT(windows.size() == zones.size());
    QJsonArray list;
    for (std::size_t i = 0; i < windows.size(); ++i)
        list.append(windowToJson(windows[i], zones[i]));
    return QJsonObject{
        {u"start_utc"_s, formatUtc(start)},
        {u"end_utc"_s, formatUtc(end)},
        {u"zones"_s, list},
    };
}

} // namespace Chorus::Time
