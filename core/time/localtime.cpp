#include "localtime.h"

#include "offsettimeline.h"

#include <QTimeZone>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Time {

namespace {

// No zone's offset has ever been more than a day from UTC; this margin holds
// every instant that could show a given wall-clock reading.
constexpr seconds searchMargin = hours{27};

QString twoDigits(long long value)
{
    return u"%1"_s.arg(value, 2, 10, QChar(u'0'));
}

} // namespace

QString formatLocalReading(LocalTime local)
{
    const auto day = floor<days>(local);
    const year_month_day date{day};
    const hh_mm_ss time{local - day};
    QString text = u"%1-%2-%3 %4:%5"_s.arg(int(date.year()), 4, 10, QChar(u'0'))
                       .arg(twoDigits(unsigned(date.month())), twoDigits(unsigned(date.day())),
                            twoDigits(time.hours().count()), twoDigits(time.minutes().count()));
    if (time.seconds().count() != 0)
        text += u':' + twoDigits(time.seconds().count());
    return text;
}

LocalInfo classifyLocal(const OffsetTimeline &timeline, LocalTime local)
{
    const Instant asIfUtc{local.time_since_epoch()};
    const Instant low = asIfUtc - searchMargin;
    const Instant high = asIfUtc + searchMargin;
    if (!timeline.covers(low) || !timeline.covers(high))
        return classifyLocal(timeline.zone(), local);

    // Every offset in force near the reading is a candidate; a candidate is
    // real when the zone really has that offset at the instant it implies.
    std::vector<Transition> changes = timeline.transitionsBetween(low, high);
    std::set<OffsetSeconds> offsets{timeline.offsetAt(low)};
    for (const Transition &change : changes)
        offsets.insert(change.offset);
    std::vector<Instant> instants;
    for (const OffsetSeconds offset : offsets) {
        const Instant candidate = asIfUtc - seconds{offset};
        if (timeline.offsetAt(candidate) == offset)
            instants.push_back(candidate);
    }
    std::sort(instants.begin(), instants.end());

    LocalInfo info;
    if (instants.size() == 1) {
        info.kind = LocalKind::Unique;
        info.earliest = info.latest = instants.front();
        info.offsetBefore = info.offsetAfter = timeline.offsetAt(instants.front());
        info.shifted = info.earliest;
        return info;
    }
    // A gap or overlap: find the change that causes it.
    for (const Transition &change : changes) {
        const OffsetSeconds before = timeline.offsetAt(change.at - seconds{1});
        const OffsetSeconds after = change.offset;
        const LocalTime wallBefore = toLocal(change.at, before);
        const LocalTime wallAfter = toLocal(change.at, after);
        const bool inGap = after > before && local >= wallBefore && local < wallAfter;
        const bool inOverlap = after < before && local >= wallAfter && local < wallBefore;
        if (inGap || inOverlap) {
            info.kind = inGap ? LocalKind::Nonexistent : LocalKind::Ambiguous;
            info.offsetBefore = before;
            info.offsetAfter = after;
            info.transition = change.at;
            if (inGap) {
                info.earliest = info.latest = change.at;
                info.shifted = asIfUtc - seconds{before};
            } else {
                info.earliest = instants.front();
                info.latest = instants.back();
                info.shifted = info.earliest;
            }
            return info;
        }
    }
    // Not reachable with a consistent tz database; answer conservatively.
    info.earliest = info.latest = instants.empty() ? asIfUtc : instants.front();
    info.shifted = info.earliest;
    return info;
}

LocalInfo classifyLocal(const QTimeZone &zone, LocalTime local)
{
    const Instant asIfUtc{local.time_since_epoch()};
    const auto timeline = OffsetTimeline::build(zone, asIfUtc - searchMargin - hours{1},
                                                asIfUtc + searchMargin + hours{1});
    return classifyLocal(timeline, local);
}

Expected<Instant> resolveLocal(const OffsetTimeline &timeline, LocalTime local, Choose choose)
{
    const LocalInfo info = classifyLocal(timeline, local);
    if (info.kind == LocalKind::Unique)
        return info.earliest;
    if (choose == Choose::Earliest)
        return info.earliest;
    if (choose == Choose::Latest)
        return info.latest;

    const QString zone = QString::fromLatin1(timeline.zoneId());
    const QString from = formatLocalReading(toLocal(info.transition, info.offsetBefore)).mid(11);
    const QString to = formatLocalReading(toLocal(info.transition, info.offsetAfter)).mid(11);
    if (info.kind == LocalKind::Nonexistent) {
        return fail(QString(),
                    u"%1 does not exist in %2: the clocks went from %3 to %4 (%5 to %6); "
                    "choose the moment the clocks changed, %7"_s
                        .arg(formatLocalReading(local), zone, from, to,
                             formatOffset(info.offsetBefore), formatOffset(info.offsetAfter),
                             formatUtc(info.transition)));
    }
    return fail(QString(),
                u"%1 happens twice in %2: the clocks went back from %3 to %4 (%5 to %6); "
                "choose the first (%7) or the second (%8)"_s
                    .arg(formatLocalReading(local), zone, from, to,
                         formatOffset(info.offsetBefore), formatOffset(info.offsetAfter),
                         formatUtc(info.earliest), formatUtc(info.latest)));
}

Expected<Instant> resolveLocal(const QTimeZone &zone, LocalTime local, Choose choose)
{
    const Instant asIfUtc{local.time_since_epoch()};
    const auto timeline = OffsetTimeline::build(zone, asIfUtc - searchMargin - hours{1},
                                                asIfUtc + searchMargin + hours{1});
    return resolveLocal(timeline, local, choose);
}

} // namespace Chorus::Time
