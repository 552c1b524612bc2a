// The campaign file: every refusal names its field, unknown fields survive a
// save, saving is atomic, loading never touches the file.
#include "testutil.h"

#include "campaign/campaignfile.h"
#include "time/zonecatalogue.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>

using namespace Chorus;
using namespace Chorus::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

const Time::ZoneCatalogue &catalogue()
{
    static const Time::ZoneCatalogue system = Time::ZoneCatalogue::system();
    return system;
}

// CONTRACT.md's example, with three audience zones so rows can name audience[2].
QJsonObject validObject()
{
    return QJsonDocument::fromJson(R"({
        "format":"chorus-campaign","version":1,
        "title":"Alita: Battle Angel — the sequel hour",
        "hashtag":"#AlitaSequel",
        "description":"One hour, one hashtag.","link":"https://example.org/alita",
        "organizer":{"name":"Alita Army","email":"team@example.org"},
        "start":"2027-02-14T17:00:00Z","duration_minutes":60,
        "reminders_minutes":[1440,60,10],
        "templates":[{"id":"main","text":"We want a sequel! {hashtag}",
                      "platforms":["x","bluesky","mastodon"]},
                     {"id":"short","text":"{hashtag}!","platforms":["x"]}],
        "audience":[{"zone":"America/New_York","weight":30},
                    {"zone":"America/Sao_Paulo","weight":20},
                    {"zone":"Asia/Manila","weight":25}],
        "checkin_url":"http://127.0.0.1:8080"})")
        .object();
}

QByteArray bytesOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

// Replaces the value at a path of object keys and array indexes.
void setAt(QJsonObject &root, const QStringList &path, const QJsonValue &value);

