#include "clientaddress.h"

#include <string_view>

using namespace Qt::StringLiterals;

namespace Chorus::Checkin {

namespace {

/// Four decimal octets, no leading zeros (0127 could mean octal to some
/// tools), nothing else: QHostAddress also takes "127.1" and the like.
std::optional<QHostAddress> parseIPv4(QByteArrayView text)
{
    quint32 value = 0;
    int parts = 0;
    qsizetype i = 0;
    while (parts < 4) {
        const qsizetype start = i;
        quint32 octet = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - start < 3) {
            octet = octet * 10 + quint32(text[i] - '0');
            ++i;
        }
        const qsizetype length = i - start;
        if (length == 0 || octet > 255 || (length > 1 && text[start] == '0'))
            return std::nullopt;
        value = (value << 8) | octet;
        ++parts;
        if (parts < 4) {
            if (i >= text.size() || text[i] != '.')
                return std::nullopt;
            ++i;
        }
    }
    if (i != text.size())
        return std::nullopt;
    return QHostAddress(value);
}

std::optional<QHostAddress> parseIPv6(QByteArrayView text)
{
    // A zone id (%eth0) names an interface of the proxy's machine, no client.
    if (!text.contains(':') || text.contains('%') || text.size() > 45)
        return std::nullopt;
    for (char c : text) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex && c != ':' && c != '.')
            return std::nullopt;
    }
    QHostAddress address;
    if (!address.setAddress(QString::fromLatin1(text))
        || address.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    return address;
}

bool isPort(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 5)
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

/// Splits `text` at `separator` outside quoted strings (RFC 9110 §5.6.4:
/// a backslash escapes the next character inside quotes).
QList<QByteArrayView> splitOutsideQuotes(QByteArrayView text, char separator)
{
    QList<QByteArrayView> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted && c == '\\') {
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == separator) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(start));
    return parts;
}

/// A token or quoted-string value, unquoted; nullopt when it is neither.
std::optional<QByteArray> parameterValue(QByteArrayView text)
{
    if (text.startsWith('"')) {
        if (text.size() < 2 || !text.endsWith('"'))
            return std::nullopt;
        QByteArray value;
        for (qsizetype i = 1; i + 1 < text.size(); ++i) {
            char c = text[i];
            if (c == '\\') {
                if (i + 2 >= text.size())
                    return std::nullopt;
                c = text[++i];
            } else if (c == '"') {
                return std::nullopt;
            }
            value += c;
        }
        return value;
    }
    static constexpr std::string_view tokenSymbols = "!#$%&'*+-.^_`|~";
    for (char c : text) {
        const bool alnum
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && tokenSymbols.find(c) == std::string_view::npos)
            return std::nullopt;
    }
    if (text.isEmpty())
        return std::nullopt;
    return text.toByteArray();
}

std::optional<QHostAddress> forwardedElementFor(QByteArrayView element)
{
    std::optional<QHostAddress> found;
    bool seen = false;
    for (QByteArrayView pair : splitOutsideQuotes(element, ';')) {
        pair = trimmed(pair);
        const qsizetype equals = pair.indexOf('=');
        if (equals <= 0)
            return std::nullopt;
        const QByteArrayView name = trimmed(pair.first(equals));
        if (name.compare("for", Qt::CaseInsensitive) != 0)
            continue;
        // Two for= in one element: which one is meant cannot be told.
        if (seen)
            return std::nullopt;
        seen = true;
        const auto value = parameterValue(trimmed(pair.sliced(equals + 1)));
        if (!value)
            return std::nullopt;
        found = parseForwardedNode(*value);
    }
    return found;
}

QList<QByteArray> headerValues(const QList<std::pair<QByteArray, QByteArray>> &headers,
                               QByteArrayView name)
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers) {
        if (key == name)
            values.append(value);
    }
    return values;
}

} // namespace

bool AddressRange::contains(const QHostAddress &address) const
{
    return normalizedAddress(address).isInSubnet(network, prefixLength);
}

QString AddressRange::toString() const
{
    return network.toString() + u'/' + QString::number(prefixLength);
}

