// Joins and check-ins per second through the real service over loopback,
// with group commit (one fsync per batch) against the one-commit-per-request
// baseline (maxBatch = 1), in the same run. The database lives on the
// working directory's disk (not tmpfs), in WAL mode with synchronous=FULL.
#include "keepalivedriver.h"
#include "ratio.h"

#include "checkin/service.h"
#include "checkin/sqlitestore.h"
#include "checkin/token.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Chorus::Checkin;

namespace {

constexpr int clientCount = 50;
constexpr int requestsPerClient = 4;

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: b\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

using Driver = Chorus::Bench::KeepAliveDriver;

struct Bench
{
    explicit Bench(int maxBatch)
        : dir(QDir::currentPath() + u"/checkin-bench-XXXXXX"_s)
    {
        ServiceConfig config;
        config.campaignJson = "{}";
        config.resolveZone = [](QStringView zone) -> Chorus::Expected<QByteArray> {
            return zone.toUtf8();
        };
        config.limits.maxBatch = maxBatch;
        config.limits.joinBurst = 1'000'000'000;
        config.limits.maxConnectionsPerAddress = 1000;
        config.now = [] {
            return QDateTime::fromSecsSinceEpoch(1'802'000'000, QTimeZone::utc());
        };
        const QString path = dir.filePath(u"bench.sqlite"_s);
        service = std::make_unique<Service>(std::move(config),
                                            [path] { return std::make_unique<SqliteStore>(path); });
        if (!service->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot start the service");
        for (int i = 0; i < clientCount; ++i)
            drivers.push_back(std::make_unique<Driver>(service->port(), remaining));
    }
    void runAll(const std::function<QList<QByteArray>(int client)> &requests)
    {
        remaining = clientCount * requestsPerClient;
        for (int i = 0; i < clientCount; ++i)
            drivers[i]->run(requests(i));
        while (remaining > 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    QTemporaryDir dir;
    std::unique_ptr<Service> service;
    std::vector<std::unique_ptr<Driver>> drivers;
    int remaining = 0;
    int round = 0;
};

void joins(benchmark::State &state, int maxBatch)
{
    Bench bench(maxBatch);
    for (auto _ : state) {
        const int round = bench.round++;
        bench.runAll([round](int client) {
            QList<QByteArray> list;
            for (int k = 0; k < requestsPerClient; ++k)
                list.append(post("/api/v1/participants",
                                 R"({"handle":"@b)" + QByteArray::number(round) + "_"
                                     + QByteArray::number(client) + "_" + QByteArray::number(k)
                                     + R"(","platform":"x","zone":"Europe/Berlin"})"));
            return list;
        });
    }
    state.counters["joins/s"] = benchmark::Counter(
        double(state.iterations()) * clientCount * requestsPerClient, benchmark::Counter::kIsRate);
    state.counters["batches"] = double(bench.service->batchCount());
}

void checkins(benchmark::State &state, int maxBatch)
{
    Bench bench(maxBatch);
    // One participant per connection, joined before timing.
    QList<std::pair<QByteArray, QByteArray>> members;
    bench.remaining = clientCount;
    for (int i = 0; i < clientCount; ++i)
        bench.drivers[i]->run({post("/api/v1/participants",
                                    R"({"handle":"@c)" + QByteArray::number(i)
                                        + R"(","platform":"x","zone":"Asia/Tokyo"})")});
    while (bench.remaining > 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    for (int i = 0; i < clientCount; ++i) {
        const QJsonObject json = QJsonDocument::fromJson(bench.drivers[i]->lastBody()).object();
        members.append(
            {json.value(u"id"_s).toString().toUtf8(), json.value(u"token"_s).toString().toUtf8()});
    }
    for (auto _ : state) {
        bench.runAll([&members](int client) {
            const auto &[id, token] = members[client];
            QList<QByteArray> list;
            for (int k = 0; k < requestsPerClient; ++k)
                list.append(post("/api/v1/participants/" + id + "/checkins",
                                 k % 2 ? R"({"status":"posted"})" : R"({"status":"ready"})",
                                 "Authorization: Bearer " + token + "\r\n"));
            return list;
        });
    }
    state.counters["checkins/s"] = benchmark::Counter(
        double(state.iterations()) * clientCount * requestsPerClient, benchmark::Counter::kIsRate);
}

void joinsGroupCommit(benchmark::State &state)
{
    joins(state, 1000);
}
void joinsOneCommitPerRequest(benchmark::State &state)
{
    joins(state, 1);
}
void checkinsGroupCommit(benchmark::State &state)
{
    checkins(state, 1000);
}
void checkinsOneCommitPerRequest(benchmark::State &state)
{
    checkins(state, 1);
}

} // namespace

BENCHMARK(joinsGroupCommit)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(joinsOneCommitPerRequest)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(checkinsGroupCommit)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(checkinsOneCommitPerRequest)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("%d keep-alive connections x %d requests per iteration, SQLite WAL, "
                "synchronous=FULL, on %s\n",
                clientCount, requestsPerClient, qPrintable(QDir::currentPath()));
    return Chorus::Bench::runWithRatios(argc, argv,
                                        {{"joinsGroupCommit", "joinsOneCommitPerRequest"},
                                         {"checkinsGroupCommit", "checkinsOneCommitPerRequest"}});
}
