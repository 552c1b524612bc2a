// Opening a campaign from a URL, against a real HTTP server on loopback that
// serves good, corrupt, missing, huge, redirecting and silent answers.
#include "testutil.h"

#include "campaign/campaignfetcher.h"
#include "campaign/campaignfile.h"
#include "time/zonecatalogue.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

using namespace Chorus;
using namespace Chorus::Test;
using namespace Qt::StringLiterals;

namespace {

const Time::ZoneCatalogue &catalogue()
{
    static const Time::ZoneCatalogue system = Time::ZoneCatalogue::system();
    return system;
}

const QByteArray goodCampaign = R"({"format":"chorus-campaign","version":1,"title":"Sequel hour",
    "hashtag":"#AlitaSequel","start":"2027-02-14T17:00:00Z","duration_minutes":60,
    "audience":[{"zone":"Asia/Manila","weight":12}],"x_unknown":"kept"})";

// A deliberately small HTTP/1.1 server: reads one request, answers by path.
class LoopbackServer final : public QObject
{
public:
    LoopbackServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { onReadyRead(socket); });
            }
        });
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost, 0));
    }

    [[nodiscard]] QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }

    int requests = 0;

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        ++requests;
        const QByteArray path = buffer.split(' ').value(1);
        buffer.clear();
        if (path == "/good")
            respond(socket, "200 OK", goodCampaign);
        else if (path == "/corrupt")
            respond(socket, "200 OK", "{\"format\": \"chorus-campaign\",\n \"version\": ");
        else if (path == "/invalid")
            respond(
                socket, "200 OK",
                R"({"format":"chorus-campaign","version":1,"title":"T","start":"2027-02-14T17:00:00Z",
                        "duration_minutes":60,"audience":[{"zone":"Europe/Berln","weight":1}]})");
        else if (path == "/huge")
            respond(socket, "200 OK", QByteArray(5000, ' ')); // with Content-Length
        else if (path == "/huge-unannounced")
            streamWithoutLength(socket, QByteArray(5000, ' '));
        else if (path == "/redirect")
            respond(socket, "302 Found", {}, "Location: /good\r\n");
        else if (path == "/loop")
            respond(socket, "302 Found", {}, "Location: /loop\r\n");
        else if (path == "/slow")
            return; // never answers
        else
            respond(socket, "404 Not Found", "no such campaign");
    }

    static void respond(QTcpSocket *socket, const QByteArray &status, const QByteArray &body,
                        const QByteArray &extraHeaders = {})
    {
        socket->write("HTTP/1.1 " + status
                      + "\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body);
    }

    static void streamWithoutLength(QTcpSocket *socket, const QByteArray &body)
    {
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
            + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

struct Outcome
{
    std::optional<Campaign> campaign;
    std::optional<Error> error;
    QByteArray bytes;
    QUrl url;
    int emitted = 0;
};

// Fetches `url` and waits for the answer (at most 20 s, a guard against a
// hang, not a measurement).
Outcome fetchNow(CampaignFetcher &fetcher, const QUrl &url)
{
    Outcome outcome;
    QEventLoop loop;
    QObject context;
    QObject::connect(&fetcher, &CampaignFetcher::fetched, &context,
                     [&](const QUrl &from, const Campaign &campaign, const QByteArray &bytes) {
                         outcome.campaign = campaign;
                         outcome.bytes = bytes;
                         outcome.url = from;
                         ++outcome.emitted;
                         loop.quit();
                     });
    QObject::connect(&fetcher, &CampaignFetcher::failed, &context,
                     [&](const QUrl &from, const Error &error) {
                         outcome.error = error;
                         outcome.url = from;
                         ++outcome.emitted;
                         loop.quit();
                     });
    fetcher.fetch(url);
    EXPECT_EQ(outcome.emitted, 0) << "a signal came from inside fetch()";
    QTimer::singleShot(20000, &loop, [&] {
        ADD_FAILURE() << "no answer for " << url.toString().toStdString();
        loop.quit();
    });
    loop.exec();
    // Let anything queued run, to catch a second signal.
    QCoreApplication::processEvents();
    EXPECT_EQ(outcome.emitted, 1);
    return outcome;
}

class CampaignFetch : public testing::Test
{
protected:
    CampaignFetch()
        : fetcher(network, catalogue())
    {
        CampaignFetcher::Limits limits;
        limits.maxBytes = 4000;
        limits.timeout = std::chrono::milliseconds(500);
        limits.maxRedirects = 3;
        fetcher.setLimits(limits);
    }

    QString errorFor(const QString &path)
    {
        const Outcome outcome = fetchNow(fetcher, server.url(path));
        EXPECT_FALSE(outcome.campaign);
        return outcome.error ? outcome.error->text() : QString();
    }

    LoopbackServer server;
    QNetworkAccessManager network;
    CampaignFetcher fetcher;
};

TEST_F(CampaignFetch, AGoodCampaign)
{
    const Outcome outcome = fetchNow(fetcher, server.url(u"/good"_s));
    ASSERT_TRUE(outcome.campaign) << outcome.error->text().toStdString();
    EXPECT_EQ(outcome.campaign->hashtag, u"#AlitaSequel"_s);
    EXPECT_EQ(outcome.campaign->start, at("2027-02-14T17:00:00Z"));
    EXPECT_EQ(outcome.campaign->extra.value(u"x_unknown"_s).toString(), u"kept"_s);
    EXPECT_EQ(outcome.bytes, goodCampaign);
    EXPECT_EQ(outcome.url, server.url(u"/good"_s));
    EXPECT_FALSE(fetcher.isRunning());
}

TEST_F(CampaignFetch, FollowsARedirect)
{
    const Outcome outcome = fetchNow(fetcher, server.url(u"/redirect"_s));
    ASSERT_TRUE(outcome.campaign);
    EXPECT_EQ(outcome.campaign->title, u"Sequel hour"_s);
}

TEST_F(CampaignFetch, RefusesEndlessRedirects)
{
    const QString url = server.url(u"/loop"_s).toString();
    EXPECT_EQ(errorFor(u"/loop"_s), u"could not open "_s + url + u": more than 3 redirects");
}

TEST_F(CampaignFetch, NotFound)
{
    const QString url = server.url(u"/gone"_s).toString();
    EXPECT_EQ(errorFor(u"/gone"_s),
              u"could not open "_s + url + u": the server answered 404 Not Found");
}

TEST_F(CampaignFetch, CorruptJsonNamesTheUrlLineAndColumn)
{
    const QString url = server.url(u"/corrupt"_s).toString();
    const QString error = errorFor(u"/corrupt"_s);
    EXPECT_TRUE(error.startsWith(url + u": JSON syntax error at line 2, column "_s))
        << error.toStdString();
}

TEST_F(CampaignFetch, ContentErrorsNameTheUrlAndTheField)
{
    const QString url = server.url(u"/invalid"_s).toString();
    EXPECT_EQ(
        errorFor(u"/invalid"_s),
        url + u": audience[0].zone: unknown zone 'Europe/Berln'; did you mean Europe/Berlin?");
}

TEST_F(CampaignFetch, TooBigByContentLength)
{
    const QString url = server.url(u"/huge"_s).toString();
    EXPECT_EQ(errorFor(u"/huge"_s),
              u"could not open "_s + url
                  + u": the server sends 5000 bytes, more than the 4000 a campaign file may be");
}

TEST_F(CampaignFetch, TooBigWhileReading)
{
    const QString url = server.url(u"/huge-unannounced"_s).toString();
    EXPECT_EQ(errorFor(u"/huge-unannounced"_s),
              u"could not open "_s + url
                  + u": the answer is larger than the 4000 bytes a campaign file may be");
}

TEST_F(CampaignFetch, ASilentServerTimesOut)
{
    const QString url = server.url(u"/slow"_s).toString();
    EXPECT_EQ(errorFor(u"/slow"_s),
              u"could not open "_s + url + u": no complete answer within 0.5 seconds");
    EXPECT_EQ(server.requests, 1);
}

TEST_F(CampaignFetch, OnlyHttpAndHttps)
{
    for (const QString &text :
         {u"ftp://127.0.0.1/campaign.json"_s, u"file:///etc/passwd"_s, u"campaign.json"_s}) {
        const Outcome outcome = fetchNow(fetcher, QUrl(text));
        ASSERT_TRUE(outcome.error) << text.toStdString();
        EXPECT_EQ(outcome.error->message, quoted(text) + u" is not an http or https URL")
            << outcome.error->message.toStdString();
    }
    EXPECT_EQ(server.requests, 0);
}

TEST_F(CampaignFetch, ConnectionRefused)
{
    // A port that was just free: bind, note it, close.
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const QUrl url(u"http://127.0.0.1:%1/c.json"_s.arg(port));
    const Outcome outcome = fetchNow(fetcher, url);
    ASSERT_TRUE(outcome.error);
    EXPECT_TRUE(outcome.error->message.startsWith(u"could not open "_s + url.toString() + u": "))
        << outcome.error->message.toStdString();
}

TEST_F(CampaignFetch, PasswordsStayOutOfMessages)
{
    QUrl url = server.url(u"/gone"_s);
    url.setUserInfo(u"alita:secret"_s);
    const Outcome outcome = fetchNow(fetcher, url);
    ASSERT_TRUE(outcome.error);
    EXPECT_FALSE(outcome.error->text().contains(u"secret"_s))
        << outcome.error->text().toStdString();
}

TEST_F(CampaignFetch, ANewFetchReplacesARunningOne)
{
    fetcher.fetch(server.url(u"/slow"_s));
    EXPECT_TRUE(fetcher.isRunning());
    const Outcome outcome = fetchNow(fetcher, server.url(u"/good"_s));
    EXPECT_TRUE(outcome.campaign);
    EXPECT_EQ(outcome.url, server.url(u"/good"_s));
}

TEST_F(CampaignFetch, ARefusedSchemeIsDroppedByANewFetch)
{
    fetcher.fetch(QUrl(u"ftp://127.0.0.1/old.json"_s)); // its refusal is queued
    const Outcome outcome = fetchNow(fetcher, server.url(u"/good"_s));
    EXPECT_TRUE(outcome.campaign);
    EXPECT_FALSE(outcome.error);
}

TEST_F(CampaignFetch, CancelEmitsNothing)
{
    int signalCount = 0;
    QObject::connect(&fetcher, &CampaignFetcher::fetched, [&] { ++signalCount; });
    QObject::connect(&fetcher, &CampaignFetcher::failed, [&] { ++signalCount; });
    fetcher.fetch(server.url(u"/slow"_s));
    fetcher.cancel();
    EXPECT_FALSE(fetcher.isRunning());
    QEventLoop loop;
    QTimer::singleShot(700, &loop, &QEventLoop::quit); // past the 500 ms timeout
    loop.exec();
    EXPECT_EQ(signalCount, 0);
}

TEST(CampaignUrl, TellsUrlsFromFiles)
{
    EXPECT_TRUE(isCampaignUrl(u"https://example.org/a.chorus.json"));
    EXPECT_TRUE(isCampaignUrl(u"  HTTP://example.org/a"));
    EXPECT_FALSE(isCampaignUrl(u"/home/alita/a.chorus.json"));
    EXPECT_FALSE(isCampaignUrl(u"httpfiles/a.chorus.json"));
    EXPECT_FALSE(isCampaignUrl(u"ftp://example.org/a"));
}

} // namespace
