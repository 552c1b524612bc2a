#pragma once

#include "error.h"

#include <QString>

namespace Chorus::Checkin {

/// The longest handle text looked at, after trimming: a Mastodon handle with
/// a 253-character domain fits; anything longer is refused before ICU sees it.
inline constexpr qsizetype maxHandleInput = 300;

/// The one form of a handle on `platform` ("x", "bluesky" or "mastodon")
/// that decides "same participant", or an error naming `handle` whose
/// message says what a handle on that platform looks like. The service's
/// join, the stores' migration and the app's Take part panel all call this,
/// so a handle the panel accepts is one the service accepts.
///
/// The text is trimmed and one leading '@' is optional. Then:
/// - X: 1–15 of A–Z a–z 0–9 _, compared lower-cased: "@AlitaFan" → "alitafan".
/// - Bluesky: a domain name as the AT Protocol handle syntax defines it
///   (ASCII letters, digits and hyphens in 1–63-character labels that do not
///   start or end with a hyphen, at least two labels, at most 253
///   characters, a last label that does not start with a digit), not under
///   a TLD atproto refuses (.alt .arpa .example .internal .invalid .local
///   .localhost .onion), lower-cased: "Alita.BSKY.social" → "alita.bsky.social".
/// - Mastodon: user@domain, the user as Mastodon's USERNAME_RE allows it
///   (letters, digits and _, with . or - only between them, at most 30),
///   the domain a host name taken to its ASCII form by IDNA (UTS #46,
///   nontransitional, STD3 rules, bidi and joiner checks):
///   "@Fan@Bücher.example" → "fan@xn--bcher-kva.example", whether the ü was
///   typed composed or decomposed.
/// Format characters (zero-width spaces and joiners, bidi overrides, the
/// byte-order mark), controls and lone surrogates are refused on every
/// platform, even where IDNA would silently drop them.
[[nodiscard]] Expected<QString> canonicalHandle(QStringView platform, QStringView handle);

/// `handle` for an error message: quoted, with format and control
/// characters written as \uXXXX so that a bidi override cannot reorder the
/// message around it.
[[nodiscard]] QString shownHandle(QStringView handle);

} // namespace Chorus::Checkin
