#pragma once
// The real Bluesky server the posting tests run against: tests/atproto/pds.js,
// started once per ctest run as the fixture `bluesky_pds` (see CMakeLists.txt),
// and a loopback TCP proxy that breaks the connection in the ways a real
// network does, at the moments a test chooses.

#include "testutil.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <optional>

namespace Chorus::Test {

/// An account made on the test server, with an app password.
struct AtprotoAccount
{
    QString handle; ///< "<name>.test"
    QString did;
    QString password; ///< the account's main password
    QString appPassword; ///< xxxx-xxxx-xxxx-xxxx
};

/// The running test server, read from the fixture's state file.
class Atproto
{
public:
    /// Empty when the server is up; else why it is not (a test skips only
    /// when tests/atproto is not installed, and fails otherwise).
    [[nodiscard]] static QString unavailableReason();
    /// Whether tests/atproto/node_modules is there.
    [[nodiscard]] static bool installed();
    [[nodiscard]] static QUrl pds();
    [[nodiscard]] static QUrl plc();
    /// A new account `<prefix><n>.test`, unique in this test run.
    [[nodiscard]] static AtprotoAccount account(const QString &prefix);
    /// An access token for `did` signed by the server that expired an hour ago.
    [[nodiscard]] static QString expiredAccessToken(const QString &did);
    /// Every app.bsky.feed.post record of `did`, read straight from the server.
    [[nodiscard]] static QList<QJsonObject> posts(const QString &did);
    /// One XRPC call straight to the server (no Chorus code): its JSON answer.
    [[nodiscard]] static QJsonObject xrpc(const QByteArray &method, const QString &nsid,
                                          const QJsonObject &body = {}, const QString &token = {},
                                          int *status = nullptr);
};

/// A loopback TCP proxy in front of the server. It forwards bytes both ways
/// and, as `mode` says: cuts the connection once the server has answered a
/// createRecord (the post is written, the answer lost); answers the first
/// createRecord itself with 429 and Retry-After: 1; or is down (refuses
/// connections, cuts open ones).
class CutProxy final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Forward, CutAfterCreate, TooManyOnce, Down };

    CutProxy(quint16 targetPort, QObject *parent = nullptr);
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QUrl url() const;
    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const { return m_mode; }
    /// createRecord requests seen (forwarded or not).
    [[nodiscard]] int creates() const { return m_creates; }
    [[nodiscard]] int cuts() const { return m_cuts; }

private:
    struct Pipe
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        QByteArray pending;
        bool cutOnAnswer = false;
    };
    void accept();
    void closePipe(Pipe *pipe);

    quint16 m_target;
    quint16 m_port = 0;
    QTcpServer m_listener;
    Mode m_mode = Mode::Forward;
    int m_creates = 0;
    int m_cuts = 0;
    QList<Pipe *> m_pipes;
};

/// Runs the event loop until `done` is true or `timeoutMs` passed; whether it is.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

} // namespace Chorus::Test
