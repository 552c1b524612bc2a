#include "store.h"
#include "sqlrows.h"
#include "token.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Chorus::Checkin {

Expected<QList<JoinResult>> Store::joinAll(const QList<JoinRequest> &requests)
{
    QList<JoinResult> results;
    results.reserve(requests.size());
    for (const JoinRequest &request : requests) {
        auto joined = join(request);
        if (!joined)
            return std::unexpected(joined.error());
        results.append(std::move(*joined));
    }
    return results;
}

Participant participantFromRow(const QSqlQuery &query)
{
    Participant participant;
    participant.id = query.value(0).toLongLong();
    participant.handle = query.value(1).toString();
    participant.platform = query.value(2).toString();
    participant.zone = query.value(3).toString().toUtf8();
    participant.status = static_cast<Status>(std::clamp(query.value(4).toInt(), 0, 2));
    participant.joinedAt
        = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs).toUTC();
    return participant;
}

void addToStats(Stats &stats, const QByteArray &zone, Status status, qint64 count)
{
    for (Counts *counts : {&stats.total, &stats.byZone[zone]}) {
        counts->participants += count;
        if (status == Status::Ready)
            counts->ready += count;
        else if (status == Status::Posted)
            counts->posted += count;
    }
}

Expected<CheckinResult> runCheckin(CheckinStatements statements, const CheckinRequest &request,
                                   const QString &at, SqlErrorMaker sqlError)
{
    QSqlQuery &find = statements.find;
    find.addBindValue(request.id);
    if (!find.exec())
        return std::unexpected(sqlError(QStringLiteral("looking up a participant"), find.lastError()));
    CheckinResult result;
    if (!find.next()) {
        find.finish();
        result.kind = CheckinResult::Kind::UnknownId;
        return result;
    }
    const QByteArray tokenHash = find.value(0).toByteArray();
    result.before = static_cast<Status>(std::clamp(find.value(1).toInt(), 0, 2));
    result.zone = find.value(2).toString().toUtf8();
    find.finish();
    if (!constantTimeEquals(tokenHash, request.tokenHash)) {
        result.kind = CheckinResult::Kind::Forbidden;
        return result;
    }
    QSqlQuery &insert = statements.insert;
    insert.addBindValue(request.id);
    insert.addBindValue(static_cast<int>(request.status));
    insert.addBindValue(at);
    if (!insert.exec())
        return std::unexpected(sqlError(QStringLiteral("recording a check-in"), insert.lastError()));
    insert.finish();
    result.after = std::max(result.before, request.status);
    if (result.after != result.before) {
        QSqlQuery &update = statements.update;
        update.addBindValue(static_cast<int>(result.after));
        update.addBindValue(request.id);
        update.addBindValue(static_cast<int>(result.after));
        if (!update.exec())
            return std::unexpected(sqlError(QStringLiteral("updating a status"), update.lastError()));
        update.finish();
    }
    result.kind = CheckinResult::Kind::Done;
    return result;
}

Expected<QList<MinuteCount>> Store::postedPerMinute(const QDateTime &from, const QDateTime &to)
{
    Q_UNUSED(from);
    Q_UNUSED(to);
    return fail(QStringLiteral("database"), QStringLiteral("this store keeps no check-in times"));
}

} // namespace Chorus::Checkin
