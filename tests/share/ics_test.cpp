// The .ics export: golden file, libical's own parser and RFC 5546 check,
// folding of long non-ASCII lines, and Mozilla's ical.js as a second reader.
#include "golden.h"
#include "sharetest.h"

#include "campaign/campaign.h"
#include "share/eventinput.h"
#include "testutil.h"

#include "share/icalendar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

extern "C" {
#include <libical/ical.h>
}

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Chorus;
using namespace Chorus::Test;

namespace {

/// Checks the physical form CONTRACT.md promises: CRLF everywhere, at most 75
/// octets a line, and every line valid UTF-8 on its own (no split sequence).
void expectWellFolded(const QByteArray &ics)
{
    ASSERT_TRUE(ics.endsWith("\r\n"));
    EXPECT_FALSE(ics.contains("\n\n"));
    const QList<QByteArray> lines = ics.chopped(1).split('\n');
    for (const QByteArray &line : lines) {
        ASSERT_TRUE(line.endsWith('\r')) << "a line without CR: " << line.toStdString();
        const QByteArray content = line.chopped(1);
        EXPECT_FALSE(content.contains('\r'));
        EXPECT_LE(content.size(), 75) << content.toStdString();
        EXPECT_TRUE(QString::fromUtf8(content).toUtf8() == content)
            << "a line that splits a UTF-8 sequence: " << content.toStdString();
    }
}

QString propertyText(icalcomponent *component, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(component, kind);
    return property ? QString::fromUtf8(icalproperty_get_value_as_string(property)) : QString();
}

struct Parsed
{
    explicit Parsed(const QByteArray &ics)
        : calendar(icalparser_parse_string(ics.constData()))
    { }
    ~Parsed()
    {
        if (calendar)
            icalcomponent_free(calendar);
    }
    Parsed(const Parsed &) = delete;
    Parsed &operator=(const Parsed &) = delete;
    icalcomponent *event() const
    {
        return icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
    }
    icalcomponent *calendar;
};

} // namespace

TEST(Ics, MatchesTheGoldenFile)
{
    expectGolden(u"alita.ics"_s, Share::icalendar(sampleEvent(), pinnedNow()));
}

TEST(Ics, PassesLibicalsParserAndRfc5546Check)
{
    const QByteArray ics = Share::icalendar(sampleEvent(), pinnedNow());
    EXPECT_EQ(Share::icalendarProblems(ics), QStringList());
}

TEST(Ics, TheProblemCheckFindsWhatIsMissing)
{
    // METHOD:PUBLISH requires DTSTAMP, DTSTART, SUMMARY and UID in a VEVENT.
    QByteArray ics = Share::icalendar(sampleEvent(), pinnedNow());
    const qsizetype uid = ics.indexOf("UID:");
    ics.remove(uid, ics.indexOf("\r\n", uid) + 2 - uid);
    const QStringList problems = Share::icalendarProblems(ics);
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_TRUE(problems.join(u' ').contains(u"UID"_s)) << problems.join(u'\n').toStdString();
    EXPECT_FALSE(Share::icalendarProblems("not a calendar").isEmpty());
}

