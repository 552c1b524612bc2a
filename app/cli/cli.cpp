#include "cli.h"

#include "time/zonecatalogue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Chorus::Cli {

namespace {

struct Command
{
    QString name;
    QString summary;
    int (*run)(const QStringList &, Context &);
};

const QList<Command> &commands()
{
    static const QList<Command> list{
        {u"zones"_s, u"List every time zone the system knows, with city and country"_s,
         &zonesCommand},
        {u"times"_s, u"Show where a window falls on the clocks of given zones"_s, &timesCommand},
        {u"campaign"_s, u"Check a campaign file or URL; write the sample campaign"_s,
         &campaignCommand},
        {u"best"_s, u"Rank launch hours by how much of the audience is comfortable"_s, &bestCommand},
        {u"measure"_s, u"Count a post's length as X, Bluesky or Mastodon counts it"_s,
         &measureCommand},
        {u"serve"_s, u"Run the check-in service for a campaign"_s, &serveCommand},
        {u"ics"_s, u"Write the campaign as an iCalendar (.ics) file"_s, &icsCommand},
        {u"links"_s, u"Print Google Calendar and Outlook links for the campaign"_s, &linksCommand},
        {u"announce"_s, u"Print the announcement: start in major cities, Discord codes"_s,
         &announceCommand},
        {u"page"_s, u"Write the fan page: one HTML file with local time and countdown"_s,
         &pageCommand},
        {u"card"_s, u"Draw the announcement card (PNG, 1200x675)"_s, &cardCommand},
        {u"pulse"_s, u"Count the hashtag's posts per minute beside the posted check-ins"_s,
         &pulseCommand},
        {u"post"_s, u"Post this fan's variant from their Bluesky or Mastodon account at the start"_s,
         &postCommand},
        {u"schedule"_s, u"Schedule this fan's post on their Mastodon server, or cancel it"_s,
         &scheduleCommand},
    };
    return list;
}

QString topLevelHelp()
{
    QString text = u"Usage: chorus-cli COMMAND [OPTIONS]\n\n"
                   "Chorus plans, publishes and runs a worldwide synchronized posting hour.\n"
                   "This is its command line; 'chorus' is the desktop application.\n\n"
                   "Commands:\n"_s;
    for (const Command &command : commands())
        text += u"  %1%2\n"_s.arg(command.name.leftJustified(10), command.summary);
    text += u"\nRun 'chorus-cli COMMAND --help' for a command's options.\n"
            "Exit codes: 0 success, 1 failure, 2 bad usage or bad input.\n"_s;
    return text;
}

} // namespace

Context::Context(QTextStream &out, QTextStream &err)
    : out(out)
    , err(err)
{
}

const Time::ZoneCatalogue &Context::catalogue()
{
    if (!m_catalogue)
        m_catalogue = std::make_shared<const Time::ZoneCatalogue>(Time::ZoneCatalogue::system());
    return *m_catalogue;
}

CommandLine::CommandLine(QString command, QString synopsis, QString description)
    : m_command(std::move(command))
    , m_synopsis(std::move(synopsis))
    , m_description(std::move(description))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    addOption(QCommandLineOption({u"h"_s, u"help"_s}, u"Show this help and exit."_s));
}

void CommandLine::addOption(const QCommandLineOption &option)
{
    m_options.append(option);
    m_parser.addOption(option);
}

void CommandLine::addJsonOption()
{
    addOption(QCommandLineOption(u"json"_s, u"Print one JSON document instead of a table."_s));
}

std::optional<int> CommandLine::parse(const QStringList &arguments, Context &context,
                                      qsizetype maxPositional)
{
    // QCommandLineParser expects the program name first.
    if (!m_parser.parse(QStringList{u"chorus-cli"_s} + arguments)) {
        QString why = m_parser.errorText();
        if (why.endsWith(u'.'))
            why.chop(1);
        context.err << u"chorus-cli %1: %2 (see 'chorus-cli %1 --help')\n"_s.arg(m_command, why);
        context.err.flush();
        return BadInput;
    }
    if (m_parser.isSet(u"help"_s)) {
        context.out << helpText();
        context.out.flush();
        return Success;
    }
    const QStringList extra = m_parser.positionalArguments();
    if (extra.size() > maxPositional) {
        context.err << u"chorus-cli %1: unexpected argument %2 (see 'chorus-cli %1 --help')\n"_s
                           .arg(m_command, quoted(extra.at(maxPositional)));
        context.err.flush();
        return BadInput;
    }
    return std::nullopt;
}

int CommandLine::badInput(Context &context, const Error &error) const
{
    context.err << u"chorus-cli %1: %2\n"_s.arg(m_command, error.text());
    context.err.flush();
    return BadInput;
}

int CommandLine::failure(Context &context, const QString &message) const
{
    context.err << u"chorus-cli %1: %2\n"_s.arg(m_command, message);
    context.err.flush();
    return Failure;
}

QString CommandLine::helpText() const
{
    QString text = u"Usage: chorus-cli %1 %2\n\n%3\n\nOptions:\n"_s.arg(m_command, m_synopsis,
                                                                       m_description);
    QList<QPair<QString, QString>> rows;
    qsizetype width = 0;
    for (const QCommandLineOption &option : m_options) {
        QStringList names;
        for (const QString &name : option.names())
            names << (name.size() == 1 ? u"-"_s : u"--"_s) + name;
        QString left = names.join(u", "_s);
        if (!option.valueName().isEmpty())
            left += u' ' + option.valueName();
        width = std::max(width, left.size());
        rows.append({left, option.description()});
    }
    for (const auto &[left, description] : rows)
        text += u"  %1  %2\n"_s.arg(left.leftJustified(width), description);
    return text;
}

void printJson(Context &context, const QJsonObject &document)
{
    context.out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact))
                << u'\n';
    context.out.flush();
}

QString formatTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(header.size(), 0);
    const auto measure = [&widths](const QStringList &row) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    };
    measure(header);
    for (const QStringList &row : rows)
        measure(row);
    const auto line = [&widths](const QStringList &row) -> QString {
        QString text;
        for (qsizetype i = 0; i < row.size(); ++i)
            text += i + 1 == row.size() ? row[i] : row[i].leftJustified(widths[i] + 2);
        return text + u'\n';
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Context context(out, err);
    if (arguments.isEmpty()) {
        // Bad usage: nothing on stdout, the help on stderr.
        err << topLevelHelp();
        err.flush();
        return BadInput;
    }
    if (arguments.first() == u"--help" || arguments.first() == u"-h" || arguments.first() == u"help") {
        out << topLevelHelp();
        out.flush();
        return Success;
    }
    if (arguments.first() == u"--version") {
        out << u"chorus-cli "_s << QCoreApplication::applicationVersion() << u'\n';
        out.flush();
        return Success;
    }
    for (const Command &command : commands()) {
        if (command.name == arguments.first())
            return command.run(arguments.mid(1), context);
    }
    err << u"chorus-cli: unknown command %1; the commands are: "_s.arg(quoted(arguments.first()));
    QStringList names;
    for (const Command &command : commands())
        names << command.name;
    err << names.join(u", "_s) << u'\n';
    err.flush();
    return BadInput;
}

} // namespace Chorus::Cli
