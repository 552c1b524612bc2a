// chorus-cli measure, line by line against CONTRACT.md.
#include "clitest.h"

#include <QJsonObject>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Chorus::Test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject measureJson(const QStringList &arguments, const QByteArray &input = {})
{
    return parseJsonOutput(runCli(QStringList{u"measure"_s} + arguments + QStringList{u"--json"_s}, input));
}

TEST(CliMeasure, TheContractsJsonShape)
{
    const QJsonObject x = measureJson({u"--platform"_s, u"x"_s, u"We want a sequel! #AlitaSequel"_s});
    EXPECT_EQ(x, (QJsonObject{{u"platform"_s, u"x"_s}, {u"length"_s, 30}, {u"limit"_s, 280},
                              {u"valid"_s, true}}));

    const QJsonObject bluesky = measureJson({u"--platform"_s, u"bluesky"_s, u"👨‍👩‍👧‍👦 é"_s});
    EXPECT_EQ(bluesky, (QJsonObject{{u"platform"_s, u"bluesky"_s}, {u"length"_s, 3},
                                    {u"limit"_s, 300}, {u"valid"_s, true}, {u"bytes"_s, 28},
                                    {u"byte_limit"_s, 3000}}));

    const QJsonObject mastodon = measureJson(
        {u"--platform"_s, u"mastodon"_s, u"@alice@example.social https://example.org/"_s + QString(100, u'x')});
    EXPECT_EQ(mastodon, (QJsonObject{{u"platform"_s, u"mastodon"_s}, {u"length"_s, 30},
                                     {u"limit"_s, 500}, {u"valid"_s, true}}));
}

TEST(CliMeasure, XCountsUrlsEmojiAndCjkAsTwitterTextDoes)
{
    EXPECT_EQ(measureJson({u"--platform"_s, u"x"_s, u"中文 👍🏽 example.com/" + QString(60, u'a')})
                  .value(u"length"_s).toInt(),
              4 + 1 + 2 + 1 + 23);
    const QJsonObject over = measureJson({u"--platform"_s, u"x"_s, QString(141, QChar(0x4E2D))});
    EXPECT_EQ(over.value(u"length"_s).toInt(), 282);
    EXPECT_FALSE(over.value(u"valid"_s).toBool());
    EXPECT_FALSE(measureJson({u"--platform"_s, u"x"_s, u"a\uFEFF"_s}).value(u"valid"_s).toBool());
}

TEST(CliMeasure, StdinIsTakenByteForByte)
{
    // A trailing newline is part of the text.
    EXPECT_EQ(measureJson({u"--platform"_s, u"bluesky"_s}, "abc\n").value(u"length"_s).toInt(), 4);
    EXPECT_EQ(measureJson({u"--platform"_s, u"x"_s}, "abc\n").value(u"length"_s).toInt(), 4);
    // CR LF is one grapheme cluster; leading spaces stay.
    const QJsonObject crlf = measureJson({u"--platform"_s, u"bluesky"_s}, "  a\r\n");
    EXPECT_EQ(crlf.value(u"length"_s).toInt(), 4);
    EXPECT_EQ(crlf.value(u"bytes"_s).toInt(), 5);
    // Nothing at all: empty, not valid, and still a successful measurement.
    const QJsonObject empty = measureJson({u"--platform"_s, u"x"_s}, "");
    EXPECT_EQ(empty.value(u"length"_s).toInt(), 0);
    EXPECT_FALSE(empty.value(u"valid"_s).toBool());
    // TEXT wins over stdin.
    EXPECT_EQ(measureJson({u"--platform"_s, u"x"_s, u"ab"_s}, "abcdef").value(u"length"_s).toInt(), 2);
}

