#include "pgserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QVersionNumber>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

#include <ftw.h>

using namespace Qt::StringLiterals;

namespace Chorus::Test {

namespace {

/// The newest /usr/lib/postgresql/N/bin holding initdb, else initdb's
/// directory on PATH, else empty.
QString findBinDir()
{
    // CHORUS_PG_BINDIR picks another installation (or, naming none, turns
    // the PostgreSQL tests into skips).
    if (qEnvironmentVariableIsSet("CHORUS_PG_BINDIR")) {
        const QString dir = qEnvironmentVariable("CHORUS_PG_BINDIR");
        return QFile::exists(dir + u"/initdb"_s) && QFile::exists(dir + u"/pg_ctl"_s) ? dir
                                                                                      : QString();
    }
    QVersionNumber best;
    QString bestDir;
    const QStringList versions
        = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &version : versions) {
        const QString dir = u"/usr/lib/postgresql/%1/bin"_s.arg(version);
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (QFile::exists(dir + u"/initdb"_s) && QFile::exists(dir + u"/pg_ctl"_s)
            && (bestDir.isEmpty() || number > best)) {
            best = number;
            bestDir = dir;
        }
    }
    if (!bestDir.isEmpty())
        return bestDir;
    const QString initdb = QStandardPaths::findExecutable(u"initdb"_s);
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

/// The account the server runs as when we are root.
const passwd *serverAccount()
{
    return ::getpwnam("nobody");
}

int chownEntry(const char *path, const struct stat *, int, struct FTW *)
{
    const passwd *account = serverAccount();
    return account && ::lchown(path, account->pw_uid, account->pw_gid) == 0 ? 0 : -1;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

QString PgServer::unavailableReason()
{
    if (findBinDir().isEmpty())
        return u"the PostgreSQL server binaries (initdb, pg_ctl) are not installed; on Debian: "
               "apt-get install postgresql"_s;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return u"Qt's PostgreSQL driver is not installed; on Debian: "
               "apt-get install libqt6sql6-psql"_s;
    if (::geteuid() == 0 && !serverAccount())
        return u"running as root and there is no user 'nobody' to run PostgreSQL as"_s;
    return {};
}

PgServer::PgServer(Options options)
    : m_options(options)
    , m_binDir(findBinDir())
    // As root the directory is handed to nobody, who must reach it: /tmp,
    // whatever TMPDIR says (a TMPDIR under /root would be closed to it).
    , m_dir((::geteuid() == 0 ? u"/tmp"_s : QDir::tempPath()) + u"/chorus-pg-XXXXXX"_s)
{ }

PgServer::~PgServer()
{
    if (m_running)
        (void)pgCtl({u"stop"_s, u"-m"_s, u"immediate"_s});
}

bool PgServer::run(const QString &tool, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C"_s);
    environment.remove(u"PGPASSWORD"_s);
    process.setProcessEnvironment(environment);
    const QString binary = m_binDir + u'/' + tool;
    if (::geteuid() == 0) {
        const passwd *account = serverAccount();
        process.start(u"setpriv"_s,
                      QStringList {u"--reuid=%1"_s.arg(account->pw_uid),
                                   u"--regid=%1"_s.arg(account->pw_gid), u"--clear-groups"_s,
                                   u"--"_s, binary}
                          + arguments);
    } else {
        process.start(binary, arguments);
    }
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(2000);
    }
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    QFile log(m_dir.filePath(u"server.log"_s));
    const QByteArray logTail
        = log.open(QIODevice::ReadOnly) ? log.readAll().right(2000) : QByteArray();
    m_error = u"%1 %2 failed: %3\n%4"_s.arg(tool, arguments.join(u' '),
                                            QString::fromLocal8Bit(process.readAll()),
                                            QString::fromLocal8Bit(logTail));
    return false;
}

bool PgServer::pgCtl(const QStringList &arguments)
{
    return run(u"pg_ctl"_s,
               QStringList {u"-D"_s, m_dir.filePath(u"data"_s), u"-w"_s, u"-t"_s, u"30"_s}
                   + arguments,
               40000);
}

bool PgServer::start()
{
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        m_error = reason;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = u"cannot make a temporary directory"_s;
        return false;
    }
    QDir(m_dir.path()).mkdir(u"socket"_s);
    QFile passwordFile(m_dir.filePath(u"password"_s));
    if (!passwordFile.open(QIODevice::WriteOnly)
        || passwordFile.write(password().toUtf8() + '\n') < 0) {
        m_error = u"cannot write the password file"_s;
        return false;
    }
    passwordFile.close();
    if (::geteuid() == 0
        && ::nftw(QFile::encodeName(m_dir.path()).constData(), chownEntry, 16, FTW_PHYS) != 0) {
        m_error = u"cannot hand %1 to the user nobody"_s.arg(m_dir.path());
        return false;
    }
    if (!run(u"initdb"_s,
             {u"-D"_s, m_dir.filePath(u"data"_s), u"-U"_s, user(), u"--pwfile"_s,
              passwordFile.fileName(), u"--auth-local=trust"_s, u"--auth-host=scram-sha-256"_s,
              u"-E"_s, u"UTF8"_s, u"--no-locale"_s, u"--no-sync"_s},
             120000))
        return false;
    m_port = freePort();
    m_serverOptions
        = u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=%3 -c max_connections=60"
          " -c shared_buffers=32MB"_s.arg(QString::number(m_port), m_dir.filePath(u"socket"_s),
                                          m_options.fsync ? u"on"_s : u"off"_s);
    return startAgain();
}

bool PgServer::stop()
{
    // Immediate: the server processes die as in a crash, with no shutdown
    // checkpoint, so what survives is what COMMIT had flushed to the WAL.
    const bool stopped = pgCtl({u"stop"_s, u"-m"_s, u"immediate"_s});
    m_running = m_running && !stopped;
    return stopped;
}

bool PgServer::startAgain()
{
    m_running
        = pgCtl({u"-l"_s, m_dir.filePath(u"server.log"_s), u"-o"_s, m_serverOptions, u"start"_s});
    return m_running;
}

bool PgServer::createDatabase(const QString &name, const QString &encoding)
{
    bool ok = false;
    const QString connection = u"chorus-pgserver-admin"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        const Checkin::PostgresTarget admin = target(u"postgres"_s);
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setUserName(admin.user);
        db.setPassword(admin.password);
        db.setDatabaseName(admin.database);
        if (!db.open()) {
            m_error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            QString sql = u"CREATE DATABASE \"%1\""_s.arg(name);
            if (!encoding.isEmpty())
                sql += u" ENCODING '%1' TEMPLATE template0"_s.arg(encoding);
            ok = query.exec(sql);
            if (!ok)
                m_error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QString PgServer::url(const QString &database) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(user(), QString::number(m_port), database);
}

Checkin::PostgresTarget PgServer::target(const QString &database) const
{
    Checkin::PostgresTarget target;
    target.user = user();
    target.host = u"127.0.0.1"_s;
    target.port = m_port;
    target.database = database;
    target.password = password();
    return target;
}

} // namespace Chorus::Test