QJsonValue setIn(QJsonValue node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        array[index] = setIn(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object.insert(head, setIn(object.value(head), path, value));
    return object;
}

void setAt(QJsonObject &root, const QStringList &path, const QJsonValue &value)
{
    root = setIn(root, path, value).toObject();
}

struct Refusal
{
    std::string name;
    QStringList path; // where to change the valid file
    QJsonValue value; // the new value; Undefined removes the key
    QString field; // the field the error must name
    QString message; // what the message must contain
};

class CampaignRefusal : public testing::TestWithParam<Refusal>
{
};

TEST_P(CampaignRefusal, NamesTheFieldAndTheReason)
{
    const Refusal &row = GetParam();
    QJsonObject object = validObject();
    setAt(object, row.path, row.value);
    const auto campaign = parseCampaign(bytesOf(object), catalogue());
    ASSERT_FALSE(campaign) << "accepted " << bytesOf(object).toStdString();
    EXPECT_EQ(campaign.error().field, row.field);
    EXPECT_TRUE(campaign.error().message.contains(row.message))
        << campaign.error().text().toStdString();
}

const QJsonValue removed = QJsonValue(QJsonValue::Undefined);

INSTANTIATE_TEST_SUITE_P(
    EveryBadField, CampaignRefusal,
    testing::Values(
        Refusal {"FormatOther",
                 {u"format"_s},
                 u"foo"_s,
                 u"format"_s,
                 u"'foo' is not a Chorus campaign file"_s},
        Refusal {"FormatMissing",
                 {u"format"_s},
                 removed,
                 u"format"_s,
                 u"is missing, so this is not a Chorus campaign file"_s},
        Refusal {"FormatNumber",
                 {u"format"_s},
                 1,
                 u"format"_s,
                 u"the number 1 is not a Chorus campaign file"_s},
        Refusal {"VersionNewer",
                 {u"version"_s},
                 2,
                 u"version"_s,
                 u"this file is version 2, newer than this Chorus understands (1)"_s},
        Refusal {"VersionMissing", {u"version"_s}, removed, u"version"_s, u"is required"_s},
        Refusal {"VersionZero", {u"version"_s}, 0, u"version"_s, u"versions start at 1"_s},
        Refusal {"VersionFraction",
                 {u"version"_s},
                 1.5,
                 u"version"_s,
                 u"must be a whole number, not 1.5"_s},
        Refusal {"VersionText",
                 {u"version"_s},
                 u"1"_s,
                 u"version"_s,
                 u"must be a whole number, not the text '1'"_s},
        Refusal {"TitleMissing", {u"title"_s}, removed, u"title"_s, u"is required"_s},
        Refusal {"TitleEmpty", {u"title"_s}, u"  "_s, u"title"_s, u"must not be empty"_s},
        Refusal {
            "TitleNumber", {u"title"_s}, 7, u"title"_s, u"must be a string, not the number 7"_s},
        Refusal {"HashtagWithSpace",
                 {u"hashtag"_s},
                 u"#Alita Sequel"_s,
                 u"hashtag"_s,
                 u"'#Alita Sequel' is not a hashtag"_s},
        Refusal {"HashtagWithoutHash",
                 {u"hashtag"_s},
                 u"AlitaSequel"_s,
                 u"hashtag"_s,
                 u"must start with #"_s},
        Refusal {"LinkNotHttp",
                 {u"link"_s},
                 u"ftp://example.org/alita"_s,
                 u"link"_s,
                 u"'ftp://example.org/alita' is not an http or https URL"_s},
        Refusal {"LinkNotUrl",
                 {u"link"_s},
                 u"example.org"_s,
                 u"link"_s,
                 u"'example.org' is not an http or https URL"_s},
        Refusal {"OrganizerNotObject",
                 {u"organizer"_s},
                 u"Alita Army"_s,
                 u"organizer"_s,
                 u"must be an object"_s},
        Refusal {"OrganizerEmail",
                 {u"organizer"_s, u"email"_s},
                 u"team at example"_s,
                 u"organizer.email"_s,
                 u"'team at example' is not an email address"_s},
        Refusal {"OrganizerNameNumber",
                 {u"organizer"_s, u"name"_s},
                 3,
                 u"organizer.name"_s,
                 u"must be a string"_s},
        Refusal {"StartNoSuchDate",
                 {u"start"_s},
                 u"2027-02-30T17:00:00Z"_s,
                 u"start"_s,
                 u"'2027-02-30T17:00:00Z' is not an ISO 8601 instant: there is no such date"_s},
        Refusal {"StartWithoutZone",
                 {u"start"_s},
                 u"2027-02-14T17:00:00"_s,
                 u"start"_s,
                 u"it has no zone"_s},
        Refusal {"StartMissing", {u"start"_s}, removed, u"start"_s, u"is required"_s},
        Refusal {
            "StartNumber", {u"start"_s}, 1800000000, u"start"_s, u"must be an ISO 8601 instant"_s},
        Refusal {"DurationNegative",
                 {u"duration_minutes"_s},
                 -30,
                 u"duration_minutes"_s,
                 u"-30 is negative"_s},
        Refusal {"DurationZero",
                 {u"duration_minutes"_s},
                 0,
                 u"duration_minutes"_s,
                 u"is 0; the window lasts at least one minute"_s},
        Refusal {"DurationFraction",
                 {u"duration_minutes"_s},
                 59.5,
                 u"duration_minutes"_s,
                 u"must be a whole number, not 59.5"_s},
        Refusal {"DurationText",
                 {u"duration_minutes"_s},
                 u"1h"_s,
                 u"duration_minutes"_s,
                 u"must be a whole number"_s},
        Refusal {"DurationMissing",
                 {u"duration_minutes"_s},
                 removed,
                 u"duration_minutes"_s,
                 u"is required"_s},
        Refusal {"DurationTooLong",
                 {u"duration_minutes"_s},
                 400 * 1440 + 1,
                 u"duration_minutes"_s,
                 u"longer than 400 days"_s},
        Refusal {"DurationPastYear9999",
                 {u"start"_s},
                 u"9999-12-31T23:30:00Z"_s,
                 u"duration_minutes"_s,
                 u"after the year 9999"_s},
        Refusal {"ReminderNegative",
                 {u"reminders_minutes"_s, u"1"_s},
                 -5,
                 u"reminders_minutes[1]"_s,
                 u"-5 is negative"_s},
        Refusal {"ReminderTwice",
                 {u"reminders_minutes"_s, u"2"_s},
                 1440,
                 u"reminders_minutes[2]"_s,
                 u"1440 is listed twice"_s},
        Refusal {"ReminderFraction",
                 {u"reminders_minutes"_s, u"0"_s},
                 0.5,
                 u"reminders_minutes[0]"_s,
                 u"must be a whole number"_s},
        Refusal {"RemindersNotList",
                 {u"reminders_minutes"_s},
                 10,
                 u"reminders_minutes"_s,
                 u"must be a list"_s},
        Refusal {"TemplateIdTwice",
                 {u"templates"_s, u"1"_s, u"id"_s},
                 u"main"_s,
                 u"templates[1].id"_s,
                 u"'main' is used twice"_s},
        Refusal {"TemplateIdEmpty",
                 {u"templates"_s, u"0"_s, u"id"_s},
                 u""_s,
                 u"templates[0].id"_s,
                 u"must not be empty"_s},
        Refusal {"TemplateIdMissing",
                 {u"templates"_s, u"1"_s, u"id"_s},
                 removed,
                 u"templates[1].id"_s,
                 u"is required"_s},
        Refusal {"TemplateTextMissing",
                 {u"templates"_s, u"0"_s, u"text"_s},
                 removed,
                 u"templates[0].text"_s,
                 u"is required"_s},
        Refusal {"TemplateNotObject",
                 {u"templates"_s, u"1"_s},
                 u"hello"_s,
                 u"templates[1]"_s,
                 u"must be an object"_s},
        Refusal {"TemplatePlatformUnknown",
                 {u"templates"_s, u"0"_s, u"platforms"_s, u"1"_s},
                 u"facebook"_s,
                 u"templates[0].platforms[1]"_s,
                 u"'facebook' is not a platform Chorus posts to"_s},
        Refusal {"TemplatePlatformTwice",
                 {u"templates"_s, u"0"_s, u"platforms"_s, u"2"_s},
                 u"x"_s,
                 u"templates[0].platforms[2]"_s,
                 u"'x' is listed twice"_s},
        Refusal {"TemplatePlatformsEmpty",
                 {u"templates"_s, u"1"_s, u"platforms"_s},
                 QJsonArray(),
                 u"templates[1].platforms"_s,
                 u"at least one platform"_s},
        Refusal {"TemplatePlatformsMissing",
                 {u"templates"_s, u"1"_s, u"platforms"_s},
                 removed,
                 u"templates[1].platforms"_s,
                 u"is required"_s},
        Refusal {"AudienceUnknownZone",
                 {u"audience"_s, u"2"_s, u"zone"_s},
                 u"Europe/Berln"_s,
                 u"audience[2].zone"_s,
                 u"unknown zone 'Europe/Berln'; did you mean Europe/Berlin?"_s},
        Refusal {"AudienceZoneTwice",
                 {u"audience"_s, u"2"_s, u"zone"_s},
                 u"America/New_York"_s,
                 u"audience[2].zone"_s,
                 u"'America/New_York' is already listed at audience[0]"_s},
        Refusal {"AudienceAliasTwice",
                 {u"audience"_s, u"2"_s, u"zone"_s},
                 u"US/Eastern"_s,
                 u"audience[2].zone"_s,
                 u"'US/Eastern' (America/New_York) is already listed at audience[0]"_s},
        Refusal {"AudienceZoneMissing",
                 {u"audience"_s, u"1"_s, u"zone"_s},
                 removed,
                 u"audience[1].zone"_s,
                 u"is required"_s},
        Refusal {"AudienceWeightNegative",
                 {u"audience"_s, u"1"_s, u"weight"_s},
                 -0.1,
                 u"audience[1].weight"_s,
                 u"-0.1 is negative"_s},
        Refusal {"AudienceWeightMissing",
                 {u"audience"_s, u"1"_s, u"weight"_s},
                 removed,
                 u"audience[1].weight"_s,
                 u"is required"_s},
        Refusal {"AudienceWeightText",
                 {u"audience"_s, u"0"_s, u"weight"_s},
                 u"30"_s,
                 u"audience[0].weight"_s,
                 u"must be a number, not the text '30'"_s},
        Refusal {"AudienceNotList",
                 {u"audience"_s},
                 u"Europe/Berlin"_s,
                 u"audience"_s,
                 u"must be a list"_s},
        Refusal {"CheckinUrlNotHttp",
                 {u"checkin_url"_s},
                 u"file:///tmp/db"_s,
                 u"checkin_url"_s,
                 u"'file:///tmp/db' is not an http or https URL"_s},
        Refusal {"GoalZero", {u"goal"_s}, 0, u"goal"_s, u"0 participants is no goal"_s},
        Refusal {"GoalNegative", {u"goal"_s}, -5, u"goal"_s, u"-5 participants is no goal"_s},
        Refusal {"GoalFraction", {u"goal"_s}, 2.5, u"goal"_s, u"must be a whole number, not 2.5"_s},
        Refusal {"GoalText",
                 {u"goal"_s},
                 u"5000"_s,
                 u"goal"_s,
                 u"must be a whole number, not the text '5000'"_s},
        Refusal {"GoalHuge",
                 {u"goal"_s},
                 2e9,
                 u"goal"_s,
                 u"2000000000 participants is more than 1000000000"_s},
        Refusal {"AllOrNothingText",
                 {u"all_or_nothing"_s},
                 u"yes"_s,
                 u"all_or_nothing"_s,
                 u"must be true or false, not the text 'yes'"_s},
        Refusal {"AllOrNothingWithoutGoal",
                 {u"all_or_nothing"_s},
                 true,
                 u"all_or_nothing"_s,
                 u"needs a goal"_s}),
    ByName());

TEST(CampaignFile, ReadsTheContractExample)
{
    const QByteArray contract = R"({"format":"chorus-campaign","version":1,
     "title":"Alita: Battle Angel — the sequel hour",
     "hashtag":"#AlitaSequel",
     "description":"…","link":"https://example.org/alita",
     "organizer":{"name":"Alita Army","email":"team@example.org"},
     "start":"2027-02-14T17:00:00Z","duration_minutes":60,
     "reminders_minutes":[1440,60,10],
     "templates":[{"id":"main","text":"We want a sequel! {hashtag}",
                   "platforms":["x","bluesky","mastodon"]}],
     "audience":[{"zone":"America/New_York","weight":30}],
     "checkin_url":"http://127.0.0.1:8080"})";
    const auto campaign = parseCampaign(contract, catalogue());
    ASSERT_TRUE(campaign) << campaign.error().text().toStdString();
    EXPECT_EQ(campaign->title, u"Alita: Battle Angel — the sequel hour"_s);
    EXPECT_EQ(campaign->hashtag, u"#AlitaSequel"_s);
    EXPECT_EQ(campaign->description, u"…"_s);
    EXPECT_EQ(campaign->link, u"https://example.org/alita"_s);
    EXPECT_EQ(campaign->organizer.name, u"Alita Army"_s);
    EXPECT_EQ(campaign->organizer.email, u"team@example.org"_s);
    EXPECT_EQ(campaign->start, at("2027-02-14T17:00:00Z"));
    EXPECT_EQ(campaign->duration, minutes {60});
    EXPECT_EQ(campaign->end(), at("2027-02-14T18:00:00Z"));
    EXPECT_EQ(campaign->reminders, (QList<minutes> {minutes {1440}, minutes {60}, minutes {10}}));
    ASSERT_EQ(campaign->templates.size(), 1);
    EXPECT_EQ(campaign->templates[0],
              (Text::MessageTemplate {u"main"_s,
                                      u"We want a sequel! {hashtag}"_s,
                                      {u"x"_s, u"bluesky"_s, u"mastodon"_s}}));
    ASSERT_NE(campaign->findTemplate(u"main"), nullptr);
    EXPECT_EQ(campaign->findTemplate(u"other"), nullptr);
    ASSERT_EQ(campaign->audience.size(), 1);
    EXPECT_EQ(campaign->audience[0].zone, QByteArray("America/New_York"));
    EXPECT_EQ(campaign->audience[0].weight, 30.0);
    EXPECT_EQ(campaign->checkinUrl, u"http://127.0.0.1:8080"_s);
    EXPECT_TRUE(campaign->extra.isEmpty());
}

