// chorus-cli zones and chorus-cli times, line by line against CONTRACT.md.
#include "clitest.h"

#include "time/zonecatalogue.h"

#include <QJsonArray>

using namespace Chorus::Test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject zoneEntry(const QJsonObject &document, const QString &zone)
{
    for (const QJsonValue &value : document.value(u"zones"_s).toArray()) {
        if (value.toObject().value(u"zone"_s).toString() == zone)
            return value.toObject();
    }
    ADD_FAILURE() << "no entry for " << zone.toStdString();
    return {};
}

TEST(CliZones, JsonListsEveryZoneWithCityAndCountry)
{
    const QJsonObject document = parseJsonOutput(runCli({u"zones"_s, u"--json"_s}));
    const QJsonArray zones = document.value(u"zones"_s).toArray();
    EXPECT_EQ(std::size_t(zones.size()), Chorus::Time::ZoneCatalogue::system().zones().size());
    const QJsonObject berlin = zoneEntry(document, u"Europe/Berlin"_s);
    EXPECT_EQ(berlin.value(u"city"_s).toString(), u"Berlin"_s);
    EXPECT_EQ(berlin.value(u"country"_s).toString(), u"DE"_s);
    for (const QJsonValue &value : zones) {
        const QJsonObject zone = value.toObject();
        EXPECT_TRUE(zone.value(u"zone"_s).isString());
        EXPECT_FALSE(zone.value(u"city"_s).toString().isEmpty());
        EXPECT_EQ(zone.value(u"country"_s).toString().size(), 2);
    }
}

TEST(CliZones, TableAndSearch)
{
    const ProcessResult table = runCli({u"zones"_s});
    EXPECT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.startsWith("ZONE"));
    EXPECT_TRUE(table.out.contains("America/Sao_Paulo  ") && table.out.contains("São Paulo"));

    const QJsonObject found = parseJsonOutput(runCli({u"zones"_s, u"--search"_s, u"manila"_s, u"--json"_s}));
    const QJsonArray zones = found.value(u"zones"_s).toArray();
    ASSERT_FALSE(zones.isEmpty());
    EXPECT_EQ(zones.first().toObject().value(u"zone"_s).toString(), u"Asia/Manila"_s);
}

TEST(CliTimes, TheContractExample)
{
    const QJsonObject document = parseJsonOutput(
        runCli({u"times"_s, u"--start"_s, u"2019-12-05T17:00:00Z"_s, u"--duration"_s, u"1h"_s,
                u"--zone"_s, u"Asia/Kolkata"_s, u"--json"_s}));
    EXPECT_EQ(document.value(u"start_utc"_s).toString(), u"2019-12-05T17:00:00Z"_s);
    EXPECT_EQ(document.value(u"end_utc"_s).toString(), u"2019-12-05T18:00:00Z"_s);
    ASSERT_EQ(document.value(u"zones"_s).toArray().size(), 1);
    const QJsonObject kolkata = zoneEntry(document, u"Asia/Kolkata"_s);
    EXPECT_EQ(kolkata.value(u"local_start"_s).toString(), u"2019-12-05T22:30:00+05:30"_s);
    EXPECT_EQ(kolkata.value(u"local_end"_s).toString(), u"2019-12-05T23:30:00+05:30"_s);
    EXPECT_EQ(kolkata.value(u"offset_start_seconds"_s).toInt(), 19800);
    EXPECT_EQ(kolkata.value(u"offset_end_seconds"_s).toInt(), 19800);
    EXPECT_EQ(kolkata.value(u"abbreviation"_s).toString(), u"IST"_s);
    EXPECT_EQ(kolkata.value(u"day_shift"_s).toInt(), 0);
    EXPECT_FALSE(kolkata.contains(u"offset_change_utc"_s));
}

