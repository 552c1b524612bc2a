// chorus-cli campaign check / sample: the contract's streams and exit codes.
#include "clitest.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

using namespace Chorus::Test;
using namespace Qt::StringLiterals;

namespace {

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray sampleBytes(const char *now = "2027-06-01T00:00:00Z")
{
    const ProcessResult result
        = runCli({u"campaign"_s, u"sample"_s, u"--now"_s, QString::fromLatin1(now)});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty());
    return result.out;
}

TEST(CliCampaign, SampleIsMovedAfterNow)
{
    const QJsonObject sample = QJsonDocument::fromJson(sampleBytes()).object();
    EXPECT_EQ(sample.value(u"format"_s).toString(), u"chorus-campaign"_s);
    EXPECT_EQ(sample.value(u"hashtag"_s).toString(), u"#AlitaSequel"_s);
    EXPECT_EQ(sample.value(u"start"_s).toString(), u"2027-06-06T17:00:00Z"_s);
    expectBadInput({u"campaign"_s, u"sample"_s, u"--now"_s, u"tomorrow"_s}, u"--now: 'tomorrow'"_s);
}

TEST(CliCampaign, SampleToAFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"alita.chorus.json"_s);
    const ProcessResult result = runCli(
        {u"campaign"_s, u"sample"_s, u"--now"_s, u"2027-06-01T00:00:00Z"_s, u"-o"_s, path});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), sampleBytes());
}

TEST(CliCampaign, CheckAValidFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"alita.chorus.json"_s);
    writeAll(path, sampleBytes());

    const ProcessResult text = runCli({u"campaign"_s, u"check"_s, path});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.err.isEmpty());
    EXPECT_EQ(text.out.count('\n'), 1);
    EXPECT_TRUE(text.out.startsWith("valid: #AlitaSequel 'Alita: Battle Angel — the sequel hour' "
                                    "starts 2027-06-06T17:00:00Z for 1h;"))
        << text.out.toStdString();

    const QJsonObject json
        = parseJsonOutput(runCli({u"campaign"_s, u"check"_s, path, u"--json"_s}));
    EXPECT_EQ(json.value(u"valid"_s).toBool(), true);
    EXPECT_EQ(json.value(u"source"_s).toString(), path);
    EXPECT_EQ(json.value(u"start_utc"_s).toString(), u"2027-06-06T17:00:00Z"_s);
    EXPECT_EQ(json.value(u"end_utc"_s).toString(), u"2027-06-06T18:00:00Z"_s);
    EXPECT_EQ(json.value(u"duration_minutes"_s).toInt(), 60);
    EXPECT_EQ(json.value(u"reminders_minutes"_s).toArray(), (QJsonArray {1440, 60, 10}));
    EXPECT_TRUE(json.value(u"audience_zones"_s).toArray().contains(u"Asia/Manila"_s));
    EXPECT_GE(json.value(u"templates"_s).toArray().size(), 2);
    EXPECT_GT(json.value(u"total_weight"_s).toDouble(), 0);
}

TEST(CliCampaign, CheckNamesTheBadField)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.chorus.json"_s);
    QByteArray bytes = sampleBytes();
    bytes.replace("\"Europe/Berlin\"", "\"Europe/Berln\"");
    writeAll(path, bytes);
    for (const QStringList &arguments :
         {QStringList {u"campaign"_s, u"check"_s, path},
          QStringList {u"campaign"_s, u"check"_s, path, u"--json"_s}})
        expectBadInput(
            arguments,
            u"chorus-cli campaign check: "_s + path
                + u": audience[6].zone: unknown zone 'Europe/Berln'; did you mean Europe/Berlin?");

    writeAll(path, "{\"format\": \"chorus-campaign\",\n\"version\": 2}");
    expectBadInput({u"campaign"_s, u"check"_s, path},
                   u"version: this file is version 2, newer than this Chorus understands (1)"_s);
    writeAll(path, "{\"format\": \"chorus-campaign\",\n\"version\": 1,,}");
    expectBadInput({u"campaign"_s, u"check"_s, path}, u": JSON syntax error at line 2, column "_s);
    expectBadInput({u"campaign"_s, u"check"_s, dir.filePath(u"missing.json"_s)},
                   u"there is no such file"_s);
}

TEST(CliCampaign, Usage)
{
    expectBadInput({u"campaign"_s}, u"name a subcommand: check or sample"_s);
    expectBadInput({u"campaign"_s, u"frobnicate"_s}, u"unknown subcommand 'frobnicate'"_s);
    expectBadInput({u"campaign"_s, u"check"_s}, u"name a campaign file or URL"_s);
    expectBadInput({u"campaign"_s, u"check"_s, u"a.json"_s, u"b.json"_s},
                   u"unexpected argument 'b.json'"_s);
    expectBadInput({u"campaign"_s, u"check"_s, u"a.json"_s, u"--timeout"_s, u"-1"_s},
                   u"--timeout: '-1'"_s);
    for (const QStringList &arguments : {QStringList {u"campaign"_s, u"--help"_s},
                                         QStringList {u"campaign"_s, u"check"_s, u"--help"_s},
                                         QStringList {u"campaign"_s, u"sample"_s, u"--help"_s}}) {
        const ProcessResult help = runCli(arguments);
        EXPECT_EQ(help.exitCode, 0);
        EXPECT_TRUE(help.out.startsWith("Usage: chorus-cli campaign")) << help.out.toStdString();
    }
}

// chorus-cli runs while this process serves HTTP, so the child is awaited
// through the event loop rather than blocking.
class OneFileServer final : public QObject
{
public:
    explicit OneFileServer(QByteArray campaign)
        : m_campaign(std::move(campaign))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    const bool good = m_request.startsWith("GET /alita.chorus.json ");
                    m_request.clear();
                    const QByteArray body = good ? m_campaign : QByteArray("gone");
                    socket->write((good ? "HTTP/1.1 200 OK" : "HTTP/1.1 404 Not Found")
                                  + QByteArray("\r\nContent-Length: ")
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                });
            }
        });
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost, 0));
    }
    [[nodiscard]] QString url(const char *path) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(QLatin1StringView(path));
    }

private:
    QTcpServer m_server;
    QByteArray m_campaign;
    QByteArray m_request;
};

ProcessResult runCliServing(const QStringList &arguments)
{
    QProcess process;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit); // a guard against a hang
    process.start(QStringLiteral(CHORUS_CLI), arguments);
    loop.exec();
    ProcessResult result;
    result.exitCode
        = process.state() == QProcess::NotRunning && process.exitStatus() == QProcess::NormalExit
        ? process.exitCode()
        : -1;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

TEST(CliCampaign, CheckAUrl)
{
    OneFileServer server(sampleBytes());
    const ProcessResult good
        = runCliServing({u"campaign"_s, u"check"_s, server.url("/alita.chorus.json"), u"--json"_s});
    const QJsonObject json = parseJsonOutput(good);
    EXPECT_EQ(json.value(u"hashtag"_s).toString(), u"#AlitaSequel"_s);
    EXPECT_EQ(json.value(u"source"_s).toString(), server.url("/alita.chorus.json"));

    // The server answered, but not with a campaign: a failure (1), not bad input.
    const ProcessResult gone = runCliServing({u"campaign"_s, u"check"_s, server.url("/old.json")});
    EXPECT_EQ(gone.exitCode, 1);
    EXPECT_TRUE(gone.out.isEmpty());
    EXPECT_EQ(QString::fromUtf8(gone.err),
              u"chorus-cli campaign check: could not open "_s + server.url("/old.json")
                  + u": the server answered 404 Not Found\n");
}

} // namespace
