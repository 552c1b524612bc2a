#include "accountbook.h"

#include "credentialstore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Chorus::Social {

namespace {

constexpr auto group = "accounts"_L1;

QString settingsKey(const Account &account)
{
    // One child group per account; '/' would nest groups, so encode it.
    return QString::fromLatin1(QUrl::toPercentEncoding(account.key()));
}

} // namespace

QString Account::key() const
{
    return platform + u':' + accountId;
}

Expected<void> validateAccount(const Account &account)
{
    if (account.platform != "bluesky"_L1 && account.platform != "mastodon"_L1)
        return fail(u"platform"_s,
                    u"Chorus posts on bluesky or mastodon, not %1"_s.arg(quoted(account.platform)));
    if (account.handle.trimmed().isEmpty())
        return fail(u"handle"_s, u"the account has no handle"_s);
    if (account.accountId.trimmed().isEmpty())
        return fail(u"account"_s, u"the account %1 has no id"_s.arg(quoted(account.handle)));
    const QString scheme = account.server.scheme();
    if (!account.server.isValid() || account.server.host().isEmpty()
        || (scheme != "https"_L1 && scheme != "http"_L1))
        return fail(
            u"server"_s,
            u"%1 is not an http(s) server address"_s.arg(quoted(account.server.toString())));
    return {};
}

AccountBook::AccountBook(QSettings &settings, CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
{ }

AccountBook::~AccountBook() = default;

QList<Account> AccountBook::accounts() const
{
    struct Entry
    {
        qint64 order;
        Account account;
    };
    QList<Entry> entries;
    m_settings.beginGroup(group);
    const QStringList children = m_settings.childGroups();
    for (const QString &child : children) {
        m_settings.beginGroup(child);
        Account account {m_settings.value("platform"_L1).toString(),
                         m_settings.value("handle"_L1).toString(),
                         m_settings.value("account"_L1).toString(),
                         QUrl(m_settings.value("server"_L1).toString())};
        const qint64 order = m_settings.value("added"_L1).toLongLong();
        m_settings.endGroup();
        // A hand-edited or half-written entry is skipped, never guessed at.
        if (validateAccount(account))
            entries.append({order, std::move(account)});
    }
    m_settings.endGroup();
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.order < b.order; });
    QList<Account> result;
    result.reserve(entries.size());
    for (Entry &entry : entries)
        result.append(std::move(entry.account));
    return result;
}

void AccountBook::add(const Account &account, const QByteArray &secret, QObject *context,
                      std::function<void(Expected<void>)> done)
{
    if (auto valid = validateAccount(account); !valid) {
        done(std::unexpected(valid.error()));
        return;
    }
    if (secret.isEmpty()) {
        done(fail(u"secret"_s,
                  u"no password or token was given for %1"_s.arg(quoted(account.handle))));
        return;
    }
    m_credentials.write(account.key(), secret, context,
                        [this, account, done = std::move(done)](Expected<void> written) {
                            if (written)
                                remember(account);
                            done(std::move(written));
                        });
}

void AccountBook::secret(const Account &account, QObject *context,
                         std::function<void(Expected<QByteArray>)> done)
{
    m_credentials.read(account.key(), context,
                       [account, done = std::move(done)](Expected<std::optional<QByteArray>> read) {
                           if (!read)
                               done(std::unexpected(read.error()));
                           else if (!*read)
                               done(fail(u"keychain"_s,
                                         u"the keychain no longer holds the secret for %1 on %2: "
                                         u"connect the account again"_s.arg(quoted(account.handle),
                                                                            account.platform)));
                           else
                               done(**read);
                       });
}

void AccountBook::forget(const Account &account, QObject *context,
                         std::function<void(Expected<void>)> done)
{
    m_credentials.remove(account.key(), context,
                         [this, account, done = std::move(done)](Expected<void> removed) {
                             if (removed)
                                 drop(account);
                             done(std::move(removed));
                         });
}

void AccountBook::remember(const Account &account)
{
    m_settings.beginGroup(group);
    m_settings.beginGroup(settingsKey(account));
    if (!m_settings.contains("added"_L1)) {
        qint64 next = 0;
        m_settings.endGroup();
        for (const QString &child : m_settings.childGroups())
            next = std::max(next, m_settings.value(child + "/added"_L1).toLongLong() + 1);
        m_settings.beginGroup(settingsKey(account));
        m_settings.setValue("added"_L1, next);
    }
    m_settings.setValue("platform"_L1, account.platform);
    m_settings.setValue("handle"_L1, account.handle);
    m_settings.setValue("account"_L1, account.accountId);
    m_settings.setValue("server"_L1, account.server.toString());
    m_settings.endGroup();
    m_settings.endGroup();
    m_settings.sync();
    Q_EMIT accountsChanged();
}

void AccountBook::drop(const Account &account)
{
    m_settings.beginGroup(group);
    m_settings.remove(settingsKey(account));
    m_settings.endGroup();
    m_settings.sync();
    Q_EMIT accountsChanged();
}

} // namespace Chorus::Social
