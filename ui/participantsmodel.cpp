#include "participantsmodel.h"

#include "localeformat.h"

#include <QFont>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chorus::Ui {

using Checkin::Participant;
using Checkin::Status;

ParticipantsModel::ParticipantsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString ParticipantsModel::platformName(const QString &platform)
{
    if (platform == u"x")
        return tr("X");
    if (platform == u"bluesky")
        return tr("Bluesky");
    if (platform == u"mastodon")
        return tr("Mastodon");
    return platform;
}

QString ParticipantsModel::statusText(Status status)
{
    switch (status) {
    case Status::Joined:
        return tr("joined");
    case Status::Ready:
        return tr("ready");
    case Status::Posted:
        return tr("posted");
    }
    return {};
}

void ParticipantsModel::setParticipants(const QList<Participant> &participants)
{
    // Rows are by id and ids only grow: when the old rows are a prefix of the
    // new list (the usual refresh), update in place and append.
    qsizetype common = 0;
    const bool prefix = participants.size() >= m_rows.size()
        && std::equal(m_rows.cbegin(), m_rows.cend(), participants.cbegin(),
                      [](const Participant &a, const Participant &b) { return a.id == b.id; });
    if (!prefix) {
        beginResetModel();
        m_rows = participants;
        endResetModel();
        return;
    }
    common = m_rows.size();
    for (qsizetype row = 0; row < common; ++row) {
        const Participant &now = participants.at(row);
        Participant &old = m_rows[row];
        if (old.status != now.status || old.handle != now.handle || old.zone != now.zone
            || old.platform != now.platform || old.joinedAt != now.joinedAt) {
            old = now;
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
    }
    if (participants.size() > common) {
        beginInsertRows({}, int(common), int(participants.size() - 1));
        m_rows.append(participants.mid(common));
        endInsertRows();
    }
}

void ParticipantsModel::setDisplayZone(const QByteArray &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, JoinedColumn), index(rowCount() - 1, JoinedColumn));
}

int ParticipantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant &participant = m_rows.at(index.row());
    if (role == RawRole) {
        switch (index.column()) {
        case HandleColumn:
            return participant.handle.toCaseFolded();
        case PlatformColumn:
            return participant.platform;
        case ZoneColumn:
            return QString::fromUtf8(participant.zone);
        case StatusColumn:
            return int(participant.status);
        case JoinedColumn:
            return participant.joinedAt.toMSecsSinceEpoch();
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case HandleColumn:
            return participant.handle;
        case PlatformColumn:
            return platformName(participant.platform);
        case ZoneColumn:
            return QString::fromUtf8(participant.zone);
        case StatusColumn:
            return statusText(participant.status);
        case JoinedColumn:
            return participant.joinedAt.isValid()
                ? shortDateTime(participant.joinedAt.toTimeZone(QTimeZone(m_zone)))
                : QString();
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == JoinedColumn)
        return participant.joinedAt.toString(Qt::ISODate);
    return {};
}

QVariant ParticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HandleColumn:
        return tr("Handle");
    case PlatformColumn:
        return tr("Platform");
    case ZoneColumn:
        return tr("Zone");
    case StatusColumn:
        return tr("Status");
    case JoinedColumn:
        return tr("Joined");
    }
    return {};
}

ParticipantsFilterModel::ParticipantsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ParticipantsModel::RawRole);
    setDynamicSortFilter(true);
}

void ParticipantsFilterModel::setFilter(const Checkin::ParticipantFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

QList<Participant> ParticipantsFilterModel::shownParticipants() const
{
    const auto *model = qobject_cast<const ParticipantsModel *>(sourceModel());
    if (!model)
        return {};
    QList<Participant> shown;
    for (const Participant &participant : model->participants())
        if (m_filter.matches(participant))
            shown.append(participant);
    return shown;
}

bool ParticipantsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const ParticipantsModel *>(sourceModel());
    if (!model || sourceParent.isValid() || sourceRow >= model->participants().size())
        return false;
    return m_filter.matches(model->participants().at(sourceRow));
}

ZoneStatsModel::ZoneStatsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ZoneStatsModel::setStats(const Checkin::Stats &stats)
{
    if (stats == m_stats)
        return;
    QList<QByteArray> zones;
    for (const auto &[zone, counts] : stats.byZone)
        zones.append(zone);
    std::stable_sort(zones.begin(), zones.end(),
                     [&stats](const QByteArray &a, const QByteArray &b) {
                         return stats.byZone.at(a).participants > stats.byZone.at(b).participants;
                     });
    if (zones == m_zones) {
        m_stats = stats;
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_stats = stats;
    m_zones = zones;
    endResetModel();
}

int ZoneStatsModel::rowCount(const QModelIndex &parent) const
{
    // The total row comes last, once there is anyone at all.
    return parent.isValid() || m_zones.isEmpty() ? 0 : int(m_zones.size()) + 1;
}

int ZoneStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ZoneStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = index.row() == m_zones.size();
    const Checkin::Counts &counts
        = total ? m_stats.total : m_stats.byZone.at(m_zones.at(index.row()));
    if (role == Qt::DisplayRole || role == RawRole) {
        switch (index.column()) {
        case ZoneColumn:
            return total ? tr("All zones") : QString::fromUtf8(m_zones.at(index.row()));
        case JoinedColumn:
            return counts.participants;
        case ReadyColumn:
            return counts.ready;
        case PostedColumn:
            return counts.posted;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != ZoneColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && total) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant ZoneStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ZoneColumn:
        return tr("Zone");
    case JoinedColumn:
        return tr("Joined");
    case ReadyColumn:
        return tr("Ready");
    case PostedColumn:
        return tr("Posted");
    }
    return {};
}

} // namespace Chorus::Ui
