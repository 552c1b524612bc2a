// chorus-cli zones and chorus-cli times.
#include "cli.h"

#include "time/instant.h"
#include "time/offsettimeline.h"
#include "time/timejson.h"
#include "time/window.h"
#include "time/zonecatalogue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Chorus::Time;

namespace Chorus::Cli {

int zonesCommand(const QStringList &arguments, Context &context)
{
    CommandLine line(u"zones"_s, u"[--search TEXT] [--json]"_s,
                     u"Lists every geographic time zone of the system's tz database with a city\n"
                     "and the country it is in. --search keeps the zones whose city, country or\n"
                     "id matches TEXT, best match first."_s);
    line.addJsonOption();
    line.addOption(QCommandLineOption(u"search"_s, u"Only zones matching TEXT."_s, u"TEXT"_s));
    if (const auto stop = line.parse(arguments, context))
        return *stop;

    const ZoneCatalogue &catalogue = context.catalogue();
    std::vector<const Zone *> zones;
    if (line.isSet(u"search"_s)) {
        zones = catalogue.search(line.value(u"search"_s), qsizetype(catalogue.zones().size()));
    } else {
        for (const Zone &zone : catalogue.zones())
            zones.push_back(&zone);
    }

    if (line.json()) {
        QJsonArray list;
        for (const Zone *zone : zones)
            list.append(zoneToJson(*zone));
        printJson(context, QJsonObject{{u"zones"_s, list}});
        return Success;
    }
    QList<QStringList> rows;
    for (const Zone *zone : zones)
        rows.append({QString::fromLatin1(zone->id), zone->city, zone->countryCode,
                     zone->countryName});
    context.out << formatTable({u"ZONE"_s, u"CITY"_s, u"CC"_s, u"COUNTRY"_s}, rows);
    context.out.flush();
    return Success;
}

int timesCommand(const QStringList &arguments, Context &context)
{
    CommandLine line(
        u"times"_s, u"--start INSTANT --duration D (--zone Z)... | --all [--json]"_s,
        u"Shows where the window [start, start+D) falls on each zone's clock: local start\n"
        "and end, each with its own offset (DST can change inside the window), the\n"
        "abbreviation, and the day shift against UTC.\n\n"
        "INSTANT is ISO 8601 with Z or an offset (2027-02-14T17:00:00Z). D is minutes\n"
        "(90) or 90m, 1h, 1h30m, 2d. Z is an IANA zone id (America/Sao_Paulo)."_s);
    line.addOption(QCommandLineOption(u"start"_s, u"Start of the window."_s, u"INSTANT"_s));
    line.addOption(QCommandLineOption(u"duration"_s, u"Length of the window."_s, u"D"_s));
    line.addOption(QCommandLineOption(u"zone"_s, u"A zone to show; repeat for more."_s, u"Z"_s));
    line.addOption(QCommandLineOption(u"all"_s, u"Every zone that 'zones' lists."_s));
    line.addJsonOption();
    if (const auto stop = line.parse(arguments, context))
        return *stop;

    if (!line.isSet(u"start"_s))
        return line.badInput(context, {u"--start"_s, u"is required, for example --start 2027-02-14T17:00:00Z"_s});
    if (!line.isSet(u"duration"_s))
        return line.badInput(context, {u"--duration"_s, u"is required, for example --duration 1h"_s});
    const auto start = parseInstant(line.value(u"start"_s));
    if (!start)
        return line.badInput(context, {u"--start"_s, start.error().message});
    const auto duration = parseDuration(line.value(u"duration"_s));
    if (!duration)
        return line.badInput(context, {u"--duration"_s, duration.error().message});
    if (duration->count() <= 0)
        return line.badInput(context, {u"--duration"_s, u"must be at least one minute, not %1"_s.arg(quoted(line.value(u"duration"_s)))});
    if (*start + *duration > maxInstant)
        return line.badInput(context, {u"--duration"_s, u"the window would end after the year 9999"_s});

    const bool all = line.isSet(u"all"_s);
    const QStringList zoneNames = line.values(u"zone"_s);
    if (all && !zoneNames.isEmpty())
        return line.badInput(context, {u"--all"_s, u"cannot be combined with --zone"_s});
    if (!all && zoneNames.isEmpty())
        return line.badInput(context, {u"--zone"_s, u"name at least one zone, or use --all"_s});

    const ZoneCatalogue &catalogue = context.catalogue();
    std::vector<Zone> zones;
    if (all) {
        zones.assign(catalogue.zones().begin(), catalogue.zones().end());
    } else {
        for (const QString &name : zoneNames) {
            auto zone = catalogue.resolve(name);
            if (!zone)
                return line.badInput(context, {u"--zone"_s, zone.error().message});
            zones.push_back(std::move(*zone));
        }
    }

    std::vector<WindowInZone> windows;
    windows.reserve(zones.size());
    for (const Zone &zone : zones)
        windows.push_back(placeWindow(QTimeZone(zone.id), *start, *duration));

    const Instant end = *start + *duration;
    if (line.json()) {
        printJson(context, timesToJson(*start, end, windows, zones));
        return Success;
    }

    context.out << u"Window %1 – %2 (%3)\n\n"_s.arg(formatUtc(*start), formatUtc(end),
                                                     formatDuration(*duration));
    QList<QStringList> rows;
    QStringList notes;
    for (std::size_t i = 0; i < windows.size(); ++i) {
        const WindowInZone &window = windows[i];
        const QString localStart = formatLocal(window.start, window.offsetStart);
        const QString localEnd = formatLocal(window.end, window.offsetEnd);
        QString day = window.dayShift == 0 ? QString() : u"%1%2 day"_s.arg(window.dayShift > 0 ? u"+"_s : QString()).arg(window.dayShift);
        rows.append({QString::fromLatin1(window.zone), zones[i].city,
                     localStart.left(10) + u' ' + localStart.mid(11, 5),
                     localEnd.mid(11, 5), formatOffset(window.offsetStart),
                     window.abbreviationStart, day});
        if (window.offsetChange) {
            notes << u"%1: the offset changes from %2 to %3 at %4, inside the window"_s.arg(
                QString::fromLatin1(window.zone), formatOffset(window.offsetStart),
                formatOffset(window.offsetEnd), formatUtc(*window.offsetChange));
        }
    }
    context.out << formatTable({u"ZONE"_s, u"CITY"_s, u"LOCAL START"_s, u"END"_s, u"OFFSET"_s,
                                u"ABBR"_s, u"DAY"_s},
                               rows);
    for (const QString &note : notes)
        context.out << u"\nNote: "_s << note;
    if (!notes.isEmpty())
        context.out << u'\n';
    context.out.flush();
    return Success;
}

} // namespace Chorus::Cli
