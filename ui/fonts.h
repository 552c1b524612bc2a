#pragma once

#include <QFont>

namespace Chorus::Ui {

/// `font` at `factor` times its point size, bold or not: the large figures of
/// the Countdown and the Check-ins pages, which follow the user's font.
[[nodiscard]] inline QFont scaledFont(QFont font, double factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace Chorus::Ui
