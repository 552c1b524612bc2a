// Durable joins per second through the real service over loopback, in one
// run: SQLite (the one-machine baseline), PostgreSQL behind one `serve`
// instance, and PostgreSQL behind two instances sharing the database with
// the connections split between them. PostgreSQL runs as a private server
// started here (tests/support/pgserver.h) with fsync on, on the same disk;
// without its binaries only the SQLite figure is measured, with a note.
// Every instance lives in this one process (one event loop, a writer thread
// each), so the two-instance figure shows the database side scaling, not a
// second machine's CPU.
#include "keepalivedriver.h"
#include "ratio.h"

#include "checkin/postgresstore.h"
#include "checkin/service.h"
#include "checkin/sqlitestore.h"

#include "pgserver.h"

#include <QCoreApplication>
#include <QDir>
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

Chorus::Test::PgServer *g_server = nullptr;
int g_databases = 0;

QByteArray post(const QByteArray &path, const QByteArray &body)
{
    return "POST " + path + " HTTP/1.1\r\nHost: b\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

using Driver = Chorus::Bench::KeepAliveDriver;

enum class Backend { Sqlite, Postgres };

struct Bench
{
    Bench(Backend backend, int instances)
        : dir(QDir::currentPath() + u"/checkin-pg-bench-XXXXXX"_s)
    {
        Writer::StoreFactory factory;
        if (backend == Backend::Sqlite) {
            const QString path = dir.filePath(u"bench.sqlite"_s);
            factory = [path] {
                return std::make_unique<SqliteStore>(path);
            };
        } else {
            const QString database = u"bench_%1"_s.arg(++g_databases);
            if (!g_server->createDatabase(database))
                qFatal("cannot create a database: %s", qPrintable(g_server->error()));
            const PostgresTarget target = g_server->target(database);
            factory = [target] {
                return std::make_unique<PostgresStore>(target);
            };
        }
        for (int i = 0; i < instances; ++i) {
            ServiceConfig config;
            config.campaignJson = "{}";
            config.resolveZone = [](QStringView zone) -> Chorus::Expected<QByteArray> {
                return zone.toUtf8();
            };
            config.limits.joinBurst = 1'000'000'000;
            config.limits.maxConnectionsPerAddress = 1000;
            config.now = [] {
                return QDateTime::fromSecsSinceEpoch(1'802'000'000, QTimeZone::utc());
            };
            if (backend == Backend::Postgres)
                config.statsMaxAge = std::chrono::seconds(1);
            services.push_back(std::make_unique<Service>(std::move(config), factory));
            if (auto listening = services.back()->listen(QHostAddress::LocalHost, 0); !listening)
                qFatal("cannot start the service: %s", qPrintable(listening.error().text()));
        }
        for (int i = 0; i < clientCount; ++i)
            drivers.push_back(
                std::make_unique<Driver>(services[i % services.size()]->port(), remaining, "201"));
    }
    QTemporaryDir dir;
    std::vector<std::unique_ptr<Service>> services;
    std::vector<std::unique_ptr<Driver>> drivers;
    int remaining = 0;
    int round = 0;
};

void joins(benchmark::State &state, Backend backend, int instances)
{
    if (backend == Backend::Postgres && !g_server) {
        state.SkipWithError("PostgreSQL is not available");
        return;
    }
    Bench bench(backend, instances);
    for (auto _ : state) {
        const int round = bench.round++;
        bench.remaining = clientCount * requestsPerClient;
        for (int client = 0; client < clientCount; ++client) {
            QList<QByteArray> list;
            for (int k = 0; k < requestsPerClient; ++k)
                list.append(post("/api/v1/participants",
                                 R"({"handle":"@b)" + QByteArray::number(round) + "_"
                                     + QByteArray::number(client) + "_" + QByteArray::number(k)
                                     + R"(","platform":"x","zone":"Europe/Berlin"})"));
            bench.drivers[client]->run(std::move(list));
        }
        while (bench.remaining > 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    state.counters["joins/s"] = benchmark::Counter(
        double(state.iterations()) * clientCount * requestsPerClient, benchmark::Counter::kIsRate);
    double batches = 0;
    for (const auto &service : bench.services)
        batches += double(service->batchCount());
    state.counters["joins/batch"]
        = batches > 0 ? double(bench.round) * clientCount * requestsPerClient / batches : 0;
}

void joinsSqlite(benchmark::State &state)
{
    joins(state, Backend::Sqlite, 1);
}
void joinsPostgresOneInstance(benchmark::State &state)
{
    joins(state, Backend::Postgres, 1);
}
void joinsPostgresTwoInstances(benchmark::State &state)
{
    joins(state, Backend::Postgres, 2);
}

} // namespace

BENCHMARK(joinsSqlite)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(joinsPostgresOneInstance)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(joinsPostgresTwoInstances)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::unique_ptr<Chorus::Test::PgServer> server;
    if (const QString reason = Chorus::Test::PgServer::unavailableReason(); !reason.isEmpty()) {
        std::printf("PostgreSQL figures skipped: %s\n", qPrintable(reason));
    } else {
        server = std::make_unique<Chorus::Test::PgServer>(
            Chorus::Test::PgServer::Options {.fsync = true});
        if (server->start())
            g_server = server.get();
        else
            std::printf("PostgreSQL figures skipped: %s\n", qPrintable(server->error()));
    }
    std::printf("%d keep-alive connections x %d joins per iteration; SQLite WAL synchronous=FULL "
                "vs PostgreSQL (fsync=on, synchronous_commit=on) on %s\n",
                clientCount, requestsPerClient, qPrintable(QDir::currentPath()));
    return Chorus::Bench::runWithRatios(
        argc, argv,
        {{"joinsPostgresOneInstance", "joinsSqlite"},
         {"joinsPostgresTwoInstances", "joinsSqlite"},
         {"joinsPostgresTwoInstances", "joinsPostgresOneInstance"}});
}
