// Posting on Bluesky against a real PDS (@atproto/pds) and PLC directory on
// loopback: sign-in, wrong passwords, token renewal, exactly-once after a lost
// answer, facets read back byte by byte, 429, handle resolution, the hour's
// edges and a server that is down at the instant.
#include "atproto.h"

#include "social/bluesky.h"
#include "social/blueskyclient.h"
#include "social/blueskyposter.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTimer>

#include <memory>

using namespace Chorus;
using namespace Chorus::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

Time::Instant nowSeconds()
{
    return floor<seconds>(system_clock::now());
}

/// One poster run, waited for.
struct PostRun
{
    std::optional<Social::BlueskyPostResult> posted;
    std::optional<Social::BlueskyPostError> failed;
    QStringList progress;
};

class BlueskyPds : public testing::Test
{
protected:
    void SetUp() override
    {
        const QString why = Atproto::unavailableReason();
        if (!why.isEmpty()) {
            if (!Atproto::installed())
                GTEST_SKIP() << why.toStdString();
            FAIL() << why.toStdString();
        }
    }

    Social::BlueskyPostRequest request(const AtprotoAccount &account, const QUrl &service,
                                       const QString &text = u"We want the sequel! #AlitaSequel"_s)
    {
        Social::BlueskyPostRequest request;
        request.handle = account.handle;
        request.appPassword = account.appPassword;
        request.service = service;
        request.campaign = "#alitasequel";
        request.text = text;
        request.windowStart = nowSeconds() - 1s;
        request.windowEnd = request.windowStart + 60min;
        request.at = request.windowStart;
        return request;
    }

    PostRun run(const Social::BlueskyPostRequest &request,
                const std::function<void(Social::BlueskyPoster &)> &setUp = {},
                int timeoutMs = 60000, milliseconds clockSkew = 0ms)
    {
        QNetworkAccessManager network;
        Social::BlueskyPoster poster(&network,
                                     [clockSkew] { return system_clock::now() + clockSkew; });
        poster.client().setRequestTimeout(5s);
        if (setUp)
            setUp(poster);
        PostRun result;
        QObject::connect(&poster, &Social::BlueskyPoster::posted, &poster,
                         [&result](const Social::BlueskyPostResult &r) { result.posted = r; });
        QObject::connect(&poster, &Social::BlueskyPoster::failed, &poster,
                         [&result](const Social::BlueskyPostError &e) { result.failed = e; });
        QObject::connect(&poster, &Social::BlueskyPoster::progress, &poster,
                         [&result](const QString &message) { result.progress << message; });
        poster.start(request);
        EXPECT_TRUE(waitUntil([&] { return result.posted || result.failed; }, timeoutMs))
            << "the poster neither posted nor failed";
        return result;
    }
};

TEST_F(BlueskyPds, SignsInWaitsForTheInstantAndPostsOnce)
{
    const AtprotoAccount account = Atproto::account(u"wait"_s);
    Social::BlueskyPostRequest post = request(account, Atproto::pds());
    post.windowStart = nowSeconds() + 6s;
    post.windowEnd = post.windowStart + 60min;
    post.at = post.windowStart;
    const PostRun first = run(post);
    ASSERT_TRUE(first.posted) << (first.failed ? first.failed->message.toStdString() : "");
    EXPECT_FALSE(first.posted->alreadyPosted);
    EXPECT_EQ(first.posted->did, account.did);
    EXPECT_EQ(first.posted->uri,
              u"at://%1/app.bsky.feed.post/%2"_s.arg(
                  account.did, Social::postRecordKey("#alitasequel", account.did)));
    EXPECT_EQ(first.posted->url,
              u"https://bsky.app/profile/%1/post/%2"_s.arg(account.handle,
                                                           first.posted->uri.section(u'/', -1)));
    // Sent at or after the instant by this machine's clock (the server's is the same here).
    EXPECT_GE(first.posted->sentAt,
              Social::Millis(post.windowStart) - first.posted->offset.uncertainty);
    EXPECT_TRUE(first.progress.join(u'\n').contains(u"Waiting until"_s));

    const QList<QJsonObject> records = Atproto::posts(account.did);
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records.first().value(u"uri"_s).toString(), first.posted->uri);
    const QJsonObject value = records.first().value(u"value"_s).toObject();
    EXPECT_EQ(value.value(u"text"_s).toString(), u"We want the sequel! #AlitaSequel"_s);
    EXPECT_EQ(value.value(u"createdAt"_s).toString(), first.posted->createdAt);
    const QDateTime createdAt = QDateTime::fromString(first.posted->createdAt, Qt::ISODateWithMs);
    EXPECT_GE(createdAt.toSecsSinceEpoch(), post.windowStart.time_since_epoch().count());

    // Again: nothing new, the same post named.
    const PostRun second = run(post);
    ASSERT_TRUE(second.posted);
    EXPECT_TRUE(second.posted->alreadyPosted);
    EXPECT_EQ(second.posted->uri, first.posted->uri);
    EXPECT_EQ(second.posted->createdAt, first.posted->createdAt);
    EXPECT_EQ(second.posted->attempts, 0);
    EXPECT_EQ(Atproto::posts(account.did).size(), 1);
}

