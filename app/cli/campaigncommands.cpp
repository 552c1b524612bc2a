// chorus-cli campaign check and chorus-cli campaign sample.
#include "cli.h"

#include "campaign/campaignfetcher.h"
#include "campaign/campaignfile.h"
#include "time/zonecatalogue.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Chorus::Cli {

namespace {

struct Opened
{
    Expected<Campaign> campaign;
    bool networkFailure = false; // the URL could not be fetched at all (exit 1, not 2)
};

Opened openCampaign(const QString &location, std::chrono::milliseconds timeout, Context &context)
{
    if (!isCampaignUrl(location))
        return {loadCampaign(location, context.catalogue())};
    QNetworkAccessManager network;
    CampaignFetcher fetcher(network, context.catalogue());
    CampaignFetcher::Limits limits;
    limits.timeout = timeout;
    fetcher.setLimits(limits);
    Opened opened {std::unexpected(Error {})};
    QEventLoop loop;
    QObject::connect(&fetcher, &CampaignFetcher::fetched, &loop,
                     [&](const QUrl &, const Campaign &campaign, const QByteArray &) {
                         opened.campaign = campaign;
                         loop.quit();
                     });
    QObject::connect(&fetcher, &CampaignFetcher::failed, &loop,
                     [&](const QUrl &, const Error &error) {
                         opened.campaign = std::unexpected(error);
                         // "could not open URL: …" has no field; content errors name one.
                         opened.networkFailure = error.field.isEmpty();
                         loop.quit();
                     });
    fetcher.fetch(QUrl(location.trimmed()));
    loop.exec();
    return opened;
}

QString summary(const Campaign &campaign)
{
    return u"%1%2 starts %3 for %4; %5 template(s), %6 audience zone(s), %7 reminder(s)"_s.arg(
        campaign.hashtag.isEmpty() ? QString() : campaign.hashtag + u' ', quoted(campaign.title),
        Time::formatUtc(campaign.start), Time::formatDuration(campaign.duration),
        QString::number(campaign.templates.size()), QString::number(campaign.audience.size()),
        QString::number(campaign.reminders.size()));
}

QJsonObject summaryJson(const QString &source, const Campaign &campaign)
{
    QJsonArray reminders;
    for (const std::chrono::minutes reminder : campaign.reminders)
        reminders.append(qint64(reminder.count()));
    QJsonArray templateIds;
    for (const Text::MessageTemplate &messageTemplate : campaign.templates)
        templateIds.append(messageTemplate.id);
    QJsonArray zones;
    double totalWeight = 0;
    for (const AudienceZone &zone : campaign.audience) {
        zones.append(QString::fromLatin1(zone.zone));
        totalWeight += zone.weight;
    }
    return QJsonObject {
        {u"valid"_s, true},
        {u"source"_s, source},
        {u"title"_s, campaign.title},
        {u"hashtag"_s, campaign.hashtag},
        {u"start_utc"_s, Time::formatUtc(campaign.start)},
        {u"end_utc"_s, Time::formatUtc(campaign.end())},
        {u"duration_minutes"_s, qint64(campaign.duration.count())},
        {u"reminders_minutes"_s, reminders},
        {u"templates"_s, templateIds},
        {u"audience_zones"_s, zones},
        {u"total_weight"_s, totalWeight},
        {u"unknown_fields"_s, QJsonArray::fromStringList(campaign.extra.keys())},
    };
}

int checkCommand(const QStringList &arguments, Context &context)
{
    CommandLine line(
        u"campaign check"_s, u"FILE|URL [--timeout SECONDS] [--json]"_s,
        u"Reads a campaign file (*.chorus.json), or fetches it from an http(s) URL, and\n"
        "checks every field. Prints a one-line summary when it is valid, or the first\n"
        "problem, naming the field (start, audience[2].zone, ...), on stderr.\n"
        "Exit codes: 0 valid, 2 missing or invalid, 1 the URL could not be fetched."_s);
    line.addOption(QCommandLineOption(
        u"timeout"_s, u"Give up on a URL after SECONDS (default 15)."_s, u"SECONDS"_s, u"15"_s));
    line.addJsonOption();
    if (const auto stop = line.parse(arguments, context, 1))
        return *stop;
    if (line.positional().isEmpty())
        return line.badInput(context,
                             {QString(),
                              u"name a campaign file or URL, for example "
                              "'chorus-cli campaign check alita.chorus.json'"_s});
    bool ok = false;
    const double seconds = line.value(u"timeout"_s).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600)
        return line.badInput(context,
                             {u"--timeout"_s,
                              u"%1 is not a number of seconds between 0 "
                              "and 3600"_s.arg(quoted(line.value(u"timeout"_s)))});

