#include "announcementcard.h"

#include "share/calendarlinks.h"

#include <QFontMetrics>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Chorus::Render {

namespace {

constexpr int margin = 64;
constexpr int columns = 3;
constexpr int dateColumn = 200;

const QColor background1(0x1b, 0x12, 0x3f);
const QColor background2(0x0c, 0x2a, 0x4d);
const QColor titleColor(0xff, 0xff, 0xff);
const QColor mutedColor(0xc3, 0xbd, 0xe6);
const QColor accentColor(0xff, 0xc8, 0x57);
const QColor hashtagColor(0x9d, 0xe7, 0xff);
const QColor cellColor(255, 255, 255, 22);

QFont font(int pixelSize, QFont::Weight weight = QFont::Normal)
{
    QFont f(u"DejaVu Sans"_s);
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixelSize);
    f.setWeight(weight);
    return f;
}

/// Shrinks the font until `text` fits in `width` on at most `lines` lines.
QFont fitted(const QString &text, int width, int lines, int largest, int smallest,
             QFont::Weight weight)
{
    for (int size = largest; size > smallest; size -= 2) {
        const QFont f = font(size, weight);
        const QRect needed
            = QFontMetrics(f).boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text);
        if (needed.height() <= QFontMetrics(f).lineSpacing() * lines)
            return f;
    }
    return font(smallest, weight);
}

QString lengthText(std::chrono::minutes duration)
{
    const qint64 m = duration.count();
    if (m % 60 == 0)
        return m == 60 ? u"1 hour"_s : u"%1 hours"_s.arg(m / 60);
    return u"%1 min"_s.arg(m);
}

} // namespace

