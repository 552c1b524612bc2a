#include "pulsechart.h"

#include "localeformat.h"

#include <QEvent>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chorus::Ui {

namespace {

// Series colours that read on light and dark palettes alike: Mastodon's
// purple, Bluesky's blue, check-ins in the check-in chart's green.
const QColor mastodonColour(0x8c, 0x6c, 0xe4);
const QColor blueskyColour(0x1e, 0x8c, 0xf0);
const QColor checkinColour(0x2e, 0x9d, 0x5b);

} // namespace

PulseChart::PulseChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Posts per minute"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize PulseChart::sizeHint() const
{
    return {560, 260};
}

QSize PulseChart::minimumSizeHint() const
{
    return {240, 150};
}

void PulseChart::setPulse(const QList<Social::PulseMinute> &minutes,
                          const Social::PulseColumns &columns, qint64 hourFrom, qint64 hourTo)
{
    m_minutes = minutes;
    m_columns = columns;
    m_hourFrom = hourFrom;
    m_hourTo = hourTo;
    relayout();
    update();
}

void PulseChart::setDisplayZone(const QByteArray &zone)
{
    m_zone = zone;
    relayout();
    update();
}

void PulseChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void PulseChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        relayout();
}

void PulseChart::relayout()
{
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    const double left = metrics.horizontalAdvance(u"000000"_s) + 8;
    m_plot = QRectF(left, line * 1.8, std::max(10.0, width() - left - 10.0),
                    std::max(10.0, height() - line * 1.8 - line * 1.6));
    m_bars.clear();
    m_line.clear();
    m_hour = QRectF();
    m_maximum = 0;
    m_firstLabel.clear();
    m_lastLabel.clear();
    if (m_minutes.isEmpty())
        return;
    for (const auto &minute : m_minutes)
        m_maximum
            = std::max({m_maximum, minute.posts(), m_columns.checkins ? minute.checkinsPosted : 0});
    const double slot = m_plot.width() / double(m_minutes.size());
    const double barWidth = std::max(1.0, slot * 0.8);
    const double scale = m_plot.height() / double(std::max<qint64>(m_maximum, 1));
    const qint64 first = m_minutes.front().minute;
    for (qsizetype i = 0; i < m_minutes.size(); ++i) {
        const auto &minute = m_minutes.at(i);
        const double x = m_plot.left() + slot * double(i) + (slot - barWidth) / 2;
        const double mastodonHeight = double(minute.mastodon) * scale;
        const double blueskyHeight = double(minute.bluesky) * scale;
        Bar bar;
        bar.mastodon = QRectF(x, m_plot.bottom() - mastodonHeight, barWidth, mastodonHeight);
        bar.bluesky = QRectF(x, bar.mastodon.top() - blueskyHeight, barWidth, blueskyHeight);
        m_bars.append(bar);
        if (m_columns.checkins)
            m_line.append(QPointF(m_plot.left() + slot * (double(i) + 0.5),
                                  m_plot.bottom() - double(minute.checkinsPosted) * scale));
    }
    const qint64 from = std::max(m_hourFrom, first);
    const qint64 to = std::min(m_hourTo, first + m_minutes.size());
    if (from < to)
        m_hour = QRectF(m_plot.left() + slot * double(from - first), m_plot.top(),
                        slot * double(to - from), m_plot.height());
    const QTimeZone zone(m_zone);
    const auto at = [&](qint64 minute) {
        return QDateTime::fromSecsSinceEpoch(minute * 60, Qt::UTC).toTimeZone(zone);
    };
    m_firstLabel = shortDateTime(at(first));
    const QDateTime last = at(m_minutes.back().minute);
    m_lastLabel = last.date() == at(first).date() ? shortTime(last.time()) : shortDateTime(last);
}

void PulseChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(painter, {});
}

QImage PulseChart::render(const QSize &size, const QString &caption)
{
    const QSize old = this->size();
    const QFontMetrics metrics(font());
    // Room above for the caption line.
    resize(size.width(), size.height() - metrics.height() * 2);
    relayout();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(12, 4, size.width() - 24, metrics.height() * 2),
                         Qt::AlignLeft | Qt::AlignVCenter, caption);
        painter.translate(0, metrics.height() * 2);
        paint(painter, caption);
    }
    resize(old);
    relayout();
    return image;
}

void PulseChart::paint(QPainter &painter, const QString &) const
{
    const QPalette pal = palette();
    const QFontMetrics metrics(font());
    painter.fillRect(QRectF(0, 0, width(), height()), pal.color(QPalette::Base));

    // Legend: each series asked; X plainly unreadable rather than a zero.
    double x = m_plot.left();
    const double legendY = metrics.height() * 0.3;
    QList<std::pair<QColor, QString>> legend;
    if (m_columns.mastodon)
        legend.append({mastodonColour, tr("Mastodon")});
    if (m_columns.bluesky)
        legend.append({blueskyColour, tr("Bluesky")});
    if (m_columns.checkins)
        legend.append({checkinColour, tr("posted check-ins")});
    for (const auto &[colour, name] : legend) {
        painter.fillRect(QRectF(x, legendY + 3, 10, 10), colour);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QPointF(x + 14, legendY + metrics.ascent()), name);
        x += 14 + metrics.horizontalAdvance(name) + 16;
    }
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(QRectF(x, legendY, std::max(0.0, m_plot.right() - x), metrics.height()),
                     Qt::AlignRight | Qt::AlignTop, tr("X: not readable without X's paid API"));

    // The campaign's hour, shaded behind the bars.
    if (!m_hour.isEmpty()) {
        QColor shade = pal.color(QPalette::Highlight);
        shade.setAlphaF(0.12);
        painter.fillRect(m_hour, shade);
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(m_plot.bottomLeft(), m_plot.bottomRight());
    painter.drawLine(m_plot.bottomLeft(), m_plot.topLeft());
    if (m_minutes.isEmpty() || m_maximum == 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(m_plot, Qt::AlignCenter | Qt::TextWordWrap,
                         m_minutes.isEmpty() ? tr("The pulse has not been read yet.")
                                             : tr("No posts with the hashtag yet."));
        return;
    }
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(
        QRectF(0, m_plot.top() - metrics.height() / 2.0, m_plot.left() - 6, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(m_maximum));
    painter.drawText(
        QRectF(0, m_plot.bottom() - metrics.height() / 2.0, m_plot.left() - 6, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(0));
    for (const Bar &bar : m_bars) {
        painter.fillRect(bar.mastodon, mastodonColour);
        painter.fillRect(bar.bluesky, blueskyColour);
    }
    if (m_line.size() > 1) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(checkinColour, 2));
        painter.drawPolyline(m_line.constData(), int(m_line.size()));
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
    painter.setPen(pal.color(QPalette::Text));
    const QRectF timeRow(m_plot.left(), m_plot.bottom() + 4, m_plot.width(), metrics.height());
    painter.drawText(timeRow, Qt::AlignLeft | Qt::AlignTop, m_firstLabel);
    if (metrics.horizontalAdvance(m_firstLabel) + metrics.horizontalAdvance(m_lastLabel) + 12
        < timeRow.width())
        painter.drawText(timeRow, Qt::AlignRight | Qt::AlignTop, m_lastLabel);
}

} // namespace Chorus::Ui
