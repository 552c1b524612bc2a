#include "keyring.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Chorus::Test {

PrivateKeyring::PrivateKeyring()
{
    for (const char *program : {"dbus-daemon", "gnome-keyring-daemon", "secret-tool"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty()) {
            m_problem = u"%1 is not installed (Debian: dbus, gnome-keyring, libsecret-tools)"_s.arg(
                QString::fromLatin1(program));
            return;
        }
    }
    const QString home = m_home.path();
    QDir(home).mkpath(u"run"_s);
    QFile::setPermissions(home + u"/run"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    m_bus.setProgram(u"dbus-daemon"_s);
    m_bus.setArguments({u"--session"_s, u"--nofork"_s, u"--print-address=1"_s,
                        u"--address=unix:path=%1/bus"_s.arg(home)});
    m_bus.start();
    if (!m_bus.waitForStarted(5000) || !m_bus.waitForReadyRead(5000)) {
        m_problem = u"dbus-daemon did not start: %1"_s.arg(m_bus.errorString());
        return;
    }
    m_address = QString::fromUtf8(m_bus.readLine().trimmed());

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    environment.insert(u"XDG_RUNTIME_DIR"_s, home + u"/run"_s);
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_address);
    m_keyring.setProcessEnvironment(environment);
    m_keyring.setProgram(u"gnome-keyring-daemon"_s);
    // --unlock reads the (new) login keyring's password from stdin.
    m_keyring.setArguments({u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
    m_keyring.start();
    if (!m_keyring.waitForStarted(5000)) {
        m_problem = u"gnome-keyring-daemon did not start: %1"_s.arg(m_keyring.errorString());
        return;
    }
    // QProcess writes only from the event loop or a wait: flush before closing.
    m_keyring.write("chorus-test-password\n");
    m_keyring.waitForBytesWritten(5000);
    m_keyring.closeWriteChannel();

    // The keyring is ready once it owns the Secret Service's name.
    QDBusConnection bus = QDBusConnection::connectToBus(m_address, u"chorus-keyring-probe"_s);
    const QDeadlineTimer deadline(10000);
    while (!bus.interface()->isServiceRegistered(u"org.freedesktop.secrets"_s)) {
        if (deadline.hasExpired() || m_keyring.state() != QProcess::Running) {
            m_problem
                = u"gnome-keyring-daemon never offered org.freedesktop.secrets on %1 (%2): %3"_s
                      .arg(m_address, bus.lastError().message(),
                           QString::fromUtf8(m_keyring.readAllStandardError()));
            break;
        }
        QThread::msleep(50);
    }
    QDBusConnection::disconnectFromBus(u"chorus-keyring-probe"_s);
    if (m_problem.isEmpty())
        setenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8().constData(), 1);
}

PrivateKeyring::~PrivateKeyring()
{
    for (QProcess *process : {&m_keyring, &m_bus}) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(3000)) {
            process->kill();
            process->waitForFinished(3000);
        }
    }
}

std::optional<QByteArray> PrivateKeyring::secretTool(const QStringList &arguments) const
{
    QProcess tool;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_address);
    tool.setProcessEnvironment(environment);
    tool.start(u"secret-tool"_s, arguments);
    if (!tool.waitForFinished(10000) || tool.exitStatus() != QProcess::NormalExit
        || tool.exitCode() != 0)
        return std::nullopt;
    return tool.readAllStandardOutput();
}

} // namespace Chorus::Test
