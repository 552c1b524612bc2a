#include "mastodonoauth.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Chorus::Social {

namespace {

constexpr qsizetype maxRequestBytes = 8 * 1024;

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QStringList mastodonScopes()
{
    return {u"read:statuses"_s, u"write:statuses"_s, u"profile"_s};
}

QString pkceChallenge(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

Pkce makePkce(QByteArrayView random)
{
    Pkce pkce;
    pkce.verifier = base64Url(random.toByteArray());
    pkce.challenge = pkceChallenge(pkce.verifier);
    return pkce;
}

QUrl mastodonAuthorizeUrl(const QUrl &baseUrl, const MastodonApp &app, const QString &redirectUri,
                          const Pkce &pkce, const QString &state)
{
    QUrl url = baseUrl;
    url.setPath(u"/oauth/authorize"_s);
    QUrlQuery query;
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"client_id"_s, app.clientId);
    query.addQueryItem(u"redirect_uri"_s, redirectUri);
    query.addQueryItem(u"scope"_s, app.scopes.join(u' '));
    query.addQueryItem(u"code_challenge"_s, pkce.challenge);
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    query.addQueryItem(u"state"_s, state);
    url.setQuery(query);
    return url;
}

Expected<QString> parsePastedCode(QStringView text)
{
    const QString code = text.trimmed().toString();
    if (code.isEmpty())
        return fail(u"code"_s, u"paste the code the server showed after you allowed Chorus"_s);
    for (const QChar c : code) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return fail(u"code"_s,
                        u"%1 is not a sign-in code: paste only the code the server "
                        "showed"_s.arg(quoted(code)));
    }
    return code;
}

LoopbackRedirect::LoopbackRedirect(QObject *parent)
    : QObject(parent)
{ }

LoopbackRedirect::~LoopbackRedirect() = default;

Expected<QUrl> LoopbackRedirect::listen(const QString &expectedState)
{
    close();
    m_done = false;
    m_state = expectedState;
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return fail(u"redirect"_s, u"cannot listen on 127.0.0.1 for the sign-in: %1"_s.arg(why));
    }
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirect::onConnection);
    m_uri = QUrl(u"http://127.0.0.1:%1/callback"_s.arg(m_server->serverPort()));
    return m_uri;
}

void LoopbackRedirect::close()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

void LoopbackRedirect::onConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A browser that opens a connection and sends nothing is dropped.
        QTimer::singleShot(10'000, socket, [socket] { socket->abort(); });
    }
}

void LoopbackRedirect::onReadable(QTcpSocket *socket)
{
    QByteArray buffered = socket->property("chorusBuffer").toByteArray() + socket->readAll();
    if (buffered.size() > maxRequestBytes) {
        answer(socket, 431, "Too large", "The request is too large.");
        return;
    }
    socket->setProperty("chorusBuffer", buffered);
    const qsizetype end = buffered.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> line = buffered.left(buffered.indexOf("\r\n")).split(' ');
    if (line.size() < 2 || line[0] != "GET") {
        answer(socket, 405, "Not allowed", "Only the browser's redirect is expected here.");
        return;
    }
    const QUrl target(QString::fromLatin1(line[1]));
    if (target.path() != u"/callback") {
        answer(socket, 404, "Not found", "Nothing here.");
        return;
    }
    const QUrlQuery query(target);
    if (m_done) {
        answer(socket, 410, "Done", "Chorus already has the sign-in; you can close this page.");
        return;
    }
    if (query.queryItemValue(u"state"_s, QUrl::FullyDecoded) != m_state) {
        answer(socket, 400, "Wrong sign-in",
               "This page does not belong to the sign-in Chorus started. Start again in Chorus.");
        return;
    }
    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (!error.isEmpty() || code.isEmpty()) {
        m_done = true;
        answer(socket, 200, "Not connected",
               "The server did not give Chorus access. You can close this page and try again in "
               "Chorus.");
        close();
        const QString description
            = query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded);
        Q_EMIT failed(
            Error {u"mastodon"_s,
                   error == u"access_denied"
                       ? u"you did not allow Chorus on the server; nothing was connected"_s
                       : u"the server refused the sign-in (%1)"_s.arg(
                           (description.isEmpty() ? error : description).left(200))});
        return;
    }
    m_done = true;
    answer(socket, 200, "Connected",
           "Chorus is connected. You can close this page and go back to Chorus.");
    close();
    Q_EMIT received(code);
}

void LoopbackRedirect::answer(QTcpSocket *socket, int status, const QByteArray &title,
                              const QByteArray &text)
{
    const QByteArray page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Chorus: "
        + title + "</title></head><body><h1>" + title + "</h1><p>" + text + "</p></body></html>";
    const QByteArray reason = status == 200 ? "OK" : title;
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                  + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                    "Connection: close\r\nContent-Length: "
                  + QByteArray::number(page.size()) + "\r\n\r\n" + page);
    socket->disconnectFromHost();
}

} // namespace Chorus::Social
