#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace Chorus::Checkin {

/// An instant as HTTP's Date header writes it (RFC 9110 IMF-fixdate):
/// "Sun, 14 Feb 2027 17:00:00 GMT". Whole seconds: the sub-second part is cut.
[[nodiscard]] QByteArray formatHttpDate(const QDateTime &at);

/// Reads an IMF-fixdate ("Sun, 14 Feb 2027 17:00:00 GMT") as UTC; nothing for
/// anything else (the obsolete RFC 850 and asctime forms are not accepted).
[[nodiscard]] std::optional<QDateTime> parseHttpDate(QByteArrayView text);

} // namespace Chorus::Checkin
