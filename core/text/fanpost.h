#pragma once

#include "error.h"
#include "messagetemplate.h"
#include "postlength.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

#include <optional>

namespace Chorus {
struct Campaign;
}
namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Text {

/// The post one fan makes: the text of their variant, which template it came
/// from and which of the template's variants it is (0-based, in expandAll()
/// order), and its length as the platform counts it.
struct FanPost
{
    QString text;
    QString templateId;
    /// renderVariant()'s number for a handle, so it may be variantCount or more
    /// when the fan's variant lies past the listed ones (saturating at INT_MAX).
    int variantIndex = 0;
    int variantCount = 1; ///< how many variants expandAll() lists (at most fanPostVariantsListed)
    PostLength length;
};

/// Who a post is for, as the Messages preview knows them: their IANA zone (the
/// city shown for `{city}` is the catalogue's city of that zone, or the id
/// itself when the catalogue does not know it), their locale (for
/// `{local_time}` and `{local_date}`) and the handle that picks their variant.
struct FanPostReader
{
    QByteArray zone = "UTC";
    QLocale locale = QLocale::c();
    QString handle; ///< "@alita_fan", "alita.bsky.social"; empty: no fan, see `variant`
    /// With no handle, the variant to show (0-based; the Messages page's
    /// "Variant N" box). Ignored when a handle is given: the handle decides.
    int variant = 0;
};

/// How many variants renderFanPost() lists to find the fan's variant number
/// (the Messages page and lint count as many).
inline constexpr std::size_t fanPostVariantsListed = 1000;

/// The text `reader` posts from `messageTemplate` of `campaign`, filled exactly
/// as the Messages page previews it: placeholders for the reader's zone and
/// locale, the variant chosen by their handle (renderTemplate()'s stable hash),
/// or, with no handle, variant `reader.variant`. `length` is measured for
/// `platform` (Mastodon with `mastodonLimits`) but not checked: the Messages
/// page shows a text that is too long, posting refuses it (see fanPost()).
/// The template may differ from the campaign's (the page passes the text being
/// edited). Errors are renderTemplate()'s and an unknown zone (field "zone").
[[nodiscard]] Expected<FanPost>
renderFanPost(const Campaign &campaign, const MessageTemplate &messageTemplate,
              const FanPostReader &reader, const Time::ZoneCatalogue &catalogue,
              Platform platform = Platform::X, const MastodonLimits &mastodonLimits = {});

/// The template a fan posts on `platform` by default: the first of the
/// campaign's templates that lists the platform, or nullptr.
[[nodiscard]] const MessageTemplate *defaultTemplate(const Campaign &campaign, Platform platform);

/// The text that is posted for `reader` on `platform`: the template
/// `templateId` (empty: defaultTemplate()) rendered by renderFanPost() and
/// checked against the platform's length. The one function the CLI's `post`
/// and `schedule` and the app's "Post for me" use, so every fan posts what
/// the Messages page showed them.
///
/// Errors: field "template" when `templateId` names no template, when the
/// template does not list the platform, or when none lists it; field "text"
/// when the rendered post is too long ("the bluesky post is 312 of 300
/// characters: …") or empty; and renderFanPost()'s.
[[nodiscard]] Expected<FanPost> fanPost(const Campaign &campaign, QStringView templateId,
                                        Platform platform, const FanPostReader &reader,
                                        const Time::ZoneCatalogue &catalogue,
                                        const MastodonLimits &mastodonLimits = {});

} // namespace Chorus::Text
