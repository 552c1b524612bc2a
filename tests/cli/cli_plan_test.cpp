// chorus-cli best, line by line against CONTRACT.md, plus its extensions.
#include "clitest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Chorus::Test;
using namespace Qt::StringLiterals;

namespace {

const QString threeZones = u"Europe/Berlin=50,America/Los_Angeles=50,Asia/Tokyo=20"_s;

QStringList bestArgs(const QString &audience, const QString &from, const QString &to,
                     const QString &duration, const QStringList &extra = {})
{
    return QStringList {u"best"_s, u"--audience"_s, audience, u"--from"_s, from, u"--to"_s,
                        to,        u"--duration"_s, duration, u"--json"_s}
    + extra;
}

QJsonArray candidatesOf(const QJsonObject &document)
{
    return document.value(u"candidates"_s).toArray();
}

TEST(CliBest, JsonShapeOrderAndDefaults)
{
    const QJsonObject document = parseJsonOutput(runCli(
        bestArgs(threeZones, u"2027-06-01T00:00:00Z"_s, u"2027-06-02T00:00:00Z"_s, u"1h"_s)));
    const QJsonArray candidates = candidatesOf(document);
    ASSERT_EQ(candidates.size(), 5) << "top defaults to 5";
    const QJsonObject first = candidates.first().toObject();
    EXPECT_EQ(first.value(u"start_utc"_s).toString(), u"2027-06-01T16:00:00Z"_s);
    EXPECT_EQ(first.value(u"end_utc"_s).toString(), u"2027-06-01T17:00:00Z"_s);
    EXPECT_EQ(first.value(u"comfortable_weight"_s).toDouble(), 100);
    EXPECT_EQ(first.value(u"total_weight"_s).toDouble(), 120);
    EXPECT_DOUBLE_EQ(first.value(u"score"_s).toDouble(), 100.0 / 120.0);
    // 15-minute steps by default; equal scores earliest first.
    EXPECT_EQ(candidates.at(1).toObject().value(u"start_utc"_s).toString(),
              u"2027-06-01T16:15:00Z"_s);
    double previousScore = 2;
    QString previousStart;
    for (const QJsonValue &value : candidates) {
        const QJsonObject candidate = value.toObject();
        const double score = candidate.value(u"score"_s).toDouble();
        const QString start = candidate.value(u"start_utc"_s).toString();
        EXPECT_DOUBLE_EQ(score,
                         candidate.value(u"comfortable_weight"_s).toDouble()
                             / candidate.value(u"total_weight"_s).toDouble());
        EXPECT_TRUE(score < previousScore || (score == previousScore && start > previousStart));
        previousScore = score;
        previousStart = start;
    }
    EXPECT_FALSE(document.contains(u"ranges"_s));
    EXPECT_FALSE(document.contains(u"second_wave"_s));
}

TEST(CliBest, CandidatesAreFromPlusStepWhileBeforeTo)
{
    const QJsonArray candidates = candidatesOf(parseJsonOutput(runCli(
        bestArgs(u"UTC=1"_s, u"2027-02-14T00:00:00Z"_s, u"2027-02-14T01:15:00Z"_s, u"30"_s,
                 {u"--step"_s, u"25m"_s, u"--top"_s, u"10"_s, u"--comfort"_s, u"00:00-00:00"_s}))));
    ASSERT_EQ(candidates.size(), 3);
    EXPECT_EQ(candidates.at(0).toObject().value(u"start_utc"_s).toString(),
              u"2027-02-14T00:00:00Z"_s);
    EXPECT_EQ(candidates.at(1).toObject().value(u"start_utc"_s).toString(),
              u"2027-02-14T00:25:00Z"_s);
    EXPECT_EQ(candidates.at(2).toObject().value(u"start_utc"_s).toString(),
              u"2027-02-14T00:50:00Z"_s);
    for (const QJsonValue &value : candidates)
        EXPECT_EQ(value.toObject().value(u"score"_s).toDouble(), 1)
            << "00:00-00:00 is the whole day";
}

TEST(CliBest, ComfortDefaultsTo9To23AndWraps)
{
    // Default 09:00-23:00: a UTC hour starting 22:00 is in, 23:00 is out, 08:00 is out.
    const QJsonArray byDefault = candidatesOf(parseJsonOutput(
        runCli(bestArgs(u"UTC=1"_s, u"2027-02-14T00:00:00Z"_s, u"2027-02-15T00:00:00Z"_s, u"1h"_s,
                        {u"--step"_s, u"1h"_s, u"--top"_s, u"24"_s}))));
    ASSERT_EQ(byDefault.size(), 24);
    EXPECT_EQ(byDefault.at(0).toObject().value(u"start_utc"_s).toString(),
              u"2027-02-14T09:00:00Z"_s);
    EXPECT_EQ(byDefault.at(13).toObject().value(u"start_utc"_s).toString(),
              u"2027-02-14T22:00:00Z"_s);
    EXPECT_EQ(byDefault.at(13).toObject().value(u"score"_s).toDouble(), 1);
    EXPECT_EQ(byDefault.at(14).toObject().value(u"score"_s).toDouble(), 0);

    // 18:00-02:00: the hours starting 00:00, 01:00 and 18:00 … 23:00.
    const QJsonArray wrapped = candidatesOf(parseJsonOutput(runCli(
        bestArgs(u"UTC=1"_s, u"2027-02-14T00:00:00Z"_s, u"2027-02-15T00:00:00Z"_s, u"1h"_s,
                 {u"--step"_s, u"1h"_s, u"--top"_s, u"9"_s, u"--comfort"_s, u"18:00-02:00"_s}))));
    QStringList starts;
    for (const QJsonValue &value : wrapped) {
        if (value.toObject().value(u"score"_s).toDouble() == 1)
            starts << value.toObject().value(u"start_utc"_s).toString().mid(11, 5);
    }
    EXPECT_EQ(starts,
              (QStringList {u"00:00"_s, u"01:00"_s, u"18:00"_s, u"19:00"_s, u"20:00"_s, u"21:00"_s,
                            u"22:00"_s, u"23:00"_s}));
}

TEST(CliBest, AudienceFromACampaignShapedFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"launch.chorus.json"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"chorus-campaign","version":1,"title":"t","hashtag":"#T",
        "audience":[{"zone":"Europe/Berlin","weight":50},{"zone":"America/Los_Angeles","weight":50},
                    {"zone":"Asia/Tokyo","weight":20}]})");
    file.close();
    const QJsonObject fromFile = parseJsonOutput(runCli(
        bestArgs(u"@"_s + path, u"2027-06-01T00:00:00Z"_s, u"2027-06-02T00:00:00Z"_s, u"1h"_s)));
    const QJsonObject fromSpec = parseJsonOutput(runCli(
        bestArgs(threeZones, u"2027-06-01T00:00:00Z"_s, u"2027-06-02T00:00:00Z"_s, u"1h"_s)));
    EXPECT_EQ(fromFile, fromSpec);

    QFile bad(dir.filePath(u"bad.json"_s));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"audience":[{"zone":"Europe/Berlin","weight":-1}]})");
    bad.close();
    expectBadInput(bestArgs(u"@"_s + bad.fileName(), u"2027-06-01T00:00:00Z"_s,
                            u"2027-06-02T00:00:00Z"_s, u"1h"_s),
                   u"audience[0].weight: must not be negative"_s);
    expectBadInput(bestArgs(u"@"_s + dir.filePath(u"missing.json"_s), u"2027-06-01T00:00:00Z"_s,
                            u"2027-06-02T00:00:00Z"_s, u"1h"_s),
                   u"--audience: cannot read"_s);
}

