#include "social/postingplan.h"

#include "social/mastodonschedule.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Social {

PostingDecision decidePosting(bool mastodon, const PostingRecord &record, Time::Instant start,
                              Time::Instant end, system_clock::time_point serverNow,
                              const Plan::GoalStatus &goal, const QString &text)
{
    using State = PostingRecord::State;
    const bool scheduled = record.state == State::Scheduled;
    if (record.state == State::Posted)
        return {PostingAction::AlreadyPosted};
    if (record.state == State::None)
        return {PostingAction::Nothing};
    if (serverNow >= end)
        return {PostingAction::HourOver};
    // A cancel whose delete has not reached the server yet (offline, or the
    // app closed) is sent again.
    if (record.state == State::Cancelled)
        return {record.scheduledId.isEmpty() ? PostingAction::Nothing
                                             : PostingAction::CancelScheduled};
    if (!goal.postingAllowed || goal.cancelScheduled)
        return {scheduled ? PostingAction::CancelScheduled : PostingAction::GoalMissed};
    if (mastodon) {
        const auto untilStart = start - serverNow;
        const bool rightTime = scheduled && record.scheduledFor == start;
        const bool textKnown = text.isEmpty() || record.scheduledText == text;
        const bool staleText
            = scheduled && !textKnown && !record.scheduledText.isEmpty() && !text.isEmpty();
        if (untilStart >= mastodonScheduleMargin)
            return {rightTime && textKnown ? PostingAction::Nothing : PostingAction::Schedule};
        // Mastodon would publish a new or moved status at once: the one already
        // at the start stays, anything else is posted from here at the start
        // (the post job deletes a scheduled status at the wrong time first).
        // One with an old text goes now, not at the instant, when the server
        // could publish it as it is deleted.
        if (staleText)
            return {PostingAction::Schedule};
        if (rightTime)
            return {PostingAction::Nothing};
        return {PostingAction::PostAtInstant, start};
    }
    const auto now = time_point_cast<seconds>(serverNow);
    return {PostingAction::PostAtInstant, std::max(start, Time::Instant(now))};
}

QString PostingLedger::group(const QByteArray &campaign, const QString &account)
{
    // Percent-encoded: a hashtag or a DID may hold "/" or ":".
    return u"posting/"_s + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(campaign)))
        + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(account));
}

PostingRecord PostingLedger::record(const QByteArray &campaign, const QString &account) const
{
    const QString g = group(campaign, account);
    PostingRecord record;
    record.state = PostingRecord::State(std::clamp(m_settings.value(g + u"/state"_s, 0).toInt(), 0,
                                                   int(PostingRecord::State::Cancelled)));
    record.scheduledId = m_settings.value(g + u"/scheduled_id"_s).toString();
    if (const QVariant at = m_settings.value(g + u"/scheduled_for"_s); at.isValid())
        record.scheduledFor = Time::Instant(seconds(at.toLongLong()));
    record.url = m_settings.value(g + u"/url"_s).toString();
    record.checkedIn = m_settings.value(g + u"/checked_in"_s, false).toBool();
    record.scheduledText = m_settings.value(g + u"/scheduled_text"_s).toString();
    return record;
}

void PostingLedger::setRecord(const QByteArray &campaign, const QString &account,
                              const PostingRecord &record)
{
    const QString g = group(campaign, account);
    m_settings.remove(g);
    m_settings.setValue(g + u"/state"_s, int(record.state));
    if (!record.scheduledId.isEmpty())
        m_settings.setValue(g + u"/scheduled_id"_s, record.scheduledId);
    if (record.scheduledFor)
        m_settings.setValue(g + u"/scheduled_for"_s,
                            qlonglong(record.scheduledFor->time_since_epoch().count()));
    if (!record.url.isEmpty())
        m_settings.setValue(g + u"/url"_s, record.url);
    if (record.checkedIn)
        m_settings.setValue(g + u"/checked_in"_s, true);
    if (!record.scheduledText.isEmpty())
        m_settings.setValue(g + u"/scheduled_text"_s, record.scheduledText);
    m_settings.sync();
}

void PostingLedger::forgetAccount(const QString &account)
{
    const QString suffix = QString::fromLatin1(QUrl::toPercentEncoding(account));
    m_settings.beginGroup(u"posting"_s);
    const QStringList campaigns = m_settings.childGroups();
    for (const QString &campaign : campaigns)
        m_settings.remove(campaign + u'/' + suffix);
    m_settings.endGroup();
    m_settings.sync();
}

} // namespace Chorus::Social
