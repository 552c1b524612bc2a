#include "composelinks.h"

#include "text/mastodoninstance.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Chorus::Share {

Expected<QByteArray> composeUrl(Text::Platform platform, const QString &text,
                                const QString &mastodonServer)
{
    const QByteArray encoded = QUrl::toPercentEncoding(text);
    switch (platform) {
    case Text::Platform::X:
        return QByteArray("https://x.com/intent/post?text=") + encoded;
    case Text::Platform::Bluesky:
        return QByteArray("https://bsky.app/intent/compose?text=") + encoded;
    case Text::Platform::Mastodon:
        break;
    }
    if (mastodonServer.trimmed().isEmpty())
        return fail(u"mastodon server"_s,
                    u"name your Mastodon server, for example mastodon.social"_s);
    // The same checks as asking an instance for its limits: an address, nothing more.
    const auto api = Text::mastodonInstanceApiUrl(mastodonServer);
    if (!api)
        return fail(u"mastodon server"_s, api.error().message);
    QUrl share = *api;
    share.setPath(u"/share"_s);
    return share.toEncoded() + "?text=" + encoded;
}

} // namespace Chorus::Share
