// Wall-clock readings to instants: gaps and overlaps are never resolved silently.
#include "testutil.h"

#include "time/localtime.h"
#include "time/offsettimeline.h"

#include <QTimeZone>

using namespace Chorus::Time;
using namespace std::chrono;
using Chorus::Test::at;

namespace {

LocalTime wall(int y, unsigned mo, unsigned d, int h, int mi)
{
    return local_days{year{y} / mo / d} + hours{h} + minutes{mi};
}

struct LocalCase
{
    const char *name;
    const char *zone;
    LocalTime local;
    LocalKind kind;
    const char *earliest;
    const char *latest;
};

class ClassifyLocal : public testing::TestWithParam<LocalCase>
{
};

TEST_P(ClassifyLocal, FindsTheInstants)
{
    const LocalCase &row = GetParam();
    const QTimeZone zone(row.zone);
    const LocalInfo info = classifyLocal(zone, row.local);
    EXPECT_EQ(int(info.kind), int(row.kind));
    EXPECT_EQ(info.earliest, at(row.earliest));
    EXPECT_EQ(info.latest, at(row.latest));

    // Same answers from a long timeline.
    const auto timeline = OffsetTimeline::build(zone, at(row.earliest) - days{30},
                                                at(row.earliest) + days{30});
    const LocalInfo again = classifyLocal(timeline, row.local);
    EXPECT_EQ(int(again.kind), int(row.kind));
    EXPECT_EQ(again.earliest, info.earliest);
    EXPECT_EQ(again.latest, info.latest);

    // Refuse only when the reading is not unique; Earliest and Latest pick.
    const auto refused = resolveLocal(zone, row.local, Choose::Refuse);
    EXPECT_EQ(refused.has_value(), row.kind == LocalKind::Unique);
    EXPECT_EQ(resolveLocal(zone, row.local, Choose::Earliest).value(), at(row.earliest));
    EXPECT_EQ(resolveLocal(zone, row.local, Choose::Latest).value(), at(row.latest));
}

INSTANTIATE_TEST_SUITE_P(
    Edges, ClassifyLocal,
    testing::Values(
        LocalCase{"BerlinOrdinary", "Europe/Berlin", wall(2027, 2, 14, 18, 0), LocalKind::Unique,
                  "2027-02-14T17:00:00Z", "2027-02-14T17:00:00Z"},
        LocalCase{"BerlinGap", "Europe/Berlin", wall(2027, 3, 28, 2, 30), LocalKind::Nonexistent,
                  "2027-03-28T01:00:00Z", "2027-03-28T01:00:00Z"},
        LocalCase{"BerlinGapStart", "Europe/Berlin", wall(2027, 3, 28, 2, 0),
                  LocalKind::Nonexistent, "2027-03-28T01:00:00Z", "2027-03-28T01:00:00Z"},
        LocalCase{"BerlinAfterGap", "Europe/Berlin", wall(2027, 3, 28, 3, 0), LocalKind::Unique,
                  "2027-03-28T01:00:00Z", "2027-03-28T01:00:00Z"},
        LocalCase{"BerlinOverlap", "Europe/Berlin", wall(2027, 10, 31, 2, 30),
                  LocalKind::Ambiguous, "2027-10-31T00:30:00Z", "2027-10-31T01:30:00Z"},
        LocalCase{"LordHoweHalfHourGap", "Australia/Lord_Howe", wall(2027, 10, 3, 2, 15),
                  LocalKind::Nonexistent, "2027-10-02T15:30:00Z", "2027-10-02T15:30:00Z"},
        LocalCase{"LordHoweHalfHourOverlap", "Australia/Lord_Howe", wall(2027, 4, 4, 1, 45),
                  LocalKind::Ambiguous, "2027-04-03T14:45:00Z", "2027-04-03T15:15:00Z"},
        LocalCase{"DublinNegativeDstGap", "Europe/Dublin", wall(2027, 3, 28, 1, 30),
                  LocalKind::Nonexistent, "2027-03-28T01:00:00Z", "2027-03-28T01:00:00Z"},
        LocalCase{"ApiaLostDay", "Pacific/Apia", wall(2011, 12, 30, 12, 0),
                  LocalKind::Nonexistent, "2011-12-30T10:00:00Z", "2011-12-30T10:00:00Z"},
        LocalCase{"ApiaDayAfter", "Pacific/Apia", wall(2011, 12, 31, 12, 0), LocalKind::Unique,
                  "2011-12-30T22:00:00Z", "2011-12-30T22:00:00Z"},
        LocalCase{"NewYorkOverlap2045", "America/New_York", wall(2045, 11, 5, 1, 30),
                  LocalKind::Ambiguous, "2045-11-05T05:30:00Z", "2045-11-05T06:30:00Z"},
        LocalCase{"Kathmandu", "Asia/Kathmandu", wall(2027, 2, 14, 22, 45), LocalKind::Unique,
                  "2027-02-14T17:00:00Z", "2027-02-14T17:00:00Z"}),
    Chorus::Test::ByName());

TEST(ResolveLocal, GapMessageExplainsTheJump)
{
    const auto result = resolveLocal(QTimeZone("Europe/Berlin"), wall(2027, 3, 28, 2, 30));
    ASSERT_FALSE(result.has_value());
    const std::string message = result.error().message.toStdString();
    EXPECT_NE(message.find("2027-03-28 02:30 does not exist in Europe/Berlin"), std::string::npos)
        << message;
    EXPECT_NE(message.find("from 02:00 to 03:00"), std::string::npos) << message;
    EXPECT_NE(message.find("+01:00 to +02:00"), std::string::npos) << message;
}

TEST(ResolveLocal, OverlapMessageOffersBoth)
{
    const auto result = resolveLocal(QTimeZone("Europe/Berlin"), wall(2027, 10, 31, 2, 30));
    ASSERT_FALSE(result.has_value());
    const std::string message = result.error().message.toStdString();
    EXPECT_NE(message.find("happens twice in Europe/Berlin"), std::string::npos) << message;
    EXPECT_NE(message.find("2027-10-31T00:30:00Z"), std::string::npos) << message;
    EXPECT_NE(message.find("2027-10-31T01:30:00Z"), std::string::npos) << message;
}

TEST(ResolveLocal, GapAndOverlapDetailsAreReported)
{
    const LocalInfo gap = classifyLocal(QTimeZone("Australia/Lord_Howe"), wall(2027, 10, 3, 2, 15));
    EXPECT_EQ(gap.offsetBefore, 37800);
    EXPECT_EQ(gap.offsetAfter, 39600);
    EXPECT_EQ(gap.transition, at("2027-10-02T15:30:00Z"));
}


struct ShiftCase
{
    const char *name;
    const char *zone;
    LocalTime local;
    const char *shifted;
};

class GapShifted : public testing::TestWithParam<ShiftCase>
{
};

// A reading in a gap shifts by the gap's length: read with the offset before
// the change, it shows the same distance past the change on the new clock.
TEST_P(GapShifted, ReadsWithTheOffsetBeforeTheChange)
{
    const ShiftCase &row = GetParam();
    const QTimeZone zone(row.zone);
    const LocalInfo info = classifyLocal(zone, row.local);
    EXPECT_EQ(info.shifted, at(row.shifted));
    const auto timeline = OffsetTimeline::build(zone, at(row.shifted) - days{30},
                                                at(row.shifted) + days{30});
    EXPECT_EQ(classifyLocal(timeline, row.local).shifted, info.shifted);
    if (info.kind == LocalKind::Nonexistent) {
        EXPECT_EQ(info.shifted, Instant{row.local.time_since_epoch() - seconds{info.offsetBefore}});
        EXPECT_GE(info.shifted, info.transition);
        // On the new clock it reads the typed reading plus the gap.
        EXPECT_EQ(toLocal(info.shifted, info.offsetAfter),
                  row.local + seconds{info.offsetAfter - info.offsetBefore});
    } else {
        EXPECT_EQ(info.shifted, info.earliest);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Edges, GapShifted,
    testing::Values(
        ShiftCase{"BerlinGap", "Europe/Berlin", wall(2027, 3, 28, 2, 30), "2027-03-28T01:30:00Z"},
        ShiftCase{"BerlinGapStart", "Europe/Berlin", wall(2027, 3, 28, 2, 0), "2027-03-28T01:00:00Z"},
        ShiftCase{"LordHoweHalfHourGap", "Australia/Lord_Howe", wall(2027, 10, 3, 2, 15),
                  "2027-10-02T15:45:00Z"},
        ShiftCase{"DublinNegativeDstGap", "Europe/Dublin", wall(2027, 3, 28, 1, 30),
                  "2027-03-28T01:30:00Z"},
        ShiftCase{"ApiaLostDay", "Pacific/Apia", wall(2011, 12, 30, 12, 0), "2011-12-30T22:00:00Z"},
        ShiftCase{"BerlinOrdinaryIsEarliest", "Europe/Berlin", wall(2027, 2, 14, 18, 0),
                  "2027-02-14T17:00:00Z"},
        ShiftCase{"BerlinOverlapIsEarliest", "Europe/Berlin", wall(2027, 10, 31, 2, 30),
                  "2027-10-31T00:30:00Z"}),
    Chorus::Test::ByName());

} // namespace
