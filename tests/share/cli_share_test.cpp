// chorus-cli's publishing commands against the contract: streams, exit codes,
// -o files, and errors that name the campaign field.
#include "clitest.h"
#include "share/icalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Chorus;
using namespace Chorus::Test;

namespace {

const QString sample = QStringLiteral(CHORUS_TEST_DATA_DIR "/alita.chorus.json");

/// Writes the sample campaign with `change` applied to a copy in `dir`.
QString campaignWith(const QTemporaryDir &dir, const std::function<void(QJsonObject &)> &change)
{
    QFile in(sample);
    EXPECT_TRUE(in.open(QIODevice::ReadOnly));
    QJsonObject campaign = QJsonDocument::fromJson(in.readAll()).object();
    change(campaign);
    const QString path = dir.filePath(u"changed.chorus.json"_s);
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(campaign).toJson());
    return path;
}

} // namespace

TEST(CliIcs, WritesTheCalendarOnStdout)
{
    const ProcessResult result = runCli({u"ics"_s, sample});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty());
    EXPECT_TRUE(result.out.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_TRUE(result.out.endsWith("END:VCALENDAR\r\n"));
    EXPECT_TRUE(result.out.contains("\r\nMETHOD:PUBLISH\r\n"));
    EXPECT_TRUE(result.out.contains("\r\nDTSTART:20270214T170000Z\r\n"));
    EXPECT_TRUE(result.out.contains("\r\nDTEND:20270214T180000Z\r\n"));
    EXPECT_TRUE(result.out.contains("\r\nDTSTAMP:"));
    EXPECT_EQ(result.out.count("BEGIN:VALARM"), 3);
    EXPECT_EQ(Share::icalendarProblems(result.out), QStringList());
}

TEST(CliIcs, TheUidIsTheSameOnEveryRun)
{
    const auto uidLine = [](const QByteArray &ics) -> QByteArray {
        const qsizetype at = ics.indexOf("\r\nUID:");
        return ics.mid(at, ics.indexOf("\r\n", at + 2) - at);
    };
    const ProcessResult first = runCli({u"ics"_s, sample});
    const ProcessResult second = runCli({u"ics"_s, sample});
    EXPECT_FALSE(uidLine(first.out).isEmpty());
    EXPECT_EQ(uidLine(first.out), uidLine(second.out));
}

TEST(CliIcs, WritesTheFileGivenWithO)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"alita.ics"_s);
    const ProcessResult result = runCli({u"ics"_s, sample, u"-o"_s, path});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(Share::icalendarProblems(file.readAll()), QStringList());
}

TEST(CliIcs, HelpAndBadInput)
{
    const ProcessResult help = runCli({u"ics"_s, u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("Usage: chorus-cli ics CAMPAIGN_FILE"));

    expectBadInput({u"ics"_s}, u"CAMPAIGN_FILE"_s);
    expectBadInput({u"ics"_s, u"/nonexistent/x.chorus.json"_s}, u"/nonexistent/x.chorus.json"_s);
    QTemporaryDir dir;
    expectBadInput(
        {u"ics"_s,
         campaignWith(dir, [](QJsonObject &c) { c[u"start"_s] = u"2027-02-30T17:00:00Z"_s; })},
        u"start"_s);
    expectBadInput(
        {u"ics"_s,
         campaignWith(dir, [](QJsonObject &c) { c[u"start"_s] = u"2027-02-14T17:00:00"_s; })},
        u"start"_s);
    expectBadInput(
        {u"ics"_s, campaignWith(dir, [](QJsonObject &c) { c[u"format"_s] = u"other"_s; })},
        u"format"_s);
    expectBadInput({u"ics"_s, campaignWith(dir, [](QJsonObject &c) { c[u"version"_s] = 2; })},
                   u"version"_s);
    expectBadInput(
        {u"ics"_s, campaignWith(dir, [](QJsonObject &c) { c[u"duration_minutes"_s] = -5; })},
        u"duration_minutes"_s);
    expectBadInput(
        {u"ics"_s,
         campaignWith(
             dir,
             [](QJsonObject &c) {
                 c[u"audience"_s] = QJsonArray {QJsonObject {{u"zone"_s, u"Europe/Berln"_s}}};
             })},
        u"audience[0].zone"_s);
    expectBadInput({u"ics"_s,
                    campaignWith(dir,
                                 [](QJsonObject &c) {
                                     c[u"reminders_minutes"_s] = QJsonArray {60, u"soon"_s};
                                 })},
                   u"reminders_minutes[1]"_s);
}

TEST(CliLinks, PrintsGoogleOutlookAndFileNameAsJson)
{
    const QJsonObject links = parseJsonOutput(
        runCli({u"links"_s, sample, u"--ics-url"_s, u"https://example.org/a.ics"_s, u"--json"_s}));
    EXPECT_TRUE(
        links[u"google"_s].toString().contains(u"dates=20270214T170000Z%2F20270214T180000Z"_s));
    EXPECT_TRUE(links[u"outlook"_s].toString().contains(u"startdt=2027-02-14T17%3A00%3A00Z"_s));
    EXPECT_EQ(links[u"ics_file_name"_s].toString(), u"alita-battle-angel-the-sequel-hour.ics"_s);
    EXPECT_EQ(links[u"webcal"_s].toString(), u"webcal://example.org/a.ics"_s);
    const ProcessResult text = runCli({u"links"_s, sample});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("Google Calendar: https://calendar.google.com/"));
    expectBadInput({u"links"_s, sample, u"--ics-url"_s, u"ftp://x/a.ics"_s}, u"--ics-url"_s);
}

