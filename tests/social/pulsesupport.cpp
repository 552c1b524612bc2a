#include "pulsesupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chorus::Test {

QJsonObject HttpAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpAnswer httpSend(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
                    const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(contentType));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

MastodonServer::MastodonServer()
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(CHORUS_PYTHON),
                    {QStringLiteral(CHORUS_MASTODON_SERVER), u"--port"_s, u"0"_s});
    if (!m_process.waitForReadyRead(15000))
        return;
    const QByteArray line = m_process.readLine().trimmed();
    const QByteArray prefix = "listening on ";
    if (line.startsWith(prefix))
        m_url = QUrl(QString::fromLatin1(line.sliced(prefix.size())));
}

MastodonServer::~MastodonServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QString MastodonServer::hostPort() const
{
    return u"%1:%2"_s.arg(m_url.host()).arg(m_url.port());
}

QJsonObject MastodonServer::control(const QString &route, const QJsonObject &body)
{
    QUrl target = m_url;
    target.setPath(u"/_test/"_s + route);
    const HttpAnswer answer
        = httpSend(m_network, "POST", target, QJsonDocument(body).toJson(QJsonDocument::Compact));
    EXPECT_EQ(answer.status, 200) << route.toStdString() << ": " << answer.body.toStdString();
    return answer.json();
}

QJsonObject MastodonServer::seed(const QString &text, const QString &createdAt, const QString &uri,
                                 const QString &remoteDomain)
{
    QJsonObject body {{u"text"_s, text}, {u"created_at"_s, createdAt}};
    if (!uri.isEmpty())
        body.insert(u"uri"_s, uri);
    if (!remoteDomain.isEmpty())
        body.insert(u"remote_domain"_s, remoteDomain);
    return control(u"status"_s, body);
}

QJsonArray MastodonServer::seedMany(const QJsonArray &statuses)
{
    const QJsonArray seeded
        = control(u"statuses"_s, {{u"statuses"_s, statuses}}).value(u"statuses"_s).toArray();
    EXPECT_EQ(seeded.size(), statuses.size());
    return seeded;
}

QJsonArray MastodonServer::requests(const QString &pathPrefix)
{
    QJsonArray found;
    for (const QJsonValue request : control(u"state"_s).value(u"requests"_s).toArray())
        if (request.toObject().value(u"path"_s).toString().startsWith(pathPrefix))
            found.append(request);
    return found;
}

int pollUntilCaughtUp(Social::PulsePoller &poller, int timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    int rounds = 0;
    while (elapsed.elapsed() < timeoutMs) {
        QEventLoop loop;
        QObject::connect(&poller, &Social::PulsePoller::roundFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(0, &poller, &Social::PulsePoller::poll);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        ++rounds;
        if (poller.caughtUp())
            return rounds;
        const QDateTime allowed = poller.nextAllowed();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (allowed.isValid() && allowed > now) {
            QEventLoop wait;
            QTimer::singleShot(int(now.msecsTo(allowed)) + 50, &wait, &QEventLoop::quit);
            wait.exec();
        }
    }
    return -1;
}

} // namespace Chorus::Test
