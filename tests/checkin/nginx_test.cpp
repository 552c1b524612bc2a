// chorus-cli serve behind a real nginx, configured as the README deploys it
// (upstream keep-alive, X-Forwarded-For, serve --trusted-proxy 127.0.0.1),
// with fans connecting from many loopback source addresses (127.0.0.x):
// the per-address limits see each fan, not the proxy, and nobody is believed
// about their own address. Skipped, saying why, without Debian's nginx-light.
#include "checkintest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using namespace Qt::StringLiterals;
using Chorus::Test::waitUntil;

namespace {

const QString cli = QStringLiteral(CHORUS_CLI);
const QByteArray adminToken = "nginx-test-admin-token-0123";

QString nginxProgram()
{
    for (const QString &candidate : {u"/usr/sbin/nginx"_s, u"/usr/bin/nginx"_s}) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStandardPaths::findExecutable(u"nginx"_s);
}

quint16 freePort()
{
    QTcpServer server;
    EXPECT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    return server.serverPort();
}

/// serve and nginx in front of it, both on loopback in a private directory.
class Deployment
{
public:
    explicit Deployment(const QStringList &serveFlags)
    {
        // nginx's worker runs as nobody when the test is root: let it in.
        QFile::setPermissions(m_dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                  | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                  | QFileDevice::ExeGroup);
        QFile campaign(m_dir.filePath(u"campaign.chorus.json"_s));
        EXPECT_TRUE(campaign.open(QIODevice::WriteOnly));
        campaign.write(
            R"({"format":"chorus-campaign","version":1,"title":"Test hour","hashtag":"#AlitaSequel","start":"2027-02-14T17:00:00Z","duration_minutes":60})");
        campaign.close();
        m_serve.start(cli,
                      QStringList {u"serve"_s, campaign.fileName(), u"--listen"_s, u"127.0.0.1:0"_s,
                                   u"--db"_s, m_dir.filePath(u"checkins.sqlite"_s),
                                   u"--admin-token"_s, QString::fromLatin1(adminToken)}
                          + serveFlags);
        if (!m_serve.waitForReadyRead(10000))
            return;
        const QByteArray line = m_serve.readLine().trimmed();
        const QByteArray prefix = "listening on http://127.0.0.1:";
        if (!line.startsWith(prefix))
            return;
        servePort = quint16(line.sliced(prefix.size()).toUInt());

        proxyPort = freePort();
        const QString d = m_dir.path();
        // The README's proxy settings; TLS left out, listening on loopback.
        const QString config = uR"(worker_processes 1;
daemon off;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path %1/body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    upstream chorus {
        least_conn;
        server 127.0.0.1:%2 max_fails=3 fail_timeout=5s;
        keepalive 64;
    }
    server {
        listen 127.0.0.1:%3;
        client_max_body_size 16k;
        location / {
            proxy_pass http://chorus;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_read_timeout 30s;
            proxy_next_upstream error timeout;
        }
    }
}
)"_s.arg(d)
                                   .arg(servePort)
                                   .arg(proxyPort);
        QFile conf(m_dir.filePath(u"nginx.conf"_s));
        EXPECT_TRUE(conf.open(QIODevice::WriteOnly));
        conf.write(config.toUtf8());
        conf.close();
        m_nginx.start(
            nginxProgram(),
            {u"-p"_s, d, u"-c"_s, conf.fileName(), u"-e"_s, m_dir.filePath(u"error.log"_s)});
        const bool accepting = waitUntil(
            [&] {
                if (m_nginx.state() == QProcess::NotRunning)
                    return true;
                QTcpSocket probe;
                probe.connectToHost(u"127.0.0.1"_s, proxyPort);
                return probe.waitForConnected(200);
            },
            10000);
        if (!accepting || m_nginx.state() == QProcess::NotRunning) {
            QFile log(m_dir.filePath(u"error.log"_s));
            (void)log.open(QIODevice::ReadOnly);
            ADD_FAILURE() << "nginx did not start: " << m_nginx.readAllStandardError().toStdString()
                          << log.readAll().toStdString();
            proxyPort = 0;
        }
    }
    ~Deployment()
    {
        for (QProcess *process : {&m_nginx, &m_serve}) {
            if (process->state() != QProcess::NotRunning) {
                process->terminate();
                if (!process->waitForFinished(10000)) {
                    process->kill();
                    process->waitForFinished(5000);
                }
            }
        }
    }
    quint16 servePort = 0;
    quint16 proxyPort = 0;

private:
    QTemporaryDir m_dir;
    QProcess m_serve;
    QProcess m_nginx;
};