    const QString source = line.positional().first();
    const Opened opened
        = openCampaign(source, std::chrono::milliseconds(qint64(seconds * 1000)), context);
    if (!opened.campaign) {
        if (opened.networkFailure)
            return line.failure(context, opened.campaign.error().text());
        return line.badInput(context, opened.campaign.error());
    }
    if (line.json()) {
        printJson(context, summaryJson(source, *opened.campaign));
        return Success;
    }
    context.out << u"valid: "_s << summary(*opened.campaign) << u'\n';
    context.out.flush();
    return Success;
}

int sampleCommand(const QStringList &arguments, Context &context)
{
    CommandLine line(
        u"campaign sample"_s, u"[--now INSTANT] [-o FILE]"_s,
        u"Writes the bundled sample campaign (the #AlitaSequel hour) to stdout or FILE,\n"
        "its start moved forward by whole weeks until it is after INSTANT (default: now)."_s);
    line.addOption(QCommandLineOption(u"now"_s, u"Pretend it is INSTANT."_s, u"INSTANT"_s));
    line.addOption(
        QCommandLineOption({u"o"_s, u"output"_s}, u"Write FILE instead of stdout."_s, u"FILE"_s));
    if (const auto stop = line.parse(arguments, context))
        return *stop;
    Time::Instant now
        = Time::fromQDateTime(QDateTime::currentDateTimeUtc()); // the app edge reads the clock
    if (line.isSet(u"now"_s)) {
        const auto instant = Time::parseInstant(line.value(u"now"_s));
        if (!instant)
            return line.badInput(context, {u"--now"_s, instant.error().message});
        now = *instant;
    }
    const auto sample = sampleCampaign(now, context.catalogue());
    if (!sample)
        return line.failure(context, sample.error().text());
    if (line.isSet(u"output"_s)) {
        const auto saved = saveCampaign(*sample, line.value(u"output"_s));
        if (!saved)
            return line.failure(context, saved.error().text());
        return Success;
    }
    context.out << QString::fromUtf8(campaignToBytes(*sample));
    context.out.flush();
    return Success;
}

} // namespace

int campaignCommand(const QStringList &arguments, Context &context)
{
    const QString usage = u"Usage: chorus-cli campaign check FILE|URL [--json]\n"
                          "       chorus-cli campaign sample [--now INSTANT] [-o FILE]\n\n"
                          "Subcommands:\n"
                          "  check   Check a campaign file or URL and summarise it\n"
                          "  sample  Write the bundled sample campaign\n\n"
                          "Run 'chorus-cli campaign SUBCOMMAND --help' for its options.\n"_s;
    const QString first = arguments.value(0);
    if (first == u"--help" || first == u"-h") {
        context.out << usage;
        context.out.flush();
        return Success;
    }
    if (first == u"check")
        return checkCommand(arguments.mid(1), context);
    if (first == u"sample")
        return sampleCommand(arguments.mid(1), context);
    context.err
        << (first.isEmpty()
                ? u"chorus-cli campaign: name a subcommand: check or sample (see 'chorus-cli campaign --help')\n"_s
                : u"chorus-cli campaign: unknown subcommand %1; the subcommands are check and sample\n"_s
                      .arg(quoted(first)));
    context.err.flush();
    return BadInput;
}

} // namespace Chorus::Cli
