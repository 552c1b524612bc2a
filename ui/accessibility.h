#pragma once

class QLineEdit;
class QString;

namespace Chorus::Ui {

/// Installs (once per process) the accessible interfaces of Chorus's custom
/// views, so screen readers see more than a picture:
/// - the timeline is a list whose items are its zone rows ("Manila, 01:00 to
///   02:00, asleep") and whose value is the campaign window, which assistive
///   technology can read and set;
/// - the check-ins chart is a chart whose description sums it up.
/// The views call it from their constructors.
void installAccessibleInterfaces();

/// Names the clear button of `edit` (an icon that appears with text), which
/// Qt leaves unnamed: "Clear the handle". Call after setClearButtonEnabled.
void nameClearButton(QLineEdit *edit, const QString &name);

} // namespace Chorus::Ui
