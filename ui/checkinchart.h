#pragma once

#include "checkin/dashboard.h"

#include <QWidget>

class QTimeZone;

namespace Chorus::Ui {

/// "Check-ins over time": stacked bars of joins, "ready" and "posted"
/// check-ins per time bucket (the bucket width follows the span and the
/// widget's width; see Checkin::bucketActivity). The buckets and the bars'
/// rectangles are computed when the data or the size change; paintEvent only
/// draws them. Its accessible description says what the bars show in words.
class CheckinChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckinChart)

public:
    explicit CheckinChart(QWidget *parent = nullptr);

    void setActivity(const QList<Checkin::ActivityMinute> &activity);
    /// Time labels are in this zone (the viewer's).
    void setDisplayZone(const QByteArray &zone);

    [[nodiscard]] const QList<Checkin::ActivityBucket> &buckets() const { return m_buckets; }
    /// The tallest bar's total, the top of the scale.
    [[nodiscard]] qint64 scaleMaximum() const { return m_maximum; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Bar
    {
        QRectF joined, ready, posted;
    };
    void relayout();
    void describe(const QTimeZone &zone);

    QList<Checkin::ActivityMinute> m_activity;
    QList<Checkin::ActivityBucket> m_buckets;
    QList<Bar> m_bars;
    QByteArray m_zone = "UTC";
    qint64 m_maximum = 0;
    QRectF m_plot;
    QString m_firstLabel, m_lastLabel, m_widthLabel;
};

} // namespace Chorus::Ui
