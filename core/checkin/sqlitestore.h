#pragma once

#include "store.h"

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

class QSqlQuery;
struct sqlite3;

namespace Chorus::Checkin {

/// One schema step: the statements that take the database from version
/// `version - 1` to `version`, run in one transaction with the version bump.
struct Migration
{
    int version = 0;
    QStringList statements;
    /// Run after the statements, in the same transaction, for a step that
    /// SQL alone cannot do (version 3 computes canonical handles in C++).
    Expected<void> (*step)(QSqlDatabase &db) = nullptr;
};

/// Every migration, oldest first. The schema version lives in the table
/// `schema_version`; a database newer than the last migration is refused.
[[nodiscard]] const QList<Migration> &sqliteMigrations();

/// The participant store on one SQLite file, through Qt's QSQLITE driver, in
/// WAL mode with `synchronous=FULL`: commit() returns after SQLite fsync()ed
/// the WAL, so a committed batch survives a kill -9 or a power cut (given a
/// disk that honours fsync). Handles are UNIQUE on (canonical handle,
/// platform), see canonicalHandle(). A random 32-byte secret for deriveToken() is created with the
/// schema and kept in the `meta` table. Not thread-safe: one instance per
/// thread, created and used there (Qt's rule for QSqlDatabase connections).
class SqliteStore final : public Store
{
public:
    explicit SqliteStore(QString path);
    ~SqliteStore() override;

    [[nodiscard]] Expected<void> open() override;
    [[nodiscard]] Expected<void> begin() override;
    [[nodiscard]] Expected<void> commit() override;
    void rollback() override;
    [[nodiscard]] Expected<JoinResult> join(const JoinRequest &request) override;
    [[nodiscard]] Expected<CheckinResult> checkIn(const CheckinRequest &request) override;
    [[nodiscard]] Expected<QList<Participant>> participants() override;
    [[nodiscard]] Expected<QList<Participant>> participantsAfter(qint64 afterId,
                                                                 int limit) override;
    [[nodiscard]] Expected<Stats> stats() override;
    [[nodiscard]] Expected<QList<MinuteCount>> postedPerMinute(const QDateTime &from,
                                                               const QDateTime &to) override;

    /// The schema version found (and reached) by open().
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }

private:
    class Statement;
    struct Queries;
    [[nodiscard]] Expected<void> exec(const QString &sql);
    /// `what` failed, with SQLite's message for the connection's last error.
    [[nodiscard]] Error handleError(const QString &what) const;
    [[nodiscard]] Expected<void> migrate();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr; ///< m_db's own connection, for the join statements
    QByteArray m_secret;
    int m_schemaVersion = 0;
    std::unique_ptr<Queries> m_queries;
};

} // namespace Chorus::Checkin