// Found by the campaign fuzz target (tests/fuzz): Qt 6.4 drops a leading
// U+FEFF from object keys when it hands them out, so an unknown key such as
// "\uFEFFe" was saved as "e" with a null value. Such a file is now refused.
TEST(CampaignFile, AKeyStartingWithAByteOrderMarkIsRefused)
{
    const auto campaign = parseCampaign("{\"format\":\"chorus-campaign\",\"version\":1,\"title\":"
                                        "\"T\",\"start\":\"2027-02-14T17:00Z\","
                                        "\"duration_minutes\":6,\"x_extra\":{\"\xEF\xBB\xBF"
                                        "e\":\"\"}}",
                                        catalogue());
    ASSERT_FALSE(campaign);
    EXPECT_EQ(campaign.error().field, u"x_extra"_s);
    EXPECT_TRUE(campaign.error().message.contains(u"byte-order mark (U+FEFF)"_s))
        << campaign.error().message.toStdString();
    // A byte-order mark before the whole file is still fine.
    EXPECT_TRUE(
        parseCampaign("\xEF\xBB\xBF{\"format\":\"chorus-campaign\",\"version\":1,\"title\":\"T\","
                      "\"start\":\"2027-02-14T17:00Z\",\"duration_minutes\":6}",
                      catalogue()));
}

