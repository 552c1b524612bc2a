// GET /, /index.html and /campaign.ics: the fan page and calendar that serve
// hosts, with an ETag (304 on If-None-Match) and a minute of caching.
#include "checkintest.h"

#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Chorus::Checkin;
using Chorus::Test::exchange;
using Chorus::Test::httpRequest;
using Chorus::Test::RawResponse;
using Chorus::Test::TestService;
using Chorus::Test::waitUntil;

namespace {

const QByteArray page = "<!DOCTYPE html><title>Alita sequel hour</title>";
const QByteArray calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";

TestService hosting()
{
    return TestService(Chorus::Test::testLimits(), {}, [](ServiceConfig &config) {
        config.fanPageHtml = page;
        config.calendarIcs = calendar;
    });
}

struct FileRow
{
    const char *name;
    const char *path;
    const QByteArray *body;
    const char *contentType;
};

class HostedFile : public testing::TestWithParam<FileRow>
{
};

TEST_P(HostedFile, IsServedWithAnETagAndCachedBriefly)
{
    const FileRow &row = GetParam();
    TestService service = hosting();
    const RawResponse first = exchange(service.port(), httpRequest("GET", row.path));
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(first.body, *row.body);
    EXPECT_EQ(first.headers.value("content-type"), row.contentType);
    EXPECT_EQ(first.headers.value("cache-control"), "public, max-age=60");
    const QByteArray etag = first.headers.value("etag");
    ASSERT_TRUE(etag.startsWith('"') && etag.endsWith('"') && etag.size() > 10);

    const RawResponse again = exchange(
        service.port(), httpRequest("GET", row.path, {}, "If-None-Match: " + etag + "\r\n"));
    EXPECT_EQ(again.status, 304);
    EXPECT_TRUE(again.body.isEmpty());
    EXPECT_EQ(again.headers.value("etag"), etag);
    const RawResponse other = exchange(
        service.port(), httpRequest("GET", row.path, {}, "If-None-Match: \"stale\"\r\n"));
    EXPECT_EQ(other.status, 200);
    EXPECT_EQ(other.body, *row.body);

    // HEAD then GET on one connection: the GET's answer starts right after
    // the HEAD's headers, so the HEAD sent no body.
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, service.port());
    ASSERT_TRUE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    socket.write(httpRequest("HEAD", row.path) + httpRequest("GET", "/healthz"));
    QByteArray received;
    ASSERT_TRUE(waitUntil([&] {
        received += socket.readAll();
        return received.endsWith(R"({"status":"ok"})");
    }));
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    EXPECT_TRUE(received.startsWith("HTTP/1.1 200 "));
    EXPECT_TRUE(received.first(headEnd).contains(
        QByteArray("Content-Length: " + QByteArray::number(row.body->size()) + "\r\n")));
    EXPECT_TRUE(received.first(headEnd).contains(QByteArray("ETag: " + etag + "\r\n")));
    EXPECT_TRUE(received.sliced(headEnd + 4).startsWith("HTTP/1.1 200 ")) << received.toStdString();

    const RawResponse post = exchange(service.port(), httpRequest("POST", row.path, "{}"));
    EXPECT_EQ(post.status, 405);
    EXPECT_EQ(post.headers.value("allow"), "GET, HEAD");
}

INSTANTIATE_TEST_SUITE_P(
    Rows, HostedFile,
    testing::Values(FileRow {"Root", "/", &page, "text/html; charset=utf-8"},
                    FileRow {"IndexHtml", "/index.html", &page, "text/html; charset=utf-8"},
                    FileRow {"Calendar", "/campaign.ics", &calendar,
                             "text/calendar; charset=utf-8"}),
    [](const testing::TestParamInfo<FileRow> &row) { return std::string(row.param.name); });

TEST(HostedFile, PageAndCalendarHaveTheirOwnETags)
{
    TestService service = hosting();
    EXPECT_NE(exchange(service.port(), httpRequest("GET", "/")).headers.value("etag"),
              exchange(service.port(), httpRequest("GET", "/campaign.ics")).headers.value("etag"));
    EXPECT_EQ(exchange(service.port(), httpRequest("GET", "/index.htm")).status, 404);
}

TEST(HostedFile, AServiceWithoutAPageAnswers404There)
{
    TestService service;
    EXPECT_EQ(exchange(service.port(), httpRequest("GET", "/")).status, 404);
    EXPECT_EQ(exchange(service.port(), httpRequest("GET", "/campaign.ics")).status, 404);
}

} // namespace
