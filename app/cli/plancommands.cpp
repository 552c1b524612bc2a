// chorus-cli best: the launch-hour ranking.
#include "cli.h"

#include "checkin/postgresstore.h"
#include "checkin/sqlitestore.h"
#include "plan/audience.h"
#include "plan/dailyhours.h"
#include "plan/preflight.h"
#include "plan/ranking.h"
#include "plan/signups.h"
#include "plan/suggest.h"
#include "time/instant.h"
#include "time/offsettimeline.h"
#include "time/zonecatalogue.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Chorus::Plan;
using namespace Chorus::Time;

namespace Chorus::Cli {

namespace {

Expected<Audience> readAudience(const QString &spec, const ZoneCatalogue &catalogue)
{
    const QString field = u"--audience"_s;
    if (!spec.startsWith(u'@'))
        return parseAudienceSpec(spec, catalogue, field);
    const QString path = spec.mid(1);
    QFile file(path);
    if (path.isEmpty())
        return fail(field, u"'@' must be followed by a file name, like @campaign.chorus.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return fail(field, u"cannot read %1: %2"_s.arg(quoted(path), file.errorString()));
    auto audience = audienceFromJson(file.readAll(), catalogue);
    if (!audience)
        return fail(field, u"%1: %2"_s.arg(quoted(path), audience.error().text()));
    return audience;
}

QString percent(double score)
{
    return QString::number(score * 100, 'f', 1) + u'%';
}

QString weightText(double weight)
{
    return QString::number(weight, 'g', 10);
}

} // namespace

namespace {

// The audience of the people who really signed up: one per participant, by
// the zone they gave when they joined. `where` names the database in messages.
Expected<Audience> readSignups(Checkin::Store &store, const QString &where,
                               const ZoneCatalogue &catalogue)
{
    const QString field = u"--signups"_s;
    if (const auto opened = store.open(); !opened)
        return fail(field, u"%1: %2"_s.arg(where, opened.error().text()));
    const auto people = store.participants();
    if (!people)
        return fail(field, u"%1: %2"_s.arg(where, people.error().text()));
    auto audience = audienceFromSignups(*people, catalogue);
    if (!audience)
        return fail(field, u"%1: %2"_s.arg(where, audience.error().text()));
    return audience;
}

} // namespace

int bestCommand(const QStringList &arguments, Context &context)
{
    CommandLine line(
        u"best"_s,
        u"--audience SPEC|--all --from INSTANT --to INSTANT --duration D [--step D]\n"
        "       [--comfort HH:MM-HH:MM] [--top N] [--ranges] [--second-wave] [--explain]\n"
        "       [--preflight [--now INSTANT] [--organizer-zone Z]] [--json]"_s,
        u"Ranks candidate start instants from, from+step, … (before to) by the weight of\n"
        "the zones for which every minute of the window lies in the comfort hours, on\n"
        "their own wall clock. Best first; equal scores earliest first.\n\n"
        "SPEC is Zone=weight,Zone=weight,… (a bare Zone weighs 1) or @file.json with\n"
        "{\"audience\":[{\"zone\":…,\"weight\":…}]}, the campaign file's shape. --all\n"
        "weighs every zone of 'zones' 1. Comfort hours wrap past midnight (18:00-02:00);\n"
        "00:00-00:00 is the whole day."_s);
    line.addOption(
        QCommandLineOption(u"audience"_s, u"Zones and weights, or @file.json."_s, u"SPEC"_s));
    line.addOption(QCommandLineOption(u"all"_s, u"Every zone, each weighing 1."_s));
    line.addOption(QCommandLineOption(
        u"signups"_s, u"The real sign-ups of a check-in database, one per participant: serve's --db, a SQLite "
          "file or postgresql://user@host:port/dbname (password from PGPASSWORD)."_s,
        u"DB"_s));
    line.addOption(QCommandLineOption(u"from"_s, u"First candidate start."_s, u"INSTANT"_s));
    line.addOption(QCommandLineOption(u"to"_s, u"Candidates start before this."_s, u"INSTANT"_s));
    line.addOption(QCommandLineOption(u"duration"_s, u"Length of the window."_s, u"D"_s));
    line.addOption(
        QCommandLineOption(u"step"_s, u"Between candidates (default 15m)."_s, u"D"_s, u"15m"_s));
    line.addOption(QCommandLineOption(u"comfort"_s,
                                      u"Local hours people can join (default 09:00-23:00)."_s,
                                      u"HH:MM-HH:MM"_s, u"09:00-23:00"_s));
    line.addOption(QCommandLineOption(u"top"_s, u"How many candidates to list (default 5)."_s,
                                      u"N"_s, u"5"_s));
    line.addOption(QCommandLineOption(
        u"ranges"_s, u"Also list runs of consecutive starts with equal scores."_s));
    line.addOption(QCommandLineOption(
        u"second-wave"_s, u"Also suggest a second window for those the best one leaves out."_s));
    line.addOption(QCommandLineOption(
        u"explain"_s,
        u"For each listed candidate, every zone: comfortable, asleep, at work or out of hours."_s));
    line.addOption(QCommandLineOption(u"preflight"_s,
                                      u"Also list what to double-check about the best start."_s));
    line.addOption(QCommandLineOption(
        u"now"_s, u"The instant --preflight compares with (default: the clock)."_s, u"INSTANT"_s));
    line.addOption(QCommandLineOption(u"organizer-zone"_s,
                                      u"The organizer's zone for --preflight (default UTC)."_s,
                                      u"Z"_s, u"UTC"_s));
    line.addJsonOption();
    if (const auto stop = line.parse(arguments, context))
        return *stop;

    const bool all = line.isSet(u"all"_s);
    const bool signups = line.isSet(u"signups"_s);
    if (int(all) + int(signups) + int(line.isSet(u"audience"_s)) > 1)
        return line.badInput(context, {all ? u"--all"_s : u"--signups"_s,
                                       u"use one of --audience, --all and --signups"_s});
    if (!all && !signups && !line.isSet(u"audience"_s))
        return line.badInput(
            context,
            {u"--audience"_s,
             u"is required, for example --audience Europe/Berlin=10,Asia/Manila=25"_s});
    for (const QString &name : {u"from"_s, u"to"_s, u"duration"_s}) {
        if (!line.isSet(name))
            return line.badInput(context, {u"--"_s + name, u"is required"_s});
    }

    RankRequest request;
    const auto from = parseInstant(line.value(u"from"_s));
    if (!from)
        return line.badInput(context, {u"--from"_s, from.error().message});
    const auto to = parseInstant(line.value(u"to"_s));
    if (!to)
        return line.badInput(context, {u"--to"_s, to.error().message});
    const auto duration = parseDuration(line.value(u"duration"_s));
    if (!duration)
        return line.badInput(context, {u"--duration"_s, duration.error().message});
    const auto step = parseDuration(line.value(u"step"_s));
    if (!step)
        return line.badInput(context, {u"--step"_s, step.error().message});
    if (step->count() == 0)
        return line.badInput(
            context,
            {u"--step"_s,
             u"must be at least one minute, not %1"_s.arg(quoted(line.value(u"step"_s)))});
    if (duration->count() == 0)
        return line.badInput(
            context,
            {u"--duration"_s,
             u"must be at least one minute, not %1"_s.arg(quoted(line.value(u"duration"_s)))});
    const auto comfort = parseDailyHours(line.value(u"comfort"_s));
    if (!comfort)
        return line.badInput(context, {u"--comfort"_s, comfort.error().message});
    bool topOk = false;
    const int top = line.value(u"top"_s).toInt(&topOk);
    if (!topOk || top < 1)
        return line.badInput(
            context,
            {u"--top"_s,
             u"%1 is not a whole number of at least 1"_s.arg(quoted(line.value(u"top"_s)))});
    if (*to <= *from)
        return line.badInput(context,
                             {u"--to"_s,
                              u"%1 is not after --from %2"_s.arg(quoted(line.value(u"to"_s)),
                                                                 quoted(line.value(u"from"_s)))});

    // The command line is an edge: here, and only here, the clock is read.
    Instant now = fromQDateTime(QDateTime::currentDateTimeUtc());
    if (line.isSet(u"now"_s)) {
        const auto parsed = parseInstant(line.value(u"now"_s));
        if (!parsed)
            return line.badInput(context, {u"--now"_s, parsed.error().message});
        now = *parsed;
    }
    const ZoneCatalogue &catalogue = context.catalogue();
    const auto organizer = catalogue.resolve(line.value(u"organizer-zone"_s));
    if (!organizer)
        return line.badInput(context, {u"--organizer-zone"_s, organizer.error().message});
    if (all) {
        for (const Zone &zone : catalogue.zones())
            request.audience.push_back({zone.id, 1});
    } else if (signups) {
        const QString path = line.value(u"signups"_s);
        std::unique_ptr<Checkin::Store> store;
        QString where = quoted(path);
        if (Checkin::isPostgresUrl(path)) {
            // serve's PostgreSQL database, the password from PGPASSWORD.
            auto target = Checkin::parsePostgresUrl(path);
            if (!target)
                return line.badInput(context, {u"--signups"_s, target.error().message});
            target->password = QString::fromLocal8Bit(qgetenv("PGPASSWORD"));
            where = target->display();
            store = std::make_unique<Checkin::PostgresStore>(*target);
        } else {
            // A mistyped path is bad input, and must not create an empty database.
            if (!QFileInfo(path).isFile())
                return line.badInput(context, {u"--signups"_s, u"there is no check-in database at %1"_s.arg(quoted(path))});
            store = std::make_unique<Checkin::SqliteStore>(path);
        }
        // A database that cannot be read is a failure, as for serve.
        auto audience = readSignups(*store, where, catalogue);
        if (!audience)
            return line.failure(context, audience.error().text());
        if (audience->empty())
            return line.badInput(context, {u"--signups"_s, u"%1 has no sign-ups yet"_s.arg(where)});
        request.audience = std::move(*audience);
    } else {
        auto audience = readAudience(line.value(u"audience"_s), catalogue);
        if (!audience)
            return line.badInput(context, audience.error());
        request.audience = std::move(*audience);
    }
    request.from = *from;
    request.to = *to;
    request.step = *step;
    request.duration = *duration;
    request.comfort = *comfort;
    if (const auto count = candidateCount(request); !count)
        return line.badInput(context, count.error());

    // The timelines stay here: --explain reads them again for each listed start.
    const std::vector<OffsetTimeline> timelines = buildTimelines(request);
    SuggestOptions options;
    options.topStarts = std::size_t(top);
    options.allRanges = line.isSet(u"ranges"_s);
    options.secondWave = line.isSet(u"second-wave"_s);
    const Suggestions suggestions = suggest(request, timelines, options);
    const std::vector<Candidate> &best = suggestions.best;
    const std::vector<ScoreRange> &ranges = suggestions.ranges;
    const std::optional<SecondWave> &wave = suggestions.secondWave;
    const bool explain = line.isSet(u"explain"_s);
    std::vector<PreflightLine> checks;
    if (line.isSet(u"preflight"_s) && !best.empty())
        checks = preflight(request.audience, best.front().start, request.duration, now,
                           organizer->id, catalogue);

    if (line.json()) {
        QJsonArray list;
        for (const Candidate &candidate : best) {
            QJsonObject entry {{u"start_utc"_s, formatUtc(candidate.start)},
                               {u"end_utc"_s, formatUtc(candidate.start + request.duration)},
                               {u"score"_s, candidate.score},
                               {u"comfortable_weight"_s, candidate.comfortableWeight},
                               {u"total_weight"_s, candidate.totalWeight}};
            if (explain) {
                QJsonArray zones;
                for (const ZoneStanding &standing :
                     explainStart(request, timelines, candidate.start)) {
                    zones.append(QJsonObject {
                        {u"zone"_s, QString::fromLatin1(standing.zone)},
                        {u"weight"_s, standing.weight},
                        {u"standing"_s, standingName(standing.standing)},
                        {u"local_start"_s, formatLocal(candidate.start, standing.offsetAtStart)}});
                }
                entry.insert(u"zones"_s, zones);
            }
            list.append(entry);
        }
        QJsonObject document {{u"candidates"_s, list}};
        if (line.isSet(u"ranges"_s)) {
            QJsonArray rangeList;
            for (const ScoreRange &range : ranges) {
                rangeList.append(QJsonObject {{u"first_start_utc"_s, formatUtc(range.first)},
                                              {u"last_start_utc"_s, formatUtc(range.last)},
                                              {u"count"_s, qint64(range.count)},
                                              {u"score"_s, range.score},
                                              {u"comfortable_weight"_s, range.comfortableWeight}});
            }
            document.insert(u"ranges"_s, rangeList);
        }
        if (line.isSet(u"second-wave"_s)) {
            QJsonValue value = QJsonValue::Null;
            if (wave) {
                value = QJsonObject {{u"first_start_utc"_s, formatUtc(best.front().start)},
                                     {u"start_utc"_s, formatUtc(wave->start)},
                                     {u"end_utc"_s, formatUtc(wave->start + request.duration)},
                                     {u"left_out_weight"_s, wave->leftOutWeight},
                                     {u"added_weight"_s, wave->addedWeight},
                                     {u"score_alone"_s, wave->scoreAlone},
                                     {u"combined_weight"_s, wave->combinedWeight},
                                     {u"combined_score"_s, wave->combinedScore}};
            }
            document.insert(u"second_wave"_s, value);
        }
        if (line.isSet(u"preflight"_s)) {
            QJsonArray lines;
            for (const PreflightLine &check : checks)
                lines.append(QJsonObject {{u"kind"_s, preflightKindName(check.kind)},
                                          {u"zone"_s, QString::fromLatin1(check.zone)},
                                          {u"text"_s, check.text}});
            document.insert(u"preflight"_s, lines);
        }
        printJson(context, document);
        return Success;
    }

    const double total = suggestions.totalWeight;
    context.out
        << u"%1 candidates from %2 to %3, every %4, window %5, comfort %6, total weight %7\n\n"_s
               .arg(suggestions.candidateCount)
               .arg(formatUtc(request.from), formatUtc(request.to), formatDuration(request.step),
                    formatDuration(request.duration), request.comfort.toString(),
                    weightText(total));
    QList<QStringList> rows;
    int rank = 0;
    for (const Candidate &candidate : best) {
        rows.append(
            {QString::number(++rank), formatUtc(candidate.start),
             formatUtc(candidate.start + request.duration), percent(candidate.score),
             weightText(candidate.comfortableWeight) + u'/' + weightText(candidate.totalWeight)});
    }
    context.out << formatTable(
        {u"RANK"_s, u"START (UTC)"_s, u"END (UTC)"_s, u"SCORE"_s, u"WEIGHT"_s}, rows);
    if (explain) {
        for (const Candidate &candidate : best) {
            context.out << u"\nZones at %1:\n"_s.arg(formatUtc(candidate.start));
            QList<QStringList> zoneRows;
            for (const ZoneStanding &standing : explainStart(request, timelines, candidate.start))
                zoneRows.append({QString::fromLatin1(standing.zone), weightText(standing.weight),
                                 standingName(standing.standing),
                                 formatLocal(candidate.start, standing.offsetAtStart)});
            context.out << formatTable({u"ZONE"_s, u"WEIGHT"_s, u"STANDING"_s, u"LOCAL START"_s},
                                       zoneRows);
        }
    }
    if (line.isSet(u"ranges"_s)) {
        context.out << u"\nRanges:\n"_s;
        for (const ScoreRange &range : ranges) {
            if (range.count == 1)
                context.out << u"  a start at %1 reaches %2\n"_s.arg(formatUtc(range.first),
                                                                     percent(range.score));
            else
                context.out << u"  any start from %1 to %2 reaches %3\n"_s.arg(
                    formatUtc(range.first), formatUtc(range.last), percent(range.score));
        }
    }
    if (line.isSet(u"second-wave"_s)) {
        if (wave)
            context.out
                << u"\nSecond wave: %1 reaches %2 of those %3 leaves out; together they reach %4.\n"_s
                       .arg(formatUtc(wave->start),
                            percent(wave->addedWeight / wave->leftOutWeight),
                            formatUtc(best.front().start), percent(wave->combinedScore));
        else
            context.out << u"\nSecond wave: none adds anyone to %1.\n"_s.arg(
                formatUtc(best.front().start));
    }
    if (line.isSet(u"preflight"_s)) {
        context.out << u"\nPre-flight for %1:\n"_s.arg(formatUtc(best.front().start));
        for (const PreflightLine &check : checks)
            context.out << u"  "_s << check.text << u'\n';
        if (checks.empty())
            context.out << u"  nothing to double-check\n"_s;
    }
    context.out.flush();
    return Success;
}

} // namespace Chorus::Cli
