#pragma once
// The sample campaign the share tests export, read from tests/share.

#include "share/eventinput.h"

namespace Chorus::Test {

/// tests/share/alita.chorus.json as an EventInput; fails the test if it is bad.
Share::EventInput sampleEvent();

/// A fixed "now" for DTSTAMP, so the golden files never change with the clock.
Time::Instant pinnedNow();

} // namespace Chorus::Test
