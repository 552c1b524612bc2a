#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace Chorus::Test {

/// A real Secret Service for the tests: a private D-Bus session bus with
/// GNOME Keyring on it, unlocked with a throw-away password, in a temporary
/// home. The test process's DBUS_SESSION_BUS_ADDRESS points at it, so
/// QtKeychain (and `secret-tool`) talk to it and never to a user's keyring.
/// Start it before anything in the process touches the session bus: both
/// Qt and GLib keep the first bus they connect to.
class PrivateKeyring
{
public:
    PrivateKeyring();
    ~PrivateKeyring();
    PrivateKeyring(const PrivateKeyring &) = delete;
    PrivateKeyring &operator=(const PrivateKeyring &) = delete;

    /// Empty when it runs; else why not (a missing program, a failed start).
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] QString busAddress() const { return m_address; }
    /// `secret-tool ARGS…` against this keyring: its stdout, or nothing on failure.
    [[nodiscard]] std::optional<QByteArray> secretTool(const QStringList &arguments) const;

private:
    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
    QString m_problem;
};

} // namespace Chorus::Test
