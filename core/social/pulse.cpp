#include "pulse.h"

#include "checkin/httpdate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;

namespace Chorus::Social {

namespace {

int digits(QStringView text, qsizetype at, qsizetype count, bool &ok)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            ok = false;
            return 0;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// Whether `text` has `#tag` as a whole hashtag: not inside a word before
/// it, and not followed by more of the tag.
bool textHasHashtag(QStringView text, const QString &tag)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(u'#', from);
        if (at < 0 || at + 1 + tag.size() > text.size())
            return false;
        from = at + 1;
        if (at > 0 && (text[at - 1].isLetterOrNumber() || text[at - 1] == u'_'))
            continue;
        const QStringView candidate = text.sliced(at + 1, tag.size());
        if (candidate.compare(tag, Qt::CaseInsensitive) != 0)
            continue;
        const qsizetype after = at + 1 + tag.size();
        if (after < text.size() && (text[after].isLetterOrNumber() || text[after] == u'_'))
            continue;
        return true;
    }
}

QJsonArray pageArray(const QByteArray &json, const QString &what, const QString &member,
                     Error &error, QString *cursor = nullptr)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = Error {what,
                       u"the answer is not JSON (%1 at byte %2)"_s.arg(parseError.errorString())
                           .arg(parseError.offset)};
        return {};
    }
    if (member.isEmpty()) {
        if (!document.isArray())
            error = Error {what, u"the answer is not a JSON array"_s};
        return document.array();
    }
    if (!document.isObject() || !document.object().value(member).isArray()) {
        error = Error {what, u"the answer has no '%1' array"_s.arg(member)};
        return {};
    }
    if (cursor)
        *cursor = document.object().value(u"cursor"_s).toString();
    return document.object().value(member).toArray();
}

/// Whether a facet's or outline tag (with or without '#') is the hashtag,
/// without allocating a case-folded copy for every post.
bool isTag(QStringView tag, const QString &key)
{
    if (tag.startsWith(u'#'))
        tag = tag.sliced(1);
    return tag.compare(key, Qt::CaseInsensitive) == 0;
}

void noteMinute(PageScan &scan, qint64 minute)
{
    scan.oldestMinute = scan.oldestMinute ? std::min(*scan.oldestMinute, minute) : minute;
    scan.newestMinute = scan.newestMinute ? std::max(*scan.newestMinute, minute) : minute;
}

QString formatCount(qint64 value)
{
    return QString::number(value);
}

} // namespace

QString hashtagKey(QStringView hashtag)
{
    QStringView text = hashtag.trimmed();
    if (text.startsWith(u'#'))
        text = text.sliced(1);
    return text.toString().toCaseFolded();
}

std::optional<qint64> minuteOfTimestamp(QStringView text)
{
    // YYYY-MM-DDTHH:MM:SS, then an optional fraction, then Z or ±HH:MM.
    if (text.size() < 20 || text[4] != u'-' || text[7] != u'-'
        || (text[10] != u'T' && text[10] != u't' && text[10] != u' ') || text[13] != u':'
        || text[16] != u':')
        return std::nullopt;
    bool ok = true;
    const int year = digits(text, 0, 4, ok);
    const int month = digits(text, 5, 2, ok);
    const int day = digits(text, 8, 2, ok);
    const int hour = digits(text, 11, 2, ok);
    const int minute = digits(text, 14, 2, ok);
    const int second = digits(text, 17, 2, ok);
    if (!ok || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59
        || second > 60)
        return std::nullopt;
    qsizetype at = 19;
    if (at < text.size() && (text[at] == u'.' || text[at] == u',')) {
        ++at;
        const qsizetype start = at;
        while (at < text.size() && text[at].isDigit())
            ++at;
        if (at == start)
            return std::nullopt;
    }
    int offsetMinutes = 0;
    if (at < text.size() && (text[at] == u'Z' || text[at] == u'z') && at + 1 == text.size()) {
        offsetMinutes = 0;
    } else if (at + 6 == text.size() && (text[at] == u'+' || text[at] == u'-')
               && text[at + 3] == u':') {
        const int hours = digits(text, at + 1, 2, ok);
        const int minutes = digits(text, at + 4, 2, ok);
        if (!ok || hours > 23 || minutes > 59)
            return std::nullopt;
        offsetMinutes = (text[at] == u'-' ? -1 : 1) * (hours * 60 + minutes);
    } else {
        return std::nullopt;
    }
    using namespace std::chrono;
    const year_month_day date {std::chrono::year {year}, std::chrono::month(unsigned(month)),
                               std::chrono::day(unsigned(day))};
    if (!date.ok())
        return std::nullopt;
    const qint64 days = sys_days {date}.time_since_epoch().count();
    return days * 1440 + hour * 60 + minute - offsetMinutes;
}

