#include "preflight.h"

#include "time/offsettimeline.h"
#include "time/window.h"
#include "time/zonecatalogue.h"

#include <QTimeZone>

#include <array>

using namespace Qt::StringLiterals;
using namespace std::chrono;
using Chorus::Time::Instant;
using Chorus::Time::LocalTime;
using Chorus::Time::OffsetTimeline;

namespace Chorus::Plan {

namespace {

const std::array<QString, 12> monthNames {
    u"January"_s, u"February"_s, u"March"_s,     u"April"_s,   u"May"_s,      u"June"_s,
    u"July"_s,    u"August"_s,   u"September"_s, u"October"_s, u"November"_s, u"December"_s};
const std::array<QString, 7> weekdayNames {u"Sunday"_s,   u"Monday"_s, u"Tuesday"_s, u"Wednesday"_s,
                                           u"Thursday"_s, u"Friday"_s, u"Saturday"_s};

// "6 April", with the year when it is not `referenceYear`.
QString dayText(LocalTime local, int referenceYear)
{
    const year_month_day date {floor<days>(local)};
    QString text = u"%1 %2"_s.arg(unsigned(date.day())).arg(monthNames[unsigned(date.month()) - 1]);
    if (int(date.year()) != referenceYear)
        text += u' ' + QString::number(int(date.year()));
    return text;
}

// "Monday 15 February".
QString weekdayText(LocalTime local, int referenceYear)
{
    const weekday day {floor<days>(local)};
    return weekdayNames[day.c_encoding()] + u' ' + dayText(local, referenceYear);
}

// "03:00".
QString clockText(LocalTime local)
{
    const hh_mm_ss time {local - floor<days>(local)};
    return u"%1:%2"_s.arg(time.hours().count(), 2, 10, QChar(u'0'))
        .arg(time.minutes().count(), 2, 10, QChar(u'0'));
}

QString cityOf(const QByteArray &zone, const Time::ZoneCatalogue &catalogue)
{
    if (const Time::Zone *entry = catalogue.find(zone); entry && !entry->city.isEmpty())
        return entry->city;
    return Time::ZoneCatalogue::cityFromId(zone);
}

} // namespace

std::vector<PreflightLine> preflight(const Audience &audience, Instant start, minutes duration,
                                     Instant now, const QByteArray &organizerZone,
                                     const Time::ZoneCatalogue &catalogue)
{
    std::vector<PreflightLine> lines;
    const minutes length = std::max(duration, minutes {0});
    const Instant end = start + length;
    const int startYear = int(year_month_day {floor<days>(start)}.year());
    QTimeZone organizer(organizerZone);
    if (organizerZone.isEmpty() || !organizer.isValid())
        organizer = QTimeZone::utc();
    const LocalTime organizerStart
        = Time::toLocal(start, organizer.offsetFromUtc(Time::toQDateTime(start)));

    for (const AudienceMember &member : audience) {
        const QTimeZone zone(member.zone);
        if (!zone.isValid())
            continue;
        const QString city = cityOf(member.zone, catalogue);
        const auto add = [&](PreflightKind kind, const QString &text) {
            lines.push_back({kind, member.zone, text});
        };
        const OffsetTimeline timeline = OffsetTimeline::build(zone, std::min(now, start), end);
        const Time::WindowInZone window = Time::placeWindow(timeline, start, length);
        const LocalTime localStart = window.localStart();

        if (now < start) {
            const Time::OffsetSeconds offsetNow = timeline.offsetAt(now);
            if (offsetNow != window.offsetStart) {
                // The last change before the start is the one people will notice.
                std::optional<Time::Transition> last;
                Time::OffsetSeconds previous = offsetNow;
                for (const Time::Transition &transition : timeline.transitionsBetween(now, start)) {
                    if (transition.offset != previous)
                        last = transition;
                    previous = transition.offset;
                }
                const QString when = last
                    ? u" on "_s + dayText(Time::toLocal(last->at, last->offset), startYear)
                    : QString();
                add(PreflightKind::OffsetChangesBeforeStart,
                    u"%1 moves from %2 to %3%4, before the start: the start is %5 there."_s.arg(
                        city, Time::formatOffset(offsetNow), Time::formatOffset(window.offsetStart),
                        when, clockText(localStart)));
            }
        }
        if (floor<days>(localStart) != floor<days>(organizerStart)) {
            add(PreflightKind::LocalDateDiffers,
                u"%1: the start is on %2 there, at %3; for the organizer it is %4."_s.arg(
                    city, weekdayText(localStart, startYear), clockText(localStart),
                    weekdayText(organizerStart, startYear)));
        }
        if (window.fractionalHourOffset()) {
            const bool half
                = window.offsetStart % 3600 == 1800 || window.offsetStart % 3600 == -1800;
            add(PreflightKind::FractionalOffset,
                u"%1 is a %2 zone (%3): the start is %4 there."_s.arg(
                    city, half ? u"half-hour"_s : u"quarter-hour"_s,
                    Time::formatOffset(window.offsetStart), clockText(localStart)));
        }
        if (window.offsetChange) {
            const Time::OffsetSeconds after = timeline.offsetAt(*window.offsetChange);
            const LocalTime changeLocal = Time::toLocal(*window.offsetChange, after);
            add(PreflightKind::OffsetChangesInWindow,
                u"%1 changes from %2 to %3 during the window, at %4 on %5: the window runs %6 to %7 there."_s
                    .arg(city, Time::formatOffset(window.offsetStart), Time::formatOffset(after),
                         clockText(changeLocal), dayText(changeLocal, startYear),
                         clockText(localStart), clockText(window.localEnd())));
        }
        if (window.crossesLocalMidnight()) {
            add(PreflightKind::CrossesLocalMidnight,
                u"%1: the window crosses midnight there, from %2 on %3 to %4 on %5."_s.arg(
                    city, clockText(localStart), dayText(localStart, startYear),
                    clockText(window.localEnd()), dayText(window.localEnd(), startYear)));
        }
    }
    return lines;
}

QString preflightKindName(PreflightKind kind)
{
    switch (kind) {
    case PreflightKind::OffsetChangesBeforeStart:
        return u"offset_changes_before_start"_s;
    case PreflightKind::LocalDateDiffers:
        return u"local_date_differs"_s;
    case PreflightKind::FractionalOffset:
        return u"fractional_offset"_s;
    case PreflightKind::OffsetChangesInWindow:
        return u"offset_changes_in_window"_s;
    case PreflightKind::CrossesLocalMidnight:
        return u"crosses_local_midnight"_s;
    }
    return {};
}

} // namespace Chorus::Plan
