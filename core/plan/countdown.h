#pragma once

#include "time/instant.h"

#include <chrono>
#include <optional>
#include <span>
#include <vector>

namespace Chorus::Plan {

/// Where "now" stands against the window `[start, start + duration)`.
enum class Phase {
    Before, ///< now < start
    Live, ///< start <= now < end: the start instant itself is live
    Ended, ///< end <= now: the end instant itself has ended
};

/// A reminder `before` ahead of the start, due at `at = start - before`.
/// `index` is its position in the list the caller gave.
struct Reminder
{
    Time::Instant at;
    std::chrono::minutes before {0};
    std::size_t index = 0;
};

/// What a countdown shows at one instant.
struct CountdownState
{
    Phase phase = Phase::Before;
    std::chrono::seconds timeToStart {0}; ///< start - now, or 0 once started
    std::chrono::seconds timeToEnd {0}; ///< end - now, or 0 once ended
    double progress = 0; ///< share of the window gone: 0 before, 1 ended
    /// The reminder due next: the earliest `at` with `at >= now` (so at its own
    /// instant a reminder is still "next", due now); the first listed among
    /// equal instants. None when every reminder is in the past.
    std::optional<Reminder> nextReminder;
};

/// The countdown for a window at `now`, which the caller injects (core never
/// reads the clock). `reminders` are minutes before the start, as the campaign
/// file's `reminders_minutes` lists them (`[1440, 60, 10]`).
///
/// Example: start 2027-02-14T17:00Z, one hour, reminders [1440, 60, 10], now
/// 16:30Z: Before, 30 minutes to start, 90 to end, progress 0, next reminder
/// the 10-minute one at 16:50Z. At 17:15Z: Live, progress 0.25, no reminder left.
[[nodiscard]] CountdownState countdownState(Time::Instant start, std::chrono::minutes duration,
                                            std::span<const std::chrono::minutes> reminders,
                                            Time::Instant now);

/// The reminders that fell due between two ticks of a countdown: those whose
/// instant `start - before` lies in `(since, now]`, in the order `reminders`
/// lists them (the order the campaign file gives, not the order they fall).
/// A reminder due exactly at `since` was the previous tick's, so it is not
/// due again; one due exactly at `now` is due now. Nothing when `now` is not
/// after `since` (a clock set back). The caller decides what `since` is: the
/// countdown passes its previous tick, and no tick on the first one, so
/// opening a campaign late fires none of its old reminders.
///
/// Example: start 2027-02-14T17:00Z, reminders [1440, 60, 10]: from 15:59:59Z
/// to 16:00:00Z the 60-minute one falls due; from 16:00:00Z to 16:50:00Z the
/// 10-minute one; a tick from 2027-02-12T00:00Z straight to 2027-02-14T16:45Z (a machine
/// that slept) gives the 1440- and the 60-minute ones.
[[nodiscard]] std::vector<Reminder> remindersDue(Time::Instant start,
                                                 std::span<const std::chrono::minutes> reminders,
                                                 Time::Instant since, Time::Instant now);

/// Whether the start itself came between two ticks, by remindersDue()'s rule:
/// `since < start <= now`.
[[nodiscard]] bool startedBetween(Time::Instant start, Time::Instant since, Time::Instant now);

} // namespace Chorus::Plan