TEST_F(BlueskyPds, AWrongOrRevokedPasswordPostsNothing)
{
    const AtprotoAccount account = Atproto::account(u"wrong"_s);
    Social::BlueskyPostRequest post = request(account, Atproto::pds());
    post.appPassword = u"aaaa-bbbb-cccc-dddd"_s;
    const PostRun wrong = run(post);
    ASSERT_TRUE(wrong.failed);
    EXPECT_EQ(wrong.failed->kind, Social::BlueskyPostError::Kind::Auth);
    EXPECT_TRUE(wrong.failed->message.contains(u"app password"_s))
        << wrong.failed->message.toStdString();
    EXPECT_TRUE(wrong.failed->message.contains(Social::appPasswordsPage.toString()));
    EXPECT_TRUE(Atproto::posts(account.did).isEmpty());
}

TEST_F(BlueskyPds, RenewsAnExpiredAccessToken)
{
    const AtprotoAccount account = Atproto::account(u"renew"_s);
    QNetworkAccessManager network;
    Social::BlueskyClient client(&network, [] { return system_clock::now(); });
    std::optional<Social::BlueskyResult<Social::BlueskySession>> signedIn;
    client.createSession(Atproto::pds(), account.handle, account.appPassword,
                         [&](auto result) { signedIn = result; });
    ASSERT_TRUE(waitUntil([&] { return signedIn.has_value(); }, 30000));
    ASSERT_TRUE(*signedIn) << signedIn->error().message.toStdString();

    // The access token expired an hour ago; the refresh token is fine.
    Social::BlueskySession stale = **signedIn;
    stale.accessJwt = Atproto::expiredAccessToken(account.did);
    ASSERT_FALSE(stale.accessJwt.isEmpty());
    int status = 0;
    const QJsonObject refused
        = Atproto::xrpc("GET", u"com.atproto.server.getSession"_s, {}, stale.accessJwt, &status);
    ASSERT_EQ(status, 400); // what the server says to an expired token
    ASSERT_EQ(refused.value(u"error"_s).toString(), u"ExpiredToken"_s);
    client.setSession(stale);
    QList<Social::BlueskySession> renewed;
    QObject::connect(&client, &Social::BlueskyClient::sessionChanged, &client,
                     [&](const Social::BlueskySession &session) { renewed << session; });

    std::optional<Social::BlueskyResult<Social::BlueskyRecord>> created;
    const QString key = Social::postRecordKey("#renew", account.did);
    client.createRecord(
        u"app.bsky.feed.post"_s, key,
        Social::postRecord(u"renewed #Renew"_s, time_point_cast<milliseconds>(system_clock::now())),
        [&](auto result) { created = result; });
    ASSERT_TRUE(waitUntil([&] { return created.has_value(); }, 30000));
    ASSERT_TRUE(*created) << created->error().message.toStdString();
    ASSERT_EQ(renewed.size(), 1);
    EXPECT_NE(renewed.first().accessJwt, stale.accessJwt);
    EXPECT_NE(renewed.first().refreshJwt, stale.refreshJwt); // refresh tokens rotate
    EXPECT_EQ(client.session()->accessJwt, renewed.first().accessJwt);
    EXPECT_EQ(Atproto::posts(account.did).size(), 1);
}

