#include "supportergoal.h"

#include "campaign/campaign.h"

namespace Chorus::Plan {

GoalStatus goalStatus(const Campaign &campaign, std::optional<qint64> participants,
                      Time::Instant now)
{
    GoalStatus status;
    status.goal = campaign.goal;
    status.participants = participants;
    if (campaign.goal <= 0)
        return status;
    if (campaign.allOrNothing)
        status.decidesAt = campaign.start - goalDecisionLead;
    if (participants && *participants >= campaign.goal) {
        status.state = GoalState::Met;
        return status;
    }
    // Without all or nothing a goal only informs; with it, the count may
    // still grow until the decision.
    status.state = GoalState::Open;
    if (!campaign.allOrNothing)
        return status;
    if (now < status.decidesAt)
        return status;
    status.state = participants ? GoalState::Missed : GoalState::Unknown;
    status.postingAllowed = false;
    status.cancelScheduled = true;
    return status;
}

} // namespace Chorus::Plan
