#pragma once

#include "instant.h"

#include <QJsonObject>

#include <span>

namespace Chorus::Time {

struct Zone;
struct WindowInZone;

/// `{"zone":"Europe/Berlin","city":"Berlin","country":"DE","country_name":"Germany"}`,
/// as `chorus-cli zones --json` lists each zone (CONTRACT.md).
[[nodiscard]] QJsonObject zoneToJson(const Zone &zone);

/// One entry of `chorus-cli times --json` (CONTRACT.md): local start and end
/// with their offsets, abbreviation, day shift, and the extensions `city`,
/// `country`, `abbreviation_end` and `offset_change_utc` (when the offset
/// changes inside the window).
[[nodiscard]] QJsonObject windowToJson(const WindowInZone &window, const Zone &zone);

/// The whole `times` document for a window placed in several zones.
/// `windows[i]` is placed in `zones[i]`; both spans have the same size.
[[nodiscard]] QJsonObject timesToJson(Instant start, Instant end,
                                      std::span<const WindowInZone> windows,
                                      std::span<const Zone> zones);

} // namespace Chorus::Time
