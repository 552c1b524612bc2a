// The timeline's view model: local clock readings per hour, midnights, DST marks.
#include "testutil.h"

#include "time/daygrid.h"
#include "time/zonecatalogue.h"

#include <QTimeZone>

using namespace Chorus::Time;
using namespace std::chrono;
using Chorus::Test::at;

namespace {

using Chorus::Test::catalogue;

TEST(DayGrid, KolkataHalfHourAndMidnight)
{
    const DayGrid grid = buildDayGrid(catalogue(), {"Asia/Kolkata"}, at("2019-12-05T12:00:00Z"), 24);
    ASSERT_EQ(grid.rows.size(), 1u);
    const GridRow &row = grid.rows.front();
    EXPECT_EQ(row.city, QStringLiteral("Kolkata"));
    EXPECT_EQ(row.offsetAtStart, 19800);
    ASSERT_EQ(row.cells.size(), 24u);
    EXPECT_EQ(row.cells[0].localMinuteOfDay, 17 * 60 + 30);
    EXPECT_EQ(row.cells[0].part, DayPart::Day);
    EXPECT_EQ(row.cells[1].part, DayPart::Evening);
    EXPECT_EQ(row.cells[0].dayShift, 0);
    EXPECT_EQ(row.cells[7].dayShift, 1); // 19:00Z is 00:30 on the 6th
    ASSERT_EQ(row.midnights.size(), 1u);
    EXPECT_EQ(row.midnights[0], at("2019-12-05T18:30:00Z"));
    EXPECT_TRUE(row.offsetChanges.empty());
}

TEST(DayGrid, DstChangeAndMidnightsAcrossIt)
{
    const DayGrid grid = buildDayGrid(catalogue(), {"Europe/Berlin", "Australia/Lord_Howe"},
                                      at("2027-03-27T12:00:00Z"), 48);
    const GridRow &berlin = grid.rows[0];
    ASSERT_EQ(berlin.offsetChanges.size(), 1u);
    EXPECT_EQ(berlin.offsetChanges[0], at("2027-03-28T01:00:00Z"));
    // Midnight before the change is at +01:00, after it at +02:00.
    ASSERT_EQ(berlin.midnights.size(), 2u);
    EXPECT_EQ(berlin.midnights[0], at("2027-03-27T23:00:00Z"));
    EXPECT_EQ(berlin.midnights[1], at("2027-03-28T22:00:00Z"));
    // Column 13 starts at 01:00Z, the change itself: the clock reads 03:00.
    EXPECT_EQ(berlin.cells[12].localMinuteOfDay, 1 * 60);
    EXPECT_EQ(berlin.cells[13].localMinuteOfDay, 3 * 60);
    EXPECT_EQ(berlin.offsetAt(at("2027-03-28T00:59:59Z")), 3600);
    EXPECT_EQ(berlin.offsetAt(at("2027-03-28T01:00:00Z")), 7200);
}

TEST(DayGrid, EveryCellAgreesWithQTimeZone)
{
    const std::vector<QByteArray> zones{"Pacific/Chatham", "Pacific/Apia", "America/St_Johns",
                                        "Asia/Kathmandu", "Pacific/Kiritimati", "Europe/Dublin"};
    const Instant from = at("2011-12-28T00:00:00Z");
    const DayGrid grid = buildDayGrid(catalogue(), zones, from, 24 * 6);
    ASSERT_EQ(grid.rows.size(), zones.size());
    for (const GridRow &row : grid.rows) {
        const QTimeZone zone(row.zone);
        for (int c = 0; c < grid.hours; ++c) {
            const QDateTime local = toQDateTime(grid.columnStart(c)).toTimeZone(zone);
            const GridCell &cell = row.cells[std::size_t(c)];
            EXPECT_EQ(cell.localMinuteOfDay, local.time().hour() * 60 + local.time().minute())
                << row.zone.toStdString() << " column " << c;
            EXPECT_EQ(cell.dayShift, int(toQDateTime(from).date().daysTo(local.date())))
                << row.zone.toStdString() << " column " << c;
        }
        // Every midnight mark is a local 00:00.
        for (const Instant midnight : row.midnights)
            EXPECT_EQ(toQDateTime(midnight).toTimeZone(zone).time(), QTime(0, 0))
                << row.zone.toStdString() << " " << formatUtc(midnight).toStdString();
    }
}

TEST(DayGrid, ApiaMarksTheJumpOverTheSkippedDay)
{
    const DayGrid grid = buildDayGrid(catalogue(), {"Pacific/Apia"}, at("2011-12-29T00:00:00Z"), 72);
    const GridRow &row = grid.rows.front();
    ASSERT_EQ(row.offsetChanges.size(), 1u);
    EXPECT_EQ(row.offsetChanges[0], at("2011-12-30T10:00:00Z"));
    // The local date changes three times: into the 29th, at the jump from the
    // 29th straight to the 31st (30 December never happened), and into 1 January.
    std::vector<QString> marks;
    for (const Instant m : row.midnights)
        marks.push_back(formatLocal(m, QTimeZone("Pacific/Apia").offsetFromUtc(toQDateTime(m))));
    EXPECT_EQ(marks, (std::vector<QString>{QStringLiteral("2011-12-29T00:00:00-10:00"),
                                           QStringLiteral("2011-12-31T00:00:00+14:00"),
                                           QStringLiteral("2012-01-01T00:00:00+14:00")}))
        << marks.size();
}

TEST(DayGrid, UnknownZonesAreSkipped)
{
    const DayGrid grid = buildDayGrid(catalogue(), {"Mars/Base", "UTC"}, at("2027-01-01T00:00:00Z"), 3);
    ASSERT_EQ(grid.rows.size(), 1u);
    EXPECT_EQ(grid.rows[0].zone, QByteArray("UTC"));
}

TEST(DayPart, Boundaries)
{
    EXPECT_EQ(dayPartOf(0), DayPart::Night);
    EXPECT_EQ(dayPartOf(6 * 60 + 59), DayPart::Night);
    EXPECT_EQ(dayPartOf(7 * 60), DayPart::Morning);
    EXPECT_EQ(dayPartOf(12 * 60), DayPart::Day);
    EXPECT_EQ(dayPartOf(18 * 60), DayPart::Evening);
    EXPECT_EQ(dayPartOf(23 * 60), DayPart::Night);
}

} // namespace

namespace {

TEST(DayGrid, DstStartingAtMidnightStillMarksTheNewDate)
{
    // Santiago jumps from 23:59:59 (-04:00) to 01:00 (-03:00): no clock ever
    // reads 00:00 on 5 September, yet the date changes there.
    const DayGrid grid = buildDayGrid(catalogue(), {"America/Santiago"}, at("2027-09-04T12:00:00Z"), 24);
    const GridRow &row = grid.rows.front();
    ASSERT_EQ(row.offsetChanges.size(), 1u);
    EXPECT_EQ(row.offsetChanges[0], at("2027-09-05T04:00:00Z"));
    EXPECT_EQ(row.midnights, (std::vector<Instant>{at("2027-09-05T04:00:00Z")}));
}

} // namespace
