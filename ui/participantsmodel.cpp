#include "participantsmodel.h"

#include "localeformat.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <array>

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

namespace {

/// The columns of a row that differ between `a` and `b`, as [first, last]
/// (first > last when none does).
std::pair<int, int> changedColumns(const Participant &a, const Participant &b)
{
    const std::array<bool, ParticipantsModel::ColumnCount> changed {
        a.handle != b.handle, a.platform != b.platform, a.zone != b.zone,
        a.status != b.status, a.joinedAt != b.joinedAt, a.postUrl != b.postUrl};
    int first = ParticipantsModel::ColumnCount;
    int last = -1;
    for (int column = 0; column < ParticipantsModel::ColumnCount; ++column) {
        if (changed[column]) {
            first = std::min(first, column);
            last = column;
        }
    }
    return {first, last};
}

} // namespace

void ParticipantsModel::setParticipants(const QList<Participant> &participants)
{
    // Rows are by id and ids only grow: when the old rows are a prefix of the
    // new list (the usual refresh), update in place and append.
    const bool prefix = participants.size() >= m_rows.size()
        && std::equal(m_rows.cbegin(), m_rows.cend(), participants.cbegin(),
                      [](const Participant &a, const Participant &b) { return a.id == b.id; });
    if (!prefix) {
        beginResetModel();
        m_rows = participants;
        m_handleKeys.clear();
        m_handleKeys.reserve(m_rows.size());
        for (const Participant &participant : std::as_const(m_rows))
            m_handleKeys.append(participant.handle.toCaseFolded());
        endResetModel();
        return;
    }
    // Runs of consecutive changed rows are reported together, whole rows:
    // reporting only the changed column made QSortFilterProxyModel take a
    // slower path per signal (measured in tests/bench/dashboard_bench.cpp:
    // 100 s instead of 0.1 s for 2,000 check-ins among 100,000).
    const qsizetype common = m_rows.size();
    qsizetype runStart = -1;
    const auto flush = [&](qsizetype end) {
        if (runStart >= 0)
            Q_EMIT dataChanged(index(int(runStart), 0), index(int(end - 1), ColumnCount - 1));
        runStart = -1;
    };
    for (qsizetype row = 0; row < common; ++row) {
        const Participant &now = participants.at(row);
        Participant &old = m_rows[row];
        const std::pair<int, int> columns = changedColumns(old, now);
        if (columns.first > columns.second) {
            flush(row);
            continue;
        }
        if (old.handle != now.handle)
            m_handleKeys[row] = now.handle.toCaseFolded();
        old = now;
        if (runStart < 0)
            runStart = row;
    }
    flush(common);
    if (participants.size() > common) {
        beginInsertRows({}, int(common), int(participants.size() - 1));
        m_rows.append(participants.mid(common));
        for (qsizetype row = common; row < m_rows.size(); ++row)
            m_handleKeys.append(m_rows.at(row).handle.toCaseFolded());
        endInsertRows();
    }
}

bool ParticipantsModel::lessThan(int leftRow, int rightRow, int column) const
{
    const Participant &left = m_rows.at(leftRow);
    const Participant &right = m_rows.at(rightRow);
    int order = 0;
    switch (column) {
    case HandleColumn:
        order = m_handleKeys.at(leftRow).compare(m_handleKeys.at(rightRow));
        break;
    case PlatformColumn:
        order = left.platform.compare(right.platform);
        break;
    case ZoneColumn:
        order = left.zone.compare(right.zone);
        break;
    case StatusColumn:
        order = int(left.status) - int(right.status);
        break;
    case JoinedColumn: {
        const qint64 l = left.joinedAt.toMSecsSinceEpoch();
        const qint64 r = right.joinedAt.toMSecsSinceEpoch();
        order = l < r ? -1 : l > r ? 1 : 0;
        break;
    }
    case PostColumn:
        order = left.postUrl.compare(right.postUrl);
        break;
    default:
        break;
    }
    // Equal values keep the id order, as the stable sort over RawRole did.
    return order != 0 ? order < 0 : left.id < right.id;
}

void ParticipantsModel::setDisplayZone(const QByteArray &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    m_timeZone = QTimeZone(zone);
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
            return m_handleKeys.at(index.row());
        case PlatformColumn:
            return participant.platform;
        case ZoneColumn:
            return QString::fromUtf8(participant.zone);
        case StatusColumn:
            return int(participant.status);
        case JoinedColumn:
            return participant.joinedAt.toMSecsSinceEpoch();
        case PostColumn:
            return participant.postUrl;
        }
        return {};
    }
    if (index.column() == PostColumn) {
        if (participant.postUrl.isEmpty())
            return {};
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return participant.postUrl;
        case UrlRole:
            return QUrl(participant.postUrl, QUrl::StrictMode);
        case Qt::ForegroundRole:
            // Looks like what it does: activating the cell opens the post.
            return QGuiApplication::palette().brush(QPalette::Link);
        default:
            return {};
        }
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
                ? shortDateTime(participant.joinedAt.toTimeZone(m_timeZone))
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
    case PostColumn:
        return tr("Post");
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

void ParticipantsFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<ParticipantsModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool ParticipantsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid() || sourceRow >= m_model->participants().size())
        return false;
    return m_filter.matches(m_model->participants().at(sourceRow));
}

bool ParticipantsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Straight from the rows: sorting 100,000 through data() and QVariant
    // (and a case-folded copy of every handle per comparison) took most of
    // a second.
    if (!m_model || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    return m_model->lessThan(left.row(), right.row(), left.column());
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
