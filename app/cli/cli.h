#pragma once

#include "error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <functional>
#include <optional>

class QJsonObject;
class QTextStream;

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Cli {

/// Exit codes, as CONTRACT.md promises them.
enum ExitCode : int { Success = 0, Failure = 1, BadInput = 2 };

/// What a command runs with: its output streams and the shared zone catalogue
/// (loaded on first use, once per process).
class Context
{
public:
    Context(QTextStream &out, QTextStream &err);
    QTextStream &out;
    QTextStream &err;
    [[nodiscard]] const Time::ZoneCatalogue &catalogue();

private:
    std::shared_ptr<const Time::ZoneCatalogue> m_catalogue;
};

/// A subcommand's options, help text and error reporting around QCommandLineParser.
class CommandLine
{
public:
    CommandLine(QString command, QString synopsis, QString description);

    void addOption(const QCommandLineOption &option);
    void addJsonOption();
    /// Parses `arguments` (the words after the subcommand). Returns an exit
    /// code when the command should stop here (help shown, or bad usage
    /// reported), nothing when it should go on.
    [[nodiscard]] std::optional<int> parse(const QStringList &arguments, Context &context,
                                           qsizetype maxPositional = 0);

    [[nodiscard]] bool isSet(const QString &name) const { return m_parser.isSet(name); }
    [[nodiscard]] QString value(const QString &name) const { return m_parser.value(name); }
    [[nodiscard]] QStringList values(const QString &name) const { return m_parser.values(name); }
    [[nodiscard]] QStringList positional() const { return m_parser.positionalArguments(); }
    [[nodiscard]] bool json() const { return m_parser.isSet(QStringLiteral("json")); }

    /// Reports a bad value and returns BadInput: "chorus-cli times: --start: …".
    int badInput(Context &context, const Error &error) const;
    /// Reports a failure that is not the user's input and returns Failure.
    int failure(Context &context, const QString &message) const;

    [[nodiscard]] QString helpText() const;

private:
    QString m_command;
    QString m_synopsis;
    QString m_description;
    QList<QCommandLineOption> m_options;
    QCommandLineParser m_parser;
};

/// Prints one JSON document (compact, one line) on stdout.
void printJson(Context &context, const QJsonObject &document);

/// Renders rows as left-aligned text columns, for the human output.
[[nodiscard]] QString formatTable(const QStringList &header, const QList<QStringList> &rows);

/// Runs `chorus-cli` with `arguments` (without the program name).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// The subcommands; each file in app/cli implements some of these.
int zonesCommand(const QStringList &arguments, Context &context);
int timesCommand(const QStringList &arguments, Context &context);
int campaignCommand(const QStringList &arguments, Context &context);
int bestCommand(const QStringList &arguments, Context &context);
int measureCommand(const QStringList &arguments, Context &context);
int serveCommand(const QStringList &arguments, Context &context);
int icsCommand(const QStringList &arguments, Context &context);
int linksCommand(const QStringList &arguments, Context &context);
int announceCommand(const QStringList &arguments, Context &context);
int pageCommand(const QStringList &arguments, Context &context);
int cardCommand(const QStringList &arguments, Context &context);
int pulseCommand(const QStringList &arguments, Context &context);
int postCommand(const QStringList &arguments, Context &context);
int scheduleCommand(const QStringList &arguments, Context &context);

} // namespace Chorus::Cli
