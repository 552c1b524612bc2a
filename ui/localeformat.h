#pragma once

#include <QLocale>
#include <QString>

class QDateTime;
class QTime;

namespace Chorus::Ui {

/// A wall-clock time as the user's locale writes it without seconds (18:00,
/// 6:00 PM). The C/POSIX locale's "short" format has seconds; there it is HH:mm.
[[nodiscard]] QString shortTime(const QTime &time, const QLocale &locale = QLocale());

/// The same with the locale's short date before it.
[[nodiscard]] QString shortDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());

} // namespace Chorus::Ui
