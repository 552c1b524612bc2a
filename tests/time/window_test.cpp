// Where a window falls on a zone's clock.
#include "testutil.h"

#include "time/offsettimeline.h"
#include "time/window.h"

#include <QTimeZone>

using namespace Chorus::Time;
using namespace std::chrono;
using Chorus::Test::at;

namespace {

struct WindowCase
{
    const char *name;
    const char *zone;
    const char *start;
    int minutes;
    const char *localStart;
    const char *localEnd;
    int dayShift;
    const char *offsetChange; // "" when none
    bool crossesMidnight;
};

class PlaceWindow : public testing::TestWithParam<WindowCase>
{
};

TEST_P(PlaceWindow, LocalStartEndAndShift)
{
    const WindowCase &row = GetParam();
    const WindowInZone window = placeWindow(QTimeZone(row.zone), at(row.start), minutes{row.minutes});
    EXPECT_EQ(formatLocal(window.start, window.offsetStart), QString::fromLatin1(row.localStart));
    EXPECT_EQ(formatLocal(window.end, window.offsetEnd), QString::fromLatin1(row.localEnd));
    EXPECT_EQ(window.dayShift, row.dayShift);
    EXPECT_EQ(window.crossesLocalMidnight(), row.crossesMidnight);
    if (*row.offsetChange) {
        ASSERT_TRUE(window.offsetChange.has_value());
        EXPECT_EQ(*window.offsetChange, at(row.offsetChange));
    } else {
        EXPECT_FALSE(window.offsetChange.has_value());
    }
    // The same through a long precomputed timeline.
    const auto timeline = OffsetTimeline::build(QTimeZone(row.zone), at(row.start) - days{200},
                                                at(row.start) + days{200});
    const WindowInZone again = placeWindow(timeline, at(row.start), minutes{row.minutes});
    EXPECT_EQ(again.offsetStart, window.offsetStart);
    EXPECT_EQ(again.offsetEnd, window.offsetEnd);
    EXPECT_EQ(again.offsetChange, window.offsetChange);
}

INSTANTIATE_TEST_SUITE_P(
    Zones, PlaceWindow,
    testing::Values(
        WindowCase{"AlitaKolkata", "Asia/Kolkata", "2019-12-05T17:00:00Z", 60,
                   "2019-12-05T22:30:00+05:30", "2019-12-05T23:30:00+05:30", 0, "", false},
        WindowCase{"AlitaManilaNextDay", "Asia/Manila", "2019-12-05T17:00:00Z", 60,
                   "2019-12-06T01:00:00+08:00", "2019-12-06T02:00:00+08:00", 1, "", false},
        WindowCase{"AlitaLosAngeles", "America/Los_Angeles", "2019-12-05T17:00:00Z", 60,
                   "2019-12-05T09:00:00-08:00", "2019-12-05T10:00:00-08:00", 0, "", false},
        WindowCase{"HonoluluPreviousDay", "Pacific/Honolulu", "2027-02-14T05:00:00Z", 60,
                   "2027-02-13T19:00:00-10:00", "2027-02-13T20:00:00-10:00", -1, "", false},
        WindowCase{"BerlinSpringForwardInside", "Europe/Berlin", "2027-03-28T00:30:00Z", 60,
                   "2027-03-28T01:30:00+01:00", "2027-03-28T03:30:00+02:00", 0,
                   "2027-03-28T01:00:00Z", false},
        WindowCase{"BerlinFallBackInside", "Europe/Berlin", "2027-10-31T00:30:00Z", 60,
                   "2027-10-31T02:30:00+02:00", "2027-10-31T02:30:00+01:00", 0,
                   "2027-10-31T01:00:00Z", false},
        WindowCase{"LordHoweHalfHourInside", "Australia/Lord_Howe", "2027-04-03T14:30:00Z", 60,
                   "2027-04-04T01:30:00+11:00", "2027-04-04T02:00:00+10:30", 1,
                   "2027-04-03T15:00:00Z", false},
        WindowCase{"ChangeAtTheEndIsNotInside", "Europe/Berlin", "2027-03-28T00:00:00Z", 60,
                   "2027-03-28T01:00:00+01:00", "2027-03-28T03:00:00+02:00", 0, "", false},
        WindowCase{"ChangeAtTheStartIsNotInside", "Europe/Berlin", "2027-03-28T01:00:00Z", 60,
                   "2027-03-28T03:00:00+02:00", "2027-03-28T04:00:00+02:00", 0, "", false},
        WindowCase{"CrossesMidnight", "Asia/Tokyo", "2027-02-14T14:30:00Z", 60,
                   "2027-02-14T23:30:00+09:00", "2027-02-15T00:30:00+09:00", 0, "", true},
        WindowCase{"EndsAtMidnight", "Asia/Tokyo", "2027-02-14T14:00:00Z", 60,
                   "2027-02-14T23:00:00+09:00", "2027-02-15T00:00:00+09:00", 0, "", false},
        WindowCase{"ApiaSkippedDay", "Pacific/Apia", "2011-12-30T09:30:00Z", 60,
                   "2011-12-29T23:30:00-10:00", "2011-12-31T00:30:00+14:00", -1,
                   "2011-12-30T10:00:00Z", true},
        WindowCase{"KiritimatiPlus14", "Pacific/Kiritimati", "2027-02-14T17:00:00Z", 60,
                   "2027-02-15T07:00:00+14:00", "2027-02-15T08:00:00+14:00", 1, "", false},
        WindowCase{"Chatham", "Pacific/Chatham", "2019-12-05T17:00:00Z", 60,
                   "2019-12-06T06:45:00+13:45", "2019-12-06T07:45:00+13:45", 1, "", false},
        WindowCase{"NewYork2045Spring", "America/New_York", "2045-03-12T06:30:00Z", 90,
                   "2045-03-12T01:30:00-05:00", "2045-03-12T04:00:00-04:00", 0,
                   "2045-03-12T07:00:00Z", false}),
    Chorus::Test::ByName());

TEST(PlaceWindow, AbbreviationsAtBothEnds)
{
    const auto window = placeWindow(QTimeZone("Europe/Berlin"), at("2027-03-28T00:30:00Z"),
                                    minutes{60});
    EXPECT_EQ(window.abbreviationStart, QStringLiteral("CET"));
    EXPECT_EQ(window.abbreviationEnd, QStringLiteral("CEST"));
    EXPECT_FALSE(window.fractionalHourOffset());
    EXPECT_TRUE(placeWindow(QTimeZone("Asia/Kathmandu"), at("2027-03-28T00:30:00Z"), minutes{60})
                    .fractionalHourOffset());
}

} // namespace
