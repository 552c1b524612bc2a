#include "mainwindow.h"
#include "translations.h"

#include "time/zonecatalogue.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTimeZone>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Chorus"));
    QApplication::setOrganizationName(QStringLiteral("Chorus"));
    QApplication::setApplicationDisplayName(QStringLiteral("Chorus"));
    Chorus::Ui::installTranslations(app, QLocale());

    const Chorus::Time::ZoneCatalogue catalogue = Chorus::Time::ZoneCatalogue::system();
    QSettings settings;
    // The real clock and the system zone enter here, at the edge; core never reads them.
    Chorus::Ui::MainWindow window(catalogue, [] { return std::chrono::system_clock::now(); },
                                  settings, QTimeZone::systemTimeZoneId());
    window.show();
    return QApplication::exec();
}
