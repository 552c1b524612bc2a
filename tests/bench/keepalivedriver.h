#pragma once

// A keep-alive HTTP/1.1 client for the check-in benchmarks: it sends its
// requests one after another on one connection, each after the previous
// answer arrived, and counts the answers down in a counter shared by all
// drivers (the benchmark's event loop runs until it reaches zero).

#include <QByteArray>
#include <QtGlobal>
#include <QList>
#include <QObject>
#include <QTcpSocket>

namespace Chorus::Bench {

class KeepAliveDriver
{
public:
    /// `expectedStatus` (e.g. "201"): any other answer stops the benchmark,
    /// so a figure never counts refused requests. Empty: any answer counts.
    KeepAliveDriver(quint16 port, int &remaining, QByteArray expectedStatus = {})
        : m_remaining(remaining)
        , m_expected(expectedStatus.isEmpty() ? QByteArray() : "HTTP/1.1 " + expectedStatus)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { onData(); });
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        m_socket.waitForConnected(5000);
    }
    void run(QList<QByteArray> requests)
    {
        m_requests = std::move(requests);
        m_next = 0;
        sendNext();
    }
    [[nodiscard]] QByteArray lastBody() const { return m_lastBody; }

private:
    void sendNext()
    {
        if (m_next < m_requests.size())
            m_socket.write(m_requests[m_next++]);
    }
    void onData()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            if (!m_expected.isEmpty() && !m_buffer.startsWith(m_expected)) {
                qFatal("unexpected answer: %s", m_buffer.left(500).constData());
            }
            const qsizetype at = m_buffer.indexOf("Content-Length: ");
            const qsizetype length
                = m_buffer.mid(at + 16, m_buffer.indexOf("\r\n", at) - at - 16).toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            m_lastBody = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            --m_remaining;
            sendNext();
        }
    }

    int &m_remaining;
    QByteArray m_expected;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_lastBody;
    QList<QByteArray> m_requests;
    qsizetype m_next = 0;
};

} // namespace Chorus::Bench