// Bounds that keep lint and rendering quick on hostile files (lint compares
// every pair of templates, at a cost of length squared).
TEST(CampaignFile, TemplatesAreBoundedInNumberAndLength)
{
    const auto withTemplates = [](qsizetype count, qsizetype length) {
        QJsonArray templates;
        for (qsizetype i = 0; i < count; ++i)
            templates.append(QJsonObject {{u"id"_s, u"t%1"_s.arg(i)},
                                          {u"text"_s, QString(length, u'a')},
                                          {u"platforms"_s, QJsonArray {u"x"_s}}});
        QJsonObject object {{u"format"_s, u"chorus-campaign"_s},
                            {u"version"_s, 1},
                            {u"title"_s, u"T"_s},
                            {u"start"_s, u"2027-02-14T17:00:00Z"_s},
                            {u"duration_minutes"_s, 60},
                            {u"templates"_s, templates}};
        return parseCampaign(QJsonDocument(object).toJson(), catalogue());
    };
    EXPECT_TRUE(withTemplates(maxTemplates, maxTemplateCharacters));
    const auto tooMany = withTemplates(maxTemplates + 1, 10);
    ASSERT_FALSE(tooMany);
    EXPECT_EQ(tooMany.error().field, u"templates"_s);
    const auto tooLong = withTemplates(1, maxTemplateCharacters + 1);
    ASSERT_FALSE(tooLong);
    EXPECT_EQ(tooLong.error().field, u"templates[0].text"_s);
    EXPECT_TRUE(tooLong.error().message.contains(u"10001 characters"_s))
        << tooLong.error().message.toStdString();
}

