#pragma once

#include "eventinput.h"

#include <QByteArray>
#include <QStringList>

namespace Chorus::Share {

/// The campaign as an iCalendar file (RFC 5545), built with libical: one
/// VCALENDAR (VERSION:2.0, PRODID, CALSCALE:GREGORIAN, METHOD:PUBLISH) with one
/// VEVENT whose DTSTART/DTEND are UTC (`DTSTART:20270214T170000Z`), so every
/// calendar shows the hour on its own clock with no VTIMEZONE to get wrong.
/// UID is `<sha1 of event.uidSeed>@chorus` (stable, never random); DTSTAMP is
/// `now`, which the caller injects (core never reads the clock). SUMMARY is the
/// title with the hashtag; DESCRIPTION holds the description, the templates
/// (filled for UTC, see fillPlaceholders) and the link; URL appears when set;
/// ORGANIZER is `CN=<name>:mailto:<email>`, and since RFC 5546 requires one in
/// a PUBLISH, a campaign without an e-mail gets `mailto:noreply@chorus.invalid`
/// (named after the organizer, or the title). One DISPLAY VALARM per reminder
/// (`TRIGGER:-PT1H`).
/// Lines end in CRLF and are folded at 75 octets without splitting a UTF-8
/// sequence (see foldContentLines).
[[nodiscard]] QByteArray icalendar(const EventInput &event, Time::Instant now);

/// The ORGANIZER address used when the campaign names no e-mail.
extern const char *const noOrganizerAddress;

/// The stable UID icalendar() writes for `uidSeed`:
/// `"#AlitaSequel|2027-02-14T17:00:00Z"` → `"<40 hex digits>@chorus"`.
[[nodiscard]] QByteArray icalendarUid(QByteArrayView uidSeed);

/// Re-folds iCalendar text: unfolds what is folded (CRLF or LF followed by a
/// space or tab), then writes every content line with CRLF and folds it so
/// that no physical line exceeds 75 octets (RFC 5545 §3.1), never splitting a
/// UTF-8 sequence: a line of 40 "😀" (4 octets each) becomes one line of 18
/// emoji (72 octets) and continuation lines of a space plus 18 emoji.
[[nodiscard]] QByteArray foldContentLines(QByteArrayView text);

/// What libical says is wrong with `ics`: empty when it parses to one
/// VCALENDAR, holds no X-LIC-ERROR properties (icalcomponent_count_errors is 0)
/// and passes icalrestriction_check for its METHOD (RFC 5546). Each problem is
/// one sentence.
[[nodiscard]] QStringList icalendarProblems(const QByteArray &ics);

} // namespace Chorus::Share
