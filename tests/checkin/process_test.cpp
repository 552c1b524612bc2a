// chorus-cli serve as a real process: the listening line, graceful exit on
// SIGTERM/SIGINT, bad input, and no acknowledged write lost to a kill -9.
#include "checkintest.h"

#include "checkin/sqlitestore.h"
#include "share/icalendar.h"

#include "testutil.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <csignal>
#include <iostream>
#include <map>

using namespace Qt::StringLiterals;
using namespace Chorus::Checkin;
using Chorus::Test::exchange;
using Chorus::Test::httpRequest;
using Chorus::Test::waitUntil;

namespace {

const QString cli = QStringLiteral(CHORUS_CLI);

class ServeProcess
{
public:
    explicit ServeProcess(const QString &db = {}, const QStringList &extra = {})
    {
        QFile campaign(m_dir.filePath(u"campaign.chorus.json"_s));
        EXPECT_TRUE(campaign.open(QIODevice::WriteOnly));
        campaign.write(R"({"format":"chorus-campaign","version":1,"title":"Test hour","hashtag":"#AlitaSequel","start":"2027-02-14T17:00:00Z","duration_minutes":60})");
        campaign.close();
        m_db = db.isEmpty() ? m_dir.filePath(u"checkins.sqlite"_s) : db;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CHORUS_ADMIN_TOKEN"_s,
                           QString::fromLatin1(Chorus::Test::adminToken) + u"-0123456789"_s);
        m_process.setProcessEnvironment(environment);
        m_process.start(cli,
                        QStringList {u"serve"_s, campaign.fileName(), u"--listen"_s,
                                     u"127.0.0.1:0"_s, u"--db"_s, m_db}
                            + extra);
    }
    ~ServeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    /// Waits for "listening on http://127.0.0.1:PORT" and returns PORT (0 if none).
    quint16 waitForPort()
    {
        if (!m_process.waitForReadyRead(10000))
            return 0;
        m_firstLine = m_process.readLine().trimmed();
        const QByteArray prefix = "listening on http://127.0.0.1:";
        if (!m_firstLine.startsWith(prefix))
            return 0;
        return quint16(m_firstLine.sliced(prefix.size()).toUInt());
    }
    QProcess &process() { return m_process; }
    QString db() const { return m_db; }
    QByteArray firstLine() const { return m_firstLine; }

private:
    QTemporaryDir m_dir;
    QString m_db;
    QProcess m_process;
    QByteArray m_firstLine;
};

struct SignalRow
{
    std::string name;
    int signal;
};

class ServeSignal : public testing::TestWithParam<SignalRow>
{
};

TEST_P(ServeSignal, PrintsTheListeningLineAndExits0)
{
    ServeProcess serve;
    const quint16 port = serve.waitForPort();
    ASSERT_NE(port, 0) << serve.firstLine().toStdString();
    EXPECT_EQ(exchange(port, httpRequest("GET", "/healthz")).status, 200);
    const auto joined
        = exchange(port,
                   httpRequest("POST", "/api/v1/participants",
                               R"({"handle":"@a","platform":"x","zone":"Asia/Tokyo"})"));
    ASSERT_EQ(joined.status, 201);
    const QByteArray token = joined.json().value(u"token"_s).toString().toUtf8();
    // The admin token came from CHORUS_ADMIN_TOKEN.
    const QByteArray admin
        = "Authorization: Bearer " + Chorus::Test::adminToken + "-0123456789\r\n";
    const auto list = exchange(port, httpRequest("GET", "/api/v1/participants", {}, admin));
    EXPECT_EQ(list.status, 200);
    EXPECT_TRUE(list.body.contains("\"@a\""));
    ::kill(pid_t(serve.process().processId()), GetParam().signal);
    ASSERT_TRUE(serve.process().waitForFinished(10000));
    EXPECT_EQ(serve.process().exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(serve.process().exitCode(), 0);
    const QByteArray err = serve.process().readAllStandardError();
    EXPECT_FALSE(err.contains(Chorus::Test::adminToken)) << "the admin token must not be echoed";
    EXPECT_FALSE(err.contains(token)) << "participant tokens are never logged";
    EXPECT_FALSE(serve.process().readAllStandardOutput().contains(token));
}

TEST(Serve, TheAdminTokenFlagWinsAndAGeneratedOneIsPrintedOnce)
{
    QTemporaryDir dir;
    QFile campaign(dir.filePath(u"c.json"_s));
    ASSERT_TRUE(campaign.open(QIODevice::WriteOnly));
    campaign.write(R"({"format":"chorus-campaign","version":1,"title":"Test hour","hashtag":"#AlitaSequel","start":"2027-02-14T17:00:00Z","duration_minutes":60})");
    campaign.close();
    auto start = [&](QProcess &process, const QString &envToken, const QStringList &extra) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"CHORUS_ADMIN_TOKEN"_s);
        if (!envToken.isEmpty())
            environment.insert(u"CHORUS_ADMIN_TOKEN"_s, envToken);
        process.setProcessEnvironment(environment);
        process.start(cli,
                      QStringList {u"serve"_s, campaign.fileName(), u"--listen"_s, u"127.0.0.1:0"_s,
                                   u"--db"_s, dir.filePath(u"db.sqlite"_s)}
                          + extra);
        if (!process.waitForReadyRead(10000))
            return quint16(0);
        const QByteArray line = process.readLine().trimmed();
        return quint16(line.sliced(line.lastIndexOf(':') + 1).toUInt());
    };
    auto listStatus = [](quint16 port, const QByteArray &token) {
        return exchange(port,
                        httpRequest("GET", "/api/v1/participants", {},
                                    "Authorization: Bearer " + token + "\r\n"))
            .status;
    };
    {
        QProcess process;
        const quint16 port = start(process, {}, {});
        ASSERT_NE(port, 0);
        QByteArray err;
        ASSERT_TRUE(waitUntil([&] {
            err += process.readAllStandardError();
            return err.contains('\n');
        }));
        const QByteArray generated = err.trimmed().sliced(err.trimmed().lastIndexOf(' ') + 1);
        EXPECT_EQ(generated.size(), 22) << err.toStdString();
        EXPECT_EQ(listStatus(port, generated), 200);
        process.terminate();
        ASSERT_TRUE(process.waitForFinished(10000));
        EXPECT_EQ(process.exitCode(), 0);
    }
    {
        QProcess process;
        const quint16 port = start(process, u"from-the-environment-123"_s,
                                   {u"--admin-token"_s, u"from-the-command-line-456"_s});
        ASSERT_NE(port, 0);
        EXPECT_EQ(listStatus(port, "from-the-command-line-456"), 200);
        EXPECT_EQ(listStatus(port, "from-the-environment-123"), 401);
        process.terminate();
        ASSERT_TRUE(process.waitForFinished(10000));
        EXPECT_EQ(process.exitCode(), 0);
        EXPECT_TRUE(process.readAllStandardError().isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(Rows, ServeSignal,
                         testing::Values(SignalRow {"Sigterm", SIGTERM},
                                         SignalRow {"Sigint", SIGINT}),
                         Chorus::Test::ByName());

TEST(Serve, BadInputExits2WithNothingOnStdout)
{
    QTemporaryDir dir;
    QFile other(dir.filePath(u"other.json"_s));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.write(R"({"format":"something-else"})");
    other.close();
    QFile good(dir.filePath(u"good.json"_s));
    ASSERT_TRUE(good.open(QIODevice::WriteOnly));
    good.write(R"({"format":"chorus-campaign","version":1,"title":"Test hour","hashtag":"#AlitaSequel","start":"2027-02-14T17:00:00Z","duration_minutes":60})");
    good.close();
    QFile badZone(dir.filePath(u"badzone.json"_s));
    ASSERT_TRUE(badZone.open(QIODevice::WriteOnly));
    badZone.write(R"({"format":"chorus-campaign","version":1,"title":"T","start":"2027-02-14T17:00:00Z","duration_minutes":60,"audience":[{"zone":"Europe/Berln","weight":1}]})");
    badZone.close();
    const QString db = dir.filePath(u"x.sqlite"_s);
    struct Case
    {
        QStringList arguments;
        QByteArray mentions;
    };
    const QList<Case> cases {
        {{u"serve"_s, other.fileName(), u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, db}, "format"},
        {{u"serve"_s, badZone.fileName(), u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, db},
         "audience[0].zone: unknown zone 'Europe/Berln'"},
        {{u"serve"_s, dir.filePath(u"missing.json"_s), u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s,
          db},
         "missing.json"},
        {{u"serve"_s, other.fileName(), u"--db"_s, db}, "--listen"},
        {{u"serve"_s, other.fileName(), u"--listen"_s, u"127.0.0.1:0"_s}, "--db"},
        {{u"serve"_s, other.fileName(), u"--listen"_s, u"nowhere:99999"_s, u"--db"_s, db},
         "--listen"},
        {{u"serve"_s, good.fileName(), u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, db,
          u"--admin-token"_s, u"short"_s},
         "--admin-token"},
        {{u"serve"_s, good.fileName(), u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, db,
          u"--joins-per-minute"_s, u"lots"_s},
         "--joins-per-minute"},
        {{u"serve"_s, good.fileName(), u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, db,
          u"--trusted-proxy"_s, u"127.0.0.1"_s, u"--trusted-proxy"_s, u"nginx.local"_s},
         "--trusted-proxy: 'nginx.local'"},
        {{u"serve"_s, good.fileName(), u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, db,
          u"--trusted-proxy"_s, u"10.0.0.1/8"_s},
         "--trusted-proxy: '10.0.0.1/8' has bits set after the first 8; did you mean 10.0.0.0/8?"},
        {{u"serve"_s, good.fileName(), u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, db,
          u"--trusted-proxy"_s, u"::1/129"_s},
         "--trusted-proxy: '::1/129'"},
        {{u"serve"_s, good.fileName(), u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, db,
          u"--trusted-proxy"_s, u"127.0.0.1"_s, u"--forwarded-header"_s, u"x-real-ip"_s},
         "--forwarded-header: 'x-real-ip'"},
        {{u"serve"_s, good.fileName(), u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, db,
          u"--forwarded-header"_s, u"forwarded"_s},
         "--forwarded-header: means nothing without --trusted-proxy"},
        {{u"serve"_s, good.fileName(), u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, db,
          u"--public-url"_s, u"ftp://checkin.example.org"_s},
         "--public-url: 'ftp://checkin.example.org' is not an http(s) URL"},
        {{u"serve"_s, good.fileName(), u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, db,
          u"--public-url"_s, u"checkin.example.org"_s},
         "--public-url: 'checkin.example.org'"},
        {{u"serve"_s, good.fileName(), u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, db,
          u"--public-url"_s, u"https://checkin.example.org/?campaign=1"_s},
         "--public-url: 'https://checkin.example.org/?campaign=1' may not carry"},
    };
    for (const Case &row : cases) {
        const auto result = Chorus::Test::runProcess(cli, row.arguments);
        EXPECT_EQ(result.exitCode, 2) << row.arguments.join(u' ').toStdString();
        EXPECT_TRUE(result.out.isEmpty());
        EXPECT_TRUE(result.err.contains(row.mentions)) << result.err.toStdString();
    }
    // A database that cannot be opened is a failure, not bad input: exit 1.
    const auto unopenable = Chorus::Test::runProcess(
        cli, {u"serve"_s, good.fileName(), u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s,
              dir.filePath(u"no/such/dir/db.sqlite"_s), u"--admin-token"_s,
              u"a-long-enough-admin-token"_s});
    EXPECT_EQ(unopenable.exitCode, 1);
    EXPECT_TRUE(unopenable.out.isEmpty());
    EXPECT_TRUE(unopenable.err.contains("database")) << unopenable.err.toStdString();
    const auto help = Chorus::Test::runProcess(cli, {u"serve"_s, u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--listen"));
}

/// One keep-alive client that joins, checks in "ready", then "posted", then
/// joins again with a new handle, and records every 2xx answer.
class LoadClient
{
public:
    LoadClient(int index, quint16 port, std::map<QByteArray, QByteArray> &joined,
               std::map<QByteArray, int> &acknowledgedStatus, int &answers)
        : m_index(index)
        , m_joined(joined)
        , m_status(acknowledgedStatus)
        , m_answers(answers)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket, [this] { next(); });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { onData(); });
        m_socket.connectToHost(u"127.0.0.1"_s, port);
    }

private:
    void next()
    {
        if (m_step == 0) {
            m_handle = "@load" + QByteArray::number(m_index) + "_" + QByteArray::number(m_round++);
            m_socket.write(httpRequest("POST", "/api/v1/participants",
                                       R"({"handle":")" + m_handle
                                           + R"(","platform":"x","zone":"Europe/Berlin"})"));
        } else {
            const QByteArray status = m_step == 1 ? "ready" : "posted";
            m_socket.write(httpRequest("POST", "/api/v1/participants/" + m_id + "/checkins",
                                       R"({"status":")" + status + R"("})",
                                       "Authorization: Bearer " + m_token + "\r\n"));
        }
    }
    void onData()
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qsizetype lengthAt = m_buffer.indexOf("Content-Length: ");
        const qsizetype length
            = m_buffer.mid(lengthAt + 16, m_buffer.indexOf("\r\n", lengthAt) - lengthAt - 16)
                  .toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return;
        const int status = m_buffer.mid(9, 3).toInt();
        const QByteArray body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        if (m_step == 0 && status == 201) {
            const QJsonObject json = QJsonDocument::fromJson(body).object();
            m_id = json.value(u"id"_s).toString().toUtf8();
            m_token = json.value(u"token"_s).toString().toUtf8();
            m_joined[m_id] = m_handle;
            m_status[m_id] = 0;
            m_step = 1;
            ++m_answers;
        } else if (m_step > 0 && status == 200) {
            m_status[m_id] = m_step;
            m_step = (m_step + 1) % 3;
            ++m_answers;
        }
        next();
    }

    int m_index;
    std::map<QByteArray, QByteArray> &m_joined;
    std::map<QByteArray, int> &m_status;
    int &m_answers;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_handle;
    QByteArray m_id;
    QByteArray m_token;
    int m_step = 0;
    int m_round = 0;
};

TEST(Serve, KillNineUnderLoadLosesNoAcknowledgedWrite)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"durable.sqlite"_s);
    std::map<QByteArray, QByteArray> joined; // id → handle, for every 201
    std::map<QByteArray, int> acknowledged; // id → last acknowledged status
    int answers = 0;
    {
        ServeProcess serve(db, {u"--joins-per-minute"_s, u"1000000"_s});
        const quint16 port = serve.waitForPort();
        ASSERT_NE(port, 0);
        std::vector<std::unique_ptr<LoadClient>> clients;
        for (int i = 0; i < 30; ++i)
            clients.push_back(std::make_unique<LoadClient>(i, port, joined, acknowledged, answers));
        ASSERT_TRUE(waitUntil([&] { return answers >= 1500; }, 30000)) << answers;
        serve.process().kill(); // SIGKILL, mid-load
        ASSERT_TRUE(serve.process().waitForFinished(5000));
        EXPECT_EQ(serve.process().exitStatus(), QProcess::CrashExit);
        clients.clear();
    }
    ASSERT_GT(joined.size(), 100u);

