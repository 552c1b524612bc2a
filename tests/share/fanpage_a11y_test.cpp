// The fan page as fans everywhere meet it, in Debian's Chromium (puppeteer-core
// and axe-core from tests/oracles, driven by fanpage_a11y.js): in the reader's
// language with Intl's dates and plurals, without an axe-core violation in any
// language, state or colour scheme, from the keyboard, at 320 px and at 200%
// zoom, and with a countdown that is announced at milestones only. The page is
// written by `chorus-cli page` and talks to a real `chorus-cli serve` on
// loopback. Expected words come from core's compiled translations
// (fanPageText), dates from QLocale's month names.

#include "testutil.h"

#include "share/fanpagestrings.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using Chorus::Share::fanPageText;
using Chorus::Test::chromium;
using Chorus::Test::ProcessResult;
using Chorus::Test::runProcess;

namespace {

const QString cli = QStringLiteral(CHORUS_CLI);
const QString oracles = QStringLiteral(CHORUS_ORACLES_DIR);

// The campaign starts 2031-02-14T17:00:00Z and lasts an hour.
const QString before = u"#now=2031-02-10T12:00:30Z"_s; // 4 days 4 h 59 min 30 s to go
const QString live = u"#now=2031-02-14T17:20:00Z"_s; // 40 minutes left
const QString lastMinute = u"#now=2031-02-14T17:59:10Z"_s;
const QString ended = u"#now=2031-02-14T18:30:00Z"_s;

QByteArray campaignJson(const QString &checkinUrl)
{
    QJsonObject campaign {
        {u"format"_s, u"chorus-campaign"_s},
        {u"version"_s, 1},
        {u"title"_s, u"Alita sequel hour"_s},
        {u"hashtag"_s, u"#AlitaSequel"_s},
        {u"start"_s, u"2031-02-14T17:00:00Z"_s},
        {u"duration_minutes"_s, 60},
        {u"templates"_s,
         QJsonArray {
             QJsonObject {{u"id"_s, u"main"_s},
                          {u"text"_s, u"We want a sequel! {hashtag} {local_time}"_s},
                          {u"platforms"_s, QJsonArray {u"x"_s, u"bluesky"_s, u"mastodon"_s}}}}}};
    if (!checkinUrl.isEmpty())
        campaign.insert(u"checkin_url"_s, checkinUrl);
    // A supporter goal, all or nothing: axe sees its text and progress bar too.
    campaign.insert(u"goal"_s, 5000);
    campaign.insert(u"all_or_nothing"_s, true);
    return QJsonDocument(campaign).toJson();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// `fanPageText` with %n filled, as the page writes a small count.
QString counted(const char *language, const char *key, int n)
{
    return fanPageText(language, key, n).replace(u"%n"_s, QString::number(n));
}

/// The WCAG contrast ratio of two CSS "rgb(r, g, b)" colours.
double contrast(const QString &a, const QString &b)
{
    const auto luminance = [](const QString &css) {
        static const QRegularExpression rgb(u"rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)"_s);
        const QRegularExpressionMatch m = rgb.match(css);
        EXPECT_TRUE(m.hasMatch()) << css.toStdString();
        double l[3];
        for (int i = 0; i < 3; ++i) {
            const double c = m.captured(i + 1).toDouble() / 255.0;
            l[i] = c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    };
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

/// A `serve` process on a free loopback port and the fan page pointing at it.
class FanPageForEveryone : public testing::Test
{
protected:
    void SetUp() override
    {
        if (chromium().isEmpty())
            GTEST_SKIP() << "chromium is not installed (dev.sh test installs it)";
        ASSERT_TRUE(QDir(oracles + u"/node_modules/axe-core"_s).exists())
            << "run 'npm ci' in tests/oracles (dev.sh test does)";
        ASSERT_TRUE(m_dir.isValid());
        const QString served = m_dir.filePath(u"served.chorus.json"_s);
        ASSERT_TRUE(writeFile(served, campaignJson({})));
        m_serve.start(cli,
                      {u"serve"_s, served, u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s,
                       m_dir.filePath(u"checkins.sqlite"_s)});
        ASSERT_TRUE(m_serve.waitForReadyRead(10000))
            << m_serve.readAllStandardError().toStdString();
        const QByteArray listening = m_serve.readLine().trimmed();
        ASSERT_TRUE(listening.startsWith("listening on ")) << listening.toStdString();
        m_page = writePage(campaignJson(QString::fromLatin1(listening.sliced(13))), u"fan page"_s);
    }

    void TearDown() override
    {
        if (m_serve.state() != QProcess::NotRunning) {
            m_serve.terminate();
            if (!m_serve.waitForFinished(10000))
                m_serve.kill();
        }
    }

    QString writePage(const QByteArray &campaign, const QString &name)
    {
        const QString file = m_dir.filePath(name + u".chorus.json"_s);
        EXPECT_TRUE(writeFile(file, campaign));
        const QString page = m_dir.filePath(name + u".html"_s);
        const ProcessResult written = runProcess(cli, {u"page"_s, file, u"-o"_s, page});
        EXPECT_EQ(written.exitCode, 0) << written.err.toStdString();
        return page;
    }

    /// fanpage_a11y.js MODE on `page` with TZ=`zone`; its JSON answer.
    QJsonValue oracle(const QString &mode, const QStringList &arguments, const QString &page = {},
                      const QString &zone = u"Asia/Tokyo"_s)
    {
        QProcessEnvironment environment;
        environment.insert(u"TZ"_s, zone);
        const ProcessResult run
            = runProcess(u"node"_s,
                         QStringList {oracles + u"/fanpage_a11y.js"_s, mode, chromium(),
                                      page.isEmpty() ? m_page : page}
                             + arguments,
                         {}, 240000, environment);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QJsonDocument answer = QJsonDocument::fromJson(run.out);
        EXPECT_FALSE(answer.isNull()) << run.out.left(2000).toStdString() << run.err.toStdString();
        EXPECT_FALSE(answer.object().contains(u"error"_s))
            << answer.object()[u"error"_s].toString().toStdString();
        return answer.isArray() ? QJsonValue(answer.array()) : QJsonValue(answer.object());
    }

    QJsonArray view(const QJsonArray &cases, const QString &zone = u"Asia/Tokyo"_s)
    {
        return oracle(u"view"_s,
                      {QString::fromUtf8(QJsonDocument(cases).toJson(QJsonDocument::Compact))}, {},
                      zone)
            .toArray();
    }

    QTemporaryDir m_dir;
    QProcess m_serve;
    QString m_page;
};

QJsonObject readerCase(const QString &accept, const QString &suffix = before)
{
    return {{u"accept"_s, accept}, {u"suffix"_s, suffix}};
}

} // namespace

TEST_F(FanPageForEveryone, SpeaksTheFirstOfTheReadersLanguagesItKnows)
{
    struct Row
    {
        QString accept;
        const char *shown;
    };
    const Row rows[] = {
        {u"es-MX,es,en"_s, "es"}, {u"es-419"_s, "es"},   {u"pt-PT,pt"_s, "pt-BR"},
        {u"pt-BR"_s, "pt-BR"},    {u"ja-JP,ja"_s, "ja"}, {u"fr-FR,fr,ja"_s, "ja"},
        {u"de-DE,de"_s, "en"},    {u"en-GB,en"_s, "en"},
    };
    QJsonArray cases;
    for (const Row &row : rows)
        cases.append(readerCase(row.accept));
    const QJsonArray seen = view(cases);
    ASSERT_EQ(seen.size(), std::size(rows));
    for (qsizetype i = 0; i < seen.size(); ++i) {
        const QJsonObject page = seen[i].toObject();
        const char *shown = rows[i].shown;
        SCOPED_TRACE(rows[i].accept.toStdString());
        EXPECT_EQ(page[u"lang"_s].toString(), QLatin1StringView(shown));
        EXPECT_EQ(page[u"pressed"_s].toArray(), QJsonArray {QLatin1StringView(shown)});
        EXPECT_EQ(page[u"whenHeading"_s].toString(), fanPageText(shown, "whenHeading"));
        EXPECT_EQ(page[u"languageLabel"_s].toString(), fanPageText(shown, "language"));
        EXPECT_EQ(page[u"join"_s].toString(), fanPageText(shown, "join"));
        EXPECT_EQ(page[u"ics"_s].toString(), fanPageText(shown, "addToCalendar"));
        EXPECT_EQ(page[u"footer"_s].toString(), fanPageText(shown, "footer"));
        EXPECT_EQ(page[u"handlePlaceholder"_s].toString(), fanPageText(shown, "handleExample"));
        EXPECT_EQ(page[u"copy"_s].toString(), fanPageText(shown, "copy"));
        EXPECT_EQ(page[u"postLabel"_s].toString(), fanPageText(shown, "postNumber").arg(1));
        EXPECT_TRUE(page[u"errors"_s].toArray().isEmpty());
        // 4 days 4 h 59 min 30 s before the start, in the language's plural.
        const QString ticking
            = fanPageText(shown, "startsIn")
                  .arg(counted(shown, "days", 4) + u' ' + fanPageText(shown, "hoursShort").arg(4)
                       + u' ' + fanPageText(shown, "minutesShort").arg(59) + u' ');
        EXPECT_TRUE(page[u"countdown"_s].toString().startsWith(ticking))
            << page[u"countdown"_s].toString().toStdString() << " / " << ticking.toStdString();
    }
}

TEST_F(FanPageForEveryone, WritesDatesTimesAndPluralsByIntlInTheReadersLocale)
{
    // In Tokyo the hour runs 2031-02-15 02:00-03:00 (a Saturday).
    QJsonArray cases {readerCase(u"es-MX"_s, lastMinute), readerCase(u"pt-BR"_s, live),
                      readerCase(u"ja-JP"_s, live), readerCase(u"en-US"_s, lastMinute)};
    const QJsonArray seen = view(cases);
    ASSERT_EQ(seen.size(), 4);
    const QDate day(2031, 2, 15);
    const auto month = [&](const char *locale) {
        return QLocale(QString::fromLatin1(locale)).monthName(2, QLocale::LongFormat);
    };
    const auto dayName = [&](const char *locale) {
        return QLocale(QString::fromLatin1(locale)).dayName(day.dayOfWeek(), QLocale::LongFormat);
    };

    const QJsonObject es = seen[0].toObject();
    EXPECT_TRUE(es[u"localStart"_s].toString().contains(u"15 de %1 de 2031"_s.arg(month("es_MX"))))
        << es[u"localStart"_s].toString().toStdString();
    EXPECT_TRUE(es[u"localStart"_s].toString().startsWith(dayName("es_MX")));
    EXPECT_EQ(es[u"state"_s].toString(), u"live"_s);
    // One minute left: Spanish singular.
    EXPECT_EQ(es[u"countdown"_s].toString(), counted("es", "liveMinutesLeft", 1));
    EXPECT_EQ(es[u"announce"_s].toString(),
              fanPageText("es", "announceLive").arg(counted("es", "minutes", 1)));
    EXPECT_TRUE(es[u"zoneName"_s].toString().startsWith(
        fanPageText("es", "yourZone").arg(u"Asia/Tokyo"_s)));
    EXPECT_EQ(es[u"until"_s].toString().left(6), fanPageText("es", "until").left(6));

    const QJsonObject pt = seen[1].toObject();
    EXPECT_TRUE(pt[u"localStart"_s].toString().contains(u"15 de %1 de 2031"_s.arg(month("pt_BR"))))
        << pt[u"localStart"_s].toString().toStdString();
    EXPECT_EQ(pt[u"countdown"_s].toString(), counted("pt-BR", "liveMinutesLeft", 40));

    const QJsonObject ja = seen[2].toObject();
    EXPECT_TRUE(ja[u"localStart"_s].toString().startsWith(u"2031年2月15日"_s))
        << ja[u"localStart"_s].toString().toStdString();
    EXPECT_TRUE(ja[u"localStart"_s].toString().contains(dayName("ja_JP")));
    EXPECT_EQ(ja[u"countdown"_s].toString(), counted("ja", "liveMinutesLeft", 40));
    EXPECT_TRUE(ja[u"until"_s].toString().endsWith(u" まで"_s))
        << ja[u"until"_s].toString().toStdString();

    const QJsonObject en = seen[3].toObject();
    EXPECT_TRUE(en[u"localStart"_s].toString().startsWith(u"Saturday, February 15, 2031"_s));
    EXPECT_EQ(en[u"countdown"_s].toString(), u"live now — 1 minute left"_s);
}

TEST_F(FanPageForEveryone, ALanguageChosenInTheUrlOrWithTheSwitchWins)
{
    QJsonObject hash = readerCase(u"en-US"_s, before + u"&lang=pt-BR"_s);
    QJsonObject query = readerCase(u"en-US"_s, u"?lang=ja"_s);
    QJsonObject unknown = readerCase(u"es-MX"_s, u"#lang=fr"_s);
    QJsonObject stored = readerCase(u"ja-JP"_s);
    stored.insert(u"stored"_s, u"es"_s);
    QJsonObject clicked = readerCase(u"en-US"_s, u""_s);
    clicked.insert(u"click"_s, u"[data-lang=\"ja\"]"_s);
    clicked.insert(u"reload"_s, true);
    QJsonObject clickedInPreview = readerCase(u"en-US"_s, before + u"&lang=es"_s);
    clickedInPreview.insert(u"click"_s, u"[data-lang=\"pt-BR\"]"_s);
    QJsonObject edited = readerCase(u"en-US"_s, before);
    edited.insert(u"hash"_s, u"#now=2031-02-14T17:20:00Z&lang=es"_s);
    const QJsonArray seen = view({hash, query, unknown, stored, clicked, clickedInPreview, edited});
    ASSERT_EQ(seen.size(), 7);
    EXPECT_EQ(seen[0][u"lang"_s].toString(), u"pt-BR"_s);
    EXPECT_EQ(seen[0][u"state"_s].toString(), u"before"_s); // #now= still works beside lang=
    EXPECT_EQ(seen[1][u"lang"_s].toString(), u"ja"_s);
    EXPECT_EQ(seen[2][u"lang"_s].toString(), u"es"_s); // lang=fr is ignored
    EXPECT_EQ(seen[3][u"lang"_s].toString(), u"es"_s); // remembered beats the browser's
    // Chosen with the switch, remembered across a reload.
    EXPECT_EQ(seen[4][u"lang"_s].toString(), u"ja"_s);
    EXPECT_EQ(seen[4][u"storedLang"_s].toString(), u"ja"_s);
    EXPECT_EQ(seen[4][u"pressed"_s].toArray(), QJsonArray {u"ja"_s});
    EXPECT_EQ(seen[4][u"whenHeading"_s].toString(), fanPageText("ja", "whenHeading"));
    // A preview link's lang= follows the switch.
    EXPECT_EQ(seen[5][u"lang"_s].toString(), u"pt-BR"_s);
    EXPECT_TRUE(seen[5][u"url"_s].toString().endsWith(before + u"&lang=pt-BR"_s))
        << seen[5][u"url"_s].toString().toStdString();
    // A preview's hash edited in place takes effect without a reload.
    EXPECT_EQ(seen[6][u"lang"_s].toString(), u"es"_s);
    EXPECT_EQ(seen[6][u"state"_s].toString(), u"live"_s);
    EXPECT_EQ(seen[6][u"countdown"_s].toString(), counted("es", "liveMinutesLeft", 40));
}

// Issue 14: "0 of 5,000 have joined" with the service's live count, in the
// reader's language and Intl's digits, and what all or nothing means.
TEST_F(FanPageForEveryone, ShowsTheSupporterGoalWithTheLiveCount)
{
    QJsonObject en = readerCase(u"en-US"_s);
    en.insert(u"waitGoal"_s, true);
    QJsonObject ja = readerCase(u"ja-JP"_s);
    ja.insert(u"waitGoal"_s, true);
    QJsonObject after = readerCase(u"en-US"_s, live);
    after.insert(u"waitGoal"_s, true);
    const QJsonArray seen = view({en, ja, after});
    ASSERT_EQ(seen.size(), 3);
    const auto goalText = [](const char *language) {
        return fanPageText(language, "goalJoined", 0)
            .replace(u"%n"_s, u"0"_s)
            .replace(u"%1"_s, u"5,000"_s);
    };
    EXPECT_EQ(seen[0][u"goalText"_s].toString(), goalText("en"));
    EXPECT_EQ(seen[0][u"goalText"_s].toString(), u"0 of 5,000 have joined"_s);
    EXPECT_EQ(seen[0][u"progressMax"_s].toDouble(), 5000);
    EXPECT_EQ(seen[0][u"progressValue"_s].toString(), u"0"_s);
    EXPECT_EQ(seen[0][u"progressName"_s].toString(), seen[0][u"goalText"_s].toString());
    EXPECT_TRUE(seen[0][u"goalRule"_s].toString().startsWith(
        u"All or nothing: the posts go out only if 5,000 people have joined by "_s))
        << seen[0][u"goalRule"_s].toString().toStdString();
    EXPECT_EQ(seen[1][u"goalText"_s].toString(), goalText("ja"));
    EXPECT_TRUE(seen[1][u"goalRule"_s].toString().startsWith(
        fanPageText("ja", "goalRule").section(u"%2"_s, 0, 0).replace(u"%1"_s, u"5,000"_s).left(10)))
        << seen[1][u"goalRule"_s].toString().toStdString();
    // Past the decision with 0 of 5,000: the page says nothing is posted.
    EXPECT_EQ(seen[2][u"goalRule"_s].toString(), fanPageText("en", "goalMissed"));
}

TEST_F(FanPageForEveryone, HonoursReducedMotion)
{
    QJsonObject reduced = readerCase(u"en-US"_s);
    reduced.insert(u"reducedMotion"_s, u"reduce"_s);
    QJsonObject reducedLive = readerCase(u"en-US"_s, live);
    reducedLive.insert(u"reducedMotion"_s, u"reduce"_s);
    const QJsonArray seen
        = view({readerCase(u"en-US"_s), reduced, readerCase(u"en-US"_s, live), reducedLive});
    ASSERT_EQ(seen.size(), 4);
    // Real time passes between the load and the look: the seconds tick on.
    EXPECT_TRUE(QRegularExpression(u"^starts in 4 days 4 h 59 min \\d{1,2} s$"_s)
                    .match(seen[0][u"countdown"_s].toString())
                    .hasMatch())
        << seen[0][u"countdown"_s].toString().toStdString();
    EXPECT_EQ(seen[1][u"countdown"_s].toString(), u"starts in 4 days 4 h 59 min"_s);
    EXPECT_EQ(seen[2][u"liveAnimation"_s].toString(), u"pulse"_s);
    EXPECT_EQ(seen[3][u"liveAnimation"_s].toString(), u"none"_s);
}

TEST_F(FanPageForEveryone, AxeFindsNoViolationInAnyLanguageStateOrColourScheme)
{
    QJsonArray states;
    for (const auto &[name, suffix] :
         {std::pair {u"before"_s, before}, {u"live"_s, live}, {u"ended"_s, ended}})
        for (const bool joined : {false, true})
            states.append(QJsonObject {{u"name"_s, QString(name + (joined ? u"-joined"_s : u""_s))},
                                       {u"suffix"_s, suffix},
                                       {u"joined"_s, joined}});
    const QJsonArray runs
        = oracle(u"axe"_s,
                 {QString::fromUtf8(QJsonDocument(states).toJson(QJsonDocument::Compact))})
              .toArray();
    ASSERT_EQ(runs.size(), 6 * 4 * 2); // states × languages × colour schemes
    for (const QJsonValue &value : runs) {
        const QJsonObject run = value.toObject();
        const std::string where = run[u"name"_s].toString().toStdString() + " "
            + run[u"asked"_s].toString().toStdString() + " "
            + run[u"colorScheme"_s].toString().toStdString();
        // axe ran on the page in the state asked for.
        EXPECT_GT(run[u"passes"_s].toInt(), 20) << where;
        EXPECT_EQ(run[u"lang"_s].toString(), run[u"asked"_s].toString()) << where;
        EXPECT_EQ(run[u"joined"_s].toBool(), run[u"name"_s].toString().endsWith(u"-joined"_s))
            << where;
        EXPECT_TRUE(run[u"name"_s].toString().startsWith(run[u"state"_s].toString())) << where;
        EXPECT_TRUE(run[u"violations"_s].toArray().isEmpty())
            << where << ": "
            << QJsonDocument(run[u"violations"_s].toArray()).toJson().toStdString();
        EXPECT_TRUE(run[u"errors"_s].toArray().isEmpty()) << where;
    }
}

TEST_F(FanPageForEveryone, AxeFindsNoViolationWithoutACheckinService)
{
    const QString page = writePage(campaignJson({}), u"no service"_s);
    const QJsonArray runs = oracle(u"axe"_s,
                                   {QString::fromUtf8(QJsonDocument(QJsonArray {QJsonObject {
                                                                        {u"name"_s, u"live"_s},
                                                                        {u"suffix"_s, live},
                                                                    }})
                                                          .toJson(QJsonDocument::Compact))},
                                   page)
                                .toArray();
    ASSERT_EQ(runs.size(), 8);
    for (const QJsonValue &run : runs) {
        EXPECT_GT(run[u"passes"_s].toInt(), 20);
        EXPECT_TRUE(run[u"violations"_s].toArray().isEmpty())
            << QJsonDocument(run[u"violations"_s].toArray()).toJson().toStdString();
    }
}

TEST_F(FanPageForEveryone, AxeReportsWhatIsWrongOnABrokenPage)
{
    // The same check on a page with an unlabelled list and an unnamed
    // button: axe must say so, or the test above proves nothing.
    QFile file(m_page);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray page = file.readAll();
    page.replace("<label for=\"platform\"", "<label for=\"nowhere\"");
    page.replace("id=\"shuffle\" data-t=\"shuffle\">Shuffle wording</button>",
                 "id=\"shuffle\"></button>");
    page.replace("e.textContent = t(e.dataset.t);",
                 "if (e.id !== \"shuffle\") e.textContent = t(e.dataset.t);");
    const QString broken = m_dir.filePath(u"broken.html"_s);
    ASSERT_TRUE(writeFile(broken, page));
    const QJsonArray runs
        = oracle(u"axe"_s, {uR"([{"name":"before","suffix":"#now=2031-02-10T12:00:30Z"}])"_s},
                 broken)
              .toArray();
    ASSERT_EQ(runs.size(), 8);
    for (const QJsonValue &run : runs) {
        QStringList ids;
        for (const QJsonValue &v : run[u"violations"_s].toArray())
            ids.append(v[u"id"_s].toString());
        EXPECT_TRUE(ids.contains(u"select-name"_s)) << ids.join(u' ').toStdString();
        EXPECT_TRUE(ids.contains(u"button-name"_s)) << ids.join(u' ').toStdString();
    }
}

TEST_F(FanPageForEveryone, EveryControlWorksFromTheKeyboardWithAVisibleFocus)
{
    const QJsonObject seen = oracle(u"keyboard"_s, {}, {}, u"Europe/Madrid"_s).toObject();
    const QJsonArray controls = seen[u"controls"_s].toArray();
    const QJsonArray stops = seen[u"stops"_s].toArray();
    ASSERT_GE(controls.size(), 15); // switch ×4, calendar ×3, post ×4, shuffle, fields ×3, join
    // Tab reaches every control, in the page's order, and nothing hidden.
    ASSERT_EQ(stops.size(), controls.size());
    for (qsizetype i = 0; i < stops.size(); ++i) {
        const QJsonObject stop = stops[i].toObject();
        const std::string what = QString(stop[u"tag"_s].toString() + u' ' + stop[u"id"_s].toString()
                                         + u' ' + stop[u"text"_s].toString())
                                     .toStdString();
        EXPECT_EQ(stop[u"tag"_s], controls[i][u"tag"_s]) << what;
        EXPECT_EQ(stop[u"id"_s], controls[i][u"id"_s]) << what;
        EXPECT_EQ(stop[u"text"_s], controls[i][u"text"_s]) << what;
        // A ring you can see: drawn, at least 2 px, 3:1 against the page.
        EXPECT_TRUE(stop[u"focusVisible"_s].toBool()) << what;
        EXPECT_EQ(stop[u"outlineStyle"_s].toString(), u"solid"_s) << what;
        EXPECT_GE(stop[u"outlineWidth"_s].toDouble(), 2.0) << what;
        EXPECT_GE(contrast(stop[u"outlineColor"_s].toString(), stop[u"background"_s].toString()),
                  3.0)
            << what << " " << stop[u"outlineColor"_s].toString().toStdString();
    }
    // Enter and Space act.
    const QJsonObject acts = seen[u"acts"_s].toObject();
    EXPECT_EQ(acts[u"enterSpanish"_s].toString(), u"es"_s);
    EXPECT_EQ(acts[u"spaceJapanese"_s].toString(), u"ja"_s);
    EXPECT_EQ(acts[u"enterEnglish"_s].toString(), u"en"_s);
    EXPECT_EQ(acts[u"spaceCopy"_s][u"button"_s].toString(), u"Copied"_s);
    EXPECT_EQ(acts[u"spaceCopy"_s][u"status"_s].toString(), u"Post copied."_s);
    EXPECT_EQ(acts[u"enterMastodonWithoutServer"_s][u"status"_s].toString(),
              u"Type your Mastodon server first."_s);
    EXPECT_EQ(acts[u"enterMastodonWithoutServer"_s][u"focused"_s].toString(),
              u"mastodon-instance"_s);
    EXPECT_EQ(acts[u"enterJoin"_s].toString(), u"You're in. Come back at the start!"_s);
    EXPECT_EQ(acts[u"spaceReady"_s].toString(), u"Marked ready."_s);
    EXPECT_EQ(acts[u"enterPosted"_s].toString(), u"Thank you for posting!"_s);
    EXPECT_TRUE(seen[u"errors"_s].toArray().isEmpty());
}

TEST_F(FanPageForEveryone, LosesNothingAt320PixelsOrAt200PercentZoom)
{
    // Screenshots go to CHORUS_FANPAGE_SHOTS when set (to look at them), else
    // into the test's temporary directory.
    QString shots = qEnvironmentVariable("CHORUS_FANPAGE_SHOTS");
    if (shots.isEmpty())
        shots = m_dir.filePath(u"shots"_s);
    ASSERT_TRUE(QDir().mkpath(shots));
    const QJsonArray runs
        = oracle(u"reflow"_s, {live, shots}, {}, u"America/Mexico_City"_s).toArray();
    ASSERT_EQ(runs.size(), 4 * 2 * 2); // languages × layouts × colour schemes
    for (const QJsonValue &value : runs) {
        const QJsonObject run = value.toObject();
        const std::string where = run[u"asked"_s].toString().toStdString() + " "
            + run[u"layout"_s].toString().toStdString() + " "
            + run[u"colorScheme"_s].toString().toStdString();
        EXPECT_EQ(run[u"lang"_s], run[u"asked"_s]) << where;
        EXPECT_EQ(run[u"clientWidth"_s].toInt(),
                  run[u"layout"_s].toString() == u"w320"_s ? 320 : 640)
            << where;
        EXPECT_LE(run[u"scrollWidth"_s].toInt(), run[u"clientWidth"_s].toInt()) << where;
        EXPECT_TRUE(run[u"cut"_s].toArray().isEmpty())
            << where << ": " << QJsonDocument(run[u"cut"_s].toArray()).toJson().toStdString();
        EXPECT_GT(QFileInfo(run[u"shot"_s].toString()).size(), 10000) << where;
    }
}

TEST_F(FanPageForEveryone, AnnouncesTheCountdownPolitelyAtMilestonesOnly)
{
    // 62 minutes before the start, for 5 minutes: the digits change every
    // second, the polite region once, when an hour is left.
    const QJsonObject hour
        = oracle(u"announce"_s, {u"2031-02-14T15:58:00Z"_s, u"300"_s}, {}, u"UTC"_s).toObject();
    EXPECT_EQ(hour[u"digitChanges"_s].toInt(), 300);
    EXPECT_EQ(hour[u"first"_s][u"spoken"_s].toString(), u"The hour starts in 1 hour, 2 minutes."_s);
    const QJsonArray spoken = hour[u"spoken"_s].toArray();
    ASSERT_EQ(spoken.size(), 1) << QJsonDocument(spoken).toJson().toStdString();
    EXPECT_EQ(spoken[0][u"at"_s].toInt(), 120);
    EXPECT_EQ(spoken[0][u"text"_s].toString(), u"The hour starts in 1 hour."_s);
    // Only the polite region is live; the ticking timer is not.
    const QJsonObject attributes = hour[u"attributes"_s].toObject();
    EXPECT_EQ(attributes[u"countdownRole"_s].toString(), u"timer"_s);
    EXPECT_EQ(attributes[u"countdownLive"_s].toString(), u"off"_s);
    EXPECT_EQ(attributes[u"announceLive"_s].toString(), u"polite"_s);
    EXPECT_EQ(attributes[u"announceAtomic"_s].toString(), u"true"_s);

    // Across the start: 2 minutes, 1 minute, then "it is on".
    const QJsonObject start
        = oracle(u"announce"_s, {u"2031-02-14T16:57:30Z"_s, u"200"_s}, {}, u"UTC"_s).toObject();
    const QJsonArray across = start[u"spoken"_s].toArray();
    ASSERT_EQ(across.size(), 3) << QJsonDocument(across).toJson().toStdString();
    EXPECT_EQ(across[0][u"at"_s].toInt(), 30);
    EXPECT_EQ(across[0][u"text"_s].toString(), u"The hour starts in 2 minutes."_s);
    EXPECT_EQ(across[1][u"at"_s].toInt(), 90);
    EXPECT_EQ(across[1][u"text"_s].toString(), u"The hour starts in 1 minute."_s);
    EXPECT_EQ(across[2][u"at"_s].toInt(), 150);
    EXPECT_EQ(across[2][u"text"_s].toString(), u"It is on: 1 hour left. Post now!"_s);
    EXPECT_TRUE(start[u"errors"_s].toArray().isEmpty());
}
