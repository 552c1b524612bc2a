// The service behind a trusted proxy (serve --trusted-proxy), over real
// loopback sockets from several source addresses: which address the join
// limit and the per-address connection cap see.
#include "checkintest.h"

#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Chorus::Checkin;
using Chorus::Test::exchangeFrom;
using Chorus::Test::httpRequest;
using Chorus::Test::RawResponse;
using Chorus::Test::TestService;
using Chorus::Test::waitUntil;

namespace {

const QHostAddress proxy(u"127.0.0.1"_s);

QByteArray joinBody(const QByteArray &handle)
{
    return R"({"handle":")" + handle + R"(","platform":"x","zone":"Europe/Berlin"})";
}

RawResponse join(TestService &service, const QHostAddress &from, const QByteArray &handle,
                 const QByteArray &headers = {})
{
    return exchangeFrom(from, service.port(),
                        httpRequest("POST", "/api/v1/participants", joinBody(handle), headers));
}

/// One join a minute, no burst: the second join an address makes is refused.
Limits oneJoinEach()
{
    Limits limits;
    limits.joinsPerMinute = 1;
    limits.joinBurst = 1;
    return limits;
}

auto trusting(const QStringList &ranges, ForwardedHeader header = ForwardedHeader::XForwardedFor)
{
    return [ranges, header](ServiceConfig &config) {
        std::vector<AddressRange> parsed;
        for (const QString &range : ranges)
            parsed.push_back(*parseAddressRange(range, u"--trusted-proxy"_s));
        config.trustedProxies = TrustedProxies(std::move(parsed), header);
    };
}

TEST(TrustedProxy, WithoutOneAForgedXForwardedForIsIgnored)
{
    TestService service(oneJoinEach());
    EXPECT_EQ(join(service, proxy, "@a", "X-Forwarded-For: 203.0.113.1\r\n").status, 201);
    // Another claimed address changes nothing: the limit sees 127.0.0.1.
    EXPECT_EQ(join(service, proxy, "@b", "X-Forwarded-For: 203.0.113.2\r\n").status, 429);
    EXPECT_EQ(join(service, proxy, "@c", "Forwarded: for=203.0.113.3\r\n").status, 429);
}

TEST(TrustedProxy, JoinsAreLimitedPerForwardedClient)
{
    TestService service(oneJoinEach(), {}, trusting({u"127.0.0.1"_s}));
    EXPECT_EQ(join(service, proxy, "@a", "X-Forwarded-For: 203.0.113.1\r\n").status, 201);
    EXPECT_EQ(join(service, proxy, "@b", "X-Forwarded-For: 203.0.113.2\r\n").status, 201);
    EXPECT_EQ(join(service, proxy, "@c", "X-Forwarded-For: 203.0.113.1\r\n").status, 429);
    // What the client put before the proxy's own entry does not count.
    EXPECT_EQ(join(service, proxy, "@d", "X-Forwarded-For: 198.51.100.9, 203.0.113.2\r\n").status,
              429);
    // The proxy's own requests (no header) have their own bucket.
    EXPECT_EQ(join(service, proxy, "@e").status, 201);
    EXPECT_EQ(join(service, proxy, "@f").status, 429);
}

TEST(TrustedProxy, APeerOutsideTheTrustedRangesIsNotBelieved)
{
    TestService service(oneJoinEach(), {}, trusting({u"127.0.0.1"_s}));
    const QHostAddress direct(u"127.0.0.2"_s);
    EXPECT_EQ(join(service, direct, "@a", "X-Forwarded-For: 203.0.113.1\r\n").status, 201);
    EXPECT_EQ(join(service, direct, "@b", "X-Forwarded-For: 203.0.113.2\r\n").status, 429);
}

TEST(TrustedProxy, AMalformedForwardedAddressCountsAsTheProxy)
{
    TestService service(oneJoinEach(), {}, trusting({u"127.0.0.1"_s}));
    EXPECT_EQ(join(service, proxy, "@a", "X-Forwarded-For: 203.0.113.1, not-an-address\r\n").status,
              201);
    EXPECT_EQ(join(service, proxy, "@b", "X-Forwarded-For: 203.0.113.9, unknown\r\n").status, 429);
    EXPECT_EQ(join(service, proxy, "@c").status, 429);
}

TEST(TrustedProxy, TheForwardedHeaderWhenConfigured)
{
    TestService service(oneJoinEach(), {},
                        trusting({u"127.0.0.0/8"_s}, ForwardedHeader::Forwarded));
    EXPECT_EQ(join(service, proxy, "@a", "Forwarded: for=\"[2001:db8::1]:4711\"\r\n").status, 201);
    EXPECT_EQ(join(service, proxy, "@b", "Forwarded: for=203.0.113.1;proto=https\r\n").status, 201);
    EXPECT_EQ(join(service, proxy, "@c", "Forwarded: for=\"[2001:db8::1]\"\r\n").status, 429);
    // In this mode X-Forwarded-For is whatever the client sent.
    EXPECT_EQ(join(service, proxy, "@d", "X-Forwarded-For: 203.0.113.5\r\n").status, 201);
    EXPECT_EQ(join(service, proxy, "@e", "X-Forwarded-For: 203.0.113.6\r\n").status, 429);
}

std::vector<std::unique_ptr<QTcpSocket>> hold(const QHostAddress &from, quint16 port, int count)
{
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < count; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        EXPECT_TRUE(held.back()->bind(from, 0));
        held.back()->connectToHost(u"127.0.0.1"_s, port);
    }
    return held;
}

