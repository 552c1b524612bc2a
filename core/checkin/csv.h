#pragma once

#include "participant.h"

#include <QByteArray>
#include <QList>

namespace Chorus::Checkin {

/// The organizer's export: RFC 4180 CSV (UTF-8, CRLF line ends, a header
/// row `id,handle,platform,zone,status,joined_at,post_url`, the post's
/// address last so that readers of the older columns keep working; empty
/// when there is none). Fields holding a comma,
/// quote or line break are quoted with inner quotes doubled. A field that a
/// spreadsheet would run as a formula (first character = + - @ tab or CR) is
/// prefixed with `'`, so "@AlitaFan" is exported as "'@AlitaFan" and
/// "=HYPERLINK(…)" stays text (OWASP's CSV-injection advice).
[[nodiscard]] QByteArray participantsCsv(const QList<Participant> &participants);

/// The header row of participantsCsv(), with its CRLF.
[[nodiscard]] QByteArray participantsCsvHeader();

/// participantsCsv() without the header row: a page of a longer export.
[[nodiscard]] QByteArray participantsCsvRows(const QList<Participant> &participants);

/// One CSV field, defused and quoted as participantsCsv() does.
[[nodiscard]] QByteArray csvField(QStringView value);

} // namespace Chorus::Checkin