QImage announcementCard(const Share::EventInput &event, std::span<const Share::DateGroup> groups,
                        const QLocale &locale)
{
    QImage image(cardWidth, cardHeight, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    QLinearGradient gradient(0, 0, cardWidth, cardHeight);
    gradient.setColorAt(0, background1);
    gradient.setColorAt(1, background2);
    painter.fillRect(image.rect(), gradient);
    // A band of accent colour on the left edge, so the card reads as one piece.
    painter.fillRect(QRect(0, 0, 12, cardHeight), accentColor);

    const int contentWidth = cardWidth - 2 * margin;
    int y = 44;

    // Title: up to two lines, shrunk to fit.
    const QFont titleFont = fitted(event.title, contentWidth, 2, 50, 28, QFont::Bold);
    painter.setFont(titleFont);
    painter.setPen(titleColor);
    const QRect titleRect
        = painter.boundingRect(QRect(margin, y, contentWidth, 1000), Qt::TextWordWrap, event.title);
    const int titleHeight = std::min(titleRect.height(), QFontMetrics(titleFont).lineSpacing() * 2);
    painter.drawText(QRect(margin, y, contentWidth, titleHeight), Qt::TextWordWrap, event.title);
    y += titleHeight + 10;

    // Hashtag, then when in UTC.
    painter.setFont(fitted(event.hashtag, contentWidth, 1, 40, 24, QFont::Bold));
    painter.setPen(hashtagColor);
    painter.drawText(QRect(margin, y, contentWidth, 50), Qt::AlignLeft | Qt::AlignVCenter,
                     event.hashtag);
    y += 56;
    const QDateTime utc = Time::toQDateTime(event.start);
    painter.setFont(font(24));
    painter.setPen(mutedColor);
    painter.drawText(
        QRect(margin, y, contentWidth, 32), Qt::AlignLeft | Qt::AlignVCenter,
        u"%1 UTC  ·  together for %2  ·  starts on your clock at:"_s.arg(
            locale.toString(utc, u"ddd d MMM yyyy, HH:mm"_s), lengthText(event.duration)));
    y += 48;

    // The cities, grouped by local date: the date on the left, cells on the right.
    int rows = 0;
    int shown = 0;
    std::vector<std::pair<const Share::DateGroup *, int>> visible; // group, cities shown
    for (const Share::DateGroup &group : groups) {
        const int count = std::min<int>(int(group.cities.size()), cardMaxCities - shown);
        if (count <= 0)
            break;
        visible.emplace_back(&group, count);
        rows += (count + columns - 1) / columns;
        shown += count;
    }
    const int footerTop = cardHeight - 64;
    const int gap = 14;
    const int available = footerTop - y - gap * int(std::max<std::size_t>(visible.size(), 1) - 1);
    const int rowHeight = rows > 0 ? std::clamp(available / rows, 40, 64) : 0;
    // A short list sits in the middle of the free space rather than under the header.
    const int blockHeight
        = rows * rowHeight + gap * int(std::max<std::size_t>(visible.size(), 1) - 1);
    y += std::max(0, (available - blockHeight) / 3);
    const int cellGap = 10;
    const int cellWidth = (contentWidth - dateColumn - (columns - 1) * cellGap) / columns;
    const bool c = locale.language() == QLocale::C;
    const QString timeFormat = c ? u"HH:mm"_s : locale.timeFormat(QLocale::ShortFormat);
    const QFont dateFont = font(std::min(26, rowHeight / 2 + 4), QFont::Bold);
    const QFont timeFont = font(std::min(30, rowHeight / 2 + 6), QFont::Bold);
    const QFont cityFont = font(std::min(22, rowHeight / 2 - 2));

    // One line per cell ("09:00 Los Angeles") when every name fits beside its
    // time; otherwise (12-hour clocks, long names) the name goes under the time.
    bool stacked = false;
    for (const auto &[group, count] : visible) {
        for (int i = 0; i < count; ++i) {
            const Share::CityStart &city = group->cities[std::size_t(i)];
            const int needed = 16
                + QFontMetrics(timeFont).horizontalAdvance(
                    locale.toString(city.local.time(), timeFormat))
                + 12 + QFontMetrics(cityFont).horizontalAdvance(city.city.name) + 12;
            stacked = stacked || needed > cellWidth;
        }
    }
    const QFont stackedTime = font(std::min(26, (rowHeight - 8) * 26 / 52), QFont::Bold);
    const QFont stackedCity = font(std::min(18, (rowHeight - 8) * 18 / 52));

    for (const auto &[group, count] : visible) {
        painter.setFont(dateFont);
        painter.setPen(accentColor);
        painter.drawText(QRect(margin, y, dateColumn - 16, rowHeight - 8),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         locale.toString(group->date, u"ddd d MMM"_s));
        for (int i = 0; i < count; ++i) {
            const Share::CityStart &city = group->cities[std::size_t(i)];
            const QRect cell(margin + dateColumn + (i % columns) * (cellWidth + cellGap),
                             y + (i / columns) * rowHeight, cellWidth, rowHeight - 8);
            QPainterPath path;
            path.addRoundedRect(cell, 12, 12);
            painter.fillPath(path, cellColor);
            const QString time = locale.toString(city.local.time(), timeFormat);
            const QRect inner = cell.adjusted(16, 0, -12, 0);
            if (stacked) {
                const QRect top(inner.left(), inner.top(), inner.width(), inner.height() * 11 / 20);
                const QRect bottom(inner.left(), top.bottom(), inner.width(),
                                   inner.bottom() - top.bottom());
                painter.setFont(stackedTime);
                painter.setPen(titleColor);
                painter.drawText(top, Qt::AlignLeft | Qt::AlignBottom, time);
                painter.setFont(stackedCity);
                painter.setPen(mutedColor);
                painter.drawText(bottom, Qt::AlignLeft | Qt::AlignTop,
                                 QFontMetrics(stackedCity)
                                     .elidedText(city.city.name, Qt::ElideRight, inner.width()));
                continue;
            }
            painter.setFont(timeFont);
            painter.setPen(titleColor);
            const int timeWidth = QFontMetrics(timeFont).horizontalAdvance(time);
            painter.drawText(inner, Qt::AlignLeft | Qt::AlignVCenter, time);
            painter.setFont(cityFont);
            painter.setPen(mutedColor);
            const QRect nameRect = inner.adjusted(timeWidth + 12, 0, 0, 0);
            painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetrics(cityFont).elidedText(city.city.name, Qt::ElideRight,
                                                               nameRect.width()));
        }
        y += ((count + columns - 1) / columns) * rowHeight + gap;
    }

    // Footer: where to find the page, and a reminder to add it to the calendar.
    painter.setPen(QColor(255, 255, 255, 40));
    painter.drawLine(margin, footerTop, cardWidth - margin, footerTop);
    painter.setFont(font(22));
    painter.setPen(mutedColor);
    const QString footer = event.link.isEmpty()
        ? u"Add it to your calendar — post together, not alone."_s
        : event.link;
    painter.drawText(
        QRect(margin, footerTop + 8, contentWidth, 48), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(font(22)).elidedText(footer, Qt::ElideMiddle, contentWidth - 200));
    painter.setPen(accentColor);
    painter.drawText(QRect(margin, footerTop + 8, contentWidth, 48),
                     Qt::AlignRight | Qt::AlignVCenter, u"Chorus"_s);
    painter.end();
    return image;
}

} // namespace Chorus::Render
