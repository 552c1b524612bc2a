#pragma once

class QCoreApplication;
class QLocale;

namespace Chorus::Ui {

/// Installs Chorus's and Qt's own translations for `locale` on `app`
/// (Chorus's from the resources compiled into the UI library). English has a
/// translation too: it supplies the plural forms of "%n day(s)" and the like.
/// Returns whether a Chorus translation (the locale's or English) was installed.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace Chorus::Ui
