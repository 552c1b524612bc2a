#include "checkinchart.h"

#include "accessibility.h"
#include "localeformat.h"

#include <QEvent>
#include <QPainter>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chorus::Ui {

namespace {

// Series colours that read on light and dark palettes alike.
const QColor joinedColour(0x8e, 0x9a, 0xaf);
const QColor readyColour(0xf2, 0xa5, 0x3a);
const QColor postedColour(0x2e, 0x9d, 0x5b);

} // namespace

CheckinChart::CheckinChart(QWidget *parent)
    : QWidget(parent)
{
    installAccessibleInterfaces(); // before setAccessibleName caches a plain interface
    setAccessibleName(tr("Check-ins over time"));
    setAccessibleDescription(tr("No joins or check-ins yet."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize CheckinChart::sizeHint() const
{
    return {420, 220};
}

QSize CheckinChart::minimumSizeHint() const
{
    return {220, 140};
}

void CheckinChart::setActivity(const QList<Checkin::ActivityMinute> &activity)
{
    if (activity == m_activity)
        return;
    m_activity = activity;
    relayout();
    update();
}

void CheckinChart::setDisplayZone(const QByteArray &zone)
{
    m_zone = zone;
    relayout();
    update();
}

void CheckinChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void CheckinChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        relayout();
}

void CheckinChart::relayout()
{
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    const double left = metrics.horizontalAdvance(u"00000"_s) + 8;
    // Legend on top, time labels below.
    m_plot = QRectF(left, line * 1.8, std::max(10.0, width() - left - 8.0),
                    std::max(10.0, height() - line * 1.8 - line * 1.6));
    // About 8 px per bar, never more than 120 bars.
    const int maxBuckets = std::clamp(int(m_plot.width() / 8), 1, 120);
    m_buckets = Checkin::bucketActivity(m_activity, maxBuckets);
    m_maximum = 0;
    for (const auto &bucket : m_buckets)
        m_maximum = std::max(m_maximum, bucket.joined + bucket.ready + bucket.posted);
    m_bars.clear();
    m_firstLabel.clear();
    m_lastLabel.clear();
    m_widthLabel.clear();
    if (m_buckets.isEmpty()) {
        describe(QTimeZone(m_zone));
        return;
    }
    // Few buckets stay slim bars from the left rather than one wall of colour.
    const double slot = std::min(m_plot.width() / double(m_buckets.size()), 24.0);
    const double barWidth = std::max(1.0, slot * 0.8);
    const double scale = m_plot.height() / double(std::max<qint64>(m_maximum, 1));
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        const auto &bucket = m_buckets.at(i);
        const double x = m_plot.left() + slot * double(i) + (slot - barWidth) / 2;
        double bottom = m_plot.bottom();
        Bar bar;
        auto stack = [&](qint64 value) {
            const double h = double(value) * scale;
            const QRectF rect(x, bottom - h, barWidth, h);
            bottom -= h;
            return rect;
        };
        bar.posted = stack(bucket.posted);
        bar.ready = stack(bucket.ready);
        bar.joined = stack(bucket.joined);
        m_bars.append(bar);
    }
    const QTimeZone zone(m_zone);
    m_firstLabel = shortDateTime(m_buckets.front().start.toTimeZone(zone));
    const QDateTime lastStart = m_buckets.back().start.toTimeZone(zone);
    m_lastLabel = lastStart.date() == m_buckets.front().start.toTimeZone(zone).date()
        ? shortTime(lastStart.time())
        : shortDateTime(lastStart);
    const qint64 minutes
        = m_buckets.size() > 1 ? m_buckets.at(0).start.secsTo(m_buckets.at(1).start) / 60 : 1;
    m_widthLabel = minutes < 60 ? tr("per %n minute(s)", nullptr, int(minutes))
                                : tr("per %n hour(s)", nullptr, int(minutes / 60));
    describe(zone);
}

void CheckinChart::describe(const QTimeZone &zone)
{
    // What the bars show, in words, for a screen reader: the totals, the span
    // and the tallest bar.
    QString summary = tr("No joins or check-ins yet.");
    if (!m_buckets.isEmpty()) {
        qint64 joined = 0, ready = 0, posted = 0;
        const Checkin::ActivityBucket *tallest = &m_buckets.front();
        for (const auto &bucket : m_buckets) {
            joined += bucket.joined;
            ready += bucket.ready;
            posted += bucket.posted;
            if (bucket.joined + bucket.ready + bucket.posted
                > tallest->joined + tallest->ready + tallest->posted)
                tallest = &bucket;
        }
        summary = tr("Check-ins from %1 to %2 (a bar %3): %4 joined, %5 ready, %6 posted. "
                     "The tallest bar, at %7, has %8.")
                      .arg(m_firstLabel, m_lastLabel, m_widthLabel)
                      .arg(joined)
                      .arg(ready)
                      .arg(posted)
                      .arg(shortTime(tallest->start.toTimeZone(zone).time()))
                      .arg(m_maximum);
    }
    if (summary != accessibleDescription())
        setAccessibleDescription(summary);
}

void CheckinChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const QFontMetrics metrics(font());
    painter.fillRect(rect(), pal.color(QPalette::Base));

    // Legend.
    double x = m_plot.left();
    const double legendY = metrics.height() * 0.3;
    const std::pair<QColor, QString> legend[]
        = {{joinedColour, tr("joined")}, {readyColour, tr("ready")}, {postedColour, tr("posted")}};
    for (const auto &[colour, name] : legend) {
        painter.fillRect(QRectF(x, legendY + 3, 10, 10), colour);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QPointF(x + 14, legendY + metrics.ascent()), name);
        x += 14 + metrics.horizontalAdvance(name) + 16;
    }
    if (!m_widthLabel.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRectF(x, legendY, m_plot.right() - x, metrics.height()),
                         Qt::AlignRight | Qt::AlignTop, m_widthLabel);
    }

    // Axes.
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(m_plot.bottomLeft(), m_plot.bottomRight());
    painter.drawLine(m_plot.bottomLeft(), m_plot.topLeft());
    if (m_buckets.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(m_plot, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No joins or check-ins yet."));
        return;
    }
    painter.setPen(pal.color(QPalette::Text));
    const QRectF yLabels(0, m_plot.top() - metrics.height() / 2.0, m_plot.left() - 6,
                         metrics.height());
    painter.drawText(yLabels, Qt::AlignRight | Qt::AlignVCenter, QString::number(m_maximum));
    painter.drawText(
        QRectF(0, m_plot.bottom() - metrics.height() / 2.0, m_plot.left() - 6, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, u"0"_s);

    for (const Bar &bar : m_bars) {
        painter.fillRect(bar.posted, postedColour);
        painter.fillRect(bar.ready, readyColour);
        painter.fillRect(bar.joined, joinedColour);
    }

    // The first and the last bucket's start, under their bars.
    const double lastRight = m_bars.back().posted.right();
    const QRectF timeRow(m_plot.left(), m_plot.bottom() + 4,
                         std::max(lastRight, m_plot.left()) - m_plot.left(), metrics.height());
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRectF(m_plot.left(), timeRow.top(), m_plot.width(), timeRow.height()),
                     Qt::AlignLeft | Qt::AlignTop, m_firstLabel);
    if (m_buckets.size() > 1
        && metrics.horizontalAdvance(m_firstLabel) + metrics.horizontalAdvance(m_lastLabel) + 12
            < timeRow.width())
        painter.drawText(timeRow, Qt::AlignRight | Qt::AlignTop, m_lastLabel);
}

} // namespace Chorus::Ui
