#pragma once
// A throw-away PostgreSQL server for tests and benchmarks: initdb into a
// temporary directory, listening on 127.0.0.1 on a free port with its unix
// socket inside that directory, stopped and deleted with the object.

#include "checkin/postgresstore.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Chorus::Test {

/// Runs Debian's PostgreSQL server binaries (package `postgresql`) as a
/// private cluster. initdb and postgres refuse to run as root, so as root the
/// server runs as the unprivileged user `nobody` (through setpriv) and the
/// temporary directory is handed to it; as any other user it runs as that
/// user. The superuser is `chorus` with password password(): TCP connections
/// need it (scram-sha-256), so the tests exercise the password path.
class PgServer final
{
public:
    struct Options
    {
        /// PostgreSQL's fsync: on for benchmarks (durable like SQLite's
        /// synchronous=FULL); tests may turn it off for speed, since their
        /// restarts are clean shutdowns.
        bool fsync = true;
    };

    /// Empty when the server binaries are here; else why not (for GTEST_SKIP).
    [[nodiscard]] static QString unavailableReason();

    explicit PgServer(Options options);
    PgServer()
        : PgServer(Options {})
    { }
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    /// initdb, then start; false (and error() says why) on failure.
    [[nodiscard]] bool start();
    /// pg_ctl stop -m immediate: the server dies as in a crash (no shutdown
    /// checkpoint), open connections are cut; startAgain() recovers from the WAL.
    [[nodiscard]] bool stop();
    /// Starts the stopped server again on the same port.
    [[nodiscard]] bool startAgain();
    /// A new database owned by the superuser, in `encoding` when given
    /// ("SQL_ASCII", from template0; else the cluster's UTF8); false on failure.
    [[nodiscard]] bool createDatabase(const QString &name, const QString &encoding = {});

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] static QString user() { return QStringLiteral("chorus"); }
    [[nodiscard]] static QString password() { return QStringLiteral("chorus-test-password"); }
    /// postgresql://chorus@127.0.0.1:PORT/DATABASE
    [[nodiscard]] QString url(const QString &database) const;
    /// Where to connect, password included.
    [[nodiscard]] Checkin::PostgresTarget target(const QString &database) const;
    /// What went wrong last, with the end of the server log.
    [[nodiscard]] QString error() const { return m_error; }

private:
    [[nodiscard]] bool run(const QString &tool, const QStringList &arguments, int timeoutMs);
    [[nodiscard]] bool pgCtl(const QStringList &arguments);

    Options m_options;
    QString m_binDir;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_serverOptions; ///< postgres's options (port, socket directory, fsync)
    bool m_running = false;
    QString m_error;
};

} // namespace Chorus::Test
