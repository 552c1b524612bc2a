#include "zonecatalogue.h"

#include "instant.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chorus::Time {

namespace {

// Lower case, no accents, word separators as spaces: "São_Paulo" → "sao paulo".
QString fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'_' || c == u'/' || c == u'-')
            result += u' ';
        else
            result += c.toCaseFolded();
    }
    return result.simplified();
}

// Where the tz database writes an ASCII name for a city people spell with
// accents or otherwise, the way people write it.
const QHash<QByteArray, QString> &cityOverrides()
{
    static const QHash<QByteArray, QString> table{
        {"Sao_Paulo", u"São Paulo"_s},     {"Bogota", u"Bogotá"_s},
        {"Asuncion", u"Asunción"_s},       {"Merida", u"Mérida"_s},
        {"Cancun", u"Cancún"_s},           {"Ciudad_Juarez", u"Ciudad Juárez"_s},
        {"Reykjavik", u"Reykjavík"_s},     {"Zurich", u"Zürich"_s},
        {"Curacao", u"Curaçao"_s},         {"Belem", u"Belém"_s},
        {"Maceio", u"Maceió"_s},           {"Araguaina", u"Araguaína"_s},
        {"Cuiaba", u"Cuiabá"_s},           {"Santarem", u"Santarém"_s},
        {"Noronha", u"Fernando de Noronha"_s},
        {"Eirunepe", u"Eirunepé"_s},       {"Mazatlan", u"Mazatlán"_s},
        {"Bahia_Banderas", u"Bahía de Banderas"_s},
        {"Monterrey", u"Monterrey"_s},     {"Ho_Chi_Minh", u"Ho Chi Minh City"_s},
        {"DumontDUrville", u"Dumont d'Urville"_s},
        {"St_Johns", u"St. John's"_s},     {"Port_of_Spain", u"Port of Spain"_s},
        {"Kyiv", u"Kyiv"_s},               {"Urumqi", u"Ürümqi"_s},
        {"Chisinau", u"Chișinău"_s},       {"Tirane", u"Tirana"_s},
        {"Lome", u"Lomé"_s},               {"Sao_Tome", u"São Tomé"_s},
        {"El_Aaiun", u"El Aaiún"_s},       {"Galapagos", u"Galápagos"_s},
        {"Port-au-Prince", u"Port-au-Prince"_s},
    };
    return table;
}

QString countryName(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return QLocale::territoryToString(territory);
}

QString readComment(const QTimeZone &zone)
{
    return zone.comment();
}

// "L Asia/Kolkata Asia/Calcutta" lines of tzdata.zi: alias → target.
QHash<QByteArray, QByteArray> readLinks(const QString &tzDir)
{
    QHash<QByteArray, QByteArray> links;
    QFile zi(tzDir + u"/tzdata.zi"_s);
    if (zi.open(QIODevice::ReadOnly | QIODevice::Text)) {
        while (!zi.atEnd()) {
            const QByteArray line = zi.readLine().trimmed();
            if (!line.startsWith("L "))
                continue;
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() == 3)
                links.insert(parts[2], parts[1]);
        }
    }
    return links;
}

} // namespace

ZoneCatalogue::ZoneCatalogue(std::vector<Zone> zones, QHash<QByteArray, QByteArray> aliases)
    : m_zones(std::move(zones))
    , m_aliases(std::move(aliases))
{
    std::sort(m_zones.begin(), m_zones.end(),
              [](const Zone &a, const Zone &b) { return a.id < b.id; });
    m_searchKeys.reserve(m_zones.size());
    for (qsizetype i = 0; i < qsizetype(m_zones.size()); ++i) {
        const Zone &zone = m_zones[std::size_t(i)];
        m_index.insert(zone.id, i);
        m_searchKeys.push_back(fold(zone.city) + u'|' + fold(zone.countryName) + u'|'
                               + zone.countryCode.toLower() + u'|'
                               + fold(QString::fromLatin1(zone.id)) + u'|' + fold(zone.comment));
    }
}

ZoneCatalogue ZoneCatalogue::system(const QString &tzDir)
{
    QString dir = tzDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("TZDIR", u"/usr/share/zoneinfo"_s);

    std::vector<Zone> zones;
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids) {
        // Qt adds its own "UTC+05:30" ids; the geographic ones are Area/Location.
        if (!id.contains('/') || id.startsWith("Etc/"))
            continue;
        const QTimeZone zone(id);
        if (!zone.isValid())
            continue;
        Zone entry;
        entry.id = id;
        entry.city = cityFromId(id);
        if (zone.territory() != QLocale::AnyTerritory)
            entry.countryCode = QLocale::territoryToCode(zone.territory());
        entry.countryName = countryName(entry.countryCode);
        entry.comment = readComment(zone);
        zones.push_back(std::move(entry));
    }

    QHash<QByteArray, QByteArray> aliases = readLinks(dir);
    if (aliases.isEmpty()) {
        // No tzdata.zi: the database's links are symbolic links on disk.
        QDir root(dir);
        const QString rootPath = QFileInfo(dir).canonicalFilePath();
        for (const QString &area : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QDir areaDir(root.filePath(area));
            for (const QFileInfo &info : areaDir.entryInfoList(QDir::Files)) {
                if (!info.isSymLink())
                    continue;
                const QString target = info.canonicalFilePath();
                if (!target.startsWith(rootPath + u'/'))
                    continue;
                aliases.insert((area + u'/' + info.fileName()).toLatin1(),
                               target.mid(rootPath.size() + 1).toLatin1());
            }
        }
    }
    return ZoneCatalogue(std::move(zones), std::move(aliases));
}