TEST(CampaignFile, OnlyTheRequiredFields)
{
    const auto campaign = parseCampaign(
        R"({"format":"chorus-campaign","version":1,"title":"T","start":"2027-02-14T17:00:00Z",
            "duration_minutes":90,"hashtag":null,"audience":null})",
        catalogue());
    ASSERT_TRUE(campaign) << campaign.error().text().toStdString();
    EXPECT_TRUE(campaign->hashtag.isEmpty());
    EXPECT_TRUE(campaign->templates.isEmpty());
    EXPECT_TRUE(campaign->audience.isEmpty());
    EXPECT_TRUE(campaign->reminders.isEmpty());
    EXPECT_EQ(campaign->duration, minutes {90});
}

TEST(CampaignFile, AnOffsetStartIsStoredAndWrittenInUtc)
{
    QJsonObject object = validObject();
    object.insert(u"start"_s, u"2027-02-14T18:00:00+01:00"_s);
    const auto campaign = parseCampaign(bytesOf(object), catalogue());
    ASSERT_TRUE(campaign);
    EXPECT_EQ(campaign->start, at("2027-02-14T17:00:00Z"));
    EXPECT_EQ(campaignToJson(*campaign).value(u"start"_s).toString(), u"2027-02-14T17:00:00Z"_s);
}

TEST(CampaignFile, AnAliasZoneIsStoredAsItsCanonicalZone)
{
    QJsonObject object = validObject();
    setAt(object, {u"audience"_s, u"2"_s, u"zone"_s}, u"Asia/Calcutta"_s);
    const auto campaign = parseCampaign(bytesOf(object), catalogue());
    ASSERT_TRUE(campaign) << campaign.error().text().toStdString();
    EXPECT_EQ(campaign->audience[2].zone, QByteArray("Asia/Kolkata"));
}

TEST(CampaignFile, JsonSyntaxErrorsGiveLineAndColumn)
{
    // The comma after "version": 1 is missing; the parser stops at "title" on line 4.
    const QByteArray text
        = "{\n  \"format\": \"chorus-campaign\",\n  \"version\": 1\n  \"title\": \"x\"\n}\n";
    const auto campaign = parseCampaign(text, catalogue());
    ASSERT_FALSE(campaign);
    EXPECT_TRUE(campaign.error().field.isEmpty());
    EXPECT_TRUE(campaign.error().message.startsWith(
        u"JSON syntax error at line 4, column 3: expected ',' or '}' here (is a comma missing?)"_s))
        << campaign.error().message.toStdString();

    // Columns count characters, not UTF-8 bytes: "é" and "—" are one column each.
    const QByteArray accented = "{\"title\": \"é—\" x}";
    const auto second = parseCampaign(accented, catalogue());
    ASSERT_FALSE(second);
    EXPECT_TRUE(second.error().message.startsWith(u"JSON syntax error at line 1, column 16: "_s))
        << second.error().message.toStdString();
}

TEST(CampaignFile, RefusesWhatIsNotACampaignObject)
{
    const auto list = parseCampaign("[1, 2]", catalogue());
    ASSERT_FALSE(list);
    EXPECT_EQ(list.error().message, u"the file holds a JSON list, not a campaign object"_s);
    const auto empty = parseCampaign(" \n", catalogue());
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().message, u"the file is empty, not a campaign"_s);
    const auto huge = parseCampaign(QByteArray(maxCampaignBytes + 1, ' '), catalogue());
    ASSERT_FALSE(huge);
    EXPECT_TRUE(huge.error().message.contains(u"larger than the 4.0 MiB"_s))
        << huge.error().message.toStdString();
}

TEST(CampaignFile, AcceptsAByteOrderMark)
{
    const auto campaign = parseCampaign("\xEF\xBB\xBF" + bytesOf(validObject()), catalogue());
    EXPECT_TRUE(campaign) << campaign.error().text().toStdString();
}

// --- unknown fields and saving ----------------------------------------------

QJsonObject withUnknownFields()
{
    QJsonObject object = validObject();
    object.insert(u"x_future"_s,
                  QJsonObject {{u"nested"_s, QJsonArray {1, u"two"_s, 3.5}}, {u"flag"_s, true}});
    object.insert(u"announcement_image"_s, u"banner.png"_s);
    setAt(object, {u"organizer"_s, u"mastodon"_s}, u"@alita@example.social"_s);
    setAt(object, {u"templates"_s, u"1"_s, u"lang"_s}, u"pt-BR"_s);
    setAt(object, {u"audience"_s, u"1"_s, u"label"_s}, u"Brasil"_s);
    setAt(object, {u"audience"_s, u"1"_s, u"sources"_s}, QJsonArray {u"signups"_s, u"survey"_s});
    return object;
}

