// Differential tests: QTimeZone and the offset timeline against Python's
// zoneinfo (an independent reader of the same tz database), for every zone,
// at random instants and on both sides of every transition, 1970 to 2060;
// and the timeline against QTimeZone directly over a wider range.
#include "testutil.h"

#include "time/offsettimeline.h"
#include "time/zonecatalogue.h"

#include <QTimeZone>

#include <random>

using namespace Chorus::Time;
using namespace std::chrono;
using Chorus::Test::at;

namespace {

struct Probe
{
    QByteArray zone;
    Instant instant;
};

std::vector<QByteArray> zoneIds()
{
    std::vector<QByteArray> ids;
    const ZoneCatalogue catalogue = ZoneCatalogue::system();
    for (const Zone &zone : catalogue.zones())
        ids.push_back(zone.id);
    for (const char *extra : {"UTC", "Etc/GMT-14", "Etc/GMT+12", "Asia/Calcutta", "US/Eastern"})
        ids.emplace_back(extra);
    return ids;
}

TEST(TzOracle, QTimeZoneAndTimelineMatchPythonZoneinfo)
{
    const QString oracle = QStringLiteral(CHORUS_ZONEINFO_ORACLE);

    const Instant from = at("1970-01-01T00:00:00Z");
    const Instant to = at("2060-12-31T23:59:59Z");
    std::mt19937_64 random(20191205);
    std::uniform_int_distribution<long long> anyInstant(from.time_since_epoch().count(),
                                                        to.time_since_epoch().count());

    std::vector<Probe> probes;
    std::vector<OffsetTimeline> timelines;
    QByteArray input;
    for (const QByteArray &id : zoneIds()) {
        timelines.push_back(OffsetTimeline::build(QTimeZone(id), from, to));
        const OffsetTimeline &timeline = timelines.back();
        std::vector<Instant> instants;
        for (int i = 0; i < 150; ++i)
            instants.emplace_back(seconds{anyInstant(random)});
        for (std::size_t p = 1; p < timeline.periodCount(); ++p) {
            instants.push_back(timeline.periodStart(p) - seconds{1});
            instants.push_back(timeline.periodStart(p));
        }
        for (const Instant instant : instants) {
            probes.push_back({id, instant});
            input.append(id).append(' ');
            input.append(QByteArray::number(qlonglong(instant.time_since_epoch().count())));
            input.append('\n');
        }
    }

    const auto result = Chorus::Test::runProcess(QStringLiteral("python3"), {oracle}, input,
                                                 120000);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    ASSERT_EQ(std::size_t(lines.size()), probes.size());

    std::size_t timelineIndex = 0;
    int qtMismatches = 0;
    int timelineMismatches = 0;
    int abbreviationMismatches = 0;
    for (std::size_t i = 0; i < probes.size(); ++i) {
        if (i > 0 && probes[i].zone != probes[i - 1].zone)
            ++timelineIndex;
        const OffsetTimeline &timeline = timelines[timelineIndex];
        const QList<QByteArray> fields = lines[qsizetype(i)].split(' ');
        const int expected = fields[0].toInt();
        const QString expectedAbbreviation = QString::fromUtf8(fields.value(1));
        const int qt = timeline.zone().offsetFromUtc(toQDateTime(probes[i].instant));
        const int fast = timeline.offsetAt(probes[i].instant);
        const QString abbreviation = timeline.abbreviationAt(probes[i].instant);
        const auto where = [&] {
            return probes[i].zone.toStdString() + " at " + formatUtc(probes[i].instant).toStdString();
        };
        if (qt != expected && ++qtMismatches <= 10)
            ADD_FAILURE() << "QTimeZone " << qt << " vs zoneinfo " << expected << ": " << where();
        if (fast != expected && ++timelineMismatches <= 10)
            ADD_FAILURE() << "timeline " << fast << " vs zoneinfo " << expected << ": " << where();
        if (abbreviation != expectedAbbreviation && ++abbreviationMismatches <= 10)
            ADD_FAILURE() << "abbreviation " << abbreviation.toStdString() << " vs zoneinfo "
                          << expectedAbbreviation.toStdString() << ": " << where();
    }
    EXPECT_EQ(qtMismatches, 0);
    EXPECT_EQ(timelineMismatches, 0);
    EXPECT_EQ(abbreviationMismatches, 0);
    RecordProperty("probes", int(probes.size()));
    std::cout << "compared " << probes.size() << " instants in " << timelines.size()
              << " zones with zoneinfo\n";
}

TEST(TzOracle, TimelineIsIdenticalToQTimeZoneFrom1900To2100)
{
    // Wider than the zoneinfo comparison: LMT before 1970 and rule-based
    // transitions to 2100, every transition and a dense random sample.
    const Instant from = at("1900-01-01T00:00:00Z");
    const Instant to = at("2100-01-01T00:00:00Z");
    std::mt19937_64 random(4242);
    std::uniform_int_distribution<long long> anyInstant(from.time_since_epoch().count(),
                                                        to.time_since_epoch().count());
    int mismatches = 0;
    std::size_t probes = 0;
    for (const QByteArray &id : zoneIds()) {
        const QTimeZone zone(id);
        const auto timeline = OffsetTimeline::build(zone, from, to);
        const auto check = [&](Instant instant) {
            ++probes;
            const int qt = zone.offsetFromUtc(toQDateTime(instant));
            if (timeline.offsetAt(instant) != qt && ++mismatches <= 10)
                ADD_FAILURE() << id.toStdString() << " at " << formatUtc(instant).toStdString()
                              << ": timeline " << timeline.offsetAt(instant) << ", QTimeZone "
                              << qt;
        };
        for (std::size_t p = 0; p < timeline.periodCount(); ++p) {
            check(timeline.periodStart(p));
            if (p > 0)
                check(timeline.periodStart(p) - seconds{1});
        }
        for (int i = 0; i < 100; ++i)
            check(Instant{seconds{anyInstant(random)}});
    }
    EXPECT_EQ(mismatches, 0);
    std::cout << "compared " << probes << " instants with QTimeZone\n";
}

} // namespace
