#include "mastodonserver.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chorus::Test {

MastodonServer::MastodonServer() = default;

MastodonServer::~MastodonServer()
{
    stop();
}

bool MastodonServer::start()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(u"python3"_s,
                     {QStringLiteral(CHORUS_SOURCE_DIR "/tests/support/mastodon/server.py"),
                      u"--port"_s, u"0"_s});
    if (!m_process->waitForStarted(10000)) {
        m_error = u"python3 did not start: "_s + m_process->errorString();
        return false;
    }
    QByteArray line;
    while (!line.contains('\n')) {
        if (!m_process->waitForReadyRead(15000)) {
            m_error = u"the Mastodon test server printed nothing"_s;
            return false;
        }
        line += m_process->readAllStandardOutput();
    }
    const QByteArray prefix = "listening on ";
    line = line.trimmed();
    if (!line.startsWith(prefix)) {
        m_error = u"unexpected first line: "_s + QString::fromUtf8(line);
        return false;
    }
    m_url = QUrl(QString::fromUtf8(line.mid(prefix.size())));
    return true;
}

QString MastodonServer::host() const
{
    return u"%1:%2"_s.arg(m_url.host()).arg(m_url.port());
}

QJsonObject MastodonServer::control(const QString &route, const QJsonObject &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_url.resolved(QUrl(u"/_test/"_s + route)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply
        = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    EXPECT_EQ(reply->error(), QNetworkReply::NoError)
        << route.toStdString() << ": " << answer.toStdString();
    reply->deleteLater();
    return QJsonDocument::fromJson(answer).object();
}

QString MastodonServer::token(const QString &account)
{
    return control(u"token"_s, {{u"account"_s, account}}).value(u"access_token"_s).toString();
}

void MastodonServer::setClockOffset(double seconds)
{
    control(u"config"_s, {{u"clock_offset"_s, seconds}});
}

void MastodonServer::rule(const QJsonObject &rule)
{
    control(u"rule"_s, rule);
}

QJsonArray MastodonServer::statuses()
{
    return control(u"state"_s).value(u"statuses"_s).toArray();
}

QJsonArray MastodonServer::scheduled()
{
    return control(u"state"_s).value(u"scheduled"_s).toArray();
}

QJsonArray MastodonServer::requests()
{
    return control(u"state"_s).value(u"requests"_s).toArray();
}

void MastodonServer::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

} // namespace Chorus::Test
