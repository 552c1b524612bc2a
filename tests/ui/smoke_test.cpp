// A smoke run of the real chorus binary, offscreen: it starts, stays up,
// shows a campaign or the sample, and never touches a corrupt file it was given.
#include "testutil.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct SmokeRun
{
    bool stayedUp = false;
    QByteArray err;
};

SmokeRun runChorus(const QStringList &arguments, const QTemporaryDir &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.insert(QStringLiteral("HOME"), home.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CHORUS_GUI), arguments);
    SmokeRun run;
    if (!process.waitForStarted(10000))
        return run;
    // Up for two seconds: it built its window, opened the campaign, ticked.
    run.stayedUp = !process.waitForFinished(2000);
    process.terminate();
    process.waitForFinished(5000);
    run.err = process.readAllStandardError();
    return run;
}

TEST(Smoke, TheAppStartsWithTheSampleAndWithAFile)
{
    QTemporaryDir home;
    const SmokeRun sample = runChorus({}, home);
    EXPECT_TRUE(sample.stayedUp) << sample.err.toStdString();

    const QString sampleFile = QStringLiteral(CHORUS_SOURCE_DIR "/resources/sample/alita.chorus.json");
    const SmokeRun file = runChorus({sampleFile}, home);
    EXPECT_TRUE(file.stayedUp) << file.err.toStdString();
    EXPECT_FALSE(file.err.contains("QWidget")) << file.err.toStdString(); // no layout warnings
}

TEST(Smoke, ACorruptFileOpensNothingAndStaysUntouched)
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("broken.chorus.json"));
    const QByteArray corrupt = R"({"format":"chorus-campaign","version":1,"title":"x",)";
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(corrupt);
    }
    const SmokeRun run = runChorus({path}, home);
    EXPECT_TRUE(run.stayedUp) << run.err.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), corrupt);
}

TEST(Smoke, HelpAndVersion)
{
    const auto help = Chorus::Test::runProcess(QStringLiteral(CHORUS_GUI), {QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("CAMPAIGN_FILE")) << help.out.toStdString();
}

} // namespace