TEST(CliBest, RangesSecondWaveAndExplain)
{
    const QJsonObject document = parseJsonOutput(
        runCli(bestArgs(threeZones, u"2027-06-01T00:00:00Z"_s, u"2027-06-02T00:00:00Z"_s, u"1h"_s,
                        {u"--ranges"_s, u"--second-wave"_s, u"--explain"_s, u"--top"_s, u"1"_s})));
    const QJsonArray ranges = document.value(u"ranges"_s).toArray();
    ASSERT_EQ(ranges.size(), 6);
    const QJsonObject best = ranges.at(4).toObject();
    EXPECT_EQ(best.value(u"first_start_utc"_s).toString(), u"2027-06-01T16:00:00Z"_s);
    EXPECT_EQ(best.value(u"last_start_utc"_s).toString(), u"2027-06-01T20:00:00Z"_s);
    EXPECT_EQ(best.value(u"count"_s).toInt(), 17);
    EXPECT_EQ(best.value(u"comfortable_weight"_s).toDouble(), 100);

    const QJsonObject wave = document.value(u"second_wave"_s).toObject();
    EXPECT_EQ(wave.value(u"first_start_utc"_s).toString(), u"2027-06-01T16:00:00Z"_s);
    EXPECT_EQ(wave.value(u"start_utc"_s).toString(), u"2027-06-01T00:00:00Z"_s);
    EXPECT_EQ(wave.value(u"end_utc"_s).toString(), u"2027-06-01T01:00:00Z"_s);
    EXPECT_EQ(wave.value(u"left_out_weight"_s).toDouble(), 20);
    EXPECT_EQ(wave.value(u"added_weight"_s).toDouble(), 20);
    EXPECT_DOUBLE_EQ(wave.value(u"score_alone"_s).toDouble(), 70.0 / 120.0);
    EXPECT_EQ(wave.value(u"combined_weight"_s).toDouble(), 120);
    EXPECT_EQ(wave.value(u"combined_score"_s).toDouble(), 1);

    const QJsonArray zones = candidatesOf(document).first().toObject().value(u"zones"_s).toArray();
    ASSERT_EQ(zones.size(), 3);
    EXPECT_EQ(zones.at(0).toObject().value(u"zone"_s).toString(), u"Europe/Berlin"_s);
    EXPECT_EQ(zones.at(0).toObject().value(u"standing"_s).toString(), u"comfortable"_s);
    EXPECT_EQ(zones.at(0).toObject().value(u"local_start"_s).toString(),
              u"2027-06-01T18:00:00+02:00"_s);
    EXPECT_EQ(zones.at(2).toObject().value(u"standing"_s).toString(), u"asleep"_s);
    EXPECT_EQ(zones.at(2).toObject().value(u"local_start"_s).toString(),
              u"2027-06-02T01:00:00+09:00"_s);
    EXPECT_EQ(zones.at(2).toObject().value(u"weight"_s).toDouble(), 20);
}

