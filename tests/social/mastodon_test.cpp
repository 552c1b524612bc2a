// The Mastodon client, scheduling and posting at the instant, over real
// loopback sockets against the Mastodon test server
// (tests/support/mastodon/server.py, checked against Mastodon.py).

#include "mastodonserver.h"
#include "social/mastodonclient.h"
#include "social/mastodonoauth.h"
#include "social/mastodonschedule.h"
#include "testutil.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <optional>

using namespace Chorus;
using namespace Chorus::Social;
using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

Time::Clock systemClock()
{
    return [] {
        return system_clock::now();
    };
}

Time::Instant wholeSeconds(system_clock::time_point at)
{
    return floor<seconds>(at);
}

/// Runs the event loop until `done` is true (or 90 s pass).
template<typename Predicate> void spinUntil(Predicate done)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(5);
    QTimer::singleShot(90000, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
}

template<typename T> MastodonResult<T> await(std::function<void(MastodonClient::Callback<T>)> call)
{
    std::optional<MastodonResult<T>> result;
    call([&](MastodonResult<T> r) { result = std::move(r); });
    spinUntil([&] { return result.has_value(); });
    if (!result)
        return std::unexpected(
            MastodonError {MastodonError::Kind::Network, 0, u"test timed out"_s});
    return *result;
}

struct JobResult
{
    std::optional<ScheduleOutcome> outcome;
    std::optional<MastodonError> error;
};

struct PostResult
{
    std::optional<PostOutcome> outcome;
    std::optional<MastodonError> error;
    int retries = 0;
};

const MastodonRetry fastRetry {milliseconds(100), milliseconds(400), 5};

class MastodonTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.start()) << server.error().toStdString();
        client = std::make_unique<MastodonClient>(server.url(), &network, systemClock());
        client->setAccessToken(server.token(u"bob"_s)); // bob's default visibility is unlisted
    }

    /// A fresh client (a new run, so a new first answer for the clock).
    std::unique_ptr<MastodonClient> newClient(const QString &account = u"bob"_s)
    {
        auto fresh = std::make_unique<MastodonClient>(server.url(), &network, systemClock());
        fresh->setAccessToken(server.token(account));
        return fresh;
    }

    MastodonCampaignPost campaign(Time::Instant start,
                                  const QString &text = u"Together now #AlitaSequel"_s)
    {
        return {u"#alitasequel"_s, text, start, start + minutes(60)};
    }

    JobResult runSchedule(MastodonClient &with, const MastodonCampaignPost &post,
                          bool cancel = false)
    {
        JobResult result;
        MastodonScheduleJob job(&with, fastRetry);
        QObject::connect(&job, &MastodonScheduleJob::finished,
                         [&](const ScheduleOutcome &o) { result.outcome = o; });
        QObject::connect(&job, &MastodonScheduleJob::failed,
                         [&](const MastodonError &e) { result.error = e; });
        cancel ? job.cancel(post) : job.schedule(post);
        spinUntil([&] { return result.outcome || result.error; });
        return result;
    }

    PostResult runPost(MastodonClient &with, const MastodonCampaignPost &post, Time::Instant at,
                       MastodonRetry retry = fastRetry)
    {
        PostResult result;
        MastodonPostJob job(&with, retry);
        QObject::connect(&job, &MastodonPostJob::finished,
                         [&](const PostOutcome &o) { result.outcome = o; });
        QObject::connect(&job, &MastodonPostJob::failed,
                         [&](const MastodonError &e) { result.error = e; });
        QObject::connect(&job, &MastodonPostJob::retrying, [&] { ++result.retries; });
        job.post(post, at);
        spinUntil([&] { return result.outcome || result.error; });
        return result;
    }

    int postsTo(const QString &path, const QString &method = u"POST"_s)
    {
        int count = 0;
        for (const QJsonValue &request : server.requests()) {
            const QJsonObject object = request.toObject();
            if (object.value(u"method"_s).toString() == method
                && object.value(u"path"_s).toString() == path)
                ++count;
        }
        return count;
    }

    Chorus::Test::MastodonServer server;
    QNetworkAccessManager network;
    std::unique_ptr<MastodonClient> client;
};

// --- pure pieces ---------------------------------------------------------------

