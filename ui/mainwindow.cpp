#include "mainwindow.h"

#include "campaigndocument.h"
#include "checkinspage.h"
#include "countdownpage.h"
#include "messagespage.h"
#include "planpage.h"
#include "postforme.h"
#include "postformepanel.h"
#include "sharepage.h"
#include "takepartpanel.h"
#include "widgetlifetime.h"

#include "campaign/campaignfetcher.h"
#include "campaign/campaignfile.h"
#include "share/eventinput.h"
#include "time/zonecatalogue.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Ui {

namespace {
const QString lastCampaignKey = u"campaign/last"_s;
const QString recentKey = u"campaign/recent"_s;
const QString sampleSource = u"sample"_s;
constexpr int maxRecent = 8;
} // namespace

MainWindow::MainWindow(const Time::ZoneCatalogue &catalogue, Time::Clock clock,
                       QSettings &settings, QNetworkAccessManager &network,
                       const QByteArray &systemZone, QWidget *parent)
    : QMainWindow(parent)
    , m_catalogue(catalogue)
    , m_clock(std::move(clock))
    , m_settings(settings)
{
    setWindowIcon(QIcon(u":/chorus/icons/chorus.svg"_s));
    m_document = new CampaignDocument(this);
    m_askToSave = [this](const QString &title) {
        return QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("“%1” has changes that are not saved. Save them first?").arg(title),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };

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

    m_plan = new PlanPage(*m_document, m_catalogue, m_clock, this);
    m_countdown = new CountdownPage(m_catalogue, m_clock, this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_plan);
    m_pages->addWidget(m_countdown);
    m_messages = new MessagesPage(*m_document, m_catalogue, this);
    m_messages->setMastodonServer(m_settings.value(u"messages/mastodon_server"_s).toString());
    connect(m_messages, &MessagesPage::mastodonServerChanged, this,
            [this](const QString &server) { m_settings.setValue(u"messages/mastodon_server"_s, server); });
    m_pages->addWidget(m_messages);
    m_checkins = new CheckinsPage(*m_document, m_catalogue, m_clock, m_settings, network,
                                  systemZone, this);
    m_pages->addWidget(m_checkins);
    connect(m_checkins->takePart(), &TakePartPanel::clockOffsetChanged, m_countdown,
            &CountdownPage::setClockOffset);
    m_share = new SharePage(*m_document, m_catalogue, m_clock, this);
    m_pages->addWidget(m_share);

    m_sidebar = new QListWidget(this);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setAccessibleDescription(
        tr("The campaign's pages: plan, countdown, messages, check-ins and share"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    const struct {
        QString name;
        QStyle::StandardPixmap icon;
    } pages[] = {{tr("Plan"), QStyle::SP_FileDialogDetailedView},
                 {tr("Countdown"), QStyle::SP_BrowserReload},
                 {tr("Messages"), QStyle::SP_FileDialogContentsView},
                 {tr("Check-ins"), QStyle::SP_DialogApplyButton},
                 {tr("Share"), QStyle::SP_DialogSaveButton}};
    for (const auto &page : pages)
        new QListWidgetItem(style()->standardIcon(page.icon), page.name, m_sidebar);
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 36);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_banner);
    auto *row = new QHBoxLayout;
    row->addWidget(m_sidebar);
    row->addWidget(m_pages, 1);
    outer->addLayout(row, 1);
    setCentralWidget(central);

    // The viewer's zone: the one they chose before, else the system's.
    QByteArray zone = m_settings.value(u"viewer/zone"_s).toByteArray();
    if (zone.isEmpty() || !m_catalogue.resolve(QString::fromLatin1(zone)))
        zone = systemZone;
    if (!m_catalogue.resolve(QString::fromLatin1(zone)))
        zone = "UTC"; // a system zone the tz database does not know
    setViewerZone(zone);
    connect(m_countdown, &CountdownPage::viewerZoneChanged, this, [this](const QByteArray &chosen) {
        m_settings.setValue(u"viewer/zone"_s, chosen);
        setViewerZone(chosen);
    });

    // The document drives the pages and the title.
    connect(m_document, &CampaignDocument::changed, this, [this] {
        const Campaign &c = m_document->campaign();
        m_countdown->setSubject({c.title, c.hashtag, c.start, c.duration,
                                 {c.reminders.cbegin(), c.reminders.cend()}});
        updateTitle();
    });
    connect(m_document, &CampaignDocument::stateChanged, this, &MainWindow::updateTitle);

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
    const auto tag = [this] {
        return m_document->campaign().hashtag.isEmpty() ? m_document->campaign().title
                                                        : m_document->campaign().hashtag;
    };
    connect(m_countdown, &CountdownPage::reminderDue, this, [this, tag](minutes before) {
        notify(tr("%1 starts in %2").arg(tag(), CountdownPage::spokenDuration(before)));
    });
    connect(m_countdown, &CountdownPage::started, this, [this, tag] {
        // X stays in the fan's hands: offer its compose page with their variant.
        m_xOffer = m_checkins->takePart()->postForMe()->controller().xComposeUrl();
        if (m_xOffer.isValid())
            notify(tr("%1 is live — post together now! Click here to post on X now.").arg(tag()));
        else
            notify(tr("%1 is live — post together now!").arg(tag()));
    });
    if (m_tray)
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::openXCompose);
    m_askKeepRunning = [this] {
        return QMessageBox::question(
                   this, tr("Keep Chorus running?"),
                   tr("Chorus still has to make a post for you at the start. Keep it running in "
                      "the tray? If it quits, that post is not made."),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes;
    };

    m_fetcher = new CampaignFetcher(network, m_catalogue, this);
    connect(m_fetcher, &CampaignFetcher::fetched, this,
            [this](const QUrl &url, const Campaign &campaign) {
                m_sampleIfFetchFails = false;
                // Edits made while the download ran are not dropped unasked.
                if (m_document->undoStack()->index() != m_undoIndexAtFetch && !maybeSave())
                    return;
                showCampaign(campaign, QString(), url.toString());
            });
    connect(m_fetcher, &CampaignFetcher::failed, this, [this](const QUrl &, const Error &error) {
        if (std::exchange(m_sampleIfFetchFails, false)) {
            openSampleKeepingLast();
            showProblem(m_fetchFallbackText.arg(error.text()));
            return;
        }
        showProblem(error.text());
    });

    // Menus.
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newCampaign);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseFile);
    file->addAction(tr("Open &URL…"), this, &MainWindow::chooseUrl);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the Sa&mple Campaign"), this, [this] {
        if (maybeSave())
            openSample();
    });
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::chooseSaveFile);
    file->addSeparator();
    // Publish: card, announcement, Discord codes, calendar links, .ics, fan page.
    file->addAction(tr("&Publish…"), QKeySequence(Qt::CTRL | Qt::Key_P), this,
                    [this] { showPage(SharePageIndex); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QAction *action = go->addAction(m_sidebar->item(i)->text(), this,
                                        [this, i] { showPage(Page(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Chorus"), this, [this] {
        QMessageBox::about(this, tr("About Chorus"),
                           tr("<h3>Chorus %1</h3><p>Plan, publish and run a worldwide "
                              "synchronized posting hour.</p><p>Time zones from the system's tz "
                              "database.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    rebuildRecentMenu();

    m_sidebar->setCurrentRow(CountdownPageIndex);
    updateTitle();
    if (!restoreGeometry(m_settings.value(u"window/geometry"_s).toByteArray()))
        resize(1100, 760);
}

MainWindow::~MainWindow()
{
    disconnectChildrenFrom(this);
}

const Campaign &MainWindow::campaign() const
{
    return m_document->campaign();
}

QString MainWindow::campaignSource() const
{
    return m_document->source();
}

Time::Instant MainWindow::now() const
{
    return Time::Instant{floor<seconds>(m_clock()).time_since_epoch()};
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(page);
}

void MainWindow::setViewerZone(const QByteArray &zone)
{
    m_countdown->setViewerZone(zone);
    m_plan->setViewerZone(zone);
    m_messages->setViewerZone(zone);
    m_checkins->setViewerZone(zone);
    m_share->setViewerZone(zone);
}

void MainWindow::openAtStart(const QString &location)
{
    if (!location.isEmpty()) {
        // At start nothing is shown yet: a file or link that cannot be opened
        // falls back to the sample (never an empty campaign that "ended" in
        // 1970), with the banner saying why; the last campaign stays the one
        // the next start opens.
        if (isCampaignUrl(location)) {
            m_sampleIfFetchFails = true;
            m_fetchFallbackText
                = tr("%1 could not be opened, so the sample is shown. %2").arg(location, u"%1"_s);
            openLocation(location);
            return;
        }
        openLocation(location);
        const QString path = QFileInfo(location).absoluteFilePath();
        if (m_document->filePath() == path)
            return;
        const QString why = problem();
        openSampleKeepingLast();
        // The reason names the whole path; the lead names the file.
        showProblem(tr("%1 could not be opened, so the sample is shown. %2")
                        .arg(QFileInfo(location).fileName(), why));
        return;
    }
    const QString last = m_settings.value(lastCampaignKey).toString();
    if (isCampaignUrl(last)) {
        // The answer comes later; a failure falls back to the sample then.
        m_sampleIfFetchFails = true;
        m_fetchFallbackText = tr("The last campaign could not be opened, so the sample is shown. %1");
        openLocation(last);
        return;
    }
    if (!last.isEmpty() && last != sampleSource) {
        openLocation(last);
        if (m_document->source() == last || m_document->filePath() == last)
            return;
        const QString why = problem();
        openSample();
        showProblem(tr("The last campaign could not be opened, so the sample is shown. %1").arg(why));
        return;
    }
    openSample();
}

void MainWindow::openLocation(const QString &location)
{
    if (!maybeSave())
        return;
    m_fetcher->cancel(); // a late download must not replace what is opened now
    if (isCampaignUrl(location)) {
        m_undoIndexAtFetch = m_document->undoStack()->index();
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
    showCampaign(*campaign, path, path);
    addRecent(path);
}

void MainWindow::openSample()
{
    m_fetcher->cancel();
    auto campaign = sampleCampaign(now(), m_catalogue);
    if (!campaign) {
        showProblem(campaign.error().text());
        return;
    }
    showCampaign(*campaign, QString(), sampleSource);
}

void MainWindow::openSampleKeepingLast()
{
    const QVariant last = m_settings.value(lastCampaignKey);
    openSample();
    if (last.isValid())
        m_settings.setValue(lastCampaignKey, last);
}

void MainWindow::newCampaign()
{
    if (!maybeSave())
        return;
    m_fetcher->cancel();
    Campaign campaign;
    campaign.title = tr("New campaign");
    // A week from now, on the hour: a start to move, not a decision.
    campaign.start = ceil<hours>(now()) + days{7};
    campaign.duration = minutes{60};
    campaign.reminders = {minutes{1440}, minutes{60}, minutes{10}};
    const QByteArray zone = m_countdown->viewerZone();
    if (const auto resolved = m_catalogue.resolve(QString::fromLatin1(zone)); resolved && resolved->countryCode.size() == 2)
        campaign.audience.append(AudienceZone{resolved->id, 1, {}});
    showCampaign(campaign, QString(), QString());
    showPage(PlanPageIndex);
}

void MainWindow::showCampaign(const Campaign &campaign, const QString &filePath, const QString &source)
{
    m_document->reset(campaign, filePath, source);
    m_banner->hide();
    m_banner->clear();
    if (source == sampleSource)
        statusBar()->showMessage(tr("Showing the sample campaign"), 5000);
    else if (!source.isEmpty())
        statusBar()->showMessage(tr("Opened %1").arg(source), 5000);
    if (!source.isEmpty())
        m_settings.setValue(lastCampaignKey, source);
    Q_EMIT campaignOpened(source);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return chooseSaveFile();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveTo(const QString &path)
{
    const auto saved = m_document->saveAs(path);
    if (!saved) {
        showProblem(saved.error().text());
        return false;
    }
    m_banner->hide();
    addRecent(path);
    m_settings.setValue(lastCampaignKey, path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::chooseSaveFile()
{
    QString name = m_document->filePath();
    if (name.isEmpty()) {
        QString slug = m_document->campaign().hashtag.mid(1);
        if (slug.isEmpty())
            slug = u"campaign"_s;
        name = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + slug
            + u".chorus.json"_s;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Campaign"), name,
                                                      tr("Chorus campaigns (*.chorus.json)"));
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_askToSave(m_document->campaign().title)) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

void MainWindow::updateTitle()
{
    const QString title = m_document->campaign().title;
    setWindowTitle(title.isEmpty() ? tr("Chorus[*]") : tr("%1[*] — Chorus").arg(title));
    setWindowModified(m_document->isModified());
}

void MainWindow::addRecent(const QString &path)
{
    QStringList recent = m_settings.value(recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    m_settings.setValue(recentKey, recent);
    rebuildRecentMenu();
}

QStringList MainWindow::recentFiles() const
{
    return m_settings.value(recentKey).toStringList();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openLocation(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseFile()
{
    const QString start = m_document->filePath().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_document->filePath()).absolutePath();
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_settings.setValue(u"window/geometry"_s, saveGeometry());
    if (m_tray && m_checkins->takePart()->postForMe()->controller().hasPending()
        && m_askKeepRunning && m_askKeepRunning()) {
        event->ignore();
        hide();
        notify(tr("Chorus keeps running here and posts for you at the start."));
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::openXCompose()
{
    if (m_xOffer.isValid())
        QDesktopServices::openUrl(m_xOffer);
}

} // namespace Chorus::Ui
