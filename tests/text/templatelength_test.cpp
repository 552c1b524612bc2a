// The longest variant of a template per platform, as the Messages page's
// counters and lint count it.
#include "testutil.h"

#include "text/campaignlint.h"
#include "text/templatelength.h"

using namespace Chorus::Text;
using namespace Qt::StringLiterals;

namespace {

const std::vector<Platform> allPlatforms {Platform::X, Platform::Bluesky, Platform::Mastodon};

TEST(LongestVariants, TheLongestVariantCountsOnEachPlatform)
{
    const MessageTemplate t {u"t"_s, u"{Hi|Hello there} {hashtag}"_s, {u"x"_s}};
    RenderContext context;
    context.hashtag = u"#A"_s;
    const auto lengths = longestVariants(t, context, allPlatforms);
    ASSERT_TRUE(lengths);
    EXPECT_EQ(lengths->variantTotal, 2u);
    EXPECT_EQ(lengths->variantsMeasured, 2);
    ASSERT_EQ(lengths->platforms.size(), 3u);
    EXPECT_EQ(lengths->platforms[0].length.length, 14); // "Hello there #A"
    EXPECT_EQ(lengths->platforms[0].variant, 1);
    EXPECT_EQ(lengths->platforms[0].length.limit, 280);
    EXPECT_EQ(lengths->platforms[1].length.limit, 300);
}

TEST(LongestVariants, PlatformsCountDifferentVariantsAsLongest)
{
    // Twelve emoji weigh 24 on X but are 12 graphemes; the URL is 23 on X
    // and Mastodon but its full 30 characters on Bluesky.
    const MessageTemplate t {u"t"_s, u"{🎬🎬🎬🎬🎬🎬🎬🎬🎬🎬🎬🎬|https://example.org/abcdefghij}"_s, {u"x"_s}};
    const auto lengths = longestVariants(t, RenderContext {}, allPlatforms);
    ASSERT_TRUE(lengths);
    EXPECT_EQ(lengths->platforms[0].variant, 0);
    EXPECT_EQ(lengths->platforms[0].length.length, 24);
    EXPECT_EQ(lengths->platforms[1].variant, 1);
    EXPECT_EQ(lengths->platforms[1].length.length, 30);
    EXPECT_EQ(lengths->platforms[2].variant, 1);
    EXPECT_EQ(lengths->platforms[2].length.length, 23);
}

TEST(LongestVariants, AgreesWithLintOnWhatIsOverTheLimit)
{
    // 270 characters before the city: over 280 only with lint's long stand-in.
    const MessageTemplate t {u"t"_s, QString(262, u'a') + u" {city} {hashtag}"_s, {u"x"_s}};
    const auto lengths = longestVariants(t, worstCaseContext(u"#A"_s, {}), {Platform::X});
    ASSERT_TRUE(lengths);
    EXPECT_EQ(lengths->platforms[0].length.length, 262 + 1 + 31 + 1 + 2);
    const std::vector<MessageTemplate> templates {t};
    const auto findings = lintCampaign(u"#A"_s, templates);
    const bool overOnX = std::any_of(findings.begin(), findings.end(), [](const LintFinding &f) {
        return f.message.contains(u"297 characters on x, over its limit of 280"_s);
    });
    EXPECT_TRUE(overOnX);
}

TEST(LongestVariants, WorstCaseContextNormalisesTheHashtag)
{
    EXPECT_EQ(worstCaseContext(u"AlitaSequel"_s, {}).hashtag, u"#AlitaSequel"_s);
    EXPECT_EQ(worstCaseContext(u"#AlitaSequel"_s, {}).hashtag, u"#AlitaSequel"_s);
    EXPECT_EQ(worstCaseContext(QString(), {}).hashtag, u"#hashtag"_s);
    EXPECT_EQ(worstCaseContext(u"#A"_s, {}).link, QString::fromUtf16(lintStandInLink));
    EXPECT_EQ(worstCaseContext(u"#A"_s, u"https://example.org/x"_s).link,
              u"https://example.org/x"_s);
}

TEST(LongestVariants, ABrokenTemplateIsAnError)
{
    const MessageTemplate t {u"t"_s, u"{hastag}"_s, {u"x"_s}};
    const auto lengths = longestVariants(t, RenderContext {}, allPlatforms);
    ASSERT_FALSE(lengths);
    EXPECT_TRUE(lengths.error().message.contains(u"unknown placeholder {hastag}"_s));
}

} // namespace