TEST(MastodonPieces, PkceS256MatchesRfc7636AppendixB)
{
    EXPECT_EQ(pkceChallenge(u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s),
              u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
    const Pkce pkce = makePkce(QByteArray(32, '\x7f'));
    EXPECT_EQ(pkce.verifier.size(), 43);
    EXPECT_EQ(pkce.challenge, pkceChallenge(pkce.verifier));
}

TEST(MastodonPieces, ContentHtmlBecomesThePostedText)
{
    EXPECT_EQ(
        plainTextFromHtml(u"<p>We want it <a href=\"http://x/tags/alitasequel\" class=\"mention "
                          "hashtag\" rel=\"tag\">#<span>AlitaSequel</span></a> &amp; more<br />"
                          "line two</p><p>Para &#8220;two&#x201D; &lt;3</p>"_s),
        u"We want it #AlitaSequel & more\nline two\n\nPara \u201ctwo\u201d <3"_s);
}

TEST(MastodonPieces, NextPageFromTheLinkHeader)
{
    const auto next = nextPageUrl(
        R"(<https://m.example/api/v1/timelines/tag/x?max_id=7>; rel="next", <https://m.example/api/v1/timelines/tag/x?min_id=9>; rel="prev")");
    ASSERT_TRUE(next);
    EXPECT_EQ(next->toString(), u"https://m.example/api/v1/timelines/tag/x?max_id=7"_s);
    EXPECT_FALSE(nextPageUrl(R"(<https://m.example/x?min_id=9>; rel="prev")"));
}

TEST(MastodonPieces, BaseUrlIsHttpsExceptOnLoopback)
{
    EXPECT_EQ(mastodonBaseUrl(u"mastodon.social"_s)->toString(), u"https://mastodon.social"_s);
    EXPECT_EQ(mastodonBaseUrl(u"http://127.0.0.1:8080/"_s)->toString(), u"http://127.0.0.1:8080"_s);
    const auto plain = mastodonBaseUrl(u"http://mastodon.social"_s);
    ASSERT_FALSE(plain);
    EXPECT_EQ(plain.error().field, u"--instance"_s);
    EXPECT_TRUE(plain.error().message.contains(u"only https://"_s));
    EXPECT_FALSE(mastodonBaseUrl(u"https://mastodon.social/@me"_s));
}

TEST(MastodonPieces, IdempotencyKeyChangesWithStartAndTextButKeepsTheCampaignPrefix)
{
    const auto start = Chorus::Test::at("2027-02-14T17:00:00Z");
    const QString key
        = mastodonIdempotencyKey(u"#alitasequel"_s, u"bob@m.example"_s, start, u"Hi"_s);
    const QString prefix = mastodonCampaignKeyPrefix(u"#alitasequel"_s, u"bob@m.example"_s);
    EXPECT_TRUE(key.startsWith(prefix));
    EXPECT_NE(
        key,
        mastodonIdempotencyKey(u"#alitasequel"_s, u"bob@m.example"_s, start + hours(1), u"Hi"_s));
    EXPECT_NE(key, mastodonIdempotencyKey(u"#alitasequel"_s, u"bob@m.example"_s, start, u"Hi!"_s));
    EXPECT_NE(prefix, mastodonCampaignKeyPrefix(u"#alitasequel"_s, u"alice@m.example"_s));
    EXPECT_EQ(key, mastodonIdempotencyKey(u"#alitasequel"_s, u"bob@m.example"_s, start, u"Hi"_s));
}

TEST(MastodonPieces, PlanUsesTheSixMinuteMarginToTheSecond)
{
    const auto start = Chorus::Test::at("2027-02-14T17:00:00Z");
    const MastodonCampaignPost post {u"#a"_s, u"Hi"_s, start, start + hours(1)};
    const system_clock::time_point justOutside = start - seconds(360);
    const system_clock::time_point justInside = start - milliseconds(359'500);
    EXPECT_EQ(planSchedule({}, post, justOutside).action, SchedulePlan::Action::Create);
    EXPECT_EQ(planSchedule({}, post, justInside).action, SchedulePlan::Action::TooClose);
    const MastodonScheduledStatus right {u"1"_s, start, u"Hi"_s, u"public"_s, {}};
    const MastodonScheduledStatus wrong {u"2"_s, start + hours(1), u"Hi"_s, u"public"_s, {}};
    const auto keep = planSchedule({right, wrong}, post, justInside);
    EXPECT_EQ(keep.action, SchedulePlan::Action::Keep);
    EXPECT_EQ(keep.id, u"1"_s);
    EXPECT_EQ(keep.deleteIds, QStringList {u"2"_s});
    const auto moved = planSchedule({wrong}, post, justInside);
    EXPECT_EQ(moved.action, SchedulePlan::Action::TooClose);
    EXPECT_EQ(moved.deleteIds, QStringList {u"2"_s});
    EXPECT_EQ(planSchedule({wrong}, post, justOutside).action, SchedulePlan::Action::Update);
}

TEST(MastodonPieces, LimitAnswersBecomeMessagesForTheFan)
{
    const auto daily = classifyMastodonAnswer(
        422,
        R"({"error":"Validation failed: You have exceeded the limit of 25 scheduled posts for today"})",
        {}, {}, u"m.example"_s);
    EXPECT_EQ(daily.kind, MastodonError::Kind::DailyLimit);
    EXPECT_TRUE(daily.message.contains(u"25 scheduled posts for that day"_s));
    const auto total = classifyMastodonAnswer(
        422, R"({"error":"Validation failed: You have exceeded the limit of 300 scheduled posts"})",
        {}, {}, u"m.example"_s);
    EXPECT_EQ(total.kind, MastodonError::Kind::TotalLimit);
    EXPECT_TRUE(total.message.contains(u"300 scheduled posts"_s));
    const auto limited
        = classifyMastodonAnswer(429, R"({"error":"Too many requests"})", "7", {}, u"m"_s);
    EXPECT_EQ(limited.kind, MastodonError::Kind::RateLimited);
    EXPECT_EQ(limited.retryAfter, seconds(7));
    EXPECT_TRUE(limited.retryable());
    EXPECT_FALSE(classifyMastodonAnswer(401, {}, {}, {}, u"m"_s).retryable());
}

// --- the server's clock ----------------------------------------------------------

TEST_F(MastodonTest, TheServersClockComesFromTheFirstAnswersDate)
{
    for (const double offset : {3 * 3600.0, -3 * 3600.0}) {
        server.setClockOffset(offset);
        auto fresh = newClient();
        EXPECT_FALSE(fresh->clockOffset());
        ASSERT_TRUE(await<Text::MastodonLimits>([&](auto done) { fresh->instanceLimits(done); }));
        ASSERT_TRUE(fresh->clockOffset());
        const double measured = duration<double>(fresh->serverNow() - system_clock::now()).count();
        // Date has whole seconds: within 1.5 s of the server's setting.
        EXPECT_NEAR(measured, offset, 1.5);
    }
}

// --- scheduling ----------------------------------------------------------------

TEST_F(MastodonTest, ScheduleCreatesOnePublicStatusAndARerunKeepsIt)
{
    const auto start = wholeSeconds(system_clock::now() + hours(2));
    const auto first = runSchedule(*client, campaign(start));
    ASSERT_TRUE(first.outcome) << first.error->message.toStdString();
    EXPECT_EQ(first.outcome->kind, ScheduleOutcome::Kind::Created);
    EXPECT_EQ(first.outcome->status.scheduledAt, start);
    EXPECT_EQ(first.outcome->account.handle(), u"bob@"_s + server.host());
    const QJsonArray scheduled = server.scheduled();
    ASSERT_EQ(scheduled.size(), 1);
    const QJsonObject params = scheduled[0].toObject().value(u"params"_s).toObject();
    // bob's own default is unlisted: public was sent explicitly.
    EXPECT_EQ(params.value(u"visibility"_s).toString(), u"public"_s);
    EXPECT_EQ(params.value(u"text"_s).toString(), u"Together now #AlitaSequel"_s);
    EXPECT_TRUE(params.value(u"idempotency"_s).toString().startsWith(u"chorus-"_s));

    const auto again = runSchedule(*newClient(), campaign(start));
    ASSERT_TRUE(again.outcome);
    EXPECT_EQ(again.outcome->kind, ScheduleOutcome::Kind::Unchanged);
    EXPECT_EQ(again.outcome->id, first.outcome->id);
    EXPECT_EQ(server.scheduled().size(), 1);
    EXPECT_EQ(postsTo(u"/api/v1/statuses"_s), 1);
}

TEST_F(MastodonTest, MovingTheStartUpdatesTheOneScheduledStatus)
{
    const auto start = wholeSeconds(system_clock::now() + hours(2));
    const auto first = runSchedule(*client, campaign(start));
    ASSERT_TRUE(first.outcome);
    const auto moved = runSchedule(*newClient(), campaign(start + minutes(90)));
    ASSERT_TRUE(moved.outcome) << moved.error->message.toStdString();
    EXPECT_EQ(moved.outcome->kind, ScheduleOutcome::Kind::Updated);
    EXPECT_EQ(moved.outcome->id, first.outcome->id);
    const QJsonArray scheduled = server.scheduled();
    ASSERT_EQ(scheduled.size(), 1);
    EXPECT_EQ(scheduled[0].toObject().value(u"scheduled_at"_s).toString(),
              Time::formatUtc(start + minutes(90)).replace(u"Z"_s, u".000Z"_s));
}

TEST_F(MastodonTest, AnEditedTextReplacesTheOneScheduledStatusUnderItsOwnKey)
{
    // Same start, new text: Mastodon cannot edit a scheduled text, so the
    // old status goes and a new one comes under the new text's key.
    const auto start = wholeSeconds(system_clock::now() + hours(2));
    const auto first = runSchedule(*client, campaign(start));
    ASSERT_TRUE(first.outcome);
    const auto edited = runSchedule(*newClient(), campaign(start, u"All together #AlitaSequel"_s));
    ASSERT_TRUE(edited.outcome) << edited.error->message.toStdString();
    EXPECT_EQ(edited.outcome->kind, ScheduleOutcome::Kind::Created);
    EXPECT_NE(edited.outcome->id, first.outcome->id);
    QJsonArray scheduled = server.scheduled();
    ASSERT_EQ(scheduled.size(), 1);
    const QJsonObject params = scheduled[0].toObject().value(u"params"_s).toObject();
    EXPECT_EQ(params.value(u"text"_s).toString(), u"All together #AlitaSequel"_s);
    const QString account = edited.outcome->account.handle();
    EXPECT_EQ(params.value(u"idempotency"_s).toString(),
              mastodonIdempotencyKey(u"#alitasequel"_s, account, start,
                                     u"All together #AlitaSequel"_s));
    // A rerun keeps it; the text edited back (within the server's hour, the
    // first key's object deleted) is scheduled afresh.
    const auto kept = runSchedule(*newClient(), campaign(start, u"All together #AlitaSequel"_s));
    ASSERT_TRUE(kept.outcome);
    EXPECT_EQ(kept.outcome->kind, ScheduleOutcome::Kind::Unchanged);
    const auto back = runSchedule(*newClient(), campaign(start));
    ASSERT_TRUE(back.outcome) << back.error->message.toStdString();
    EXPECT_EQ(back.outcome->kind, ScheduleOutcome::Kind::Created);
    scheduled = server.scheduled();
    ASSERT_EQ(scheduled.size(), 1);
    EXPECT_EQ(scheduled[0].toObject().value(u"params"_s).toObject().value(u"text"_s).toString(),
              u"Together now #AlitaSequel"_s);
    EXPECT_TRUE(server.statuses().isEmpty());
}

TEST_F(MastodonTest, AMovedStartIsNotSwallowedByTheKeyOfTheOldOne)
{
    // Cancel, then schedule at another start within the server's hour: a key
    // without the start would get the first (deleted) object back.
    const auto start = wholeSeconds(system_clock::now() + hours(2));
    ASSERT_TRUE(runSchedule(*client, campaign(start)).outcome);
    ASSERT_TRUE(runSchedule(*newClient(), campaign(start), true).outcome);
    const auto later = runSchedule(*newClient(), campaign(start + hours(1)));
    ASSERT_TRUE(later.outcome) << later.error->message.toStdString();
    EXPECT_EQ(later.outcome->kind, ScheduleOutcome::Kind::Created);
    ASSERT_EQ(server.scheduled().size(), 1);
    EXPECT_EQ(later.outcome->status.scheduledAt, start + hours(1));
    // And the same start again after a cancel gets a fresh status, not a 404.
    ASSERT_TRUE(runSchedule(*newClient(), campaign(start + hours(1)), true).outcome);
    const auto back = runSchedule(*newClient(), campaign(start + hours(1)));
    ASSERT_TRUE(back.outcome) << back.error->message.toStdString();
    EXPECT_EQ(server.scheduled().size(), 1);
}

TEST_F(MastodonTest, UnderSixMinutesByTheServersClockCreatesNothingWhateverTheMachineSays)
{
    // The machine thinks the start is 2 hours away; the server's clock is
    // 1 h 57 min ahead, so by its clock the start is 3 minutes away.
    const auto start = wholeSeconds(system_clock::now() + hours(2));
    server.setClockOffset(117 * 60);
    const auto result = runSchedule(*client, campaign(start));
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->kind, MastodonError::Kind::TooClose);
    EXPECT_TRUE(result.error->message.contains(u"post"_s));
    EXPECT_EQ(server.scheduled().size(), 0);
    EXPECT_EQ(server.statuses().size(), 0);
    EXPECT_EQ(postsTo(u"/api/v1/statuses"_s), 0);
}

TEST_F(MastodonTest, TheServersClockAllowsWhatTheMachinesWouldRefuse)
{
    // 3 minutes away by the machine; the server's clock is an hour behind.
    const auto start = wholeSeconds(system_clock::now() + minutes(3));
    server.setClockOffset(-3600);
    const auto result = runSchedule(*client, campaign(start));
    ASSERT_TRUE(result.outcome) << result.error->message.toStdString();
    EXPECT_EQ(result.outcome->kind, ScheduleOutcome::Kind::Created);
    EXPECT_EQ(server.scheduled().size(), 1);
    EXPECT_EQ(server.statuses().size(), 0);
}

TEST_F(MastodonTest, NearTheStartARightOneIsKeptAndAWrongOneDeleted)
{
    const auto start = wholeSeconds(system_clock::now() + hours(2));
    ASSERT_TRUE(runSchedule(*client, campaign(start)).outcome);
    server.setClockOffset(116 * 60); // 4 minutes to go by the server
    const auto kept = runSchedule(*newClient(), campaign(start));
    ASSERT_TRUE(kept.outcome) << kept.error->message.toStdString();
    EXPECT_EQ(kept.outcome->kind, ScheduleOutcome::Kind::Unchanged);
    EXPECT_EQ(server.scheduled().size(), 1);
    // The campaign moved 2 minutes earlier: the scheduled one is wrong now.
    const auto moved = runSchedule(*newClient(), campaign(start - minutes(2)));
    ASSERT_TRUE(moved.error);
    EXPECT_EQ(moved.error->kind, MastodonError::Kind::TooClose);
    EXPECT_TRUE(moved.error->message.contains(u"deleted"_s));
    EXPECT_EQ(server.scheduled().size(), 0);
    EXPECT_EQ(server.statuses().size(), 0);
}

TEST_F(MastodonTest, TheServerPublishesAtOnceUnderFiveMinutes)
{
    ASSERT_TRUE(await<Text::MastodonLimits>([&](auto done) { client->instanceLimits(done); }));
    const auto soon = wholeSeconds(client->serverNow() + minutes(4));
    const auto created = await<MastodonClient::Created>(
        [&](auto done) { client->createStatus(u"Right now"_s, soon, u"k-now"_s, done); });
    ASSERT_TRUE(created);
    ASSERT_TRUE(std::holds_alternative<MastodonStatus>(*created));
    EXPECT_EQ(std::get<MastodonStatus>(*created).text, u"Right now"_s);
    EXPECT_EQ(server.scheduled().size(), 0);
}

TEST_F(MastodonTest, CancelDeletesItAndACancelWithNothingSaysSo)
{
    const auto start = wholeSeconds(system_clock::now() + hours(2));
    const auto created = runSchedule(*client, campaign(start));
    ASSERT_TRUE(created.outcome);
    const auto cancelled = runSchedule(*newClient(), campaign(start), true);
    ASSERT_TRUE(cancelled.outcome);
    EXPECT_EQ(cancelled.outcome->kind, ScheduleOutcome::Kind::Cancelled);
    EXPECT_EQ(cancelled.outcome->id, created.outcome->id);
    EXPECT_EQ(server.scheduled().size(), 0);
    const auto nothing = runSchedule(*newClient(), campaign(start), true);
    ASSERT_TRUE(nothing.outcome);
    EXPECT_EQ(nothing.outcome->kind, ScheduleOutcome::Kind::NothingToCancel);
}

TEST_F(MastodonTest, ALostAnswerIsReconciledIntoTheOneStatusTheServerStored)
{
    server.rule({{u"method"_s, u"POST"_s},
                 {u"path"_s, u"/api/v1/statuses"_s},
                 {u"drop"_s, true},
                 {u"after"_s, true},
                 {u"count"_s, 1}});
    const auto start = wholeSeconds(system_clock::now() + hours(2));
    const auto result = runSchedule(*client, campaign(start));
    ASSERT_TRUE(result.outcome) << result.error->message.toStdString();
    EXPECT_EQ(result.outcome->kind, ScheduleOutcome::Kind::Unchanged);
    EXPECT_EQ(server.scheduled().size(), 1);
    EXPECT_EQ(postsTo(u"/api/v1/statuses"_s), 1);
}

TEST_F(MastodonTest, TheDailyAndTotalLimitsAreToldToTheFan)
{
    const auto start = wholeSeconds(system_clock::now() + days(3));
    server.control(
        u"scheduled"_s,
        {{u"account"_s, u"bob"_s}, {u"count"_s, 25}, {u"scheduled_at"_s, Time::formatUtc(start)}});
    const auto daily = runSchedule(*client, campaign(start));
    ASSERT_TRUE(daily.error);
    EXPECT_EQ(daily.error->kind, MastodonError::Kind::DailyLimit);
    EXPECT_TRUE(daily.error->message.contains(u"25 scheduled posts for that day"_s));
    server.control(u"scheduled"_s,
                   {{u"account"_s, u"bob"_s},
                    {u"count"_s, 275},
                    {u"scheduled_at"_s, Time::formatUtc(start + days(2))}});
    const auto total = runSchedule(*newClient(), campaign(start + days(5)));
    ASSERT_TRUE(total.error);
    EXPECT_EQ(total.error->kind, MastodonError::Kind::TotalLimit);
    EXPECT_TRUE(total.error->message.contains(u"300 scheduled posts"_s));
}

TEST_F(MastodonTest, ARevokedTokenIsReportedAndNothingScheduled)
{
    server.control(u"revoke"_s, {{u"account"_s, u"bob"_s}});
    const auto result
        = runSchedule(*client, campaign(wholeSeconds(system_clock::now() + hours(2))));
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->kind, MastodonError::Kind::Unauthorized);
    EXPECT_TRUE(result.error->message.contains(u"revoked"_s));
    EXPECT_EQ(server.scheduled().size(), 0);
}

