#pragma once

#include "error.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Chorus::Social {

/// The fan's secrets (a Bluesky app password, a Mastodon access token) in the
/// operating system's keychain, through QtKeychain: the Secret Service
/// (GNOME Keyring, KWallet) on Linux, the Keychain on macOS, the Credential
/// Store on Windows. Nothing is ever written anywhere else: QtKeychain's
/// "insecure fallback" to a plain settings file is off, so a machine with no
/// keychain gets an error and keeps nothing.
///
/// Each call is asynchronous (the keychain may ask the user to unlock it) and
/// answers once through `done`, on the thread of `context`, unless `context`
/// was destroyed meanwhile.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    /// `service` names the application's entries in the keychain
    /// ("org.chorus.Chorus"); tests pass their own so they never touch a
    /// real user's entries.
    explicit CredentialStore(QString service, QObject *parent = nullptr);
    ~CredentialStore() override;

    [[nodiscard]] QString service() const { return m_service; }

    /// Stores `secret` under `key`, replacing what was there.
    void write(const QString &key, const QByteArray &secret, QObject *context,
               std::function<void(Expected<void>)> done);
    /// The secret under `key`; nothing (not an error) when there is none.
    void read(const QString &key, QObject *context,
              std::function<void(Expected<std::optional<QByteArray>>)> done);
    /// Removes the secret under `key`; removing one that is not there succeeds.
    void remove(const QString &key, QObject *context, std::function<void(Expected<void>)> done);

private:
    QString m_service;
};

} // namespace Chorus::Social
