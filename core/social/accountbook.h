#pragma once

#include "error.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QSettings;

namespace Chorus::Social {

class CredentialStore;

/// One account a fan connected for posting. Nothing here is secret: the app
/// password or access token lives in the keychain under `key()`.
struct Account
{
    QString platform; ///< "bluesky" or "mastodon"
    QString handle; ///< as the fan knows it: "alita.bsky.social", "fan@mastodon.social"
    /// Who the account is for the platform, and so for "post once": the
    /// Bluesky DID ("did:plc:…"), or the Mastodon account "user@server".
    QString accountId;
    QUrl server; ///< the account's PDS, or its Mastodon server

    /// The keychain entry's name: "bluesky:did:plc:…", "mastodon:fan@mastodon.social".
    [[nodiscard]] QString key() const;
    friend bool operator==(const Account &, const Account &) = default;
};

/// The accounts a fan connected, remembered across restarts: the public
/// part in QSettings (group `accounts`), the secret in the keychain. A secret
/// that cannot be stored keeps nothing, not even the account; forgetting an
/// account removes both parts. The settings and the credential store are
/// passed in and must outlive the book.
class AccountBook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountBook)

public:
    AccountBook(QSettings &settings, CredentialStore &credentials, QObject *parent = nullptr);
    ~AccountBook() override;

    /// Every connected account, in the order they were added.
    [[nodiscard]] QList<Account> accounts() const;

    /// Stores the secret, then remembers the account (replacing one with the
    /// same key). A malformed account is refused before the keychain is asked.
    void add(const Account &account, const QByteArray &secret, QObject *context,
             std::function<void(Expected<void>)> done);
    /// The account's secret; an error naming the account when the keychain no
    /// longer holds it (the fan removed it, or another machine's settings).
    void secret(const Account &account, QObject *context,
                std::function<void(Expected<QByteArray>)> done);
    /// Removes the secret, then the account. If the keychain cannot be
    /// reached the account stays, so the fan can try again.
    void forget(const Account &account, QObject *context, std::function<void(Expected<void>)> done);

Q_SIGNALS:
    void accountsChanged();

private:
    void remember(const Account &account);
    void drop(const Account &account);

    QSettings &m_settings;
    CredentialStore &m_credentials;
};

/// Checks the public part of an account: a known platform, a handle, an
/// account id and an http(s) server.
[[nodiscard]] Expected<void> validateAccount(const Account &account);

} // namespace Chorus::Social
