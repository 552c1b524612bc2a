#include "localeformat.h"

#include <QDateTime>
#include <QTime>

using namespace Qt::StringLiterals;

namespace Chorus::Ui {

QString shortTime(const QTime &time, const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return time.toString(u"HH:mm"_s);
    return locale.toString(time, QLocale::ShortFormat);
}

QString shortDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    return locale.toString(dateTime.date(), QLocale::ShortFormat) + u' '
        + shortTime(dateTime.time(), locale);
}

} // namespace Chorus::Ui
