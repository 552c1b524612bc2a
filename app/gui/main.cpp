#include "mainwindow.h"
#include "translations.h"

#include "time/zonecatalogue.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimeZone>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Chorus"));
    QApplication::setOrganizationName(QStringLiteral("Chorus"));
    QApplication::setApplicationDisplayName(QStringLiteral("Chorus"));
    QApplication::setApplicationVersion(QStringLiteral(CHORUS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.chorus.Chorus"));
    Chorus::Ui::installTranslations(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Plan, publish and run a worldwide synchronized posting hour."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("campaign"),
                                 QApplication::translate("main", "A campaign file or link to open."),
                                 QStringLiteral("[CAMPAIGN_FILE]"));
    parser.process(app);

    const Chorus::Time::ZoneCatalogue catalogue = Chorus::Time::ZoneCatalogue::system();
    QSettings settings;
    QNetworkAccessManager network;
    // The real clock and the system zone enter here, at the edge; core never reads them.
    Chorus::Ui::MainWindow window(catalogue, [] { return std::chrono::system_clock::now(); },
                                  settings, network, QTimeZone::systemTimeZoneId());
    window.show();
    window.openAtStart(parser.positionalArguments().value(0));
    return QApplication::exec();
}
