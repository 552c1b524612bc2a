// chorus-cli post: the command line both platforms share. Everything here is
// refused before any network is touched (exit 2, nothing on stdout).
#include "clitest.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Chorus;
using namespace Chorus::Test;
using namespace Qt::StringLiterals;

namespace {

class PostCommandLine : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const ProcessResult sample = runCli({u"campaign"_s, u"sample"_s, u"--now"_s,
                                             u"2027-06-01T00:00:00Z"_s, u"-o"_s, campaign()});
        ASSERT_EQ(sample.exitCode, 0) << sample.err.toStdString();
        m_password
            = writeSecret(u"pw"_s, "abcd-efgh-ijkl-mnop\n", QFile::ReadOwner | QFile::WriteOwner);
    }

    QString campaign() const { return m_dir.filePath(u"alita.chorus.json"_s); }

    QString writeSecret(const QString &name, const QByteArray &bytes,
                        QFile::Permissions permissions)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        EXPECT_TRUE(file.setPermissions(permissions));
        return path;
    }

    QStringList bluesky(const QStringList &extra = {}) const
    {
        return QStringList {u"post"_s,
                            campaign(),
                            u"--platform"_s,
                            u"bluesky"_s,
                            u"--handle"_s,
                            u"alita.test"_s,
                            u"--app-password-file"_s,
                            m_password,
                            u"--service"_s,
                            u"http://127.0.0.1:9"_s}
        + extra;
    }

    QTemporaryDir m_dir;
    QString m_password;
};

TEST_F(PostCommandLine, NeedsACampaignAndAPlatformItPostsOn)
{
    expectBadInput({u"post"_s}, u"CAMPAIGN_FILE"_s);
    expectBadInput({u"post"_s, campaign()}, u"--platform: is required"_s);
    expectBadInput({u"post"_s, campaign(), u"--platform"_s, u"myspace"_s}, u"'myspace'"_s);
    expectBadInput({u"post"_s, campaign(), u"--platform"_s, u"x"_s},
                   u"does not post on X for you"_s);
    expectBadInput({u"post"_s, m_dir.filePath(u"missing.json"_s), u"--platform"_s, u"bluesky"_s},
                   u"missing.json"_s);
}

TEST_F(PostCommandLine, EachPlatformNeedsItsOwnCredentialsAndNoOthers)
{
    expectBadInput({u"post"_s, campaign(), u"--platform"_s, u"bluesky"_s, u"--app-password-file"_s,
                    m_password},
                   u"--handle: is required with --platform bluesky"_s);
    expectBadInput(
        {u"post"_s, campaign(), u"--platform"_s, u"bluesky"_s, u"--handle"_s, u"alita.test"_s},
        u"--app-password-file: is required"_s);
    expectBadInput(bluesky({u"--instance"_s, u"https://mastodon.social"_s}),
                   u"--instance: is not used with --platform bluesky"_s);
    expectBadInput(
        {u"post"_s, campaign(), u"--platform"_s, u"mastodon"_s, u"--handle"_s, u"alita.test"_s},
        u"--handle: is not used with --platform mastodon"_s);
    expectBadInput({u"post"_s, campaign(), u"--platform"_s, u"mastodon"_s, u"--instance"_s,
                    u"https://mastodon.social"_s},
                   u"--token-file: is required"_s);
    expectBadInput({u"post"_s, campaign(), u"--platform"_s, u"mastodon"_s, u"--instance"_s,
                    u"ftp://mastodon.social"_s, u"--token-file"_s, m_password},
                   u"--instance: 'ftp://mastodon.social' is not an http(s) URL"_s);
    expectBadInput(bluesky({u"--service"_s, u"not a url"_s}), u"--service"_s);
}

TEST_F(PostCommandLine, RefusesASecretFileOthersCanRead)
{
    const QString shared = writeSecret(u"shared"_s, "abcd-efgh-ijkl-mnop\n",
                                       QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    QStringList arguments = bluesky();
    arguments[arguments.indexOf(m_password)] = shared;
    expectBadInput(arguments, u"--app-password-file: the secret file '"_s + shared);
    arguments[arguments.indexOf(shared)] = m_dir.filePath(u"nothing"_s);
    expectBadInput(arguments, u"does not exist"_s);
    const QString empty = writeSecret(u"empty"_s, "\n", QFile::ReadOwner | QFile::WriteOwner);
    arguments[arguments.indexOf(m_dir.filePath(u"nothing"_s))] = empty;
    expectBadInput(arguments, u"is empty"_s);
}

TEST_F(PostCommandLine, ChecksTheZoneTheInstantAndTheTemplateFirst)
{
    expectBadInput(bluesky({u"--zone"_s, u"Mars/Olympus"_s}),
                   u"--zone: unknown time zone 'Mars/Olympus'"_s);
    expectBadInput(bluesky({u"--at"_s, u"soon"_s}), u"--at"_s);
    // The sample's hour is 2027-06-06 17:00–18:00 UTC.
    expectBadInput(bluesky({u"--at"_s, u"2027-06-06T18:00:00Z"_s}),
                   u"--at: '2027-06-06T18:00:00Z' is not before the campaign's hour ends"_s);
    expectBadInput(bluesky({u"--template"_s, u"nope"_s}), u"the campaign has no template 'nope'"_s);
}

} // namespace