TEST(Ics, RoundTripsThroughLibical)
{
    const Share::EventInput event = sampleEvent();
    const QByteArray ics = Share::icalendar(event, pinnedNow());
    Parsed parsed(ics);
    ASSERT_NE(parsed.calendar, nullptr);
    EXPECT_EQ(icalcomponent_get_method(parsed.calendar), ICAL_METHOD_PUBLISH);
    EXPECT_EQ(propertyText(parsed.calendar, ICAL_VERSION_PROPERTY), u"2.0"_s);
    EXPECT_EQ(propertyText(parsed.calendar, ICAL_CALSCALE_PROPERTY), u"GREGORIAN"_s);
    icalcomponent *vevent = parsed.event();
    ASSERT_NE(vevent, nullptr);

    const icaltimetype start = icalcomponent_get_dtstart(vevent);
    EXPECT_TRUE(icaltime_is_utc(start));
    EXPECT_EQ(icaltime_as_timet(start), event.start.time_since_epoch().count());
    EXPECT_EQ(icaltime_as_timet(icalcomponent_get_dtend(vevent)),
              event.end().time_since_epoch().count());
    EXPECT_EQ(icaltime_as_timet(icalcomponent_get_dtstamp(vevent)),
              pinnedNow().time_since_epoch().count());
    EXPECT_EQ(QString::fromUtf8(icalcomponent_get_uid(vevent)),
              QString::fromLatin1(Share::icalendarUid(event.uidSeed)));
    EXPECT_EQ(QString::fromUtf8(icalcomponent_get_summary(vevent)),
              u"Alita: Battle Angel — the sequel hour #AlitaSequel"_s);
    const QString description = QString::fromUtf8(icalcomponent_get_description(vevent));
    EXPECT_TRUE(description.startsWith(event.description)) << description.toStdString();
    EXPECT_TRUE(description.contains(
        u"- We want a sequel! #AlitaSequel https://example.org/alita-sequel\n"_s));
    EXPECT_TRUE(
        description.contains(u"Posting at 17:00 UTC with fans everywhere 💙 #AlitaSequel"_s));
    EXPECT_EQ(propertyText(vevent, ICAL_URL_PROPERTY), event.link);

    icalproperty *organizer = icalcomponent_get_first_property(vevent, ICAL_ORGANIZER_PROPERTY);
    ASSERT_NE(organizer, nullptr);
    EXPECT_STREQ(icalproperty_get_organizer(organizer), "mailto:team@example.org");
    icalparameter *cn = icalproperty_get_first_parameter(organizer, ICAL_CN_PARAMETER);
    ASSERT_NE(cn, nullptr);
    EXPECT_STREQ(icalparameter_get_cn(cn), "Alita Army");

    std::vector<int> triggers;
    for (icalcomponent *alarm = icalcomponent_get_first_component(vevent, ICAL_VALARM_COMPONENT);
         alarm; alarm = icalcomponent_get_next_component(vevent, ICAL_VALARM_COMPONENT)) {
        icalproperty *action = icalcomponent_get_first_property(alarm, ICAL_ACTION_PROPERTY);
        ASSERT_NE(action, nullptr);
        EXPECT_EQ(icalproperty_get_action(action), ICAL_ACTION_DISPLAY);
        EXPECT_FALSE(propertyText(alarm, ICAL_DESCRIPTION_PROPERTY).isEmpty());
        icalproperty *trigger = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY);
        ASSERT_NE(trigger, nullptr);
        triggers.push_back(icaldurationtype_as_int(icalproperty_get_trigger(trigger).duration));
    }
    EXPECT_EQ(triggers, (std::vector<int> {-86400, -3600, -600}));
}

TEST(Ics, LeavesOutWhatTheCampaignDoesNotHave)
{
    Share::EventInput event = sampleEvent();
    event.link.clear();
    event.organizerEmail.clear();
    event.reminders.clear();
    const QByteArray ics = Share::icalendar(event, pinnedNow());
    EXPECT_FALSE(ics.contains("\r\nURL:"));
    // RFC 5546 wants an ORGANIZER in a PUBLISH: an undeliverable one stands in.
    EXPECT_TRUE(ics.contains("\r\nORGANIZER;CN=Alita Army:mailto:noreply@chorus.invalid\r\n"));
    EXPECT_FALSE(ics.contains("VALARM"));
    EXPECT_EQ(Share::icalendarProblems(ics), QStringList());
}

TEST(Ics, UidIsStablePerCampaignAndDiffersBetweenCampaigns)
{
    Share::EventInput event = sampleEvent();
    const QByteArray a = Share::icalendar(event, pinnedNow());
    const QByteArray b = Share::icalendar(event, pinnedNow() + std::chrono::hours {30});
    const auto uidOf = [](const QByteArray &ics) -> QByteArray {
        const qsizetype at = ics.indexOf("\r\nUID:") + 6;
        return ics.mid(at, ics.indexOf("\r\n", at) - at);
    };
    EXPECT_EQ(uidOf(a), uidOf(b));
    EXPECT_TRUE(uidOf(a).endsWith("@chorus"));
    EXPECT_EQ(uidOf(a).size(), 40 + 7);
    event.title = u"A new title keeps the UID"_s;
    EXPECT_EQ(uidOf(Share::icalendar(event, pinnedNow())), uidOf(a));
    event.uidSeed = "#AlitaSequel|2028-02-14T17:00:00Z";
    EXPECT_NE(uidOf(Share::icalendar(event, pinnedNow())), uidOf(a));
}