    int checkins = 0;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"after-kill"_s);
        database.setDatabaseName(db);
        ASSERT_TRUE(database.open());
        QSqlQuery query(database);
        ASSERT_TRUE(query.exec(u"SELECT id, handle, status, "
                               "(SELECT COUNT(*) FROM checkins c WHERE c.participant_id = p.id) "
                               "FROM participants p"_s));
        std::map<QByteArray, std::pair<QByteArray, int>> stored;
        while (query.next()) {
            stored[query.value(0).toString().toUtf8()]
                = {query.value(1).toString().toUtf8(), query.value(2).toInt()};
            checkins += query.value(3).toInt();
        }
        for (const auto &[id, handle] : joined) {
            ASSERT_TRUE(stored.contains(id)) << "acknowledged join " << id.toStdString() << " lost";
            EXPECT_EQ(stored[id].first, handle);
            EXPECT_GE(stored[id].second, acknowledged[id])
                << "acknowledged check-in of " << id.toStdString() << " lost";
        }
    }
    QSqlDatabase::removeDatabase(u"after-kill"_s);
    int acknowledgedCheckins = 0;
    for (const auto &[id, status] : acknowledged)
        acknowledgedCheckins += status;
    EXPECT_GE(checkins, acknowledgedCheckins);

    // And the service comes back on the same file with the same figures.
    ServeProcess again(db);
    const quint16 port = again.waitForPort();
    ASSERT_NE(port, 0);
    const QJsonObject stats = exchange(port, httpRequest("GET", "/api/v1/stats")).json();
    EXPECT_GE(stats.value(u"participants"_s).toInteger(), qint64(joined.size()));
}

} // namespace

