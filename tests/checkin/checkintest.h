#pragma once

#include "checkin/service.h"
#include "checkin/sqlitestore.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace Chorus::Test {

/// Runs the event loop until `done()` or `timeoutMs` passed; returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000);

/// An HTTP answer as a raw socket saw it.
struct RawResponse
{
    int status = 0; ///< 0 when no complete response arrived
    QMap<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;
    bool closed = false; ///< the service closed the connection after it
    [[nodiscard]] QJsonObject json() const;
};

/// "METHOD PATH HTTP/1.1" with Host, Content-Length (when a body is given)
/// and `extraHeaders` ("Name: value\r\n" lines).
QByteArray httpRequest(const QByteArray &method, const QByteArray &path,
                       const QByteArray &body = {}, const QByteArray &extraHeaders = {});

/// Sends `bytes` on a fresh connection to 127.0.0.1:`port` and reads one
/// response (and whether the connection closed after it).
RawResponse exchange(quint16 port, const QByteArray &bytes, int timeoutMs = 5000);

/// exchange() from a chosen loopback source address (127.0.0.2, …): Linux
/// routes all of 127.0.0.0/8 to the loopback interface.
RawResponse exchangeFrom(const QHostAddress &source, quint16 port, const QByteArray &bytes,
                         int timeoutMs = 5000);

/// Adds `count` participants (@fan1, @fan2, …, platform x, zone cycling
/// through Europe/Berlin, America/Sao_Paulo, Asia/Manila, status cycling
/// joined/ready/posted) straight into the SQLite file `dbPath`, creating the
/// schema first: a large list in well under a second.
void generateParticipants(const QString &dbPath, int count);

/// The same rows as generateParticipants() as one SQL statement for the
/// database at hand: "sqlite" (a recursive CTE) or "postgres" (generate_series).
QString generateParticipantsSql(const QString &dialect, int count);

/// The zones the tests accept: the system catalogue's resolve().
std::function<Expected<QByteArray>(QStringView)> zoneResolver();

/// The default limits, but joins are not rate-limited (the test clock
/// stands still, so the bucket would never refill).
Checkin::Limits testLimits();

/// A service on a free loopback port with its database in a temporary
/// directory, an admin token "admin-secret" and a clock the test controls.
class TestService
{
public:
    explicit TestService(Checkin::Limits limits = testLimits(), QString dbPath = {},
                         const std::function<void(Checkin::ServiceConfig &)> &configure = {});
    ~TestService();

    [[nodiscard]] quint16 port() const { return m_service->port(); }
    [[nodiscard]] Checkin::Service &service() { return *m_service; }
    [[nodiscard]] QString dbPath() const { return m_dbPath; }
    /// Joins and returns {id, token}; fails the test when the join fails.
    std::pair<QByteArray, QByteArray> join(const QByteArray &handle,
                                           const QByteArray &zone = "Europe/Berlin",
                                           const QByteArray &platform = "x");

    std::shared_ptr<QDateTime> clock = std::make_shared<QDateTime>(
        QDateTime::fromString(QStringLiteral("2027-02-14T16:00:00Z"), Qt::ISODate));

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<Checkin::Service> m_service;
};

inline const QByteArray adminToken = "admin-secret";

} // namespace Chorus::Test