struct FoldRow
{
    std::string name;
    QString description;
};

void PrintTo(const FoldRow &row, std::ostream *os)
{
    *os << row.name;
}

class IcsFolding : public testing::TestWithParam<FoldRow>
{
};

TEST_P(IcsFolding, FoldsAt75OctetsWithoutSplittingUtf8AndReadsBack)
{
    Share::EventInput event = sampleEvent();
    event.description = GetParam().description;
    event.title = GetParam().description.left(120);
    const QByteArray ics = Share::icalendar(event, pinnedNow());
    expectWellFolded(ics);
    EXPECT_EQ(Share::icalendarProblems(ics), QStringList());
    Parsed parsed(ics);
    ASSERT_NE(parsed.event(), nullptr);
    const QString description = QString::fromUtf8(icalcomponent_get_description(parsed.event()));
    EXPECT_TRUE(description.startsWith(GetParam().description.trimmed()))
        << description.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    LongLines, IcsFolding,
    testing::Values(FoldRow {"Emoji", QString(u"😀"_s).repeated(60)},
                    FoldRow {"EmojiAfterOneAsciiByte", u"x"_s + QString(u"🎉"_s).repeated(60)},
                    FoldRow {"Cjk", QString(u"世界中のファンと一緒に投稿しよう"_s).repeated(12)},
                    FoldRow {"CjkShifted", u"ab"_s + QString(u"漢字かな"_s).repeated(50)},
                    FoldRow {"ZwjFamilies", QString(u"👩‍👩‍👧‍👦 "_s).repeated(30)},
                    FoldRow {"Accents", QString(u"São Paulo, Zürich; Kraków "_s).repeated(20)},
                    FoldRow {"Ascii", QString(u"abcdefghij"_s).repeated(40)}),
    ByName());

TEST(IcsFoldContentLines, RefoldsAndKeepsContent)
{
    const QByteArray line = "DESCRIPTION:" + QString(u"é"_s).repeated(100).toUtf8();
    const QByteArray folded = Share::foldContentLines(QByteArray(line + "\n"));
    expectWellFolded(folded);
    // First line: 12 octets of name + 31 two-octet "é" = 74 (75 would split one).
    EXPECT_EQ(folded.indexOf("\r\n"), 74);
    // Unfolding gives back the line, and folding is idempotent.
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    EXPECT_EQ(unfolded, line + "\r\n");
    EXPECT_EQ(Share::foldContentLines(folded), folded);
    // Exactly 75 octets is not folded; 76 is.
    const QByteArray exact(75, 'a');
    EXPECT_EQ(Share::foldContentLines(exact), exact + "\r\n");
    EXPECT_EQ(Share::foldContentLines(QByteArray(exact + 'b')), exact + "\r\n b\r\n");
}