TEST_F(MastodonTest, ATextOverTheServersLimitIsRefusedBeforeAnythingIsSent)
{
    server.control(u"config"_s, {{u"max_characters"_s, 20}});
    const auto result = runSchedule(*client,
                                    campaign(wholeSeconds(system_clock::now() + hours(2)),
                                             u"This text is longer than twenty"_s));
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->kind, MastodonError::Kind::TooLong);
    EXPECT_TRUE(result.error->message.contains(u"at most 20"_s));
    EXPECT_EQ(postsTo(u"/api/v1/statuses"_s), 0);
}

TEST_F(MastodonTest, A429IsWaitedOutAndRetried)
{
    server.rule({{u"path"_s, u"/api/v1/scheduled_statuses"_s},
                 {u"status"_s, 429},
                 {u"count"_s, 1},
                 {u"headers"_s, QJsonObject {{u"Retry-After"_s, u"1"_s}}}});
    const auto result
        = runSchedule(*client, campaign(wholeSeconds(system_clock::now() + hours(2))));
    ASSERT_TRUE(result.outcome) << result.error->message.toStdString();
    QList<double> listed;
    for (const QJsonValue &request : server.requests()) {
        if (request[u"path"_s].toString() == u"/api/v1/scheduled_statuses")
            listed.append(request[u"at"_s].toDouble());
    }
    ASSERT_EQ(listed.size(), 2);
    EXPECT_GE(listed[1] - listed[0], 0.9); // it waited for Retry-After, not its own 100 ms
}

