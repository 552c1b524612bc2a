#include "participant.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Chorus::Checkin {

QString statusName(Status status)
{
    switch (status) {
    case Status::Joined:
        return u"joined"_s;
    case Status::Ready:
        return u"ready"_s;
    case Status::Posted:
        return u"posted"_s;
    }
    return u"joined"_s;
}

std::optional<Status> checkinStatusFromName(QStringView name)
{
    if (name == u"ready")
        return Status::Ready;
    if (name == u"posted")
        return Status::Posted;
    return std::nullopt;
}

bool isKnownPlatform(QStringView platform)
{
    return platform == u"x" || platform == u"bluesky" || platform == u"mastodon";
}

namespace {

void countStatus(Counts &counts, Status status, int delta)
{
    if (status == Status::Ready)
        counts.ready += delta;
    else if (status == Status::Posted)
        counts.posted += delta;
}

QJsonObject countsToJson(const Counts &counts)
{
    return QJsonObject {{u"participants"_s, counts.participants},
                        {u"ready"_s, counts.ready},
                        {u"posted"_s, counts.posted}};
}

} // namespace

void Stats::addParticipant(const QByteArray &zone)
{
    ++total.participants;
    ++byZone[zone].participants;
}

void Stats::moveStatus(const QByteArray &zone, Status from, Status to)
{
    if (from == to)
        return;
    Counts &inZone = byZone[zone];
    countStatus(total, from, -1);
    countStatus(inZone, from, -1);
    countStatus(total, to, +1);
    countStatus(inZone, to, +1);
}

QByteArray Stats::toJson() const
{
    QJsonObject zones;
    for (const auto &[zone, counts] : byZone)
        zones.insert(QString::fromUtf8(zone), countsToJson(counts));
    QJsonObject document = countsToJson(total);
    document.insert(u"by_zone"_s, zones);
    if (goal) {
        // Built from the same figures as the counts beside it, so the cached
        // JSON (and its ETag) never shows a goal out of step with them.
        QJsonObject goalObject {{u"participants"_s, goal->participants},
                                {u"all_or_nothing"_s, goal->allOrNothing},
                                {u"met"_s, goalMet()}};
        if (goal->allOrNothing && goal->decidesAt.isValid())
            goalObject.insert(u"decides_at"_s,
                              goal->decidesAt.toUTC().toString(Qt::ISODate));
        document.insert(u"goal"_s, goalObject);
    }
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

} // namespace Chorus::Checkin