TEST(IcsOracle, IcalJsReadsTheSameEvent)
{
    const QString oracles = QStringLiteral(CHORUS_ORACLES_DIR);
    ASSERT_TRUE(QDir(oracles + u"/node_modules/ical.js"_s).exists())
        << "run 'npm ci' in tests/oracles (dev.sh test does)";
    Share::EventInput event = sampleEvent();
    event.description += u" "_s + QString(u"😀漢"_s).repeated(40);
    const QByteArray ics = Share::icalendar(event, pinnedNow());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(u"event.ics"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(ics);
    file.close();

    const ProcessResult result
        = runProcess(u"node"_s, {oracles + u"/ics_oracle.js"_s, file.fileName()});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject read = QJsonDocument::fromJson(result.out).object();
    EXPECT_EQ(read[u"method"_s].toString(), u"PUBLISH"_s);
    EXPECT_EQ(read[u"version"_s].toString(), u"2.0"_s);
    EXPECT_EQ(read[u"events"_s].toInt(), 1);
    EXPECT_EQ(read[u"uid"_s].toString().toLatin1(), Share::icalendarUid(event.uidSeed));
    EXPECT_EQ(read[u"dtstart"_s][u"utc"_s].toString(), u"2027-02-14T17:00:00.000Z"_s);
    EXPECT_EQ(read[u"dtstart"_s][u"zone"_s].toString(), u"UTC"_s);
    EXPECT_EQ(read[u"dtend"_s][u"utc"_s].toString(), u"2027-02-14T18:00:00.000Z"_s);
    EXPECT_EQ(read[u"dtstamp"_s][u"utc"_s].toString(), u"2027-01-10T12:00:00.000Z"_s);
    EXPECT_EQ(read[u"summary"_s].toString(),
              u"Alita: Battle Angel — the sequel hour #AlitaSequel"_s);
    EXPECT_TRUE(read[u"description"_s].toString().startsWith(event.description));
    EXPECT_EQ(read[u"url"_s].toString(), event.link);
    EXPECT_EQ(read[u"organizer"_s][u"value"_s].toString(), u"mailto:team@example.org"_s);
    EXPECT_EQ(read[u"organizer"_s][u"cn"_s].toString(), u"Alita Army"_s);
    const QJsonArray alarms = read[u"alarms"_s].toArray();
    ASSERT_EQ(alarms.size(), 3);
    EXPECT_EQ(alarms[0][u"action"_s].toString(), u"DISPLAY"_s);
    EXPECT_EQ(alarms[0][u"trigger_seconds"_s].toInt(), -86400);
    EXPECT_EQ(alarms[1][u"trigger_seconds"_s].toInt(), -3600);
    EXPECT_EQ(alarms[2][u"trigger_seconds"_s].toInt(), -600);
    EXPECT_EQ(alarms[2][u"description"_s].toString(),
              u"Alita: Battle Angel — the sequel hour #AlitaSequel starts in 10 minutes"_s);
}

namespace {

TEST(Ics, TheUidSurvivesEditsButNotAnotherCampaign)
{
    Chorus::Campaign campaign;
    campaign.title = QStringLiteral("Alita: Battle Angel — the sequel hour");
    campaign.hashtag = QStringLiteral("#AlitaSequel");
    campaign.start = Chorus::Test::at("2027-02-14T17:00:00Z");
    const QByteArray uid = Chorus::Share::icalendarUid(Chorus::Share::eventInput(campaign).uidSeed);

    // Moving the start or fixing the title updates the same calendar event.
    Chorus::Campaign moved = campaign;
    moved.start += std::chrono::hours{2};
    moved.title = QStringLiteral("Alita: Battle Angel — the sequel hour!");
    moved.hashtag = QStringLiteral("#alitasequel"); // hashtags are case-insensitive
    EXPECT_EQ(Chorus::Share::icalendarUid(Chorus::Share::eventInput(moved).uidSeed), uid);

    Chorus::Campaign other = campaign;
    other.hashtag = QStringLiteral("#GunnmForever");
    EXPECT_NE(Chorus::Share::icalendarUid(Chorus::Share::eventInput(other).uidSeed), uid);
}

} // namespace

namespace {

TEST(Ics, TextFullOfSpecialCharactersSurvivesTheRoundTrip)
{
    // Emoji (a ZWJ family, a flag), CJK, and every character iCalendar must
    // escape: comma, semicolon, backslash, newline; long enough to be folded.
    Share::EventInput event = sampleEvent();
    event.title = u"Alita; \"Battle, Angel\" \\ 続編 👨‍👩‍👧‍👦🇧🇷"_s;
    event.hashtag = u"#AlitaSequel"_s;
    event.description = u"Line one, with commas; and semicolons.\nLine two \\ backslash \\n literal.\n"
                        "三行目：ファンの皆さん、一緒に投稿しよう！🌍🌎🌏 Ünïcödé ✨"_s;
    event.templates.clear();
    const QByteArray ics = Share::icalendar(event, pinnedNow());
    for (const QByteArray &line : ics.split('\n')) {
        if (!line.isEmpty()) {
            EXPECT_LE(line.size(), 76) << line.toStdString(); // 75 octets + CR
        }
    }
    Parsed parsed(ics);
    ASSERT_NE(parsed.calendar, nullptr);
    icalcomponent *vevent = parsed.event();
    ASSERT_NE(vevent, nullptr);
    EXPECT_EQ(QString::fromUtf8(icalcomponent_get_summary(vevent)), event.title + u' ' + event.hashtag);
    EXPECT_TRUE(QString::fromUtf8(icalcomponent_get_description(vevent)).startsWith(event.description))
        << icalcomponent_get_description(vevent);
}

} // namespace
