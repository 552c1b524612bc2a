#include "dailyhours.h"

#include <chrono>

using namespace Qt::StringLiterals;

namespace Chorus::Plan {

namespace {

constexpr int minutesPerDay = 24 * 60;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

bool isWeekday(std::int64_t day)
{
    const std::chrono::weekday weekday {std::chrono::sys_days {std::chrono::days {day}}};
    return weekday != std::chrono::Saturday && weekday != std::chrono::Sunday;
}

bool readClock(QStringView text, int &minute)
{
    if (text.size() != 5 || text[2] != u':')
        return false;
    for (int i : {0, 1, 3, 4}) {
        if (text[i] < u'0' || text[i] > u'9')
            return false;
    }
    const int h = (text[0].unicode() - u'0') * 10 + (text[1].unicode() - u'0');
    const int m = (text[3].unicode() - u'0') * 10 + (text[4].unicode() - u'0');
    if (m > 59 || h > 24 || (h == 24 && m != 0))
        return false;
    minute = h * 60 + m;
    return true;
}

QString clock(int minute)
{
    return u"%1:%2"_s.arg(minute / 60, 2, 10, QChar(u'0')).arg(minute % 60, 2, 10, QChar(u'0'));
}

} // namespace

bool DailyHours::contains(int minute) const
{
    if (from < to)
        return minute >= from && minute < to;
    if (from > to)
        return minute >= from || minute < to;
    return true;
}

int DailyHours::length() const
{
    return from == to ? minutesPerDay
                      : ((to - from) % minutesPerDay + minutesPerDay) % minutesPerDay;
}

QString DailyHours::toString() const
{
    return clock(from) + u'-' + clock(to);
}

Expected<DailyHours> parseDailyHours(QStringView input)
{
    const QStringView text = input.trimmed();
    const qsizetype dash = text.indexOf(u'-');
    int from = 0;
    int to = 0;
    if (dash < 0 || !readClock(text.first(dash).trimmed(), from)
        || !readClock(text.sliced(dash + 1).trimmed(), to) || from == minutesPerDay)
        return fail(QString(), u"%1 is not a range of hours like 09:00-23:00"_s.arg(quoted(input)));
    return DailyHours {from % minutesPerDay, to % minutesPerDay};
}

bool touches(std::int64_t first, std::int64_t last, const DailyHours &hours, bool weekdaysOnly)
{
    if (last <= first)
        return false;
    const std::int64_t firstDay = floorDiv(first, minutesPerDay);
    std::int64_t lastDay = floorDiv(last - 1, minutesPerDay);
    // A run longer than a week meets every weekday pattern; look at 8 days at most.
    lastDay = std::min(lastDay, firstDay + 8);
    for (std::int64_t day = firstDay; day <= lastDay; ++day) {
        if (weekdaysOnly && !isWeekday(day))
            continue;
        const std::int64_t base = day * minutesPerDay;
        const auto overlaps = [&](std::int64_t a, std::int64_t b) {
            return a < last && first < b;
        };
        if (hours.from < hours.to) {
            if (overlaps(base + hours.from, base + hours.to))
                return true;
        } else if (hours.from > hours.to) {
            if (overlaps(base, base + hours.to)
                || overlaps(base + hours.from, base + minutesPerDay))
                return true;
        } else if (overlaps(base, base + minutesPerDay)) {
            return true;
        }
    }
    return false;
}

} // namespace Chorus::Plan
