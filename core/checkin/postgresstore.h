#pragma once

#include "sqlitestore.h"
#include "store.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Chorus::Checkin {

/// Where a PostgreSQL database is and who connects to it, as taken from
/// `postgresql://user@host:port/dbname`. The password never comes from the
/// URL (a command line is visible to every user of the machine): it is read
/// from `PGPASSWORD` or a file by the caller, or left empty for libpq's own
/// `~/.pgpass` or a trust/peer rule.
struct PostgresTarget
{
    QString user;
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString password;

    /// "user@host:port/dbname", without the password, for messages.
    [[nodiscard]] QString display() const;
};

/// Parses `postgresql://user@host:port/dbname` (or `postgres://…`). User and
/// port may be left out (libpq's defaults: the login name, 5432); the
/// database name may not. A URL with a password (`user:secret@host`), query
/// parameters or a fragment is refused, naming the value, so that a secret
/// never sits on a command line. `[::1]` is an IPv6 host.
/// Example: "postgres://chorus@db.internal/alita" → user chorus, host
/// db.internal, port 5432, database alita.
[[nodiscard]] Expected<PostgresTarget> parsePostgresUrl(const QString &url);

/// True when `text` names a PostgreSQL database (the scheme is `postgresql:`
/// or `postgres:`), so `--db` takes the PostgreSQL path, not a file.
[[nodiscard]] bool isPostgresUrl(QStringView text);

/// Every PostgreSQL migration, oldest first: the same tables, columns,
/// constraints and versions as sqliteMigrations(), in PostgreSQL's types.
[[nodiscard]] const QList<Migration> &postgresMigrations();

/// The participant store on one PostgreSQL database through Qt's QPSQL
/// driver, for several `serve` instances sharing it. Semantics match
/// SqliteStore: commit() returns once PostgreSQL's COMMIT did, which with
/// `synchronous_commit=on` (set on every connection) means the WAL record is
/// flushed; the UNIQUE (handle_key, platform) constraint, used through
/// `INSERT … ON CONFLICT DO NOTHING`, decides "same handle" even when two
/// instances insert it at the same moment (one waits for the other's commit,
/// never a read-then-write race). Migrations run under a transaction-scoped
/// advisory lock, so instances starting together migrate once; the token
/// secret is inserted with ON CONFLICT DO NOTHING and read back, so every
/// instance derives the same tokens.
///
/// When the connection breaks (the server restarted, the network failed),
/// the failing call returns an error and connected() turns false; the writer
/// then calls reconnect() with a backoff. Not thread-safe: one instance per
/// thread, created and used there.
class PostgresStore final : public Store
{
public:
    explicit PostgresStore(PostgresTarget target);
    ~PostgresStore() override;

    [[nodiscard]] Expected<void> open() override;
    [[nodiscard]] Expected<void> begin() override;
    [[nodiscard]] Expected<void> commit() override;
    void rollback() override;
    [[nodiscard]] Expected<JoinResult> join(const JoinRequest &request) override;
    /// Every join of a batch in two statements whatever its size: one
    /// multi-row INSERT … ON CONFLICT DO NOTHING fed by unnest() of arrays,
    /// rows taken in (handle, platform) order so that two instances' batches
    /// lock in the same order and cannot deadlock each other, then one
    /// lookup of the handles that already existed.
    [[nodiscard]] Expected<QList<JoinResult>> joinAll(const QList<JoinRequest> &requests) override;
    [[nodiscard]] Expected<CheckinResult> checkIn(const CheckinRequest &request) override;
    [[nodiscard]] Expected<QList<Participant>> participants() override;
    [[nodiscard]] Expected<QList<Participant>> participantsAfter(qint64 afterId,
                                                                 int limit) override;
    [[nodiscard]] Expected<Stats> stats() override;
    [[nodiscard]] Expected<QList<MinuteCount>> postedPerMinute(const QDateTime &from,
                                                               const QDateTime &to) override;
    [[nodiscard]] bool connected() override;
    [[nodiscard]] Expected<void> reconnect() override;
    [[nodiscard]] bool isTransient(const Error &error) const override;

    /// The schema version found (and reached) by open().
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }

private:
    struct Queries;
    /// The token a participant gets (fresh, or derived from the idempotency
    /// key and `tokenKey`, the handle key the row was created with).
    [[nodiscard]] QByteArray tokenFor(const JoinRequest &request, const QString &tokenKey) const;
    /// Replayed or Conflict for `request`, whose handle exists with
    /// `storedKeyHash` as its idempotency key's hash and `tokenKey` as the
    /// key its token was derived from.
    void classifyExisting(const JoinRequest &request, const QByteArray &storedKeyHash,
                          const QString &tokenKey, JoinResult &result) const;
    [[nodiscard]] Expected<void> connect();
    [[nodiscard]] Expected<void> exec(const QString &sql);
    [[nodiscard]] Expected<void> migrate();
    [[nodiscard]] Expected<void> loadSecret();
    [[nodiscard]] Expected<void> prepare();
    void disconnect();

    PostgresTarget m_target;
    QString m_connectionName;
    QSqlDatabase m_db;
    QByteArray m_secret;
    int m_schemaVersion = 0;
    bool m_broken = false; ///< a call failed and the server did not answer a probe
    std::unique_ptr<Queries> m_queries;
};

} // namespace Chorus::Checkin
