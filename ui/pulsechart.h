#pragma once

#include "social/pulse.h"

#include <QWidget>

namespace Chorus::Ui {

/// The pulse, live: posts carrying the hashtag per minute, stacked by
/// platform (so a bar's height is the total), the posted check-ins as a line
/// over them, and the campaign's hour shaded. Geometry is computed when the
/// data or the size change (relayout()); paintEvent only draws it, in the
/// palette's colours so dark mode reads as well as light.
class PulseChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PulseChart)

public:
    explicit PulseChart(QWidget *parent = nullptr);

    /// The minutes to draw (the range, oldest first), which series were
    /// asked, and the campaign's window to shade (minutes since the epoch).
    void setPulse(const QList<Social::PulseMinute> &minutes, const Social::PulseColumns &columns,
                  qint64 hourFrom, qint64 hourTo);
    /// Time labels are in this zone (the viewer's).
    void setDisplayZone(const QByteArray &zone);

    [[nodiscard]] qint64 scaleMaximum() const { return m_maximum; }
    [[nodiscard]] const QList<Social::PulseMinute> &minutes() const { return m_minutes; }
    /// The shaded rectangle of the campaign's hour (empty when outside the range).
    [[nodiscard]] QRectF hourRect() const { return m_hour; }
    /// The check-in line's points, one per minute (empty when not asked).
    [[nodiscard]] const QList<QPointF> &checkinLine() const { return m_line; }

    /// The chart drawn into an image of `size` (the report's PNG).
    [[nodiscard]] QImage render(const QSize &size, const QString &caption);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Bar
    {
        QRectF mastodon, bluesky;
    };
    void relayout();
    void paint(QPainter &painter, const QString &caption) const;

    QList<Social::PulseMinute> m_minutes;
    Social::PulseColumns m_columns;
    qint64 m_hourFrom = 0;
    qint64 m_hourTo = 0;
    QByteArray m_zone = "UTC";
    qint64 m_maximum = 0;
    QRectF m_plot;
    QRectF m_hour;
    QList<Bar> m_bars;
    QList<QPointF> m_line;
    QString m_firstLabel, m_lastLabel;
};

} // namespace Chorus::Ui
