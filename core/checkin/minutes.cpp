#include "minutes.h"

#include "time/instant.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Chorus::Checkin {

Expected<qint64> parseWholeMinute(QStringView text, const QString &field)
{
    if (text.isEmpty())
        return fail(field, u"is required (an ISO 8601 instant such as 2027-02-14T17:00:00Z)"_s);
    auto instant = Time::parseInstant(text);
    if (!instant)
        return fail(field, instant.error().message);
    // parseInstant drops a fraction of a second; a minute boundary must not
    // carry one, so it is refused here rather than silently rounded.
    const qsizetype timeAt = text.indexOf(u'T') >= 0 ? text.indexOf(u'T') : text.indexOf(u' ');
    const bool fraction
        = timeAt >= 0 && (text.sliced(timeAt).contains(u'.') || text.sliced(timeAt).contains(u','));
    const qint64 seconds = instant->time_since_epoch().count();
    if (fraction || seconds % 60 != 0)
        return fail(field, u"%1 is not a whole minute"_s.arg(quoted(text)));
    return seconds / 60;
}

Expected<MinuteRange> parseMinuteRange(QStringView fromText, QStringView toText,
                                       const QString &fromField, const QString &toField)
{
    auto from = parseWholeMinute(fromText, fromField);
    if (!from)
        return std::unexpected(from.error());
    auto to = parseWholeMinute(toText, toField);
    if (!to)
        return std::unexpected(to.error());
    if (*to <= *from)
        return fail(toField,
                    u"%1 is not after %2 %3"_s.arg(quoted(toText), fromField, quoted(fromText)));
    if (*to - *from > maxMinuteRange)
        return fail(toField,
                    u"%1 is more than 7 days after %2 %3"_s.arg(quoted(toText), fromField,
                                                                quoted(fromText)));
    return MinuteRange {*from, *to};
}

QString formatMinute(qint64 minute)
{
    return Time::formatUtc(Time::Instant {std::chrono::seconds {minute * 60}});
}

QByteArray minutesJson(const MinuteRange &range, const QList<MinuteCount> &counts)
{
    QByteArray posted;
    posted.reserve(range.size() * 2 + 2);
    posted += '[';
    qsizetype next = 0;
    for (qint64 minute = range.from; minute < range.to; ++minute) {
        while (next < counts.size() && counts[next].minute < minute)
            ++next;
        if (minute != range.from)
            posted += ',';
        const bool has = next < counts.size() && counts[next].minute == minute;
        posted += QByteArray::number(has ? counts[next].posted : 0);
    }
    posted += ']';
    return "{\"from\":\"" + formatMinute(range.from).toLatin1() + "\",\"posted\":" + posted
        + ",\"to\":\"" + formatMinute(range.to).toLatin1() + "\"}";
}

Expected<PostedMinutes> parseMinutesJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(u"minutes"_s,
                    u"the answer is not a JSON object (%1)"_s.arg(
                        parseError.error == QJsonParseError::NoError ? u"not an object"_s
                                                                     : parseError.errorString()));
    const QJsonObject object = document.object();
    auto range
        = parseMinuteRange(object.value(u"from"_s).toString(), object.value(u"to"_s).toString());
    if (!range)
        return std::unexpected(range.error());
    const QJsonArray posted = object.value(u"posted"_s).toArray();
    if (posted.size() != range->size())
        return fail(
            u"posted"_s,
            u"has %1 minutes where the range has %2"_s.arg(posted.size()).arg(range->size()));
    PostedMinutes result {*range, {}};
    result.posted.reserve(posted.size());
    for (qsizetype i = 0; i < posted.size(); ++i) {
        const double value = posted[i].toDouble(-1);
        if (value < 0 || value != double(qint64(value)))
            return fail(u"posted[%1]"_s.arg(i), u"is not a count"_s);
        result.posted.append(qint64(value));
    }
    return result;
}

Expected<PostedMinutes> readPostedMinutes(const QString &path, const MinuteRange &range)
{
    if (!QFileInfo(path).isFile())
        return fail(u"database"_s, u"there is no check-in database at %1"_s.arg(quoted(path)));
    static QAtomicInteger<quint64> counter;
    const QString name = u"chorus-pulse-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    Expected<PostedMinutes> result = PostedMinutes {range, QList<qint64>(range.size(), 0)};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
        if (!db.open()) {
            result = fail(u"database"_s,
                          u"cannot open %1: %2"_s.arg(quoted(path), db.lastError().text()));
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            // The store's own query (SqliteStore::postedPerMinute): by the index on `at`.
            query.prepare(u"SELECT substr(at, 1, 16), COUNT(*) FROM checkins"
                          " WHERE at >= ? AND at < ? AND status = ? GROUP BY 1"_s);
            query.addBindValue(QString(formatMinute(range.from).chopped(1) + u".000Z"_s));
            query.addBindValue(QString(formatMinute(range.to).chopped(1) + u".000Z"_s));
            query.addBindValue(int(Status::Posted));
            if (!query.exec()) {
                result = fail(u"database"_s, u"cannot read the check-ins of %1: %2"_s.arg(
                                                 quoted(path), query.lastError().text()));
            } else {
                while (query.next()) {
                    const QDateTime minute = QDateTime::fromString(
                        query.value(0).toString() + u":00Z"_s, Qt::ISODate);
                    const qint64 index = minute.toSecsSinceEpoch() / 60 - range.from;
                    if (minute.isValid() && index >= 0 && index < range.size())
                        result->posted[index] = query.value(1).toLongLong();
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace Chorus::Checkin