PulseTally::PulseTally(Checkin::MinuteRange range, QStringView hashtag)
    : m_range(range)
    , m_tag(hashtagKey(hashtag))
{
    m_minutes.resize(std::size_t(std::max<qint64>(0, range.size())));
    for (qint64 i = 0; i < range.size(); ++i)
        m_minutes[std::size_t(i)].minute = range.from + i;
}

Expected<PageScan> PulseTally::addMastodonPage(const QByteArray &json)
{
    Error error;
    const QJsonArray statuses = pageArray(json, u"statuses"_s, {}, error);
    if (!error.message.isEmpty())
        return std::unexpected(error);
    PageScan scan;
    scan.items = statuses.size();
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const QJsonObject status = statuses[i].toObject();
        const QString id = status.value(u"id"_s).toString();
        if (i == 0)
            scan.firstId = id;
        scan.lastId = id;
        const auto minute = minuteOfTimestamp(status.value(u"created_at"_s).toString());
        if (!minute)
            continue;
        noteMinute(scan, *minute);
        if (!inRange(*minute))
            continue;
        bool tagged = false;
        for (const QJsonValue tag : status.value(u"tags"_s).toArray()) {
            if (isTag(tag.toObject().value(u"name"_s).toString(), m_tag)) {
                tagged = true;
                break;
            }
        }
        if (!tagged)
            continue;
        QString uri = status.value(u"uri"_s).toString();
        if (uri.isEmpty())
            continue; // a Status always has one; without it there is no telling duplicates
        // One hash lookup: a set that did not grow already had the uri.
        const qsizetype before = m_mastodonSeen.size();
        m_mastodonSeen.insert(std::move(uri));
        if (m_mastodonSeen.size() == before)
            continue;
        ++m_minutes[std::size_t(*minute - m_range.from)].mastodon;
        ++m_mastodonTotal;
        ++scan.counted;
    }
    return scan;
}

Expected<PageScan> PulseTally::addBlueskyPage(const QByteArray &json)
{
    Error error;
    PageScan scan;
    const QJsonArray posts = pageArray(json, u"posts"_s, u"posts"_s, error, &scan.cursor);
    if (!error.message.isEmpty())
        return std::unexpected(error);
    scan.items = posts.size();
    static const QString tagFeature = u"app.bsky.richtext.facet#tag"_s;
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const QJsonObject post = posts[i].toObject();
        const QJsonObject record = post.value(u"record"_s).toObject();
        const QString uri = post.value(u"uri"_s).toString();
        if (i == 0)
            scan.firstId = uri;
        scan.lastId = uri;
        const auto minute = minuteOfTimestamp(record.value(u"createdAt"_s).toString());
        if (!minute)
            continue;
        noteMinute(scan, *minute);
        if (!inRange(*minute) || uri.isEmpty())
            continue;
        bool tagged = false;
        for (const QJsonValue facet : record.value(u"facets"_s).toArray()) {
            for (const QJsonValue feature : facet.toObject().value(u"features"_s).toArray()) {
                const QJsonObject object = feature.toObject();
                tagged = tagged
                    || (object.value(u"$type"_s).toString() == tagFeature
                        && isTag(object.value(u"tag"_s).toString(), m_tag));
            }
        }
        for (const QJsonValue tag : record.value(u"tags"_s).toArray())
            tagged = tagged || isTag(tag.toString(), m_tag);
        tagged = tagged || textHasHashtag(record.value(u"text"_s).toString(), m_tag);
        if (!tagged)
            continue;
        const qsizetype before = m_blueskySeen.size();
        m_blueskySeen.insert(uri);
        if (m_blueskySeen.size() == before)
            continue;
        ++m_minutes[std::size_t(*minute - m_range.from)].bluesky;
        ++m_blueskyTotal;
        ++scan.counted;
    }
    return scan;
}

void PulseTally::setCheckins(const Checkin::PostedMinutes &counts)
{
    for (PulseMinute &minute : m_minutes)
        minute.checkinsPosted = 0;
    for (qsizetype i = 0; i < counts.posted.size(); ++i) {
        const qint64 minute = counts.range.from + i;
        if (inRange(minute))
            m_minutes[std::size_t(minute - m_range.from)].checkinsPosted = counts.posted[i];
    }
}

