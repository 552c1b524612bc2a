#pragma once

#include "checkin/dashboard.h"
#include "checkin/participant.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QTimeZone>

namespace Chorus::Ui {

/// The organizer's participant table: one row per participant, by id.
/// setParticipants() updates in place (new rows inserted at the end,
/// changed rows reported with dataChanged) so a live refresh keeps the
/// selection and the scroll position.
class ParticipantsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantsModel)

public:
    enum Column {
        HandleColumn,
        PlatformColumn,
        ZoneColumn,
        StatusColumn,
        JoinedColumn,
        PostColumn, ///< the post's address, opened by activating the cell
        ColumnCount
    };
    /// The raw value for sorting and filtering: id, platform id, zone id,
    /// Status as int, joined time as ms since the epoch, the post's address
    /// as text (empty when none).
    static constexpr int RawRole = Qt::UserRole + 1;
    /// The post's address as a QUrl, on PostColumn (absent when none): what
    /// the organizer's table opens.
    static constexpr int UrlRole = Qt::UserRole + 2;

    explicit ParticipantsModel(QObject *parent = nullptr);

    void setParticipants(const QList<Checkin::Participant> &participants);
    [[nodiscard]] const QList<Checkin::Participant> &participants() const { return m_rows; }
    /// Shows join times in this zone (the viewer's).
    void setDisplayZone(const QByteArray &zone);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// Whether row `leftRow` sorts before `rightRow` by `column`'s raw value
    /// (RawRole's order), equal values by id.
    [[nodiscard]] bool lessThan(int leftRow, int rightRow, int column) const;

    /// "X", "Bluesky", "Mastodon"; the id itself for anything else.
    [[nodiscard]] static QString platformName(const QString &platform);
    /// "joined", "ready", "posted", translated.
    [[nodiscard]] static QString statusText(Checkin::Status status);

private:
    QList<Checkin::Participant> m_rows;
    QList<QString> m_handleKeys; ///< each row's handle case-folded, the handle's sort key
    QByteArray m_zone = "UTC";
    /// m_zone's zone, made once: a QTimeZone per data() call (the header
    /// sizing its columns asks for a thousand rows) showed at 100,000 rows.
    QTimeZone m_timeZone = QTimeZone::utc();
};

/// Applies a Checkin::ParticipantFilter to a ParticipantsModel, and sorts by
/// the raw role.
class ParticipantsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantsFilterModel)

public:
    explicit ParticipantsFilterModel(QObject *parent = nullptr);
    void setFilter(const Checkin::ParticipantFilter &filter);
    [[nodiscard]] const Checkin::ParticipantFilter &filter() const { return m_filter; }
    /// The participants the filter lets through, in the source's order.
    [[nodiscard]] QList<Checkin::Participant> shownParticipants() const;
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Checkin::ParticipantFilter m_filter;
    ParticipantsModel *m_model = nullptr; ///< the source, when it is a ParticipantsModel
};

/// Head counts per zone, from a participant list: one row per zone with
/// joined, ready and posted, then a total row.
class ZoneStatsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoneStatsModel)

public:
    enum Column { ZoneColumn, JoinedColumn, ReadyColumn, PostedColumn, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit ZoneStatsModel(QObject *parent = nullptr);
    void setStats(const Checkin::Stats &stats);
    [[nodiscard]] const Checkin::Stats &stats() const { return m_stats; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    Checkin::Stats m_stats;
    QList<QByteArray> m_zones; ///< by participants, most first
};

} // namespace Chorus::Ui