TEST_F(BlueskyPds, ALostAnswerIsFoundNotPostedTwice)
{
    const AtprotoAccount account = Atproto::account(u"lost"_s);
    CutProxy proxy(quint16(Atproto::pds().port()));
    proxy.setMode(CutProxy::Mode::CutAfterCreate);
    const PostRun lost = run(request(account, proxy.url()));
    ASSERT_TRUE(lost.posted) << (lost.failed ? lost.failed->message.toStdString() : "");
    EXPECT_EQ(proxy.cuts(), 1); // the first answer never came
    EXPECT_GE(proxy.creates(), 1);
    EXPECT_FALSE(lost.posted->alreadyPosted); // this run made it
    const QList<QJsonObject> records = Atproto::posts(account.did);
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records.first().value(u"uri"_s).toString(), lost.posted->uri);

    // And a create repeated under the same key is refused by the server itself.
    const QJsonObject session
        = Atproto::xrpc("POST", u"com.atproto.server.createSession"_s,
                        {{u"identifier"_s, account.handle}, {u"password"_s, account.appPassword}});
    int status = 0;
    (void)Atproto::xrpc(
        "POST", u"com.atproto.repo.createRecord"_s,
        {{u"repo"_s, account.did},
         {u"collection"_s, u"app.bsky.feed.post"_s},
         {u"rkey"_s, lost.posted->uri.section(u'/', -1)},
         {u"record"_s,
          Social::postRecord(u"again"_s, time_point_cast<milliseconds>(system_clock::now()))}},
        session.value(u"accessJwt"_s).toString(), &status);
    EXPECT_GE(status, 400);
    EXPECT_EQ(Atproto::posts(account.did).size(), 1);
}

TEST_F(BlueskyPds, FacetsPointAtTheHashtagBytesAfterJapaneseAndEmoji)
{
    const AtprotoAccount account = Atproto::account(u"facets"_s);
    const QString text
        = u"日本のファンも🎉👨‍👩‍👧 一緒に！ #AlitaSequel #アリータ https://example.org/alita"_s;
    const PostRun done = run(request(account, Atproto::pds(), text));
    ASSERT_TRUE(done.posted) << (done.failed ? done.failed->message.toStdString() : "");
    const QList<QJsonObject> records = Atproto::posts(account.did);
    ASSERT_EQ(records.size(), 1);
    const QJsonObject value = records.first().value(u"value"_s).toObject();
    const QByteArray stored = value.value(u"text"_s).toString().toUtf8();
    ASSERT_EQ(stored, text.toUtf8());
    QStringList tags;
    QStringList links;
    for (const QJsonValue &facetValue : value.value(u"facets"_s).toArray()) {
        const QJsonObject facet = facetValue.toObject();
        const QJsonObject index = facet.value(u"index"_s).toObject();
        const int start = index.value(u"byteStart"_s).toInt();
        const int end = index.value(u"byteEnd"_s).toInt();
        const QString covered = QString::fromUtf8(stored.mid(start, end - start));
        const QJsonObject feature = facet.value(u"features"_s).toArray().at(0).toObject();
        if (feature.value(u"$type"_s).toString() == u"app.bsky.richtext.facet#tag") {
            EXPECT_EQ(covered, u'#' + feature.value(u"tag"_s).toString());
            tags << covered;
        } else {
            EXPECT_EQ(covered, feature.value(u"uri"_s).toString());
            links << covered;
        }
    }
    EXPECT_EQ(tags, (QStringList {u"#AlitaSequel"_s, u"#アリータ"_s}));
    EXPECT_EQ(links, QStringList {u"https://example.org/alita"_s});
}

TEST_F(BlueskyPds, ATooManyAnswerIsWaitedOutThenPosted)
{
    const AtprotoAccount account = Atproto::account(u"slow"_s);
    CutProxy proxy(quint16(Atproto::pds().port()));
    proxy.setMode(CutProxy::Mode::TooManyOnce);
    const PostRun done = run(request(account, proxy.url()));
    ASSERT_TRUE(done.posted) << (done.failed ? done.failed->message.toStdString() : "");
    EXPECT_EQ(proxy.creates(), 2);
    EXPECT_TRUE(done.progress.join(u'\n').contains(u"429"_s))
        << done.progress.join(u'\n').toStdString();
    EXPECT_EQ(Atproto::posts(account.did).size(), 1);
}

