// The pieces every kind of posting shares: secret files, the campaign's
// identity, the server clock offset and the text this fan posts.
#include "testutil.h"

#include "campaign/campaign.h"
#include "share/eventinput.h"
#include "share/icalendar.h"
#include "social/clockoffset.h"
#include "social/secretfile.h"
#include "text/fanpost.h"
#include "text/templaterender.h"
#include "time/zonecatalogue.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace Chorus;
using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes,
                  QFile::Permissions permissions)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    EXPECT_TRUE(file.setPermissions(permissions));
    return path;
}

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;

TEST(SecretFile, ReadsTheFirstLineTrimmed)
{
    QTemporaryDir dir;
    const QString path
        = writeFile(dir, u"pw"_s, "  abcd-efgh-ijkl-mnop \r\nsecond line\n", ownerOnly);
    const auto secret = Social::readSecretFile(path);
    ASSERT_TRUE(secret) << qPrintable(secret.error().text());
    EXPECT_EQ(*secret, u"abcd-efgh-ijkl-mnop"_s);
}

TEST(SecretFile, RefusesAFileTheGroupOrOthersCanRead)
{
    QTemporaryDir dir;
    for (const QFile::Permissions extra :
         {QFile::Permissions(QFile::ReadGroup), QFile::Permissions(QFile::ReadOther)}) {
        const QString path = writeFile(dir, u"pw"_s, "secret\n", ownerOnly | extra);
        const auto secret = Social::readSecretFile(path);
        ASSERT_FALSE(secret);
        EXPECT_TRUE(secret.error().message.contains(path)) << qPrintable(secret.error().message);
        EXPECT_TRUE(secret.error().message.contains(u"chmod 600"_s))
            << qPrintable(secret.error().message);
    }
}

TEST(SecretFile, RefusesMissingEmptyAndBlankFiles)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"none"_s);
    const QString empty = writeFile(dir, u"empty"_s, "", ownerOnly);
    const QString blank = writeFile(dir, u"blank"_s, "   \nsecret-on-line-two\n", ownerOnly);
    const QString unreadable = writeFile(dir, u"locked"_s, "secret\n", QFile::WriteOwner);
    for (const QString &path : {missing, empty, blank, dir.path()}) {
        const auto secret = Social::readSecretFile(path);
        ASSERT_FALSE(secret) << qPrintable(path);
        EXPECT_TRUE(secret.error().message.contains(path)) << qPrintable(secret.error().message);
    }
    if (geteuid() != 0) { // root reads any file
        const auto secret = Social::readSecretFile(unreadable);
        ASSERT_FALSE(secret);
        EXPECT_TRUE(secret.error().message.contains(unreadable));
    }
}

TEST(CampaignIdentity, IsTheCaseFoldedHashtagAsTheCalendarUidUsesIt)
{
    Campaign a;
    a.title = u"Alita sequel"_s;
    a.hashtag = u"#AlitaSequel"_s;
    a.start = Chorus::Test::at("2027-02-14T17:00:00Z");
    Campaign b = a;
    b.hashtag = u"#ALITASEQUEL"_s;
    b.title = u"Another title"_s;
    b.start = Chorus::Test::at("2027-03-01T12:00:00Z");
    EXPECT_EQ(campaignIdentity(a), "#alitasequel");
    EXPECT_EQ(campaignIdentity(a), campaignIdentity(b));
    EXPECT_EQ(Share::eventInput(a).uidSeed, campaignIdentity(a));
    EXPECT_EQ(Share::icalendarUid(Share::eventInput(a).uidSeed),
              Share::icalendarUid(Share::eventInput(b).uidSeed));
    Campaign other = a;
    other.hashtag = u"#AlitaSequel2"_s;
    EXPECT_NE(campaignIdentity(other), campaignIdentity(a));
    Campaign untagged = a;
    untagged.hashtag.clear();
    EXPECT_EQ(campaignIdentity(untagged), "alita sequel");
}

Social::Millis ms(const char *iso, int millis = 0)
{
    return Social::Millis(Chorus::Test::at(iso)) + milliseconds(millis);
}

