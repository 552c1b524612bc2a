// Who the client is behind a trusted proxy: address ranges, X-Forwarded-For
// and RFC 7239 Forwarded parsing, and the right-most-untrusted rule.
#include "checkin/clientaddress.h"

#include "testutil.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Chorus::Checkin;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

TrustedProxies trusted(const QStringList &ranges,
                       ForwardedHeader header = ForwardedHeader::XForwardedFor)
{
    std::vector<AddressRange> parsed;
    for (const QString &text : ranges) {
        auto range = parseAddressRange(text, u"--trusted-proxy"_s);
        EXPECT_TRUE(range.has_value()) << text.toStdString();
        if (range)
            parsed.push_back(*range);
    }
    return TrustedProxies(std::move(parsed), header);
}

struct RangeRow
{
    const char *name;
    const char *text;
    const char *range; ///< toString() when valid, nullptr when refused
};

class AddressRanges : public testing::TestWithParam<RangeRow>
{
};

TEST_P(AddressRanges, ParseOrAreRefusedNamingTheFlag)
{
    const RangeRow &row = GetParam();
    const auto range = parseAddressRange(QString::fromUtf8(row.text), u"--trusted-proxy"_s);
    if (row.range) {
        ASSERT_TRUE(range.has_value()) << range.error().text().toStdString();
        EXPECT_EQ(range->toString().toStdString(), row.range);
    } else {
        ASSERT_FALSE(range.has_value()) << range->toString().toStdString();
        EXPECT_EQ(range.error().field, u"--trusted-proxy"_s);
        EXPECT_TRUE(range.error().message.contains(QString::fromUtf8(row.text).trimmed()))
            << range.error().text().toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Rows, AddressRanges,
    testing::Values(
        RangeRow {"LoneIPv4", "127.0.0.1", "127.0.0.1/32"},
        RangeRow {"IPv4Prefix", "10.0.0.0/8", "10.0.0.0/8"},
        RangeRow {"Everything", "0.0.0.0/0", "0.0.0.0/0"}, RangeRow {"LoneIPv6", "::1", "::1/128"},
        RangeRow {"IPv6Prefix", "fd00::/8", "fd00::/8"},
        RangeRow {"MappedIsIPv4", "::ffff:10.0.0.0/104", "10.0.0.0/8"},
        RangeRow {"HostBitsSet", "10.0.0.1/8", nullptr},
        RangeRow {"IPv6HostBitsSet", "fd00::1/8", nullptr},
        RangeRow {"PrefixTooLong", "10.0.0.0/33", nullptr},
        RangeRow {"IPv6PrefixTooLong", "::1/129", nullptr},
        RangeRow {"EmptyPrefix", "10.0.0.0/", nullptr},
        RangeRow {"NegativePrefix", "10.0.0.0/-1", nullptr},
        RangeRow {"ShortIPv4", "127.1", nullptr}, RangeRow {"LeadingZero", "127.0.0.01", nullptr},
        RangeRow {"OctetTooBig", "256.0.0.1", nullptr}, RangeRow {"HostName", "localhost", nullptr},
        RangeRow {"ZoneId", "fe80::1%eth0", nullptr}, RangeRow {"Empty", "", nullptr}),
    Chorus::Test::ByName());

struct NodeRow
{
    const char *name;
    const char *text;
    const char *address; ///< nullptr: not an address
};

class ForwardedNodes : public testing::TestWithParam<NodeRow>
{
};

TEST_P(ForwardedNodes, Parse)
{
    const NodeRow &row = GetParam();
    const auto address = parseForwardedNode(row.text);
    if (row.address) {
        ASSERT_TRUE(address.has_value());
        EXPECT_EQ(address->toString().toStdString(), row.address);
    } else {
        EXPECT_FALSE(address.has_value()) << address->toString().toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ForwardedNodes,
    testing::Values(NodeRow {"IPv4", "203.0.113.7", "203.0.113.7"},
                    NodeRow {"IPv4Port", "203.0.113.7:4711", "203.0.113.7"},
                    NodeRow {"IPv6", "2001:db8::17", "2001:db8::17"},
                    NodeRow {"IPv6Brackets", "[2001:db8::17]", "2001:db8::17"},
                    NodeRow {"IPv6BracketsPort", "[2001:db8::17]:4711", "2001:db8::17"},
                    NodeRow {"MappedIPv6", "::ffff:203.0.113.7", "203.0.113.7"},
                    NodeRow {"Spaces", "  203.0.113.7 ", "203.0.113.7"},
                    NodeRow {"Unknown", "unknown", nullptr},
                    NodeRow {"Obfuscated", "_hidden", nullptr},
                    NodeRow {"HostName", "example.org", nullptr},
                    NodeRow {"BadPort", "203.0.113.7:http", nullptr},
                    NodeRow {"PortTooLong", "203.0.113.7:123456", nullptr},
                    NodeRow {"UnclosedBracket", "[2001:db8::17", nullptr},
                    NodeRow {"GarbageAfterBracket", "[2001:db8::17]x", nullptr},
                    NodeRow {"ZoneId", "fe80::1%eth0", nullptr}, NodeRow {"Empty", "", nullptr}),
    Chorus::Test::ByName());

TEST(XForwardedFor, ListsEveryElementOfEveryLineInOrder)
{
    const auto chain = parseXForwardedFor({"6.6.6.6, 203.0.113.7", "garbage,,10.0.0.5"});
    ASSERT_EQ(chain.size(), 4);
    EXPECT_EQ(chain[0]->toString(), u"6.6.6.6"_s);
    EXPECT_EQ(chain[1]->toString(), u"203.0.113.7"_s);
    EXPECT_FALSE(chain[2].has_value());
    EXPECT_EQ(chain[3]->toString(), u"10.0.0.5"_s);
}

TEST(Forwarded, ReadsForInEachElementWithQuotesAndBrackets)
{
    const auto chain = parseForwardedFor(
        {R"(for=192.0.2.60;proto=http;by=203.0.113.43, FOR="[2001:db8:cafe::17]:4711")",
         R"(proto=https;for="198.51.100.17", for=unknown, by="a,b";for=10.0.0.5)",
         R"(for="\[2001:db8::1\]", proto=http)"});
    ASSERT_EQ(chain.size(), 7);
    EXPECT_EQ(chain[0]->toString(), u"192.0.2.60"_s);
    EXPECT_EQ(chain[1]->toString(), u"2001:db8:cafe::17"_s);
    EXPECT_EQ(chain[2]->toString(), u"198.51.100.17"_s);
    EXPECT_FALSE(chain[3].has_value()); // unknown
    EXPECT_EQ(chain[4]->toString(), u"10.0.0.5"_s); // the comma was inside quotes
    EXPECT_EQ(chain[5]->toString(), u"2001:db8::1"_s); // quoted-pair escapes
    EXPECT_FALSE(chain[6].has_value()); // no for=
}

TEST(Forwarded, MalformedElementsAreNoAddress)
{
    for (const QByteArray &value : QList<QByteArray> {R"(for=[2001:db8::1])", R"(for="192.0.2.60)",
                                                      R"(for=192.0.2.60;for=192.0.2.61)", R"(for)",
                                                      R"(for=)", R"(for="a"b")"}) {
        const auto chain = parseForwardedFor({value});
        ASSERT_EQ(chain.size(), 1) << value.toStdString();
        EXPECT_FALSE(chain[0].has_value()) << value.toStdString();
    }
}

struct ClientRow
{
    const char *name;
    const char *peer;
    Headers headers;
    const char *client;
};

class ClientAddress : public testing::TestWithParam<ClientRow>
{
};

TEST_P(ClientAddress, IsTheRightMostUntrustedAddressBehindATrustedPeerOnly)
{
    const ClientRow &row = GetParam();
    const TrustedProxies proxies = trusted({u"127.0.0.1"_s, u"10.0.0.0/8"_s, u"::1"_s});
    EXPECT_EQ(proxies.clientAddress(QHostAddress(QString::fromLatin1(row.peer)), row.headers)
                  .toString()
                  .toStdString(),
              row.client);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ClientAddress,
    testing::Values(
        ClientRow {"NoHeaderIsThePeer", "127.0.0.1", {}, "127.0.0.1"},
        ClientRow {"OneHop", "127.0.0.1", {{"x-forwarded-for", "203.0.113.7"}}, "203.0.113.7"},
        ClientRow {"ForgedLeftPartIsIgnored",
                   "127.0.0.1",
                   {{"x-forwarded-for", "6.6.6.6, 203.0.113.7, 10.0.0.5"}},
                   "203.0.113.7"},
        ClientRow {"UntrustedPeerIsNeverBelieved",
                   "192.0.2.1",
                   {{"x-forwarded-for", "203.0.113.7"}},
                   "192.0.2.1"},
        ClientRow {"PeerOutsideTheRangeIsNotTrusted",
                   "127.0.0.2",
                   {{"x-forwarded-for", "203.0.113.7"}},
                   "127.0.0.2"},
        ClientRow {"MappedPeerIsTrusted",
                   "::ffff:127.0.0.1",
                   {{"x-forwarded-for", "203.0.113.7"}},
                   "203.0.113.7"},
        ClientRow {
            "IPv6PeerAndClient", "::1", {{"x-forwarded-for", "2001:db8::17"}}, "2001:db8::17"},
        ClientRow {"SeveralLinesAreOneList",
                   "127.0.0.1",
                   {{"x-forwarded-for", "203.0.113.7"}, {"x-forwarded-for", "10.0.0.5"}},
                   "203.0.113.7"},
        ClientRow {"MalformedRightMostFallsBackToThePeer",
                   "127.0.0.1",
                   {{"x-forwarded-for", "203.0.113.7, garbage"}},
                   "127.0.0.1"},
        ClientRow {"MalformedLeftOfTheClientDoesNotMatter",
                   "127.0.0.1",
                   {{"x-forwarded-for", "garbage, 203.0.113.7"}},
                   "203.0.113.7"},
        ClientRow {"AllTrustedIsTheLeftMost",
                   "127.0.0.1",
                   {{"x-forwarded-for", "10.0.0.9, 127.0.0.1"}},
                   "10.0.0.9"},
        ClientRow {"EmptyHeaderIsThePeer", "127.0.0.1", {{"x-forwarded-for", " , "}}, "127.0.0.1"},
        ClientRow {"ForwardedIsNotReadInXffMode",
                   "127.0.0.1",
                   {{"forwarded", "for=203.0.113.7"}},
                   "127.0.0.1"}),
    Chorus::Test::ByName());

TEST(ClientAddress, ForwardedModeReadsOnlyForwarded)
{
    const TrustedProxies proxies = trusted({u"127.0.0.1"_s}, ForwardedHeader::Forwarded);
    const QHostAddress peer(u"127.0.0.1"_s);
    EXPECT_EQ(proxies.clientAddress(peer, {{"forwarded", R"(for="[2001:db8::17]:4711")"}}),
              QHostAddress(u"2001:db8::17"_s));
    EXPECT_EQ(proxies.clientAddress(peer, {{"forwarded", "for=6.6.6.6, for=203.0.113.7"}}),
              QHostAddress(u"203.0.113.7"_s));
    // What a client put in X-Forwarded-For reaches us untouched through a
    // proxy that writes Forwarded: it must not count.
    EXPECT_EQ(proxies.clientAddress(peer, {{"x-forwarded-for", "203.0.113.7"}}), peer);
    EXPECT_EQ(proxies.clientAddress(peer, {{"forwarded", "for=unknown"}}), peer);
    EXPECT_EQ(proxies.clientAddress(peer, {{"forwarded", "for=[2001:db8::17]"}}), peer);
}

TEST(ClientAddress, NoTrustedProxyIgnoresEveryHeader)
{
    const TrustedProxies none;
    EXPECT_TRUE(none.isEmpty());
    const QHostAddress peer(u"127.0.0.1"_s);
    EXPECT_EQ(none.clientAddress(
                  peer, {{"x-forwarded-for", "203.0.113.7"}, {"forwarded", "for=203.0.113.7"}}),
              peer);
}

} // namespace
