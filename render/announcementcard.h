#pragma once

#include "share/announcement.h"
#include "share/eventinput.h"

#include <QImage>

#include <span>

class QLocale;

namespace Chorus::Render {

/// The size of the announcement card: 16:9, what X, Bluesky, Mastodon and
/// Discord show uncropped in a post.
inline constexpr int cardWidth = 1200;
inline constexpr int cardHeight = 675;

/// The announcement as an image for social media (1200×675): the title, the
/// hashtag, the start in UTC with the duration, and the start in up to 12
/// cities grouped by their local date (the groups of
/// Share::groupByLocalDate()), with the link at the bottom. Dates and clocks
/// follow `locale` as Share::announcementLine() does. Drawn with QPainter
/// on a QImage, so it needs a QGuiApplication (the offscreen platform will
/// do) but no window. Cities past the 12th are left out.
[[nodiscard]] QImage announcementCard(const Share::EventInput &event,
                                      std::span<const Share::DateGroup> groups,
                                      const QLocale &locale);

/// The most cities the card shows.
inline constexpr int cardMaxCities = 12;

} // namespace Chorus::Render
