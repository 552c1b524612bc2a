// chorus-cli post --platform bluesky against the real test PDS: the pinned
// command line, its JSON, its exit codes, and what it leaves on the server.
#include "atproto.h"

#include "social/bluesky.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Chorus;
using namespace Chorus::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

class BlueskyCli : public testing::Test
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
        ASSERT_TRUE(m_dir.isValid());
    }

    /// A campaign whose hour starts `fromNow` from now (whole seconds).
    QString campaign(seconds fromNow, const QString &hashtag = u"#ChorusCli"_s)
    {
        const auto start = floor<seconds>(system_clock::now()) + fromNow;
        const QJsonObject object {
            {u"format"_s, u"chorus-campaign"_s},
            {u"version"_s, 1},
            {u"title"_s, u"CLI hour"_s},
            {u"hashtag"_s, hashtag},
            {u"start"_s, Time::formatUtc(start)},
            {u"duration_minutes"_s, 60},
            {u"templates"_s,
             QJsonArray {
                 QJsonObject {{u"id"_s, u"x"_s},
                              {u"text"_s, u"On X {hashtag}"_s},
                              {u"platforms"_s, QJsonArray {u"x"_s}}},
                 QJsonObject {
                     {u"id"_s, u"main"_s},
                     {u"text"_s, u"{We want|Give us} the sequel at {local_time}! {hashtag}"_s},
                     {u"platforms"_s, QJsonArray {u"x"_s, u"bluesky"_s}}},
                 QJsonObject {{u"id"_s, u"long"_s},
                              {u"text"_s, QString(QString(295, u'a') + u" {hashtag}"_s)},
                              {u"platforms"_s, QJsonArray {u"bluesky"_s}}}}},
        };
        const QString path = m_dir.filePath(u"c%1.chorus.json"_s.arg(++m_files));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(object).toJson());
        return path;
    }

    QString secret(const QString &value)
    {
        const QString path = m_dir.filePath(u"s%1"_s.arg(++m_files));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(value.toUtf8() + '\n');
        file.close();
        EXPECT_TRUE(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        return path;
    }

    QStringList post(const QString &campaignFile, const AtprotoAccount &account,
                     const QStringList &extra = {}, const QString &password = {})
    {
        return QStringList {u"post"_s,
                            campaignFile,
                            u"--platform"_s,
                            u"bluesky"_s,
                            u"--handle"_s,
                            u'@' + account.handle.toUpper(),
                            u"--app-password-file"_s,
                            secret(password.isEmpty() ? account.appPassword : password),
                            u"--service"_s,
                            Atproto::pds().toString(),
                            u"--zone"_s,
                            u"Asia/Tokyo"_s}
        + extra;
    }

    static ProcessResult cli(const QStringList &arguments, const QProcessEnvironment &env = {})
    {
        return runProcess(QStringLiteral(CHORUS_CLI), arguments, {}, 120000, env);
    }

    QTemporaryDir m_dir;
    int m_files = 0;
};

QJsonObject json(const ProcessResult &result)
{
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << result.out.toStdString();
    EXPECT_EQ(result.out.count('\n'), 1);
    return document.object();
}

TEST_F(BlueskyCli, PostsAtTheStartAndARerunNamesTheSamePost)
{
    const AtprotoAccount account = Atproto::account(u"cli"_s);
    const QString file = campaign(3s);
    const QStringList arguments = post(file, account, {u"--json"_s});
    const QJsonObject first = json(cli(arguments));
    EXPECT_EQ(first.value(u"platform"_s).toString(), u"bluesky"_s);
    const QString key = Social::postRecordKey("#choruscli", account.did);
    EXPECT_EQ(first.value(u"uri"_s).toString(),
              u"at://%1/app.bsky.feed.post/%2"_s.arg(account.did, key));
    EXPECT_EQ(first.value(u"url"_s).toString(),
              u"https://bsky.app/profile/%1/post/%2"_s.arg(account.handle, key));
    EXPECT_FALSE(first.value(u"already_posted"_s).toBool(true));
    const QString text = first.value(u"text"_s).toString();
    // Filled for Asia/Tokyo: the start's wall time there, in the C locale's 24-hour clock.
    EXPECT_TRUE(text.endsWith(u"! #ChorusCli"_s)) << text.toStdString();
    EXPECT_TRUE(text.startsWith(u"We want the sequel at "_s)
                || text.startsWith(u"Give us the sequel at "_s));

    const QList<QJsonObject> records = Atproto::posts(account.did);
    ASSERT_EQ(records.size(), 1);
    const QJsonObject value = records.first().value(u"value"_s).toObject();
    EXPECT_EQ(value.value(u"text"_s).toString(), text);
    EXPECT_EQ(first.value(u"posted_at"_s).toString(), value.value(u"createdAt"_s).toString());
    EXPECT_TRUE(first.value(u"posted_at"_s).toString().endsWith(u'Z'));
    const QJsonArray facets = value.value(u"facets"_s).toArray();
    ASSERT_EQ(facets.size(), 1); // one #tag facet for the one hashtag
    EXPECT_EQ(facets.at(0)[u"features"_s][0][u"tag"_s].toString(), u"ChorusCli"_s);

    // The same campaign, its hashtag in other letters and its start moved: no new post.
    const QString moved = campaign(-60s, u"#CHORUScli"_s);
    QStringList again = post(moved, account, {u"--json"_s});
    const QJsonObject second = json(cli(again));
    EXPECT_TRUE(second.value(u"already_posted"_s).toBool());
    EXPECT_EQ(second.value(u"uri"_s).toString(), first.value(u"uri"_s).toString());
    EXPECT_EQ(second.value(u"posted_at"_s).toString(), first.value(u"posted_at"_s).toString());
    EXPECT_EQ(Atproto::posts(account.did).size(), 1);

    // Without --json: the address and the text.
    const ProcessResult human = cli(post(file, account));
    EXPECT_EQ(human.exitCode, 0);
    EXPECT_TRUE(human.out.startsWith("Already posted: https://bsky.app/profile/"))
        << human.out.toStdString();
}