Expected<AddressRange> parseAddressRange(QStringView text, const QString &field)
{
    const QByteArray bytes = text.trimmed().toLatin1();
    const qsizetype slash = bytes.indexOf('/');
    const QByteArrayView addressText
        = slash < 0 ? QByteArrayView(bytes) : QByteArrayView(bytes).first(slash);
    std::optional<QHostAddress> address = parseIPv4(addressText);
    if (!address)
        address = parseIPv6(addressText);
    if (!address || text.trimmed().size() != bytes.size())
        return fail(
            field,
            u"%1 is not an IP address or ADDR/PREFIX range (127.0.0.1, 10.0.0.0/8, ::1)"_s.arg(
                quoted(text)));
    const bool ipv4 = address->protocol() == QAbstractSocket::IPv4Protocol;
    const int maxPrefix = ipv4 ? 32 : 128;
    int prefix = maxPrefix;
    if (slash >= 0) {
        const QByteArrayView prefixText = QByteArrayView(bytes).sliced(slash + 1);
        bool ok = !prefixText.isEmpty() && prefixText.size() <= 3;
        for (char c : prefixText)
            ok = ok && c >= '0' && c <= '9';
        prefix = ok ? prefixText.toByteArray().toInt() : -1;
        if (prefix < 0 || prefix > maxPrefix)
            return fail(
                field,
                u"%1 has no prefix length between 0 and %2"_s.arg(quoted(text)).arg(maxPrefix));
    }
    // ::ffff:10.0.0.0/104 is 10.0.0.0/8: peers are compared as IPv4.
    bool mapped = false;
    const quint32 v4 = address->toIPv4Address(&mapped);
    if (!ipv4 && mapped && prefix >= 96) {
        address = QHostAddress(v4);
        prefix -= 96;
    }
    // parseSubnet() clears the host bits; if that changed the address, some were set.
    const QHostAddress network
        = QHostAddress::parseSubnet(u"%1/%2"_s.arg(address->toString()).arg(prefix)).first;
    if (network != *address)
        return fail(field,
                    u"%1 has bits set after the first %2; did you mean %3/%2?"_s.arg(quoted(text))
                        .arg(prefix)
                        .arg(network.toString()));
    return AddressRange {*address, prefix};
}

QHostAddress normalizedAddress(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool mapped = false;
        const quint32 v4 = address.toIPv4Address(&mapped);
        if (mapped)
            return QHostAddress(v4);
        QHostAddress plain(address.toIPv6Address());
        return plain;
    }
    return address;
}

std::optional<QHostAddress> parseForwardedNode(QByteArrayView text)
{
    text = trimmed(text);
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return std::nullopt;
        const QByteArrayView rest = text.sliced(close + 1);
        if (!rest.isEmpty() && !(rest.front() == ':' && isPort(rest.sliced(1))))
            return std::nullopt;
        auto address = parseIPv6(text.sliced(1, close - 1));
        if (!address)
            return std::nullopt;
        return normalizedAddress(*address);
    }
    if (const auto address = parseIPv6(text))
        return normalizedAddress(*address);
    const qsizetype colon = text.indexOf(':');
    if (colon >= 0) {
        if (!isPort(text.sliced(colon + 1)))
            return std::nullopt;
        text = text.first(colon);
    }
    return parseIPv4(text);
}

QList<std::optional<QHostAddress>> parseXForwardedFor(const QList<QByteArray> &values)
{
    QList<std::optional<QHostAddress>> addresses;
    for (const QByteArray &value : values) {
        for (QByteArrayView element : value.split(',')) {
            element = trimmed(element);
            // Empty list elements are allowed by RFC 9110's list syntax.
            if (!element.isEmpty())
                addresses.append(parseForwardedNode(element));
        }
    }
    return addresses;
}

QList<std::optional<QHostAddress>> parseForwardedFor(const QList<QByteArray> &values)
{
    QList<std::optional<QHostAddress>> addresses;
    for (const QByteArray &value : values) {
        for (QByteArrayView element : splitOutsideQuotes(value, ',')) {
            element = trimmed(element);
            if (!element.isEmpty())
                addresses.append(forwardedElementFor(element));
        }
    }
    return addresses;
}

TrustedProxies::TrustedProxies(std::vector<AddressRange> ranges, ForwardedHeader header)
    : m_ranges(std::move(ranges))
    , m_header(header)
{ }

bool TrustedProxies::contains(const QHostAddress &address) const
{
    const QHostAddress normal = normalizedAddress(address);
    for (const AddressRange &range : m_ranges) {
        if (normal.isInSubnet(range.network, range.prefixLength))
            return true;
    }
    return false;
}

QHostAddress
TrustedProxies::clientAddress(const QHostAddress &peer,
                              const QList<std::pair<QByteArray, QByteArray>> &headers) const
{
    const QHostAddress normalPeer = normalizedAddress(peer);
    if (!contains(normalPeer))
        return normalPeer;
    const QList<std::optional<QHostAddress>> chain = m_header == ForwardedHeader::XForwardedFor
        ? parseXForwardedFor(headerValues(headers, "x-forwarded-for"))
        : parseForwardedFor(headerValues(headers, "forwarded"));
    for (qsizetype i = chain.size() - 1; i >= 0; --i) {
        if (!chain[i])
            return normalPeer;
        if (!contains(*chain[i]))
            return *chain[i];
    }
    return chain.isEmpty() ? normalPeer : *chain.front();
}

} // namespace Chorus::Checkin
