#pragma once

#include "eventinput.h"

#include <QByteArray>
#include <QString>

namespace Chorus::Share {

/// The fan page: one self-contained HTML file (no network needed to open it)
/// from the template compiled into chorus_core (resources/page/fanpage.html).
/// It shows the title and hashtag, the start and end in the viewer's own zone
/// and locale (`<time id="local-start" data-zone="Asia/Kolkata"
/// datetime="2027-02-14T22:30+05:30">`), a live countdown ("starts in …",
/// "live now — N minutes left", "ended"), the .ics `ics` as a download, the
/// Google/Outlook links, the templates with copy buttons and compose links
/// (X, Bluesky, Mastodon on the fan's server), and, when the campaign has a
/// check-in service, a join / "I'm ready" / "I posted" form.
///
/// The page speaks English, Brazilian Portuguese, Spanish and Japanese: the
/// reader's language comes from a `lang=` URL parameter (query or hash), the
/// switch's last choice (localStorage `chorus.lang`), `navigator.languages`
/// (pt-PT reads pt-BR, es-MX es), else English; dates, times and plurals are
/// `Intl`'s in that locale. Its words are the `FanPage` context of the
/// project's translation files, embedded as a second JSON island
/// (fanPageDictionary()); the markup carries the English ones for readers
/// without JavaScript, and the no-script notice in every language.
///
/// The campaign goes in as a JSON island (fanPageData()); the title and
/// hashtag are also written HTML-escaped into the markup for readers without
/// JavaScript. Nothing the campaign says can break out of either.
[[nodiscard]] QByteArray fanPage(const EventInput &event, const QByteArray &ics);

/// The JSON island's text: the page's campaign data, with every `<`, `>` and
/// `&` written as `\u003c`, `\u003e`, `\u0026`, so `</script>` or `<!--` in a
/// title stays text. Fields: title, hashtag, description, link, start_utc,
/// end_utc, duration_minutes, templates, checkin_url, uid, ics,
/// ics_file_name, google, outlook, and goal and all_or_nothing when the
/// campaign has a supporter goal.
[[nodiscard]] QByteArray fanPageData(const EventInput &event, const QByteArray &ics);

/// The page template as compiled in (for tests and for checking it loads).
[[nodiscard]] QByteArray fanPageTemplate();

} // namespace Chorus::Share
