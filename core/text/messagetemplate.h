#pragma once

#include <QString>
#include <QStringList>

namespace Chorus::Text {

/// One message template of a campaign, as the campaign file stores it:
/// `{"id":"main","text":"We want a sequel! {hashtag}","platforms":["x","bluesky"]}`.
/// `text` may hold placeholders (`{hashtag}`, `{link}`, `{local_time}`, …) and
/// variants (`{a|b|c}`); rendering and lint live in core/text.
struct MessageTemplate
{
    QString id;
    QString text;
    QStringList platforms; ///< "x", "bluesky", "mastodon"

    friend bool operator==(const MessageTemplate &, const MessageTemplate &) = default;
};

} // namespace Chorus::Text
