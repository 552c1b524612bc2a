#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Chorus::Checkin {

/// A fresh bearer token: 128 bits from the operating system's generator
/// (QRandomGenerator::system()), written as 22 characters of unpadded
/// base64url. Tokens are shown once, to their owner, and never logged.
[[nodiscard]] QByteArray generateToken();

/// What the store keeps instead of a token: its SHA-256 (32 bytes). A leaked
/// database therefore gives no usable token.
[[nodiscard]] QByteArray hashToken(QByteArrayView token);

/// Compares two byte strings in time that depends only on their lengths, so
/// a token check leaks nothing about how many leading bytes were right.
[[nodiscard]] bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

/// The token a join with an idempotency key gets: the first 128 bits of
/// HMAC-SHA256(secret, key ‖ 0 ‖ platform ‖ 0 ‖ normalised handle), base64url.
/// A retried join with the same key re-derives the same token without the
/// server ever storing it; whoever lacks the key (or the server's secret)
/// cannot derive it.
[[nodiscard]] QByteArray deriveToken(QByteArrayView secret, QByteArrayView idempotencyKey,
                                     QByteArrayView platform, QByteArrayView handleKey);

/// 32 random bytes for the per-database secret used by deriveToken().
[[nodiscard]] QByteArray generateSecret();

} // namespace Chorus::Checkin
