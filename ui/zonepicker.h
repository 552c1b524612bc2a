#pragma once

#include <QComboBox>

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Ui {

/// An editable combo box for choosing a time zone by typing a city, country
/// or zone id ("manila", "brazil", "Asia/Kolkata"); the popup lists the
/// catalogue's best matches with their current UTC offset.
class ZonePicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZonePicker)

public:
    explicit ZonePicker(const Time::ZoneCatalogue &catalogue, QWidget *parent = nullptr);

    /// The chosen zone id, or empty when the text names no zone.
    [[nodiscard]] QByteArray zone() const;
    void setZone(const QByteArray &zone);

Q_SIGNALS:
    void zoneChosen(const QByteArray &zone);

private:
    void refill(const QString &query);
    void commitText();

    const Time::ZoneCatalogue &m_catalogue;
    QByteArray m_zone;
};

} // namespace Chorus::Ui
