#include "dashboard.h"
#include "sqlrows.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Chorus::Checkin {

bool ParticipantFilter::matches(const Participant &participant) const
{
    return (zone.isEmpty() || participant.zone == zone)
        && (platform.isEmpty() || participant.platform == platform)
        && (!status || participant.status == *status);
}

Stats statsOf(const QList<Participant> &participants)
{
    Stats stats;
    for (const Participant &participant : participants) {
        stats.addParticipant(participant.zone);
        stats.moveStatus(participant.zone, Status::Joined, participant.status);
    }
    return stats;
}

namespace {

// "2027-02-14T17:00" (the first 16 characters of the stored timestamps) as UTC.
QDateTime minuteOf(const QString &text)
{
    QDateTime minute = QDateTime::fromString(text + u":00Z"_s, Qt::ISODate);
    return minute.isValid() ? minute.toUTC() : QDateTime();
}

Error readError(const QString &path, const QString &what, const QSqlError &error)
{
    return Error {u"database"_s, u"%1: %2 failed: %3"_s.arg(quoted(path), what, error.text())};
}

} // namespace

Expected<DashboardSnapshot> readDashboard(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return fail(u"database"_s, u"there is no check-in database at %1"_s.arg(quoted(path)));
    static QAtomicInteger<quint64> counter;
    const QString name = u"chorus-dashboard-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    Expected<DashboardSnapshot> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
        result = [&]() -> Expected<DashboardSnapshot> {
            if (!db.open())
                return std::unexpected(readError(path, u"opening"_s, db.lastError()));
            // One read transaction: the participants and the activity come
            // from the same committed state.
            QSqlQuery query(db);
            if (!query.exec(u"BEGIN"_s))
                return std::unexpected(readError(path, u"reading"_s, query.lastError()));
            DashboardSnapshot snapshot;
            query.setForwardOnly(true);
            // A file from before schema version 4 that no service of this
            // version has opened yet (read-only, so not migrated) has no
            // post addresses: read it all the same.
            if (!query.exec(u"SELECT COUNT(*) FROM pragma_table_info('participants')"
                            " WHERE name = 'post_url'"_s)
                || !query.next())
                return std::unexpected(
                    readError(path, u"reading the participants"_s, query.lastError()));
            const bool hasPostUrl = query.value(0).toInt() > 0;
            if (!query.exec(
                    u"SELECT id, handle, platform, zone, status, joined_at, %1"
                    " FROM participants ORDER BY id"_s.arg(hasPostUrl ? u"post_url"_s : u"NULL"_s)))
                return std::unexpected(
                    readError(path, u"reading the participants"_s, query.lastError()));
            while (query.next())
                snapshot.participants.append(participantFromRow(query));
            std::map<QString, ActivityMinute> minutes;
            if (!query.exec(u"SELECT substr(joined_at, 1, 16), COUNT(*) FROM participants"
                            " GROUP BY 1"_s))
                return std::unexpected(readError(path, u"reading the joins"_s, query.lastError()));
            while (query.next())
                minutes[query.value(0).toString()].joined += query.value(1).toLongLong();
            if (!query.exec(u"SELECT substr(at, 1, 16), status, COUNT(*) FROM checkins"
                            " GROUP BY 1, 2"_s))
                return std::unexpected(
                    readError(path, u"reading the check-ins"_s, query.lastError()));
            while (query.next()) {
                ActivityMinute &minute = minutes[query.value(0).toString()];
                (query.value(1).toInt() == int(Status::Posted) ? minute.posted : minute.ready)
                    += query.value(2).toLongLong();
            }
            query.exec(u"COMMIT"_s);
            snapshot.stats = statsOf(snapshot.participants);
            for (auto &[text, minute] : minutes) {
                minute.minute = minuteOf(text);
                if (minute.minute.isValid())
                    snapshot.activity.append(minute);
            }
            return snapshot;
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QList<ActivityBucket> bucketActivity(const QList<ActivityMinute> &activity, int maxBuckets)
{
    if (activity.isEmpty() || maxBuckets < 1)
        return {};
    constexpr std::array<qint64, 9> widths {1, 5, 15, 30, 60, 180, 360, 720, 1440}; // minutes
    const qint64 first = activity.front().minute.toSecsSinceEpoch() / 60;
    const qint64 last = activity.back().minute.toSecsSinceEpoch() / 60;
    auto floorTo = [](qint64 minute, qint64 width) {
        return minute >= 0 ? minute / width * width : (minute - width + 1) / width * width;
    };
    qint64 width = widths.back();
    for (const qint64 candidate : widths) {
        if ((floorTo(last, candidate) - floorTo(first, candidate)) / candidate + 1 <= maxBuckets) {
            width = candidate;
            break;
        }
    }
    const qint64 start = floorTo(first, width);
    const qint64 count = (floorTo(last, width) - start) / width + 1;
    QList<ActivityBucket> buckets;
    buckets.reserve(count);
    for (qint64 i = 0; i < count; ++i)
        buckets.append(ActivityBucket {
            QDateTime::fromSecsSinceEpoch((start + i * width) * 60, QTimeZone::utc()), 0, 0, 0});
    for (const ActivityMinute &minute : activity) {
        const qint64 index
            = (floorTo(minute.minute.toSecsSinceEpoch() / 60, width) - start) / width;
        if (index < 0 || index >= count)
            continue;
        ActivityBucket &bucket = buckets[index];
        bucket.joined += minute.joined;
        bucket.ready += minute.ready;
        bucket.posted += minute.posted;
    }
    return buckets;
}

} // namespace Chorus::Checkin
