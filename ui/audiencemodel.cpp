#include "audiencemodel.h"

#include "localeformat.h"
#include "campaigndocument.h"

#include "time/zonecatalogue.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chorus::Ui {

AudienceModel::AudienceModel(CampaignDocument &document, const Time::ZoneCatalogue &catalogue,
                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_catalogue(catalogue)
{
    for (const AudienceZone &member : m_document.campaign().audience)
        m_zones.append(member.zone);
    connect(&m_document, &CampaignDocument::changed, this, &AudienceModel::reload);
}

void AudienceModel::reload()
{
    QList<QByteArray> zones;
    for (const AudienceZone &member : m_document.campaign().audience)
        zones.append(member.zone);
    if (zones != m_zones) {
        // Other rows, not just other values: selections must not stay on
        // rows that now hold different zones.
        beginResetModel();
        m_zones = zones;
        endResetModel();
    } else if (!zones.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(zones.size()) - 1, ColumnCount - 1));
    }
}

int AudienceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_zones.size());
}

int AudienceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AudienceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.row() >= m_document.campaign().audience.size())
        return {};
    const Campaign &campaign = m_document.campaign();
    const AudienceZone &member = campaign.audience.at(index.row());
    const Time::Zone *zone = m_catalogue.find(member.zone);
    double total = 0;
    for (const AudienceZone &each : campaign.audience)
        total += each.weight;
    const QDateTime local = Time::toQDateTime(campaign.start).toTimeZone(QTimeZone(member.zone));

    if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawValueRole) {
        switch (Column(index.column())) {
        case City: return zone ? zone->city : QString::fromLatin1(member.zone);
        case Zone: return QString::fromLatin1(member.zone);
        case Country: return zone ? zone->countryName : QString();
        case Weight:
            if (role == Qt::DisplayRole)
                return QLocale().toString(member.weight, 'g', 6);
            return member.weight;
        case Share:
            if (role == RawValueRole)
                return total > 0 ? member.weight / total : 0.0;
            return total > 0 ? QLocale().toString(100.0 * member.weight / total, 'f', 1) + u" %"_s
                             : QString();
        case LocalStart:
            if (role == RawValueRole)
                return qlonglong(Time::toQDateTime(campaign.start).date().daysTo(local.date())) * 1440
                    + local.time().hour() * 60 + local.time().minute();
            return QString(
                QLocale().toString(local.date(),
                                   tr("ddd d MMM", "QDate::toString pattern of a local day"))
                + u' ' + shortTime(local.time()));
        case ColumnCount: break;
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Weight || index.column() == Share))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && zone)
        return zone->comment.isEmpty() ? QString::fromLatin1(zone->id) : zone->comment;
    return {};
}

QVariant AudienceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case City: return tr("City");
    case Zone: return tr("Zone");
    case Country: return tr("Country");
    case Weight: return tr("Weight");
    case Share: return tr("Share");
    case LocalStart: return tr("Local start");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags AudienceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Weight)
        result |= Qt::ItemIsEditable;
    return result;
}

bool AudienceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole
        || index.column() != Weight)
        return false;
    // A number from an editor as it is; text in the user's locale ("12,5").
    bool ok = false;
    const bool numeric = value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int
        || value.typeId() == QMetaType::LongLong;
    const double parsed = numeric ? value.toDouble(&ok) : QLocale().toDouble(value.toString(), &ok);
    if (!ok || !std::isfinite(parsed) || parsed < 0)
        return false;
    const int row = index.row();
    m_document.edit(tr("Change weight"), [row, parsed](Campaign &campaign) {
        campaign.audience[row].weight = parsed;
    });
    return true;
}

bool AudienceModel::addZone(const QByteArray &id, double weight)
{
    const auto zone = m_catalogue.resolve(QString::fromLatin1(id));
    if (!zone || !std::isfinite(weight) || weight < 0)
        return false;
    m_document.edit(tr("Add %1").arg(zone->city), [&zone, weight](Campaign &campaign) {
        for (AudienceZone &member : campaign.audience) {
            if (member.zone == zone->id) {
                member.weight += weight;
                return;
            }
        }
        campaign.audience.append(AudienceZone{zone->id, weight, {}});
    });
    return true;
}

void AudienceModel::removeZones(const QList<int> &rows)
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    if (sorted.isEmpty())
        return;
    m_document.edit(sorted.size() == 1 ? tr("Remove a zone") : tr("Remove %1 zones").arg(sorted.size()),
                    [&sorted](Campaign &campaign) {
                        for (const int row : sorted) {
                            if (row >= 0 && row < campaign.audience.size())
                                campaign.audience.removeAt(row);
                        }
                    });
}

} // namespace Chorus::Ui
