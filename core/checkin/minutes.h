#pragma once

#include "error.h"
#include "store.h"

#include <QByteArray>
#include <QList>
#include <QStringView>

#include <chrono>

namespace Chorus::Checkin {

/// A range of whole UTC minutes, [from, to), as GET /api/v1/stats/minutes
/// takes it. Both ends are minutes since 1970-01-01T00:00Z.
struct MinuteRange
{
    qint64 from = 0;
    qint64 to = 0;
    [[nodiscard]] qint64 size() const { return to - from; }
    friend bool operator==(const MinuteRange &, const MinuteRange &) = default;
};

/// The longest range the route answers: a week of minutes keeps the answer
/// near 20 KB and the query bounded, and covers any campaign's hour with room.
inline constexpr qint64 maxMinuteRange = 7 * 24 * 60;

/// Reads one end of a range: an ISO 8601 instant (Time::parseInstant) that
/// is a whole minute, with no seconds or fraction other than zero. `field`
/// names the parameter in the error (`from: '2027-02-14T17:00:30Z' is not a
/// whole minute`).
[[nodiscard]] Expected<qint64> parseWholeMinute(QStringView text, const QString &field);

/// Checks a range read from `fromText` and `toText`: both present, whole
/// minutes, `to` after `from`, at most maxMinuteRange minutes. The error
/// names the parameter (`from` or `to`) under `fromField`/`toField`.
[[nodiscard]] Expected<MinuteRange> parseMinuteRange(QStringView fromText, QStringView toText,
                                                     const QString &fromField
                                                     = QStringLiteral("from"),
                                                     const QString &toField = QStringLiteral("to"));

/// The answer of GET /api/v1/stats/minutes:
/// `{"from":"…Z","to":"…Z","posted":[n0,n1,…]}` with one count per minute of
/// the range, zeros included, `posted[i]` being the minute from + i.
[[nodiscard]] QByteArray minutesJson(const MinuteRange &range, const QList<MinuteCount> &counts);

/// Reads that answer back (the pulse's check-in source): one count per
/// minute of the range, or an error naming the JSON field that is wrong.
struct PostedMinutes
{
    MinuteRange range;
    QList<qint64> posted; ///< one per minute of `range`
};
[[nodiscard]] Expected<PostedMinutes> parseMinutesJson(const QByteArray &json);

/// The posted check-ins per minute of `range` straight from the SQLite
/// database at `path` (the organizer's own service, in the app), through a
/// read-only connection of its own like readDashboard(): thread-safe, never
/// blocks the service's writer, creates nothing. The error names the file.
[[nodiscard]] Expected<PostedMinutes> readPostedMinutes(const QString &path,
                                                        const MinuteRange &range);

/// `2027-02-14T17:00:00Z` for a minute since the epoch.
[[nodiscard]] QString formatMinute(qint64 minute);

} // namespace Chorus::Checkin
