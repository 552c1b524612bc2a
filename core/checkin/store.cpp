#include "store.h"
#include "sqlrows.h"

#include <QDateTime>
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

} // namespace Chorus::Checkin
