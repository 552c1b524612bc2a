#include "zonepicker.h"

#include "accessibility.h"

#include "time/zonecatalogue.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace Chorus::Ui {

namespace {
constexpr int ZoneIdRole = Qt::UserRole + 1;
}

ZonePicker::ZonePicker(const Time::ZoneCatalogue &catalogue, QWidget *parent)
    : QComboBox(parent)
    , m_catalogue(catalogue)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    setMinimumContentsLength(24);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    lineEdit()->setPlaceholderText(tr("City, country or zone"));
    lineEdit()->setClearButtonEnabled(true);
    setAccessibleName(tr("Time zone"));
    // The text field inside is what a screen reader lands on while typing.
    lineEdit()->setAccessibleName(tr("Time zone"));
    nameClearButton(lineEdit(), tr("Clear the zone"));
    setToolTip(tr("Type a city, a country or a zone id, then pick a zone"));

    // The completer shows catalogue search results, refreshed as the user types.
    auto *completer = new QCompleter(this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setModel(new QStandardItemModel(completer));
    setCompleter(completer);

    connect(lineEdit(), &QLineEdit::textEdited, this, &ZonePicker::refill);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                setZone(index.data(ZoneIdRole).toByteArray());
                Q_EMIT zoneChosen(m_zone);
            });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &ZonePicker::commitText);

    // The drop-down itself lists every zone, so the picker also works by mouse.
    for (const Time::Zone &zone : m_catalogue.zones())
        addItem(zone.city + u" — "_s + QString::fromLatin1(zone.id), zone.id);
    connect(this, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        setZone(itemData(index).toByteArray());
        Q_EMIT zoneChosen(m_zone);
    });
}

QByteArray ZonePicker::zone() const
{
    return m_zone;
}

void ZonePicker::setZone(const QByteArray &zone)
{
    const auto resolved = m_catalogue.resolve(QString::fromLatin1(zone));
    if (!resolved)
        return;
    m_zone = resolved->id;
    const QSignalBlocker blocker(this);
    const int index = findData(m_zone);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(QString::fromLatin1(m_zone));
}

void ZonePicker::refill(const QString &query)
{
    auto *model = static_cast<QStandardItemModel *>(completer()->model());
    model->clear();
    for (const Time::Zone *zone : m_catalogue.search(query, 12)) {
        auto *item = new QStandardItem(zone->city + u", "_s + zone->countryName + u" ("_s
                                       + QString::fromLatin1(zone->id) + u')');
        item->setData(zone->id, ZoneIdRole);
        model->appendRow(item);
    }
}

void ZonePicker::commitText()
{
    // Enter on typed text takes the best match; text naming nothing restores
    // the current zone rather than leaving a half-typed value behind.
    const QString text = currentText();
    if (const auto exact = m_catalogue.resolve(text.section(u" — "_s, -1))) {
        if (exact->id != m_zone) {
            setZone(exact->id);
            Q_EMIT zoneChosen(m_zone);
        }
        return;
    }
    const auto matches = m_catalogue.search(text, 1);
    if (!matches.empty() && matches.front()->id != m_zone) {
        setZone(matches.front()->id);
        Q_EMIT zoneChosen(m_zone);
        return;
    }
    setZone(m_zone);
}

} // namespace Chorus::Ui
