#pragma once

#include "eventinput.h"

#include <QByteArray>
#include <QString>

class QUrl;

namespace Chorus::Share {

/// A Google Calendar link that opens a prefilled event:
/// `https://calendar.google.com/calendar/render?action=TEMPLATE&text=…&dates=20270214T170000Z/20270214T180000Z&details=…&location=…`.
/// Times are UTC with `Z`, so Google shows them on the viewer's clock. Every
/// value is percent-encoded (RFC 3986 unreserved characters only), so `#`,
/// `+` and `&` in a title reach Google as written. `location` is the link.
[[nodiscard]] QByteArray googleCalendarUrl(const EventInput &event);

/// The same for Outlook on the web:
/// `https://outlook.live.com/calendar/0/deeplink/compose?path=/calendar/action/compose&rru=addevent&subject=…&startdt=2027-02-14T17:00:00Z&enddt=2027-02-14T18:00:00Z&body=…&location=…`.
[[nodiscard]] QByteArray outlookCalendarUrl(const EventInput &event);

/// A file name for the .ics that is safe everywhere and in a webcal URL:
/// lower-case ASCII letters, digits and single dashes, at most 60 of them,
/// then `.ics`. Accents are folded ("São Paulo Hour" → `sao-paulo-hour.ics`);
/// a title with nothing left (all CJK) falls back to the hashtag, then to
/// `campaign.ics`.
[[nodiscard]] QString icsFileName(const EventInput &event);

/// The webcal: form of where the .ics is published, so a click subscribes:
/// `https://example.org/a.ics` → `webcal://example.org/a.ics`. An error names
/// a URL that is not http(s).
[[nodiscard]] Expected<QString> webcalUrl(const QString &icsUrl);

/// The text calendars show under the event (the DESCRIPTION of icalendar()):
/// the description, the templates filled for UTC, and the link.
[[nodiscard]] QString calendarDescription(const EventInput &event);

/// The event's title with the hashtag appended unless the title has it.
[[nodiscard]] QString calendarSummary(const EventInput &event);

} // namespace Chorus::Share
