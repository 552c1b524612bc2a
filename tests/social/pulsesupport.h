#pragma once
// What the pulse's network tests share: the Mastodon test server
// (tests/support/mastodon/server.py) as a child process steered through its
// /_test/* routes, and a loop that polls a PulsePoller until it caught up.

#include "social/pulsepoller.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>

namespace Chorus::Test {

/// Sends one request and waits for its answer (the event loop runs meanwhile).
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    [[nodiscard]] QJsonObject json() const;
};
HttpAnswer httpSend(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
                    const QByteArray &body = {},
                    const QByteArray &contentType = "application/json");

/// One Mastodon test server on a free loopback port, for the test's lifetime.
class MastodonServer
{
public:
    MastodonServer();
    ~MastodonServer();
    [[nodiscard]] bool started() const { return m_url.isValid(); }
    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] QString hostPort() const;
    /// POST /_test/ROUTE with `body`; the answer's JSON.
    QJsonObject control(const QString &route, const QJsonObject &body = {});
    /// Seeds a public status by alice; its Status JSON (`id`, `uri`, …).
    QJsonObject seed(const QString &text, const QString &createdAt, const QString &uri = {},
                     const QString &remoteDomain = {});
    /// Seeds many at once (/_test/statuses): each item has `text`,
    /// `created_at` and optionally `uri`, `remote_domain`; their Status JSON.
    QJsonArray seedMany(const QJsonArray &statuses);
    /// The requests the server saw for `pathPrefix`, oldest first.
    QJsonArray requests(const QString &pathPrefix);

private:
    QProcess m_process;
    QUrl m_url;
    QNetworkAccessManager m_network;
};

/// Polls until the poller caught up (waiting out rate limits as it asks),
/// at most `timeoutMs`; the number of rounds, -1 on timeout.
int pollUntilCaughtUp(Social::PulsePoller &poller, int timeoutMs = 60000);

} // namespace Chorus::Test
