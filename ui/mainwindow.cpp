#include "mainwindow.h"

#include "countdownpage.h"
#include "publishdialog.h"

#include "time/zonecatalogue.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Chorus::Ui {

MainWindow::MainWindow(const Time::ZoneCatalogue &catalogue, Time::Clock clock,
                       QSettings &settings, const QByteArray &systemZone, QWidget *parent)
    : QMainWindow(parent)
    , m_catalogue(catalogue)
    , m_settings(settings)
{
    setWindowTitle(tr("Chorus"));
    setWindowIcon(QIcon(u":/chorus/icons/chorus.svg"_s));

    m_countdown = new CountdownPage(m_catalogue, clock, this);
    setCentralWidget(m_countdown);

    // The viewer's zone: the one they chose before, else the system's.
    QByteArray zone = m_settings.value(u"viewer/zone"_s).toByteArray();
    if (zone.isEmpty() || !m_catalogue.resolve(QString::fromLatin1(zone)))
        zone = systemZone;
    m_countdown->setViewerZone(zone);
    connect(m_countdown, &CountdownPage::viewerZoneChanged, this, [this](const QByteArray &chosen) {
        m_settings.setValue(u"viewer/zone"_s, chosen);
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    // Publish a campaign file: card, announcement, links, .ics, fan page.
    file->addAction(tr("&Publish campaign…"), this, [this, clock] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Publish campaign"), {},
                                                          tr("Chorus campaigns (*.chorus.json *.json)"));
        if (path.isEmpty())
            return;
        auto event = Share::readCampaignFile(path);
        if (!event)
            return showProblem(event.error().text());
        PublishDialog dialog(std::move(*event), m_catalogue, clock, this);
        dialog.exec();
    });
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Chorus"), this, [this] {
        QMessageBox::about(this, tr("About Chorus"),
                           tr("<h3>Chorus</h3><p>Plan, publish and run a worldwide synchronized "
                              "posting hour.</p><p>Time zones from the system's tz database.</p>"));
    });

    if (!restoreGeometry(m_settings.value(u"window/geometry"_s).toByteArray()))
        resize(900, 640);
}

MainWindow::~MainWindow() = default;

void MainWindow::showSubject(const CountdownSubject &subject)
{
    m_countdown->setSubject(subject);
    setWindowTitle(subject.title.isEmpty() ? tr("Chorus") : tr("%1 — Chorus").arg(subject.title));
    statusBar()->clearMessage();
}

void MainWindow::showProblem(const QString &problem)
{
    statusBar()->showMessage(problem);
    QMessageBox::warning(this, tr("Chorus"), problem);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(u"window/geometry"_s, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace Chorus::Ui
