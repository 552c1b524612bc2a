// Issue 13: the organizer's dashboard with 100,000 participants. The real
// Organize panel (offscreen) opens a generated SQLite check-in database; a
// 1 ms QTimer heartbeat on the GUI thread records its longest gap, the stall
// a user would feel. Figures for 100,000 participants beside the same
// figures for 1,000 measured in the same run (the ratio says how the
// dashboard scales):
//   first_paint  from choosing the database to the table painted
//   refresh      the longest GUI stall while a refresh lands (2% of the
//                participants checked in and 1% joined since the last read)
//   sort         sorting the table by handle
//   filter       filtering it to one zone
// and, as counters, the heartbeat's longest gap during first paint and the
// resident memory the dashboard added.
#include "ratio.h"

#include "campaigndocument.h"
#include "organizepanel.h"
#include "participantsmodel.h"

#include "checkin/sqlitestore.h"
#include "time/zonecatalogue.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QVariant>

#include <map>
#include <memory>
#include <random>

using namespace Chorus;
using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

const QStringList zones {u"Europe/Berlin"_s,       u"America/Sao_Paulo"_s, u"Asia/Manila"_s,
                         u"Asia/Tokyo"_s,          u"America/New_York"_s,  u"Europe/London"_s,
                         u"Asia/Kolkata"_s,        u"Australia/Sydney"_s,  u"Africa/Lagos"_s,
                         u"America/Mexico_City"_s, u"Asia/Jakarta"_s,      u"Europe/Madrid"_s};
const QStringList platforms {u"x"_s, u"bluesky"_s, u"mastodon"_s};

/// Resident memory of this process in bytes (Linux /proc/self/statm).
double residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096 : 0;
}

/// Adds participants `from`..`to`-1 and check-ins for `checkins` random ones.
void fill(const QString &path, int from, int to, int checkins, std::mt19937 &random)
{
    const QString name = u"bench-fill"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(u"BEGIN"_s);
        query.prepare(u"INSERT INTO participants (id, handle, handle_key, platform, zone, status,"
                      " token_hash, joined_at) VALUES (?, ?, ?, ?, ?, 0, x'00', ?)"_s);
        for (int i = from; i < to; ++i) {
            const QString handle = u"@fan_%1"_s.arg(i);
            query.addBindValue(i + 1);
            query.addBindValue(handle);
            query.addBindValue(handle.sliced(1));
            query.addBindValue(platforms[i % 3]);
            query.addBindValue(zones[int(random() % zones.size())]);
            query.addBindValue(u"2027-02-14T%1:%2:00.000Z"_s.arg(10 + i % 7, 2, 10, QChar(u'0'))
                                   .arg(i % 60, 2, 10, QChar(u'0')));
            query.exec();
        }
        QSqlQuery checkin(db);
        checkin.prepare(u"INSERT INTO checkins (participant_id, status, at) VALUES (?, ?, ?)"_s);
        QSqlQuery update(db);
        update.prepare(u"UPDATE participants SET status = ? WHERE id = ? AND status < ?"_s);
        for (int k = 0; k < checkins; ++k) {
            const int id = 1 + int(random() % uint(to));
            const int status = 1 + int(random() % 2);
            checkin.addBindValue(id);
            checkin.addBindValue(status);
            checkin.addBindValue(u"2027-02-14T17:%1:00.000Z"_s.arg(k % 60, 2, 10, QChar(u'0')));
            checkin.exec();
            update.addBindValue(status);
            update.addBindValue(id);
            update.addBindValue(status);
            update.exec();
        }
        query.exec(u"COMMIT"_s);
    }
    QSqlDatabase::removeDatabase(name);
}

