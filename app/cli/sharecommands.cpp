// chorus-cli ics, links, announce, page: publishing a campaign.
#include "cli.h"

#include "campaign/campaignfile.h"
#include "sharecommon.h"

#include "share/announcement.h"
#include "share/calendarlinks.h"
#include "share/eventinput.h"
#include "share/fanpage.h"
#include "share/icalendar.h"
#include "time/zonecatalogue.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Chorus::Cli {

namespace {
const QString outputOption = u"o"_s;
} // namespace

void addOutputOption(CommandLine &line)
{
    line.addOption(QCommandLineOption(
        {u"o"_s, u"output"_s}, u"Write to FILE (atomically) instead of stdout."_s, u"FILE"_s));
}

Expected<Share::EventInput> loadCampaign(const CommandLine &line, Context &context)
{
    const QStringList positional = line.positional();
    if (positional.isEmpty())
        return fail(u"CAMPAIGN_FILE"_s, u"is required, for example campaign.chorus.json"_s);
    // The one campaign loader: every field checked, zones resolved.
    const auto campaign = Chorus::loadCampaign(positional.first(), context.catalogue());
    if (!campaign)
        return std::unexpected(campaign.error());
    return Share::eventInput(*campaign);
}

int writeOutput(const CommandLine &line, Context &context, const QByteArray &bytes)
{
    if (!line.isSet(outputOption)) {
        context.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return line.failure(context, u"cannot write to stdout"_s);
        out.flush();
        return Success;
    }
    const QString path = line.value(outputOption);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return line.failure(context,
                            u"cannot write %1: %2"_s.arg(quoted(path), file.errorString()));
    file.write(bytes);
    if (!file.commit())
        return line.failure(context,
                            u"cannot write %1: %2"_s.arg(quoted(path), file.errorString()));
    return Success;
}