TEST_F(BlueskyPds, TheServersRateLimitPastTheHourPostsNothing)
{
    const AtprotoAccount account = Atproto::account(u"limited"_s);
    // The PDS allows 30 sign-ins per account in 5 minutes (rate limits are on).
    int status = 0;
    for (int i = 0; i < 40 && status != 429; ++i)
        (void)Atproto::xrpc(
            "POST", u"com.atproto.server.createSession"_s,
            {{u"identifier"_s, account.handle}, {u"password"_s, account.appPassword}}, {}, &status);
    ASSERT_EQ(status, 429) << "the test server's rate limits are off";
    Social::BlueskyPostRequest post = request(account, Atproto::pds());
    post.windowEnd = nowSeconds() + 20s; // the server asks for minutes
    const PostRun limited = run(post);
    ASSERT_TRUE(limited.failed);
    EXPECT_EQ(limited.failed->kind, Social::BlueskyPostError::Kind::Unreachable);
    EXPECT_TRUE(limited.failed->message.contains(u"past the hour's end"_s))
        << limited.failed->message.toStdString();
    EXPECT_TRUE(Atproto::posts(account.did).isEmpty());
}

TEST_F(BlueskyPds, FindsTheServerFromTheHandleThroughWellKnownAndPlc)
{
    const AtprotoAccount account = Atproto::account(u"found"_s);
    const auto directory = [](Social::BlueskyPoster &poster) {
        Social::BlueskyDirectory where;
        where.plc = Atproto::plc();
        where.wellKnownServer = Atproto::pds(); // answers /.well-known/atproto-did by Host
        where.dns = false;
        poster.client().setDirectory(where);
    };
    const PostRun found = run(request(account, QUrl()), directory);
    ASSERT_TRUE(found.posted) << (found.failed ? found.failed->message.toStdString() : "");
    EXPECT_EQ(found.posted->did, account.did);
    EXPECT_EQ(Atproto::posts(account.did).size(), 1);

    AtprotoAccount nobody = account;
    nobody.handle = u"nobody-here.test"_s;
    const PostRun lost = run(request(nobody, QUrl()), directory);
    ASSERT_TRUE(lost.failed);
    EXPECT_EQ(lost.failed->kind, Social::BlueskyPostError::Kind::Account);
    EXPECT_TRUE(lost.failed->message.contains(u"'nobody-here.test' does not resolve"_s))
        << lost.failed->message.toStdString();
    EXPECT_EQ(Atproto::posts(account.did).size(), 1);
}

TEST_F(BlueskyPds, NeverPostsAfterTheHourAndSaysWhenItIsLate)
{
    const AtprotoAccount account = Atproto::account(u"hour"_s);
    Social::BlueskyPostRequest over = request(account, Atproto::pds());
    over.windowStart = nowSeconds() - 120min;
    over.windowEnd = over.windowStart + 60min;
    over.at = over.windowStart;
    const PostRun refused = run(over);
    ASSERT_TRUE(refused.failed);
    EXPECT_EQ(refused.failed->kind, Social::BlueskyPostError::Kind::HourOver);
    EXPECT_TRUE(refused.failed->message.contains(u"never posts after the hour"_s));
    EXPECT_TRUE(Atproto::posts(account.did).isEmpty());

    // Woken ten minutes into the hour: it posts at once and tells how late.
    Social::BlueskyPostRequest late = request(account, Atproto::pds());
    late.windowStart = nowSeconds() - 10min;
    late.windowEnd = late.windowStart + 60min;
    late.at = late.windowStart;
    const PostRun posted = run(late);
    ASSERT_TRUE(posted.posted);
    EXPECT_GE(posted.posted->lateBy, 10min - 5s);
    EXPECT_LE(posted.posted->lateBy, 12min);
    EXPECT_EQ(Atproto::posts(account.did).size(), 1);
}