/// The longest gap between ticks of a 1 ms timer on the GUI thread.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    /// Seconds.
    double stop()
    {
        m_timer.stop();
        m_longest = std::max(m_longest, m_clock.nsecsElapsed() - m_last);
        return double(m_longest) / 1e9;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

/// One dashboard on a database of `size` participants, kept for every
/// benchmark of that size.
struct Dashboard
{
    explicit Dashboard(int size)
        : participants(size)
    {
        path = dir.filePath(u"checkins.sqlite"_s);
        {
            Checkin::SqliteStore store(path); // the real schema
            (void)store.open();
        }
        std::mt19937 random(13);
        fill(path, 0, size, size / 2, random);
        Campaign campaign;
        campaign.title = u"Bench"_s;
        campaign.hashtag = u"#Bench"_s;
        document.reset(campaign, QString(), QString());
        panel = std::make_unique<Ui::OrganizePanel>(
            document, catalogue, [] { return system_clock::now(); }, settings);
        panel->resize(1200, 800);
        panel->show();
    }

    /// Waits (in the event loop) for the next `refreshed` or `readFailed`.
    void waitForRefresh(QSignalSpy &done)
    {
        while (done.isEmpty())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }

    int participants;
    QTemporaryDir dir;
    QString path;
    Time::ZoneCatalogue catalogue = Time::ZoneCatalogue::system();
    QSettings settings {dir.filePath(u"chorus.ini"_s), QSettings::IniFormat};
    Ui::CampaignDocument document;
    std::unique_ptr<Ui::OrganizePanel> panel;
    Heartbeat heartbeat;
    std::mt19937 random {7};
};

std::map<int, std::unique_ptr<Dashboard>> &dashboards()
{
    static std::map<int, std::unique_ptr<Dashboard>> all;
    return all;
}

Dashboard &dashboard(int size)
{
    auto &slot = dashboards()[size];
    if (!slot)
        slot = std::make_unique<Dashboard>(size);
    return *slot;
}

void firstPaint(benchmark::State &state, int size)
{
    Dashboard &d = dashboard(size);
    for (auto _ : state) {
        const double before = residentBytes();
        QSignalSpy done(d.panel.get(), &Ui::OrganizePanel::refreshed);
        QElapsedTimer clock;
        d.heartbeat.start();
        clock.start();
        d.panel->setDatabasePath(d.path);
        d.waitForRefresh(done);
        d.panel->participantsView()->viewport()->repaint();
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        state.counters["stall_ms"] = d.heartbeat.stop() * 1e3;
        state.counters["rows"] = d.panel->filterModel()->rowCount();
        state.counters["rss_MiB"] = (residentBytes() - before) / (1 << 20);
        state.SetIterationTime(seconds);
    }
}

void refreshStall(benchmark::State &state, int size)
{
    Dashboard &d = dashboard(size);
    int next = d.participants;
    for (auto _ : state) {
        // Between two polls: 1% more joined, 2% checked in.
        fill(d.path, next, next + size / 100, size / 50, d.random);
        next += size / 100;
        QSignalSpy done(d.panel.get(), &Ui::OrganizePanel::refreshed);
        d.heartbeat.start();
        d.panel->refresh();
        d.waitForRefresh(done);
        d.panel->participantsView()->viewport()->repaint();
        state.SetIterationTime(d.heartbeat.stop());
        state.counters["rows"] = d.panel->filterModel()->rowCount();
    }
}

void sortByHandle(benchmark::State &state, int size)
{
    Dashboard &d = dashboard(size);
    bool ascending = true;
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        d.panel->participantsView()->sortByColumn(Ui::ParticipantsModel::HandleColumn,
                                                  ascending ? Qt::AscendingOrder
                                                            : Qt::DescendingOrder);
        d.panel->participantsView()->viewport()->repaint();
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        ascending = !ascending;
    }
}

void filterByZone(benchmark::State &state, int size)
{
    Dashboard &d = dashboard(size);
    int round = 0;
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        d.panel->setFilter({zones[round++ % zones.size()].toUtf8(), {}, {}});
        d.panel->participantsView()->viewport()->repaint();
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        state.counters["rows"] = d.panel->filterModel()->rowCount();
    }
    d.panel->setFilter({});
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    for (const int size : {1000, 100000}) {
        const std::string n = size == 1000 ? "1k" : "100k";
        benchmark::RegisterBenchmark(("first_paint_" + n).c_str(), firstPaint, size)
            ->Iterations(1)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("refresh_" + n).c_str(), refreshStall, size)
            ->Iterations(3)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("sort_" + n).c_str(), sortByHandle, size)
            ->Iterations(4)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("filter_" + n).c_str(), filterByZone, size)
            ->Iterations(4)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
    }
    const int result = Bench::runWithRatios(argc, argv,
                                            {{"first_paint_100k", "first_paint_1k"},
                                             {"refresh_100k", "refresh_1k"},
                                             {"sort_100k", "sort_1k"},
                                             {"filter_100k", "filter_1k"}});
    dashboards().clear();
    return result;
}
