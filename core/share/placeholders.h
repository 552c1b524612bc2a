#pragma once

#include <QHash>
#include <QString>

namespace Chorus::Share {

/// Fills a message template for one reader: `{name}` becomes `values[name]`
/// when the name is known, and a variant group `{a|b|c}` becomes its first
/// choice `a` (exports must be reproducible, so no randomness here; the fan
/// page may pick another variant in the browser). Unknown `{names}` and
/// unmatched braces are kept as they are, so a typo stays visible.
/// Example: `fillPlaceholders(u"{Go|Now}! {hashtag} at {local_time}",
/// {{"hashtag","#A"},{"local_time","18:00"}})` is `"Go! #A at 18:00"`.
[[nodiscard]] QString fillPlaceholders(QStringView text, const QHash<QString, QString> &values);

} // namespace Chorus::Share