TEST(CliBest, SecondWaveIsNullWhenNobodyIsLeftOut)
{
    const QJsonObject document = parseJsonOutput(
        runCli(bestArgs(u"Europe/Berlin=1"_s, u"2027-06-01T00:00:00Z"_s, u"2027-06-02T00:00:00Z"_s,
                        u"1h"_s, {u"--second-wave"_s})));
    ASSERT_TRUE(document.contains(u"second_wave"_s));
    EXPECT_TRUE(document.value(u"second_wave"_s).isNull());
}

TEST(CliBest, PreflightForTheBestStart)
{
    const QJsonObject document = parseJsonOutput(
        runCli(bestArgs(u"Australia/Sydney=3,Asia/Kolkata=2,Europe/Berlin=5"_s,
                        u"2027-04-14T00:00:00Z"_s, u"2027-04-15T00:00:00Z"_s, u"1h"_s,
                        {u"--preflight"_s, u"--now"_s, u"2027-02-01T00:00:00Z"_s,
                         u"--organizer-zone"_s, u"Europe/Berlin"_s, u"--top"_s, u"1"_s})));
    EXPECT_EQ(candidatesOf(document).first().toObject().value(u"start_utc"_s).toString(),
              u"2027-04-14T07:00:00Z"_s);
    const QJsonArray lines = document.value(u"preflight"_s).toArray();
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.at(0).toObject().value(u"kind"_s).toString(), u"offset_changes_before_start"_s);
    EXPECT_EQ(lines.at(0).toObject().value(u"zone"_s).toString(), u"Australia/Sydney"_s);
    EXPECT_EQ(
        lines.at(0).toObject().value(u"text"_s).toString(),
        u"Sydney moves from +11:00 to +10:00 on 4 April, before the start: the start is 17:00 there."_s);
    EXPECT_EQ(lines.at(1).toObject().value(u"kind"_s).toString(), u"fractional_offset"_s);
    EXPECT_EQ(lines.at(2).toObject().value(u"zone"_s).toString(), u"Europe/Berlin"_s);

    expectBadInput(bestArgs(u"UTC=1"_s, u"2027-04-14T00:00:00Z"_s, u"2027-04-15T00:00:00Z"_s,
                            u"1h"_s, {u"--preflight"_s, u"--now"_s, u"yesterday"_s}),
                   u"--now"_s);
    expectBadInput(bestArgs(u"UTC=1"_s, u"2027-04-14T00:00:00Z"_s, u"2027-04-15T00:00:00Z"_s,
                            u"1h"_s, {u"--preflight"_s, u"--organizer-zone"_s, u"Europe/Berln"_s}),
                   u"--organizer-zone: unknown zone 'Europe/Berln'"_s);
}