QList<PulseMinute> PulseTally::minutes() const
{
    return QList<PulseMinute>(m_minutes.begin(), m_minutes.end());
}

PulseSummary summarise(const QList<PulseMinute> &minutes, const QDateTime &now)
{
    PulseSummary summary;
    const qint64 current = now.toSecsSinceEpoch() / 60;
    for (const PulseMinute &minute : minutes) {
        summary.mastodon += minute.mastodon;
        summary.bluesky += minute.bluesky;
        summary.checkinsPosted += minute.checkinsPosted;
        if (minute.posts() > 0 && (!summary.peak || minute.posts() > summary.peak->posts()))
            summary.peak = minute;
        // The minute still running is incomplete: "this minute" is the last
        // whole one, so the comparison is fair.
        if (minute.minute == current - 1)
            summary.thisMinute = minute;
        if (minute.minute == current - 2)
            summary.lastMinute = minute;
    }
    summary.posts = summary.mastodon + summary.bluesky;
    return summary;
}

QByteArray pulseJson(const Checkin::MinuteRange &range, const QList<PulseMinute> &minutes,
                     const PulseColumns &columns, const QList<SourceReport> &sources)
{
    QJsonArray list;
    qint64 mastodon = 0, bluesky = 0, checkins = 0;
    for (const PulseMinute &minute : minutes) {
        QJsonObject object {{u"minute"_s, Checkin::formatMinute(minute.minute)}};
        if (columns.mastodon)
            object.insert(u"mastodon"_s, minute.mastodon);
        if (columns.bluesky)
            object.insert(u"bluesky"_s, minute.bluesky);
        if (columns.checkins)
            object.insert(u"checkins_posted"_s, minute.checkinsPosted);
        mastodon += minute.mastodon;
        bluesky += minute.bluesky;
        checkins += minute.checkinsPosted;
        list.append(object);
    }
    QJsonObject totals;
    if (columns.mastodon)
        totals.insert(u"mastodon"_s, mastodon);
    if (columns.bluesky)
        totals.insert(u"bluesky"_s, bluesky);
    if (columns.checkins)
        totals.insert(u"checkins_posted"_s, checkins);
    QJsonArray sourceList;
    for (const SourceReport &source : sources) {
        QJsonObject object {{u"name"_s, source.name},
                            {u"platform"_s, source.platform},
                            {u"ok"_s, source.ok},
                            {u"pages"_s, source.pages}};
        if (!source.error.isEmpty())
            object.insert(u"error"_s, source.error);
        if (source.skipped)
            object.insert(u"skipped"_s, true);
        sourceList.append(object);
    }
    const QJsonObject root {{u"from"_s, Checkin::formatMinute(range.from)},
                            {u"to"_s, Checkin::formatMinute(range.to)},
                            {u"minutes"_s, list},
                            {u"totals"_s, totals},
                            {u"sources"_s, sourceList}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray pulseCsv(const QList<PulseMinute> &minutes, const PulseColumns &columns)
{
    QByteArray csv = "minute";
    if (columns.mastodon)
        csv += ",mastodon";
    if (columns.bluesky)
        csv += ",bluesky";
    if (columns.checkins)
        csv += ",checkins_posted";
    if (columns.mastodon || columns.bluesky)
        csv += ",posts";
    csv += "\r\n";
    for (const PulseMinute &minute : minutes) {
        csv += Checkin::formatMinute(minute.minute).toLatin1();
        if (columns.mastodon)
            csv += ',' + QByteArray::number(minute.mastodon);
        if (columns.bluesky)
            csv += ',' + QByteArray::number(minute.bluesky);
        if (columns.checkins)
            csv += ',' + QByteArray::number(minute.checkinsPosted);
        if (columns.mastodon || columns.bluesky)
            csv += ',' + QByteArray::number(minute.posts());
        csv += "\r\n";
    }
    return csv;
}

QString pulseLine(const PulseMinute &minute, const PulseColumns &columns)
{
    QString line = Checkin::formatMinute(minute.minute);
    if (columns.mastodon)
        line += u" mastodon "_s + formatCount(minute.mastodon);
    if (columns.bluesky)
        line += u" bluesky "_s + formatCount(minute.bluesky);
    if (columns.checkins)
        line += u" checkins_posted "_s + formatCount(minute.checkinsPosted);
    return line;
}

QStringList mastodonServersOf(const QList<Checkin::Participant> &participants, int cap)
{
    QMap<QString, int> counts;
    for (const Checkin::Participant &participant : participants) {
        if (participant.platform != u"mastodon"_s)
            continue;
        QStringView handle = QStringView(participant.handle).trimmed();
        if (handle.startsWith(u'@'))
            handle = handle.sliced(1);
        const qsizetype at = handle.indexOf(u'@');
        if (at <= 0 || at + 1 >= handle.size())
            continue;
        const QString server = handle.sliced(at + 1).toString().toCaseFolded();
        // A host name only: anything else in a handle is not a server to ask.
        static const QRegularExpression host(
            u"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"_s);
        if (host.match(server).hasMatch())
            ++counts[server];
    }
    QList<std::pair<QString, int>> ranked(counts.keyValueBegin(), counts.keyValueEnd());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList servers;
    for (const auto &[server, count] : ranked) {
        if (servers.size() >= cap)
            break;
        servers.append(server);
    }
    return servers;
}

RateLimitAdvice rateLimitAdvice(int status, const QList<std::pair<QByteArray, QByteArray>> &headers,
                                const QDateTime &now, qint64 reserve)
{
    auto header = [&](QByteArrayView name) -> QByteArray {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value.trimmed();
        return {};
    };
    // When the window resets, from whichever header says so.
    auto resetAt = [&]() -> QDateTime {
        const QByteArray retryAfter = header("Retry-After");
        if (!retryAfter.isEmpty()) {
            bool number = false;
            const qint64 seconds = retryAfter.toLongLong(&number);
            if (number && seconds >= 0)
                return now.addSecs(seconds);
            if (const auto date = Checkin::parseHttpDate(retryAfter))
                return *date;
        }
        const QByteArray mastodonReset = header("X-RateLimit-Reset");
        if (!mastodonReset.isEmpty()) {
            if (const auto minute = minuteOfTimestamp(QString::fromLatin1(mastodonReset))) {
                // minuteOfTimestamp keeps minutes; the seconds matter here.
                const QDateTime at
                    = QDateTime::fromString(QString::fromLatin1(mastodonReset), Qt::ISODateWithMs);
                return at.isValid() ? at.toUTC()
                                    : QDateTime::fromSecsSinceEpoch(*minute * 60 + 60, Qt::UTC);
            }
        }
        const QByteArray reset = header("RateLimit-Reset");
        if (!reset.isEmpty()) {
            bool number = false;
            const qint64 value = reset.toLongLong(&number);
            // Bluesky sends a Unix time; the IETF draft, seconds from now.
            if (number && value >= 1'000'000'000)
                return QDateTime::fromSecsSinceEpoch(value, Qt::UTC);
            if (number && value >= 0)
                return now.addSecs(value);
        }
        return {};
    };
    RateLimitAdvice advice;
    if (status == 429) {
        advice.wait = true;
        advice.until = resetAt();
        if (!advice.until.isValid() || advice.until < now)
            advice.until = now.addSecs(60);
        return advice;
    }
    QByteArray remaining = header("X-RateLimit-Remaining");
    if (remaining.isEmpty())
        remaining = header("RateLimit-Remaining");
    bool number = false;
    const qint64 left = remaining.toLongLong(&number);
    if (number && left <= reserve) {
        const QDateTime until = resetAt();
        if (until.isValid() && until > now) {
            advice.wait = true;
            advice.until = until;
        }
    }
    return advice;
}

QUrl linkTarget(const QByteArray &linkHeader, QByteArrayView rel)
{
    // <url>; rel="next", <url>; rel="prev"
    for (const QByteArray &entry : linkHeader.split(',')) {
        const qsizetype open = entry.indexOf('<');
        const qsizetype close = entry.indexOf('>', open + 1);
        if (open < 0 || close < 0)
            continue;
        const QByteArray params = entry.sliced(close + 1);
        for (QByteArray param : params.split(';')) {
            param = param.trimmed();
            if (!param.startsWith("rel="))
                continue;
            QByteArray value = param.sliced(4);
            if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
                value = value.sliced(1, value.size() - 2);
            for (const QByteArray &one : value.split(' '))
                if (one == rel)
                    return QUrl(QString::fromUtf8(entry.sliced(open + 1, close - open - 1)));
        }
    }
    return {};
}

} // namespace Chorus::Social