TEST_F(BlueskyPds, AServerDownAtTheInstantIsRetriedThenReported)
{
    const AtprotoAccount account = Atproto::account(u"down"_s);
    CutProxy proxy(quint16(Atproto::pds().port()));
    // Down for two seconds from the instant, then back: posted on a retry.
    Social::BlueskyPostRequest post = request(account, proxy.url());
    post.windowStart = nowSeconds() + 6s;
    post.windowEnd = post.windowStart + 60min;
    post.at = post.windowStart;
    QTimer::singleShot(
        duration_cast<milliseconds>(Social::Millis(post.windowStart)
                                    - time_point_cast<milliseconds>(system_clock::now()) - 100ms),
        &proxy, [&proxy] {
            proxy.setMode(CutProxy::Mode::Down);
            QTimer::singleShot(2000, &proxy, [&proxy] { proxy.setMode(CutProxy::Mode::Forward); });
        });
    const PostRun back = run(post);
    ASSERT_TRUE(back.posted) << (back.failed ? back.failed->message.toStdString() : "");
    EXPECT_GE(back.posted->attempts, 2);
    EXPECT_GE(back.posted->lateBy, 1s);
    EXPECT_EQ(Atproto::posts(account.did).size(), 1);

    // Down until the hour ends: reported, nothing posted.
    const AtprotoAccount other = Atproto::account(u"gone"_s);
    Social::BlueskyPostRequest gone = request(other, proxy.url());
    gone.campaign = "#gone";
    gone.windowStart = nowSeconds() + 5s;
    gone.windowEnd = gone.windowStart + 5s;
    gone.at = gone.windowStart;
    QTimer::singleShot(
        duration_cast<milliseconds>(Social::Millis(gone.windowStart)
                                    - time_point_cast<milliseconds>(system_clock::now()) - 300ms),
        &proxy, [&proxy] { proxy.setMode(CutProxy::Mode::Down); });
    const PostRun reported = run(gone);
    ASSERT_TRUE(reported.failed);
    EXPECT_EQ(reported.failed->kind, Social::BlueskyPostError::Kind::Unreachable);
    EXPECT_TRUE(reported.failed->message.contains(u"kept failing until the hour's end"_s))
        << reported.failed->message.toStdString();
    EXPECT_TRUE(Atproto::posts(other.did).isEmpty());
}

TEST_F(BlueskyPds, GoesByTheServersClockWhenThisOneIsFarOff)
{
    // Two hours fast: by this clock the hour is over, by the server's it has
    // just begun; and the wait for an instant 3 s ahead is 3 s, not minus two hours.
    const AtprotoAccount account = Atproto::account(u"fast"_s);
    Social::BlueskyPostRequest post = request(account, Atproto::pds());
    post.windowStart = nowSeconds() + 3s;
    post.windowEnd = post.windowStart + 60min;
    post.at = post.windowStart;
    const PostRun fast = run(post, {}, 60000, 2h);
    ASSERT_TRUE(fast.posted) << (fast.failed ? fast.failed->message.toStdString() : "");
    EXPECT_LE(abs(fast.posted->offset.offset + milliseconds(2h)), 1s);
    const QDateTime createdAt = QDateTime::fromString(fast.posted->createdAt, Qt::ISODateWithMs);
    EXPECT_GE(createdAt.toMSecsSinceEpoch(),
              duration_cast<milliseconds>(post.windowStart.time_since_epoch()).count());
    EXPECT_LE(createdAt.toMSecsSinceEpoch(),
              duration_cast<milliseconds>(post.windowStart.time_since_epoch()).count() + 30000);

    // Three hours slow: by this clock the hour is hours away; by the server's
    // it ended an hour ago, so nothing is posted.
    const AtprotoAccount late = Atproto::account(u"slow"_s);
    Social::BlueskyPostRequest over = request(late, Atproto::pds());
    over.windowStart = nowSeconds() - 2h;
    over.windowEnd = over.windowStart + 60min;
    over.at = over.windowStart;
    const PostRun slow = run(over, {}, 60000, -3h);
    ASSERT_TRUE(slow.failed);
    EXPECT_EQ(slow.failed->kind, Social::BlueskyPostError::Kind::HourOver);
    EXPECT_TRUE(Atproto::posts(late.did).isEmpty());
}

} // namespace
