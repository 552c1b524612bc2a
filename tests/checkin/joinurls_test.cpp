// The addresses fans are given for a check-in service: the host itself, or
// for a wildcard the machine's own addresses that other devices can reach.
#include "testutil.h"

#include "checkin/joinurls.h"

#include <QHostAddress>

using namespace Chorus::Checkin;
using namespace Qt::StringLiterals;

namespace {

/// Loopback, a link-local and a global IPv6, two IPv4, a multicast and a
/// repeated address.
QList<QHostAddress> someMachine()
{
    return {QHostAddress(u"127.0.0.1"_s),    QHostAddress(u"::1"_s),
            QHostAddress(u"fe80::1%eth0"_s), QHostAddress(u"2001:db8::5"_s),
            QHostAddress(u"192.168.1.20"_s), QHostAddress(u"10.0.0.7"_s),
            QHostAddress(u"224.0.0.251"_s),  QHostAddress(u"192.168.1.20"_s)};
}

TEST(JoinAddresses, ASpecificHostIsItsOwnAddressAsTyped)
{
    const auto v4
        = joinAddresses(QHostAddress(u"192.168.1.20"_s), u"192.168.1.20"_s, 8080, someMachine());
    EXPECT_EQ(v4.address, u"http://192.168.1.20:8080"_s);
    EXPECT_EQ(v4.joinUrls, QStringList {v4.address});
    const auto named = joinAddresses(QHostAddress(QHostAddress::LocalHost), u"localhost"_s, 80, {});
    EXPECT_EQ(named.address, u"http://localhost:80"_s) << "the host as the organizer wrote it";
    const auto v6 = joinAddresses(QHostAddress(u"::1"_s), u"::1"_s, 8080, {});
    EXPECT_EQ(v6.address, u"http://[::1]:8080"_s);
}

TEST(JoinAddresses, TheIpv4WildcardGivesTheMachinesReachableIpv4)
{
    const auto result
        = joinAddresses(QHostAddress(u"0.0.0.0"_s), u"0.0.0.0"_s, 8080, someMachine());
    EXPECT_EQ(result.joinUrls,
              (QStringList {u"http://192.168.1.20:8080"_s, u"http://10.0.0.7:8080"_s}))
        << "no loopback, no multicast, each once";
    EXPECT_EQ(result.address, u"http://192.168.1.20:8080"_s);
}

TEST(JoinAddresses, BothFamiliesListIpv4FirstAndDropLinkLocal)
{
    const auto any = joinAddresses(QHostAddress(QHostAddress::Any), u"::"_s, 8080, someMachine());
    EXPECT_EQ(any.joinUrls,
              (QStringList {u"http://192.168.1.20:8080"_s, u"http://10.0.0.7:8080"_s,
                            u"http://[2001:db8::5]:8080"_s}));
    const auto v6
        = joinAddresses(QHostAddress(QHostAddress::AnyIPv6), u"::"_s, 8080, someMachine());
    EXPECT_EQ(v6.joinUrls, QStringList {u"http://[2001:db8::5]:8080"_s});
    EXPECT_EQ(v6.address, u"http://[2001:db8::5]:8080"_s);
}

TEST(JoinAddresses, AWildcardWithoutANetworkIsLoopbackWithNothingToHandOut)
{
    const QList<QHostAddress> alone {QHostAddress(u"127.0.0.1"_s), QHostAddress(u"::1"_s)};
    const auto v4 = joinAddresses(QHostAddress(u"0.0.0.0"_s), u"0.0.0.0"_s, 8080, alone);
    EXPECT_TRUE(v4.joinUrls.isEmpty());
    EXPECT_EQ(v4.address, u"http://127.0.0.1:8080"_s);
    const auto v6 = joinAddresses(QHostAddress(QHostAddress::AnyIPv6), u"::"_s, 8080, alone);
    EXPECT_TRUE(v6.joinUrls.isEmpty());
    EXPECT_EQ(v6.address, u"http://[::1]:8080"_s);
}

} // namespace
