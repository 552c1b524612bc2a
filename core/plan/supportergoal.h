#pragma once

#include "time/instant.h"

#include <QtGlobal>

#include <chrono>
#include <optional>

namespace Chorus {
struct Campaign;
}

namespace Chorus::Plan {

/// How long before the start an all-or-nothing campaign decides: the goal
/// must be met by then, so that every fan's app and every Mastodon server
/// that holds a scheduled post learns the outcome in time.
inline constexpr std::chrono::minutes goalDecisionLead {10};

/// Where a campaign stands with its supporter goal.
enum class GoalState {
    NoGoal, ///< the campaign has no goal: nothing is held back
    Open, ///< not met yet, and the decision is still ahead
    Met, ///< at least `goal` participants joined
    Missed, ///< all or nothing, not met at the decision: nobody posts
    Unknown, ///< all or nothing, past the decision, and the count could not be had
};

/// The goal's standing and what it means for posting, for the fan page, the
/// app and the posting code alike.
struct GoalStatus
{
    GoalState state = GoalState::NoGoal;
    qint64 goal = 0;
    std::optional<qint64> participants; ///< as last counted, if known
    Time::Instant decidesAt {}; ///< start − 10 minutes (all or nothing only)
    /// Whether a post may be made (or stay scheduled) now. Always true without
    /// all or nothing; with it, false once the decision went against the
    /// campaign or could not be made. Before the decision it is true, but a
    /// scheduled post must be cancelled if the goal is then missed.
    bool postingAllowed = true;
    /// With all or nothing, whether anything scheduled must be cancelled now.
    bool cancelScheduled = false;

    friend bool operator==(const GoalStatus &, const GoalStatus &) = default;
};

/// The goal's status at `now`, given how many participants have joined
/// (nothing when the check-in service could not be asked).
///
/// Example: goal 5,000, all or nothing, start 17:00Z. At 16:49Z with 4,800
/// joined: Open, posting allowed (the decision is at 16:50Z). At 16:50Z with
/// 4,900: Missed, posting not allowed, scheduled posts cancelled. At 16:50Z
/// with 5,000: Met. At 16:55Z with the service unreachable: Unknown, not
/// allowed — an all-or-nothing campaign never posts without knowing it may.
/// Once met it stays met: joins are never taken back.
[[nodiscard]] GoalStatus goalStatus(const Campaign &campaign, std::optional<qint64> participants,
                                    Time::Instant now);

} // namespace Chorus::Plan