// --- OAuth ---------------------------------------------------------------------

/// Plays the fan's browser: GETs `url` without following a redirect.
std::pair<int, QByteArray> browserGet(QNetworkAccessManager &network, const QUrl &url,
                                      QByteArray *location = nullptr)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    spinUntil([&] { return reply->isFinished(); });
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (location)
        *location = reply->rawHeader("Location");
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return {status, body};
}

TEST_F(MastodonTest, OAuthWithPkceThroughTheLoopbackRedirect)
{
    LoopbackRedirect redirect;
    const auto uri = redirect.listen(u"state-123"_s);
    ASSERT_TRUE(uri) << uri.error().text().toStdString();
    EXPECT_EQ(uri->host(), u"127.0.0.1"_s);
    MastodonClient anonymous(server.url(), &network, systemClock());
    const auto app = await<MastodonApp>([&](auto done) {
        anonymous.registerApp(u"Chorus"_s, {uri->toString()}, mastodonScopes(), {}, done);
    });
    ASSERT_TRUE(app);
    const Pkce pkce = makePkce(QByteArray(32, 'a'));
    const QUrl authorize
        = mastodonAuthorizeUrl(server.url(), *app, uri->toString(), pkce, u"state-123"_s);
    const QUrlQuery query(authorize);
    EXPECT_EQ(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
              u"read:statuses write:statuses profile"_s);
    EXPECT_EQ(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);

    std::optional<QString> code;
    QObject::connect(&redirect, &LoopbackRedirect::received, [&](const QString &c) { code = c; });
    server.control(u"config"_s, {{u"auto_approve"_s, u"alice"_s}});
    QByteArray location;
    EXPECT_EQ(browserGet(network, authorize, &location).first, 302);
    ASSERT_TRUE(location.startsWith(uri->toString().toUtf8())) << location.toStdString();
    // A redirect with another state (another page's code) is refused.
    QUrl forged(QString::fromUtf8(location));
    QUrlQuery forgedQuery(forged);
    forgedQuery.removeAllQueryItems(u"state"_s);
    forgedQuery.addQueryItem(u"state"_s, u"other"_s);
    forged.setQuery(forgedQuery);
    EXPECT_EQ(browserGet(network, forged).first, 400);
    EXPECT_FALSE(code);
    const auto [status, page] = browserGet(network, QUrl(QString::fromUtf8(location)));
    EXPECT_EQ(status, 200);
    EXPECT_TRUE(page.contains("go back to Chorus"));
    spinUntil([&] { return code.has_value(); });
    ASSERT_TRUE(code);

    // The verifier must match the challenge.
    const auto wrong = await<QString>([&](auto done) {
        anonymous.exchangeCode(*app, *code, uri->toString(), pkce.verifier + u"x"_s, done);
    });
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().kind, MastodonError::Kind::Unauthorized);
    // A code is used once (the failed exchange spent it): sign in again.
    browserGet(network, authorize, &location);
    const QString freshCode
        = QUrlQuery(QUrl(QString::fromUtf8(location))).queryItemValue(u"code"_s);
    const auto token = await<QString>([&](auto done) {
        anonymous.exchangeCode(*app, freshCode, uri->toString(), pkce.verifier, done);
    });
    ASSERT_TRUE(token) << token.error().message.toStdString();
    MastodonClient signedIn(server.url(), &network, systemClock());
    signedIn.setAccessToken(*token);
    const auto account
        = await<MastodonAccount>([&](auto done) { signedIn.verifyCredentials(done); });
    ASSERT_TRUE(account);
    EXPECT_EQ(account->handle(), u"alice@"_s + server.host());
}