TEST(ClockOffset, TakesTheMiddleOfTheRoundTripAndTheMiddleOfDatesSecond)
{
    // The header's worked example: the server read 17:00:03.5 at 17:00:00.100.
    const auto offset
        = Social::estimateClockOffset(ms("2027-02-14T17:00:00Z"), ms("2027-02-14T17:00:00Z", 200),
                                      "Sun, 14 Feb 2027 17:00:03 GMT");
    ASSERT_TRUE(offset) << qPrintable(offset.error().text());
    EXPECT_EQ(offset->offset, 3400ms);
    EXPECT_EQ(offset->uncertainty, 600ms);
    EXPECT_EQ(offset->toServer(ms("2027-02-14T17:00:10Z")), ms("2027-02-14T17:00:13Z", 400));
    EXPECT_EQ(offset->toLocal(ms("2027-02-14T17:00:13Z", 400)), ms("2027-02-14T17:00:10Z"));

    // A server behind us.
    const auto behind = Social::estimateClockOffset(ms("2027-02-14T17:00:00Z", 900),
                                                    ms("2027-02-14T17:00:01Z", 100),
                                                    "Sun, 14 Feb 2027 16:58:00 GMT");
    ASSERT_TRUE(behind);
    EXPECT_EQ(behind->offset, -120500ms);
    EXPECT_EQ(behind->uncertainty, 600ms);
}

TEST(ClockOffset, RefusesAMissingOrBadDateAndTimeGoingBackwards)
{
    const auto t = ms("2027-02-14T17:00:00Z");
    EXPECT_EQ(Social::estimateClockOffset(t, t, "").error().field, u"Date"_s);
    const auto bad = Social::estimateClockOffset(t, t, "yesterday");
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.contains(u"'yesterday'"_s));
    EXPECT_FALSE(Social::estimateClockOffset(t + 1s, t, "Sun, 14 Feb 2027 17:00:03 GMT"));
}

TEST(ClockOffset, CombiningKeepsWhereTheEstimatesOverlap)
{
    const Social::ClockOffset a {3400ms, 600ms}; // [2800, 4000]
    const Social::ClockOffset b {3900ms, 300ms}; // [3600, 4200]
    const Social::ClockOffset both = Social::combineOffsets(a, b);
    EXPECT_EQ(both.offset, 3800ms);
    EXPECT_EQ(both.uncertainty, 200ms);
    EXPECT_EQ(Social::combineOffsets(b, a).offset, 3800ms);
    // No overlap: a clock was set in between, the later sample wins.
    const Social::ClockOffset moved {-1000ms, 600ms};
    EXPECT_EQ(Social::combineOffsets(a, moved).offset, -1000ms);
    EXPECT_EQ(Social::combineOffsets(a, moved).uncertainty, 600ms);

    // Two answers catching Date's second turning 300 ms apart: the true
    // offset is +2000 ms, the server's clock read 17:00:01.9 then 17:00:02.2.
    const auto first = Social::estimateClockOffset(ms("2027-02-14T16:59:59Z", 890),
                                                   ms("2027-02-14T16:59:59Z", 910),
                                                   "Sun, 14 Feb 2027 17:00:01 GMT");
    const auto second = Social::estimateClockOffset(ms("2027-02-14T17:00:00Z", 190),
                                                    ms("2027-02-14T17:00:00Z", 210),
                                                    "Sun, 14 Feb 2027 17:00:02 GMT");
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->uncertainty, 510ms);
    const Social::ClockOffset narrowed = Social::combineOffsets(*first, *second);
    // [1090, 2110] and [1790, 2810] ms overlap in [1790, 2110].
    EXPECT_EQ(narrowed.offset, 1950ms);
    EXPECT_EQ(narrowed.uncertainty, 160ms);
    EXPECT_LE(abs(narrowed.offset - 2000ms), narrowed.uncertainty);
}

Campaign fanCampaign()
{
    Campaign campaign;
    campaign.title = u"Alita"_s;
    campaign.hashtag = u"#AlitaSequel"_s;
    campaign.link = u"https://example.org/alita"_s;
    campaign.start = Chorus::Test::at("2027-02-14T17:00:00Z");
    campaign.templates = {
        {u"x-only"_s, u"On X: {hashtag}"_s, {u"x"_s}},
        {u"main"_s,
         u"{We want|Give us|Make} the sequel! {hashtag} {local_time} in {city}"_s,
         {u"x"_s, u"bluesky"_s, u"mastodon"_s}},
        {u"long"_s, QString(290, u'a') + u" {hashtag}"_s, {u"bluesky"_s, u"x"_s}},
        {u"broken"_s, u"Hi {hastag}"_s, {u"bluesky"_s}},
    };
    return campaign;
}

