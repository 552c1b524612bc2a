// The fan page: golden file, escaping of the JSON island, no outside
// requests, and a real headless Chromium (Debian's chromium) reading the page
// under several TZ values: #local-start names the zone and shows the local
// start that Chorus's own placeWindow computes for it.
#include "golden.h"
#include "sharetest.h"
#include "testutil.h"

#include "share/fanpage.h"
#include "share/fanpagestrings.h"
#include "share/icalendar.h"
#include "time/window.h"
#include "time/zonecatalogue.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Chorus;
using namespace Chorus::Test;

namespace {

QByteArray samplePage(const Share::EventInput &event)
{
    return Share::fanPage(event, Share::icalendar(event, pinnedNow()));
}

/// The JSON island `id` of a rendered page, parsed.
QJsonObject islandOf(const QByteArray &page, const QByteArray &id = "campaign-data")
{
    const QByteArray open = "<script type=\"application/json\" id=\"" + id + "\">";
    const qsizetype begin = page.indexOf(open) + open.size();
    const qsizetype end = page.indexOf("</script>", begin);
    return QJsonDocument::fromJson(page.mid(begin, end - begin)).object();
}

/// Opens `file` (plus `fragment`) in headless Chromium with TZ=`zone` and
/// returns the DOM after the scripts ran.
QByteArray renderedDom(const QString &file, const QString &zone, const QString &fragment = {})
{
    QTemporaryDir profile;
    QProcessEnvironment env;
    env.insert(u"TZ"_s, zone);
    env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"en_US.UTF-8"_s);
    QUrl url = QUrl::fromLocalFile(file);
    if (!fragment.isEmpty())
        url.setFragment(fragment);
    const ProcessResult result = runProcess(
        chromium(),
        {u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--disable-quic"_s,
         u"--no-first-run"_s, u"--disable-background-networking"_s, u"--disable-component-update"_s,
         u"--disable-sync"_s, u"--lang=en-US"_s, u"--user-data-dir="_s + profile.path(),
         u"--virtual-time-budget=2000"_s, u"--dump-dom"_s, url.toString(QUrl::FullyEncoded)},
        {}, 30000, env);
    EXPECT_EQ(result.exitCode, 0) << result.err.right(2000).toStdString();
    return result.out;
}

/// The attributes and text of the first element with id `id`.
struct Element
{
    QHash<QString, QString> attributes;
    QString text;
};

Element elementById(const QByteArray &dom, const QString &id)
{
    Element element;
    const QString html = QString::fromUtf8(dom);
    const QRegularExpression tag(u"<(\\w+)([^>]*\\bid=\"%1\"[^>]*)>([^<]*)"_s.arg(id));
    const QRegularExpressionMatch match = tag.match(html);
    if (!match.hasMatch())
        return element;
    static const QRegularExpression attribute(u"([\\w-]+)=\"([^\"]*)\""_s);
    for (auto it = attribute.globalMatch(match.captured(2)); it.hasNext();) {
        const QRegularExpressionMatch a = it.next();
        element.attributes.insert(a.captured(1), a.captured(2));
    }
    element.text = match.captured(3);
    return element;
}

class PageFile : public testing::Test
{
protected:
    void SetUp() override
    {
        if (chromium().isEmpty())
            GTEST_SKIP() << "chromium is not installed (dev.sh test installs it)";
        ASSERT_TRUE(m_dir.isValid());
    }
    QString write(const QByteArray &page)
    {
        const QString path = m_dir.filePath(u"page%1.html"_s.arg(++m_count));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(page);
        return path;
    }
    QTemporaryDir m_dir;
    int m_count = 0;
};

} // namespace

TEST(Page, TheTemplateIsCompiledIn)
{
    const QByteArray page = Share::fanPageTemplate();
    EXPECT_TRUE(page.contains("id=\"local-start\""));
    EXPECT_TRUE(page.contains("@DATA@"));
}

TEST(Page, MatchesTheGoldenFile)
{
    expectGolden(u"alita.page.html"_s, samplePage(sampleEvent()));
}