TEST(CliBest, AllZonesAndTheTable)
{
    const QJsonArray all = candidatesOf(parseJsonOutput(
        runCli({u"best"_s, u"--all"_s, u"--from"_s, u"2027-06-01T00:00:00Z"_s, u"--to"_s,
                u"2027-06-02T00:00:00Z"_s, u"--duration"_s, u"1h"_s, u"--json"_s})));
    ASSERT_EQ(all.size(), 5);
    EXPECT_GT(all.first().toObject().value(u"total_weight"_s).toDouble(), 300);

    const ProcessResult table
        = runCli({u"best"_s, u"--audience"_s, threeZones, u"--from"_s, u"2027-06-01T00:00:00Z"_s,
                  u"--to"_s, u"2027-06-02T00:00:00Z"_s, u"--duration"_s, u"1h"_s, u"--ranges"_s});
    EXPECT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.err.isEmpty());
    EXPECT_TRUE(table.out.contains("RANK"));
    EXPECT_TRUE(table.out.contains(
        "any start from 2027-06-01T16:00:00Z to 2027-06-01T20:00:00Z reaches 83.3%"));

    const ProcessResult help = runCli({u"best"_s, u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--audience"));
}

struct BadRow
{
    std::string name;
    QStringList arguments;
    QString mentions;
};

class CliBestBadInput : public testing::TestWithParam<BadRow>
{
};

TEST_P(CliBestBadInput, ExitTwoNamingTheValue)
{
    expectBadInput(GetParam().arguments, GetParam().mentions);
}

const QString from = u"2027-06-01T00:00:00Z"_s;
const QString to = u"2027-06-02T00:00:00Z"_s;

INSTANTIATE_TEST_SUITE_P(
    Rows, CliBestBadInput,
    testing::Values(
        BadRow {
            "UnknownZone", bestArgs(u"Europe/Berln=3"_s, from, to, u"1h"_s),
            u"--audience: entry 1 'Europe/Berln=3': unknown zone 'Europe/Berln'; did you mean Europe/Berlin?"_s},
        BadRow {"NegativeWeight", bestArgs(u"Asia/Tokyo=1,Europe/Berlin=-3"_s, from, to, u"1h"_s),
                u"--audience: entry 2 'Europe/Berlin=-3': weight must not be negative"_s},
        BadRow {"EmptyAudience", bestArgs(u""_s, from, to, u"1h"_s),
                u"--audience: the audience is empty"_s},
        BadRow {"ZeroTotal", bestArgs(u"UTC=0"_s, from, to, u"1h"_s),
                u"--audience: the weights add up to 0"_s},
        BadRow {"MissingAudience",
                {u"best"_s, u"--from"_s, from, u"--to"_s, to, u"--duration"_s, u"1h"_s},
                u"--audience: is required"_s},
        BadRow {"AllAndAudience", bestArgs(u"UTC=1"_s, from, to, u"1h"_s, {u"--all"_s}),
                u"--all"_s},
        BadRow {"FromAfterTo", bestArgs(u"UTC=1"_s, to, from, u"1h"_s),
                u"--to: '2027-06-01T00:00:00Z' is not after --from '2027-06-02T00:00:00Z'"_s},
        BadRow {"FromEqualsTo", bestArgs(u"UTC=1"_s, from, from, u"1h"_s), u"--to"_s},
        BadRow {"BadFrom", bestArgs(u"UTC=1"_s, u"2027-06-01T00:00:00"_s, to, u"1h"_s),
                u"--from"_s},
        BadRow {"ZeroStep", bestArgs(u"UTC=1"_s, from, to, u"1h"_s, {u"--step"_s, u"0"_s}),
                u"--step: must be at least one minute, not '0'"_s},
        BadRow {"BadStep", bestArgs(u"UTC=1"_s, from, to, u"1h"_s, {u"--step"_s, u"-5"_s}),
                u"--step"_s},
        BadRow {"ZeroDuration", bestArgs(u"UTC=1"_s, from, to, u"0m"_s),
                u"--duration: must be at least one minute"_s},
        BadRow {"MissingDuration",
                {u"best"_s, u"--audience"_s, u"UTC=1"_s, u"--from"_s, from, u"--to"_s, to},
                u"--duration: is required"_s},
        BadRow {"TopZero", bestArgs(u"UTC=1"_s, from, to, u"1h"_s, {u"--top"_s, u"0"_s}),
                u"--top: '0'"_s},
        BadRow {"TopText", bestArgs(u"UTC=1"_s, from, to, u"1h"_s, {u"--top"_s, u"five"_s}),
                u"--top: 'five'"_s},
        BadRow {"BadComfort", bestArgs(u"UTC=1"_s, from, to, u"1h"_s, {u"--comfort"_s, u"9-23"_s}),
                u"--comfort: '9-23' is not a range of hours"_s},
        BadRow {"TooManyCandidates",
                bestArgs(u"UTC=1"_s, u"2027-01-01T00:00:00Z"_s, u"2030-01-01T00:00:00Z"_s, u"1h"_s,
                         {u"--step"_s, u"1"_s}),
                u"--step: 1m from 2027-01-01T00:00:00Z to 2030-01-01T00:00:00Z makes"_s},
        BadRow {"UnknownOption", bestArgs(u"UTC=1"_s, from, to, u"1h"_s, {u"--frobnicate"_s}),
                u"frobnicate"_s}),
    ByName());

} // namespace

