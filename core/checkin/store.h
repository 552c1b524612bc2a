#pragma once

#include "error.h"
#include "participant.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Chorus::Checkin {

/// A join that the service has validated: the handle is trimmed and
/// `handleKey` is its canonical form (see canonicalHandle()), the zone is
/// canonical, `freshToken` is a new random token for the case that the join
/// carries no idempotency key.
struct JoinRequest
{
    QString handle;
    QString handleKey;
    QString platform;
    QByteArray zone;
    QByteArray idempotencyKey; ///< client-chosen, may be empty
    QByteArray freshToken;
    QDateTime at; ///< UTC
};

/// What a join did. `Created`: a new participant, `token` is theirs.
/// `Replayed`: the same handle and platform joined before with the same
/// idempotency key, `token` is the same token that join got. `Conflict`: the
/// handle joined before without this key; `token` is empty.
struct JoinResult
{
    enum class Kind { Created, Replayed, Conflict };
    Kind kind = Kind::Created;
    qint64 id = 0;
    QByteArray token;
    QByteArray zone;
};

/// A check-in by a bearer of `tokenHash` for participant `id`.
struct CheckinRequest
{
    qint64 id = 0;
    QByteArray tokenHash;
    Status status = Status::Ready;
    QDateTime at; ///< UTC
    /// The post's address, only with Status::Posted, already through
    /// checkPostUrl(url) (the shape); the store checks that it is on the
    /// participant's platform. Empty: none given, the stored one stays.
    QString postUrl;
};

/// What a check-in did. `Done`: recorded; the participant went from `before`
/// to `after` (equal when the status did not move forward). `UnknownId`: no
/// such participant. `Forbidden`: the token is not this participant's.
/// `BadPostUrl`: the post's address is not one on the participant's platform
/// (`refusal` says why, naming post_url); nothing was recorded.
struct CheckinResult
{
    enum class Kind { Done, UnknownId, Forbidden, BadPostUrl };
    Kind kind = Kind::Done;
    Status before = Status::Joined;
    Status after = Status::Joined;
    QByteArray zone;
    Error refusal;
};

/// The check-ins recorded as "posted" in one UTC minute (every such check-in
/// counts, also a repeated one that did not move the status forward).
struct MinuteCount
{
    qint64 minute = 0; ///< minutes since 1970-01-01T00:00Z
    qint64 posted = 0;
    friend bool operator==(const MinuteCount &, const MinuteCount &) = default;
};

/// Where participants live. The service talks to it only from its writer
/// thread, one batch at a time: begin(), any number of join()/checkIn()/
/// participants(), then commit() (or rollback() after an error). An answer
/// derived from a batch is sent only after commit() returned, so commit()
/// must return only once the batch is durable. SqliteStore is the one-machine
/// backend; PostgresStore serves several `serve` instances on one database.
class Store
{
public:
    virtual ~Store() = default;

    /// Connects, creates or migrates the schema. Called on the writer thread
    /// before anything else; every later call comes from that same thread.
    [[nodiscard]] virtual Expected<void> open() = 0;
    /// Starts a batch's transaction, taking the write lock at once.
    [[nodiscard]] virtual Expected<void> begin() = 0;
    /// Ends the batch; returns only once it is durable.
    [[nodiscard]] virtual Expected<void> commit() = 0;
    /// Undoes the batch after an error; nothing of it was acknowledged.
    virtual void rollback() = 0;

    /// Adds a participant unless (handleKey, platform) exists; see JoinResult.
    [[nodiscard]] virtual Expected<JoinResult> join(const JoinRequest &request) = 0;
    /// join() for each of `requests` in order, as if one after another (a
    /// later request for a handle an earlier one created sees it). The
    /// default calls join(); a server database answers them in one round
    /// trip, which is what makes its batches fast.
    [[nodiscard]] virtual Expected<QList<JoinResult>> joinAll(const QList<JoinRequest> &requests);
    /// Records a check-in and moves the status forward; see CheckinResult.
    [[nodiscard]] virtual Expected<CheckinResult> checkIn(const CheckinRequest &request) = 0;
    /// Every participant, by id.
    [[nodiscard]] virtual Expected<QList<Participant>> participants() = 0;
    /// At most `limit` participants whose id is above `afterId`, by id: one
    /// page of a list of any size, read without holding the rest in memory.
    /// The default filters participants(); the real stores ask the database.
    [[nodiscard]] virtual Expected<QList<Participant>> participantsAfter(qint64 afterId, int limit);
    /// The minutes in [from, to) (UTC, whole minutes) that have posted
    /// check-ins, oldest first, minutes without any left out. Reads by the
    /// index on the check-in time, so a short range of a long campaign
    /// touches only its own rows.
    /// The default (for stores that keep no check-in times) says so.
    [[nodiscard]] virtual Expected<QList<MinuteCount>> postedPerMinute(const QDateTime &from,
                                                                       const QDateTime &to);
    /// The figures as the database holds them: at start, and (for a store
    /// shared by several instances) whenever the cached figures grow old.
    [[nodiscard]] virtual Expected<Stats> stats() = 0;

    /// False once a failure turned out to be a lost connection (the server
    /// restarted, the network broke); the writer then answers every queued
    /// request with an error and calls reconnect() with a backoff. A local
    /// file never loses its connection: SqliteStore keeps the default.
    [[nodiscard]] virtual bool connected() { return true; }
    /// Connects again after connected() turned false.
    [[nodiscard]] virtual Expected<void> reconnect() { return {}; }
    /// Whether a batch that failed with `error` (and was rolled back) may
    /// simply be run again, e.g. PostgreSQL's deadlock between two
    /// instances' batches.
    [[nodiscard]] virtual bool isTransient(const Error &error) const
    {
        Q_UNUSED(error);
        return false;
    }

protected:
    Store() = default;
    Q_DISABLE_COPY_MOVE(Store)
};

/// The form of a handle that decided "same participant" before schema
/// version 3: trimmed, one leading '@' removed, case-folded. Rows stored then
/// that have no canonical form keep it as their key (and every row derived
/// its replay token from it). "@AlitaFan", "alitafan" and " @ALITAFAN" gave
/// the same handle; "@alita@mastodon.social" kept its second '@'.
[[nodiscard]] QString normaliseHandle(QStringView handle);

/// Schema version 4 adds `post_url` (nullable text) to `participants` (the
/// latest address given) and to `checkins` (the address each check-in
/// carried, so a replaced one is not lost); existing rows keep NULL.
///
/// Schema version 3, the same in every store: each stored participant whose
/// handle has a canonical form on its platform gets it as `handle_key`, the
/// old key kept in `token_key` (replays of the join before the upgrade derive
/// their token from it). Rows in id order; where the canonical form is
/// already some row's key (two old spellings of one handle), the later row
/// keeps its old key and stays a participant of its own.
[[nodiscard]] Expected<void> recordCanonicalHandles(QSqlDatabase &db);

} // namespace Chorus::Checkin
