#include "joinurls.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Chorus::Checkin {

namespace {

QString hostForUrl(const QHostAddress &address, const QString &typed)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + typed + u']' : typed;
}

QString urlOf(const QHostAddress &address, int port)
{
    QHostAddress plain = address;
    plain.setScopeId(QString());
    return u"http://%1:%2"_s.arg(hostForUrl(plain, plain.toString())).arg(port);
}

bool isWildcard(const QHostAddress &address)
{
    return address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6
        || address == QHostAddress::Any;
}

QStringList machineUrls(const QHostAddress &listening, int port, const QList<QHostAddress> &machine)
{
    QStringList v4;
    QStringList v6;
    for (const QHostAddress &address : machine) {
        if (address.isNull() || address.isLoopback() || address.isLinkLocal()
            || address.isMulticast())
            continue;
        const bool ipv4 = address.protocol() == QAbstractSocket::IPv4Protocol;
        if (ipv4 && listening != QHostAddress::AnyIPv6)
            v4.append(urlOf(address, port));
        else if (!ipv4 && listening != QHostAddress::AnyIPv4)
            v6.append(urlOf(address, port));
    }
    QStringList all = v4 + v6;
    all.removeDuplicates();
    return all;
}

} // namespace

JoinAddresses joinAddresses(const QHostAddress &host, const QString &hostText, int port,
                            const QList<QHostAddress> &machine)
{
    JoinAddresses result;
    if (isWildcard(host)) {
        result.joinUrls = machineUrls(host, port, machine);
        result.address = result.joinUrls.isEmpty()
            ? urlOf(host == QHostAddress::AnyIPv6 ? QHostAddress(QHostAddress::LocalHostIPv6)
                                                  : QHostAddress(QHostAddress::LocalHost),
                    port)
            : result.joinUrls.front();
    } else {
        result.address = u"http://%1:%2"_s.arg(hostForUrl(host, hostText)).arg(port);
        result.joinUrls = {result.address};
    }
    return result;
}

} // namespace Chorus::Checkin
