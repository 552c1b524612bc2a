#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace Chorus::Checkin {

/// What a fan's device remembers after joining a campaign's service: the
/// participant id and the bearer token for check-ins.
struct Membership
{
    QString id;
    QByteArray token;
    friend bool operator==(const Membership &, const Membership &) = default;
};

/// Where the client keeps memberships, one per check-in service URL, and the
/// idempotency key of a join whose answer has not arrived yet (so that a
/// retry, even after a restart of the app, reuses it and gets the same
/// participant and token back).
class TokenStore
{
public:
    virtual ~TokenStore() = default;
    /// The membership for a service URL (a trailing slash does not matter).
    [[nodiscard]] virtual std::optional<Membership> membership(const QUrl &service) const = 0;
    virtual void setMembership(const QUrl &service, const Membership &membership) = 0;
    /// The Idempotency-Key of the join in progress, or empty.
    [[nodiscard]] virtual QByteArray pendingJoinKey(const QUrl &service) const = 0;
    /// An empty key clears it.
    virtual void setPendingJoinKey(const QUrl &service, const QByteArray &key) = 0;

protected:
    TokenStore() = default;
    Q_DISABLE_COPY_MOVE(TokenStore)
};

/// Keeps memberships for the life of the object (tests, the CLI).
class MemoryTokenStore final : public TokenStore
{
public:
    MemoryTokenStore() = default;
    [[nodiscard]] std::optional<Membership> membership(const QUrl &service) const override;
    void setMembership(const QUrl &service, const Membership &membership) override;
    [[nodiscard]] QByteArray pendingJoinKey(const QUrl &service) const override;
    void setPendingJoinKey(const QUrl &service, const QByteArray &key) override;

private:
    QHash<QString, Membership> m_memberships;
    QHash<QString, QByteArray> m_keys;
};

/// Keeps memberships in the user's QSettings, under
/// `checkin/<service URL, percent-encoded>/{id,token,pendingJoinKey}`, so a
/// fan who reopens the campaign is still "in". The settings object is
/// passed in (the app's, or an INI file in tests) and must outlive this.
class SettingsTokenStore final : public TokenStore
{
public:
    explicit SettingsTokenStore(QSettings &settings);
    [[nodiscard]] std::optional<Membership> membership(const QUrl &service) const override;
    void setMembership(const QUrl &service, const Membership &membership) override;
    [[nodiscard]] QByteArray pendingJoinKey(const QUrl &service) const override;
    void setPendingJoinKey(const QUrl &service, const QByteArray &key) override;

private:
    QSettings &m_settings;
};

} // namespace Chorus::Checkin
