// The fast ranking against the minute-by-minute QTimeZone reference, on many
// random audiences, ranges, steps, durations and comfort hours around DST
// changes, half- and quarter-hour zones, a skipped day and dates after 2037.
#include "reference.h"
#include "testutil.h"

#include "plan/ranking.h"
#include "time/offsettimeline.h"

#include <optional>
#include <random>
#include <sstream>

using namespace Chorus::Plan;
using namespace Chorus::Test;
using namespace std::chrono;
using Chorus::Time::Instant;

namespace {

const std::vector<QByteArray> interestingZones {
    "Europe/Berlin",
    "America/New_York",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Europe/Dublin",
    "Asia/Kathmandu",
    "Pacific/Chatham",
    "Pacific/Kiritimati",
    "Pacific/Apia",
    "America/Santiago",
    "Asia/Kolkata",
    "America/St_Johns",
    "Africa/Casablanca",
    "Asia/Tehran",
    "America/Havana",
    "Africa/Monrovia",
    "Pacific/Auckland",
    "America/Sao_Paulo",
    "UTC",
    "Asia/Tokyo",
    "America/Los_Angeles",
    "Europe/London",
    "Asia/Gaza",
    "America/Godthab",
};

// Days just before offset changes: US, EU, Sydney, Chatham, Lord Howe, EU
// autumn, US autumn, Samoa's skipped 30 December 2011, Monrovia leaving
// -00:44:30 in 1972, Chile's midnight change, the EU after 2037, and a quiet week.
const std::vector<const char *> baseDays {
    "2027-03-13T00:00:00Z", "2027-03-27T00:00:00Z", "2027-04-03T00:00:00Z", "2027-09-25T00:00:00Z",
    "2027-10-02T00:00:00Z", "2027-10-30T00:00:00Z", "2027-11-06T00:00:00Z", "2011-12-28T12:00:00Z",
    "1972-01-06T00:00:00Z", "2022-09-10T00:00:00Z", "2040-03-24T00:00:00Z", "2040-10-27T00:00:00Z",
    "2027-02-10T00:00:00Z",
};

template<typename T> const T &pick(std::mt19937 &random, const std::vector<T> &list)
{
    return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(random)];
}

int uniform(std::mt19937 &random, int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(random);
}

RankRequest randomRequest(std::mt19937 &random)
{
    RankRequest request;
    const int zoneCount = uniform(random, 1, 5);
    for (int i = 0; i < zoneCount; ++i) {
        const double weight = uniform(random, 0, 3) == 0 ? uniform(random, 0, 1000) / 10.0
                                                         : double(uniform(random, 0, 100));
        addMember(request.audience, {pick(random, interestingZones), weight});
    }
    request.audience.push_back({pick(random, interestingZones), 1.0 + uniform(random, 0, 9)});
    request.from = at(pick(random, baseDays)) + minutes {uniform(random, 0, 48 * 60)};
    if (uniform(random, 0, 3) == 0)
        request.from += seconds {uniform(random, 1, 59)};
    request.to = request.from + minutes {uniform(random, 1, 30 * 60)};
    request.step
        = minutes {pick(random, std::vector<int> {1, 5, 7, 15, 15, 25, 30, 45, 60, 90, 180})};
    request.duration = minutes {
        pick(random,
             std::vector<int> {1, 15, 30, 45, 60, 60, 61, 90, 137, 240, 1439, 1440, 1441, 2000})};
    switch (uniform(random, 0, 9)) {
    case 0:
    case 1:
    case 2:
        request.comfort = defaultComfortHours;
        break;
    case 3:
        request.comfort = {18 * 60, 2 * 60};
        break;
    case 4:
        request.comfort = {23 * 60 + 30, 30};
        break;
    case 5:
        request.comfort = {0, 0};
        break;
    case 6:
        request.comfort = {22 * 60, 6 * 60};
        break;
    default:
        request.comfort = {uniform(random, 0, 1439), uniform(random, 0, 1439)};
    }
    return request;
}

std::string describe(const RankRequest &request)
{
    std::ostringstream text;
    text << "from " << Chorus::Time::formatUtc(request.from).toStdString() << " to "
         << Chorus::Time::formatUtc(request.to).toStdString() << " step " << request.step.count()
         << "m duration " << request.duration.count() << "m comfort "
         << request.comfort.toString().toStdString() << " audience";
    for (const AudienceMember &member : request.audience)
        text << ' ' << member.zone.toStdString() << '=' << member.weight;
    return text.str();
}