TEST(CampaignSave, UnknownFieldsSurviveLoadSaveLoad)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"a.chorus.json"_s);
    const QJsonObject original = withUnknownFields();
    writeAll(path, bytesOf(original));

    const auto first = loadCampaign(path, catalogue());
    ASSERT_TRUE(first) << first.error().text().toStdString();
    EXPECT_EQ(first->extra.value(u"x_future"_s), original.value(u"x_future"_s));
    EXPECT_EQ(first->organizer.extra, (QJsonObject {{u"mastodon"_s, u"@alita@example.social"_s}}));
    EXPECT_EQ(first->templateExtras.value(u"short"_s), (QJsonObject {{u"lang"_s, u"pt-BR"_s}}));
    EXPECT_FALSE(first->templateExtras.contains(u"main"_s));
    EXPECT_EQ(first->audience[1].extra.value(u"sources"_s),
              QJsonValue(QJsonArray {u"signups"_s, u"survey"_s}));

    const QString copy = dir.filePath(u"b.chorus.json"_s);
    ASSERT_TRUE(saveCampaign(*first, copy));
    const auto second = loadCampaign(copy, catalogue());
    ASSERT_TRUE(second) << second.error().text().toStdString();
    EXPECT_EQ(*second, *first);

    // The saved file as JSON is the original: nothing lost, nothing added.
    const QJsonObject saved = QJsonDocument::fromJson(readAll(copy)).object();
    EXPECT_EQ(saved, original);
}

TEST(CampaignFile, ReadsAndWritesTheSupporterGoal)
{
    QJsonObject object = validObject();
    object.insert(u"goal"_s, 5000);
    object.insert(u"all_or_nothing"_s, true);
    const auto campaign = parseCampaign(bytesOf(object), catalogue());
    ASSERT_TRUE(campaign) << campaign.error().text().toStdString();
    EXPECT_EQ(campaign->goal, 5000);
    EXPECT_TRUE(campaign->allOrNothing);
    EXPECT_TRUE(campaign->extra.isEmpty());
    const QByteArray bytes = campaignToBytes(*campaign);
    EXPECT_TRUE(bytes.contains("\"goal\": 5000")) << bytes.toStdString();
    EXPECT_TRUE(bytes.contains("\"all_or_nothing\": true")) << bytes.toStdString();

    // Absent, null and false all mean no goal and no tipping point, and a
    // file without them is saved without them.
    object.insert(u"goal"_s, QJsonValue::Null);
    object.insert(u"all_or_nothing"_s, false);
    const auto plain = parseCampaign(bytesOf(object), catalogue());
    ASSERT_TRUE(plain) << plain.error().text().toStdString();
    EXPECT_EQ(plain->goal, 0);
    EXPECT_FALSE(plain->allOrNothing);
    EXPECT_FALSE(campaignToBytes(*plain).contains("goal"));
    EXPECT_FALSE(campaignToBytes(*plain).contains("all_or_nothing"));
}

TEST(CampaignSave, WritesTheContractOrderAndTheSameBytesEveryTime)
{
    QJsonObject ordered = withUnknownFields();
    ordered.insert(u"goal"_s, 5000);
    ordered.insert(u"all_or_nothing"_s, true);
    const auto campaign = parseCampaign(bytesOf(ordered), catalogue());
    ASSERT_TRUE(campaign);
    const QByteArray bytes = campaignToBytes(*campaign);
    EXPECT_EQ(campaignToBytes(*parseCampaign(bytes, catalogue())), bytes);
    EXPECT_TRUE(bytes.endsWith("}\n"));
    qsizetype last = -1;
    for (const char *key :
         {"\"format\"", "\"version\"", "\"title\"", "\"hashtag\"", "\"description\"", "\"link\"",
          "\"organizer\"", "\"start\"", "\"duration_minutes\"", "\"reminders_minutes\"",
          "\"templates\"", "\"audience\"", "\"checkin_url\"", "\"goal\"", "\"all_or_nothing\"",
          "\"announcement_image\"", "\"x_future\""}) {
        const qsizetype position = bytes.indexOf(key);
        EXPECT_GT(position, last) << key << " out of order in\n" << bytes.toStdString();
        last = position;
    }
    // A plain audience entry on one line; one holding a list spreads out, known keys first.
    EXPECT_TRUE(bytes.contains("\n        {\"zone\": \"America/New_York\", \"weight\": 30},\n"))
        << bytes.toStdString();
    EXPECT_TRUE(bytes.contains("\"zone\": \"America/Sao_Paulo\",\n            \"weight\": 20,\n"
                               "            \"label\": \"Brasil\",\n"))
        << bytes.toStdString();
}

TEST(CampaignSave, RefusesACampaignThatWouldNotLoadAndLeavesTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.chorus.json"_s);
    const QByteArray before = "{\"previous\": true}\n";
    writeAll(path, before);
    auto campaign = parseCampaign(bytesOf(validObject()), catalogue());
    ASSERT_TRUE(campaign);
    campaign->duration = minutes {0};
    const auto saved = saveCampaign(*campaign, path);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().field, u"duration_minutes"_s);
    EXPECT_TRUE(saved.error().message.contains(u"nothing was written to "_s + path));
    EXPECT_EQ(readAll(path), before);

    campaign->duration = minutes {60};
    campaign->templates.append(campaign->templates.first());
    const auto duplicate = validateCampaign(*campaign, catalogue());
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().field, u"templates[2].id"_s);
}

