#pragma once

#include "error.h"

#include <QString>

namespace Chorus::Checkin {

/// The longest post address a check-in may carry, in characters. A Bluesky
/// address with a 253-character handle fits; longer is no post's address.
inline constexpr qsizetype maxPostUrlLength = 512;

/// Whether `url` can be a post's address at all, whatever the platform:
/// not empty, at most maxPostUrlLength characters, printable ASCII only
/// (non-ASCII percent-encoded, an international host in its xn-- form, as a
/// browser copies an address), `https://`, a host name (no IP address)
/// with an optional port, no user name or password, a path, an optional
/// query, no fragment. Errors name `post_url` and the value (invisible
/// characters written as \uXXXX). Nothing is trimmed or changed: a value
/// that passes is stored as it came.
[[nodiscard]] Expected<void> checkPostUrl(QStringView url);

/// checkPostUrl(), and then whether `url` is a post's address on
/// `platform`, the participant's:
/// - "x": the host x.com or twitter.com, bare or with www. or mobile.,
///   no port; the path /<handle>/status/<digits> or /i/web/status/<digits>.
/// - "bluesky": the host bsky.app, no port (the address Chorus makes; every
///   post on the network has one there, whichever app made it, so other
///   AppViews' addresses are not taken); the path
///   /profile/<handle or DID>/post/<record key>.
/// - "mastodon": any host (fans are on many servers), a status's path:
///   /@<user>/<id> or /users/<user>/statuses/<id> (Mastodon's url and uri),
///   or /@<user>/statuses/<id> (GoToSocial); the user as Mastodon's
///   USERNAME_RE allows, the id 1–64 letters or digits starting with a digit.
/// A query is allowed everywhere (X's share links carry `?s=20`) and kept.
/// Errors name `post_url` and say what a post's address on that platform
/// looks like: "'https://x.com/home' is not the address of a post on X; one
/// looks like https://x.com/AlitaFan/status/1890123456789012345".
[[nodiscard]] Expected<void> checkPostUrl(QStringView url, QStringView platform);

/// The address a "posted" check-in should report for a post the app made
/// on `postPlatform` at `url`, for a participant on `participantPlatform`:
/// `url` when the post is on the participant's platform and passes
/// checkPostUrl() there, else nothing (a check-in without an address), so a
/// post on another platform, or a server that answered an odd address, never
/// makes the service refuse the check-in itself.
[[nodiscard]] QString postUrlToReport(QStringView participantPlatform, QStringView postPlatform,
                                      const QString &url);

} // namespace Chorus::Checkin