TEST_F(BlueskyCli, AWrongPasswordExitsOneAndPostsNothing)
{
    const AtprotoAccount account = Atproto::account(u"cliwrong"_s);
    const ProcessResult result
        = cli(post(campaign(-5s), account, {u"--json"_s}, u"zzzz-zzzz-zzzz-zzzz"_s));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(result.err.contains("refused the app password")) << result.err.toStdString();
    EXPECT_TRUE(Atproto::posts(account.did).isEmpty());
}

TEST_F(BlueskyCli, RefusesAMainPasswordAndATooLongTextBeforeSigningIn)
{
    const AtprotoAccount account = Atproto::account(u"clibad"_s);
    const ProcessResult main = cli(post(campaign(-5s), account, {}, account.password));
    EXPECT_EQ(main.exitCode, 2);
    EXPECT_TRUE(main.out.isEmpty());
    EXPECT_TRUE(main.err.contains("never give Chorus your account's password"))
        << main.err.toStdString();
    EXPECT_TRUE(main.err.contains("https://bsky.app/settings/app-passwords"));

    const ProcessResult tooLong = cli(post(campaign(-5s), account, {u"--template"_s, u"long"_s}));
    EXPECT_EQ(tooLong.exitCode, 2);
    EXPECT_TRUE(tooLong.out.isEmpty());
    EXPECT_TRUE(tooLong.err.contains("is 306 of 300 characters")) << tooLong.err.toStdString();
    EXPECT_TRUE(Atproto::posts(account.did).isEmpty());
}

TEST_F(BlueskyCli, FindsTheAccountFromItsHandleOrSaysItCannot)
{
    const AtprotoAccount account = Atproto::account(u"clifind"_s);
    QProcessEnvironment env;
    env.insert(u"CHORUS_BLUESKY_PLC_URL"_s, Atproto::plc().toString());
    env.insert(u"CHORUS_BLUESKY_HANDLE_SERVER"_s, Atproto::pds().toString());
    QStringList arguments = post(campaign(-5s), account, {u"--json"_s});
    const qsizetype service = arguments.indexOf(u"--service"_s);
    arguments.remove(service, 2);
    const QJsonObject found = json(cli(arguments, env));
    EXPECT_TRUE(found.value(u"uri"_s).toString().startsWith(u"at://"_s + account.did));
    EXPECT_EQ(Atproto::posts(account.did).size(), 1);

    arguments[arguments.indexOf(u"--handle"_s) + 1] = u"nobody-at-all.test"_s;
    const ProcessResult lost = cli(arguments, env);
    EXPECT_EQ(lost.exitCode, 1);
    EXPECT_TRUE(lost.out.isEmpty());
    EXPECT_TRUE(lost.err.contains("'nobody-at-all.test' does not resolve"))
        << lost.err.toStdString();
}

TEST_F(BlueskyCli, RefusesAfterTheHourAndSaysWhenItPostsLate)
{
    const AtprotoAccount account = Atproto::account(u"clihour"_s);
    const ProcessResult over = cli(post(campaign(-2h), account, {u"--json"_s}));
    EXPECT_EQ(over.exitCode, 1);
    EXPECT_TRUE(over.out.isEmpty());
    EXPECT_TRUE(over.err.contains("never posts after the hour")) << over.err.toStdString();
    EXPECT_TRUE(Atproto::posts(account.did).isEmpty());

    const ProcessResult late = cli(post(campaign(-5min), account, {u"--json"_s}));
    const QJsonObject posted = json(late);
    EXPECT_FALSE(posted.value(u"already_posted"_s).toBool(true));
    EXPECT_TRUE(late.err.contains("posted 5 min after the instant")) << late.err.toStdString();
    EXPECT_EQ(Atproto::posts(account.did).size(), 1);
}

TEST_F(BlueskyCli, AtNamesTheInstantWithinTheHour)
{
    // The hour began a minute ago; --at two seconds from now waits for it.
    const AtprotoAccount account = Atproto::account(u"cliat"_s);
    const auto at = floor<seconds>(system_clock::now()) + 3s;
    const QJsonObject posted
        = json(cli(post(campaign(-60s), account, {u"--json"_s, u"--at"_s, Time::formatUtc(at)})));
    const QDateTime createdAt
        = QDateTime::fromString(posted.value(u"posted_at"_s).toString(), Qt::ISODateWithMs);
    ASSERT_TRUE(createdAt.isValid());
    // By the server's clock, which is this machine's here (within the estimate's 0.5 s).
    EXPECT_GE(createdAt.toMSecsSinceEpoch(),
              duration_cast<milliseconds>(at.time_since_epoch()).count() - 500);

    // --at now: at once, and not "late".
    const AtprotoAccount other = Atproto::account(u"clinow"_s);
    const ProcessResult now = cli(post(campaign(-60s), other, {u"--json"_s, u"--at"_s, u"now"_s}));
    EXPECT_FALSE(json(now).value(u"already_posted"_s).toBool(true));
    EXPECT_FALSE(now.err.contains("after the instant")) << now.err.toStdString();
    EXPECT_EQ(Atproto::posts(other.did).size(), 1);
}

} // namespace