#include "checkin/sqlitestore.h"
#include "checkin/token.h"

namespace {

TEST(CliBest, AudienceFromTheRealSignUps)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("checkins.sqlite"));
    {
        Chorus::Checkin::SqliteStore store(db);
        ASSERT_TRUE(store.open().has_value());
        ASSERT_TRUE(store.begin().has_value());
        const struct {
            const char *handle;
            const char *zone;
        } people[] = {{"@ana", "Asia/Manila"}, {"@ben", "Asia/Manila"}, {"@cy", "Europe/Berlin"}};
        for (const auto &person : people) {
            Chorus::Checkin::JoinRequest join;
            join.handle = QString::fromLatin1(person.handle);
            join.handleKey = Chorus::Checkin::normaliseHandle(join.handle);
            join.platform = QStringLiteral("x");
            join.zone = person.zone;
            join.freshToken = Chorus::Checkin::generateToken();
            join.at = QDateTime::currentDateTimeUtc();
            ASSERT_TRUE(store.join(join).has_value());
        }
        ASSERT_TRUE(store.commit().has_value());
    }
    const QJsonObject document = Chorus::Test::parseJsonOutput(Chorus::Test::runCli(
        {QStringLiteral("best"), QStringLiteral("--signups"), db, QStringLiteral("--from"),
         QStringLiteral("2027-02-14T00:00:00Z"), QStringLiteral("--to"),
         QStringLiteral("2027-02-15T00:00:00Z"), QStringLiteral("--duration"), QStringLiteral("1h"),
         QStringLiteral("--json")}));
    const QJsonObject best = document.value(QStringLiteral("candidates")).toArray().first().toObject();
    EXPECT_EQ(best.value(QStringLiteral("total_weight")).toDouble(), 3.0);
    EXPECT_EQ(best.value(QStringLiteral("score")).toDouble(), 1.0); // 17:00–22:00 Manila, 10:00–15:00 Berlin

    Chorus::Test::expectBadInput({QStringLiteral("best"), QStringLiteral("--signups"),
                                  dir.filePath(QStringLiteral("nope.sqlite")), QStringLiteral("--from"),
                                  QStringLiteral("2027-02-14T00:00:00Z"), QStringLiteral("--to"),
                                  QStringLiteral("2027-02-15T00:00:00Z"), QStringLiteral("--duration"),
                                  QStringLiteral("1h")},
                                 QStringLiteral("no check-in database"));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("nope.sqlite"))));
}

} // namespace