TEST(CliTimes, EndIsTakenAtTheEndInstantAcrossDst)
{
    const QJsonObject document = parseJsonOutput(
        runCli({u"times"_s, u"--start"_s, u"2027-03-28T02:30:00+02:00"_s, u"--duration"_s,
                u"60"_s, u"--zone"_s, u"Europe/Berlin"_s, u"--json"_s}));
    EXPECT_EQ(document.value(u"start_utc"_s).toString(), u"2027-03-28T00:30:00Z"_s);
    const QJsonObject berlin = zoneEntry(document, u"Europe/Berlin"_s);
    EXPECT_EQ(berlin.value(u"local_start"_s).toString(), u"2027-03-28T01:30:00+01:00"_s);
    EXPECT_EQ(berlin.value(u"local_end"_s).toString(), u"2027-03-28T03:30:00+02:00"_s);
    EXPECT_EQ(berlin.value(u"offset_start_seconds"_s).toInt(), 3600);
    EXPECT_EQ(berlin.value(u"offset_end_seconds"_s).toInt(), 7200);
    EXPECT_EQ(berlin.value(u"offset_change_utc"_s).toString(), u"2027-03-28T01:00:00Z"_s);
}

TEST(CliTimes, DayShiftBothWays)
{
    const QJsonObject document = parseJsonOutput(
        runCli({u"times"_s, u"--start"_s, u"2027-02-14T10:30:00Z"_s, u"--duration"_s, u"1h30m"_s,
                u"--zone"_s, u"Pacific/Pago_Pago"_s, u"--zone"_s, u"Pacific/Kiritimati"_s,
                u"--zone"_s, u"Europe/London"_s, u"--json"_s}));
    EXPECT_EQ(document.value(u"end_utc"_s).toString(), u"2027-02-14T12:00:00Z"_s);
    EXPECT_EQ(zoneEntry(document, u"Pacific/Pago_Pago"_s).value(u"day_shift"_s).toInt(), -1);
    EXPECT_EQ(zoneEntry(document, u"Pacific/Kiritimati"_s).value(u"day_shift"_s).toInt(), 1);
    EXPECT_EQ(zoneEntry(document, u"Europe/London"_s).value(u"day_shift"_s).toInt(), 0);
    // Zones come back in the order asked.
    const QJsonArray zones = document.value(u"zones"_s).toArray();
    EXPECT_EQ(zones.at(0).toObject().value(u"zone"_s).toString(), u"Pacific/Pago_Pago"_s);
    EXPECT_EQ(zones.at(2).toObject().value(u"zone"_s).toString(), u"Europe/London"_s);
}

TEST(CliTimes, AllListsEveryZoneOfZones)
{
    const QJsonObject zones = parseJsonOutput(runCli({u"zones"_s, u"--json"_s}));
    const QJsonObject times = parseJsonOutput(
        runCli({u"times"_s, u"--start"_s, u"2027-02-14T17:00:00Z"_s, u"--duration"_s, u"2d"_s,
                u"--all"_s, u"--json"_s}));
    QStringList listed;
    for (const QJsonValue &value : zones.value(u"zones"_s).toArray())
        listed << value.toObject().value(u"zone"_s).toString();
    QStringList placed;
    for (const QJsonValue &value : times.value(u"zones"_s).toArray())
        placed << value.toObject().value(u"zone"_s).toString();
    EXPECT_EQ(placed, listed);
    EXPECT_EQ(times.value(u"end_utc"_s).toString(), u"2027-02-16T17:00:00Z"_s);
}

TEST(CliTimes, AliasAnswersWithItsZone)
{
    const QJsonObject document = parseJsonOutput(
        runCli({u"times"_s, u"--start"_s, u"2019-12-05T17:00:00Z"_s, u"--duration"_s, u"90"_s,
                u"--zone"_s, u"Asia/Calcutta"_s, u"--json"_s}));
    const QJsonObject entry = document.value(u"zones"_s).toArray().first().toObject();
    EXPECT_EQ(entry.value(u"zone"_s).toString(), u"Asia/Kolkata"_s);
    EXPECT_EQ(entry.value(u"local_end"_s).toString(), u"2019-12-06T00:00:00+05:30"_s);
}

