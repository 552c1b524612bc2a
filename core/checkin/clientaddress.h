#pragma once

#include "error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>

#include <optional>
#include <vector>

namespace Chorus::Checkin {

/// A block of addresses, `network/prefixLength` (CIDR): 127.0.0.1/32,
/// 10.0.0.0/8, ::1/128, fd00::/8.
struct AddressRange
{
    QHostAddress network;
    int prefixLength = 0;

    [[nodiscard]] bool contains(const QHostAddress &address) const;
    /// "10.0.0.0/8", as parseAddressRange() reads it.
    [[nodiscard]] QString toString() const;
};

/// Reads `ADDR` or `ADDR/PREFIX` (IPv4 as four decimal octets, IPv6 in any
/// RFC 4291 form); a lone address is a range of one (/32, /128). Host bits
/// set beyond the prefix are refused rather than silently cleared
/// (10.0.0.1/8 is most likely a typo for /32). Errors name `field` (the
/// flag that gave the value).
[[nodiscard]] Expected<AddressRange> parseAddressRange(QStringView text, const QString &field);

/// The address with IPv4-mapped IPv6 (::ffff:127.0.0.1, as a dual-stack
/// socket reports an IPv4 peer) turned into IPv4 and any scope id dropped,
/// so one client has one spelling for the per-address limits.
[[nodiscard]] QHostAddress normalizedAddress(const QHostAddress &address);

/// One address of a forwarding header: IPv4, IPv4:port, IPv6, [IPv6],
/// [IPv6]:port. Anything else (a host name, "unknown", an obfuscated
/// "_hidden", garbage) is nullopt.
[[nodiscard]] std::optional<QHostAddress> parseForwardedNode(QByteArrayView text);

/// The addresses of `X-Forwarded-For` values (every header line, in order),
/// left (the original client) to right (the last proxy's peer). An element
/// that is no address is nullopt at its place, so the caller can tell how
/// far the list is usable.
[[nodiscard]] QList<std::optional<QHostAddress>>
parseXForwardedFor(const QList<QByteArray> &values);

/// The `for=` addresses of RFC 7239 `Forwarded` values (every header line,
/// in order), left to right. Parameter names are case-insensitive; values
/// are tokens or quoted strings (IPv6 must be quoted, in brackets, with an
/// optional port). An element without `for=`, or whose `for=` is no
/// address ("unknown", "_hidden"), or that does not parse, is nullopt at its
/// place.
[[nodiscard]] QList<std::optional<QHostAddress>> parseForwardedFor(const QList<QByteArray> &values);

/// Which header a trusted proxy writes the client's address into.
enum class ForwardedHeader {
    XForwardedFor, ///< `X-Forwarded-For: client, proxy1` (nginx, HAProxy)
    Forwarded, ///< RFC 7239 `Forwarded: for=client, for=proxy1`
};

/// The proxies whose word about the client's address is believed
/// (`serve --trusted-proxy`), and how the client's address is found.
///
/// Only a peer inside a trusted range may name another client; from any
/// other peer every forwarding header is ignored, so a client can never
/// pick its own address by sending one. Behind a trusted peer the client is
/// the right-most address of the one configured header that is not itself
/// trusted: proxies append the address they saw, so everything right of
/// that address was written by proxies we trust, and everything left of it
/// by the client (who may have sent anything). Only one header is read,
/// because a proxy passes the other through from the client untouched:
/// nginx appends to `X-Forwarded-For` but forwards a client's `Forwarded`.
///
/// Malformed values fall back to the peer: when the walk from the right
/// meets an element that is no address before it meets an untrusted one,
/// or the header is absent, the request counts as the proxy's own. That
/// never lets a client choose an address; it only puts a broken chain's
/// requests under the proxy's one join limit. When every address is trusted
/// (a request from the proxy's own machine) the left-most is the client.
///
/// Example, trusted 127.0.0.1 and 10.0.0.0/8, peer 127.0.0.1,
/// `X-Forwarded-For: 6.6.6.6, 203.0.113.7, 10.0.0.5`: the client is
/// 203.0.113.7 (6.6.6.6 is what the client claimed and is ignored).
class TrustedProxies
{
public:
    TrustedProxies() = default;
    explicit TrustedProxies(std::vector<AddressRange> ranges,
                            ForwardedHeader header = ForwardedHeader::XForwardedFor);

    [[nodiscard]] bool isEmpty() const { return m_ranges.empty(); }
    [[nodiscard]] ForwardedHeader header() const { return m_header; }
    /// Whether `address` (normalized first) lies in a trusted range.
    [[nodiscard]] bool contains(const QHostAddress &address) const;
    /// The client behind `peer` given the request's headers (names lower
    /// case, as HttpRequest holds them); `peer` itself when it is not trusted.
    [[nodiscard]] QHostAddress
    clientAddress(const QHostAddress &peer,
                  const QList<std::pair<QByteArray, QByteArray>> &headers) const;

private:
    std::vector<AddressRange> m_ranges;
    ForwardedHeader m_header = ForwardedHeader::XForwardedFor;
};

} // namespace Chorus::Checkin