TEST(CampaignSave, ReplacesTheWholeFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.chorus.json"_s);
    writeAll(path, QByteArray(100000, 'x')); // longer than the campaign: no tail may remain
    const auto campaign = parseCampaign(bytesOf(validObject()), catalogue());
    ASSERT_TRUE(saveCampaign(*campaign, path));
    EXPECT_EQ(readAll(path), campaignToBytes(*campaign));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1)
        << "a temporary file was left behind";
}

TEST(CampaignSave, FailsClearlyWhereItCannotWrite)
{
    QTemporaryDir dir;
    const auto campaign = parseCampaign(bytesOf(validObject()), catalogue());
    ASSERT_TRUE(campaign);

    // A path under a regular file can never be created.
    const QString blocker = dir.filePath(u"blocker"_s);
    writeAll(blocker, "not a directory");
    const QString impossible = blocker + u"/a.chorus.json";
    const auto saved = saveCampaign(*campaign, impossible);
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().message.startsWith(u"could not save "_s + impossible + u": "))
        << saved.error().message.toStdString();
    EXPECT_EQ(readAll(blocker), QByteArray("not a directory"));
}

TEST(CampaignSave, KeepsTheOldFileInAReadOnlyDirectory)
{
    QTemporaryDir dir;
    const auto campaign = parseCampaign(bytesOf(validObject()), catalogue());
    ASSERT_TRUE(campaign);
    // A read-only directory: the existing file keeps its bytes. (root ignores
    // permissions, so this half needs an ordinary user.)
    if (QFileInfo(dir.path()).ownerId() == 0)
        GTEST_SKIP() << "running as root: permissions are not enforced";
    const QString readOnly = dir.filePath(u"ro"_s);
    ASSERT_TRUE(QDir(dir.path()).mkdir(u"ro"_s));
    const QString existing = readOnly + u"/a.chorus.json";
    writeAll(existing, "old bytes");
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const auto refused = saveCampaign(*campaign, existing);
    QFile::setPermissions(readOnly,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.startsWith(u"could not save "_s + existing));
    EXPECT_EQ(readAll(existing), QByteArray("old bytes"));
}

// --- loading files ------------------------------------------------------------

TEST(CampaignLoad, ACorruptFileIsNeverModified)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"corrupt.chorus.json"_s);
    const QByteArray corrupt = "{\"format\":\"chorus-campaign\",\"version\":1,\"title\":\"half";
    writeAll(path, corrupt);
    const QDateTime modified = QFileInfo(path).lastModified();
    const auto campaign = loadCampaign(path, catalogue());
    ASSERT_FALSE(campaign);
    EXPECT_EQ(campaign.error().field, path);
    EXPECT_TRUE(campaign.error().message.startsWith(u"JSON syntax error at line 1"_s));
    EXPECT_EQ(readAll(path), corrupt);
    EXPECT_EQ(QFileInfo(path).lastModified(), modified);
}

TEST(CampaignLoad, ContentErrorsNameTheFileAndTheField)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.chorus.json"_s);
    QJsonObject object = validObject();
    setAt(object, {u"audience"_s, u"2"_s, u"zone"_s}, u"Europe/Berln"_s);
    writeAll(path, bytesOf(object));
    const auto campaign = loadCampaign(path, catalogue());
    ASSERT_FALSE(campaign);
    EXPECT_EQ(
        campaign.error().text(),
        path + u": audience[2].zone: unknown zone 'Europe/Berln'; did you mean Europe/Berlin?");
}

TEST(CampaignLoad, FileProblems)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing.chorus.json"_s);
    const auto none = loadCampaign(missing, catalogue());
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().text(), u"could not open "_s + missing + u": there is no such file");

    const auto directory = loadCampaign(dir.path(), catalogue());
    ASSERT_FALSE(directory);
    EXPECT_TRUE(directory.error().message.endsWith(u"it is a directory, not a campaign file"_s));

    const QString big = dir.filePath(u"big.chorus.json"_s);
    writeAll(big, QByteArray(maxCampaignBytes + 10, ' '));
    const auto tooBig = loadCampaign(big, catalogue());
    ASSERT_FALSE(tooBig);
    EXPECT_EQ(tooBig.error().message,
              u"could not open "_s + big
                  + u": it is 4.0 MiB, larger than the 4.0 MiB a campaign file may be");

    const auto unnamed = loadCampaign(QString(), catalogue());
    ASSERT_FALSE(unnamed);
    EXPECT_EQ(unnamed.error().message, u"no campaign file was named"_s);
}

