#pragma once

#include <QAbstractTableModel>

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Ui {

class CampaignDocument;

/// The campaign's audience as a table: city, zone, country, weight, share and
/// the local start there. Weights are editable; every change goes through the
/// document, so it can be undone.
class AudienceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudienceModel)

public:
    enum Column { City, Zone, Country, Weight, Share, LocalStart, ColumnCount };
    /// The unformatted value, for sorting: text, weight as double, start as
    /// minutes since the UTC date's midnight.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    AudienceModel(CampaignDocument &document, const Time::ZoneCatalogue &catalogue,
                  QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    /// Adds `zone` with `weight`, or adds the weight to the zone's row if it is
    /// there already. Returns false for a zone the catalogue does not know.
    bool addZone(const QByteArray &zone, double weight);
    void removeZones(const QList<int> &rows);

private:
    void reload();

    CampaignDocument &m_document;
    const Time::ZoneCatalogue &m_catalogue;
    QList<QByteArray> m_zones; ///< the rows the views know, by zone id
};

} // namespace Chorus::Ui
