#pragma once

#include "participant.h"

class QSqlQuery;

namespace Chorus::Checkin {

/// The participant on the current row of `query`, whose columns are
/// id, handle, platform, zone, status, joined_at (ISO 8601 text, UTC) in that
/// order: the one SELECT shape the SQLite and PostgreSQL stores and the
/// organizer's dashboard share.
[[nodiscard]] Participant participantFromRow(const QSqlQuery &query);

/// Adds `count` participants in `zone` with `status` to the totals and to
/// the zone's figures (a row of `SELECT zone, status, COUNT(*) … GROUP BY`).
void addToStats(Stats &stats, const QByteArray &zone, Status status, qint64 count);

} // namespace Chorus::Checkin
