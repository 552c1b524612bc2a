// The man pages and the README say what the programs do, so they must not drift
// from them: every command and option that `chorus-cli --help` (and each
// `chorus-cli COMMAND --help`) and `chorus --help` list appears in the man
// page's section for it, and the pages name none that the programs do not
// know. The pages are rendered by groff, as man(1) shows them, and must render
// without a warning. The README quotes the shipped systemd unit byte for byte.
#include "testutil.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Chorus::Test::ProcessResult;
using Chorus::Test::runProcess;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(file.readAll());
}

QString groff()
{
    const QString path = QStandardPaths::findExecutable(u"groff"_s);
    EXPECT_FALSE(path.isEmpty()) << "groff is missing; ./dev.sh test installs groff-base";
    return path;
}

/// The page as man(1) would show it, on one endless line per paragraph (no
/// wrapping, no hyphenation) so that every option stays one word.
QStringList rendered(const QString &page)
{
    const ProcessResult result = runProcess(
        groff(), {u"-man"_s, u"-Tutf8"_s, u"-rLL=1000n"_s, u"-rHY=0"_s, u"-P-cbou"_s, page});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    return QString::fromUtf8(result.out).split(u'\n');
}

/// The lines of one section (a `.SH` such as OPTIONS, or a `.SS` such as
/// "chorus-cli zones"), up to the next heading of the same or a higher level.
QString section(const QStringList &lines, const QString &heading)
{
    const bool subsection = heading.contains(u' ');
    const QString wanted = subsection ? u"   "_s + heading : heading;
    QString text;
    bool inside = false;
    for (const QString &line : lines) {
        const bool isSh = !line.isEmpty() && !line.front().isSpace();
        const bool isSs = line.startsWith(u"   "_s) && !line.startsWith(u"    "_s);
        if (line == wanted) {
            inside = true;
            continue;
        }
        if (inside && (isSh || (subsection && isSs)))
            break;
        if (inside)
            text += line + u'\n';
    }
    return text;
}

/// The names in a help text's list after `title` ("Commands:", "Subcommands:").
QStringList listed(const QString &help, const QString &title)
{
    QStringList names;
    const qsizetype at = help.indexOf(u'\n' + title + u'\n');
    if (at < 0)
        return names;
    static const QRegularExpression row(u"^  ([a-z][a-z-]*)  "_s);
    for (const QString &line : help.mid(at + title.size() + 2).split(u'\n')) {
        if (line.isEmpty())
            break;
        if (const QRegularExpressionMatch m = row.match(line); m.hasMatch())
            names << m.captured(1);
    }
    return names;
}

/// Every option in a help text's "Options:" list: "-o, --output FILE" gives -o and --output.
QStringList options(const QString &help)
{
    QStringList found;
    const qsizetype at = help.indexOf(u"\nOptions:\n"_s);
    if (at < 0)
        return found;
    static const QRegularExpression flag(u"(?<![\\w-])(--?[A-Za-z][\\w-]*)"_s);
    for (const QString &line : help.mid(at + 10).split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!line.startsWith(u' ') || !trimmed.startsWith(u'-'))
            continue; // a wrapped description line
        // The option column ends where the description begins (two spaces).
        const QString column = trimmed.left(trimmed.indexOf(u"  "_s));
        for (const auto &m : flag.globalMatch(column))
            found << m.captured(1);
    }
    return found;
}

bool mentions(const QString &text, const QString &word)
{
    const QRegularExpression whole(u"(?<![\\w-])"_s + QRegularExpression::escape(word)
                                   + u"(?![\\w-])"_s);
    return whole.match(text).hasMatch();
}