TEST(CliAnnounce, GroupsCitiesByLocalDateWithDiscordCodes)
{
    const QJsonObject announce
        = parseJsonOutput(runCli({u"announce"_s, sample, u"--cities"_s,
                                  u"Tokyo,America/Los_Angeles,Europe/Berlin"_s, u"--json"_s}));
    EXPECT_TRUE(announce[u"text"_s].toString().contains(
        u"Sun 14 Feb: Los Angeles 09:00, Berlin 18:00 · Mon 15 Feb: Tokyo 02:00"_s))
        << announce[u"text"_s].toString().toStdString();
    const QJsonArray groups = announce[u"groups"_s].toArray();
    ASSERT_EQ(groups.size(), 2);
    EXPECT_EQ(groups[0][u"date"_s].toString(), u"2027-02-14"_s);
    EXPECT_EQ(groups[1][u"cities"_s][0][u"zone"_s].toString(), u"Asia/Tokyo"_s);
    EXPECT_EQ(groups[1][u"cities"_s][0][u"local_start"_s].toString(),
              u"2027-02-15T02:00:00+09:00"_s);
    EXPECT_EQ(announce[u"discord"_s][u"F"_s].toString(), u"<t:1802624400:F>"_s);
    EXPECT_EQ(announce[u"discord"_s][u"R"_s].toString(), u"<t:1802624400:R>"_s);

    const ProcessResult top = runCli({u"announce"_s, sample, u"--top"_s, u"2"_s});
    EXPECT_EQ(top.exitCode, 0);
    EXPECT_TRUE(top.out.contains("New York 12:00 · Mon 15 Feb: Manila 01:00\n"))
        << top.out.toStdString();
    EXPECT_TRUE(top.out.contains("Discord: <t:1802624400:F> (<t:1802624400:R>)"));
    expectBadInput({u"announce"_s, sample, u"--cities"_s, u"Europe/Berln"_s}, u"Europe/Berln"_s);
    expectBadInput({u"announce"_s, sample, u"--top"_s, u"0"_s}, u"--top"_s);
    expectBadInput({u"announce"_s, sample, u"--locale"_s, u"xx_nowhere"_s}, u"--locale"_s);
}

TEST(CliPage, WritesTheSelfContainedPageFromTheCompiledInTemplate)
{
    const ProcessResult result = runCli({u"page"_s, sample});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty());
    EXPECT_TRUE(result.out.startsWith("<!DOCTYPE html>"));
    EXPECT_TRUE(result.out.contains("id=\"local-start\""));
    EXPECT_TRUE(result.out.contains("data-zone="));
    EXPECT_TRUE(result.out.contains("<script type=\"application/json\" id=\"campaign-data\">{"));
    EXPECT_TRUE(result.out.contains("\"start_utc\":\"2027-02-14T17:00:00Z\""));
    EXPECT_TRUE(result.out.contains("BEGIN:VCALENDAR\\r\\n"));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"fan.html"_s);
    const ProcessResult written = runCli({u"page"_s, sample, u"-o"_s, path});
    EXPECT_EQ(written.exitCode, 0);
    EXPECT_TRUE(written.out.isEmpty());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("id=\"local-start\""));

    expectBadInput(
        {u"page"_s, campaignWith(dir, [](QJsonObject &c) { c[u"start"_s] = u"tomorrow"_s; })},
        u"start"_s);
    expectBadInput({u"page"_s, sample, u"extra"_s}, u"extra"_s);
    const ProcessResult unwritable
        = runCli({u"page"_s, sample, u"-o"_s, u"/nonexistent-dir/x.html"_s});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.out.isEmpty());
}