TEST(Page, NeedsNoNetworkToOpen)
{
    const QByteArray page = samplePage(sampleEvent());
    // Nothing is loaded from elsewhere: no external scripts, styles, images, fonts.
    EXPECT_FALSE(page.contains("<script src"));
    EXPECT_FALSE(page.contains("<link"));
    EXPECT_FALSE(page.contains("<img"));
    EXPECT_FALSE(page.contains("<iframe"));
    EXPECT_FALSE(page.contains("url("));
    EXPECT_FALSE(page.contains("@import"));
    EXPECT_TRUE(page.contains("default-src 'none'"));
    // The campaign's island, the page's words, the script.
    EXPECT_EQ(page.count("<script"), 3);
}

TEST(Page, CarriesTheCampaignAndTheSameIcs)
{
    const Share::EventInput event = sampleEvent();
    const QByteArray ics = Share::icalendar(event, pinnedNow());
    const QJsonObject data = islandOf(Share::fanPage(event, ics));
    EXPECT_EQ(data[u"title"_s].toString(), event.title);
    EXPECT_EQ(data[u"hashtag"_s].toString(), event.hashtag);
    EXPECT_EQ(data[u"start_utc"_s].toString(), u"2027-02-14T17:00:00Z"_s);
    EXPECT_EQ(data[u"end_utc"_s].toString(), u"2027-02-14T18:00:00Z"_s);
    EXPECT_EQ(data[u"ics"_s].toString().toUtf8(), ics);
    EXPECT_EQ(data[u"checkin_url"_s].toString(), u"http://127.0.0.1:8080"_s);
    EXPECT_EQ(data[u"templates"_s].toArray().size(), 2);
}

TEST(Page, CarriesItsWordsInEveryLanguage)
{
    const QByteArray page = samplePage(sampleEvent());
    const QJsonObject words = islandOf(page, "page-strings");
    EXPECT_EQ(words, QJsonDocument::fromJson(Share::fanPageDictionary()).object());
    EXPECT_EQ(words.keys(), (QStringList {u"en"_s, u"es"_s, u"ja"_s, u"pt-BR"_s}));
    // Without JavaScript: the markup in English, the notice in every language.
    EXPECT_TRUE(
        page.contains("<h2 id=\"when-heading\" data-t=\"whenHeading\">When, on your clock</h2>"));
    for (const Share::FanPageLanguage &language : Share::fanPageLanguages()) {
        const QString notice = u"<p lang=\"%1\">%2</p>"_s.arg(
            QLatin1StringView(language.tag),
            Share::fanPageText(language.tag, "noScript").arg(u"2027-02-14T17:00:00Z"_s));
        EXPECT_TRUE(QString::fromUtf8(page).contains(notice)) << notice.toStdString();
        // The switch names each language in that language.
        EXPECT_TRUE(QString::fromUtf8(page).contains(
            u"data-lang=\"%1\" lang=\"%1\""_s.arg(QLatin1StringView(language.tag))));
    }
    EXPECT_NE(Share::fanPageText("ja", "noScript"), Share::fanPageText("en", "noScript"));
}