TEST(RankingReference, RandomRequestsAgreeExactly)
{
    std::mt19937 random(20270214);
    std::size_t candidatesChecked = 0;
    std::size_t comfortableSeen = 0;
    std::size_t partialSeen = 0;
    std::size_t wavesChecked = 0;
    for (int round = 0; round < 300; ++round) {
        const RankRequest request = randomRequest(random);
        SCOPED_TRACE("round " + std::to_string(round) + ": " + describe(request));
        ASSERT_TRUE(candidateCount(request).has_value());
        const std::vector<Chorus::Time::OffsetTimeline> timelines = buildTimelines(request);
        const std::vector<Candidate> fast = scoreCandidates(request, timelines);
        const std::vector<double> slow = referenceComfortableWeights(request);
        ASSERT_EQ(fast.size(), slow.size());
        ASSERT_EQ(std::int64_t(fast.size()), *candidateCount(request));
        const double total = totalWeight(request.audience);
        for (std::size_t j = 0; j < fast.size(); ++j) {
            ASSERT_EQ(fast[j].start, request.from + request.step * std::int64_t(j));
            ASSERT_EQ(fast[j].comfortableWeight, slow[j])
                << "at " << Chorus::Time::formatUtc(fast[j].start).toStdString();
            ASSERT_EQ(fast[j].score, slow[j] / total);
            ASSERT_EQ(fast[j].totalWeight, total);
            comfortableSeen += slow[j] > 0;
            partialSeen += slow[j] > 0 && slow[j] < total;
        }
        candidatesChecked += fast.size();

        // Ranges partition the candidates into maximal runs of equal scores.
        const std::vector<ScoreRange> ranges = mergeRanges(fast);
        std::size_t next = 0;
        for (std::size_t k = 0; k < ranges.size(); ++k) {
            ASSERT_EQ(ranges[k].first, fast[next].start);
            for (std::size_t j = next; j < next + ranges[k].count; ++j)
                ASSERT_EQ(fast[j].score, ranges[k].score);
            next += ranges[k].count;
            ASSERT_EQ(ranges[k].last, fast[next - 1].start);
            if (k > 0) {
                ASSERT_NE(ranges[k].score, ranges[k - 1].score);
            }
        }
        ASSERT_EQ(next, fast.size());

        // The second wave against the reference on the left-out audience.
        if (round % 3 == 0) {
            const Candidate first = bestCandidates(fast, 1).front();
            RankRequest leftOut = request;
            leftOut.audience.clear();
            double firstWeight = 0;
            for (const AudienceMember &member : request.audience) {
                if (referenceComfortable(member.zone, first.start, request.duration,
                                         request.comfort.from, request.comfort.to))
                    firstWeight += member.weight;
                else
                    leftOut.audience.push_back(member);
            }
            const std::vector<double> reach = leftOut.audience.empty()
                ? std::vector<double>(fast.size(), 0.0)
                : referenceComfortableWeights(leftOut);
            std::optional<std::size_t> expected;
            for (std::size_t j = 0; j < fast.size(); ++j) {
                const bool overlaps = fast[j].start < first.start + request.duration
                    && first.start < fast[j].start + request.duration;
                if (!overlaps && reach[j] > 0 && (!expected || reach[j] > reach[*expected]))
                    expected = j;
            }
            const auto wave = secondWave(request, timelines, first.start);
            ASSERT_EQ(wave.has_value(), expected.has_value());
            if (wave) {
                EXPECT_EQ(wave->start, fast[*expected].start);
                EXPECT_EQ(wave->addedWeight, reach[*expected]);
                EXPECT_EQ(wave->firstWeight, firstWeight);
                EXPECT_EQ(wave->weightAlone, fast[*expected].comfortableWeight);
                ++wavesChecked;
            }
        }

        // The per-zone answer for a chosen candidate agrees too.
        const Candidate &chosen = fast[std::size_t(uniform(random, 0, int(fast.size()) - 1))];
        const std::vector<ZoneStanding> standings = explainStart(request, timelines, chosen.start);
        ASSERT_EQ(standings.size(), request.audience.size());
        for (std::size_t i = 0; i < request.audience.size(); ++i) {
            const bool expected
                = referenceComfortable(request.audience[i].zone, chosen.start, request.duration,
                                       request.comfort.from, request.comfort.to);
            EXPECT_EQ(standings[i].standing == Standing::Comfortable, expected)
                << request.audience[i].zone.toStdString() << " at "
                << Chorus::Time::formatUtc(chosen.start).toStdString();
            EXPECT_EQ(isComfortable(timelines[i], chosen.start, request.duration, request.comfort),
                      expected);
        }
    }
    // The random cases must exercise both outcomes, or the comparison proves little.
    EXPECT_GT(candidatesChecked, 10000u);
    EXPECT_GT(comfortableSeen, candidatesChecked / 10);
    EXPECT_GT(partialSeen, candidatesChecked / 20);
    EXPECT_GT(wavesChecked, 20u);
}

