#include "clitest.h"

#include <QJsonDocument>

namespace Chorus::Test {

ProcessResult runCli(const QStringList &arguments, const QByteArray &input)
{
    return runProcess(QStringLiteral(CHORUS_CLI), arguments, input);
}

QJsonObject parseJsonOutput(const ProcessResult &result)
{
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError)
        << error.errorString().toStdString() << " in " << result.out.left(200).toStdString();
    EXPECT_TRUE(document.isObject());
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    return document.object();
}

void expectBadInput(const QStringList &arguments, const QString &mentions)
{
    const ProcessResult result = runCli(arguments);
    const std::string call = arguments.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(result.exitCode, 2) << call;
    EXPECT_TRUE(result.out.isEmpty()) << call << " printed " << result.out.toStdString();
    const QString err = QString::fromUtf8(result.err);
    EXPECT_EQ(err.count(QLatin1Char('\n')), 1) << call << ": " << err.toStdString();
    EXPECT_TRUE(err.contains(mentions)) << call << ": " << err.toStdString();
}

} // namespace Chorus::Test
