// Pre-flight lines: one named case per kind, and the quiet cases.
#include "testutil.h"

#include "plan/preflight.h"
#include "time/zonecatalogue.h"

using namespace Chorus::Plan;
using namespace Chorus::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

const Chorus::Time::ZoneCatalogue &catalogue()
{
    static const auto instance = Chorus::Time::ZoneCatalogue::system();
    return instance;
}

std::vector<PreflightLine> run(const Audience &audience, const char *start, int duration,
                               const char *now, const QByteArray &organizer = "UTC")
{
    return preflight(audience, at(start), minutes {duration}, at(now), organizer, catalogue());
}

std::vector<PreflightLine> ofKind(const std::vector<PreflightLine> &lines, PreflightKind kind)
{
    std::vector<PreflightLine> result;
    for (const PreflightLine &line : lines) {
        if (line.kind == kind)
            result.push_back(line);
    }
    return result;
}

TEST(Preflight, SydneyLeavesDaylightTimeBeforeTheStart)
{
    const auto lines = run({{"Australia/Sydney", 1}}, "2027-04-14T17:00:00Z", 60,
                           "2027-02-01T00:00:00Z", "Europe/Berlin");
    const auto moved = ofKind(lines, PreflightKind::OffsetChangesBeforeStart);
    ASSERT_EQ(moved.size(), 1u);
    EXPECT_EQ(moved[0].zone, "Australia/Sydney");
    EXPECT_EQ(
        moved[0].text,
        u"Sydney moves from +11:00 to +10:00 on 4 April, before the start: the start is 03:00 there."_s);
    const auto date = ofKind(lines, PreflightKind::LocalDateDiffers);
    ASSERT_EQ(date.size(), 1u);
    EXPECT_EQ(
        date[0].text,
        u"Sydney: the start is on Thursday 15 April there, at 03:00; for the organizer it is Wednesday 14 April."_s);
    EXPECT_EQ(lines.size(), 2u);
    EXPECT_EQ(preflightKindName(moved[0].kind), u"offset_changes_before_start"_s);
}

TEST(Preflight, NoChangeLineOnceStartedOrWhenTheOffsetComesBack)
{
    // Now after the start: nothing moves "before the start" any more.
    EXPECT_TRUE(
        ofKind(run({{"Australia/Sydney", 1}}, "2027-04-14T17:00:00Z", 60, "2027-04-14T17:30:00Z"),
               PreflightKind::OffsetChangesBeforeStart)
            .empty());
    // Berlin goes to summer time and back between February 2027 and January 2028.
    EXPECT_TRUE(
        run({{"Europe/Berlin", 1}}, "2028-01-15T12:00:00Z", 60, "2027-02-01T00:00:00Z").empty());
}

TEST(Preflight, YearIsNamedWhenTheChangeIsInAnotherYear)
{
    // Sydney enters daylight time on 3 October 2027; the start is in 2028.
    const auto moved
        = ofKind(run({{"Australia/Sydney", 1}}, "2028-01-10T00:00:00Z", 60, "2027-09-01T00:00:00Z"),
                 PreflightKind::OffsetChangesBeforeStart);
    ASSERT_EQ(moved.size(), 1u);
    EXPECT_EQ(
        moved[0].text,
        u"Sydney moves from +10:00 to +11:00 on 3 October 2027, before the start: the start is 11:00 there."_s);
}

TEST(Preflight, HalfAndQuarterHourZones)
{
    const auto lines = run(
        {{"Asia/Kolkata", 1}, {"Asia/Kathmandu", 1}, {"Pacific/Chatham", 1}, {"Europe/Berlin", 1}},
        "2019-12-05T17:00:00Z", 60, "2019-12-01T00:00:00Z");
    const auto fractional = ofKind(lines, PreflightKind::FractionalOffset);
    ASSERT_EQ(fractional.size(), 3u);
    EXPECT_EQ(fractional[0].text,
              u"Kolkata is a half-hour zone (+05:30): the start is 22:30 there."_s);
    EXPECT_EQ(fractional[1].text,
              u"Kathmandu is a quarter-hour zone (+05:45): the start is 22:45 there."_s);
    EXPECT_EQ(fractional[2].text,
              u"Chatham is a quarter-hour zone (+13:45): the start is 06:45 there."_s);
    const auto date = ofKind(lines, PreflightKind::LocalDateDiffers);
    ASSERT_EQ(date.size(), 1u);
    EXPECT_EQ(date[0].zone, "Pacific/Chatham");
    EXPECT_EQ(
        date[0].text,
        u"Chatham: the start is on Friday 6 December there, at 06:45; for the organizer it is Thursday 5 December."_s);
    // Lines come zone by zone, kinds in order within a zone.
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(lines[2].zone, "Pacific/Chatham");
    EXPECT_EQ(lines[2].kind, PreflightKind::LocalDateDiffers);
    EXPECT_EQ(lines[3].kind, PreflightKind::FractionalOffset);
}

TEST(Preflight, OffsetChangeInsideTheWindow)
{
    const auto lines = run({{"Europe/Berlin", 1}}, "2027-03-28T00:30:00Z", 60,
                           "2027-03-27T00:00:00Z", "Europe/Berlin");
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].kind, PreflightKind::OffsetChangesInWindow);
    EXPECT_EQ(
        lines[0].text,
        u"Berlin changes from +01:00 to +02:00 during the window, at 03:00 on 28 March: the window runs 01:30 to 03:30 there."_s);
}

TEST(Preflight, WindowCrossesLocalMidnight)
{
    const auto lines = run({{"Asia/Tokyo", 1}, {"Asia/Seoul", 1}}, "2027-02-14T14:30:00Z", 60,
                           "2027-02-01T00:00:00Z");
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].kind, PreflightKind::CrossesLocalMidnight);
    EXPECT_EQ(
        lines[0].text,
        u"Tokyo: the window crosses midnight there, from 23:30 on 14 February to 00:30 on 15 February."_s);
    EXPECT_EQ(lines[1].zone, "Asia/Seoul");
    // Ending exactly at midnight does not cross it.
    EXPECT_TRUE(
        run({{"Asia/Tokyo", 1}}, "2027-02-14T14:00:00Z", 60, "2027-02-01T00:00:00Z").empty());
}

TEST(Preflight, QuietForAPlainWindow)
{
    EXPECT_TRUE(run({{"Europe/Berlin", 1}, {"Europe/Paris", 2}}, "2027-06-01T17:00:00Z", 60,
                    "2027-05-01T00:00:00Z", "Europe/Berlin")
                    .empty());
    // An unknown organizer zone reads as UTC.
    EXPECT_TRUE(
        run({{"UTC", 1}}, "2027-06-01T17:00:00Z", 60, "2027-05-01T00:00:00Z", "Nowhere/Else")
            .empty());
}

} // namespace
