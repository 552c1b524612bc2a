// chorus-cli ics, links, announce, page: publishing a campaign.
#include "cli.h"

#include "share/eventinput.h"
#include "share/icalendar.h"
#include "time/zonecatalogue.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Chorus::Cli {

namespace {

const QString outputOption = u"o"_s;

void addOutputOption(CommandLine &line)
{
    line.addOption(QCommandLineOption({u"o"_s, u"output"_s},
                                      u"Write to FILE (atomically) instead of stdout."_s,
                                      u"FILE"_s));
}

/// Reads and checks the campaign named by the one positional argument.
Expected<Share::EventInput> loadCampaign(const CommandLine &line, Context &context)
{
    const QStringList positional = line.positional();
    if (positional.isEmpty())
        return fail(u"CAMPAIGN_FILE"_s, u"is required, for example campaign.chorus.json"_s);
    const QString path = positional.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"CAMPAIGN_FILE"_s, u"cannot read %1: %2"_s.arg(quoted(path), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"CAMPAIGN_FILE"_s, u"%1 is not JSON: %2 at offset %3"_s.arg(
                                            quoted(path), parseError.errorString())
                                            .arg(parseError.offset));
    if (!document.isObject())
        return fail(u"CAMPAIGN_FILE"_s, u"%1 does not hold a JSON object"_s.arg(quoted(path)));
    auto input = Share::eventInputFromCampaignJson(document.object());
    if (!input)
        return fail(u"%1: %2"_s.arg(path, input.error().field), input.error().message);
    for (std::size_t i = 0; i < input->audience.size(); ++i) {
        const auto zone = context.catalogue().resolve(QString::fromUtf8(input->audience[i].zone));
        if (!zone)
            return fail(u"%1: audience[%2].zone"_s.arg(path).arg(i), zone.error().message);
        input->audience[i].zone = zone->id;
    }
    return input;
}

/// Writes `bytes` to -o FILE through QSaveFile, or to stdout.
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
        return line.failure(context, u"cannot write %1: %2"_s.arg(quoted(path), file.errorString()));
    file.write(bytes);
    if (!file.commit())
        return line.failure(context, u"cannot write %1: %2"_s.arg(quoted(path), file.errorString()));
    return Success;
}

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

} // namespace Chorus::Cli
