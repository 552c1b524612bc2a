// The pulse's pure parts (issue 15): timestamps to minutes, the aggregator
// over Mastodon and Bluesky pages, rate-limit headers, Link headers, the
// default server list, the summary and the JSON/CSV/line outputs.
#include "social/pulse.h"
#include "social/pulsepoller.h"

#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Chorus::Social;
using Chorus::Checkin::MinuteRange;

namespace {

qint64 minuteOf(const char *iso)
{
    return Chorus::Test::at(iso).time_since_epoch().count() / 60;
}

const MinuteRange hour {minuteOf("2027-02-14T17:00:00Z"), minuteOf("2027-02-14T18:00:00Z")};

QJsonObject status(const QString &uri, const QString &createdAt, const QStringList &tags,
                   const QString &id = u"1"_s)
{
    QJsonArray tagList;
    for (const QString &tag : tags)
        tagList.append(
            QJsonObject {{u"name"_s, tag}, {u"url"_s, QString(u"https://x/tags/"_s + tag)}});
    return {{u"id"_s, id}, {u"uri"_s, uri}, {u"created_at"_s, createdAt}, {u"tags"_s, tagList}};
}

QJsonObject post(const QString &uri, const QString &createdAt, const QString &text,
                 const QStringList &facetTags = {})
{
    QJsonArray facets;
    for (const QString &tag : facetTags)
        facets.append(
            QJsonObject {{u"index"_s, QJsonObject {{u"byteStart"_s, 0}, {u"byteEnd"_s, 1}}},
                         {u"features"_s,
                          QJsonArray {QJsonObject {{u"$type"_s, u"app.bsky.richtext.facet#tag"_s},
                                                   {u"tag"_s, tag}}}}});
    QJsonObject record {
        {u"$type"_s, u"app.bsky.feed.post"_s}, {u"text"_s, text}, {u"createdAt"_s, createdAt}};
    if (!facets.isEmpty())
        record.insert(u"facets"_s, facets);
    return {
        {u"uri"_s, uri}, {u"cid"_s, u"bafy"_s}, {u"record"_s, record}, {u"indexedAt"_s, createdAt}};
}

QByteArray page(const QJsonArray &items)
{
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

QByteArray searchPage(const QJsonArray &posts, const QString &cursor = {})
{
    QJsonObject object {{u"posts"_s, posts}};
    if (!cursor.isEmpty())
        object.insert(u"cursor"_s, cursor);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

TEST(MinuteOfTimestamp, ReadsThePlatformsFormsAndRefusesTheRest)
{
    EXPECT_EQ(minuteOfTimestamp(u"2027-02-14T17:03:12.345Z"), minuteOf("2027-02-14T17:03:00Z"));
    EXPECT_EQ(minuteOfTimestamp(u"2027-02-14T17:03:59Z"), minuteOf("2027-02-14T17:03:00Z"));
    EXPECT_EQ(minuteOfTimestamp(u"2027-02-14T17:03:12.123456789Z"),
              minuteOf("2027-02-14T17:03:00Z"));
    // An offset moves the minute: 18:03+01:00 is 17:03Z; -03:30 the other way.
    EXPECT_EQ(minuteOfTimestamp(u"2027-02-14T18:03:00+01:00"), minuteOf("2027-02-14T17:03:00Z"));
    EXPECT_EQ(minuteOfTimestamp(u"2027-02-14T13:33:00.5-03:30"), minuteOf("2027-02-14T17:03:00Z"));
    EXPECT_EQ(minuteOfTimestamp(u"2027-02-15T00:30:00+07:30"), minuteOf("2027-02-14T17:00:00Z"));
    for (const QString &bad :
         {u""_s, u"2027-02-14T17:03:12"_s, u"2027-02-30T17:03:12Z"_s, u"2027-02-14T24:03:12Z"_s,
          u"2027-02-14T17:03:12.Z"_s, u"2027-02-14T17:03:12Zjunk"_s, u"yesterday at five"_s})
        EXPECT_FALSE(minuteOfTimestamp(bad).has_value()) << bad.toStdString();
}

TEST(PulseTally, CountsMastodonStatusesOncePerUriInTheMinuteOfCreation)
{
    PulseTally tally(hour, u"#AlitaSequel");
    const auto first = tally.addMastodonPage(page({
        status(u"https://a/1"_s, u"2027-02-14T17:59:59.999Z"_s, {u"alitasequel"_s}, u"9"_s),
        status(u"https://a/2"_s, u"2027-02-14T17:03:10.000Z"_s, {u"AlitaSequel"_s}),
        status(u"https://a/3"_s, u"2027-02-14T17:03:50.000Z"_s, {u"other"_s, u"ALITASEQUEL"_s}),
        status(u"https://a/4"_s, u"2027-02-14T18:00:00.000Z"_s, {u"alitasequel"_s}),
        status(u"https://a/5"_s, u"2027-02-14T16:59:59.999Z"_s, {u"alitasequel"_s}),
        status(u"https://a/6"_s, u"2027-02-14T17:10:00.000Z"_s, {u"alitasequelfan"_s}),
        status(u"https://a/7"_s, u"not a time"_s, {u"alitasequel"_s}, u"3"_s),
    }));
    ASSERT_TRUE(first.has_value()) << first.error().text().toStdString();
    EXPECT_EQ(first->items, 7);
    EXPECT_EQ(first->counted, 3);
    EXPECT_EQ(first->firstId, u"9"_s);
    EXPECT_EQ(first->lastId, u"3"_s);
    EXPECT_EQ(first->oldestMinute, minuteOf("2027-02-14T16:59:00Z"));
    EXPECT_EQ(first->newestMinute, minuteOf("2027-02-14T18:00:00Z"));

    // The same status from a second server (same uri) counts once.
    const auto second = tally.addMastodonPage(page({
        status(u"https://a/2"_s, u"2027-02-14T17:03:10.000Z"_s, {u"alitasequel"_s}),
        status(u"https://b/1"_s, u"2027-02-14T17:03:00.000Z"_s, {u"alitasequel"_s}),
    }));
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->counted, 1);

    const auto minutes = tally.minutes();
    ASSERT_EQ(minutes.size(), 60);
    EXPECT_EQ(minutes[0].minute, hour.from);
    EXPECT_EQ(minutes[3].mastodon, 3);
    EXPECT_EQ(minutes[59].mastodon, 1);
    EXPECT_EQ(tally.mastodonTotal(), 4);
    qint64 sum = 0;
    for (const auto &minute : minutes)
        sum += minute.mastodon + minute.bluesky;
    EXPECT_EQ(sum, 4);

    const auto broken = tally.addMastodonPage("{\"error\":\"nope\"}");
    ASSERT_FALSE(broken.has_value());
    EXPECT_EQ(broken.error().field, u"statuses"_s);
    EXPECT_FALSE(tally.addMastodonPage("[{").has_value());
}

TEST(PulseTally, CountsBlueskyPostsByTagFacetOrHashtagTextNotBySubstring)
{
    PulseTally tally(hour, u"#AlitaSequel");
    const auto scanned = tally.addBlueskyPage(searchPage(
        {
            post(u"at://did:plc:a/app.bsky.feed.post/1"_s, u"2027-02-14T17:00:01.000Z"_s,
                 u"We want it #AlitaSequel"_s, {u"AlitaSequel"_s}),
            // A facet in another case, and a hashtag in the text without a facet.
            post(u"at://did:plc:a/app.bsky.feed.post/2"_s, u"2027-02-14T17:00:30Z"_s,
                 u"yes #alitasequel"_s, {u"alitasequel"_s}),
            post(u"at://did:plc:b/app.bsky.feed.post/1"_s, u"2027-02-14T18:20:00+01:00"_s,
                 u"#ALITASEQUEL, again"_s),
            // Search matched the substring, but these carry another tag or none.
            post(u"at://did:plc:b/app.bsky.feed.post/2"_s, u"2027-02-14T17:21:00Z"_s,
                 u"#AlitaSequelFan club"_s, {u"AlitaSequelFan"_s}),
            post(u"at://did:plc:b/app.bsky.feed.post/3"_s, u"2027-02-14T17:22:00Z"_s,
                 u"about AlitaSequel without a hash, or mail me@x#AlitaSequel"_s),
            // Outside the range: the search may ignore since/until.
            post(u"at://did:plc:c/app.bsky.feed.post/1"_s, u"2027-02-14T16:59:59Z"_s,
                 u"#AlitaSequel early"_s, {u"AlitaSequel"_s}),
            post(u"at://did:plc:c/app.bsky.feed.post/2"_s, u"2027-02-14T18:00:00Z"_s,
                 u"#AlitaSequel late"_s, {u"AlitaSequel"_s}),
        },
        u"cursor-2"_s));
    ASSERT_TRUE(scanned.has_value()) << scanned.error().text().toStdString();
    EXPECT_EQ(scanned->items, 7);
    EXPECT_EQ(scanned->counted, 3);
    EXPECT_EQ(scanned->cursor, u"cursor-2"_s);
    // Seen again on a later page or round: not counted twice.
    const auto again = tally.addBlueskyPage(
        searchPage({post(u"at://did:plc:a/app.bsky.feed.post/1"_s, u"2027-02-14T17:00:01.000Z"_s,
                         u"We want it #AlitaSequel"_s, {u"AlitaSequel"_s})}));
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->counted, 0);
    EXPECT_TRUE(again->cursor.isEmpty());
    const auto minutes = tally.minutes();
    EXPECT_EQ(minutes[0].bluesky, 2);
    EXPECT_EQ(minutes[20].bluesky, 1);
    EXPECT_EQ(tally.blueskyTotal(), 3);
    EXPECT_FALSE(tally.addBlueskyPage("[]").has_value());
}

TEST(PulseTally, TakesTheCheckinsOfItsOwnMinutes)
{
    PulseTally tally(MinuteRange {hour.from, hour.from + 3}, u"#x");
    tally.setCheckins({MinuteRange {hour.from - 1, hour.from + 2}, {5, 6, 7}});
    const auto minutes = tally.minutes();
    ASSERT_EQ(minutes.size(), 3);
    EXPECT_EQ(minutes[0].checkinsPosted, 6);
    EXPECT_EQ(minutes[1].checkinsPosted, 7);
    EXPECT_EQ(minutes[2].checkinsPosted, 0);
}

TEST(RateLimitAdvice, ReadsEachPlatformsHeaders)
{
    const QDateTime now = QDateTime::fromString(u"2027-02-14T17:00:00Z"_s, Qt::ISODate);
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    struct Row
    {
        const char *name;
        int status;
        Headers headers;
        bool wait;
        qint64 seconds; ///< from now, when waiting
    };
    const QList<Row> rows {
        {"retry_after_seconds", 429, {{"Retry-After", "7"}}, true, 7},
        {"retry_after_date", 429, {{"retry-after", "Sun, 14 Feb 2027 17:00:30 GMT"}}, true, 30},
        {"mastodon_reset",
         429,
         {{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "2027-02-14T17:04:10.000Z"}},
         true,
         250},
        {"bluesky_unix_reset",
         429,
         {{"RateLimit-Remaining", "0"},
          {"RateLimit-Reset", QByteArray::number(now.toSecsSinceEpoch() + 90)}},
         true,
         90},
        {"ietf_delta_reset", 429, {{"RateLimit-Reset", "12"}}, true, 12},
        {"no_header_waits_a_minute", 429, {}, true, 60},
        {"budget_down_to_the_reserve",
         200,
         {{"X-RateLimit-Remaining", "5"}, {"X-RateLimit-Reset", "2027-02-14T17:05:00Z"}},
         true,
         300},
        {"budget_left",
         200,
         {{"X-RateLimit-Remaining", "6"}, {"X-RateLimit-Reset", "2027-02-14T17:05:00Z"}},
         false,
         0},
        {"no_headers", 200, {}, false, 0},
    };
    for (const Row &row : rows) {
        const RateLimitAdvice advice = rateLimitAdvice(row.status, row.headers, now, 5);
        EXPECT_EQ(advice.wait, row.wait) << row.name;
        if (row.wait) {
            EXPECT_EQ(now.secsTo(advice.until), row.seconds) << row.name;
        }
    }
}

TEST(LinkTarget, FindsEachRelation)
{
    const QByteArray link
        = R"(<https://m.example/api/v1/timelines/tag/x?limit=40&max_id=100>; rel="next", <https://m.example/api/v1/timelines/tag/x?limit=40&min_id=140>; rel="prev")";
    EXPECT_EQ(linkTarget(link, "next").toString(),
              u"https://m.example/api/v1/timelines/tag/x?limit=40&max_id=100"_s);
    EXPECT_EQ(linkTarget(link, "prev").toString(),
              u"https://m.example/api/v1/timelines/tag/x?limit=40&min_id=140"_s);
    EXPECT_FALSE(linkTarget(link, "last").isValid());
    EXPECT_FALSE(linkTarget({}, "next").isValid());
}

TEST(MastodonServersOf, MostCommonFirstCapped)
{
    auto who = [](const QString &handle, const QString &platform = u"mastodon"_s) {
        Chorus::Checkin::Participant participant;
        participant.handle = handle;
        participant.platform = platform;
        return participant;
    };
    const QList<Chorus::Checkin::Participant> participants {
        who(u"@a@fosstodon.org"_s),  who(u"@b@Mastodon.Social"_s),
        who(u"c@mastodon.social"_s), who(u"@d@mastodon.social"_s),
        who(u"@e@fosstodon.org"_s),  who(u"@f@hachyderm.io"_s),
        who(u"@g@not a host"_s),     who(u"@h"_s),
        who(u"@i@x.com"_s, u"x"_s),  who(u"@j@aaa.example"_s),
    };
    EXPECT_EQ(mastodonServersOf(participants, 3),
              (QStringList {u"mastodon.social"_s, u"fosstodon.org"_s, u"aaa.example"_s}));
    EXPECT_EQ(mastodonServersOf(participants, 10).size(), 4);
}

TEST(PulseOutputs, SummaryJsonCsvAndLinesKeepOnlyTheAskedSources)
{
    QList<PulseMinute> minutes {
        {hour.from, 3, 4, 1},
        {hour.from + 1, 10, 5, 2},
        {hour.from + 2, 15, 0, 0},
        {hour.from + 3, 1, 0, 9},
    };
    const PulseSummary summary
        = summarise(minutes, QDateTime::fromSecsSinceEpoch((hour.from + 3) * 60 + 20, Qt::UTC));
    EXPECT_EQ(summary.posts, 38);
    EXPECT_EQ(summary.checkinsPosted, 12);
    ASSERT_TRUE(summary.peak.has_value());
    EXPECT_EQ(summary.peak->minute, hour.from + 1); // 15 in each: the earliest
    ASSERT_TRUE(summary.thisMinute && summary.lastMinute);
    EXPECT_EQ(summary.thisMinute->minute, hour.from + 2);
    EXPECT_EQ(summary.lastMinute->minute, hour.from + 1);

    SourceReport source;
    source.name = u"mastodon.social"_s;
    source.platform = u"mastodon"_s;
    const QByteArray json = pulseJson(MinuteRange {hour.from, hour.from + 4}, minutes,
                                      PulseColumns {true, false, true}, {source});
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    EXPECT_EQ(root.value(u"from"_s).toString(), u"2027-02-14T17:00:00Z"_s);
    EXPECT_EQ(root.value(u"to"_s).toString(), u"2027-02-14T17:04:00Z"_s);
    const QJsonArray list = root.value(u"minutes"_s).toArray();
    ASSERT_EQ(list.size(), 4);
    EXPECT_EQ(list[1].toObject(),
              (QJsonObject {{u"minute"_s, u"2027-02-14T17:01:00Z"_s},
                            {u"mastodon"_s, 10},
                            {u"checkins_posted"_s, 2}}));
    EXPECT_EQ(root.value(u"totals"_s).toObject(),
              (QJsonObject {{u"mastodon"_s, 29}, {u"checkins_posted"_s, 12}}));
    EXPECT_EQ(root.value(u"sources"_s).toArray()[0].toObject().value(u"name"_s).toString(),
              u"mastodon.social"_s);

    EXPECT_EQ(pulseCsv(minutes.mid(0, 2), PulseColumns {true, true, false}),
              "minute,mastodon,bluesky,posts\r\n2027-02-14T17:00:00Z,3,4,7\r\n"
              "2027-02-14T17:01:00Z,10,5,15\r\n");
    EXPECT_EQ(pulseLine(minutes[1], PulseColumns {false, true, true}),
              u"2027-02-14T17:01:00Z bluesky 5 checkins_posted 2"_s);
}

TEST(ParseSourceUrl, AHostMeansHttpsPlainHttpOnlyOnThisMachine)
{
    EXPECT_EQ(parseSourceUrl(u"mastodon.social", u"--mastodon"_s)->toString(),
              u"https://mastodon.social"_s);
    EXPECT_EQ(parseSourceUrl(u"https://fosstodon.org/", u"--mastodon"_s)->toString(),
              u"https://fosstodon.org"_s);
    EXPECT_EQ(parseSourceUrl(u"http://127.0.0.1:8080", u"--checkins"_s)->toString(),
              u"http://127.0.0.1:8080"_s);
    EXPECT_EQ(sourceName(*parseSourceUrl(u"http://127.0.0.1:8080", u"--checkins"_s)),
              u"127.0.0.1:8080"_s);
    EXPECT_EQ(sourceName(*parseSourceUrl(u"mastodon.social", u"--mastodon"_s)),
              u"mastodon.social"_s);
    for (const QString &bad : {u""_s, u"http://mastodon.social"_s, u"ftp://x.example"_s,
                               u"https://x.example/?q=1"_s, u"https://me@x.example"_s}) {
        const auto url = parseSourceUrl(bad, u"--mastodon"_s);
        ASSERT_FALSE(url.has_value()) << bad.toStdString();
        EXPECT_EQ(url.error().field, u"--mastodon"_s);
    }
}
