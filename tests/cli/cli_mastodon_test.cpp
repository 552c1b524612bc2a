// chorus-cli schedule (and post --platform mastodon) as a process, against
// the Mastodon test server on loopback: the pinned command lines, JSON and
// exit codes of docs/CONTRACT.md.

#include "clitest.h"
#include "mastodonserver.h"
#include "time/instant.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <chrono>

using namespace Chorus;
using namespace Chorus::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

class CliMastodonTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.start()) << server.error().toStdString();
        ASSERT_TRUE(dir.isValid());
        tokenFile = dir.filePath(u"token"_s);
        writeToken(server.token(u"bob"_s));
    }

    void writeToken(const QString &token,
                    QFileDevice::Permissions permissions
                    = QFileDevice::ReadOwner | QFileDevice::WriteOwner)
    {
        QFile file(tokenFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(token.toUtf8() + "\n");
        file.close();
        file.setPermissions(permissions);
    }

    /// A campaign file starting at `start`, with one Mastodon template.
    QString campaignFile(Time::Instant start,
                         const QString &text = u"Together {hashtag} at {local_time}"_s)
    {
        const QString path = dir.filePath(u"campaign.chorus.json"_s);
        const QJsonObject campaign {
            {u"format"_s, u"chorus-campaign"_s},
            {u"version"_s, 1},
            {u"title"_s, u"Alita hour"_s},
            {u"hashtag"_s, u"#AlitaSequel"_s},
            {u"start"_s, Time::formatUtc(start)},
            {u"duration_minutes"_s, 60},
            {u"templates"_s,
             QJsonArray {QJsonObject {{u"id"_s, u"x-only"_s},
                                      {u"text"_s, u"On X {hashtag}"_s},
                                      {u"platforms"_s, QJsonArray {u"x"_s}}},
                         QJsonObject {{u"id"_s, u"main"_s},
                                      {u"text"_s, text},
                                      {u"platforms"_s, QJsonArray {u"mastodon"_s, u"x"_s}}}}}};
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(campaign).toJson());
        return path;
    }

    QStringList schedule(const QString &campaign, const QStringList &more = {})
    {
        return QStringList {u"schedule"_s,     campaign,        u"--platform"_s,
                            u"mastodon"_s,     u"--instance"_s, server.url().toString(),
                            u"--token-file"_s, tokenFile,       u"--zone"_s,
                            u"Asia/Kolkata"_s}
        + more;
    }

    static Time::Instant inHours(int hours)
    {
        return floor<seconds>(system_clock::now()) + std::chrono::hours(hours);
    }

    MastodonServer server;
    QTemporaryDir dir;
    QString tokenFile;
};

TEST_F(CliMastodonTest, ScheduleCreatesOnePublicStatusAndPrintsTheContractJson)
{
    const auto start = inHours(2);
    const auto result = runCli(schedule(campaignFile(start), {u"--json"_s}));
    const QJsonObject json = parseJsonOutput(result);
    EXPECT_EQ(json.value(u"platform"_s).toString(), u"mastodon"_s);
    EXPECT_EQ(json.value(u"scheduled_at"_s).toString(), Time::formatUtc(start));
    // The first template for mastodon, filled for --zone as the Messages preview fills it.
    EXPECT_TRUE(json.value(u"text"_s).toString().startsWith(u"Together #AlitaSequel at "_s));
    EXPECT_EQ(json.keys(), (QStringList {u"id"_s, u"platform"_s, u"scheduled_at"_s, u"text"_s}));
    const QJsonArray scheduled = server.scheduled();
    ASSERT_EQ(scheduled.size(), 1);
    EXPECT_EQ(scheduled[0][u"id"_s].toString(), json.value(u"id"_s).toString());
    EXPECT_EQ(scheduled[0][u"params"_s][u"visibility"_s].toString(), u"public"_s);
    EXPECT_EQ(scheduled[0][u"params"_s][u"text"_s].toString(), json.value(u"text"_s).toString());

    const QJsonObject again = parseJsonOutput(runCli(schedule(campaignFile(start), {u"--json"_s})));
    EXPECT_EQ(again.value(u"id"_s), json.value(u"id"_s));
    EXPECT_EQ(server.scheduled().size(), 1);
}

TEST_F(CliMastodonTest, AMovedStartUpdatesTheOneStatus)
{
    const auto start = inHours(2);
    const QString text = u"Together {hashtag}"_s;
    const QJsonObject first
        = parseJsonOutput(runCli(schedule(campaignFile(start, text), {u"--json"_s})));
    const QJsonObject moved
        = parseJsonOutput(runCli(schedule(campaignFile(start + hours(3), text), {u"--json"_s})));
    EXPECT_EQ(moved.value(u"id"_s), first.value(u"id"_s)); // moved, not made anew
    EXPECT_EQ(moved.value(u"scheduled_at"_s).toString(), Time::formatUtc(start + hours(3)));
    ASSERT_EQ(server.scheduled().size(), 1);
}

