#pragma once

#include "error.h"

#include <QByteArrayView>

#include <chrono>

namespace Chorus::Social {

/// Milliseconds on the system clock's epoch (UTC).
using Millis = std::chrono::sys_time<std::chrono::milliseconds>;

/// How far a server's clock is ahead of ours (`offset`; negative when it is
/// behind) and how far off that estimate may be (`uncertainty`).
struct ClockOffset
{
    std::chrono::milliseconds offset {0};
    std::chrono::milliseconds uncertainty {0};

    /// Our clock reading `local` on the server's clock.
    [[nodiscard]] Millis toServer(Millis local) const { return local + offset; }
    /// The server's reading `server` on our clock.
    [[nodiscard]] Millis toLocal(Millis server) const { return server - offset; }
};

/// Estimates a server's clock offset from one answer: the request left at
/// `sent` and its answer arrived at `received` (both on our clock), and the
/// answer's HTTP `Date` header says `date`. The server wrote Date somewhere in
/// the round trip; taking the middle (half the round trip after `sent`) errs
/// by at most half the round trip. Date has whole seconds (the server cuts its
/// clock down), so its clock read between Date and Date + 1 s: the estimate
/// takes Date + 0.5 s, adding up to 0.5 s to the uncertainty.
///
/// Example: sent 17:00:00.000, received 17:00:00.200, Date 17:00:03 GMT: the
/// server read 17:00:03.5 at about 17:00:00.100 on our clock, so `offset` is
/// +3.4 s and `uncertainty` is 0.6 s.
///
/// Errors (field "Date"): a missing or malformed header, or `received` before
/// `sent`.
[[nodiscard]] Expected<ClockOffset> estimateClockOffset(Millis sent, Millis received,
                                                        QByteArrayView date);

/// Two estimates of the same server's offset together. Each says the offset
/// lies in [offset - uncertainty, offset + uncertainty]; both are true, so it
/// lies where they overlap, which is narrower than either when the samples
/// caught Date's second turning at different moments (a few answers a fraction
/// of a second apart narrow 0.5 s down to about half a round trip). When they
/// do not overlap, one of the clocks was set meanwhile: the newer `later` wins.
/// Example: {+3400 ms ± 600} and {+3900 ms ± 300} are [2800, 4000] ∩ [3600, 4200] = [3600, 4000],
/// so {+3800 ms ± 200}.
[[nodiscard]] ClockOffset combineOffsets(const ClockOffset &earlier, const ClockOffset &later);

} // namespace Chorus::Social
