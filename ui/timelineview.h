#pragma once

#include "time/daygrid.h"

#include <QPixmap>
#include <QWidget>

namespace Chorus::Ui {

/// The Plan page's timeline: one row per zone, hours across, cells coloured
/// by the part of the local day, local date changes and DST changes marked,
/// and the campaign window as a band the user drags (snapping to 15 minutes)
/// or moves with the arrow keys.
///
/// It paints from a DayGrid built in core and a cached pixmap of the grid, so
/// dragging repaints only the band's old and new strips and never asks a
/// time zone anything.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setGrid(Time::DayGrid grid);
    [[nodiscard]] const Time::DayGrid &grid() const { return m_grid; }
    void setBand(Time::Instant start, std::chrono::minutes duration);
    [[nodiscard]] Time::Instant bandStart() const { return m_bandStart; }

    /// The band's step when dragged or moved by keys.
    static constexpr std::chrono::minutes snap{15};

    /// What the tooltip says for a row: "Manila: Fri 6 Dec 01:00–02:00 (+08:00)".
    [[nodiscard]] QString describeRow(int row) const;

    /// Where `instant` lies across the widget, in pixels (for tests and overlays).
    [[nodiscard]] double xForInstant(Time::Instant instant) const { return xOf(instant); }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// While dragging, each time the band moves to a new snapped start.
    void bandDragged(Chorus::Time::Instant start);
    /// When a drag ends, or a key moves the band: the new start to commit.
    void bandMoved(Chorus::Time::Instant start);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    [[nodiscard]] double xOf(Time::Instant instant) const;
    [[nodiscard]] Time::Instant instantAt(double x) const;
    [[nodiscard]] QRect bandRect() const;
    [[nodiscard]] int rowAt(int y) const;
    void moveBandTo(Time::Instant start);
    void invalidateCache();
    void renderCache();

    Time::DayGrid m_grid;
    Time::Instant m_bandStart;
    std::chrono::minutes m_bandDuration{60};
    // Geometry, recomputed on resize and on a new grid.
    int m_labelWidth = 150;
    int m_headerHeight = 28;
    int m_rowHeight = 26;
    double m_hourWidth = 24.0;
    QPixmap m_cache;
    bool m_cacheValid = false;
    // Dragging state.
    bool m_dragging = false;
    double m_dragOffsetX = 0.0;
};

} // namespace Chorus::Ui