namespace {

/// The peak resident set (VmHWM in /proc/PID/status) of a process, in KiB.
qint64 peakResidentKib(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.sliced(6).trimmed().split(' ').front().toLongLong();
    }
    return -1;
}

// Issue 13: the list is streamed page by page, so serving 100,000
// participants takes no more memory than serving 10,000.
TEST(Serve, ThePeakMemoryOfServingTheListDoesNotGrowWithItsLength)
{
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps freed memory in quarantine (256 MiB by default),
    // so the peak grows with everything ever allocated: the figure only
    // means something in a plain build, where this test runs.
    GTEST_SKIP() << "peak memory is not measurable under AddressSanitizer";
#endif
    const QByteArray admin
        = "Authorization: Bearer " + Chorus::Test::adminToken + "-0123456789\r\n";
    auto peakAfterLists = [&](int count) -> qint64 {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"big.sqlite"_s);
        Chorus::Test::generateParticipants(db, count);
        ServeProcess serve(db);
        const quint16 port = serve.waitForPort();
        EXPECT_NE(port, 0);
        const qint64 before = peakResidentKib(serve.process().processId());
        for (const QByteArray &path :
             {QByteArray("/api/v1/participants"), QByteArray("/api/v1/participants.csv")}) {
            const auto response = exchange(port, httpRequest("GET", path, {}, admin), 120000);
            EXPECT_EQ(response.status, 200);
            EXPECT_EQ(response.body.count("@fan"), count) << path.toStdString();
        }
        const qint64 after = peakResidentKib(serve.process().processId());
        std::cout << count << " participants: peak resident " << before << " KiB at start, "
                  << after << " KiB after the lists\n";
        return after;
    };
    const qint64 small = peakAfterLists(10'000);
    const qint64 large = peakAfterLists(100'000);
    ASSERT_GT(small, 0);
    // Held whole, 90,000 more participants cost far more than this (their
    // rows, the JSON document, the 16 MB body).
    EXPECT_LT(large - small, 12 * 1024) << small << " KiB vs " << large << " KiB";
}

} // namespace

