#pragma once

#include "error.h"
#include "text/postlength.h"

#include <QByteArray>
#include <QString>

namespace Chorus::Share {

/// The web address that opens a platform's post composer with `text` already
/// written, the same links the fan page offers:
/// - X: `https://x.com/intent/post?text=…`
/// - Bluesky: `https://bsky.app/intent/compose?text=…`
/// - Mastodon: `https://SERVER/share?text=…` on the user's own server
///   (Mastodon has no central site), which `mastodonServer` names as
///   "mastodon.social", "https://fosstodon.org" or "fosstodon.org:8443".
///
/// The text is percent-encoded as UTF-8, every byte but RFC 3986's unreserved
/// characters, so `#`, `&`, `+` and newlines arrive as written:
/// "Go! #A" on X is `https://x.com/intent/post?text=Go%21%20%23A`.
/// Errors: a Mastodon server that is missing or more than an address (a path,
/// a user, a scheme other than https), named in the message.
[[nodiscard]] Expected<QByteArray> composeUrl(Text::Platform platform, const QString &text,
                                              const QString &mastodonServer = {});

} // namespace Chorus::Share
