#include "httprequest.h"

#include <string_view>

namespace Chorus::Checkin {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

namespace {

ParseResult invalid(int status, const char *message)
{
    ParseResult result;
    result.kind = ParseResult::Kind::Invalid;
    result.status = status;
    result.message = message;
    return result;
}

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isTargetChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7f;
}

bool isFieldValueChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == '\t' || (u >= 0x20 && u != 0x7f);
}

QByteArrayView trimOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArray &part : list.toByteArray().split(',')) {
        if (trimOws(part).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

ParseResult parseRequest(QByteArrayView buffer, const ParseLimits &limits)
{
    // Tolerate empty lines before a request (RFC 9112 §2.2).
    qsizetype start = 0;
    while (buffer.size() - start >= 2 && buffer[start] == '\r' && buffer[start + 1] == '\n')
        start += 2;
    const qsizetype headerEnd = buffer.indexOf(QByteArrayView("\r\n\r\n"), start);
    if (headerEnd < 0) {
        if (buffer.size() - start > limits.maxHeaderBytes)
            return invalid(431, "request header too large");
        // A request line that is already not HTTP need not wait for more bytes.
        const qsizetype firstSpace = buffer.indexOf(' ', start);
        const QByteArrayView method
            = buffer.sliced(start, (firstSpace < 0 ? buffer.size() : firstSpace) - start);
        for (char c : method) {
            if (!isTokenChar(c) && c != '\r' && c != '\n')
                return invalid(400, "malformed request line");
        }
        return {};
    }
    if (headerEnd + 4 - start > limits.maxHeaderBytes)
        return invalid(431, "request header too large");

    const QByteArrayView head = buffer.sliced(start, headerEnd - start);
    const qsizetype lineEnd = head.indexOf(QByteArrayView("\r\n"));
    const QByteArrayView requestLine = lineEnd < 0 ? head : head.first(lineEnd);

    ParseResult result;
    HttpRequest &request = result.request;
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return invalid(400, "malformed request line");
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method))
        return invalid(400, "malformed method");
    if (target.front() != '/')
        return invalid(400, "request target must be a path");
    for (char c : target) {
        if (!isTargetChar(c))
            return invalid(400, "malformed request target");
    }
    bool http10 = false;
    if (version == "HTTP/1.0")
        http10 = true;
    else if (version != "HTTP/1.1") {
        if (version.startsWith("HTTP/") && version.size() == 8)
            return invalid(505, "HTTP version not supported");
        return invalid(400, "malformed HTTP version");
    }
    request.method = method.toByteArray();
    const qsizetype question = target.indexOf('?');
    request.path = (question < 0 ? target : target.first(question)).toByteArray();
    if (question >= 0)
        request.query = target.sliced(question + 1).toByteArray();

    qsizetype position = lineEnd < 0 ? head.size() : lineEnd + 2;
    QByteArray contentLength;
    bool sawContentLength = false;
    while (position < head.size()) {
        qsizetype next = head.indexOf(QByteArrayView("\r\n"), position);
        if (next < 0)
            next = head.size();
        const QByteArrayView line = head.sliced(position, next - position);
        position = next + 2;
        if (line.isEmpty() || line.front() == ' ' || line.front() == '\t')
            return invalid(400, "obsolete line folding");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return invalid(400, "malformed header field");
        const QByteArrayView value = trimOws(line.sliced(colon + 1));
        for (char c : value) {
            if (!isFieldValueChar(c))
                return invalid(400, "malformed header value");
        }
        QByteArray name = line.first(colon).toByteArray().toLower();
        if (name == "content-length") {
            if (sawContentLength && value != contentLength)
                return invalid(400, "conflicting Content-Length");
            sawContentLength = true;
            contentLength = value.toByteArray();
        }
        request.headers.append({std::move(name), value.toByteArray()});
    }

    if (!request.header("transfer-encoding").isNull())
        return invalid(501, "Transfer-Encoding is not supported; send Content-Length");
    qsizetype bodyLength = 0;
    if (sawContentLength) {
        if (contentLength.isEmpty() || contentLength.size() > 12)
            return contentLength.isEmpty() ? invalid(400, "malformed Content-Length")
                                           : invalid(413, "request body too large");
        for (char c : contentLength) {
            if (c < '0' || c > '9')
                return invalid(400, "malformed Content-Length");
        }
        bodyLength = contentLength.toLongLong();
        if (bodyLength > limits.maxBodyBytes)
            return invalid(413, "request body too large");
    } else if (request.method == "POST" || request.method == "PUT" || request.method == "PATCH") {
        return invalid(411, "Content-Length required");
    }

    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() - bodyStart < bodyLength) {
        ParseResult waiting;
        waiting.expectsContinue
            = !http10 && request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
        return waiting;
    }
    request.body = buffer.sliced(bodyStart, bodyLength).toByteArray();
    const QByteArray connection = request.header("connection");
    request.keepAlive
        = http10 ? hasToken(connection, "keep-alive") : !hasToken(connection, "close");
    request.http10 = http10;
    result.kind = ParseResult::Kind::Complete;
    result.consumed = bodyStart + bodyLength;
    return result;
}

} // namespace Chorus::Checkin