TEST(FanPost, IsTheVariantTheHandleChoosesFilledForTheZone)
{
    const Campaign campaign = fanCampaign();
    Text::FanPostReader reader;
    reader.zone = "Asia/Kolkata";
    reader.locale = QLocale(u"en_IN"_s);
    QSet<int> seen;
    for (int i = 0; i < 40; ++i) {
        reader.handle = u"fan%1.bsky.social"_s.arg(i);
        const auto post = Text::fanPost(campaign, {}, Text::Platform::Bluesky, reader,
                                        Chorus::Test::catalogue());
        ASSERT_TRUE(post) << qPrintable(post.error().text());
        EXPECT_EQ(post->templateId, u"main"_s); // the first template listing bluesky
        EXPECT_EQ(post->variantCount, 3);
        // The same text renderTemplate() gives this handle, and the variant
        // number names it.
        Text::RenderContext context;
        context.hashtag = campaign.hashtag;
        context.link = campaign.link;
        context.start = campaign.start;
        context.zone = QTimeZone("Asia/Kolkata");
        context.locale = reader.locale;
        context.city = u"Kolkata"_s;
        context.handle = reader.handle;
        EXPECT_EQ(post->text, *Text::renderTemplate(campaign.templates[1], context));
        const QStringList starts {u"We want"_s, u"Give us"_s, u"Make"_s};
        EXPECT_TRUE(post->text.startsWith(starts.at(post->variantIndex))) << qPrintable(post->text);
        // 17:00 UTC is 22:30 in Kolkata, in en_IN's 12-hour clock.
        EXPECT_TRUE(post->text.contains(u"#AlitaSequel 10:30"_s)) << qPrintable(post->text);
        EXPECT_TRUE(post->text.endsWith(u" in Kolkata"_s)) << qPrintable(post->text);
        EXPECT_TRUE(post->length.valid);
        EXPECT_EQ(post->length.platform, Text::Platform::Bluesky);
        seen.insert(post->variantIndex);
    }
    EXPECT_EQ(seen.size(), 3); // 40 fans spread over the variants
}

TEST(FanPost, WithoutAHandleShowsTheChosenVariant)
{
    const Campaign campaign = fanCampaign();
    Text::FanPostReader reader;
    reader.zone = "Europe/Berlin";
    reader.variant = 1;
    const auto post
        = Text::renderFanPost(campaign, campaign.templates[1], reader, Chorus::Test::catalogue());
    ASSERT_TRUE(post);
    EXPECT_EQ(post->variantIndex, 1);
    EXPECT_EQ(post->text, u"Give us the sequel! #AlitaSequel 18:00 in Berlin"_s);
    reader.variant = 99; // clamped to the last
    EXPECT_EQ(
        Text::renderFanPost(campaign, campaign.templates[1], reader, Chorus::Test::catalogue())
            ->variantIndex,
        2);
}

TEST(FanPost, NamesTheTemplateTheZoneAndALengthProblem)
{
    const Campaign campaign = fanCampaign();
    Text::FanPostReader reader;
    reader.zone = "UTC";
    reader.handle = u"fan.test"_s;
    const auto unknown = Text::fanPost(campaign, u"nope", Text::Platform::Bluesky, reader,
                                       Chorus::Test::catalogue());
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field, u"template"_s);
    EXPECT_TRUE(unknown.error().message.contains(u"'nope'"_s));

    const auto notFor = Text::fanPost(campaign, u"x-only", Text::Platform::Bluesky, reader,
                                      Chorus::Test::catalogue());
    ASSERT_FALSE(notFor);
    EXPECT_TRUE(notFor.error().message.contains(u"not for bluesky"_s))
        << qPrintable(notFor.error().message);

    Campaign noBluesky = campaign;
    noBluesky.templates = {campaign.templates[0]};
    EXPECT_EQ(
        Text::fanPost(noBluesky, {}, Text::Platform::Bluesky, reader, Chorus::Test::catalogue())
            .error()
            .field,
        u"template"_s);

    // 290 + " #AlitaSequel" is 303 graphemes: over Bluesky's 300, within X's 280? no: over both.
    const auto tooLong = Text::fanPost(campaign, u"long", Text::Platform::Bluesky, reader,
                                       Chorus::Test::catalogue());
    ASSERT_FALSE(tooLong);
    EXPECT_EQ(tooLong.error().field, u"text"_s);
    EXPECT_TRUE(tooLong.error().message.contains(u"303 of 300"_s))
        << qPrintable(tooLong.error().message);

    const auto broken = Text::fanPost(campaign, u"broken", Text::Platform::Bluesky, reader,
                                      Chorus::Test::catalogue());
    ASSERT_FALSE(broken);
    EXPECT_TRUE(broken.error().message.contains(u"{hastag}"_s))
        << qPrintable(broken.error().message);

    reader.zone = "Mars/Olympus";
    const auto badZone
        = Text::fanPost(campaign, {}, Text::Platform::Bluesky, reader, Chorus::Test::catalogue());
    ASSERT_FALSE(badZone);
    EXPECT_EQ(badZone.error().field, u"zone"_s);
}

} // namespace
