#pragma once

#include "instant.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace Chorus::Time {

class ZoneCatalogue;

/// The part of a local day a wall-clock hour belongs to, for colouring a
/// timeline: Night 23:00–07:00, Morning 07:00–12:00, Day 12:00–18:00,
/// Evening 18:00–23:00.
enum class DayPart { Night, Morning, Day, Evening };

[[nodiscard]] DayPart dayPartOf(int localMinuteOfDay);

/// One hour column of one zone's row: what the zone's clock reads at the
/// column's start.
struct GridCell
{
    int localMinuteOfDay = 0; ///< 0…1439; 22:30 in Kolkata when UTC reads 17:00
    int dayShift = 0;         ///< the local date minus the grid's first UTC date, in days
    DayPart part = DayPart::Night;
};

/// A zone's row: a cell per hour, and the instants inside the grid where
/// the local date changes or the offset changes (DST). A date change is
/// usually local midnight; where a day was skipped (Apia, 30 December 2011)
/// it is the jump itself, from the 29th straight to the 31st.
struct GridRow
{
    QByteArray zone;
    QString city;
    OffsetSeconds offsetAtStart = 0;
    std::vector<GridCell> cells;
    std::vector<Instant> midnights; ///< where the local date changes
    std::vector<Instant> offsetChanges;
    /// The offset in force from each instant on (the first at the grid's start).
    std::vector<std::pair<Instant, OffsetSeconds>> periods;

    /// The row's offset at `instant` (inside the grid), without a time zone lookup.
    [[nodiscard]] OffsetSeconds offsetAt(Instant instant) const;
};

/// What a timeline of several zones shows for `hours` hours from `from`
/// (`from` should be a whole UTC hour). Built once; a widget paints it
/// without touching a time zone.
///
/// Example: from 2019-12-05T12:00Z for 24 h, the Asia/Kolkata row's first
/// cell reads 17:30 (Day), its second 18:30 (Evening), and its midnight mark
/// is 2019-12-05T18:30:00Z, half-way through the column of 18:00Z.
struct DayGrid
{
    Instant from;
    int hours = 0;
    std::vector<GridRow> rows;

    [[nodiscard]] Instant columnStart(int column) const
    {
        return from + std::chrono::hours{column};
    }
};

/// Builds the grid for `zones` (ids the catalogue resolves; others are skipped).
[[nodiscard]] DayGrid buildDayGrid(const ZoneCatalogue &catalogue,
                                   const std::vector<QByteArray> &zones, Instant from, int hours);

} // namespace Chorus::Time
