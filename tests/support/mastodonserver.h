#pragma once
// Runs tests/support/mastodon/server.py (the Mastodon test server written from
// the documented API) on a free loopback port for one test, and steers it
// through its /_test/* control routes.

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

namespace Chorus::Test {

class MastodonServer
{
public:
    MastodonServer();
    ~MastodonServer();
    MastodonServer(const MastodonServer &) = delete;
    MastodonServer &operator=(const MastodonServer &) = delete;

    /// Starts the server; false (with the reason in error()) if it did not.
    bool start();
    [[nodiscard]] QString error() const { return m_error; }
    /// http://127.0.0.1:PORT
    [[nodiscard]] QUrl url() const { return m_url; }
    /// "127.0.0.1:PORT", how the server names itself in handles.
    [[nodiscard]] QString host() const;

    /// POSTs `body` to /_test/ROUTE and returns the JSON answer (fails the
    /// test on any error).
    QJsonObject control(const QString &route, const QJsonObject &body = {});
    /// A token for `account` with the scopes Chorus asks for.
    QString token(const QString &account = QStringLiteral("alice"));
    /// Sets the server's clock this many seconds off the machine's.
    void setClockOffset(double seconds);
    /// Adds a forced answer: see server.py's /_test/rule.
    void rule(const QJsonObject &rule);
    [[nodiscard]] QJsonArray statuses();
    [[nodiscard]] QJsonArray scheduled();
    [[nodiscard]] QJsonArray requests();
    /// Kills the server (for "the server is down" tests).
    void stop();

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QString m_error;
};

} // namespace Chorus::Test
