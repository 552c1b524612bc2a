// Campaign lint, one named case per rule.
#include "testutil.h"

#include "text/campaignlint.h"

using namespace Chorus::Text;
using namespace Qt::StringLiterals;

namespace {

using Severity = LintFinding::Severity;

const QStringList allPlatforms{u"x"_s, u"bluesky"_s, u"mastodon"_s};

std::vector<LintFinding> lint(const std::vector<MessageTemplate> &templates,
                              const QString &hashtag = u"#AlitaSequel"_s)
{
    return lintCampaign(hashtag, templates);
}

// The findings that mention `needle`, with their severity.
std::vector<LintFinding> about(const std::vector<LintFinding> &findings, const QString &needle)
{
    std::vector<LintFinding> out;
    for (const LintFinding &finding : findings) {
        if (finding.message.contains(needle, Qt::CaseInsensitive))
            out.push_back(finding);
    }
    return out;
}

std::string dump(const std::vector<LintFinding> &findings)
{
    std::string out;
    for (const LintFinding &finding : findings)
        out += QString(severityName(finding.severity) + u' ' + finding.templateId + u": "_s
                       + finding.message + u'\n')
                   .toStdString();
    return out;
}

TEST(Lint, AGoodCampaignIsClean)
{
    const auto findings = lint({
        {u"main"_s, u"{We want|Give us|Bring on} the sequel {now|already|at last}! {hashtag} {link}"_s, allPlatforms},
        {u"pt"_s, u"{Queremos|Cadê} a continuação de Alita, {city}! {hashtag}"_s, allPlatforms},
        {u"time"_s, u"It is {local_time} in {city} and I am posting for {hashtag} {🎉|💙|🦾}"_s, allPlatforms},
    });
    EXPECT_TRUE(findings.empty()) << dump(findings);
}

TEST(Lint, MissingCampaignHashtagIsAnError)
{
    const auto findings = lint({{u"main"_s, u"{We want|Give us} the sequel"_s, allPlatforms}});
    const auto found = about(findings, u"does not contain the campaign hashtag #AlitaSequel"_s);
    ASSERT_EQ(found.size(), 1u) << dump(findings);
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_EQ(found[0].templateId, u"main"_s);
    EXPECT_TRUE(found[0].message.contains(u"2 variants have this problem"_s)) << dump(findings);
}

TEST(Lint, OnlySomeVariantsMissingTheHashtag)
{
    const auto findings = lint({{u"main"_s, u"{Sequel now #AlitaSequel|Sequel now!} yes"_s, allPlatforms}});
    const auto found = about(findings, u"does not contain"_s);
    ASSERT_EQ(found.size(), 1u) << dump(findings);
    EXPECT_TRUE(found[0].message.startsWith(u"variant 2 of 2"_s)) << dump(findings);
}

TEST(Lint, RepeatedHashtagIsAnErrorWhateverItsCase)
{
    const auto findings = lint({{u"main"_s, u"{a|b} {hashtag} #alitasequel #ALITASEQUEL"_s, allPlatforms}});
    const auto found = about(findings, u"3 times"_s);
    ASSERT_EQ(found.size(), 1u) << dump(findings);
    EXPECT_EQ(found[0].severity, Severity::Error);
}

TEST(Lint, HashtagGivenWithoutHashAndInALinkFragment)
{
    // "AlitaSequel" names the same tag; "#AlitaSequel" inside a URL is no hashtag.
    const auto findings = lintCampaign(
        u"AlitaSequel"_s,
        std::vector<MessageTemplate>{{u"main"_s, u"{a|b} https://example.org/#AlitaSequel #AlitaSequel"_s, allPlatforms}});
    EXPECT_TRUE(findings.empty()) << dump(findings);
}

TEST(Lint, OtherHashtagsAreWarnings)
{
    const auto findings = lint({{u"main"_s, u"{a|b} {hashtag} #Cyborg #アリータ"_s, allPlatforms}});
    const auto found = about(findings, u"also carries #Cyborg, #アリータ"_s);
    ASSERT_EQ(found.size(), 1u) << dump(findings);
    EXPECT_EQ(found[0].severity, Severity::Warning);
}

TEST(Lint, OverTheLimitOnOnePlatformForOneVariant)
{
    // 270 letters fit Bluesky (300) and Mastodon (500), and X only without the
    // long variant: "{hashtag}" is 12, so "a…a #AlitaSequel" is 283 on X.
    const QString text = QString(250, u'a') + u" {b|" + QString(19, u'c') + u"} {hashtag}"_s;
    const auto findings = lint({{u"long"_s, text, allPlatforms}});
    const auto found = about(findings, u"over its limit"_s);
    ASSERT_EQ(found.size(), 1u) << dump(findings);
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_TRUE(found[0].message.startsWith(u"variant 2 of 2: 283 characters on x, over its limit of 280"_s))
        << dump(findings);
}

TEST(Lint, LengthUsesWorstCasePlaceholders)
{
    // 240 + " " + 23 (link) + " " + 12 (#AlitaSequel) + " x" = 279 on X; the
    // city stand-in (31 characters) pushes it over.
    const QString fits = QString(240, u'a') + u" {link} {hashtag} {x|y}"_s;
    EXPECT_TRUE(about(lint({{u"a"_s, fits, {u"x"_s}}}), u"over its limit"_s).empty());
    const QString over = QString(240, u'a') + u" {link} {hashtag} {city}{x|y}"_s;
    EXPECT_EQ(about(lint({{u"a"_s, over, {u"x"_s}}}), u"over its limit"_s).size(), 1u);
}

TEST(Lint, CjkCountsDoubleOnXOnly)
{
    const QString text = QString(140, QChar(0x4E2D)) + u" {hashtag} {a|b}"_s;
    const auto findings = lint({{u"cjk"_s, text, allPlatforms}});
    const auto found = about(findings, u"over its limit"_s);
    ASSERT_EQ(found.size(), 1u) << dump(findings);
    EXPECT_TRUE(found[0].message.contains(u"on x"_s));
}

TEST(Lint, IdenticalTemplatesAreAnError)
{
    const auto findings = lint({
        {u"one"_s, u"{We|We all} want the sequel! {hashtag}"_s, allPlatforms},
        {u"two"_s, u"{we|WE ALL}  want the sequel {hashtag}."_s, allPlatforms},
    });
    const auto found = about(findings, u"same text as template 'two'"_s);
    ASSERT_EQ(found.size(), 1u) << dump(findings);
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_EQ(found[0].templateId, u"one"_s);
}

TEST(Lint, NearIdenticalTemplatesAreAWarning)
{
    const auto findings = lint({
        {u"one"_s, u"{Hey|Hi}, we really want the Alita sequel right now! {hashtag}"_s, allPlatforms},
        {u"two"_s, u"{Hey|Hi}, we really want the Alita sequel right now!! {hashtag} 💙"_s, allPlatforms},
        {u"three"_s, u"{Make|Film} Alita 2, it was the best film of 2019 {hashtag}"_s, allPlatforms},
    });
    const auto found = about(findings, u"alike template"_s);
    ASSERT_EQ(found.size(), 1u) << dump(findings);
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_EQ(found[0].templateId, u"one"_s);
    EXPECT_GE(similarity(u"abcdefghij"_s, u"abcdefghiX"_s), 0.9);
    EXPECT_LT(similarity(u"abcdefghij"_s, u"abcdeXXXXX"_s), 0.9);
    EXPECT_DOUBLE_EQ(similarity(u"Same, text!"_s, u"same text"_s), 1.0);
}

struct RepostRow
{
    std::string name;
    QString text;
    bool flagged;
    friend void PrintTo(const RepostRow &row, std::ostream *os) { *os << row.name; }
};

class RepostRequests : public testing::TestWithParam<RepostRow>
{
};

TEST_P(RepostRequests, AreWarnedAbout)
{
    const RepostRow &row = GetParam();
    const auto findings = lint({{u"main"_s, row.text + u" {hashtag} {a|b}"_s, allPlatforms}});
    const auto found = about(findings, u"asks for reposts"_s);
    EXPECT_EQ(found.size(), row.flagged ? 1u : 0u) << dump(findings);
    for (const LintFinding &finding : found)
        EXPECT_EQ(finding.severity, Severity::Warning);
}

INSTANTIATE_TEST_SUITE_P(
    Phrases, RepostRequests,
    testing::Values(RepostRow{"Retweet", u"Please retweet this!"_s, true},
                    RepostRow{"RT", u"RT if you want the sequel"_s, true},
                    RepostRow{"Repost", u"Repost to spread the word"_s, true},
                    RepostRow{"Boost", u"boost this toot"_s, true},
                    RepostRow{"PleaseShare", u"Please share with everyone"_s, true},
                    RepostRow{"Portuguese", u"Compartilhe com seus amigos"_s, true},
                    RepostRow{"PortugueseRT", u"Dê RT!"_s, true},
                    RepostRow{"Spanish", u"¡Retuitea y comparte!"_s, true},
                    RepostRow{"Plain", u"Post your own words, we want the sequel"_s, false},
                    RepostRow{"ArtIsNotRT", u"Alita art is the best"_s, false},
                    RepostRow{"Shares", u"Alita shares her story"_s, false}),
    Chorus::Test::ByName());

// A very long template gets fewer than 1000 variants linted (see
// maxExpandedCharacters); the warning says how many were.
TEST(Lint, ManyVariantsSaysHowManyWereChecked)
{
    const QString text = u"{a|b}"_s.repeated(10) + u" #AlitaSequel "_s + QString(300'000, u'x');
    const auto many = about(lint({{u"long"_s, text, {u"mastodon"_s}}}), u"variants; lint checked"_s);
    ASSERT_EQ(many.size(), 1u);
    EXPECT_EQ(many.front().message, u"has 1024 variants; lint checked the first 4"_s);
}

TEST(Lint, SyntaxErrorsAndUnknownPlatforms)
{
    const auto findings = lint({
        {u"bad"_s, u"Go {hashtg}"_s, allPlatforms},
        {u"plat"_s, u"{a|b} {hashtag}"_s, {u"x"_s, u"myspace"_s}},
    });
    const auto syntax = about(findings, u"unknown placeholder {hashtg} at character 4"_s);
    ASSERT_EQ(syntax.size(), 1u) << dump(findings);
    EXPECT_EQ(syntax[0].templateId, u"bad"_s);
    EXPECT_EQ(syntax[0].severity, Severity::Error);
    const auto platform = about(findings, u"unknown platform 'myspace'"_s);
    ASSERT_EQ(platform.size(), 1u) << dump(findings);
    EXPECT_EQ(platform[0].templateId, u"plat"_s);
}

TEST(Lint, NoVariantsAndDuplicateVariantsAreWarnings)
{
    const auto findings = lint({
        {u"fixed"_s, u"We want the sequel {hashtag}"_s, allPlatforms},
        {u"dupes"_s, u"{Sequel|sequel!} please {hashtag}"_s, allPlatforms},
    });
    const auto fixed = about(findings, u"has no variants"_s);
    ASSERT_EQ(fixed.size(), 1u) << dump(findings);
    EXPECT_EQ(fixed[0].templateId, u"fixed"_s);
    const auto dupes = about(findings, u"reads the same as variant 1"_s);
    ASSERT_EQ(dupes.size(), 1u) << dump(findings);
    EXPECT_EQ(dupes[0].templateId, u"dupes"_s);
}

TEST(Lint, CampaignHashtagMustBeAHashtag)
{
    const auto findings = lint({{u"main"_s, u"{a|b} #Alita-Sequel"_s, allPlatforms}}, u"#Alita-Sequel"_s);
    const auto found = about(findings, u"is not one the platforms recognise"_s);
    ASSERT_EQ(found.size(), 1u) << dump(findings);
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_TRUE(about(lint({{u"main"_s, u"{a|b} #アリータ続編"_s, allPlatforms}}, u"#アリータ続編"_s),
                      u"recognise"_s).empty());
    EXPECT_FALSE(about(lint({{u"main"_s, u"{a|b} #2027"_s, allPlatforms}}, u"#2027"_s),
                       u"recognise"_s).empty());
}

TEST(Lint, NoHashtagForTheCampaign)
{
    const auto findings = lint({{u"main"_s, u"{a|b}"_s, allPlatforms}}, u"  "_s);
    EXPECT_EQ(about(findings, u"the campaign has no hashtag"_s).size(), 1u) << dump(findings);
}

} // namespace
