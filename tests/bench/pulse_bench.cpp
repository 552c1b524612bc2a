// Counting a 100,000-post hour from recorded pages (issue 15): 60,000
// Mastodon statuses in pages of 40 (a fifth of them seen again from a second
// server) and 40,000 Bluesky search results in pages of 100, through
// PulseTally. The baseline is the plain way to do the same in Qt: parse each
// page, read each timestamp with QDateTime::fromString, deduplicate in a
// std::set and bucket in a std::map; and the floor, parsing the pages alone.
// CPU time (the wall clock on a shared machine mostly measures the
// neighbours) and the memory the tally holds are printed beside them.
#include "ratio.h"

#include "social/pulse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <ctime>
#include <map>
#include <set>
#include <string>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Chorus::Checkin::MinuteRange;
using Chorus::Social::PulseTally;

namespace {

const qint64 startSeconds
    = QDateTime::fromString(u"2027-02-14T17:00:00Z"_s, Qt::ISODate).toSecsSinceEpoch();
const MinuteRange hour {startSeconds / 60, startSeconds / 60 + 60};

struct Recording
{
    QList<QByteArray> mastodonPages;
    QList<QByteArray> blueskyPages;
};

/// Pages as the servers send them (the fields the pulse reads, plus the
/// bulk of a real Status or PostView so parsing costs what it would).
const Recording &recording()
{
    static const Recording recorded = [] {
        Recording result;
        const QString content
            = u"<p>We want a sequel! <a href=\"https://m.example/tags/AlitaSequel\" class=\"mention hashtag\" rel=\"tag\">#<span>AlitaSequel</span></a></p>"_s;
        QJsonArray page;
        auto status = [&](int i) {
            const qint64 at = startSeconds + qint64(i) * 3600 / 60000;
            return QJsonObject {
                {u"id"_s, QString::number(110000000000000000LL + i)},
                {u"created_at"_s,
                 QDateTime::fromSecsSinceEpoch(at, Qt::UTC)
                     .addMSecs(i % 1000)
                     .toString(Qt::ISODateWithMs)},
                {u"uri"_s,
                 u"https://m%1.example/users/fan%2/statuses/%3"_s.arg(i % 7).arg(i % 5000).arg(i)},
                {u"url"_s, u"https://m.example/@fan/%1"_s.arg(i)},
                {u"visibility"_s, u"public"_s},
                {u"language"_s, u"en"_s},
                {u"content"_s, content},
                {u"account"_s,
                 QJsonObject {{u"id"_s, QString::number(i % 5000)},
                              {u"username"_s, u"fan%1"_s.arg(i % 5000)},
                              {u"acct"_s, u"fan%1@m.example"_s.arg(i % 5000)}}},
                {u"tags"_s,
                 QJsonArray {QJsonObject {{u"name"_s, u"alitasequel"_s},
                                          {u"url"_s, u"https://m.example/tags/alitasequel"_s}}}},
            };
        };
        for (int i = 0; i < 60000; ++i) {
            page.append(status(i));
            if (page.size() == 40) {
                result.mastodonPages.append(QJsonDocument(page).toJson(QJsonDocument::Compact));
                page = {};
            }
        }
        // The second server's copies of 12,000 of them (same uri): counted once.
        for (int i = 0; i < 60000; i += 5) {
            page.append(status(i));
            if (page.size() == 40) {
                result.mastodonPages.append(QJsonDocument(page).toJson(QJsonDocument::Compact));
                page = {};
            }
        }
        QJsonArray posts;
        for (int i = 0; i < 40000; ++i) {
            const qint64 at = startSeconds + qint64(i) * 3600 / 40000;
            const QString text = u"We want a sequel! #AlitaSequel 🎬"_s;
            posts.append(QJsonObject {
                {u"uri"_s, u"at://did:plc:fan%1/app.bsky.feed.post/3k%2"_s.arg(i % 4000).arg(i)},
                {u"cid"_s, u"bafyreib2rxk3rh6kzwq%1"_s.arg(i)},
                {u"author"_s,
                 QJsonObject {{u"did"_s, u"did:plc:fan%1"_s.arg(i % 4000)},
                              {u"handle"_s, u"fan%1.bsky.social"_s.arg(i % 4000)}}},
                {u"record"_s,
                 QJsonObject {
                     {u"$type"_s, u"app.bsky.feed.post"_s},
                     {u"text"_s, text},
                     {u"createdAt"_s,
                      QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODateWithMs)},
                     {u"facets"_s,
                      QJsonArray {QJsonObject {
                          {u"index"_s, QJsonObject {{u"byteStart"_s, 18}, {u"byteEnd"_s, 30}}},
                          {u"features"_s,
                           QJsonArray {QJsonObject {{u"$type"_s, u"app.bsky.richtext.facet#tag"_s},
                                                    {u"tag"_s, u"AlitaSequel"_s}}}}}}}}},
                {u"indexedAt"_s,
                 QDateTime::fromSecsSinceEpoch(at + 1, Qt::UTC).toString(Qt::ISODateWithMs)},
            });
            if (posts.size() == 100) {
                result.blueskyPages.append(
                    QJsonDocument(
                        QJsonObject {{u"posts"_s, posts}, {u"cursor"_s, QString::number(i)}})
                        .toJson(QJsonDocument::Compact));
                posts = {};
            }
        }
        return result;
    }();
    return recorded;
}

