#include "httpdate.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Chorus::Checkin {

QByteArray formatHttpDate(const QDateTime &at)
{
    return QLocale::c().toString(at.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

std::optional<QDateTime> parseHttpDate(QByteArrayView text)
{
    if (text.size() != 29 || !text.endsWith(" GMT"))
        return std::nullopt;
    // Date and time apart, so that no local-time rule (a DST gap) touches them.
    const QString all = QString::fromLatin1(text);
    const QDate date = QLocale::c().toDate(all.mid(5, 11), u"dd MMM yyyy"_s);
    const QTime time = QTime::fromString(all.mid(17, 8), u"hh:mm:ss"_s);
    if (!date.isValid() || !time.isValid() || all.mid(3, 2) != u", "_s
        || all.first(3) != QLocale::c().dayName(date.dayOfWeek(), QLocale::ShortFormat))
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace Chorus::Checkin