const Zone *ZoneCatalogue::find(QByteArrayView id) const
{
    QByteArray key = id.toByteArray();
    // Follow alias chains (a link may point at another link), bounded.
    for (int hops = 0; hops < 8; ++hops) {
        if (const auto it = m_index.constFind(key); it != m_index.cend())
            return &m_zones[std::size_t(*it)];
        const auto alias = m_aliases.constFind(key);
        if (alias == m_aliases.cend())
            return nullptr;
        key = *alias;
    }
    return nullptr;
}

Expected<Zone> ZoneCatalogue::resolve(QStringView text) const
{
    const QString id = text.trimmed().toString();
    if (id.isEmpty())
        return fail(QString(), u"a zone is required, for example Europe/Berlin"_s);
    const QByteArray latin = id.toLatin1();
    if (const Zone *zone = find(latin))
        return *zone;
    // Any other id the system knows, such as UTC or Etc/GMT-14.
    const bool plausible = std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'/' || c == u'_' || c == u'-' || c == u'+'
            || c == u':';
    });
    // Ids are case-sensitive, as in the tz database: "utc" is not "UTC".
    const bool known = QTimeZone::isTimeZoneIdAvailable(latin) || latin.startsWith("Etc/")
        || m_aliases.contains(latin);
    if (plausible && known && QTimeZone(latin).isValid()) {
        // Non-geographic zones have a fixed offset; people know them as
        // "UTC" or "UTC+05:00" (Etc/GMT-5, whose sign is the POSIX one).
        const int offset = QTimeZone(latin).offsetFromUtc(QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc()));
        const QString city = offset == 0 ? u"UTC"_s : u"UTC"_s + formatOffset(offset);
        return Zone{latin, city, {}, {}, {}};
    }

    QString message = u"unknown zone %1"_s.arg(quoted(text));
    // Offer the closest names: search by the last part ("Berln" finds nothing,
    // so fall back to zones sharing a prefix of it).
    const QString lastPart = id.section(u'/', -1);
    std::vector<const Zone *> close = search(lastPart, 3);
    for (qsizetype cut = lastPart.size() - 1; close.empty() && cut >= 3; --cut)
        close = search(lastPart.first(cut), 3);
    if (!close.empty()) {
        QStringList names;
        for (const Zone *zone : close)
            names << QString::fromLatin1(zone->id);
        message += u"; did you mean "_s + names.join(u", "_s) + u'?';
    } else {
        message += u"; run 'chorus-cli zones' for the list"_s;
    }
    return fail(QString(), message);
}

std::vector<const Zone *> ZoneCatalogue::search(QStringView query, qsizetype limit) const
{
    std::vector<const Zone *> result;
    const QString needle = fold(query);
    if (needle.isEmpty() || limit <= 0)
        return result;

    std::vector<std::pair<int, qsizetype>> ranked;
    for (qsizetype i = 0; i < qsizetype(m_zones.size()); ++i) {
        const Zone &zone = m_zones[std::size_t(i)];
        const QString &key = m_searchKeys[std::size_t(i)];
        const QStringView city = QStringView(key).first(key.indexOf(u'|'));
        const QString country = key.section(u'|', 1, 1);
        const QString id = key.section(u'|', 3, 3);
        const bool countryMatch = country == needle
            || zone.countryCode.compare(needle, Qt::CaseInsensitive) == 0;
        int rank = -1;
        if (city == needle || id == needle)
            rank = 0;
        else if (countryMatch)
            rank = 1;
        else if (city.startsWith(needle))
            rank = 2;
        else if (city.contains(QString(u' ' + needle)))
            rank = 3;
        else if (country.startsWith(needle) || country.contains(QString(u' ' + needle)))
            rank = 4;
        else if (key.contains(needle))
            rank = 5;
        if (rank >= 0)
            ranked.emplace_back(rank, i);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [this](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return m_zones[std::size_t(a.second)].city < m_zones[std::size_t(b.second)].city;
    });
    for (const auto &[rank, index] : ranked) {
        if (qsizetype(result.size()) >= limit)
            break;
        result.push_back(&m_zones[std::size_t(index)]);
    }
    return result;
}

QString ZoneCatalogue::cityFromId(QByteArrayView id)
{
    const QByteArray last = id.toByteArray().split('/').constLast();
    if (const auto it = cityOverrides().constFind(last); it != cityOverrides().cend())
        return *it;
    QString city = QString::fromLatin1(last);
    city.replace(u'_', u' ');
    return city;
}

} // namespace Chorus::Time
