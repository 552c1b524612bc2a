// Comfort, night and work hours: parsing, the circle, and "touches".
#include "testutil.h"

#include "plan/dailyhours.h"

using namespace Chorus::Plan;
using namespace Qt::StringLiterals;

namespace {

constexpr int hm(int h, int m = 0)
{
    return h * 60 + m;
}

TEST(DailyHours, Parses)
{
    EXPECT_EQ(parseDailyHours(u"09:00-23:00"_s).value(), (DailyHours {hm(9), hm(23)}));
    EXPECT_EQ(parseDailyHours(u" 18:30 - 02:15 "_s).value(), (DailyHours {hm(18, 30), hm(2, 15)}));
    EXPECT_EQ(parseDailyHours(u"09:00-24:00"_s).value(), (DailyHours {hm(9), 0}));
    EXPECT_EQ(parseDailyHours(u"00:00-00:00"_s).value(), (DailyHours {0, 0}));
    EXPECT_EQ(parseDailyHours(u"09:00-23:00"_s)->toString(), u"09:00-23:00"_s);
}

TEST(DailyHours, RefusesMalformed)
{
    for (const QString &text :
         {u""_s, u"9-23"_s, u"09:00"_s, u"09:00-23:60"_s, u"25:00-01:00"_s, u"24:00-09:00"_s,
          u"09:00-24:30"_s, u"0900-2300"_s, u"ab:cd-ef:gh"_s}) {
        const auto hours = parseDailyHours(text);
        ASSERT_FALSE(hours) << text.toStdString();
        EXPECT_TRUE(hours.error().message.contains(u'\'' + text + u'\''))
            << hours.error().message.toStdString();
    }
}

TEST(DailyHours, ContainsOnACircle)
{
    const DailyHours day {hm(9), hm(23)};
    EXPECT_FALSE(day.contains(hm(8, 59)));
    EXPECT_TRUE(day.contains(hm(9)));
    EXPECT_TRUE(day.contains(hm(22, 59)));
    EXPECT_FALSE(day.contains(hm(23)));
    EXPECT_EQ(day.length(), 14 * 60);

    const DailyHours night {hm(18), hm(2)};
    EXPECT_TRUE(night.contains(hm(18)));
    EXPECT_TRUE(night.contains(hm(23, 59)));
    EXPECT_TRUE(night.contains(0));
    EXPECT_TRUE(night.contains(hm(1, 59)));
    EXPECT_FALSE(night.contains(hm(2)));
    EXPECT_FALSE(night.contains(hm(17, 59)));
    EXPECT_EQ(night.length(), 8 * 60);

    const DailyHours whole {0, 0};
    EXPECT_TRUE(whole.wholeDay());
    EXPECT_TRUE(whole.contains(0));
    EXPECT_TRUE(whole.contains(hm(23, 59)));
    EXPECT_EQ(whole.length(), 1440);
}

TEST(DailyHours, TouchesRunsOfLocalMinutes)
{
    // 1970-01-01 was a Thursday; day 2 is Saturday 3 January.
    const DailyHours work = defaultWorkHours;
    const std::int64_t thursday = 0;
    const std::int64_t saturday = 2 * 1440;
    EXPECT_TRUE(touches(thursday + hm(8, 30), thursday + hm(9, 1), work, true));
    EXPECT_FALSE(touches(thursday + hm(8), thursday + hm(9), work, true))
        << "09:00 is not in [08:00, 09:00)";
    EXPECT_FALSE(touches(saturday + hm(10), saturday + hm(11), work, true));
    EXPECT_TRUE(touches(saturday + hm(10), saturday + hm(11), work, false));
    // A run from Saturday evening to Monday morning reaches Monday 09:00.
    EXPECT_TRUE(touches(saturday + hm(20), saturday + 2 * 1440 + hm(9, 30), work, true));
    EXPECT_FALSE(touches(saturday + hm(20), saturday + 2 * 1440 + hm(9), work, true));
    // Wrapping night hours: the early part belongs to the calendar day it is on.
    EXPECT_TRUE(touches(thursday + hm(6, 59), thursday + hm(7, 30), defaultNightHours));
    EXPECT_FALSE(touches(thursday + hm(7), thursday + hm(23), defaultNightHours));
    EXPECT_TRUE(touches(thursday + hm(22), thursday + hm(23, 1), defaultNightHours));
    // Before 1970 too.
    EXPECT_TRUE(touches(-1440 + hm(23, 30), -1440 + hm(23, 45), defaultNightHours));
}

} // namespace
