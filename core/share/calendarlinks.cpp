#include "calendarlinks.h"

#include "placeholders.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Chorus::Share {

namespace {

QByteArray compactUtc(Time::Instant instant)
{
    // 2027-02-14T17:00:00Z → 20270214T170000Z
    QByteArray text = Time::formatUtc(instant).toLatin1();
    text.replace("-", "").replace(":", "");
    return text;
}

/// `base?key=value&…` with every value percent-encoded.
QByteArray withQuery(const char *base,
                     std::initializer_list<std::pair<const char *, QString>> items)
{
    QByteArray url(base);
    char separator = '?';
    for (const auto &[key, value] : items) {
        url += separator;
        url += key;
        url += '=';
        url += QUrl::toPercentEncoding(value);
        separator = '&';
    }
    return url;
}

} // namespace

// Templates are filled for UTC, since a calendar file cannot know its reader's zone.
QString calendarDescription(const EventInput &event)
{
    QStringList parts;
    if (!event.description.trimmed().isEmpty())
        parts << event.description.trimmed();
    const QLocale c = QLocale::c();
    const QDateTime start = Time::toQDateTime(event.start);
    const QHash<QString, QString> values {
        {u"hashtag"_s, event.hashtag},
        {u"link"_s, event.link},
        {u"local_time"_s, c.toString(start, u"HH:mm"_s) + u" UTC"_s},
        {u"local_date"_s, c.toString(start, u"ddd d MMM yyyy"_s)},
        {u"city"_s, u"UTC"_s},
        {u"zone"_s, u"UTC"_s},
    };
    if (!event.templates.empty()) {
        QString posts = u"Post together (copy one):"_s;
        for (const Text::MessageTemplate &messageTemplate : event.templates)
            posts += u"\n- "_s + fillPlaceholders(messageTemplate.text, values);
        parts << posts;
    }
    if (!event.link.isEmpty())
        parts << event.link;
    return parts.join(u"\n\n"_s);
}

QString calendarSummary(const EventInput &event)
{
    if (event.hashtag.isEmpty() || event.title.contains(event.hashtag))
        return event.title;
    return event.title + u' ' + event.hashtag;
}

QByteArray googleCalendarUrl(const EventInput &event)
{
    const QString dates
        = QString::fromLatin1(compactUtc(event.start) + '/' + compactUtc(event.end()));
    QByteArray url = withQuery("https://calendar.google.com/calendar/render",
                               {{"action", u"TEMPLATE"_s},
                                {"text", calendarSummary(event)},
                                {"dates", dates},
                                {"details", calendarDescription(event)}});
    if (!event.link.isEmpty())
        url += "&location=" + QUrl::toPercentEncoding(event.link);
    return url;
}

QByteArray outlookCalendarUrl(const EventInput &event)
{
    QByteArray url = withQuery("https://outlook.live.com/calendar/0/deeplink/compose",
                               {{"path", u"/calendar/action/compose"_s},
                                {"rru", u"addevent"_s},
                                {"subject", calendarSummary(event)},
                                {"startdt", Time::formatUtc(event.start)},
                                {"enddt", Time::formatUtc(event.end())},
                                {"body", calendarDescription(event)}});
    if (!event.link.isEmpty())
        url += "&location=" + QUrl::toPercentEncoding(event.link);
    return url;
}

QString icsFileName(const EventInput &event)
{
    constexpr qsizetype maxLength = 60;
    const auto slug = [](const QString &text) -> QString {
        QString out;
        const QString decomposed = text.normalized(QString::NormalizationForm_KD);
        for (const QChar c : decomposed) {
            if (c.unicode() < 128 && c.isLetterOrNumber())
                out += c.toLower();
            else if (c.category() != QChar::Mark_NonSpacing && !out.endsWith(u'-')
                     && !out.isEmpty())
                out += u'-';
        }
        if (out.size() > maxLength)
            out.truncate(maxLength);
        while (out.endsWith(u'-'))
            out.chop(1);
        return out;
    };
    QString name = slug(event.title);
    if (name.isEmpty())
        name = slug(event.hashtag);
    if (name.isEmpty())
        name = u"campaign"_s;
    return name + u".ics"_s;
}

Expected<QString> webcalUrl(const QString &icsUrl)
{
    const QUrl url(icsUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http"))
        return fail(u"--ics-url"_s, u"%1 is not an http(s) URL"_s.arg(quoted(icsUrl)));
    QUrl webcal = url;
    webcal.setScheme(u"webcal"_s);
    return webcal.toString(QUrl::FullyEncoded);
}

} // namespace Chorus::Share