/// The options a man page section describes: the tags of its .TP paragraphs,
/// which start at the section's first indent ("-o, --output FILE"), up to the
/// first word that is neither an option nor a metavariable (a description
/// shares the tag's line when the tag is short: "--json Print one …").
QStringList describedOptions(const QString &text)
{
    QStringList found;
    static const QRegularExpression metavariable(u"^[A-Z][A-Z0-9_:|.-]*$"_s);
    for (const QString &line : text.split(u'\n')) {
        if (!line.startsWith(u"       -"_s))
            continue;
        for (QString word : line.trimmed().split(u' ', Qt::SkipEmptyParts)) {
            if (word.endsWith(u','))
                word.chop(1);
            if (word.startsWith(u'-'))
                found << word;
            else if (!metavariable.match(word).hasMatch())
                break;
        }
    }
    return found;
}

ProcessResult cli(const QStringList &arguments)
{
    return runProcess(QStringLiteral(CHORUS_CLI), arguments);
}

const QString cliPage = QStringLiteral(CHORUS_MAN_DIR "/chorus-cli.1");
const QString guiPage = QStringLiteral(CHORUS_MAN_DIR "/chorus.1");

} // namespace

TEST(ManPage, RendersWithoutWarnings)
{
    for (const QString &page : {cliPage, guiPage}) {
        const ProcessResult result = runProcess(groff(), {u"-man"_s, u"-ww"_s, u"-z"_s, page});
        EXPECT_EQ(result.exitCode, 0) << page.toStdString();
        EXPECT_EQ(result.err, QByteArray()) << page.toStdString();
    }
}

TEST(ManPage, CarriesTheProjectVersion)
{
    for (const QString &page : {cliPage, guiPage})
        EXPECT_TRUE(rendered(page).join(u'\n').contains(QStringLiteral("Chorus " CHORUS_VERSION)))
            << page.toStdString();
}

TEST(ManPage, ChorusCliHasASectionForEveryCommandAndEveryOption)
{
    const ProcessResult top = cli({u"--help"_s});
    ASSERT_EQ(top.exitCode, 0);
    const QStringList commands = listed(QString::fromUtf8(top.out), u"Commands:"_s);
    ASSERT_GE(commands.size(), 10) << top.out.toStdString(); // the parser found the list

    const QStringList lines = rendered(cliPage);
    QStringList paths; // "zones", "campaign check", …
    for (const QString &command : commands) {
        paths << command;
        const ProcessResult help = cli({command, u"--help"_s});
        ASSERT_EQ(help.exitCode, 0) << command.toStdString();
        for (const QString &sub : listed(QString::fromUtf8(help.out), u"Subcommands:"_s))
            paths << command + u' ' + sub;
    }
    ASSERT_TRUE(paths.contains(u"campaign check"_s)); // subcommands were found too

    QSet<QString> headings;
    for (const QString &path : paths) {
        SCOPED_TRACE(path.toStdString());
        const QString heading = u"chorus-cli "_s + path;
        headings.insert(u"   "_s + heading);
        const QString text = section(lines, heading);
        ASSERT_FALSE(text.trimmed().isEmpty())
            << "chorus-cli.1 has no section " << heading.toStdString();

        const ProcessResult help = cli(path.split(u' ') << u"--help"_s);
        ASSERT_EQ(help.exitCode, 0);
        const QStringList helpOptions = options(QString::fromUtf8(help.out));
        const QStringList described = describedOptions(text);
        for (const QString &option : helpOptions) {
            if (option == u"-h" || option == u"--help")
                continue; // OPTIONS says once that every command takes them
            EXPECT_TRUE(described.contains(option))
                << "chorus-cli " << path.toStdString() << " --help lists " << option.toStdString()
                << ", its section in chorus-cli.1 does not describe it";
        }
        for (const QString &option : described)
            EXPECT_TRUE(helpOptions.contains(option))
                << "chorus-cli.1 describes " << option.toStdString() << " for "
                << path.toStdString() << ", which its --help does not list";
    }
    // No section for a command the program does not have.
    for (const QString &line : section(lines, u"COMMANDS"_s).split(u'\n')) {
        if (line.startsWith(u"   chorus-cli "_s) && !line.startsWith(u"    "_s)) {
            EXPECT_TRUE(headings.contains(line))
                << "chorus-cli.1 has a stale section: " << line.toStdString();
        }
    }

    // The top-level options work as the page says.
    const QString top_options = section(lines, u"OPTIONS"_s);
    for (const QString &option : {u"--help"_s, u"-h"_s, u"--version"_s})
        EXPECT_TRUE(mentions(top_options, option)) << option.toStdString();
    const ProcessResult version = cli({u"--version"_s});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out, QByteArray("chorus-cli " CHORUS_VERSION "\n"));
}

