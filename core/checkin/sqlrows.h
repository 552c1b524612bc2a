#pragma once

#include "error.h"
#include "participant.h"
#include "store.h"

#include <QDateTime>

class QSqlError;
class QSqlQuery;
class QString;

namespace Chorus::Checkin {

/// The participant on the current row of `query`, whose columns are
/// id, handle, platform, zone, status, joined_at (ISO 8601 text, UTC),
/// post_url (NULL when none) in that order: the one SELECT shape the SQLite
/// and PostgreSQL stores and the organizer's dashboard share.
[[nodiscard]] Participant participantFromRow(const QSqlQuery &query);

/// A stored UTC time, "2027-02-14T17:00:00.000Z" (what the stores write;
/// the dashboard reads 100,000 of them per refresh), parsed without Qt's
/// general ISO 8601 parser, which cost more than SQLite's whole read; any
/// other text goes through QDateTime::fromString(Qt::ISODateWithMs).
[[nodiscard]] QDateTime parseStoredUtc(const QString &text);

/// Adds `count` participants in `zone` with `status` to the totals and to
/// the zone's figures (a row of `SELECT zone, status, COUNT(*) … GROUP BY`).
void addToStats(Stats &stats, const QByteArray &zone, Status status, qint64 count);

/// The prepared statements of a check-in, the same in every store:
/// `find` (`SELECT token_hash, status, zone, platform … WHERE id = ?`),
/// `insert` (the check-in row: participant, status, time, post_url),
/// `update` (`SET status = ? WHERE id = ? AND status < ?`, so a status never
/// moves back, even when another instance moved it meanwhile) and
/// `setPostUrl` (`SET post_url = ? WHERE id = ?`: the latest address wins).
struct CheckinStatements
{
    QSqlQuery &find;
    QSqlQuery &insert;
    QSqlQuery &update;
    QSqlQuery &setPostUrl;
};

/// The store's own error for a failed statement (PostgreSQL's carries the
/// SQLSTATE that tells the writer whether to retry).
using SqlErrorMaker = Error (*)(const QString &what, const QSqlError &error);

/// Records `request` through `statements`: UnknownId for no such
/// participant, Forbidden for another's token (compared in constant time),
/// BadPostUrl for an address not on the participant's platform, else the
/// check-in row, the new status when it moves forward, and the address
/// when one was given.
/// `at` is the request's time as the store writes it.
[[nodiscard]] Expected<CheckinResult> runCheckin(CheckinStatements statements,
                                                 const CheckinRequest &request, const QString &at,
                                                 SqlErrorMaker sqlError);

} // namespace Chorus::Checkin
