// The hard zones and edges, through the offset timeline and through QTimeZone.
// Expected values were read with Python's zoneinfo, an independent tz reader.
#include "testutil.h"

#include "time/offsettimeline.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Chorus::Time;
using namespace std::chrono;
using Chorus::Test::at;

namespace {

struct OffsetCase
{
    const char *name;
    const char *zone;
    const char *instant;
    int offset;
    const char *abbreviation;
};

class HardZones : public testing::TestWithParam<OffsetCase>
{
};

TEST_P(HardZones, TimelineAndQTimeZoneAgreeWithTheTzDatabase)
{
    const OffsetCase &row = GetParam();
    const QTimeZone zone(row.zone);
    ASSERT_TRUE(zone.isValid()) << row.zone;
    const Instant instant = at(row.instant);
    EXPECT_EQ(zone.offsetFromUtc(toQDateTime(instant)), row.offset) << "QTimeZone";

    // A timeline that covers the instant (binary search), one that starts at
    // it exactly, and one that does not cover it (falls back to QTimeZone).
    const auto around = OffsetTimeline::build(zone, instant - days{400}, instant + days{400});
    const auto startingThere = OffsetTimeline::build(zone, instant, instant + days{1});
    const auto elsewhere = OffsetTimeline::build(zone, at("1990-01-01T00:00:00Z"),
                                                 at("1990-01-02T00:00:00Z"));
    for (const OffsetTimeline *timeline : {&around, &startingThere, &elsewhere}) {
        EXPECT_EQ(timeline->offsetAt(instant), row.offset);
        EXPECT_EQ(timeline->abbreviationAt(instant), QString::fromLatin1(row.abbreviation));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Edges, HardZones,
    testing::Values(
        OffsetCase{"LordHoweSummer", "Australia/Lord_Howe", "2027-01-15T00:00:00Z", 39600, "+11"},
        OffsetCase{"LordHoweWinter", "Australia/Lord_Howe", "2027-07-01T00:00:00Z", 37800, "+1030"},
        OffsetCase{"LordHoweLastDstSecond", "Australia/Lord_Howe", "2027-04-03T14:59:59Z", 39600, "+11"},
        OffsetCase{"LordHoweHalfHourBack", "Australia/Lord_Howe", "2027-04-03T15:00:00Z", 37800, "+1030"},
        OffsetCase{"LordHoweBeforeSpring", "Australia/Lord_Howe", "2027-10-02T15:29:59Z", 37800, "+1030"},
        OffsetCase{"LordHoweHalfHourForward", "Australia/Lord_Howe", "2027-10-02T15:30:00Z", 39600, "+11"},
        OffsetCase{"DublinWinterNegativeDst", "Europe/Dublin", "2027-01-15T12:00:00Z", 0, "GMT"},
        OffsetCase{"DublinSummer", "Europe/Dublin", "2027-07-01T12:00:00Z", 3600, "IST"},
        OffsetCase{"DublinLastGmtSecond", "Europe/Dublin", "2027-03-28T00:59:59Z", 0, "GMT"},
        OffsetCase{"DublinFirstIstSecond", "Europe/Dublin", "2027-03-28T01:00:00Z", 3600, "IST"},
        OffsetCase{"KathmanduBefore1986", "Asia/Kathmandu", "1985-06-01T00:00:00Z", 19800, "+0530"},
        OffsetCase{"Kathmandu", "Asia/Kathmandu", "2027-06-01T00:00:00Z", 20700, "+0545"},
        OffsetCase{"ChathamSummer", "Pacific/Chatham", "2027-01-15T00:00:00Z", 49500, "+1345"},
        OffsetCase{"ChathamWinter", "Pacific/Chatham", "2027-07-01T00:00:00Z", 45900, "+1245"},
        OffsetCase{"KiritimatiBeforeTheJump", "Pacific/Kiritimati", "1994-12-30T12:00:00Z", -36000, "-10"},
        OffsetCase{"KiritimatiAfterTheJump", "Pacific/Kiritimati", "1995-01-02T00:00:00Z", 50400, "+14"},
        OffsetCase{"Kiritimati", "Pacific/Kiritimati", "2027-06-01T00:00:00Z", 50400, "+14"},
        OffsetCase{"ApiaLastSecondOf29Dec", "Pacific/Apia", "2011-12-30T09:59:59Z", -36000, "-10"},
        OffsetCase{"ApiaFirstSecondOf31Dec", "Pacific/Apia", "2011-12-30T10:00:00Z", 50400, "+14"},
        OffsetCase{"SaoPauloLastDst", "America/Sao_Paulo", "2018-12-15T12:00:00Z", -7200, "-02"},
        OffsetCase{"SaoPauloDstAbolished", "America/Sao_Paulo", "2019-12-15T12:00:00Z", -10800, "-03"},
        OffsetCase{"SaoPaulo2027", "America/Sao_Paulo", "2027-12-15T12:00:00Z", -10800, "-03"},
        OffsetCase{"BerlinSummer2040", "Europe/Berlin", "2040-07-01T12:00:00Z", 7200, "CEST"},
        OffsetCase{"BerlinWinter2040", "Europe/Berlin", "2040-12-01T12:00:00Z", 3600, "CET"},
        OffsetCase{"NewYorkBeforeSpring2045", "America/New_York", "2045-03-12T06:59:59Z", -18000, "EST"},
        OffsetCase{"NewYorkSpring2045", "America/New_York", "2045-03-12T07:00:00Z", -14400, "EDT"},
        OffsetCase{"SydneyLastDst2050", "Australia/Sydney", "2050-04-02T15:59:59Z", 39600, "AEDT"},
        OffsetCase{"SydneyAutumn2050", "Australia/Sydney", "2050-04-02T16:00:00Z", 36000, "AEST"},
        OffsetCase{"Kolkata", "Asia/Kolkata", "2019-12-05T17:00:00Z", 19800, "IST"},
        OffsetCase{"StJohnsHalfHourDst", "America/St_Johns", "2027-07-01T00:00:00Z", -9000, "NDT"},
        OffsetCase{"TrollTwoHourDst", "Antarctica/Troll", "2027-07-01T12:00:00Z", 7200, "+02"}),
    Chorus::Test::ByName());

TEST(OffsetTimeline, ContinuesPast2037ByRule)
{
    // Qt 6.4's QTimeZone::transitions() stops at 2037; the timeline must not.
    const auto timeline = OffsetTimeline::build(QTimeZone("Europe/Berlin"),
                                                at("2036-01-01T00:00:00Z"),
                                                at("2061-01-01T00:00:00Z"));
    const auto changes = timeline.transitionsBetween(at("2036-01-01T00:00:00Z"),
                                                     at("2061-01-01T00:00:00Z"));
    EXPECT_EQ(changes.size(), 50u); // two a year, 2036 to 2060
    EXPECT_EQ(changes.back().at, at("2060-10-31T01:00:00Z"));
    EXPECT_EQ(changes.back().offset, 3600);
}

TEST(OffsetTimeline, PeriodsCoverTheRange)
{
    const auto timeline = OffsetTimeline::build(QTimeZone("America/New_York"),
                                                at("2027-01-01T00:00:00Z"),
                                                at("2028-01-01T00:00:00Z"));
    ASSERT_EQ(timeline.periodCount(), 3u);
    EXPECT_EQ(timeline.periodStart(0), at("2027-01-01T00:00:00Z"));
    EXPECT_EQ(timeline.periodOffset(0), -18000);
    EXPECT_EQ(timeline.periodStart(1), at("2027-03-14T07:00:00Z"));
    EXPECT_EQ(timeline.periodOffset(1), -14400);
    EXPECT_EQ(timeline.periodStart(2), at("2027-11-07T06:00:00Z"));
    EXPECT_EQ(timeline.periodIndexAt(at("2027-11-07T05:59:59Z")), 1u);
    EXPECT_EQ(timeline.periodIndexAt(at("2027-11-07T06:00:00Z")), 2u);
    EXPECT_EQ(timeline.standardOffsetAt(at("2027-07-01T00:00:00Z")), -18000);
}

TEST(OffsetTimeline, ZonesWithoutTransitions)
{
    for (const char *id : {"UTC", "Etc/GMT-14", "Etc/GMT+12", "Asia/Kolkata"}) {
        const QTimeZone zone(id);
        const auto timeline = OffsetTimeline::build(zone, at("2027-01-01T00:00:00Z"),
                                                    at("2028-01-01T00:00:00Z"));
        const Instant probe = at("2027-06-01T00:00:00Z");
        EXPECT_EQ(timeline.offsetAt(probe), zone.offsetFromUtc(toQDateTime(probe))) << id;
        EXPECT_EQ(timeline.periodCount(), 1u) << id;
    }
}

TEST(OffsetTimeline, DefaultIsUtc)
{
    const OffsetTimeline timeline;
    EXPECT_EQ(timeline.offsetAt(at("2027-06-01T00:00:00Z")), 0);
    EXPECT_TRUE(timeline.covers(at("2027-06-01T00:00:00Z")));
}

} // namespace
