#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace Chorus::Checkin {

/// One HTTP/1.1 request as the service's own parser read it.
struct HttpRequest
{
    QByteArray method; ///< "GET", case as sent (methods are case-sensitive)
    QByteArray path; ///< "/api/v1/stats", without the query
    QByteArray query; ///< what followed '?', undecoded
    QList<std::pair<QByteArray, QByteArray>> headers; ///< names lower-cased
    QByteArray body;
    bool keepAlive = true; ///< false for "Connection: close" and HTTP/1.0 without keep-alive
    bool http10 = false; ///< HTTP/1.0, which knows no chunked answers

    /// The first header named `name` (lower case), or a null QByteArray.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
};

/// What the parser accepts: the request line and headers together at most
/// `maxHeaderBytes` (431 beyond), a body at most `maxBodyBytes` (413 beyond).
struct ParseLimits
{
    qsizetype maxHeaderBytes = 8 * 1024;
    qsizetype maxBodyBytes = 16 * 1024;
};

/// The outcome of looking at the bytes a connection received so far.
/// `NeedMore`: no complete request yet and nothing wrong. `Complete`:
/// `request` is ready and used `consumed` bytes of the buffer (pipelined
/// requests may follow). `Invalid`: answer `status` with `message` and close
/// the connection, since its byte stream can no longer be trusted.
struct ParseResult
{
    enum class Kind { NeedMore, Complete, Invalid };
    Kind kind = Kind::NeedMore;
    qsizetype consumed = 0;
    HttpRequest request;
    int status = 0;
    QByteArray message;
    /// NeedMore only: the header is complete, the body is not, and the
    /// client (HTTP/1.1) sent `Expect: 100-continue`, so it waits for
    /// "100 Continue" before sending the body (curl does so for bodies over 1 KiB).
    bool expectsContinue = false;
};

/// A strict HTTP/1.1 request parser for the check-in service (RFC 9112):
/// origin-form targets only, CRLF line ends, no obsolete line folding, bodies
/// by Content-Length only. Transfer-Encoding (chunked or any) is refused with
/// 501, a POST without Content-Length with 411, conflicting Content-Length
/// headers with 400, an HTTP version other than 1.0/1.1 with 505. Pure: it
/// looks at `buffer` and decides, so it is tested without sockets, and a
/// caller simply calls it again when more bytes arrive.
[[nodiscard]] ParseResult parseRequest(QByteArrayView buffer, const ParseLimits &limits);

} // namespace Chorus::Checkin