TEST_F(MastodonTest, OAuthWithAPastedOutOfBandCode)
{
    MastodonClient anonymous(server.url(), &network, systemClock());
    const QString oob = QString::fromUtf16(mastodonOutOfBand);
    const auto app = await<MastodonApp>(
        [&](auto done) { anonymous.registerApp(u"Chorus"_s, {oob}, mastodonScopes(), {}, done); });
    ASSERT_TRUE(app);
    const Pkce pkce = makePkce(QByteArray(48, 'z'));
    server.control(u"config"_s, {{u"auto_approve"_s, u"carol"_s}});
    const auto [status, page]
        = browserGet(network, mastodonAuthorizeUrl(server.url(), *app, oob, pkce, u"s"_s));
    ASSERT_EQ(status, 200);
    const qsizetype at = page.indexOf("value=\"");
    ASSERT_GT(at, 0);
    const QByteArray shown = page.mid(at + 7, page.indexOf('"', at + 7) - at - 7);
    EXPECT_FALSE(parsePastedCode(u"two words"_s));
    const QString pasted = u"  "_s + QString::fromLatin1(shown) + u"\n"_s;
    const auto code = parsePastedCode(pasted);
    ASSERT_TRUE(code);
    const auto token = await<QString>(
        [&](auto done) { anonymous.exchangeCode(*app, *code, oob, pkce.verifier, done); });
    ASSERT_TRUE(token) << token.error().message.toStdString();
}

