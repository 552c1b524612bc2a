#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QHostAddress;

namespace Chorus::Checkin {

/// Where fans reach a check-in service, for the organizer to hand out.
struct JoinAddresses
{
    QString address; ///< the service's own address, the first to give out
    QStringList joinUrls; ///< every address fans on other devices can use, best first
};

/// The addresses of a service listening on `host` at `port`, as the organizer
/// wrote the host (`hostText`, kept as typed: "localhost" stays "localhost").
/// A specific host is its own one address, IPv6 in brackets
/// (`http://[::1]:8080`). A wildcard (0.0.0.0, ::, or Any) is no address to
/// visit, so fans get the machine's own addresses of the families it listens
/// on, from `machine` (QNetworkInterface::allAddresses() in the app): no
/// loopback, no link-local (it needs a scope id fans do not know), no
/// multicast, IPv4 first, each once. When the machine has none of those, the
/// address is loopback of the wildcard's family and no join URL is listed.
///
/// Example: listening on 0.0.0.0:8080 on a machine with 127.0.0.1,
/// 192.168.1.20, fe80::1 and 2001:db8::5, the join URL is
/// `http://192.168.1.20:8080` only; on `Any` (::) it is that and
/// `http://[2001:db8::5]:8080`.
[[nodiscard]] JoinAddresses joinAddresses(const QHostAddress &host, const QString &hostText,
                                          int port, const QList<QHostAddress> &machine);

} // namespace Chorus::Checkin
