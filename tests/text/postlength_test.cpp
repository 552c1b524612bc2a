// Post lengths, named cases (the oracle suite compares thousands more against
// twitter-text and Intl.Segmenter; these pin the rules without node).
#include "testutil.h"

#include "text/postlength.h"
#include "text/twittertextdata.h"

#include <QRegularExpression>

using namespace Chorus::Text;
using namespace Qt::StringLiterals;

namespace {

TEST(TwitterTextData, EveryGeneratedPatternCompiles)
{
    for (const char *pattern : {Detail::extractUrlPattern, Detail::validAsciiDomainPattern,
                                Detail::validTcoUrlPattern,
                                Detail::invalidUrlWithoutProtocolPrecedingCharsPattern,
                                Detail::emojiPattern}) {
        const QRegularExpression regex(QString::fromLatin1(pattern));
        EXPECT_TRUE(regex.isValid()) << regex.errorString().toStdString() << " at "
                                     << regex.patternErrorOffset();
    }
}

struct XRow
{
    std::string name;
    QString text;
    int length;
    bool valid;
    friend void PrintTo(const XRow &row, std::ostream *os) { *os << row.name; }
};

class XLength : public testing::TestWithParam<XRow>
{
};

TEST_P(XLength, MatchesTwitterText)
{
    const XRow &row = GetParam();
    const PostLength x = measureX(row.text);
    EXPECT_EQ(x.length, row.length);
    EXPECT_EQ(x.valid, row.valid);
    EXPECT_EQ(x.limit, 280);
    EXPECT_EQ(x.platform, Platform::X);
}

// Values as twitter-text 3.1.0's parseTweet gives them.
INSTANTIATE_TEST_SUITE_P(
    Cases, XLength,
    testing::Values(
        XRow{"Empty", u""_s, 0, false},
        XRow{"Ascii", u"We want a sequel! #AlitaSequel"_s, 30, true},
        XRow{"Limit", QString(280, u'a'), 280, true},
        XRow{"OverLimit", QString(281, u'a'), 281, false},
        XRow{"CjkCountsTwo", QString(140, QChar(0x4E2D)), 280, true},
        XRow{"CjkOver", QString(141, QChar(0x4E2D)), 282, false},
        XRow{"Cyrillic", u"Привет"_s, 6, true},
        XRow{"GeneralPunctuationRanges", u"\u2010\u2032\u2030"_s, 4, true},
        XRow{"CombiningIsNfcFirst", u"e\u0301"_s, 1, true},
        XRow{"HangulJamoComposes", u"\u1100\u1161\u11A8"_s, 2, true},
        XRow{"ZwjFamilyIsTwo", u"👨‍👩‍👧‍👦"_s, 2, true},
        XRow{"SkinToneIsTwo", u"👍🏽"_s, 2, true},
        XRow{"FlagIsTwo", u"🇺🇸"_s, 2, true},
        XRow{"KeycapIsTwo", u"#️⃣"_s, 2, true},
        XRow{"TagSequenceIsTwo", u"🏴󠁧󠁢󠁳󠁣󠁴󠁿"_s, 2, true},
        XRow{"UnknownTagSequence", u"🏴󠁵󠁳󠁴󠁸󠁿"_s, 12, true},
        XRow{"CopyrightTextStyle", u"©"_s, 1, true},
        XRow{"CopyrightEmojiStyle", u"©️"_s, 2, true},
        XRow{"NewerEmojiPartsCountAlone", u"🫱🏽‍🫲🏻"_s, 9, true},
        XRow{"UrlIs23", u"https://example.com/" + QString(100, u'x'), 23, true},
        XRow{"UrlWithoutScheme", u"see example.com!"_s, 28, true},
        XRow{"UnknownTldIsText", u"example.comx"_s, 12, true},
        XRow{"TcoCutAfterSlug", u"https://t.co/abc123xyz/more"_s, 28, true},
        XRow{"UnicodeDomainNeedsScheme", u"пример.рф"_s, 9, true},
        XRow{"UnicodeDomainWithScheme", u"https://пример.рф"_s, 23, true},
        XRow{"EmailIsNotAUrl", u"someone@example.com"_s, 19, true},
        XRow{"TrailingNewlineCounts", u"text\n"_s, 5, true},
        XRow{"ByteOrderMarkIsInvalid", u"a\uFEFF"_s, 3, false},
        XRow{"NonCharacterIsInvalid", u"a\uFFFE"_s, 3, false}),
    Chorus::Test::ByName());

TEST(XLength, LoneSurrogatesCountAsTwitterTextCountsThem)
{
    // Not reachable from UTF-8 input, but a QString may hold them; values from
    // twitter-text 3.1.0 (a lone surrogate is one code unit of weight 2).
    const auto x = [](std::initializer_list<char16_t> units) {
        return measureX(QStringView(units.begin(), qsizetype(units.size()))).length;
    };
    EXPECT_EQ(x({u'a', 0xD800, u'b'}), 4);
    EXPECT_EQ(measureX(QString(QString(QChar(0xDC00)) + u"example.com"_s)).length, 25);
    EXPECT_EQ(measureX(QString(u"x"_s + QChar(0xD83D) + u"example.com/a"_s)).length, 26);
    EXPECT_EQ(measureX(QString(u"😀"_s + QChar(0xD83D))).length, 4);
}

TEST(UrlExtraction, SpansAndTrailingPunctuation)
{
    const auto urls = extractUrls(u"see example.com/a. and (https://x.org/b_(c)) now"_s);
    ASSERT_EQ(urls.size(), 2u);
    EXPECT_EQ(urls[0].start, 4);
    EXPECT_EQ(urls[0].length, 13); // example.com/a
    EXPECT_EQ(urls[1].start, 24);
    EXPECT_EQ(urls[1].length, 19); // https://x.org/b_(c)
    EXPECT_TRUE(extractUrls(u"see example.com"_s, false).empty());
    EXPECT_TRUE(extractUrls(u"no dots here"_s).empty());
}

TEST(Graphemes, ClustersByIcu)
{
    EXPECT_EQ(graphemeCount(u""_s), 0);
    EXPECT_EQ(graphemeCount(u"abc"_s), 3);
    EXPECT_EQ(graphemeCount(u"e\u0301"_s), 1);
    EXPECT_EQ(graphemeCount(u"👨‍👩‍👧"_s), 1);
    EXPECT_EQ(graphemeCount(u"🇺🇸🇩🇪"_s), 2);
    EXPECT_EQ(graphemeCount(u"\r\n"_s), 1);
    EXPECT_EQ(graphemeCount(u"🫱🏽‍🫲🏻"_s), 1);
    EXPECT_EQ(graphemeCount(u"\u0915\u094D\u0937"_s), 1); // क्ष, a conjunct: one cluster
}

TEST(Bluesky, GraphemesAndBytes)
{
    const PostLength fits = measureBluesky(QString(300, u'a'));
    EXPECT_EQ(fits.length, 300);
    EXPECT_EQ(fits.bytes, 300);
    EXPECT_EQ(fits.byteLimit, 3000);
    EXPECT_TRUE(fits.valid);
    EXPECT_FALSE(measureBluesky(QString(301, u'a')).valid);
    // 300 family emoji: 300 graphemes, but 25 bytes each: over the byte limit.
    QString families;
    for (int i = 0; i < 300; ++i)
        families += u"👨‍👩‍👧‍👦"_s;
    const PostLength heavy = measureBluesky(families);
    EXPECT_EQ(heavy.length, 300);
    EXPECT_EQ(heavy.bytes, 7500);
    EXPECT_FALSE(heavy.valid);
    EXPECT_FALSE(measureBluesky(u""_s).valid);
}

TEST(Mastodon, UrlsMentionsAndLimits)
{
    const QString url = u"https://example.com/"_s + QString(200, u'x');
    EXPECT_EQ(measureMastodon(url).length, 23);
    EXPECT_EQ(measureMastodon(u"example.com"_s).length, 11); // no scheme: plain text
    EXPECT_EQ(measureMastodon(u"hi @alice@mastodon.social!"_s).length, 10); // "hi @alice!"
    EXPECT_EQ(measureMastodon(u"hi @alice"_s).length, 9);
    EXPECT_EQ(measureMastodon(u"mail alice@example.com"_s).length, 22); // not a mention
    EXPECT_EQ(measureMastodon(u"e\u0301"_s).length, 1);
    EXPECT_EQ(measureMastodon(u"👨‍👩‍👧‍👦"_s).length, 1);

    EXPECT_TRUE(measureMastodon(QString(500, u'a')).valid);
    EXPECT_FALSE(measureMastodon(QString(501, u'a')).valid);
    EXPECT_FALSE(measureMastodon(u" \n "_s).valid);
    const PostLength raised = measureMastodon(QString(501, u'a'), {5000, 23});
    EXPECT_TRUE(raised.valid);
    EXPECT_EQ(raised.limit, 5000);
    EXPECT_EQ(measureMastodon(url, {500, 30}).length, 30);
}

TEST(Platforms, NamesRoundTrip)
{
    for (const Platform platform : {Platform::X, Platform::Bluesky, Platform::Mastodon})
        EXPECT_EQ(parsePlatform(platformName(platform)).value(), platform);
    EXPECT_EQ(parsePlatform(u"Twitter"_s).value(), Platform::X);
    const auto bad = parsePlatform(u"myspace"_s);
    ASSERT_FALSE(bad.has_value());
    EXPECT_TRUE(bad.error().message.contains(u"'myspace'"_s));
}

} // namespace
