#include "sqlitestore.h"
#include "sqlrows.h"

#include "token.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <array>
#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Chorus::Checkin {

QString normaliseHandle(QStringView handle)
{
    QStringView text = handle.trimmed();
    if (text.startsWith(u'@'))
        text = text.sliced(1);
    return text.toString().toCaseFolded();
}

const QList<Migration> &sqliteMigrations()
{
    static const QList<Migration> list {
        {1,
         {u"CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)"_s,
          u"CREATE TABLE participants ("
          " id INTEGER PRIMARY KEY AUTOINCREMENT,"
          " handle TEXT NOT NULL,"
          " handle_key TEXT NOT NULL,"
          " platform TEXT NOT NULL,"
          " zone TEXT NOT NULL,"
          " status INTEGER NOT NULL DEFAULT 0,"
          " token_hash BLOB NOT NULL,"
          " idempotency_hash BLOB,"
          " joined_at TEXT NOT NULL,"
          " UNIQUE (handle_key, platform))"_s,
          u"CREATE TABLE checkins ("
          " id INTEGER PRIMARY KEY AUTOINCREMENT,"
          " participant_id INTEGER NOT NULL REFERENCES participants(id),"
          " status INTEGER NOT NULL,"
          " at TEXT NOT NULL)"_s}},
        // Version 2: the "check-ins over time" chart reads check-ins by time.
        {2, {u"CREATE INDEX checkins_by_time ON checkins (at)"_s}},
        // Version 3: handle_key becomes the platform's canonical handle
        // (canonicalHandle()); token_key keeps the key a row's replay token
        // was derived from when the migration changed it.
        {3, {u"ALTER TABLE participants ADD COLUMN token_key TEXT"_s}, &recordCanonicalHandles},
        // Version 4: the address of the participant's post (the latest
        // given), and of each check-in's, so a replaced one is kept.
        {4,
         {u"ALTER TABLE participants ADD COLUMN post_url TEXT"_s,
          u"ALTER TABLE checkins ADD COLUMN post_url TEXT"_s}},
    };
    return list;
}

/// One prepared statement on the connection's own sqlite3 handle. The join
/// (every POST /api/v1/participants) runs its two statements here rather
/// than through QSqlQuery, whose positional binding formats a placeholder
/// name and hashes it for every bound value and rebuilds the column record
/// on every execution: that bookkeeping cost more than SQLite's own work.
/// Same connection, same transaction as everything else.
class SqliteStore::Statement
{
public:
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement() { sqlite3_finalize(m_stmt); }

    [[nodiscard]] bool prepare(sqlite3 *db, const char *sql)
    {
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
            == SQLITE_OK;
    }
    void bind(int index, const QString &text)
    {
        sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
    }
    void bindBlob(int index, const QByteArray &bytes)
    {
        if (bytes.isNull())
            sqlite3_bind_null(m_stmt, index);
        else
            sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()),
                              SQLITE_TRANSIENT);
    }
    /// SQLITE_ROW, SQLITE_DONE or an error code.
    [[nodiscard]] int step() { return sqlite3_step(m_stmt); }
    [[nodiscard]] qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    [[nodiscard]] QByteArray bytes(int column) const
    {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
    }
    /// Ready for the next execution, bindings cleared.
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

struct SqliteStore::Queries
{
    explicit Queries(const QSqlDatabase &db)
        : findParticipant(db)
        , insertCheckin(db)
        , updateStatus(db)
        , setPostUrl(db)
    { }
    Statement findHandle;
    Statement insertParticipant;
    QSqlQuery findParticipant;
    QSqlQuery insertCheckin;
    QSqlQuery updateStatus;
    QSqlQuery setPostUrl;
};

namespace {

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error {u"database"_s, u"%1 failed: %2"_s.arg(what, error.text())};
}

/// "2027-02-14T17:00:00.000Z": what QDateTime::toString(Qt::ISODateWithMs)
/// writes for a UTC time, without its per-field QString::asprintf (which
/// showed in the join's profile). Other years and invalid times go to Qt.
QString isoUtc(const QDateTime &at)
{
    using namespace std::chrono;
    const sys_time<milliseconds> time {milliseconds {at.isValid() ? at.toMSecsSinceEpoch() : 0}};
    const sys_days day = floor<days>(time);
    const year_month_day date {day};
    const int year = int(date.year());
    if (!at.isValid() || year < 1 || year > 9999)
        return at.toUTC().toString(Qt::ISODateWithMs);
    const hh_mm_ss clock {time - day};
    std::array<char, 32> text {};
    const int length
        = std::snprintf(text.data(), text.size(), "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", year,
                        unsigned(date.month()), unsigned(date.day()), int(clock.hours().count()),
                        int(clock.minutes().count()), int(clock.seconds().count()),
                        int(clock.subseconds().count()));
    return QString::fromLatin1(text.data(), length);
}

} // namespace

SqliteStore::SqliteStore(QString path)
    : m_path(std::move(path))
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = u"chorus-checkin-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