// Straddling named transitions, with the window read minute by minute.
struct EdgeRow
{
    std::string name;
    QByteArray zone;
    const char *from;
    int fromComfort;
    int toComfort;
    int duration;
};

class RankingEdges : public testing::TestWithParam<EdgeRow>
{
};

TEST_P(RankingEdges, EveryMinuteStartAgreesWithTheReference)
{
    const EdgeRow &row = GetParam();
    RankRequest request;
    request.audience = {{row.zone, 1}};
    request.from = at(row.from);
    request.to = request.from + hours {6};
    request.step = minutes {1};
    request.duration = minutes {row.duration};
    request.comfort = {row.fromComfort, row.toComfort};
    const std::vector<Candidate> fast = scoreCandidates(request);
    const std::vector<double> slow = referenceComfortableWeights(request);
    ASSERT_EQ(fast.size(), slow.size());
    int changes = 0;
    for (std::size_t j = 0; j < fast.size(); ++j) {
        EXPECT_EQ(fast[j].comfortableWeight, slow[j])
            << Chorus::Time::formatUtc(fast[j].start).toStdString();
        changes += j > 0 && slow[j] != slow[j - 1];
    }
    EXPECT_GT(changes, 0) << "the row should cross a comfort edge";
}

INSTANTIATE_TEST_SUITE_P(
    Transitions, RankingEdges,
    testing::Values(
        // Berlin springs forward at 01:00Z (02:00 → 03:00 local).
        EdgeRow {"BerlinSpring", "Europe/Berlin", "2027-03-27T22:00:00Z", 3 * 60, 23 * 60, 60},
        EdgeRow {"BerlinAutumn", "Europe/Berlin", "2027-10-30T22:00:00Z", 2 * 60 + 30, 23 * 60, 45},
        // Lord Howe moves by 30 minutes.
        EdgeRow {"LordHoweSpring", "Australia/Lord_Howe", "2027-10-02T13:00:00Z", 2 * 60 + 15,
                 23 * 60, 30},
        EdgeRow {"LordHoweAutumn", "Australia/Lord_Howe", "2027-04-03T12:00:00Z", 1 * 60 + 45,
                 23 * 60, 30},
        // Dublin's negative DST (winter is the "daylight" side in the tz database).
        EdgeRow {"DublinAutumn", "Europe/Dublin", "2027-10-30T23:00:00Z", 1 * 60 + 30, 23 * 60, 60},
        EdgeRow {"KathmanduWrap", "Asia/Kathmandu", "2027-06-01T14:00:00Z", 18 * 60, 2 * 60, 90},
        EdgeRow {"ChathamSpring", "Pacific/Chatham", "2027-09-25T11:00:00Z", 3 * 60, 22 * 60, 60},
        // Samoa skipped 30 December 2011 entirely.
        EdgeRow {"ApiaSkippedDay", "Pacific/Apia", "2011-12-30T07:00:00Z", 23 * 60, 1 * 60, 60},
        // Chile changes at local midnight.
        EdgeRow {"SantiagoMidnight", "America/Santiago", "2022-09-11T01:00:00Z", 23 * 60 + 30,
                 1 * 60 + 30, 30},
        EdgeRow {"BerlinAfter2037", "Europe/Berlin", "2040-03-25T22:00:00Z", 3 * 60, 23 * 60, 60},
        EdgeRow {"MonroviaOddSeconds", "Africa/Monrovia", "1972-01-06T22:00:00Z", 0, 23 * 60, 60}),
    ByName());

} // namespace
