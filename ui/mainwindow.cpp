#include "mainwindow.h"

#include "countdownpage.h"

#include "campaign/campaignfetcher.h"
#include "campaign/campaignfile.h"
#include "time/zonecatalogue.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chorus::Ui {

namespace {
const QString lastCampaignKey = u"campaign/last"_s;
const QString sampleSource = u"sample"_s;
}

MainWindow::MainWindow(const Time::ZoneCatalogue &catalogue, Time::Clock clock,
                       QSettings &settings, QNetworkAccessManager &network,
                       const QByteArray &systemZone, QWidget *parent)
    : QMainWindow(parent)
    , m_catalogue(catalogue)
    , m_clock(std::move(clock))
    , m_settings(settings)
{
    setWindowTitle(tr("Chorus"));
    setWindowIcon(QIcon(u":/chorus/icons/chorus.svg"_s));

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(10);
    m_banner->setAccessibleName(tr("Problem"));
    m_banner->setAutoFillBackground(true);
    QPalette warning = m_banner->palette();
    warning.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    warning.setColor(QPalette::WindowText, QColor(0x8a, 0x1c, 0x12));
    m_banner->setPalette(warning);
    m_banner->hide();

    m_countdown = new CountdownPage(m_catalogue, m_clock, this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_countdown, 1);
    setCentralWidget(central);

    // The viewer's zone: the one they chose before, else the system's.
    QByteArray zone = m_settings.value(u"viewer/zone"_s).toByteArray();
    if (zone.isEmpty() || !m_catalogue.resolve(QString::fromLatin1(zone)))
        zone = systemZone;
    m_countdown->setViewerZone(zone);
    connect(m_countdown, &CountdownPage::viewerZoneChanged, this, [this](const QByteArray &chosen) {
        m_settings.setValue(u"viewer/zone"_s, chosen);
    });

    // Reminders and the start: a tray message where there is a tray.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Chorus"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }
    connect(m_countdown, &CountdownPage::reminderDue, this, [this](std::chrono::minutes before) {
        notify(tr("%1 starts in %2").arg(m_campaign.hashtag.isEmpty() ? m_campaign.title : m_campaign.hashtag,
                                         Time::formatDuration(before)));
    });
    connect(m_countdown, &CountdownPage::started, this, [this] {
        notify(tr("%1 is live — post together now!")
                   .arg(m_campaign.hashtag.isEmpty() ? m_campaign.title : m_campaign.hashtag));
    });

    m_fetcher = new CampaignFetcher(network, m_catalogue, this);
    connect(m_fetcher, &CampaignFetcher::fetched, this,
            [this](const QUrl &url, const Campaign &campaign) {
                showCampaign(campaign, url.toString());
            });
    connect(m_fetcher, &CampaignFetcher::failed, this,
            [this](const QUrl &, const Error &error) { showProblem(error.text()); });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &URL…"), this, &MainWindow::chooseUrl);
    file->addAction(tr("Open the &Sample Campaign"), this, &MainWindow::openSample);
    file->addSeparator();
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

Time::Instant MainWindow::now() const
{
    return Time::Instant{std::chrono::floor<std::chrono::seconds>(m_clock()).time_since_epoch()};
}

void MainWindow::openAtStart(const QString &location)
{
    if (!location.isEmpty()) {
        openLocation(location);
        return;
    }
    const QString last = m_settings.value(lastCampaignKey).toString();
    if (!last.isEmpty() && last != sampleSource) {
        openLocation(last);
        if (m_source == last)
            return;
        // The last campaign is gone or broken: say so, and show the sample.
        const QString why = problem();
        openSample();
        showProblem(tr("The last campaign could not be opened, so the sample is shown. %1").arg(why));
        return;
    }
    openSample();
}

void MainWindow::openLocation(const QString &location)
{
    if (isCampaignUrl(location)) {
        statusBar()->showMessage(tr("Opening %1…").arg(location));
        m_fetcher->fetch(QUrl(location));
        return;
    }
    const QString path = QFileInfo(location).absoluteFilePath();
    auto campaign = loadCampaign(path, m_catalogue);
    if (!campaign) {
        showProblem(campaign.error().text());
        return;
    }
    showCampaign(*campaign, path);
}

void MainWindow::openSample()
{
    auto campaign = sampleCampaign(now(), m_catalogue);
    if (!campaign) {
        showProblem(campaign.error().text());
        return;
    }
    showCampaign(*campaign, sampleSource);
}

void MainWindow::showCampaign(const Campaign &campaign, const QString &source)
{
    m_campaign = campaign;
    m_source = source;
    m_countdown->setSubject({campaign.title, campaign.hashtag, campaign.start, campaign.duration,
                             {campaign.reminders.cbegin(), campaign.reminders.cend()}});
    setWindowTitle(campaign.title.isEmpty() ? tr("Chorus") : tr("%1 — Chorus").arg(campaign.title));
    m_banner->hide();
    m_banner->clear();
    statusBar()->showMessage(source == sampleSource ? tr("Showing the sample campaign")
                                                    : tr("Opened %1").arg(source), 5000);
    m_settings.setValue(lastCampaignKey, source);
    Q_EMIT campaignOpened(source);
}

void MainWindow::notify(const QString &message)
{
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(tr("Chorus"), message, windowIcon(), 15000);
    else
        QApplication::alert(this);
    statusBar()->showMessage(message);
    Q_EMIT notified(message);
}

void MainWindow::showProblem(const QString &problem)
{
    statusBar()->clearMessage();
    m_banner->setText(problem);
    m_banner->show();
}

QString MainWindow::problem() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void MainWindow::chooseFile()
{
    const QString start = m_source.isEmpty() || m_source == sampleSource
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_source).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Campaign"), start, tr("Chorus campaigns (*.chorus.json);;JSON files (*.json)"));
    if (!path.isEmpty())
        openLocation(path);
}

void MainWindow::chooseUrl()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Open Campaign from a Link"),
                                              tr("Campaign link (https://…):"), QLineEdit::Normal,
                                              QString(), &ok)
                            .trimmed();
    if (!ok || url.isEmpty())
        return;
    if (!isCampaignUrl(url)) {
        showProblem(tr("'%1' is not an http or https link.").arg(url));
        return;
    }
    openLocation(url);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(u"window/geometry"_s, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace Chorus::Ui
