// MastodonInstance against a real HTTP server on loopback.
#include "testutil.h"

#include "text/mastodoninstance.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Chorus::Text;
using namespace Qt::StringLiterals;

namespace {

// Answers every request with one canned response (or never answers).
class CannedServer
{
public:
    explicit CannedServer(QByteArray response)
        : m_response(std::move(response))
    {
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n") || m_response.isEmpty())
                        return;
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
            }
        });
    }

    [[nodiscard]] QString address() const
    {
        return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort());
    }
    [[nodiscard]] const QByteArray &request() const { return m_request; }

private:
    QTcpServer m_server;
    QByteArray m_response;
    QByteArray m_request;
};

QByteArray httpResponse(int status, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
           "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

Chorus::Expected<MastodonLimits> fetch(const QString &instance, MastodonInstance::Options options)
{
    QNetworkAccessManager network;
    MastodonInstance fetcher(&network);
    std::optional<Chorus::Expected<MastodonLimits>> result;
    int signalCount = 0;
    QEventLoop loop;
    QObject::connect(&fetcher, &MastodonInstance::finished, &loop, [&](const MastodonLimits &limits) {
        result = limits;
        ++signalCount;
        loop.quit();
    });
    QObject::connect(&fetcher, &MastodonInstance::failed, &loop, [&](const Chorus::Error &error) {
        result = std::unexpected(error);
        ++signalCount;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit); // a guard, not a measurement
    fetcher.fetch(instance, options);
    loop.exec();
    EXPECT_EQ(signalCount, 1);
    if (!result)
        return std::unexpected(Chorus::Error{{}, u"no signal"_s});
    return *result;
}

MastodonInstance::Options loopbackOptions()
{
    MastodonInstance::Options options;
    options.allowHttp = true;
    options.timeout = std::chrono::milliseconds(500);
    return options;
}

TEST(MastodonInstance, ReadsTheInstanceLimits)
{
    CannedServer server(httpResponse(200, R"({"domain":"example.social","configuration":{"statuses":)"
                                          R"({"max_characters":5000,"characters_reserved_per_url":23}}})"));
    const auto limits = fetch(server.address(), loopbackOptions());
    ASSERT_TRUE(limits.has_value()) << limits.error().text().toStdString();
    EXPECT_EQ(limits->maxCharacters, 5000);
    EXPECT_EQ(limits->charactersReservedPerUrl, 23);
    EXPECT_TRUE(server.request().startsWith("GET /api/v2/instance HTTP/1.1\r\n"));
}

TEST(MastodonInstance, HttpErrorsAreReported)
{
    CannedServer server(httpResponse(404, "{}"));
    const auto limits = fetch(server.address(), loopbackOptions());
    ASSERT_FALSE(limits.has_value());
    EXPECT_TRUE(limits.error().message.contains(u"HTTP 404"_s)) << limits.error().text().toStdString();
    EXPECT_TRUE(limits.error().message.contains(server.address())) << limits.error().text().toStdString();
}

TEST(MastodonInstance, NotMastodonIsReported)
{
    CannedServer server(httpResponse(200, R"({"version":"1.0"})"));
    const auto limits = fetch(server.address(), loopbackOptions());
    ASSERT_FALSE(limits.has_value());
    EXPECT_TRUE(limits.error().message.contains(u"max_characters"_s)) << limits.error().text().toStdString();
}

TEST(MastodonInstance, OversizedAnswersAreRefused)
{
    CannedServer server(httpResponse(200, QByteArray(4096, ' ') + "{}"));
    MastodonInstance::Options options = loopbackOptions();
    options.maxBytes = 1024;
    const auto limits = fetch(server.address(), options);
    ASSERT_FALSE(limits.has_value());
    EXPECT_TRUE(limits.error().message.contains(u"larger than 1024 bytes"_s)) << limits.error().text().toStdString();
}

TEST(MastodonInstance, SilentServersTimeOut)
{
    CannedServer server({}); // accepts, never answers
    const auto limits = fetch(server.address(), loopbackOptions());
    ASSERT_FALSE(limits.has_value());
    EXPECT_TRUE(limits.error().message.contains(u"no answer within 500 ms"_s)) << limits.error().text().toStdString();
}

TEST(MastodonInstance, PlainHttpIsRefusedUnlessAllowed)
{
    const auto limits = fetch(u"http://127.0.0.1:9"_s, {});
    ASSERT_FALSE(limits.has_value());
    EXPECT_TRUE(limits.error().message.contains(u"only https://"_s)) << limits.error().text().toStdString();
}

TEST(MastodonInstance, InstanceAddresses)
{
    EXPECT_EQ(mastodonInstanceApiUrl(u"mastodon.social"_s).value(),
              QUrl(u"https://mastodon.social/api/v2/instance"_s));
    EXPECT_EQ(mastodonInstanceApiUrl(u" https://Fosstodon.org/ "_s).value(),
              QUrl(u"https://fosstodon.org/api/v2/instance"_s));
    EXPECT_EQ(mastodonInstanceApiUrl(u"http://127.0.0.1:8080"_s, true).value(),
              QUrl(u"http://127.0.0.1:8080/api/v2/instance"_s));
    for (const QString &bad : {u""_s, u"https://mastodon.social/@alice"_s, u"ftp://x.org"_s,
                               u"https://user@x.org"_s, u"https://x.org/?q=1"_s, u"https://"_s}) {
        const auto url = mastodonInstanceApiUrl(bad);
        EXPECT_FALSE(url.has_value()) << bad.toStdString();
        if (!url) {
            EXPECT_EQ(url.error().field, u"--instance"_s);
        }
    }
}

TEST(MastodonInstance, ParsesOnlyPlausibleLimits)
{
    EXPECT_EQ(parseMastodonInstance(R"({"configuration":{"statuses":{"max_characters":500}}})")->maxCharacters, 500);
    EXPECT_FALSE(parseMastodonInstance("not json").has_value());
    EXPECT_FALSE(parseMastodonInstance(R"({"configuration":{"statuses":{"max_characters":0}}})").has_value());
    EXPECT_FALSE(parseMastodonInstance(R"({"configuration":{"statuses":{"max_characters":"500"}}})").has_value());
    EXPECT_FALSE(parseMastodonInstance(R"({"configuration":{"statuses":{"max_characters":500.5}}})").has_value());
    EXPECT_FALSE(parseMastodonInstance(
                     R"({"configuration":{"statuses":{"max_characters":500,"characters_reserved_per_url":-1}}})")
                     .has_value());
}

} // namespace