// --- posting at the instant ------------------------------------------------------

TEST_F(MastodonTest, PostAtTheInstantOnceAndARerunSaysAlreadyPosted)
{
    ASSERT_TRUE(await<Text::MastodonLimits>([&](auto done) { client->instanceLimits(done); }));
    const auto start = wholeSeconds(client->serverNow() + seconds(2));
    const auto first = runPost(*client, campaign(start), start);
    ASSERT_TRUE(first.outcome) << first.error->message.toStdString();
    EXPECT_FALSE(first.outcome->alreadyPosted);
    EXPECT_GE(first.outcome->status.createdAt, start); // it waited for the instant
    EXPECT_EQ(first.outcome->status.text, u"Together now #AlitaSequel"_s);
    const auto second = runPost(*newClient(), campaign(start), start);
    ASSERT_TRUE(second.outcome) << second.error->message.toStdString();
    EXPECT_TRUE(second.outcome->alreadyPosted);
    EXPECT_EQ(second.outcome->status.id, first.outcome->status.id);
    const QJsonArray statuses = server.statuses();
    ASSERT_EQ(statuses.size(), 1);
    EXPECT_EQ(statuses[0][u"visibility"_s].toString(), u"public"_s);
}

TEST_F(MastodonTest, ThePostIsNeverEarlyByTheServersClockWhateverItsFractionOfASecond)
{
    // Date has whole seconds. Asked just after a second began, the server's
    // Date is almost exact; an estimate that took the middle of that second
    // would run half a second ahead and post early.
    for (const double offset : {3600.0, -7200.0}) {
        server.setClockOffset(offset);
        auto fresh = newClient();
        while (system_clock::now().time_since_epoch() % seconds(1) > milliseconds(30))
            QThread::msleep(1);
        ASSERT_TRUE(await<Text::MastodonLimits>([&](auto done) { fresh->instanceLimits(done); }));
        const auto start = wholeSeconds(fresh->serverNow() + seconds(2));
        const auto posted
            = runPost(*fresh, campaign(start, u"Never early %1"_s.arg(offset)), start);
        ASSERT_TRUE(posted.outcome) << posted.error->message.toStdString();
        EXPECT_GE(posted.outcome->status.createdAt, start) << offset;
    }
}