SqliteStore::~SqliteStore()
{
    m_queries.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Expected<void> SqliteStore::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return std::unexpected(sqlError(sql.section(u' ', 0, 1), query.lastError()));
    return {};
}

Expected<void> SqliteStore::open()
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return std::unexpected(sqlError(u"opening %1"_s.arg(quoted(m_path)), m_db.lastError()));

    QSqlQuery mode(m_db);
    if (!mode.exec(u"PRAGMA journal_mode=WAL"_s) || !mode.next()
        || mode.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return fail(u"database"_s, u"%1 cannot use write-ahead logging"_s.arg(quoted(m_path)));
    mode.finish(); // an unfinished statement would block every COMMIT
    for (const QString &pragma : {u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s,
                                  u"PRAGMA busy_timeout=5000"_s}) {
        if (auto done = exec(pragma); !done)
            return done;
    }
    if (auto migrated = migrate(); !migrated)
        return migrated;

    QSqlQuery secret(m_db);
    if (!secret.exec(u"SELECT value FROM meta WHERE key = 'token_secret'"_s))
        return std::unexpected(sqlError(u"reading the token secret"_s, secret.lastError()));
    if (secret.next()) {
        m_secret = secret.value(0).toByteArray();
        secret.finish();
    } else {
        secret.finish();
        m_secret = generateSecret();
        QSqlQuery insert(m_db);
        insert.prepare(u"INSERT INTO meta (key, value) VALUES ('token_secret', ?)"_s);
        insert.addBindValue(m_secret);
        if (!insert.exec())
            return std::unexpected(sqlError(u"storing the token secret"_s, insert.lastError()));
    }

    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(u"database"_s, u"the SQLite driver gives no sqlite3 handle"_s);
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    m_queries = std::make_unique<Queries>(m_db);
    const bool prepared
        = m_queries->findHandle.prepare(m_handle,
                                        "SELECT id, idempotency_hash, zone,"
                                        " COALESCE(token_key, handle_key) FROM participants"
                                        " WHERE handle_key = ? AND platform = ?")
        && m_queries->insertParticipant.prepare(
            m_handle,
            "INSERT INTO participants (handle, handle_key, platform, zone, status, token_hash,"
            " idempotency_hash, joined_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?)")
        && m_queries->findParticipant.prepare(
            u"SELECT token_hash, status, zone, platform FROM participants WHERE id = ?"_s)
        && m_queries->insertCheckin.prepare(
            u"INSERT INTO checkins (participant_id, status, at, post_url) VALUES (?, ?, ?, ?)"_s)
        && m_queries->updateStatus.prepare(
            u"UPDATE participants SET status = ? WHERE id = ? AND status < ?"_s)
        && m_queries->setPostUrl.prepare(u"UPDATE participants SET post_url = ? WHERE id = ?"_s);
    if (!prepared)
        return fail(u"database"_s, u"preparing the queries failed"_s);
    return {};
}

Expected<void> SqliteStore::migrate()
{
    if (auto made = exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s);
        !made)
        return made;
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT version FROM schema_version"_s))
        return std::unexpected(sqlError(u"reading the schema version"_s, query.lastError()));
    int version = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    const QList<Migration> &migrations = sqliteMigrations();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (version > latest)
        return fail(u"database"_s,
                    u"%1 has schema version %2, newer than this program knows (%3)"_s.arg(
                        quoted(m_path), QString::number(version), QString::number(latest)));
    for (const Migration &migration : migrations) {
        if (migration.version <= version)
            continue;
        if (auto began = exec(u"BEGIN IMMEDIATE"_s); !began)
            return began;
        for (const QString &statement : migration.statements) {
            if (auto done = exec(statement); !done) {
                rollback();
                return done;
            }
        }
        if (migration.step) {
            if (auto done = migration.step(m_db); !done) {
                rollback();
                return done;
            }
        }
        const QString bump = version == 0 ? u"INSERT INTO schema_version (version) VALUES (%1)"_s
                                          : u"UPDATE schema_version SET version = %1"_s;
        if (auto done = exec(bump.arg(migration.version)); !done) {
            rollback();
            return done;
        }
        if (auto done = exec(u"COMMIT"_s); !done) {
            rollback();
            return done;
        }
        version = migration.version;
    }
    m_schemaVersion = version;
    return {};
}

Expected<void> SqliteStore::begin()
{
    return exec(u"BEGIN IMMEDIATE"_s);
}

Expected<void> SqliteStore::commit()
{
    return exec(u"COMMIT"_s);
}

void SqliteStore::rollback()
{
    QSqlQuery query(m_db);
    query.exec(u"ROLLBACK"_s);
}

Error SqliteStore::handleError(const QString &what) const
{
    return Error {u"database"_s,
                  u"%1 failed: %2"_s.arg(what, QString::fromUtf8(sqlite3_errmsg(m_handle)))};
}

