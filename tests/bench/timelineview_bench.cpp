// Dragging the campaign band over 60 zones: one frame is moving the band and
// repainting what changed. Baseline, in the same run: a naive timeline that
// repaints everything and converts every cell through QTimeZone each frame.
#include "ratio.h"

#include "timelineview.h"

#include "time/daygrid.h"
#include "time/zonecatalogue.h"

#include <QApplication>
#include <QDateTime>
#include <QImage>
#include <QPainter>
#include <QTimeZone>

using namespace Chorus;
using namespace std::chrono;

namespace {

const Time::Instant gridStart{sys_days{year{2027} / 2 / 12}};
constexpr int gridHours = 72;

std::vector<QByteArray> sixtyZones()
{
    const Time::ZoneCatalogue catalogue = Time::ZoneCatalogue::system();
    std::vector<QByteArray> zones;
    const auto all = catalogue.zones();
    for (std::size_t i = 0; i < all.size() && zones.size() < 60; i += all.size() / 60)
        zones.push_back(all[i].id);
    return zones;
}

void dragFrameTimelineView(benchmark::State &state)
{
    const Time::ZoneCatalogue catalogue = Time::ZoneCatalogue::system();
    Ui::TimelineView view;
    view.setGrid(Time::buildDayGrid(catalogue, sixtyZones(), gridStart, gridHours));
    view.resize(1600, view.sizeHint().height());
    view.setBand(gridStart + hours{10}, minutes{60});
    QImage target(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&target); // warm the cache, as the first paint on screen does
    int step = 0;
    for (auto _ : state) {
        const QRect before = QRect(int(view.xForInstant(view.bandStart())) - 4, 0, 80, view.height());
        view.setBand(gridStart + hours{10} + minutes{15} * (step++ % 200), minutes{60});
        const QRect after = QRect(int(view.xForInstant(view.bandStart())) - 4, 0, 80, view.height());
        // Render exactly the strips setBand() invalidated, as the event loop would.
        view.render(&target, before.topLeft(), QRegion(before.united(after)));
        benchmark::DoNotOptimize(target.constBits());
    }
}

// What a timeline without a view model would do: every frame, every cell,
// ask QTimeZone for the local time.
void dragFrameNaive(benchmark::State &state)
{
    std::vector<QTimeZone> zones;
    for (const QByteArray &id : sixtyZones())
        zones.emplace_back(id);
    QImage target(1600, int(zones.size()) * 26 + 28, QImage::Format_ARGB32_Premultiplied);
    const double hourWidth = (1600.0 - 150.0) / gridHours;
    int step = 0;
    for (auto _ : state) {
        QPainter p(&target);
        p.fillRect(target.rect(), Qt::white);
        for (std::size_t r = 0; r < zones.size(); ++r) {
            for (int c = 0; c < gridHours; ++c) {
                const QDateTime local = Time::toQDateTime(gridStart + hours{c}).toTimeZone(zones[r]);
                const Time::DayPart part = Time::dayPartOf(local.time().hour() * 60 + local.time().minute());
                const QRectF box(150 + c * hourWidth, 28 + r * 26, hourWidth, 24);
                p.fillRect(box, part == Time::DayPart::Night ? QColor(0x3a, 0x47, 0x6e) : QColor(0xe3, 0xf4, 0xe1));
                p.drawText(box, Qt::AlignCenter, QString::number(local.time().hour()));
            }
        }
        const double x = 150 + (10 + 0.25 * (step++ % 200)) * hourWidth;
        p.fillRect(QRectF(x, 0, hourWidth, target.height()), QColor(0, 0, 255, 70));
        p.end();
        benchmark::DoNotOptimize(target.constBits());
    }
}

} // namespace

BENCHMARK(dragFrameTimelineView)->Unit(benchmark::kMillisecond);
BENCHMARK(dragFrameNaive)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::printf("60 zones, 72 hours, 1600 px wide; one frame = move the band 15 min and repaint\n");
    return Bench::runWithRatios(argc, argv, {{"dragFrameTimelineView", "dragFrameNaive"}});
}
