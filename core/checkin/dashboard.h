#pragma once

#include "error.h"
#include "participant.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Chorus::Checkin {

/// Which participants the organizer's table shows: an empty zone or platform
/// and an absent status mean "any". The proxy model only applies matches().
struct ParticipantFilter
{
    QByteArray zone; ///< "Europe/Berlin", or empty for every zone
    QString platform; ///< "x", "bluesky", "mastodon", or empty
    std::optional<Status> status;

    [[nodiscard]] bool matches(const Participant &participant) const;
};

/// The figures of a participant list, as GET /api/v1/stats would count it.
[[nodiscard]] Stats statsOf(const QList<Participant> &participants);

/// What happened in one minute (UTC) of the campaign: joins, and check-ins
/// recorded as "ready" and as "posted" (every check-in counts, also one that
/// did not move the participant's status forward).
struct ActivityMinute
{
    QDateTime minute; ///< UTC, whole minute
    qint64 joined = 0;
    qint64 ready = 0;
    qint64 posted = 0;
    friend bool operator==(const ActivityMinute &, const ActivityMinute &) = default;
};

/// The organizer's view of a check-in database at one moment.
struct DashboardSnapshot
{
    QList<Participant> participants; ///< by id
    QList<ActivityMinute> activity; ///< minutes with any activity, oldest first
    /// statsOf(participants), counted where the snapshot is read (off the
    /// GUI thread: 100,000 participants take it tens of milliseconds).
    Stats stats;
};

/// Reads the participants and the activity per minute from the SQLite file
/// at `path` through a read-only connection of its own. In WAL mode readers
/// never block the service's writer (nor wait for it), and each read sees
/// one committed state: so the dashboard can read while the service runs,
/// without queueing a list request into the writer's batches the way
/// GET /api/v1/participants does. Thread-safe: each call uses its own
/// connection, so it can run off the GUI thread. A missing file is an error
/// (nothing is created). A file from before schema version 4 (never opened
/// by a service of this version) reads too, without post addresses.
[[nodiscard]] Expected<DashboardSnapshot> readDashboard(const QString &path);

/// One bar of the "check-ins over time" chart.
struct ActivityBucket
{
    QDateTime start; ///< UTC
    qint64 joined = 0;
    qint64 ready = 0;
    qint64 posted = 0;
    friend bool operator==(const ActivityBucket &, const ActivityBucket &) = default;
};

/// Groups per-minute activity into consecutive buckets of the smallest width
/// out of 1, 5, 15, 30 min, 1, 3, 6, 12 h and 1 day that needs at most
/// `maxBuckets` buckets from the first to the last active minute; empty
/// buckets in between are kept, so the bars keep time to scale. Buckets are
/// aligned to whole multiples of their width in UTC (a 15-minute bucket starts
/// at :00, :15, :30 or :45). Example: activity at 17:02 and 17:58 with
/// maxBuckets 10 gives 15-minute buckets 17:00, 17:15, 17:30, 17:45.
[[nodiscard]] QList<ActivityBucket> bucketActivity(const QList<ActivityMinute> &activity,
                                                   int maxBuckets);

} // namespace Chorus::Checkin
