#include "store.h"
#include "handle.h"
#include "posturl.h"
#include "sqlrows.h"
#include "token.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <chrono>

namespace Chorus::Checkin {

Expected<QList<Participant>> Store::participantsAfter(qint64 afterId, int limit)
{
    auto all = participants();
    if (!all)
        return std::unexpected(all.error());
    QList<Participant> page;
    for (const Participant &participant : *all) {
        if (page.size() >= limit)
            break;
        if (participant.id > afterId)
            page.append(participant);
    }
    return page;
}

Expected<QList<JoinResult>> Store::joinAll(const QList<JoinRequest> &requests)
{
    QList<JoinResult> results;
    results.reserve(requests.size());
    for (const JoinRequest &request : requests) {
        auto joined = join(request);
        if (!joined)
            return std::unexpected(joined.error());
        results.append(std::move(*joined));
    }
    return results;
}

Expected<void> recordCanonicalHandles(QSqlDatabase &db)
{
    struct Row
    {
        qint64 id = 0;
        QString key;
        QString platform;
        QString canonical;
    };
    QList<Row> rows;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral(
                "SELECT id, handle, handle_key, platform FROM participants ORDER BY id")))
            return fail(QStringLiteral("database"),
                        QStringLiteral("reading handles to migrate failed: %1")
                            .arg(query.lastError().text()));
        while (query.next()) {
            const QString platform = query.value(3).toString();
            const auto canonical = canonicalHandle(platform, query.value(1).toString());
            const QString key = query.value(2).toString();
            // A row without a canonical form keeps its old key: it still
            // blocks that spelling, and its fan can still check in.
            if (canonical && *canonical != key)
                rows.append(Row {query.value(0).toLongLong(), key, platform, *canonical});
        }
    }
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral(
            "UPDATE participants SET handle_key = ?, token_key = handle_key WHERE id = ?"
            " AND NOT EXISTS (SELECT 1 FROM participants WHERE handle_key = ? AND platform = ?)")))
        return fail(QStringLiteral("database"),
                    QStringLiteral("preparing the handle migration failed: %1")
                        .arg(update.lastError().text()));
    for (const Row &row : rows) {
        update.addBindValue(row.canonical);
        update.addBindValue(row.id);
        update.addBindValue(row.canonical);
        update.addBindValue(row.platform);
        if (!update.exec())
            return fail(QStringLiteral("database"),
                        QStringLiteral("migrating the handle of participant %1 failed: %2")
                            .arg(row.id)
                            .arg(update.lastError().text()));
    }
    return {};
}

QDateTime parseStoredUtc(const QString &text)
{
    const auto digits = [&text](int from, int count, int &value) {
        value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0;
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T'
        && text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.'
        && text.at(23) == u'Z' && digits(0, 4, y) && digits(5, 2, mo) && digits(8, 2, d)
        && digits(11, 2, h) && digits(14, 2, mi) && digits(17, 2, s) && digits(20, 3, ms)
        && h < 24 && mi < 60 && s < 60) {
        using namespace std::chrono;
        const year_month_day date {year {y}, month {unsigned(mo)}, day {unsigned(d)}};
        if (date.ok()) {
            const auto at = sys_days {date} + hours {h} + minutes {mi} + seconds {s}
                + milliseconds {ms};
            return QDateTime::fromMSecsSinceEpoch(
                duration_cast<milliseconds>(at.time_since_epoch()).count(), Qt::UTC);
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

Participant participantFromRow(const QSqlQuery &query)
{
    Participant participant;
    participant.id = query.value(0).toLongLong();
    participant.handle = query.value(1).toString();
    participant.platform = query.value(2).toString();
    participant.zone = query.value(3).toString().toUtf8();
    participant.status = static_cast<Status>(std::clamp(query.value(4).toInt(), 0, 2));
    participant.joinedAt = parseStoredUtc(query.value(5).toString());
    participant.postUrl = query.value(6).toString();
    return participant;
}

void addToStats(Stats &stats, const QByteArray &zone, Status status, qint64 count)
{
    for (Counts *counts : {&stats.total, &stats.byZone[zone]}) {
        counts->participants += count;
        if (status == Status::Ready)
            counts->ready += count;
        else if (status == Status::Posted)
            counts->posted += count;
    }
}

Expected<CheckinResult> runCheckin(CheckinStatements statements, const CheckinRequest &request,
                                   const QString &at, SqlErrorMaker sqlError)
{
    QSqlQuery &find = statements.find;
    find.addBindValue(request.id);
    if (!find.exec())
        return std::unexpected(sqlError(QStringLiteral("looking up a participant"), find.lastError()));
    CheckinResult result;
    if (!find.next()) {
        find.finish();
        result.kind = CheckinResult::Kind::UnknownId;
        return result;
    }
    const QByteArray tokenHash = find.value(0).toByteArray();
    result.before = static_cast<Status>(std::clamp(find.value(1).toInt(), 0, 2));
    result.zone = find.value(2).toString().toUtf8();
    const QString platform = find.value(3).toString();
    find.finish();
    if (!constantTimeEquals(tokenHash, request.tokenHash)) {
        result.kind = CheckinResult::Kind::Forbidden;
        return result;
    }
    // Only the store knows the participant's platform, so "on that
    // platform" is checked here, after the token: a stranger learns nothing.
    if (!request.postUrl.isEmpty()) {
        if (auto fits = checkPostUrl(request.postUrl, platform); !fits) {
            result.kind = CheckinResult::Kind::BadPostUrl;
            result.refusal = fits.error();
            return result;
        }
    }
    const QVariant postUrl = request.postUrl.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                       : QVariant(request.postUrl);
    QSqlQuery &insert = statements.insert;
    insert.addBindValue(request.id);
    insert.addBindValue(static_cast<int>(request.status));
    insert.addBindValue(at);
    insert.addBindValue(postUrl);
    if (!insert.exec())
        return std::unexpected(sqlError(QStringLiteral("recording a check-in"), insert.lastError()));
    insert.finish();
    result.after = std::max(result.before, request.status);
    if (result.after != result.before) {
        QSqlQuery &update = statements.update;
        update.addBindValue(static_cast<int>(result.after));
        update.addBindValue(request.id);
        update.addBindValue(static_cast<int>(result.after));
        if (!update.exec())
            return std::unexpected(sqlError(QStringLiteral("updating a status"), update.lastError()));
        update.finish();
    }
    if (!request.postUrl.isEmpty()) {
        QSqlQuery &setPostUrl = statements.setPostUrl;
        setPostUrl.addBindValue(postUrl);
        setPostUrl.addBindValue(request.id);
        if (!setPostUrl.exec())
            return std::unexpected(
                sqlError(QStringLiteral("storing the post's address"), setPostUrl.lastError()));
        setPostUrl.finish();
    }
    result.kind = CheckinResult::Kind::Done;
    return result;
}

Expected<QList<MinuteCount>> Store::postedPerMinute(const QDateTime &from, const QDateTime &to)
{
    Q_UNUSED(from);
    Q_UNUSED(to);
    return fail(QStringLiteral("database"), QStringLiteral("this store keeps no check-in times"));
}

} // namespace Chorus::Checkin
