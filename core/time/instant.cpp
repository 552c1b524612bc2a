#include "instant.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Time {

namespace {

// Reads exactly `count` ASCII digits at `pos`, advancing it.
bool readDigits(QStringView text, qsizetype &pos, int count, int &value)
{
    if (pos + count > text.size())
        return false;
    int result = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < u'0' || c > u'9')
            return false;
        result = result * 10 + (c.unicode() - u'0');
    }
    pos += count;
    value = result;
    return true;
}

bool readChar(QStringView text, qsizetype &pos, char16_t expected)
{
    if (pos < text.size() && text[pos] == QChar(expected)) {
        ++pos;
        return true;
    }
    return false;
}

// Offset at `pos` to the end of the text; `Z`, ±HH, ±HHMM or ±HH:MM.
std::optional<OffsetSeconds> readOffset(QStringView text, qsizetype pos)
{
    if (pos >= text.size())
        return std::nullopt;
    if (text[pos] == u'Z' || text[pos] == u'z')
        return pos + 1 == text.size() ? std::optional<OffsetSeconds>(0) : std::nullopt;
    int sign = 0;
    if (text[pos] == u'+')
        sign = 1;
    else if (text[pos] == u'-' || text[pos] == QChar(0x2212)) // ASCII minus or U+2212
        sign = -1;
    else
        return std::nullopt;
    ++pos;
    int hours = 0;
    int minutes = 0;
    if (!readDigits(text, pos, 2, hours))
        return std::nullopt;
    if (pos < text.size()) {
        readChar(text, pos, u':');
        if (!readDigits(text, pos, 2, minutes))
            return std::nullopt;
    }
    if (pos != text.size() || hours > 15 || minutes > 59)
        return std::nullopt;
    return sign * (hours * 3600 + minutes * 60);
}

QString twoDigits(int value)
{
    return u"%1"_s.arg(value, 2, 10, QChar(u'0'));
}

QString formatWall(LocalTime local)
{
    const auto day = floor<days>(local);
    const year_month_day date{day};
    const hh_mm_ss time{local - day};
    return u"%1-%2-%3T%4:%5:%6"_s.arg(int(date.year()), 4, 10, QChar(u'0'))
        .arg(twoDigits(int(unsigned(date.month()))), twoDigits(int(unsigned(date.day()))),
             twoDigits(int(time.hours().count())), twoDigits(int(time.minutes().count())),
             twoDigits(int(time.seconds().count())));
}

} // namespace

Expected<Instant> parseInstant(QStringView input)
{
    const QStringView text = input.trimmed();
    const auto bad = [&](const QString &why) {
        return fail(QString(), u"%1 is not an ISO 8601 instant: %2"_s.arg(quoted(input), why));
    };
    if (text.isEmpty())
        return fail(QString(), u"an instant is required, for example 2027-02-14T17:00:00Z"_s);

    qsizetype pos = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!readDigits(text, pos, 4, y) || !readChar(text, pos, u'-') || !readDigits(text, pos, 2, mo)
        || !readChar(text, pos, u'-') || !readDigits(text, pos, 2, d))
        return bad(u"expected a date like 2027-02-14T17:00:00Z"_s);
    if (!readChar(text, pos, u'T') && !readChar(text, pos, u't') && !readChar(text, pos, u' '))
        return bad(u"expected 'T' and a time after the date, like 2027-02-14T17:00:00Z"_s);
    if (!readDigits(text, pos, 2, h) || !readChar(text, pos, u':') || !readDigits(text, pos, 2, mi))
        return bad(u"expected a time like 17:00 after the date"_s);
    if (readChar(text, pos, u':')) {
        if (!readDigits(text, pos, 2, s))
            return bad(u"expected two digits of seconds"_s);
        if (readChar(text, pos, u'.') || readChar(text, pos, u',')) {
            const qsizetype fractionStart = pos;
            while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9')
                ++pos;
            if (pos == fractionStart)
                return bad(u"expected digits after the decimal point"_s);
        }
    }
    if (pos == text.size())
        return bad(u"it has no zone; add Z for UTC or an offset such as +01:00"_s);
    const auto offset = readOffset(text, pos);
    if (!offset)
        return bad(u"%1 is not Z or an offset such as +01:00"_s.arg(quoted(text.sliced(pos))));

    const year_month_day date{year{y}, month{unsigned(mo)}, day{unsigned(d)}};
    if (y < 1 || !date.ok())
        return bad(u"there is no such date"_s);
    if (h > 24 || mi > 59 || s > 60 || (h == 24 && (mi != 0 || s != 0)))
        return bad(u"there is no such time of day"_s);
    // A leap second (:60) is read as the first second of the next minute, as
    // QDateTime and most software do.
    const LocalTime wall = local_days{date} + hours{h} + minutes{mi} + seconds{s};
    const Instant instant{wall.time_since_epoch() - seconds{*offset}};
    if (instant < minInstant || instant > maxInstant)
        return bad(u"it lies outside the years 1 to 9999"_s);
    return instant;
}

