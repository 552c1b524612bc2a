#include "timelineview.h"

#include "accessibility.h"
#include "localeformat.h"

#include <QAccessible>
#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono;
using Chorus::Time::DayPart;

namespace Chorus::Ui {

namespace {

// Day-part colours, light and dark variants; the dark ones keep text legible
// on a dark palette.
QColor partColour(DayPart part, bool dark)
{
    switch (part) {
    case DayPart::Night: return dark ? QColor(0x1d, 0x24, 0x3b) : QColor(0x3a, 0x47, 0x6e);
    case DayPart::Morning: return dark ? QColor(0x5e, 0x5a, 0x2e) : QColor(0xfd, 0xf1, 0xb8);
    case DayPart::Day: return dark ? QColor(0x3f, 0x5e, 0x45) : QColor(0xe3, 0xf4, 0xe1);
    case DayPart::Evening: return dark ? QColor(0x6b, 0x43, 0x2a) : QColor(0xfb, 0xd3, 0xa9);
    }
    return {};
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// A day with its weekday, as the translator writes it ("Fri 6 Dec", "12月6日(金)").
QString dayPattern()
{
    return TimelineView::tr("ddd d MMM", "QDate::toString pattern of a day on a zone row");
}

QString offsetLabel(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    QString text = (seconds < 0 ? u"−"_s : u"+"_s) + QString::number(minutes / 60);
    if (minutes % 60)
        text += u':' + u"%1"_s.arg(minutes % 60, 2, 10, QChar(u'0'));
    return text;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    // Before anything (setAccessibleName below) makes Qt cache a plain interface.
    installAccessibleInterfaces();
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline of the campaign hour across zones"));
    setAccessibleDescription(tr("Left and right arrows move the campaign window by 15 minutes"));
}

void TimelineView::setGrid(Time::DayGrid grid)
{
    m_grid = std::move(grid);
    m_standings.clear(); // they were the old rows'; the page sets the new ones
    updateGeometry();
    invalidateCache();
}

void TimelineView::setBand(Time::Instant start, minutes duration)
{
    if (start == m_bandStart && duration == m_bandDuration)
        return;
    const QRect before = bandRect();
    m_bandStart = start;
    m_bandDuration = duration;
    update(before.united(bandRect()).adjusted(-4, 0, 4, 0));
    announceBand();
}

void TimelineView::announceBand()
{
    // The band is the value; every row's text reads the band on its clock.
    QAccessibleValueChangeEvent value(this, bandOffsetMinutes());
    announce(value);
    for (int row = 0; row < int(m_grid.rows.size()); ++row) {
        QAccessibleEvent name(this, QAccessible::NameChanged);
        name.setChild(row);
        announce(name);
    }
}

void TimelineView::announce(QAccessibleEvent &event)
{
    QAccessible::updateAccessibility(&event);
    Q_EMIT announced(event.type(), event.child());
}

void TimelineView::setStandings(std::vector<Plan::Standing> standings)
{
    if (standings == m_standings)
        return;
    const std::vector<Plan::Standing> before = std::exchange(m_standings, std::move(standings));
    for (int row = 0; row < int(m_grid.rows.size()); ++row) {
        const auto index = std::size_t(row);
        const bool changed = index >= before.size() || index >= m_standings.size()
            || before[index] != m_standings[index];
        if (!changed)
            continue;
        QAccessibleEvent name(this, QAccessible::NameChanged);
        name.setChild(row);
        announce(name);
    }
}

int TimelineView::bandOffsetMinutes() const
{
    return int(duration_cast<minutes>(m_bandStart - m_grid.from).count());
}

int TimelineView::maximumBandOffsetMinutes() const
{
    return std::max(0, int((hours {m_grid.hours} - m_bandDuration).count()));
}

void TimelineView::moveBandToOffset(int offset)
{
    const Time::Instant before = m_bandStart;
    moveBandTo(m_grid.from + minutes {offset});
    if (m_bandStart != before)
        Q_EMIT bandMoved(m_bandStart);
}

QRect TimelineView::rowRect(int row) const
{
    if (row < 0 || row >= int(m_grid.rows.size()))
        return {};
    return QRect(0, m_headerHeight + row * m_rowHeight, width(), m_rowHeight);
}

QSize TimelineView::sizeHint() const
{
    return {m_labelWidth + int(m_grid.hours * 24), m_headerHeight + int(m_grid.rows.size()) * m_rowHeight + 2};
}

QSize TimelineView::minimumSizeHint() const
{
    return {m_labelWidth + 24 * 8, m_headerHeight + m_rowHeight * 2};
}

double TimelineView::xOf(Time::Instant instant) const
{
    const double hoursIn = double((instant - m_grid.from).count()) / 3600.0;
    return m_labelWidth + hoursIn * m_hourWidth;
}

Time::Instant TimelineView::instantAt(double x) const
{
    const double hoursIn = (x - m_labelWidth) / std::max(1.0, m_hourWidth);
    return m_grid.from + seconds{llround(hoursIn * 3600.0)};
}

QRect TimelineView::bandRect() const
{
    const double left = xOf(m_bandStart);
    const double right = xOf(m_bandStart + m_bandDuration);
    return QRect(QPoint(int(std::floor(left)), 0), QPoint(int(std::ceil(right)), height() - 1));
}

int TimelineView::rowAt(int y) const
{
    if (y < m_headerHeight)
        return -1;
    const int row = (y - m_headerHeight) / m_rowHeight;
    return row < int(m_grid.rows.size()) ? row : -1;
}

void TimelineView::invalidateCache()
{
    m_cacheValid = false;
    update();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const QFontMetrics metrics(font());
    m_rowHeight = metrics.height() + 10;
    m_headerHeight = metrics.height() + 12;
    m_labelWidth = std::clamp(metrics.horizontalAdvance(u"Ho Chi Minh City  +10:30"_s), 120, width() / 3);
    m_hourWidth = m_grid.hours > 0 ? double(width() - m_labelWidth) / m_grid.hours : 24.0;
    invalidateCache();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        invalidateCache();
    QWidget::changeEvent(event);
}

void TimelineView::renderCache()
{
    const qreal ratio = devicePixelRatioF();
    m_cache = QPixmap(size() * ratio);
    m_cache.setDevicePixelRatio(ratio);
    const bool dark = isDark(palette());
    QPainter p(&m_cache);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics metrics(font());
    const QColor text = palette().color(QPalette::Text);
    const QColor grid = palette().color(QPalette::Mid);
    const QLocale locale;

    // Header: the date where the UTC day changes, then UTC hours every
    // 1, 2, 3, 6 or 12 hours, as many as fit without touching a date.
    p.setPen(text);
    std::vector<std::pair<double, double>> dateSpans;
    for (int c = 0; c < m_grid.hours; ++c) {
        const QDateTime utc = Time::toQDateTime(m_grid.columnStart(c));
        if (c != 0 && utc.time().hour() != 0)
            continue;
        const QString label = locale.toString(
            utc.date(), tr("d MMM", "QDate::toString pattern of the timeline's date marks"));
        const double x = m_labelWidth + c * m_hourWidth;
        p.drawText(QRectF(x + 2, 0, metrics.horizontalAdvance(label) + 4, m_headerHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, label);
        dateSpans.emplace_back(x, x + metrics.horizontalAdvance(label) + 8);
    }
    const double hourLabel = metrics.horizontalAdvance(u"00"_s) + 6;
    int step = 24;
    for (const int candidate : {1, 2, 3, 6, 12}) {
        if (candidate * m_hourWidth >= hourLabel) {
            step = candidate;
            break;
        }
    }
    for (int c = 0; c < m_grid.hours; ++c) {
        const int hour = Time::toQDateTime(m_grid.columnStart(c)).time().hour();
        if (hour == 0 || hour % step != 0)
            continue;
        const double x = m_labelWidth + c * m_hourWidth;
        const bool clashes = std::any_of(dateSpans.cbegin(), dateSpans.cend(), [&](const auto &span) {
            return x < span.second && x + hourLabel > span.first;
        });
        if (!clashes && x + hourLabel <= width())
            p.drawText(QRectF(x + 2, 0, hourLabel, m_headerHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       QString::number(hour));
    }
    p.drawText(QRect(4, 0, m_labelWidth - 8, m_headerHeight), Qt::AlignLeft | Qt::AlignVCenter,
               tr("UTC"));

    for (std::size_t r = 0; r < m_grid.rows.size(); ++r) {
        const Time::GridRow &row = m_grid.rows[r];
        const int y = m_headerHeight + int(r) * m_rowHeight;
        // Zone label and current offset.
        p.setPen(text);
        const QString offset = offsetLabel(row.offsetAtStart);
        p.drawText(QRect(6, y, m_labelWidth - 12, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(row.city, Qt::ElideRight,
                                      m_labelWidth - 18 - metrics.horizontalAdvance(offset)));
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(6, y, m_labelWidth - 12, m_rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                   offset);
        // Cells.
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            const Time::GridCell &cell = row.cells[c];
            const QRectF box(m_labelWidth + double(c) * m_hourWidth, y + 1, m_hourWidth, m_rowHeight - 2);
            p.fillRect(box, partColour(cell.part, dark));
            if (m_hourWidth >= metrics.horizontalAdvance(u"23:30"_s) + 4) {
                p.setPen(cell.part == DayPart::Night ? QColor(0xe8, 0xea, 0xf2) : QColor(0x20, 0x20, 0x20));
                const int h = cell.localMinuteOfDay / 60;
                const int m = cell.localMinuteOfDay % 60;
                p.drawText(box, Qt::AlignCenter,
                           m ? u"%1:%2"_s.arg(h).arg(m, 2, 10, QChar(u'0')) : QString::number(h));
            }
        }
        // Local date changes: a solid line; DST changes: a dashed one.
        p.setPen(QPen(text, 1.5));
        for (const Time::Instant midnight : row.midnights)
            p.drawLine(QPointF(xOf(midnight), y + 1), QPointF(xOf(midnight), y + m_rowHeight - 1));
        p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        for (const Time::Instant change : row.offsetChanges)
            p.drawLine(QPointF(xOf(change), y), QPointF(xOf(change), y + m_rowHeight));
        p.setPen(grid);
        p.drawLine(0, y + m_rowHeight - 1, width(), y + m_rowHeight - 1);
    }
    m_cacheValid = true;
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    if (!m_cacheValid || m_cache.size() != size() * devicePixelRatioF())
        renderCache();
    QPainter p(this);
    const QRect dirty = event->rect();
    p.drawPixmap(dirty, m_cache, QRectF(QPointF(dirty.topLeft()) * m_cache.devicePixelRatio(),
                                         QSizeF(dirty.size()) * m_cache.devicePixelRatio()));
    if (m_grid.hours == 0)
        return;
    // The campaign band: translucent highlight with solid edges.
    const QRect band = bandRect();
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(70);
    p.fillRect(band.adjusted(0, m_headerHeight, 0, 0), fill);
    QPen edge(palette().color(QPalette::Highlight), 2);
    p.setPen(edge);
    p.drawLine(band.left(), 0, band.left(), height());
    p.drawLine(band.right(), 0, band.right(), height());
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(band.adjusted(2, 2, -2, -2));
    }
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_grid.hours == 0)
        return QWidget::mousePressEvent(event);
    const QRect band = bandRect();
    const double x = event->position().x();
    if (x >= band.left() - 4 && x <= band.right() + 4) {
        m_dragOffsetX = x - xOf(m_bandStart);
    } else if (x > m_labelWidth) {
        // A click elsewhere centres the band there.
        m_dragOffsetX = xOf(m_bandStart + m_bandDuration) - xOf(m_bandStart);
        m_dragOffsetX /= 2;
        moveBandTo(instantAt(x - m_dragOffsetX));
    } else {
        return;
    }
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        const double x = event->position().x();
        const QRect band = bandRect();
        setCursor(x >= band.left() - 4 && x <= band.right() + 4 ? Qt::OpenHandCursor : Qt::ArrowCursor);
        return;
    }
    moveBandTo(instantAt(event->position().x() - m_dragOffsetX));
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
    Q_EMIT bandMoved(m_bandStart);
}

void TimelineView::moveBandTo(Time::Instant start)
{
    // Snap to 15 minutes and keep the band inside the grid.
    const auto offset = round<minutes>(start - m_grid.from);
    auto snapped = (offset / snap) * snap;
    if (offset - snapped >= snap / 2)
        snapped += snap;
    const auto latest = hours{m_grid.hours} - m_bandDuration;
    snapped = std::clamp<minutes>(snapped, minutes{0}, std::max(minutes{0}, duration_cast<minutes>(latest)));
    const Time::Instant snappedStart = m_grid.from + snapped;
    if (snappedStart == m_bandStart)
        return;
    setBand(snappedStart, m_bandDuration);
    Q_EMIT bandDragged(m_bandStart);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const Time::Instant before = m_bandStart;
    switch (event->key()) {
    case Qt::Key_Left: moveBandTo(m_bandStart - (event->modifiers() & Qt::ShiftModifier ? hours{1} : snap)); break;
    case Qt::Key_Right: moveBandTo(m_bandStart + (event->modifiers() & Qt::ShiftModifier ? hours{1} : snap)); break;
    default: return QWidget::keyPressEvent(event);
    }
    if (m_bandStart != before)
        Q_EMIT bandMoved(m_bandStart);
}

QString TimelineView::describeRow(int index) const
{
    if (index < 0 || index >= int(m_grid.rows.size()))
        return {};
    const Time::GridRow &row = m_grid.rows[std::size_t(index)];
    const Time::Instant end = m_bandStart + m_bandDuration;
    const auto wall = [&row](Time::Instant t) {
        return Time::toQDateTime(t).toOffsetFromUtc(row.offsetAt(t));
    };
    const QLocale locale;
    const QDateTime start = wall(m_bandStart);
    const QDateTime finish = wall(end);
    return tr("%1: %2 %3–%4 (%5)")
        .arg(row.city, locale.toString(start.date(), dayPattern()),
             shortTime(start.time(), locale),
             shortTime(finish.time(), locale),
             Time::formatOffset(row.offsetAt(m_bandStart)));
}

QString TimelineView::accessibleRowText(int index) const
{
    if (index < 0 || index >= int(m_grid.rows.size()))
        return {};
    const Time::GridRow &row = m_grid.rows[std::size_t(index)];
    // The row's own offsets, not a time zone: this runs on every band move.
    const auto wall = [&row](Time::Instant t) {
        return Time::toQDateTime(t).toOffsetFromUtc(row.offsetAt(t)).time();
    };
    const QLocale locale;
    const QString from = shortTime(wall(m_bandStart), locale);
    const QString to = shortTime(wall(m_bandStart + m_bandDuration), locale);
    if (std::size_t(index) >= m_standings.size())
        return tr("%1, %2 to %3", "a zone row for screen readers: city, local start, local end")
            .arg(row.city, from, to);
    QString standing;
    switch (m_standings[std::size_t(index)]) {
    case Plan::Standing::Comfortable:
        standing = tr("comfortable");
        break;
    case Plan::Standing::Asleep:
        standing = tr("asleep");
        break;
    case Plan::Standing::AtWork:
        standing = tr("at work");
        break;
    case Plan::Standing::OutOfHours:
        standing = tr("out of hours");
        break;
    }
    return tr("%1, %2 to %3, %4",
              "a zone row for screen readers: city, local start, local end, standing")
        .arg(row.city, from, to, standing);
}

QString TimelineView::bandText() const
{
    if (m_grid.hours == 0)
        return {};
    const QLocale locale;
    const QDateTime start = Time::toQDateTime(m_bandStart);
    const QDateTime end = Time::toQDateTime(m_bandStart + m_bandDuration);
    return tr("%1 %2 to %3 UTC", "the campaign window for screen readers: date, start, end")
        .arg(locale.toString(start.date(), dayPattern()), shortTime(start.time(), locale),
             shortTime(end.time(), locale));
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describeRow(rowAt(help->pos().y()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Chorus::Ui
