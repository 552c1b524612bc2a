#include "testutil.h"

#include "time/zonecatalogue.h"

#include <QProcess>
#include <QStandardPaths>

namespace Chorus::Test {

const Time::ZoneCatalogue &catalogue()
{
    static const Time::ZoneCatalogue instance = Time::ZoneCatalogue::system();
    return instance;
}

Time::Instant at(const char *iso)
{
    const auto instant = Time::parseInstant(QString::fromLatin1(iso));
    if (!instant) {
        ADD_FAILURE() << "bad instant in test: " << iso;
        return {};
    }
    return *instant;
}

ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QByteArray &input, int timeoutMs,
                         const QProcessEnvironment &extraEnv)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(timeoutMs)) {
        ADD_FAILURE() << "could not start " << program.toStdString();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << program.toStdString() << " did not finish in " << timeoutMs << " ms";
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString chromium()
{
    for (const QString &name : {QStringLiteral("chromium"), QStringLiteral("chromium-browser")}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

} // namespace Chorus::Test