TEST_F(CliMastodonTest, AMovedStartThatChangesTheTextReplacesTheOneStatus)
{
    // {local_time} changes with the start, and Mastodon cannot edit a
    // scheduled status's text: the old one goes, the new one comes.
    const auto start = inHours(2);
    const QJsonObject first = parseJsonOutput(runCli(schedule(campaignFile(start), {u"--json"_s})));
    const QJsonObject moved
        = parseJsonOutput(runCli(schedule(campaignFile(start + hours(3)), {u"--json"_s})));
    EXPECT_NE(moved.value(u"text"_s), first.value(u"text"_s));
    const QJsonArray scheduled = server.scheduled();
    ASSERT_EQ(scheduled.size(), 1);
    EXPECT_EQ(scheduled[0][u"id"_s].toString(), moved.value(u"id"_s).toString());
    EXPECT_EQ(scheduled[0][u"params"_s][u"text"_s].toString(), moved.value(u"text"_s).toString());
}

TEST_F(CliMastodonTest, AnEditedTemplateReplacesTheOneStatusEvenWhenEditedBack)
{
    // The start stays; the organizer fixes the template, then takes the fix
    // back within the hour in which the server remembers the first key.
    const auto start = inHours(2);
    const QString before = u"Together {hashtag}"_s;
    const QString after = u"All together now {hashtag}"_s;
    const QJsonObject first
        = parseJsonOutput(runCli(schedule(campaignFile(start, before), {u"--json"_s})));
    const QJsonObject edited
        = parseJsonOutput(runCli(schedule(campaignFile(start, after), {u"--json"_s})));
    EXPECT_EQ(edited.value(u"text"_s).toString(), u"All together now #AlitaSequel"_s);
    EXPECT_NE(edited.value(u"id"_s), first.value(u"id"_s));
    QJsonArray scheduled = server.scheduled();
    ASSERT_EQ(scheduled.size(), 1);
    EXPECT_EQ(scheduled[0][u"id"_s].toString(), edited.value(u"id"_s).toString());
    EXPECT_EQ(scheduled[0][u"params"_s][u"text"_s].toString(), u"All together now #AlitaSequel"_s);
    EXPECT_EQ(scheduled[0][u"scheduled_at"_s].toString().left(19),
              Time::formatUtc(start).left(19));

    const QJsonObject back
        = parseJsonOutput(runCli(schedule(campaignFile(start, before), {u"--json"_s})));
    EXPECT_EQ(back.value(u"text"_s).toString(), u"Together #AlitaSequel"_s);
    scheduled = server.scheduled();
    ASSERT_EQ(scheduled.size(), 1);
    EXPECT_EQ(scheduled[0][u"id"_s].toString(), back.value(u"id"_s).toString());
    EXPECT_EQ(scheduled[0][u"params"_s][u"text"_s].toString(), u"Together #AlitaSequel"_s);

    // Under 6 minutes by the server's clock an edit cannot be scheduled: the
    // status with the old text is deleted (not left to go out) and the
    // command points to `post`.
    server.setClockOffset(117 * 60);
    const auto close = runCli(schedule(campaignFile(start, after), {u"--json"_s}));
    EXPECT_EQ(close.exitCode, 2);
    EXPECT_TRUE(close.err.contains("deleted")) << close.err.toStdString();
    EXPECT_TRUE(close.err.contains("chorus-cli post")) << close.err.toStdString();
    EXPECT_EQ(server.scheduled().size(), 0);
    EXPECT_EQ(server.statuses().size(), 0);
}

TEST_F(CliMastodonTest, CancelDeletesItAndSaysSoWhenNothingIsScheduled)
{
    const QString campaign = campaignFile(inHours(2));
    const QJsonObject created = parseJsonOutput(runCli(schedule(campaign, {u"--json"_s})));
    // A server that lowered its limit since still lets the fan cancel.
    server.control(u"config"_s, {{u"max_characters"_s, 10}});
    const QJsonObject cancelled
        = parseJsonOutput(runCli(schedule(campaign, {u"--cancel"_s, u"--json"_s})));
    EXPECT_EQ(cancelled,
              (QJsonObject {{u"platform"_s, u"mastodon"_s},
                            {u"cancelled"_s, true},
                            {u"id"_s, created.value(u"id"_s)}}));
    EXPECT_EQ(server.scheduled().size(), 0);
    const QJsonObject nothing
        = parseJsonOutput(runCli(schedule(campaign, {u"--cancel"_s, u"--json"_s})));
    EXPECT_EQ(nothing, (QJsonObject {{u"platform"_s, u"mastodon"_s}, {u"cancelled"_s, false}}));
}