TEST_F(MastodonTest, PostingAtTheInstantCancelsTheScheduledOneSoItIsPostedOnce)
{
    const auto start = wholeSeconds(system_clock::now() + hours(2));
    ASSERT_TRUE(runSchedule(*client, campaign(start)).outcome);
    server.setClockOffset(2 * 3600 - 1); // a second before the start by the server
    const auto posted = runPost(*newClient(), campaign(start), start);
    ASSERT_TRUE(posted.outcome) << posted.error->message.toStdString();
    EXPECT_EQ(server.scheduled().size(), 0);
    EXPECT_EQ(server.statuses().size(), 1);
}

TEST_F(MastodonTest, ALostAnswerAtTheInstantIsRetriedWithTheSameKey)
{
    server.rule({{u"method"_s, u"POST"_s},
                 {u"path"_s, u"/api/v1/statuses"_s},
                 {u"drop"_s, true},
                 {u"after"_s, true},
                 {u"count"_s, 1}});
    ASSERT_TRUE(await<Text::MastodonLimits>([&](auto done) { client->instanceLimits(done); }));
    const auto start = wholeSeconds(client->serverNow());
    const auto posted = runPost(*client, campaign(start), start);
    ASSERT_TRUE(posted.outcome) << posted.error->message.toStdString();
    EXPECT_EQ(server.statuses().size(), 1);
    EXPECT_GE(posted.retries, 1);
    EXPECT_FALSE(posted.outcome->alreadyPosted);
}