TEST(CliMeasure, BadInput)
{
    expectBadInput({u"measure"_s, u"x"_s}, u"--platform"_s);
    expectBadInput({u"measure"_s, u"--platform"_s, u"myspace"_s, u"hi"_s}, u"'myspace'"_s);
    expectBadInput({u"measure"_s, u"--platform"_s, u"x"_s, u"a"_s, u"b"_s}, u"unexpected argument 'b'"_s);
    expectBadInput({u"measure"_s, u"--platform"_s, u"x"_s, u"--instance"_s, u"mastodon.social"_s, u"hi"_s},
                   u"--instance"_s);
    expectBadInput({u"measure"_s, u"--platform"_s, u"mastodon"_s, u"--instance"_s,
                    u"http://example.org"_s, u"hi"_s},
                   u"only https://"_s);
    expectBadInput({u"measure"_s, u"--platform"_s, u"x"_s, u"--frobnicate"_s}, u"frobnicate"_s);
}

TEST(CliMeasure, InvalidUtf8OnStdinIsBadInput)
{
    for (const QByteArray &bytes : {QByteArray("ab\xff"), QByteArray("\xc0\xaf"), QByteArray("\xed\xa0\x80"),
                                    QByteArray("abc\xe2\x82")}) {
        const ProcessResult result = runCli({u"measure"_s, u"--platform"_s, u"x"_s, u"--json"_s}, bytes);
        EXPECT_EQ(result.exitCode, 2) << bytes.toHex().toStdString();
        EXPECT_TRUE(result.out.isEmpty());
        EXPECT_TRUE(result.err.contains("not valid UTF-8")) << result.err.toStdString();
    }
    const ProcessResult result = runCli({u"measure"_s, u"--platform"_s, u"x"_s}, "ab\xff");
    EXPECT_TRUE(result.err.contains("offset 2")) << result.err.toStdString();
}

TEST(CliMeasure, HumanOutputAndHelp)
{
    const ProcessResult result = runCli({u"measure"_s, u"--platform"_s, u"x"_s, u"hello"_s});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(QString::fromUtf8(result.out), u"x: 5 of 280 — fits\n"_s);
    const ProcessResult help = runCli({u"measure"_s, u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--platform"));
    EXPECT_TRUE(help.out.contains("--instance"));
}

// A Mastodon instance on loopback, served from its own thread while the test
// thread waits for chorus-cli.
class InstanceThread final : public QThread
{
public:
    explicit InstanceThread(QByteArray body)
        : m_body(std::move(body))
    {
    }
    quint16 port() const { return m_port; }
    QSemaphore ready;

protected:
    void run() override
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0))
            m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, this] {
                    if (!socket->peek(8192).contains("\r\n\r\n"))
                        return;
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n"
                                  + m_body);
                    socket->disconnectFromHost();
                });
            }
        });
        ready.release();
        exec();
    }

private:
    QByteArray m_body;
    quint16 m_port = 0;
};

TEST(CliMeasure, MastodonInstanceLimit)
{
    InstanceThread instance(R"({"configuration":{"statuses":{"max_characters":1000,"characters_reserved_per_url":23}}})");
    instance.start();
    instance.ready.acquire();
    ASSERT_NE(instance.port(), 0);
    const QString address = u"http://127.0.0.1:%1"_s.arg(instance.port());
    const QJsonObject raised = measureJson({u"--platform"_s, u"mastodon"_s, u"--instance"_s, address,
                                            QString(600, u'a')});
    EXPECT_EQ(raised, (QJsonObject{{u"platform"_s, u"mastodon"_s}, {u"length"_s, 600},
                                   {u"limit"_s, 1000}, {u"valid"_s, true}}));
    instance.quit();
    instance.wait();

    // Nobody listening: a failure (exit 1), not bad input.
    const ProcessResult down = runCli({u"measure"_s, u"--platform"_s, u"mastodon"_s, u"--instance"_s,
                                       address, u"--json"_s, u"hi"_s});
    EXPECT_EQ(down.exitCode, 1) << down.err.toStdString();
    EXPECT_TRUE(down.out.isEmpty());
    EXPECT_TRUE(down.err.contains(address.toUtf8())) << down.err.toStdString();
}

} // namespace