Expected<JoinResult> SqliteStore::join(const JoinRequest &request)
{
    Statement &find = m_queries->findHandle;
    find.bind(1, request.handleKey);
    find.bind(2, request.platform);
    const int found = find.step();
    if (found != SQLITE_ROW && found != SQLITE_DONE) {
        const Error error = handleError(u"looking up a handle"_s);
        find.reset();
        return std::unexpected(error);
    }
    const QByteArray platform = request.platform.toUtf8();
    const QByteArray handleKey = request.handleKey.toUtf8();
    if (found == SQLITE_ROW) {
        JoinResult result;
        result.id = find.integer(0);
        result.zone = find.bytes(2);
        const QByteArray storedKeyHash = find.bytes(1);
        // The key the token was derived from when this row was created.
        const QByteArray tokenKey = find.bytes(3);
        find.reset();
        if (!request.idempotencyKey.isEmpty() && !storedKeyHash.isEmpty()
            && constantTimeEquals(storedKeyHash, hashToken(request.idempotencyKey))) {
            result.kind = JoinResult::Kind::Replayed;
            result.token = deriveToken(m_secret, request.idempotencyKey, platform, tokenKey);
        } else {
            result.kind = JoinResult::Kind::Conflict;
        }
        return result;
    }
    find.reset();

    JoinResult result;
    result.kind = JoinResult::Kind::Created;
    result.zone = request.zone;
    result.token = request.idempotencyKey.isEmpty()
        ? request.freshToken
        : deriveToken(m_secret, request.idempotencyKey, platform, handleKey);
    Statement &insert = m_queries->insertParticipant;
    insert.bind(1, request.handle);
    insert.bind(2, request.handleKey);
    insert.bind(3, request.platform);
    insert.bind(4, QString::fromUtf8(request.zone));
    insert.bindBlob(5, hashToken(result.token));
    insert.bindBlob(
        6, request.idempotencyKey.isEmpty() ? QByteArray() : hashToken(request.idempotencyKey));
    insert.bind(7, isoUtc(request.at));
    if (insert.step() != SQLITE_DONE) {
        const Error error = handleError(u"adding a participant"_s);
        insert.reset();
        return std::unexpected(error);
    }
    result.id = sqlite3_last_insert_rowid(m_handle);
    insert.reset();
    return result;
}

Expected<CheckinResult> SqliteStore::checkIn(const CheckinRequest &request)
{
    return runCheckin({m_queries->findParticipant, m_queries->insertCheckin,
                       m_queries->updateStatus, m_queries->setPostUrl},
                      request, isoUtc(request.at), &sqlError);
}

Expected<QList<Participant>> SqliteStore::participants()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, handle, platform, zone, status, joined_at, post_url"
                    " FROM participants ORDER BY id"_s))
        return std::unexpected(sqlError(u"listing participants"_s, query.lastError()));
    QList<Participant> list;
    while (query.next())
        list.append(participantFromRow(query));
    return list;
}

Expected<QList<Participant>> SqliteStore::participantsAfter(qint64 afterId, int limit)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT id, handle, platform, zone, status, joined_at, post_url"
                       " FROM participants WHERE id > ? ORDER BY id LIMIT ?"_s))
        return std::unexpected(sqlError(u"listing participants"_s, query.lastError()));
    query.addBindValue(afterId);
    query.addBindValue(limit);
    if (!query.exec())
        return std::unexpected(sqlError(u"listing participants"_s, query.lastError()));
    QList<Participant> list;
    list.reserve(limit);
    while (query.next())
        list.append(participantFromRow(query));
    return list;
}

Expected<Stats> SqliteStore::stats()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT zone, status, COUNT(*) FROM participants GROUP BY zone, status"_s))
        return std::unexpected(sqlError(u"counting participants"_s, query.lastError()));
    Stats stats;
    while (query.next())
        addToStats(stats, query.value(0).toString().toUtf8(),
                   static_cast<Status>(std::clamp(query.value(1).toInt(), 0, 2)),
                   query.value(2).toLongLong());
    return stats;
}

Expected<QList<MinuteCount>> SqliteStore::postedPerMinute(const QDateTime &from,
                                                          const QDateTime &to)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // `at` is fixed-width ISO 8601 in UTC (isoUtc), so comparing the text
    // compares the instants and the range is a scan of checkins_by_time.
    query.prepare(u"SELECT substr(at, 1, 16), COUNT(*) FROM checkins"
                  " WHERE at >= ? AND at < ? AND status = ? GROUP BY 1 ORDER BY 1"_s);
    query.addBindValue(isoUtc(from));
    query.addBindValue(isoUtc(to));
    query.addBindValue(int(Status::Posted));
    if (!query.exec())
        return std::unexpected(sqlError(u"counting posted check-ins"_s, query.lastError()));
    QList<MinuteCount> list;
    while (query.next()) {
        const QDateTime minute
            = QDateTime::fromString(query.value(0).toString() + u":00Z"_s, Qt::ISODate);
        if (minute.isValid())
            list.append(MinuteCount {minute.toSecsSinceEpoch() / 60, query.value(1).toLongLong()});
    }
    return list;
}

} // namespace Chorus::Checkin