TEST(CliTimes, HumanTable)
{
    const ProcessResult result =
        runCli({u"times"_s, u"--start"_s, u"2027-03-28T00:30:00Z"_s, u"--duration"_s, u"1h"_s,
                u"--zone"_s, u"Europe/Berlin"_s, u"--zone"_s, u"Asia/Kathmandu"_s});
    EXPECT_EQ(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    EXPECT_TRUE(out.contains(u"2027-03-28 01:30"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"+05:45"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"the offset changes from +01:00 to +02:00"_s)) << out.toStdString();
}

TEST(CliTimes, DurationForms)
{
    const struct {
        const char *duration;
        const char *end;
    } rows[] = {{"90", "2027-02-14T18:30:00Z"}, {"90m", "2027-02-14T18:30:00Z"},
                {"1h", "2027-02-14T18:00:00Z"}, {"1h30m", "2027-02-14T18:30:00Z"},
                {"2d", "2027-02-16T17:00:00Z"}};
    for (const auto &row : rows) {
        const QJsonObject document = parseJsonOutput(
            runCli({u"times"_s, u"--start"_s, u"2027-02-14T17:00:00Z"_s, u"--duration"_s,
                    QString::fromLatin1(row.duration), u"--zone"_s, u"UTC"_s, u"--json"_s}));
        EXPECT_EQ(document.value(u"end_utc"_s).toString(), QString::fromLatin1(row.end))
            << row.duration;
    }
}

TEST(CliErrors, BadInputIsNamedOnStderrWithExitCode2)
{
    const QStringList base{u"times"_s, u"--duration"_s, u"1h"_s, u"--zone"_s, u"UTC"_s};
    expectBadInput(base + QStringList{u"--start"_s, u"2027-13-01T00:00:00Z"_s},
                   u"'2027-13-01T00:00:00Z'"_s);
    expectBadInput(base + QStringList{u"--start"_s, u"2027-02-14T17:00:00"_s}, u"no zone"_s);
    expectBadInput(base, u"--start"_s);
    expectBadInput({u"times"_s, u"--start"_s, u"2027-02-14T17:00:00Z"_s, u"--duration"_s,
                    u"1x"_s, u"--zone"_s, u"UTC"_s},
                   u"'x' is not a unit"_s);
    expectBadInput({u"times"_s, u"--start"_s, u"2027-02-14T17:00:00Z"_s, u"--duration"_s,
                    u"-30"_s, u"--zone"_s, u"UTC"_s},
                   u"--duration"_s);
    expectBadInput({u"times"_s, u"--start"_s, u"2027-02-14T17:00:00Z"_s, u"--duration"_s,
                    u"0"_s, u"--zone"_s, u"UTC"_s},
                   u"at least one minute"_s);
    expectBadInput({u"times"_s, u"--start"_s, u"2027-02-14T17:00:00Z"_s, u"--duration"_s,
                    u"1h"_s, u"--zone"_s, u"Mars/Olympus_Mons"_s},
                   u"unknown zone 'Mars/Olympus_Mons'"_s);
    expectBadInput({u"times"_s, u"--start"_s, u"2027-02-14T17:00:00Z"_s, u"--duration"_s,
                    u"1h"_s},
                   u"--zone"_s);
    expectBadInput({u"times"_s, u"--start"_s, u"2027-02-14T17:00:00Z"_s, u"--duration"_s,
                    u"1h"_s, u"--zone"_s, u"UTC"_s, u"--all"_s},
                   u"--all"_s);
    expectBadInput({u"times"_s, u"--colour"_s}, u"'colour'"_s);
    expectBadInput({u"times"_s, u"--start"_s}, u"--start"_s);
    expectBadInput({u"zones"_s, u"extra"_s}, u"'extra'"_s);
    expectBadInput({u"frobnicate"_s}, u"'frobnicate'"_s);
}

TEST(CliHelp, EveryCommandHasHelp)
{
    for (const QString &command : {u"zones"_s, u"times"_s}) {
        const ProcessResult result = runCli({command, u"--help"_s});
        EXPECT_EQ(result.exitCode, 0) << command.toStdString();
        EXPECT_TRUE(result.out.startsWith(QByteArray(QByteArray("Usage: chorus-cli ") + command.toUtf8())))
            << result.out.toStdString();
        EXPECT_TRUE(result.err.isEmpty());
    }
    const ProcessResult top = runCli({u"--help"_s});
    EXPECT_EQ(top.exitCode, 0);
    EXPECT_TRUE(top.out.contains("times"));
    const ProcessResult bare = runCli({});
    EXPECT_EQ(bare.exitCode, 2);
    EXPECT_TRUE(bare.out.isEmpty()); // bad usage prints nothing on stdout
    EXPECT_TRUE(bare.err.contains("Usage: chorus-cli"));
}

} // namespace
