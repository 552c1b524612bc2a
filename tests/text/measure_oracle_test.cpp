// Post lengths against independent implementations: the official twitter-text
// JS library (npm twitter-text 3.1.0, pinned in tests/oracles) for X, and
// node's Intl.Segmenter for grapheme clusters, over a corpus of tricky strings
// and seeded random ones.
#include "testutil.h"

#include "text/postlength.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRandomGenerator>

using namespace Chorus::Text;
using namespace Chorus::Test;
using namespace Qt::StringLiterals;

namespace {

QStringList handWrittenCorpus()
{
    QStringList corpus{
        // plain text and scripts
        u"a"_s, u"Hello, world!"_s, u"We want a sequel! #AlitaSequel"_s, QString(280, u'a'),
        QString(281, u'a'), QString(140, QChar(0x4E2D)), QString(141, QChar(0x4E2D)),
        u"日本語のテキストです"_s, u"한국어 텍스트"_s, u"مرحبا بالعالم"_s, u"שלום עולם"_s,
        u"Привет, мир"_s, u"Ελληνικά"_s, u"हिन्दी पाठ"_s, u"ภาษาไทย"_s, u"ქართული"_s,
        u"\u10FF\u1100\u1101"_s, u"\u2000\u200A\u200B\u200D\u200E\u2010\u201F\u2020"_s,
        u"\u2032\u2037\u2038\u2031"_s, u"…–—“”‘’"_s,
        // combining marks and normalisation
        u"e\u0301"_s, u"Cafe\u0301"_s, u"\u1100\u1161\u11A8"_s, u"A\u030A"_s, u"\u212B"_s,
        u"Z\u0351\u036B\u0343\u036A\u0302\u036B"_s, u"\u0915\u094D\u0937"_s,
        // emoji of every kind
        u"😀"_s, u"😀😀😀"_s, u"👍🏽"_s, u"👍🏿 👍🏻"_s, u"👨‍👩‍👧‍👦"_s, u"👨‍👩‍👧"_s, u"👩‍❤️‍💋‍👩"_s,
        u"👩🏽‍❤️‍💋‍👨🏿"_s, u"🧑‍🤝‍🧑"_s, u"🏳️‍🌈"_s, u"🏳️‍⚧️"_s, u"🏴‍☠️"_s, u"🇺🇸"_s, u"🇺🇸🇩🇪🇧🇷"_s,
        u"🇺"_s, u"🇺🇺🇺"_s, u"#️⃣"_s, u"#⃣"_s, u"1️⃣2️⃣"_s, u"*️⃣"_s, u"🏴󠁧󠁢󠁳󠁣󠁴󠁿"_s, u"🏴󠁧󠁢󠁷󠁬󠁳󠁿"_s,
        u"🏴󠁵󠁳󠁴󠁸󠁿"_s, u"©"_s, u"©️"_s, u"®️"_s, u"™"_s, u"™️"_s, u"☺"_s, u"☺️"_s, u"❤"_s,
        u"❤️"_s, u"❤︎"_s, u"↔"_s, u"⌚"_s, u"🫠"_s, u"🫱🏽‍🫲🏻"_s, u"🧔‍♂️"_s, u"😶‍🌫️"_s,
        u"👁️‍🗨️"_s, u"🏃🏽‍♀️"_s, u"🏃‍♂️‍➡️"_s, u"🏻"_s, u"\uFE0F"_s, u"a\uFE0F"_s,
        u"👍‍👍"_s, u"\u200D"_s, u"🐈‍⬛"_s, u"🦸🏾‍♂️ to the rescue"_s, u"🎉🎉 #AlitaSequel 🎉🎉"_s,
        u"🇦🇷 Vamos! 🇧🇷 Bora! 🇵🇭 Tara!"_s,
        // URLs
        u"https://example.com"_s, u"http://example.com"_s, u"example.com"_s,
        u"www.example.com"_s, u"see https://example.com/a/b?c=d#e."_s,
        u"see example.com/path), and more"_s, u"(https://example.com/foo_(bar))"_s,
        u"https://example.com/" + QString(300, u'x'), u"example.c"_s, u"example.comx"_s,
        u"example.co.uk"_s, u"foo.bar"_s, u"foo.zip"_s, u"foo.xn--p1ai"_s, u"пример.рф"_s,
        u"https://пример.рф/путь"_s, u"例え.テスト"_s, u"http://例え.jp"_s, u"http://müller.de"_s,
        u"müller.de"_s, u"https://t.co/abc123"_s, u"https://t.co/abc123xyz/more"_s,
        u"https://t.co/" + QString(41, u'a'), u"http://t.co/a?b=c"_s,
        u"https://example.com:8080/path"_s, u"https://192.168.0.1/"_s, u"ftp://example.com"_s,
        u"mailto:someone@example.com"_s, u"someone@example.com"_s, u"@example.com"_s,
        u"a.b.c.d.example.com/x"_s, u"-example.com"_s, u"_example.com"_s, u"/example.com"_s,
        u"$example.com"_s, u"#example.com"_s, u"example.com."_s, u"example.com..."_s,
        u"example.com!"_s, u"Visit https://example.com/ and https://example.org/x!"_s,
        u"HTTPS://EXAMPLE.COM/UPPER"_s, u"Example.COM"_s, u"https://example.com/?q=a&b=c"_s,
        u"https://example.com/#frag"_s, u"https://example.com/%20space"_s,
        u"https://xn--mnchen-3ya.de"_s, u"https://xn--zzz.com"_s, u"https://a.b"_s,
        u"https://" + QString(64, u'a') + u".com"_s, u"https://" + QString(63, u'a') + u".com"_s,
        u"http://" + QString(60, QChar(0x00FC)) + u".de"_s, u"link:https://example.com"_s,
        u"https://example.com\u3002com"_s, u"x.com/elonmusk"_s, u"bit.ly/3abc"_s,
        u"youtu.be/dQw4w9WgXcQ"_s, u"go to chorus.example.org/c/alita now"_s,
        u"https://example.com/😀"_s, u"https://😀.com"_s, u"😀.com"_s,
        // mentions, hashtags, cashtags
        u"@user hello"_s, u"@user@mastodon.social hi"_s, u"#hashtag #ハッシュタグ #هاشتاق"_s,
        u"$TWTR"_s, u"RT @someone: text"_s, u"@alice@mastodon.social @bob@example.org"_s,
        u"mail me at alice@example.com"_s, u"x=@alice@example.com"_s, u"/@alice@example.com"_s,
        u"@alice@example.com."_s, u"@alice.@example.com"_s, u"@ali.ce@ex-ample.co.uk!"_s,
        u"@alice@пример.рф"_s, u"https://mastodon.social/@alice@example.com"_s,
        u"@alice@https://example.com"_s, u"@ALICE@Example.COM"_s, u"@_@_"_s,
        // invalid characters and whitespace
        u""_s, u" "_s, u"\n"_s, u"\r\n"_s, u"text\n"_s, u"\t\t"_s, u"a\uFFFEb"_s, u"\uFEFF"_s,
        u"a\uFFFF"_s, u"\u202Aa\u202C"_s, u"\u200E\u200F"_s, u"\u2066\u2069"_s, u"\u0000"_s,
        u"\u007F"_s, u"\u00A0"_s, u"\u3000"_s,
    };
    // Long mixes around the 280 limit.
    corpus << QString(270, u'a') + u" 👨‍👩‍👧‍👦👨‍👩‍👧‍👦"_s;
    corpus << QString(257, u'a') + u" https://example.com/long/path"_s;
    corpus << QString(258, u'a') + u" https://example.com/long/path"_s;
    corpus << QString(139, QChar(0x4E2D)) + u"ab"_s;
    corpus << QString(279, u'a') + u"\uFFFE"_s;
    return corpus;
}

// Random strings from an alphabet of the pieces that interact: letters, marks,
// emoji parts, URL pieces, spaces and punctuation. Seeded, so every run is the same.
QStringList randomCorpus(int count)
{
    const QStringList pieces{
        u"a"_s, u"Z"_s, u"1"_s, u" "_s, u"."_s, u","_s, u"/"_s, u"-"_s, u"_"_s, u"@"_s, u"#"_s,
        u"?"_s, u"="_s, u"("_s, u")"_s, u"\n"_s, u"com"_s, u"org"_s, u"example"_s,
        u"https://"_s, u"http://"_s, u"www."_s, u"t.co/"_s, u"é"_s, u"e"_s, u"\u0301"_s,
        u"中"_s, u"ß"_s, u"ü"_s, u"ا"_s, u"😀"_s, u"👍"_s, u"🏽"_s, u"\u200D"_s, u"\uFE0F"_s,
        u"❤"_s, u"👩"_s, u"👧"_s, u"🇺"_s, u"🇸"_s, u"#"_s, u"\u20E3"_s, u"🏴"_s,
        u"\U000E0067"_s, u"\U000E007F"_s, u"\u2000"_s, u"\u2010"_s, u"\u2030"_s, u"\u2035"_s,
        u"…"_s, u"\uFEFF"_s, u"рф"_s, u"xn--"_s, u"jp"_s, u"テスト"_s, u"@user"_s,
        u"@mastodon.social"_s, u"@bob@"_s, u"="_s, u"ä"_s, u"ſ"_s,
    };
    QRandomGenerator random(20270214);
    QStringList corpus;
    for (int i = 0; i < count; ++i) {
        QString text;
        const int n = 1 + int(random.bounded(24));
        for (int j = 0; j < n; ++j)
            text += pieces.at(int(random.bounded(pieces.size())));
        corpus << text;
    }
    return corpus;
}

// Random URL-shaped strings: schemes or none, labels in several scripts, real
// and made-up TLDs (generic, country, IDN), ports, paths with parentheses and
// trailing punctuation, and what may precede a URL.
QStringList randomUrlCorpus(int count)
{
    const QStringList before{u""_s, u" "_s, u"a"_s, u"@"_s, u"#"_s, u"$"_s, u"-"_s, u"_"_s, u"."_s,
                             u"/"_s, u"("_s, u"\u3000"_s, u"中"_s, u"😀"_s, u"\u202A"_s, u"\n"_s};
    const QStringList schemes{u""_s, u""_s, u"https://"_s, u"http://"_s, u"HTTP://"_s, u"ftp://"_s,
                              u"www."_s, u"https://www."_s};
    const QStringList labels{u"example"_s, u"t"_s, u"a-b"_s, u"x_y"_s, u"-x"_s, u"müller"_s,
                             u"пример"_s, u"例え"_s, u"xn--mnchen-3ya"_s, u"xn--bad"_s, u"123"_s,
                             u"a"_s + QString(62, u'b'), u"a"_s + QString(63, u'b'), u"ſ"_s, u"K"_s};
    const QStringList tlds{u"com"_s, u"COM"_s, u"org"_s, u"co.uk"_s, u"jp"_s, u"рф"_s, u"みんな"_s,
                           u"xn--p1ai"_s, u"zip"_s, u"museum"_s, u"comx"_s, u"c"_s, u"co"_s, u"ly"_s,
                           u"deutschland"_s, u"삼성"_s, u"ελ"_s, u"io"_s, u"local"_s};
    const QStringList tails{u""_s, u"/"_s, u"/path"_s, u"/a_(b)"_s, u"/a(b"_s, u"?q=1&r=2"_s,
                            u"?q=1."_s, u"#frag"_s, u":8080/x"_s, u":99999"_s, u"/%20x"_s, u"/ü"_s,
                            u"/😀"_s, u"."_s, u","_s, u"!"_s, u")"_s, u"'"_s, u"..."_s, u"/@user"_s};
    QRandomGenerator random(5122019);
    const auto pick = [&random](const QStringList &list) { return list.at(int(random.bounded(list.size()))); };
    QStringList corpus;
    for (int i = 0; i < count; ++i) {
        QString text = pick(before) + pick(schemes);
        const int depth = 1 + int(random.bounded(3));
        for (int d = 0; d < depth; ++d)
            text += pick(labels) + u'.';
        text += pick(tlds) + pick(tails);
        if (random.bounded(3) == 0)
            text += u' ' + pick(schemes) + pick(labels) + u'.' + pick(tlds) + pick(tails);
        corpus << text;
    }
    return corpus;
}

struct OracleAnswer
{
    int xLength = -1;
    bool xValid = false;
    int graphemes = -1;
    int bytes = -1;
    int mastodon = -1;
};

std::vector<OracleAnswer> askOracle(const QStringList &corpus)
{
    QByteArray input;
    for (const QString &text : corpus) {
        // A JSON string per line: QJsonDocument cannot write a bare string, so
        // wrap it in an array and strip the brackets.
        QByteArray line = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        input += line.mid(1, line.size() - 2) + '\n';
    }
    QProcessEnvironment env;
    env.insert(u"NODE_PATH"_s, QStringLiteral(CHORUS_ORACLE_DIR) + u"/node_modules"_s);
    const ProcessResult result = runProcess(u"node"_s, {QStringLiteral(CHORUS_MEASURE_ORACLE)},
                                            input, 120000, env);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    std::vector<OracleAnswer> answers;
    for (const QByteArray &line : result.out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        answers.push_back({object.value(u"x_length"_s).toInt(-1),
                           object.value(u"x_valid"_s).toBool(), object.value(u"graphemes"_s).toInt(-1),
                           object.value(u"bytes"_s).toInt(-1), object.value(u"mastodon"_s).toInt(-1)});
    }
    EXPECT_EQ(answers.size(), std::size_t(corpus.size())) << "the oracle did not answer every line";
    return answers;
}

QString escaped(const QString &text)
{
    QString out;
    for (const char32_t cp : text.toUcs4()) {
        if (cp >= 0x20 && cp < 0x7F)
            out += QChar(cp);
        else
            out += u"\\u{%1}"_s.arg(uint(cp), 0, 16);
    }
    return out;
}

void compareWithOracle(const QStringList &corpus)
{
    const std::vector<OracleAnswer> answers = askOracle(corpus);
    ASSERT_EQ(answers.size(), std::size_t(corpus.size()));
    int disagreements = 0;
    for (qsizetype i = 0; i < corpus.size(); ++i) {
        const QString &text = corpus.at(i);
        const OracleAnswer &oracle = answers[std::size_t(i)];
        const PostLength x = measureX(text);
        EXPECT_EQ(x.length, oracle.xLength) << "X length of \"" << escaped(text).toStdString() << '"';
        EXPECT_EQ(x.valid, oracle.xValid) << "X valid of \"" << escaped(text).toStdString() << '"';
        const PostLength bluesky = measureBluesky(text);
        EXPECT_EQ(bluesky.length, oracle.graphemes) << "graphemes of \"" << escaped(text).toStdString() << '"';
        EXPECT_EQ(bluesky.bytes, oracle.bytes) << "bytes of \"" << escaped(text).toStdString() << '"';
        const PostLength mastodon = measureMastodon(text);
        EXPECT_EQ(mastodon.length, oracle.mastodon) << "Mastodon length of \"" << escaped(text).toStdString() << '"';
        disagreements += x.length != oracle.xLength || x.valid != oracle.xValid
                         || bluesky.length != oracle.graphemes || mastodon.length != oracle.mastodon;
    }
    EXPECT_EQ(disagreements, 0) << "of " << corpus.size() << " strings";
}

TEST(MeasureOracle, HandWrittenCorpusAgreesWithTwitterTextAndIntlSegmenter)
{
    const QStringList corpus = handWrittenCorpus();
    ASSERT_GE(corpus.size(), 150);
    compareWithOracle(corpus);
}

TEST(MeasureOracle, SeededRandomStringsAgree)
{
    compareWithOracle(randomCorpus(3000));
}

TEST(MeasureOracle, SeededRandomUrlsAgree)
{
    compareWithOracle(randomUrlCorpus(3000));
}

} // namespace