namespace {

QByteArray get(quint16 port, const QByteArray &path)
{
    const auto response = exchange(port, httpRequest("GET", path));
    EXPECT_EQ(response.status, 200) << path.toStdString();
    return response.body;
}

// Issue 13: serve hosts the campaign's fan page and calendar, wired to the
// address fans reach it at.
TEST(Serve, HostsTheFanPageAndCalendarWiredToItsPublicUrl)
{
    ServeProcess serve({}, {u"--public-url"_s, u"https://checkin.example.org/"_s});
    const quint16 port = serve.waitForPort();
    ASSERT_NE(port, 0);
    const QByteArray page = get(port, "/");
    EXPECT_TRUE(page.startsWith("<!DOCTYPE html>"));
    EXPECT_TRUE(page.contains(R"("checkin_url":"https://checkin.example.org")"));
    EXPECT_TRUE(page.contains("Test hour"));
    EXPECT_EQ(get(port, "/index.html"), page);
    const QByteArray calendar = get(port, "/campaign.ics");
    EXPECT_TRUE(Chorus::Share::icalendarProblems(calendar).isEmpty())
        << Chorus::Share::icalendarProblems(calendar).join(u'\n').toStdString();
    // The campaign has no link of its own: the calendar links to the page.
    EXPECT_TRUE(calendar.contains("\r\nURL:https://checkin.example.org/\r\n"))
        << calendar.toStdString();
}

TEST(Serve, WithoutAPublicUrlThePageJoinsOnItsOwnOrigin)
{
    ServeProcess serve;
    const quint16 port = serve.waitForPort();
    ASSERT_NE(port, 0);
    EXPECT_TRUE(get(port, "/").contains(R"("checkin_url":".")"));
    const QByteArray calendar = get(port, "/campaign.ics");
    EXPECT_TRUE(calendar.startsWith("BEGIN:VCALENDAR"));
    EXPECT_FALSE(calendar.contains("\r\nURL:"));
}

} // namespace
