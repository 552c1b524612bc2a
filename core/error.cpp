#include "error.h"

namespace Chorus {

QString Error::text() const
{
    if (field.isEmpty())
        return message;
    return field + u": " + message;
}

std::unexpected<Error> fail(QString field, QString message)
{
    return std::unexpected(Error{std::move(field), std::move(message)});
}

QString quoted(QStringView value)
{
    constexpr qsizetype maxShown = 80;
    if (value.size() <= maxShown)
        return u'\'' + value.toString() + u'\'';
    return u'\'' + value.first(maxShown).toString() + u"…'";
}

} // namespace Chorus
