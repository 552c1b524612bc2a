#include "tokenstore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Chorus::Checkin {

namespace {

QString keyOf(const QUrl &service)
{
    return service.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
}

QString groupOf(const QUrl &service)
{
    // QSettings treats '/' as a separator: percent-encode the whole URL.
    return u"checkin/"_s + QString::fromLatin1(QUrl::toPercentEncoding(keyOf(service)));
}

} // namespace

std::optional<Membership> MemoryTokenStore::membership(const QUrl &service) const
{
    const auto it = m_memberships.constFind(keyOf(service));
    if (it == m_memberships.cend())
        return std::nullopt;
    return *it;
}

void MemoryTokenStore::setMembership(const QUrl &service, const Membership &membership)
{
    m_memberships.insert(keyOf(service), membership);
}

QByteArray MemoryTokenStore::pendingJoinKey(const QUrl &service) const
{
    return m_keys.value(keyOf(service));
}

void MemoryTokenStore::setPendingJoinKey(const QUrl &service, const QByteArray &key)
{
    if (key.isEmpty())
        m_keys.remove(keyOf(service));
    else
        m_keys.insert(keyOf(service), key);
}

SettingsTokenStore::SettingsTokenStore(QSettings &settings)
    : m_settings(settings)
{ }

std::optional<Membership> SettingsTokenStore::membership(const QUrl &service) const
{
    const QString group = groupOf(service);
    const QString id = m_settings.value(group + u"/id"_s).toString();
    const QByteArray token = m_settings.value(group + u"/token"_s).toByteArray();
    if (id.isEmpty() || token.isEmpty())
        return std::nullopt;
    return Membership {id, token};
}

void SettingsTokenStore::setMembership(const QUrl &service, const Membership &membership)
{
    const QString group = groupOf(service);
    m_settings.setValue(group + u"/id"_s, membership.id);
    m_settings.setValue(group + u"/token"_s, membership.token);
    m_settings.sync();
}

QByteArray SettingsTokenStore::pendingJoinKey(const QUrl &service) const
{
    return m_settings.value(groupOf(service) + u"/pendingJoinKey"_s).toByteArray();
}

void SettingsTokenStore::setPendingJoinKey(const QUrl &service, const QByteArray &key)
{
    const QString name = groupOf(service) + u"/pendingJoinKey"_s;
    if (key.isEmpty())
        m_settings.remove(name);
    else
        m_settings.setValue(name, key);
    m_settings.sync();
}

} // namespace Chorus::Checkin