namespace {

Time::Instant now()
{
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

} // namespace

int icsCommand(const QStringList &arguments, Context &context)
{
    CommandLine line(u"ics"_s, u"CAMPAIGN_FILE [-o FILE]"_s,
                     u"Writes the campaign as an iCalendar file (RFC 5545): one event in UTC with\n"
                     "a stable UID, the templates and link in its description, and one alarm\n"
                     "per reminder. Calendars show it on their own clock."_s);
    addOutputOption(line);
    if (const auto stop = line.parse(arguments, context, 1))
        return *stop;
    const auto event = loadCampaign(line, context);
    if (!event)
        return line.badInput(context, event.error());
    return writeOutput(line, context, Share::icalendar(*event, now()));
}

int linksCommand(const QStringList &arguments, Context &context)
{
    CommandLine line(u"links"_s, u"CAMPAIGN_FILE [--ics-url URL] [--json]"_s,
                     u"Prints links that open the campaign as a prefilled event in Google\n"
                     "Calendar and Outlook on the web (times in UTC, shown on each viewer's\n"
                     "clock), and a safe file name for the .ics. With --ics-url (where the .ics\n"
                     "is published), also the webcal: link that subscribes to it."_s);
    line.addOption(
        QCommandLineOption(u"ics-url"_s, u"Where the .ics file is published."_s, u"URL"_s));
    line.addJsonOption();
    if (const auto stop = line.parse(arguments, context, 1))
        return *stop;
    const auto event = loadCampaign(line, context);
    if (!event)
        return line.badInput(context, event.error());
    QString webcal;
    if (line.isSet(u"ics-url"_s)) {
        const auto url = Share::webcalUrl(line.value(u"ics-url"_s));
        if (!url)
            return line.badInput(context, url.error());
        webcal = *url;
    }
    const QString google = QString::fromLatin1(Share::googleCalendarUrl(*event));
    const QString outlook = QString::fromLatin1(Share::outlookCalendarUrl(*event));
    const QString fileName = Share::icsFileName(*event);
    if (line.json()) {
        QJsonObject document {
            {u"google"_s, google}, {u"outlook"_s, outlook}, {u"ics_file_name"_s, fileName}};
        if (!webcal.isEmpty())
            document[u"webcal"_s] = webcal;
        printJson(context, document);
        return Success;
    }
    context.out << u"Google Calendar: "_s << google << u"\nOutlook:         "_s << outlook
                << u"\n.ics file name:  "_s << fileName << u'\n';
    if (!webcal.isEmpty())
        context.out << u"Subscribe:       "_s << webcal << u'\n';
    context.out.flush();
    return Success;
}

Expected<std::vector<Share::City>> chosenCities(const CommandLine &line, Context &context,
                                                const Share::EventInput &event)
{
    QList<QByteArray> zones;
    if (line.isSet(u"cities"_s)) {
        const QStringList names
            = line.values(u"cities"_s).join(u',').split(u',', Qt::SkipEmptyParts);
        for (const QString &name : names) {
            auto zone = context.catalogue().resolve(name.trimmed());
            if (!zone) {
                // A city name ("Tokyo") is fine too, when it finds exactly that city.
                const auto found = context.catalogue().search(name.trimmed(), 1);
                if (found.empty()
                    || found.front()->city.compare(name.trimmed(), Qt::CaseInsensitive) != 0)
                    return fail(u"--cities"_s, zone.error().message);
                zone = *found.front();
            }
            if (!zones.contains(zone->id))
                zones.append(zone->id);
        }
        if (zones.isEmpty())
            return fail(u"--cities"_s, u"name at least one zone or city"_s);
    }
    bool ok = true;
    const qsizetype top = line.isSet(u"top"_s) ? line.value(u"top"_s).toInt(&ok) : 12;
    if (!ok || top < 1 || top > 100)
        return fail(u"--top"_s,
                    u"must be a number from 1 to 100, not %1"_s.arg(quoted(line.value(u"top"_s))));
    if (zones.isEmpty())
        zones = Share::announcementZones(event, top);
    else if (zones.size() > top)
        zones.resize(top);
    return Share::citiesForZones(zones, context.catalogue());
}

void addCityOptions(CommandLine &line)
{
    line.addOption(QCommandLineOption(u"cities"_s,
                                      u"Zones or cities to show, comma-separated (default: the\n"
                                      "audience's heaviest zones)."_s,
                                      u"LIST"_s));
    line.addOption(QCommandLineOption(u"top"_s, u"At most N cities (default 12)."_s, u"N"_s));
}

void addLocaleOption(CommandLine &line)
{
    line.addOption(QCommandLineOption(u"locale"_s,
                                      u"Day and month names and clock of this locale (default C:\n"
                                      "English names, 24-hour clock), e.g. en_US, de_DE."_s,
                                      u"NAME"_s));
}

Expected<QLocale> chosenLocale(const CommandLine &line)
{
    if (!line.isSet(u"locale"_s))
        return QLocale::c();
    const QString name = line.value(u"locale"_s);
    const QLocale locale(name);
    if (locale.language() == QLocale::C && name != u"C")
        return fail(u"--locale"_s, u"unknown locale %1"_s.arg(quoted(name)));
    return locale;
}

int announceCommand(const QStringList &arguments, Context &context)
{
    CommandLine line(u"announce"_s,
                     u"CAMPAIGN_FILE [--cities LIST] [--top N] [--locale NAME] [--json]"_s,
                     u"Prints an announcement with the start in major cities, grouped by their\n"
                     "local date (\"Thu 5 Dec: New York 12:00 · Fri 6 Dec: Tokyo 02:00\"), and\n"
                     "Discord timestamp codes that every reader sees in their own zone."_s);
    addCityOptions(line);
    addLocaleOption(line);
    line.addJsonOption();
    if (const auto stop = line.parse(arguments, context, 1))
        return *stop;
    const auto event = loadCampaign(line, context);
    if (!event)
        return line.badInput(context, event.error());
    const auto cities = chosenCities(line, context, *event);
    if (!cities)
        return line.badInput(context, cities.error());
    const auto locale = chosenLocale(line);
    if (!locale)
        return line.badInput(context, locale.error());

    const QString text = Share::announcementText(*event, *cities, *locale);
    if (line.json()) {
        QJsonArray groups;
        const std::vector<Share::DateGroup> dated = Share::groupByLocalDate(event->start, *cities);
        for (const Share::DateGroup &group : dated) {
            QJsonArray list;
            for (const Share::CityStart &start : group.cities)
                list.append(
                    QJsonObject {{u"zone"_s, QString::fromUtf8(start.city.zone)},
                                 {u"city"_s, start.city.name},
                                 {u"local_start"_s,
                                  Time::formatLocal(event->start, start.local.offsetFromUtc())}});
            groups.append(
                QJsonObject {{u"date"_s, group.date.toString(Qt::ISODate)}, {u"cities"_s, list}});
        }
        QJsonObject discord;
        for (const char style : std::string_view(Share::discordStyles))
            discord[QString(QChar::fromLatin1(style))]
                = Share::discordTimestamp(event->start, style);
        printJson(context,
                  QJsonObject {{u"text"_s, text}, {u"groups"_s, groups}, {u"discord"_s, discord}});
        return Success;
    }
    context.out << text << u"\nDiscord: "_s << Share::discordTimestamp(event->start, 'F') << u" ("_s
                << Share::discordTimestamp(event->start, 'R') << u")\n"_s;
    context.out.flush();
    return Success;
}

int pageCommand(const QStringList &arguments, Context &context)
{
    CommandLine line(u"page"_s, u"CAMPAIGN_FILE [-o FILE]"_s,
                     u"Writes the fan page: one self-contained HTML file (no network needed to\n"
                     "open it) that shows the start in the viewer's own zone with a countdown,\n"
                     "the .ics download, the posts with copy and compose buttons, and the\n"
                     "check-in form when the campaign has a check-in service."_s);
    addOutputOption(line);
    if (const auto stop = line.parse(arguments, context, 1))
        return *stop;
    const auto event = loadCampaign(line, context);
    if (!event)
        return line.badInput(context, event.error());
    const QByteArray page = Share::fanPage(*event, Share::icalendar(*event, now()));
    if (page.isEmpty())
        return line.failure(context, u"the fan page template is missing from this build"_s);
    return writeOutput(line, context, page);
}

} // namespace Chorus::Cli