qint64 residentKiB()
{
    long pages = 0, resident = 0;
    if (FILE *file = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(file, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(file);
    }
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

// CPU seconds per counted hour, each way: on a machine shared with other
// work the wall clock says more about the neighbours than about the code.
double g_tallyCpu = 0;
double g_baselineCpu = 0;
double g_parseCpu = 0;

void countWithPulseTally(benchmark::State &state)
{
    const Recording &pages = recording();
    qint64 counted = 0;
    qint64 heldKiB = 0;
    double cpu = 0;
    for (auto _ : state) {
        const qint64 before = residentKiB();
        const double started = cpuSeconds();
        PulseTally tally(hour, u"#AlitaSequel");
        for (const QByteArray &page : pages.mastodonPages)
            benchmark::DoNotOptimize(tally.addMastodonPage(page));
        for (const QByteArray &page : pages.blueskyPages)
            benchmark::DoNotOptimize(tally.addBlueskyPage(page));
        counted = tally.mastodonTotal() + tally.blueskyTotal();
        cpu += cpuSeconds() - started;
        heldKiB = std::max<qint64>(heldKiB, residentKiB() - before);
    }
    g_tallyCpu = cpu / double(std::max<benchmark::IterationCount>(state.iterations(), 1));
    if (counted != 100000)
        state.SkipWithError("the tally did not count 100,000 posts");
    state.counters["posts"] = double(counted);
    state.counters["held_MiB"] = double(heldKiB) / 1024;
}

/// The plain way: QDateTime::fromString for every timestamp, a std::set of
/// uris, a std::map of minutes.
void countWithQDateTimeAndStdSet(benchmark::State &state)
{
    const Recording &pages = recording();
    qint64 counted = 0;
    double cpu = 0;
    for (auto _ : state) {
        const double started = cpuSeconds();
        std::set<std::string> seen;
        std::map<qint64, qint64> perMinute;
        auto add = [&](const QString &uri, const QString &createdAt) {
            const qint64 minute
                = QDateTime::fromString(createdAt, Qt::ISODateWithMs).toSecsSinceEpoch() / 60;
            if (minute < hour.from || minute >= hour.to)
                return;
            if (seen.insert(uri.toStdString()).second)
                ++perMinute[minute];
        };
        for (const QByteArray &page : pages.mastodonPages) {
            for (const QJsonValue status : QJsonDocument::fromJson(page).array()) {
                const QJsonObject object = status.toObject();
                bool tagged = false;
                for (const QJsonValue tag : object.value(u"tags"_s).toArray())
                    tagged = tagged
                        || tag.toObject().value(u"name"_s).toString().toCaseFolded()
                            == u"alitasequel"_s;
                if (tagged)
                    add(object.value(u"uri"_s).toString(),
                        object.value(u"created_at"_s).toString());
            }
        }
        for (const QByteArray &page : pages.blueskyPages) {
            for (const QJsonValue post :
                 QJsonDocument::fromJson(page).object().value(u"posts"_s).toArray()) {
                const QJsonObject record = post.toObject().value(u"record"_s).toObject();
                if (record.value(u"text"_s).toString().contains(u"#AlitaSequel"_s,
                                                                Qt::CaseInsensitive))
                    add(u"bsky:"_s + post.toObject().value(u"uri"_s).toString(),
                        record.value(u"createdAt"_s).toString());
            }
        }
        counted = 0;
        for (const auto &[minute, count] : perMinute)
            counted += count;
        cpu += cpuSeconds() - started;
    }
    g_baselineCpu = cpu / double(std::max<benchmark::IterationCount>(state.iterations(), 1));
    if (counted != 100000)
        state.SkipWithError("the baseline did not count 100,000 posts");
    state.counters["posts"] = double(counted);
}

/// The floor: parsing every page and touching nothing, which any way of
/// counting from these JSON pages pays.
void parsePagesOnly(benchmark::State &state)
{
    const Recording &pages = recording();
    double cpu = 0;
    for (auto _ : state) {
        const double started = cpuSeconds();
        qsizetype items = 0;
        for (const QByteArray &page : pages.mastodonPages)
            items += QJsonDocument::fromJson(page).array().size();
        for (const QByteArray &page : pages.blueskyPages)
            items += QJsonDocument::fromJson(page).object().value(u"posts"_s).toArray().size();
        benchmark::DoNotOptimize(items);
        cpu += cpuSeconds() - started;
    }
    g_parseCpu = cpu / double(std::max<benchmark::IterationCount>(state.iterations(), 1));
}

BENCHMARK(countWithPulseTally)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(countWithQDateTimeAndStdSet)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(parsePagesOnly)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    const double cpuBefore = cpuSeconds();
    const qint64 before = residentKiB();
    const Recording &pages = recording();
    qint64 bytes = 0;
    for (const QByteArray &page : pages.mastodonPages + pages.blueskyPages)
        bytes += page.size();
    std::printf("recorded hour: %lld Mastodon pages, %lld Bluesky pages, %.1f MiB of JSON "
                "(made in %.2f s CPU, %lld MiB resident)\n",
                qlonglong(pages.mastodonPages.size()), qlonglong(pages.blueskyPages.size()),
                double(bytes) / (1024 * 1024), cpuSeconds() - cpuBefore,
                qlonglong((residentKiB() - before) / 1024));
    const int result
        = Chorus::Bench::runWithRatios(argc, argv,
                                       {{"countWithPulseTally", "countWithQDateTimeAndStdSet"},
                                        {"countWithPulseTally", "parsePagesOnly"}});
    if (g_tallyCpu > 0 && g_baselineCpu > 0)
        std::printf("CPU RATIO countWithPulseTally vs countWithQDateTimeAndStdSet: %.0f ms vs "
                    "%.0f ms of CPU per 100,000-post hour, %.2fx %s\n",
                    g_tallyCpu * 1e3, g_baselineCpu * 1e3,
                    g_tallyCpu <= g_baselineCpu ? g_baselineCpu / g_tallyCpu
                                                : g_tallyCpu / g_baselineCpu,
                    g_tallyCpu <= g_baselineCpu ? "faster" : "slower");
    if (g_tallyCpu > 0 && g_parseCpu > 0)
        std::printf("CPU RATIO countWithPulseTally vs parsePagesOnly: %.0f ms vs %.0f ms, counting "
                    "adds %.0f%% to parsing the pages\n",
                    g_tallyCpu * 1e3, g_parseCpu * 1e3, (g_tallyCpu / g_parseCpu - 1) * 100);
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("process CPU %.2f s in all, peak resident %ld MiB\n", cpuSeconds() - cpuBefore,
                usage.ru_maxrss / 1024);
    return result;
}