/// One client: its source address and the requests it sends one after the
/// other on a keep-alive connection (opening a new one if the server closed
/// it); the statuses it got, in order.
struct Client
{
    QHostAddress source;
    quint16 port = 0;
    QList<QByteArray> requests;
    QList<int> statuses;
};

/// Runs every client at once until each has all its answers (or the
/// timeout); answers that never came are status 0.
void runClients(std::vector<Client> &clients, int timeoutMs = 120000)
{
    struct State
    {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray received;
        int failures = 0;
    };
    std::vector<State> states(clients.size());
    std::function<void(size_t)> sendNext = [&](size_t i) {
        Client &client = clients[i];
        State &state = states[i];
        if (client.statuses.size() >= client.requests.size())
            return;
        if (!state.socket || state.socket->state() != QAbstractSocket::ConnectedState) {
            state.socket = std::make_unique<QTcpSocket>();
            QTcpSocket *socket = state.socket.get();
            if (!socket->bind(client.source, 0)) {
                client.statuses.append(0);
                return;
            }
            QObject::connect(socket, &QTcpSocket::connected, socket, [&, i, socket] {
                socket->write(clients[i].requests[clients[i].statuses.size()]);
            });
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, i, socket] {
                State &s = states[i];
                s.received += socket->readAll();
                const qsizetype end = s.received.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = s.received.first(end).toLower();
                qsizetype length = 0;
                if (const qsizetype at = head.indexOf("\r\ncontent-length:"); at >= 0)
                    length = head.sliced(at + 17, head.indexOf('\r', at + 2) - at - 17)
                                 .trimmed()
                                 .toLongLong();
                if (s.received.size() < end + 4 + length)
                    return;
                const bool close = head.contains("\r\nconnection: close");
                clients[i].statuses.append(s.received.sliced(9, 3).toInt());
                s.received.clear();
                if (close) {
                    socket->abort();
                    s.socket.release()->deleteLater();
                }
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(), [&, i] { sendNext(i); }, Qt::QueuedConnection);
            });
            QObject::connect(socket, &QTcpSocket::errorOccurred, socket, [&, i, socket] {
                State &s = states[i];
                if (s.socket.get() != socket)
                    return;
                // The server closed a keep-alive connection: retry on a new
                // one, but not for ever.
                s.socket.release()->deleteLater();
                s.received.clear();
                if (++s.failures > 3)
                    clients[i].statuses.append(0);
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(), [&, i] { sendNext(i); }, Qt::QueuedConnection);
            });
            socket->connectToHost(u"127.0.0.1"_s, client.port);
            return;
        }
        state.socket->write(client.requests[client.statuses.size()]);
    };
    for (size_t i = 0; i < clients.size(); ++i)
        sendNext(i);
    waitUntil(
        [&] {
            for (const Client &client : clients) {
                if (client.statuses.size() < client.requests.size())
                    return false;
            }
            return true;
        },
        timeoutMs);
    for (Client &client : clients) {
        while (client.statuses.size() < client.requests.size())
            client.statuses.append(0);
    }
    states.clear();
}

QByteArray get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: checkin.example.org\r\n\r\n";
}

