#pragma once

#include "plan/ranking.h"
#include "time/daygrid.h"

#include <QAccessible>
#include <QPixmap>
#include <QWidget>

namespace Chorus::Ui {

/// The Plan page's timeline: one row per zone, hours across, cells coloured
/// by the part of the local day, local date changes and DST changes marked,
/// and the campaign window as a band the user drags (snapping to 15 minutes)
/// or moves with the arrow keys.
///
/// For screen readers it is a list (see accessibility.h): each zone row reads
/// "Manila, 01:00 to 02:00, asleep" (the band on the zone's clock, in the
/// user's locale format, and the zone's standing from Plan::explainStart, set
/// by the page), the band is the list's value, and a move is announced.
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

    /// Each row's standing for the band where it is now, one per grid row in
    /// row order (from Plan::explainStart; empty when unknown, e.g. while the
    /// comfort hours do not parse). Changed rows are announced.
    void setStandings(std::vector<Plan::Standing> standings);
    [[nodiscard]] const std::vector<Plan::Standing> &standings() const { return m_standings; }

    /// What a screen reader says for a row: "Manila, 01:00 to 02:00, asleep".
    [[nodiscard]] QString accessibleRowText(int row) const;
    /// The band for a screen reader: "Thu 5 Dec 17:00 to 18:00 UTC".
    [[nodiscard]] QString bandText() const;
    /// The band's start in minutes from the grid's start (the accessible value).
    [[nodiscard]] int bandOffsetMinutes() const;
    /// The latest offset the band can have.
    [[nodiscard]] int maximumBandOffsetMinutes() const;
    /// Moves the band to `minutes` from the grid's start (snapped, kept
    /// inside), as a key press would: bandMoved() tells the page.
    void moveBandToOffset(int minutes);
    /// The row's rectangle in widget coordinates.
    [[nodiscard]] QRect rowRect(int row) const;
    /// The row under a widget point, or -1.
    [[nodiscard]] int rowAtPoint(QPoint point) const { return rowAt(point.y()); }

    /// Where `instant` lies across the widget, in pixels (for tests and overlays).
    [[nodiscard]] double xForInstant(Time::Instant instant) const { return xOf(instant); }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// While dragging, each time the band moves to a new snapped start.
    void bandDragged(Chorus::Time::Instant start);
    /// When a drag ends, or a key moves the band: the new start to commit.
    void bandMoved(Chorus::Time::Instant start);
    /// Each time assistive technology is told of a change (child -1 is the
    /// view itself, else a row): the band's value, or a row's text.
    void announced(QAccessible::Event event, int child);

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
    void announceBand();
    void announce(QAccessibleEvent &event);
    void invalidateCache();
    void renderCache();

    Time::DayGrid m_grid;
    Time::Instant m_bandStart;
    std::chrono::minutes m_bandDuration{60};
    std::vector<Plan::Standing> m_standings;
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
