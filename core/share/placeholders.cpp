#include "placeholders.h"

namespace Chorus::Share {

QString fillPlaceholders(QStringView text, const QHash<QString, QString> &values)
{
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const qsizetype close = c == u'{' ? text.indexOf(u'}', i + 1) : -1;
        const qsizetype nested = c == u'{' ? text.indexOf(u'{', i + 1) : -1;
        if (close < 0 || (nested >= 0 && nested < close)) {
            result += c;
            ++i;
            continue;
        }
        const QStringView inner = text.sliced(i + 1, close - i - 1);
        if (const auto found = values.constFind(inner.toString()); found != values.cend()) {
            result += *found;
        } else if (inner.contains(u'|')) {
            result += inner.first(inner.indexOf(u'|'));
        } else {
            result += text.sliced(i, close - i + 1);
        }
        i = close + 1;
    }
    return result;
}

} // namespace Chorus::Share