TEST_F(CliMastodonTest, UnderSixMinutesByTheServersClockExitsTwoAndCreatesNothing)
{
    // Two hours away by this machine, 4 minutes by the server's clock.
    server.setClockOffset(116 * 60);
    const auto result = runCli(schedule(campaignFile(inHours(2)), {u"--json"_s}));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(result.err.contains("chorus-cli post")) << result.err.toStdString();
    EXPECT_EQ(server.scheduled().size(), 0);
    EXPECT_EQ(server.statuses().size(), 0);
}

TEST_F(CliMastodonTest, ARerunNearTheStartKeepsARightOneAndDeletesAWrongOne)
{
    const auto start = inHours(2);
    const QJsonObject created
        = parseJsonOutput(runCli(schedule(campaignFile(start), {u"--json"_s})));
    server.setClockOffset(117 * 60); // 3 minutes to go by the server
    const QJsonObject kept = parseJsonOutput(runCli(schedule(campaignFile(start), {u"--json"_s})));
    EXPECT_EQ(kept.value(u"id"_s), created.value(u"id"_s));
    EXPECT_EQ(server.scheduled().size(), 1);
    const auto moved = runCli(schedule(campaignFile(start - minutes(1)), {u"--json"_s}));
    EXPECT_EQ(moved.exitCode, 2);
    EXPECT_TRUE(moved.out.isEmpty());
    EXPECT_TRUE(moved.err.contains("deleted")) << moved.err.toStdString();
    EXPECT_EQ(server.scheduled().size(), 0);
}

TEST_F(CliMastodonTest, BadInputExitsTwoNamingIt)
{
    const QString campaign = campaignFile(inHours(2));
    writeToken(server.token(u"bob"_s),
               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    expectBadInput(schedule(campaign), u"--token-file"_s);
    writeToken(server.token(u"bob"_s));
    QStringList plainHttp = schedule(campaign);
    plainHttp[plainHttp.indexOf(server.url().toString())] = u"http://mastodon.example"_s;
    expectBadInput(plainHttp, u"--instance"_s);
    QStringList bluesky = schedule(campaign);
    bluesky[bluesky.indexOf(u"mastodon"_s)] = u"bluesky"_s;
    expectBadInput(bluesky, u"--platform"_s);
    expectBadInput(schedule(campaign, {u"--template"_s, u"x-only"_s}), u"--template"_s);
    expectBadInput(schedule(campaign, {u"--zone"_s, u"Europe/Berln"_s}), u"--zone"_s);
    server.control(u"config"_s, {{u"max_characters"_s, 10}});
    expectBadInput(schedule(campaign), u"is 30 of 10 characters"_s);
    EXPECT_EQ(server.scheduled().size(), 0);
}

TEST_F(CliMastodonTest, ARevokedTokenAndTheLimitsExitOneWithAClearMessage)
{
    const auto start = inHours(48);
    const QString campaign = campaignFile(start);
    server.control(
        u"scheduled"_s,
        {{u"account"_s, u"bob"_s}, {u"count"_s, 25}, {u"scheduled_at"_s, Time::formatUtc(start)}});
    const auto limited = runCli(schedule(campaign));
    EXPECT_EQ(limited.exitCode, 1);
    EXPECT_TRUE(limited.out.isEmpty());
    EXPECT_TRUE(limited.err.contains("25 scheduled posts for that day"))
        << limited.err.toStdString();
    server.control(u"revoke"_s, {{u"account"_s, u"bob"_s}});
    const auto revoked = runCli(schedule(campaign));
    EXPECT_EQ(revoked.exitCode, 1);
    EXPECT_TRUE(revoked.out.isEmpty());
    EXPECT_TRUE(revoked.err.contains("revoked")) << revoked.err.toStdString();
}

} // namespace

// --- post --platform mastodon -------------------------------------------------

class CliMastodonPostTest : public CliMastodonTest
{
protected:
    QStringList post(const QString &campaign, const QStringList &more = {})
    {
        return QStringList {u"post"_s,         campaign,        u"--platform"_s,
                            u"mastodon"_s,     u"--instance"_s, server.url().toString(),
                            u"--token-file"_s, tokenFile,       u"--zone"_s,
                            u"UTC"_s}
        + more;
    }
};

