#pragma once

#include "error.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <span>
#include <vector>

namespace Chorus::Time {

/// A zone as people look for it: its IANA id, a city they recognise, and the
/// country it is in. Non-geographic zones (`UTC`, `Etc/GMT+5`) have no country.
struct Zone
{
    QByteArray id;       ///< canonical IANA id, "America/Sao_Paulo"
    QString city;        ///< "São Paulo"
    QString countryCode; ///< ISO 3166 alpha-2, "BR"; empty when non-geographic
    QString countryName; ///< "Brazil"
    QString comment;     ///< the tz database's note, "Brazil (southeast: GO, DF, …)"
};

/// Every canonical geographic zone of the operating system's tz database (the
/// ones QTimeZone lists from zone.tab), with city and country, plus the
/// database's aliases (`Asia/Calcutta` → `Asia/Kolkata`) read from its
/// `tzdata.zi` link lines or, failing that, its symbolic links.
class ZoneCatalogue
{
public:
    /// An empty catalogue (resolve() still accepts any zone QTimeZone knows).
    ZoneCatalogue() = default;
    ZoneCatalogue(std::vector<Zone> zones, QHash<QByteArray, QByteArray> aliases);

    /// The system's catalogue. `tzDir` is where the tz database's source files
    /// live (for aliases); empty means `$TZDIR` or `/usr/share/zoneinfo`.
    [[nodiscard]] static ZoneCatalogue system(const QString &tzDir = {});

    /// The zones, sorted by id.
    [[nodiscard]] std::span<const Zone> zones() const { return m_zones; }

    /// The catalogue entry for a canonical id or an alias; nullptr if none.
    [[nodiscard]] const Zone *find(QByteArrayView id) const;

    /// Turns what a person or file wrote into a zone: a catalogue id, an alias
    /// (answered with the zone it stands for), or any other zone QTimeZone
    /// accepts (`UTC`, `Etc/GMT-14`, `UTC+05:30`, answered with no country).
    /// Anything else is an error naming the value, with close matches offered:
    /// "unknown zone 'Europe/Berln'; did you mean Europe/Berlin?".
    [[nodiscard]] Expected<Zone> resolve(QStringView id) const;

    /// Zones matching a city, country name, country code or id, best first:
    /// exact city or id, exact country name or code, city prefix, word prefix
    /// in the city, country prefix, then any substring. Case and accents are ignored ("sao" finds São Paulo).
    [[nodiscard]] std::vector<const Zone *> search(QStringView query, qsizetype limit = 20) const;

    /// The alias table, alias → canonical id.
    [[nodiscard]] const QHash<QByteArray, QByteArray> &aliases() const { return m_aliases; }

    /// The city part of an id as people write it: "America/Argentina/Buenos_Aires"
    /// → "Buenos Aires", "America/Sao_Paulo" → "São Paulo".
    [[nodiscard]] static QString cityFromId(QByteArrayView id);

private:
    std::vector<Zone> m_zones;
    QHash<QByteArray, qsizetype> m_index;      // id → position in m_zones
    QHash<QByteArray, QByteArray> m_aliases;   // alias → target (may chain)
    std::vector<QString> m_searchKeys;         // folded "city|country|code|id|comment" per zone
};

} // namespace Chorus::Time