TEST(TrustedProxy, ItsConnectionsDoNotCountAgainstThePerAddressCap)
{
    Limits limits = Chorus::Test::testLimits();
    limits.maxConnectionsPerAddress = 3;
    TestService service(limits, {}, trusting({u"127.0.0.1"_s}));
    const auto held = hold(proxy, service.port(), 5);
    ASSERT_TRUE(waitUntil([&] { return service.service().connectionCount() == 5; }));
    EXPECT_EQ(exchangeFrom(proxy, service.port(), httpRequest("GET", "/healthz")).status, 200);
    // A direct client is still capped.
    const QHostAddress direct(u"127.0.0.2"_s);
    const auto heldDirect = hold(direct, service.port(), 3);
    ASSERT_TRUE(waitUntil([&] { return service.service().connectionCount() == 8; }));
    EXPECT_EQ(exchangeFrom(direct, service.port(), httpRequest("GET", "/healthz")).status, 503);
}

TEST(TrustedProxy, AForwardedClientAtTheCapGets503AndTheProxyConnectionStaysOpen)
{
    Limits limits = Chorus::Test::testLimits();
    limits.maxConnectionsPerAddress = 3;
    TestService service(limits, {}, trusting({u"127.0.0.1"_s}));
    // 127.0.0.5 holds three connections of its own, then comes through the proxy.
    const auto held = hold(QHostAddress(u"127.0.0.5"_s), service.port(), 3);
    ASSERT_TRUE(waitUntil([&] { return service.service().connectionCount() == 3; }));
    const RawResponse refused
        = exchangeFrom(proxy, service.port(),
                       httpRequest("GET", "/healthz", {}, "X-Forwarded-For: 127.0.0.5\r\n"));
    EXPECT_EQ(refused.status, 503);
    EXPECT_EQ(refused.headers.value("retry-after"), "1");
    EXPECT_FALSE(refused.closed);
    EXPECT_EQ(exchangeFrom(proxy, service.port(),
                           httpRequest("GET", "/healthz", {}, "X-Forwarded-For: 127.0.0.6\r\n"))
                  .status,
              200);
}

TEST(TrustedProxy, TheTotalCapStillApplies)
{
    Limits limits = Chorus::Test::testLimits();
    limits.maxConnections = 2;
    TestService service(limits, {}, trusting({u"127.0.0.1"_s}));
    const auto held = hold(proxy, service.port(), 2);
    ASSERT_TRUE(waitUntil([&] { return service.service().connectionCount() == 2; }));
    EXPECT_EQ(exchangeFrom(proxy, service.port(), httpRequest("GET", "/healthz")).status, 503);
}

} // namespace