TEST_F(CliMastodonPostTest, PostsAtTheInstantOnceAndARerunReportsAlreadyPosted)
{
    // The campaign started a minute ago by the server's clock: post now.
    const auto start = floor<seconds>(system_clock::now()) - minutes(1);
    const QString campaign = campaignFile(start, u"Now {hashtag}"_s);
    const QJsonObject first = parseJsonOutput(runCli(post(campaign, {u"--json"_s})));
    EXPECT_EQ(first.value(u"platform"_s).toString(), u"mastodon"_s);
    EXPECT_EQ(first.value(u"text"_s).toString(), u"Now #AlitaSequel"_s);
    EXPECT_EQ(first.value(u"already_posted"_s), QJsonValue(false));
    EXPECT_TRUE(first.value(u"url"_s).toString().startsWith(server.url().toString()));
    EXPECT_TRUE(first.value(u"uri"_s).toString().contains(u"/statuses/"_s));
    EXPECT_TRUE(first.value(u"posted_at"_s).toString().endsWith(u'Z'));
    const QJsonObject again = parseJsonOutput(runCli(post(campaign, {u"--json"_s})));
    EXPECT_EQ(again.value(u"already_posted"_s), QJsonValue(true));
    EXPECT_EQ(again.value(u"uri"_s), first.value(u"uri"_s));
    const QJsonArray statuses = server.statuses();
    ASSERT_EQ(statuses.size(), 1);
    EXPECT_EQ(statuses[0][u"visibility"_s].toString(), u"public"_s);
}

TEST_F(CliMastodonPostTest, WaitsForAtByTheServersClock)
{
    // The machine's clock is a day behind the server's: --at is the server's instant.
    server.setClockOffset(24 * 3600);
    const auto at = floor<seconds>(system_clock::now()) + hours(24) + seconds(2);
    const QString campaign = campaignFile(at, u"At the instant {hashtag}"_s);
    const QJsonObject posted = parseJsonOutput(runCli(post(campaign, {u"--json"_s})));
    EXPECT_GE(posted.value(u"posted_at"_s).toString(), Time::formatUtc(at));
    EXPECT_EQ(server.statuses().size(), 1);
}

TEST_F(CliMastodonPostTest, AServerDownAtTheInstantIsRetriedUntilTheHourEndsThenReported)
{
    // A one-minute campaign with 10 s left; the server answers only its
    // instance and account routes.
    const auto start = floor<seconds>(system_clock::now()) - seconds(50);
    const QString path = dir.filePath(u"short.chorus.json"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(
        QJsonDocument(
            QJsonObject {{u"format"_s, u"chorus-campaign"_s},
                         {u"version"_s, 1},
                         {u"title"_s, u"Short"_s},
                         {u"hashtag"_s, u"#Short"_s},
                         {u"start"_s, Time::formatUtc(start)},
                         {u"duration_minutes"_s, 1},
                         {u"templates"_s,
                          QJsonArray {QJsonObject {{u"id"_s, u"m"_s},
                                                   {u"text"_s, u"Go {hashtag}"_s},
                                                   {u"platforms"_s, QJsonArray {u"mastodon"_s}}}}}})
            .toJson());
    file.close();
    for (const char *route :
         {"/api/v1/scheduled_statuses", "/api/v1/statuses", "/api/v1/accounts/2/"})
        server.rule({{u"path"_s, QString::fromLatin1(route)}, {u"close"_s, true}});
    const auto result = runCli(post(path));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(result.err.contains("retried until the campaign's hour ended"))
        << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("trying again")) << result.err.toStdString();
    EXPECT_EQ(server.statuses().size(), 0);
}

TEST_F(CliMastodonPostTest, BadInputAndARevokedTokenPostNothing)
{
    const QString campaign = campaignFile(floor<seconds>(system_clock::now()) - minutes(1));
    writeToken(server.token(u"bob"_s), QFileDevice::ReadOwner | QFileDevice::ReadOther);
    expectBadInput(post(campaign), u"--token-file"_s);
    writeToken(server.token(u"bob"_s));
    server.control(u"config"_s, {{u"max_characters"_s, 5}});
    expectBadInput(post(campaign), u"of 5 characters"_s);
    server.control(u"config"_s, {{u"max_characters"_s, 500}});
    server.control(u"revoke"_s, {{u"account"_s, u"bob"_s}});
    const auto revoked = runCli(post(campaign));
    EXPECT_EQ(revoked.exitCode, 1);
    EXPECT_TRUE(revoked.err.contains("revoked")) << revoked.err.toStdString();
    EXPECT_EQ(server.statuses().size(), 0);
}