TEST(Page, EveryWordTheTemplateAsksForExists)
{
    // A key the dictionary lacks would show as the key itself.
    const QString page = QString::fromUtf8(samplePage(sampleEvent()));
    EXPECT_FALSE(page.contains(u"@T:"_s));
    const QJsonObject english
        = QJsonDocument::fromJson(Share::fanPageDictionary()).object()[u"en"_s].toObject();
    // data-t="key", t("key", …), tn("key", …), say("key"), and the keys
    // kept in tables: ["ready", "ready", "markedReady"], ["postOnX", "https…"].
    static const QRegularExpression asked(QStringList {
        uR"re(data-t(?:-placeholder)?=")re"_s, uR"re(\btn?\(\s*")re"_s, uR"re(say\(")re"_s,
        uR"re(\["(?:ready|posted)", "(?:ready|posted)", ")re"_s, uR"re(\[\s*"(?=\w+", "https))re"_s}
                                              .join(u'|')
                                              .prepend(u"(?:"_s)
                                              .append(u")(\\w+)"_s));
    QSet<QString> keys;
    for (auto it = asked.globalMatch(QString::fromUtf8(Share::fanPageTemplate())); it.hasNext();)
        keys.insert(it.next().captured(1));
    EXPECT_GE(keys.size(), 30);
    for (const QString &key : keys)
        EXPECT_TRUE(english.contains(key)) << key.toStdString();
}

TEST(Page, UserTextCannotBreakOutOfTheJsonIslandOrTheMarkup)
{
    Share::EventInput event = sampleEvent();
    const QString hostile = u"</script><script>alert(1)</script><!-- & @DATA@ \u2028"_s;
    event.title = hostile;
    event.hashtag = u"#x</title><b>"_s;
    event.description = hostile;
    const QByteArray page = samplePage(event);
    EXPECT_EQ(page.count("</script>"), 3);
    EXPECT_EQ(page.count("<!--"), 1); // the template's own comment
    EXPECT_FALSE(page.contains("<b>"));
    const QJsonObject data = islandOf(page);
    EXPECT_EQ(data[u"title"_s].toString(), hostile);
    EXPECT_EQ(data[u"description"_s].toString(), hostile);
}

struct ZoneRow
{
    std::string name;
    QString zone;
};

void PrintTo(const ZoneRow &row, std::ostream *os)
{
    *os << row.name;
}

class PageInChromium : public PageFile, public testing::WithParamInterface<ZoneRow>
{
};

TEST_P(PageInChromium, ShowsTheStartInTheViewersZone)
{
    const Share::EventInput event = sampleEvent();
    const QByteArray dom
        = renderedDom(write(samplePage(event)), GetParam().zone, u"now=2027-02-10T12:00:30Z"_s);
    const Element start = elementById(dom, u"local-start"_s);
    ASSERT_TRUE(start.attributes.contains(u"data-zone"_s)) << dom.left(3000).toStdString();

    // data-zone is the zone the browser resolved: the TZ we gave it.
    static const Time::ZoneCatalogue catalogue = Time::ZoneCatalogue::system();
    const auto shown = catalogue.resolve(start.attributes.value(u"data-zone"_s));
    const auto given = catalogue.resolve(GetParam().zone);
    ASSERT_TRUE(shown.has_value()) << start.attributes.value(u"data-zone"_s).toStdString();
    ASSERT_TRUE(given.has_value());
    EXPECT_EQ(shown->id, given->id);
    EXPECT_EQ(start.attributes.value(u"data-zone"_s), GetParam().zone);

    // The oracle: Chorus's own placeWindow for that zone.
    const Time::WindowInZone window
        = Time::placeWindow(QTimeZone(GetParam().zone.toUtf8()), event.start, event.duration);
    const QString local = Time::formatLocal(event.start, window.offsetStart); // …T22:30:00+05:30
    EXPECT_EQ(start.attributes.value(u"datetime"_s), local.left(16) + local.mid(19))
        << "zone " << GetParam().zone.toStdString();

    // The visible text is in the viewer's locale (en-US here): date and clock.
    const QDateTime wall
        = Time::toQDateTime(event.start).toTimeZone(QTimeZone(GetParam().zone.toUtf8()));
    const QLocale us(u"en_US"_s);
    const QString date = us.toString(wall.date(), u"MMMM d, yyyy"_s);
    // en-US writes 10:30 PM (ICU puts a narrow no-break space before PM).
    const auto spaced = [](QString text) {
        return text.replace(QChar(0x202F), u' ').replace(QChar(0x00A0), u' ');
    };
    const QString time = spaced(us.toString(wall.time(), u"h:mm AP"_s));
    const QString text = spaced(start.text);
    EXPECT_TRUE(text.contains(date)) << text.toStdString() << " lacks " << date.toStdString();
    EXPECT_TRUE(text.contains(time)) << text.toStdString() << " lacks " << time.toStdString();

    // The zone is named, and the countdown runs.
    EXPECT_TRUE(elementById(dom, u"zone-name"_s).text.contains(GetParam().zone));
    const Element countdown = elementById(dom, u"countdown"_s);
    EXPECT_EQ(countdown.attributes.value(u"data-state"_s), u"before"_s);
    EXPECT_TRUE(countdown.text.startsWith(u"starts in 4 days 4 h 59 min "_s))
        << countdown.text.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Zones, PageInChromium,
                         testing::Values(ZoneRow {"Kolkata", u"Asia/Kolkata"_s},
                                         ZoneRow {"SaoPaulo", u"America/Sao_Paulo"_s},
                                         ZoneRow {"Chatham", u"Pacific/Chatham"_s},
                                         ZoneRow {"Berlin", u"Europe/Berlin"_s},
                                         ZoneRow {"Manila", u"Asia/Manila"_s},
                                         ZoneRow {"Kiritimati", u"Pacific/Kiritimati"_s},
                                         ZoneRow {"StJohns", u"America/St_Johns"_s}),
                         ByName());

TEST_F(PageFile, CountdownTurnsLiveThenEnded)
{
    const QString path = write(samplePage(sampleEvent()));
    const Element live = elementById(
        renderedDom(path, u"Europe/Berlin"_s, u"now=2027-02-14T17:45:30Z"_s), u"countdown"_s);
    EXPECT_EQ(live.attributes.value(u"data-state"_s), u"live"_s);
    EXPECT_EQ(live.text, u"live now — 15 minutes left"_s);
    const Element ended = elementById(
        renderedDom(path, u"Europe/Berlin"_s, u"now=2027-02-14T18:00:00Z"_s), u"countdown"_s);
    EXPECT_EQ(ended.attributes.value(u"data-state"_s), u"ended"_s);
    EXPECT_EQ(ended.text, u"ended"_s);
}

TEST_F(PageFile, PostsAreFilledForTheViewerWithComposeLinks)
{
    const QByteArray dom = renderedDom(write(samplePage(sampleEvent())), u"Asia/Tokyo"_s);
    const QString html = QString::fromUtf8(dom);
    // {local_time} on Tokyo's clock, {hashtag}, {link}, and one of the variants.
    EXPECT_TRUE(html.contains(u"Posting at 2:00 AM with fans everywhere 💙 #AlitaSequel"_s))
        << html.toStdString();
    EXPECT_TRUE(
        html.contains(u"We want a sequel! #AlitaSequel https://example.org/alita-sequel"_s)
        || html.contains(u"Give us a sequel! #AlitaSequel https://example.org/alita-sequel"_s));
    EXPECT_TRUE(html.contains(u"href=\"https://x.com/intent/post?text=Posting%20at%202%3A00"_s));
    EXPECT_TRUE(html.contains(u"href=\"https://bsky.app/intent/compose?text="_s));
    EXPECT_TRUE(html.contains(u"compose-mastodon"_s));
    // The .ics download and the check-in form (the campaign has a service).
    const Element ics = elementById(dom, u"ics-download"_s);
    EXPECT_EQ(ics.attributes.value(u"download"_s), u"alita-battle-angel-the-sequel-hour.ics"_s);
    EXPECT_TRUE(ics.attributes.value(u"href"_s).startsWith(
        u"data:text/calendar;charset=utf-8,BEGIN%3AVCALENDAR%0D%0A"_s));
    EXPECT_FALSE(elementById(dom, u"checkin"_s).attributes.contains(u"hidden"_s));
}

TEST_F(PageFile, HostileTitleStaysText)
{
    Share::EventInput event = sampleEvent();
    event.title = u"</script><img src=x onerror=alert(1)> Sequel"_s;
    const QByteArray dom = renderedDom(write(samplePage(event)), u"UTC"_s);
    EXPECT_EQ(elementById(dom, u"title"_s).text,
              u"&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; Sequel"_s);
    EXPECT_FALSE(dom.contains("<img"));
    EXPECT_EQ(elementById(dom, u"local-start"_s).attributes.value(u"data-zone"_s), u"UTC"_s);
}

TEST(Page, IsAccessibleResponsiveAndHasADarkTheme)
{
    const QString page = QString::fromUtf8(samplePage(sampleEvent()));
    EXPECT_TRUE(page.contains(u"<html lang=\""_s));
    EXPECT_TRUE(page.contains(u"name=\"viewport\" content=\"width=device-width"_s));
    EXPECT_TRUE(page.contains(u"@media (prefers-color-scheme: dark)"_s));
    EXPECT_TRUE(page.contains(u":focus-visible"_s));
    EXPECT_TRUE(page.contains(u"aria-live=\"polite\""_s));
    EXPECT_TRUE(page.contains(u"role=\"timer\""_s));
    // Every form field has a label that names it.
    static const QRegularExpression field(u"<(input|select)[^>]*\\bid=\"([^\"]+)\""_s);
    int fields = 0;
    for (auto it = field.globalMatch(page); it.hasNext(); ++fields) {
        const QString id = it.next().captured(2);
        EXPECT_TRUE(page.contains(u"<label for=\"%1\""_s.arg(id))) << id.toStdString();
    }
    EXPECT_GE(fields, 3);
    // Every button says what it does.
    static const QRegularExpression button(u"<button[^>]*>([^<]*)</button>"_s);
    for (auto it = button.globalMatch(page); it.hasNext();)
        EXPECT_FALSE(it.next().captured(1).trimmed().isEmpty());
}
