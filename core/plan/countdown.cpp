#include "countdown.h"

#include <algorithm>

using namespace std::chrono;

namespace Chorus::Plan {

CountdownState countdownState(Time::Instant start, minutes duration,
                              std::span<const minutes> reminders, Time::Instant now)
{
    CountdownState state;
    const Time::Instant end = start + std::max(duration, minutes {0});
    if (now < start)
        state.phase = Phase::Before;
    else if (now < end)
        state.phase = Phase::Live;
    else
        state.phase = Phase::Ended;
    state.timeToStart = std::max(start - now, seconds {0});
    state.timeToEnd = std::max(end - now, seconds {0});
    switch (state.phase) {
    case Phase::Before:
        state.progress = 0;
        break;
    case Phase::Live:
        state.progress = double((now - start).count()) / double(seconds {duration}.count());
        break;
    case Phase::Ended:
        state.progress = 1;
        break;
    }
    for (std::size_t i = 0; i < reminders.size(); ++i) {
        const Time::Instant at = start - reminders[i];
        if (at >= now && (!state.nextReminder || at < state.nextReminder->at))
            state.nextReminder = Reminder {at, reminders[i], i};
    }
    return state;
}

std::vector<Reminder> remindersDue(Time::Instant start, std::span<const minutes> reminders,
                                   Time::Instant since, Time::Instant now)
{
    std::vector<Reminder> due;
    for (std::size_t i = 0; i < reminders.size(); ++i) {
        const Time::Instant at = start - reminders[i];
        if (since < at && at <= now)
            due.push_back({at, reminders[i], i});
    }
    return due;
}

bool startedBetween(Time::Instant start, Time::Instant since, Time::Instant now)
{
    return since < start && start <= now;
}

} // namespace Chorus::Plan