QByteArray joinRequest(const QByteArray &handle, const QByteArray &extraHeaders = {})
{
    const QByteArray body
        = R"({"handle":")" + handle + R"(","platform":"x","zone":"Europe/Berlin"})";
    return "POST /api/v1/participants HTTP/1.1\r\nHost: checkin.example.org\r\n"
           "Content-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

std::map<int, int> tally(const std::vector<Client> &clients)
{
    std::map<int, int> counts;
    for (const Client &client : clients) {
        for (int status : client.statuses)
            ++counts[status];
    }
    return counts;
}

std::string describe(const std::map<int, int> &counts)
{
    std::string text;
    for (const auto &[status, count] : counts)
        text += std::to_string(status) + ": " + std::to_string(count) + "  ";
    return text;
}

class BehindNginx : public testing::Test
{
protected:
    void SetUp() override
    {
        if (nginxProgram().isEmpty())
            GTEST_SKIP() << "nginx is not installed (Debian package nginx-light; ./dev.sh test "
                            "installs it)";
    }
};

TEST_F(BehindNginx, TwoHundredPollersFromTenAddressesGetNo503)
{
    Deployment deployment({u"--trusted-proxy"_s, u"127.0.0.1"_s});
    ASSERT_NE(deployment.proxyPort, 0);
    std::vector<Client> clients;
    for (int i = 0; i < 200; ++i) {
        Client client;
        client.source = QHostAddress(u"127.0.0.%1"_s.arg(2 + i % 10));
        client.port = deployment.proxyPort;
        for (int n = 0; n < 25; ++n)
            client.requests.append(get("/api/v1/stats"));
        clients.push_back(std::move(client));
    }
    runClients(clients);
    const auto counts = tally(clients);
    EXPECT_EQ(counts.count(503), 0u) << describe(counts);
    EXPECT_EQ(counts.at(200), 200 * 25) << describe(counts);
}

TEST_F(BehindNginx, FortyFansJoinThreeTimesEachAndOneAddressOverTheLimitGets429)
{
    Deployment deployment({u"--trusted-proxy"_s, u"127.0.0.1"_s, u"--joins-per-minute"_s, u"5"_s});
    ASSERT_NE(deployment.proxyPort, 0);
    std::vector<Client> fans;
    for (int i = 0; i < 40; ++i) {
        Client fan;
        fan.source = QHostAddress(u"127.0.1.%1"_s.arg(1 + i));
        fan.port = deployment.proxyPort;
        for (int n = 0; n < 3; ++n)
            fan.requests.append(
                joinRequest("@fan" + QByteArray::number(i) + "_" + QByteArray::number(n)));
        fans.push_back(std::move(fan));
    }
    runClients(fans);
    const auto counts = tally(fans);
    EXPECT_EQ(counts.size(), 1u) << describe(counts);
    EXPECT_EQ(counts.count(201) ? counts.at(201) : 0, 120) << describe(counts);

    // One address over the limit, each join claiming another address in
    // X-Forwarded-For (nginx appends the real one): the sixth gets 429.
    std::vector<Client> greedy(1);
    greedy[0].source = QHostAddress(u"127.0.2.1"_s);
    greedy[0].port = deployment.proxyPort;
    for (int n = 0; n < 6; ++n)
        greedy[0].requests.append(
            joinRequest("@greedy" + QByteArray::number(n),
                        "X-Forwarded-For: 203.0.113." + QByteArray::number(n + 1) + "\r\n"));
    runClients(greedy);
    EXPECT_EQ(greedy[0].statuses, (QList<int> {201, 201, 201, 201, 201, 429}));

    // A client that goes around nginx to serve is not a trusted proxy: its
    // forged header is not believed either.
    std::vector<Client> forger(1);
    forger[0].source = QHostAddress(u"127.0.2.2"_s);
    forger[0].port = deployment.servePort;
    for (int n = 0; n < 6; ++n)
        forger[0].requests.append(
            joinRequest("@forger" + QByteArray::number(n),
                        "X-Forwarded-For: 203.0.113." + QByteArray::number(n + 1) + "\r\n"));
    runClients(forger);
    EXPECT_EQ(forger[0].statuses, (QList<int> {201, 201, 201, 201, 201, 429}));

    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, deployment.servePort);
    ASSERT_TRUE(socket.waitForConnected(5000));
    socket.write(get("/api/v1/stats"));
    QByteArray answer;
    waitUntil([&] {
        answer += socket.readAll();
        return answer.endsWith('}');
    });
    const QJsonObject stats
        = QJsonDocument::fromJson(answer.sliced(answer.indexOf("\r\n\r\n") + 4)).object();
    EXPECT_EQ(stats.value(u"participants"_s).toInt(), 130);
}

} // namespace
