#include "fanpage.h"

#include "calendarlinks.h"
#include "fanpagestrings.h"
#include "icalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

// chorus_core is a static library: make sure its resources are registered
// whichever way the linker pulled them in. Must be called outside a namespace.
static void initShareResources()
{
    Q_INIT_RESOURCE(share_templates);
}

namespace Chorus::Share {

namespace {

QByteArray htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray fanPageTemplate()
{
    static const QByteArray text = [] {
        initShareResources();
        QFile file(u":/chorus/share/fanpage.html"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return text;
}

QByteArray fanPageData(const EventInput &event, const QByteArray &ics)
{
    QJsonArray templates;
    for (const Text::MessageTemplate &messageTemplate : event.templates)
        templates.append(
            QJsonObject {{u"id"_s, messageTemplate.id},
                         {u"text"_s, messageTemplate.text},
                         {u"platforms"_s, QJsonArray::fromStringList(messageTemplate.platforms)}});
    QJsonObject data {
        {u"title"_s, event.title},
        {u"hashtag"_s, event.hashtag},
        {u"description"_s, event.description},
        {u"link"_s, event.link},
        {u"start_utc"_s, Time::formatUtc(event.start)},
        {u"end_utc"_s, Time::formatUtc(event.end())},
        {u"duration_minutes"_s, qint64(event.duration.count())},
        {u"templates"_s, templates},
        {u"checkin_url"_s, event.checkinUrl},
        {u"uid"_s, QString::fromLatin1(icalendarUid(event.uidSeed))},
        {u"ics"_s, QString::fromUtf8(ics)},
        {u"ics_file_name"_s, icsFileName(event)},
        {u"google"_s, QString::fromLatin1(googleCalendarUrl(event))},
        {u"outlook"_s, QString::fromLatin1(outlookCalendarUrl(event))},
    };
    if (event.goal > 0) {
        data.insert(u"goal"_s, event.goal);
        data.insert(u"all_or_nothing"_s, event.allOrNothing);
    }
    QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
    json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    return json;
}

namespace {

/// The page's dictionary, escaped like the campaign's island.
QByteArray fanPageStringsJson()
{
    QByteArray json = fanPageDictionary();
    json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    return json;
}

} // namespace

QByteArray fanPage(const EventInput &event, const QByteArray &ics)
{
    const QByteArray page = fanPageTemplate();
    const QByteArray start = Time::formatUtc(event.start).toLatin1();
    const QByteArray end = Time::formatUtc(event.end()).toLatin1();
    // Readers without JavaScript cannot be asked their language: they get
    // the sentence in every language the page ships.
    QByteArray noScript;
    for (const FanPageLanguage &language : fanPageLanguages())
        noScript += "<p lang=\"" + QByteArray(language.tag) + "\">"
            + htmlEscaped(fanPageText(language.tag, "noScript").arg(QLatin1StringView(start)))
            + "</p>";
    // The language switch: each language by its own name; the script marks
    // the reader's as pressed.
    QByteArray switchButtons;
    for (const FanPageLanguage &language : fanPageLanguages()) {
        const QByteArray tag(language.tag);
        switchButtons += "<button type=\"button\" data-lang=\"" + tag + "\" lang=\"" + tag
            + "\" aria-pressed=\"" + (tag == "en" ? "true" : "false") + "\">"
            + htmlEscaped(QString::fromUtf8(language.nativeName)) + "</button>";
    }
    const std::pair<QByteArrayView, QByteArray> markers[] = {
        {"@TITLE@", htmlEscaped(event.title)},
        {"@HASHTAG@", htmlEscaped(event.hashtag)},
        {"@START_UTC@", start},
        {"@END_UTC@", end},
        {"@DATA@", fanPageData(event, ics)},
        {"@STRINGS@", fanPageStringsJson()},
        {"@NOSCRIPT@", noScript},
        {"@LANGUAGES@", switchButtons},
    };
    // One pass over the template, so a value that happens to contain a marker
    // is never expanded again. "@T:key@" is the page's English word for key
    // (the script puts the reader's language in its place).
    QByteArray out;
    out.reserve(page.size() + ics.size() * 2 + 16384);
    qsizetype i = 0;
    while (i < page.size()) {
        const qsizetype at = page.indexOf('@', i);
        if (at < 0) {
            out += QByteArrayView(page).sliced(i);
            break;
        }
        out += QByteArrayView(page).sliced(i, at - i);
        const QByteArrayView rest = QByteArrayView(page).sliced(at);
        bool replaced = false;
        for (const auto &[marker, value] : markers) {
            if (rest.startsWith(marker)) {
                out += value;
                i = at + marker.size();
                replaced = true;
                break;
            }
        }
        if (!replaced && rest.startsWith("@T:")) {
            const qsizetype close = rest.indexOf('@', 3);
            const QByteArray key = rest.sliced(3, close < 0 ? 0 : close - 3).toByteArray();
            const QString text = close < 0 ? QString() : fanPageText("en", key.constData());
            if (!text.isEmpty()) {
                out += htmlEscaped(text);
                i = at + close + 1;
                replaced = true;
            }
        }
        if (!replaced) {
            out += '@';
            i = at + 1;
        }
    }
    return out;
}

} // namespace Chorus::Share