TEST(ManPage, ChorusDescribesEveryOptionOfItsHelp)
{
    const ProcessResult help = runProcess(QStringLiteral(CHORUS_GUI), {u"--help"_s}, {}, 30000);
    ASSERT_EQ(help.exitCode, 0) << help.err.toStdString();
    const QStringList helpOptions = options(QString::fromUtf8(help.out));
    ASSERT_TRUE(helpOptions.contains(u"--version"_s)) << help.out.toStdString();

    const QString text = section(rendered(guiPage), u"OPTIONS"_s);
    ASSERT_FALSE(text.trimmed().isEmpty());
    const QStringList described = describedOptions(text);
    for (const QString &option : helpOptions)
        EXPECT_TRUE(described.contains(option))
            << "chorus --help lists " << option.toStdString() << ", chorus.1 does not describe it";
    for (const QString &option : described)
        EXPECT_TRUE(helpOptions.contains(option)) << "chorus.1 describes " << option.toStdString()
                                                  << ", which chorus --help does not list";
}

TEST(Readme, QuotesTheShippedSystemdUnit)
{
    const QString unit
        = readText(QStringLiteral(CHORUS_SOURCE_DIR "/resources/systemd/chorus-serve@.service"));
    ASSERT_TRUE(unit.contains(u"ExecStart=/usr/bin/chorus-cli serve "_s));
    // The README's indented block that starts with [Unit], unindented.
    const QStringList readme
        = readText(QStringLiteral(CHORUS_SOURCE_DIR "/README.md")).split(u'\n');
    QString quoted;
    bool inside = false;
    for (const QString &line : readme) {
        if (line == u"    [Unit]")
            inside = true;
        if (inside && !line.isEmpty() && !line.startsWith(u"    "_s))
            break;
        if (inside)
            quoted += line.mid(4) + u'\n';
    }
    while (quoted.endsWith(u"\n\n"_s))
        quoted.chop(1);
    EXPECT_EQ(quoted, unit);
}

// `cmake --install --prefix P` (no package) points the unit at P's chorus-cli.
TEST(SystemdUnit, CmakeInstallPointsExecStartAtThePrefix)
{
    QTemporaryDir prefix;
    ASSERT_TRUE(prefix.isValid());
    const ProcessResult install = runProcess(
        QStringLiteral(CHORUS_CMAKE),
        {u"--install"_s, QStringLiteral(CHORUS_BUILD_DIR), u"--prefix"_s, prefix.path()}, {},
        120000);
    ASSERT_EQ(install.exitCode, 0) << install.out.toStdString() << install.err.toStdString();
    const QString unit = readText(prefix.filePath(u"lib/systemd/system/chorus-serve@.service"_s));
    EXPECT_TRUE(unit.contains(u"\nExecStart=%1/bin/chorus-cli serve "_s.arg(prefix.path())))
        << unit.toStdString();
    EXPECT_FALSE(unit.contains(u"/usr/bin/chorus-cli"_s));
    // Everything else is the file as written.
    QString source
        = readText(QStringLiteral(CHORUS_SOURCE_DIR "/resources/systemd/chorus-serve@.service"));
    source.replace(u"ExecStart=/usr/bin/"_s, u"ExecStart=%1/bin/"_s.arg(prefix.path()));
    EXPECT_EQ(unit, source);
}