TEST_F(MastodonTest, AServerDownAtTheInstantIsRetriedUntilTheHourEndsThenReported)
{
    ASSERT_TRUE(await<Text::MastodonLimits>([&](auto done) { client->instanceLimits(done); }));
    // A one-minute campaign that ends 5 s from now by the server's clock.
    const auto end = wholeSeconds(client->serverNow() + seconds(5));
    const MastodonCampaignPost post {u"#alitasequel"_s, u"Hi #AlitaSequel"_s, end - minutes(1),
                                     end};
    for (const char *path :
         {"/api/v1/scheduled_statuses", "/api/v1/statuses", "/api/v1/accounts/2/"})
        server.rule({{u"path"_s, QString::fromLatin1(path)}, {u"close"_s, true}});
    const auto result = runPost(*client, post, post.start);
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->kind, MastodonError::Kind::Network);
    EXPECT_TRUE(result.error->message.contains(u"retried until the campaign's hour ended"_s));
    EXPECT_GE(result.retries, 2);
    EXPECT_GE(client->serverNow(), sys_time<milliseconds>(end) - milliseconds(50));
    EXPECT_EQ(server.statuses().size(), 0);
}

TEST_F(MastodonTest, NothingIsPostedAfterTheHour)
{
    ASSERT_TRUE(await<Text::MastodonLimits>([&](auto done) { client->instanceLimits(done); }));
    const auto start = wholeSeconds(client->serverNow() - minutes(61));
    const auto result = runPost(*client, campaign(start), start);
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->kind, MastodonError::Kind::HourOver);
    EXPECT_EQ(server.statuses().size(), 0);
}

} // namespace
