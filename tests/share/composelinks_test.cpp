// Compose links: the platform's "new post" page with the text written in.
#include "testutil.h"

#include "share/composelinks.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Chorus;
using namespace Qt::StringLiterals;

namespace {

TEST(ComposeUrl, XAndBlueskyCarryTheTextPercentEncoded)
{
    const QString text = u"Go! #A & more+\n💙 https://example.org/?a=1"_s;
    const auto x = Share::composeUrl(Text::Platform::X, u"Go! #A"_s);
    ASSERT_TRUE(x);
    EXPECT_EQ(*x, QByteArray("https://x.com/intent/post?text=Go%21%20%23A"));
    const auto bluesky = Share::composeUrl(Text::Platform::Bluesky, text);
    ASSERT_TRUE(bluesky);
    EXPECT_TRUE(bluesky->startsWith("https://bsky.app/intent/compose?text="));
    // Whatever the text holds, the query gives it back unchanged.
    const QUrl url = QUrl::fromEncoded(*bluesky, QUrl::StrictMode);
    ASSERT_TRUE(url.isValid());
    EXPECT_EQ(QUrlQuery(url).queryItemValue(u"text"_s, QUrl::FullyDecoded), text);
}

TEST(ComposeUrl, MastodonGoesToTheUsersServer)
{
    for (const QString &server :
         {u"fosstodon.org"_s, u"https://fosstodon.org/"_s, u" fosstodon.org "_s}) {
        const auto url = Share::composeUrl(Text::Platform::Mastodon, u"Hi #A"_s, server);
        ASSERT_TRUE(url) << server.toStdString();
        EXPECT_EQ(*url, QByteArray("https://fosstodon.org/share?text=Hi%20%23A"));
    }
    const auto withPort
        = Share::composeUrl(Text::Platform::Mastodon, u"Hi"_s, u"social.example:8443"_s);
    ASSERT_TRUE(withPort);
    EXPECT_EQ(*withPort, QByteArray("https://social.example:8443/share?text=Hi"));
}

TEST(ComposeUrl, AMissingOrBadMastodonServerIsNamed)
{
    const auto missing = Share::composeUrl(Text::Platform::Mastodon, u"Hi"_s, u" "_s);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().field, u"mastodon server"_s);
    const auto path
        = Share::composeUrl(Text::Platform::Mastodon, u"Hi"_s, u"mastodon.social/@me"_s);
    ASSERT_FALSE(path);
    EXPECT_TRUE(path.error().message.contains(u"mastodon.social/@me"_s))
        << path.error().message.toStdString();
    EXPECT_FALSE(Share::composeUrl(Text::Platform::Mastodon, u"Hi"_s, u"http://mastodon.social"_s));
}

} // namespace