Expected<minutes> parseDuration(QStringView input)
{
    const QStringView text = input.trimmed();
    const auto bad = [&](const QString &why) {
        return fail(QString(), u"%1 is not a duration: %2"_s.arg(quoted(input), why));
    };
    if (text.isEmpty())
        return fail(QString(), u"a duration is required, for example 60, 90m, 1h30m or 2d"_s);

    constexpr std::int64_t maxMinutes = 400LL * 24 * 60;
    std::int64_t total = 0;
    qsizetype pos = 0;
    int lastUnitRank = -1; // d = 0, h = 1, m = 2: units must come in that order, once each
    bool sawUnit = false;
    while (pos < text.size()) {
        const qsizetype numberStart = pos;
        std::int64_t number = 0;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
            number = number * 10 + (text[pos].unicode() - u'0');
            if (number > maxMinutes)
                return bad(u"it is longer than 400 days"_s);
            ++pos;
        }
        if (pos == numberStart) {
            if (text[pos] == u'-')
                return bad(u"a duration cannot be negative"_s);
            return bad(u"expected a number before %1"_s.arg(quoted(text.sliced(pos, 1))));
        }
        if (pos == text.size()) {
            if (sawUnit)
                return bad(u"the last number has no unit (d, h or m)"_s);
            total = number; // a bare number is minutes
            break;
        }
        int rank = 0;
        std::int64_t unit = 0;
        switch (text[pos].toLower().unicode()) {
        case u'd': rank = 0; unit = 24 * 60; break;
        case u'h': rank = 1; unit = 60; break;
        case u'm': rank = 2; unit = 1; break;
        default:
            return bad(u"%1 is not a unit; use d, h or m"_s.arg(quoted(text.sliced(pos, 1))));
        }
        if (rank <= lastUnitRank)
            return bad(u"write the units once each, in the order d, h, m"_s);
        lastUnitRank = rank;
        sawUnit = true;
        total += number * unit;
        if (total > maxMinutes)
            return bad(u"it is longer than 400 days"_s);
        ++pos;
    }
    return minutes{total};
}

Expected<OffsetSeconds> parseOffset(QStringView text)
{
    if (const auto offset = readOffset(text.trimmed(), 0))
        return *offset;
    return fail(QString(), u"%1 is not an offset such as +01:00, -03:30 or Z"_s.arg(quoted(text)));
}

QString formatUtc(Instant instant)
{
    return formatWall(toLocal(instant, 0)) + u'Z';
}

QString formatOffset(OffsetSeconds offset)
{
    const int magnitude = std::abs(offset);
    QString text = (offset < 0 ? u"-"_s : u"+"_s) + twoDigits(magnitude / 3600) + u':'
        + twoDigits(magnitude / 60 % 60);
    if (magnitude % 60 != 0)
        text += u':' + twoDigits(magnitude % 60);
    return text;
}

QString formatLocal(Instant instant, OffsetSeconds offset)
{
    return formatWall(toLocal(instant, offset)) + formatOffset(offset);
}

QString formatDuration(minutes duration)
{
    if (duration.count() == 0)
        return u"0m"_s;
    const auto d = duration.count() / (24 * 60);
    const auto h = duration.count() / 60 % 24;
    const auto m = duration.count() % 60;
    QString text;
    if (d)
        text += QString::number(d) + u'd';
    if (h)
        text += QString::number(h) + u'h';
    if (m)
        text += QString::number(m) + u'm';
    return text;
}

QDateTime toQDateTime(Instant instant)
{
    return QDateTime::fromSecsSinceEpoch(instant.time_since_epoch().count(), QTimeZone::utc());
}

Instant fromQDateTime(const QDateTime &dateTime)
{
    return Instant{seconds{dateTime.toSecsSinceEpoch()}};
}

} // namespace Chorus::Time