// --- keeping a campaign in the future -----------------------------------------

struct Shift
{
    std::string name;
    const char *now;
    const char *expected;
};

class StartAfter : public testing::TestWithParam<Shift>
{
};

TEST_P(StartAfter, MovesByWholeWeeks)
{
    Campaign campaign;
    campaign.start = at("2027-02-14T17:00:00Z"); // a Sunday
    const Campaign moved = withStartAfter(campaign, at(GetParam().now));
    EXPECT_EQ(Time::formatUtc(moved.start), QString::fromLatin1(GetParam().expected));
    EXPECT_GT(moved.start, at(GetParam().now));
    EXPECT_EQ((moved.start - campaign.start) % weeks {1}, seconds {0});
}

INSTANTIATE_TEST_SUITE_P(
    Sample, StartAfter,
    testing::Values(Shift {"AlreadyInTheFuture", "2026-11-21T19:00:00Z", "2027-02-14T17:00:00Z"},
                    Shift {"OneSecondBefore", "2027-02-14T16:59:59Z", "2027-02-14T17:00:00Z"},
                    Shift {"ExactlyAtTheStart", "2027-02-14T17:00:00Z", "2027-02-21T17:00:00Z"},
                    Shift {"AWeekLaterToTheSecond", "2027-02-21T17:00:00Z", "2027-02-28T17:00:00Z"},
                    Shift {"TwoWeeksAndABit", "2027-03-01T00:00:00Z", "2027-03-07T17:00:00Z"},
                    Shift {"YearsLater", "2031-06-04T12:00:00Z", "2031-06-08T17:00:00Z"}),
    ByName());

TEST(SampleCampaign, IsBundledValidAndRealistic)
{
    const auto sample = sampleCampaign(at("2026-11-21T19:00:00Z"), catalogue());
    ASSERT_TRUE(sample) << sample.error().text().toStdString();
    EXPECT_EQ(sample->hashtag, u"#AlitaSequel"_s);
    EXPECT_EQ(sample->start, at("2027-02-14T17:00:00Z"));
    EXPECT_EQ(sample->duration, minutes {60});
    EXPECT_EQ(sample->organizer.name, u"Alita Army"_s);
    EXPECT_TRUE(sample->link.startsWith(u"https://"_s));
    EXPECT_FALSE(sample->description.isEmpty());
    EXPECT_EQ(sample->reminders, (QList<minutes> {minutes {1440}, minutes {60}, minutes {10}}));
    EXPECT_GE(sample->templates.size(), 2);
    for (const Text::MessageTemplate &messageTemplate : sample->templates) {
        EXPECT_TRUE(messageTemplate.text.contains(u"{hashtag}"_s))
            << messageTemplate.id.toStdString();
        EXPECT_TRUE(messageTemplate.text.contains(u'|'))
            << "no variants in " << messageTemplate.id.toStdString();
    }
    EXPECT_GE(sample->audience.size(), 12);
    QList<QByteArray> zones;
    for (const AudienceZone &zone : sample->audience) {
        EXPECT_GT(zone.weight, 0);
        zones << zone.zone;
    }
    for (const char *expected : {"America/Los_Angeles", "America/New_York", "America/Sao_Paulo",
                                 "Europe/London", "Asia/Manila", "Asia/Kolkata", "Asia/Tokyo"})
        EXPECT_TRUE(zones.contains(QByteArray(expected))) << expected;
}

TEST(SampleCampaign, TheBundledFileIsTheRepositoryFileInCanonicalForm)
{
    const QByteArray bundled = readAll(sampleCampaignPath.toString());
    const QByteArray source
        = readAll(QStringLiteral(CHORUS_SOURCE_DIR) + u"/resources/sample/alita.chorus.json");
    ASSERT_FALSE(bundled.isEmpty());
    EXPECT_EQ(bundled, source);
    // Written as saveCampaign() writes it, so opening and saving the sample changes nothing.
    const auto parsed = parseCampaign(bundled, catalogue());
    ASSERT_TRUE(parsed);
    const QByteArray canonical = campaignToBytes(*parsed);
    EXPECT_EQ(canonical, bundled);
    if (canonical != bundled) {
        const QString actual
            = QStringLiteral(CHORUS_SOURCE_DIR) + u"/resources/sample/alita.chorus.json.actual";
        writeAll(actual, canonical);
        ADD_FAILURE() << "the canonical form is in " << actual.toStdString();
    }
}

TEST(SampleCampaign, StaysInTheFuture)
{
    const Time::Instant now = at("2027-06-01T08:00:00Z"); // a Tuesday, months after
    const auto sample = sampleCampaign(now, catalogue());
    ASSERT_TRUE(sample);
    EXPECT_EQ(sample->start, at("2027-06-06T17:00:00Z")); // the next Sunday, 17:00 UTC
}

} // namespace
