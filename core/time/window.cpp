#include "window.h"

#include "offsettimeline.h"

using namespace std::chrono;

namespace Chorus::Time {

bool WindowInZone::crossesLocalMidnight() const
{
    // The window's last minute, not its end: a window ending at 00:00 sharp
    // stays on the day it started.
    const auto lastMoment = end > start ? end - seconds{1} : end;
    return floor<days>(localStart()) != floor<days>(toLocal(lastMoment, offsetEnd));
}

WindowInZone placeWindow(const OffsetTimeline &timeline, Instant start, minutes duration)
{
    WindowInZone window;
    window.zone = timeline.zoneId();
    window.start = start;
    window.end = start + duration;
    window.offsetStart = timeline.offsetAt(window.start);
    window.offsetEnd = timeline.offsetAt(window.end);
    window.abbreviationStart = timeline.abbreviationAt(window.start);
    window.abbreviationEnd = timeline.abbreviationAt(window.end);
    const auto localDay = floor<days>(window.localStart());
    const auto utcDay = floor<days>(window.start);
    window.dayShift = int((localDay.time_since_epoch() - utcDay.time_since_epoch()).count());
    if (window.end > window.start) {
        for (const Transition &transition :
             timeline.transitionsBetween(window.start, window.end - seconds{1})) {
            if (transition.offset != timeline.offsetAt(transition.at - seconds{1})) {
                window.offsetChange = transition.at;
                break;
            }
        }
    }
    return window;
}

WindowInZone placeWindow(const QTimeZone &zone, Instant start, minutes duration)
{
    const auto timeline = OffsetTimeline::build(zone, start, start + duration);
    return placeWindow(timeline, start, duration);
}

} // namespace Chorus::Time
