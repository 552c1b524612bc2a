#include "organizepanel.h"

#include "campaigndocument.h"
#include "checkinchart.h"
#include "participantsmodel.h"
#include "pulsepanel.h"
#include "widgetlifetime.h"

#include "campaign/campaignfile.h"
#include "checkin/csv.h"
#include "checkin/joinurls.h"
#include "checkin/service.h"
#include "checkin/sqlitestore.h"
#include "checkin/token.h"
#include "plan/signups.h"
#include "time/zonecatalogue.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Ui {

using Checkin::Participant;
using Checkin::Status;

namespace {

// "#AlitaSequel" → "AlitaSequel": a file name from the hashtag.
QString slugOf(const Campaign &campaign)
{
    QString slug;
    for (const QChar c : campaign.hashtag)
        if (c.isLetterOrNumber() || c == u'_' || c == u'-')
            slug += c;
    return slug.isEmpty() ? u"campaign"_s : slug;
}

} // namespace

OrganizePanel::OrganizePanel(CampaignDocument &document, const Time::ZoneCatalogue &catalogue,
                             Time::Clock clock, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalogue(catalogue)
    , m_clock(std::move(clock))
    , m_settings(settings)
{
    m_chooseDatabase = [this](const QString &title, const QString &suggested) {
        return QFileDialog::getSaveFileName(this, title, suggested,
                                            tr("Check-in databases (*.sqlite *.db);;All files (*)"),
                                            nullptr, QFileDialog::DontConfirmOverwrite);
    };
    m_chooseCsv = [this](const QString &title, const QString &suggested) {
        return QFileDialog::getSaveFileName(this, title, suggested, tr("CSV files (*.csv)"));
    };
    m_clipboard = [](const QString &text) {
        QGuiApplication::clipboard()->setText(text);
    };
    m_openUrl = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
    m_listAddresses = [] { return QNetworkInterface::allAddresses(); };

    // The service.
    m_host = new QLineEdit(u"127.0.0.1"_s, this);
    m_host->setMaximumWidth(m_host->fontMetrics().horizontalAdvance(u"0000:0000:0000:0000"_s) + 16);
    m_host->setToolTip(tr("127.0.0.1 accepts only this computer; 0.0.0.0 (or :: for IPv6 too) "
                          "accepts every network (put a TLS proxy in front for the internet)."));
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setValue(8080);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setAccessibleDescription(
        tr("The port the check-in service listens on; 0 picks any free port"));
    connect(m_port, &QSpinBox::valueChanged, this, &OrganizePanel::rememberPort);
    m_database = new QLineEdit(this);
    m_database->setAccessibleName(tr("Database file"));
    m_database->setAccessibleDescription(tr("The SQLite file that keeps the check-ins"));
    connect(m_database, &QLineEdit::textEdited, this, [this] { m_databaseChosen = true; });
    connect(m_database, &QLineEdit::editingFinished, this, [this] {
        if (!m_service && m_databaseChosen)
            setDatabasePath(QDir::fromNativeSeparators(databasePath()));
    });
    m_chooseButton = new QPushButton(tr("Choose…"), this);
    connect(m_chooseButton, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseDatabase(tr("Check-in Database"), databasePath());
        if (!path.isEmpty())
            setDatabasePath(path);
    });
    m_start = new QPushButton(tr("&Start the service"), this);
    m_stop = new QPushButton(tr("S&top"), this);
    connect(m_start, &QPushButton::clicked, this, &OrganizePanel::startService);
    connect(m_stop, &QPushButton::clicked, this, &OrganizePanel::stopService);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_token = new QLineEdit(this);
    m_token->setReadOnly(true);
    m_token->setAccessibleName(tr("Admin token"));
    QFont mono = m_token->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(u"monospace"_s);
    m_token->setFont(mono);
    auto *copy = new QPushButton(tr("&Copy"), this);
    connect(copy, &QPushButton::clicked, this, [this] {
        m_clipboard(m_token->text());
        showMessage(tr("The admin token is on the clipboard."));
    });
    auto *hide = new QPushButton(tr("I have saved it"), this);
    connect(hide, &QPushButton::clicked, this, &OrganizePanel::hideAdminToken);
    auto *tokenNote = new QLabel(
        tr("<b>Admin token — shown only this once.</b> Scripts use it to read the participant "
           "list over HTTP (<tt>GET /api/v1/participants</tt>). Chorus keeps only a hash of it: "
           "copy it now if you need it, you won't see it again. Each start makes a new one."),
        this);
    tokenNote->setWordWrap(true);
    m_tokenBox = new QFrame(this);
    static_cast<QFrame *>(m_tokenBox)->setFrameShape(QFrame::StyledPanel);
    auto *tokenLayout = new QVBoxLayout(m_tokenBox);
    tokenLayout->addWidget(tokenNote);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(copy);
    tokenRow->addWidget(hide);
    tokenLayout->addLayout(tokenRow);
    m_tokenBox->hide();

    auto *serviceBox = new QGroupBox(tr("Check-in service"), this);
    auto *serviceGrid = new QGridLayout(serviceBox);
    // Labels with mnemonics and buddies, for the keyboard and screen readers.
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *made = new QLabel(text, this);
        made->setBuddy(buddy);
        return made;
    };
    serviceGrid->addWidget(label(tr("A&ddress:"), m_host), 0, 0);
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_host);
    addressRow->addWidget(label(tr("P&ort:"), m_port));
    addressRow->addWidget(m_port);
    addressRow->addStretch();
    serviceGrid->addLayout(addressRow, 0, 1);
    serviceGrid->addWidget(label(tr("Data&base:"), m_database), 1, 0);
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(m_chooseButton);
    serviceGrid->addLayout(databaseRow, 1, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_start);
    buttonRow->addWidget(m_stop);
    buttonRow->addWidget(m_status, 1);
    m_useAddress = new QPushButton(tr("Put this address in the campaign"), this);
    connect(m_useAddress, &QPushButton::clicked, this, [this] {
        if (m_joinUrls.isEmpty())
            return;
        const QString address = m_joinUrls.front();
        m_document.edit(tr("Set the check-in address"),
                        [address](Campaign &campaign) { campaign.checkinUrl = address; });
        updateControls();
    });
    buttonRow->addWidget(m_useAddress);
    serviceGrid->addLayout(buttonRow, 2, 0, 1, 2);
    serviceGrid->addWidget(m_tokenBox, 3, 0, 1, 2);
    serviceGrid->setColumnStretch(1, 1);

    // The dashboard.
    m_participants = new ParticipantsModel(this);
    m_filter = new ParticipantsFilterModel(this);
    m_filter->setSourceModel(m_participants);
    m_zoneStats = new ZoneStatsModel(this);

    m_summary = new QLabel(this);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_summary->setFont(big);
    m_summary->setText(tr("No participants yet."));

    m_zoneFilter = new QComboBox(this);
    m_zoneFilter->addItem(tr("All zones"), QString());
    m_zoneFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_platformFilter = new QComboBox(this);
    m_platformFilter->addItem(tr("All platforms"), QString());
    for (const QString &platform : {u"x"_s, u"bluesky"_s, u"mastodon"_s})
        m_platformFilter->addItem(ParticipantsModel::platformName(platform), platform);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->addItem(tr("Any status"), -1);
    for (const Status status : {Status::Joined, Status::Ready, Status::Posted})
        m_statusFilter->addItem(ParticipantsModel::statusText(status), int(status));
    m_zoneFilter->setAccessibleName(tr("Show the participants of a zone"));
    m_platformFilter->setAccessibleName(tr("Show the participants on a platform"));
    m_statusFilter->setAccessibleName(tr("Show the participants with a status"));
    for (QComboBox *box : {m_zoneFilter, m_platformFilter, m_statusFilter})
        box->setAccessibleDescription(tr("Filters the participants table and its CSV export"));
    for (QComboBox *box : {m_zoneFilter, m_platformFilter, m_statusFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &OrganizePanel::applyFilterBoxes);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(label(tr("Sho&w:"), m_zoneFilter));
    filterRow->addWidget(m_zoneFilter);
    filterRow->addWidget(m_platformFilter);
    filterRow->addWidget(m_statusFilter);
    filterRow->addStretch();

    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ParticipantsModel::JoinedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ParticipantsModel::HandleColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Participants"));
    m_table->setAccessibleDescription(
        tr("Everyone who joined: handle, platform, zone, status, when they joined and the "
           "address of their post; activate an address to open the post"));
    // Double-click or Enter on a post's address opens it.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QUrl url = index.data(ParticipantsModel::UrlRole).toUrl();
        if (url.isValid() && m_openUrl)
            m_openUrl(url);
    });

    m_zoneTable = new QTableView(this);
    m_zoneTable->setModel(m_zoneStats);
    m_zoneTable->verticalHeader()->hide();
    // The counts as wide as their headers ("Se unieron", "投稿済み"), the zone the rest.
    m_zoneTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_zoneTable->horizontalHeader()->setSectionResizeMode(ZoneStatsModel::ZoneColumn,
                                                          QHeaderView::Stretch);
    m_zoneTable->setAccessibleName(tr("Head counts by zone"));
    m_zoneTable->setAccessibleDescription(
        tr("How many joined, are ready and have posted, zone by zone"));
    m_chart = new CheckinChart(this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_table, 1);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_zoneTable);
    right->addWidget(m_chart);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signups = new QPushButton(tr("Use sign-ups as the &audience"), this);
    m_signups->setToolTip(tr("Replaces the Plan page's audience with one entry per zone, weighted "
                             "by the number of people who joined from it (undoable)."));
    connect(m_signups, &QPushButton::clicked, this, &OrganizePanel::useSignupsAsAudience);
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_export->setToolTip(tr("Saves the participants the table shows (the filters apply)."));
    connect(m_export, &QPushButton::clicked, this, &OrganizePanel::exportCsv);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_signups);
    bottom->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(serviceBox);
    layout->addWidget(m_summary);
    // Participants, and the Pulse: the posts themselves, beside the check-ins.
    m_pulse = new PulsePanel(m_document, m_clock, this);
    m_pulse->setDatabaseProvider([this] { return QDir::fromNativeSeparators(databasePath()); });
    auto *views = new QTabWidget(this);
    views->setAccessibleName(tr("Participants and pulse"));
    views->addTab(split, tr("Participants"));
    views->addTab(m_pulse, tr("Pulse"));
    layout->addWidget(views, 1);
    layout->addLayout(bottom);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &OrganizePanel::refresh);
    connect(&m_reader, &QFutureWatcherBase::finished, this, [this] {
        const auto took = steady_clock::now() - m_readStarted;
        if (m_readingPath != QDir::fromNativeSeparators(databasePath())) {
            // The database changed while the old one was read: read the new one.
            if (QFileInfo(QDir::fromNativeSeparators(databasePath())).isFile())
                refresh();
            return;
        }
        applySnapshot(m_reader.result());
        // A slow read (a huge database) is not repeated back to back.
        const auto next = std::max<milliseconds>(m_interval, 4 * duration_cast<milliseconds>(took));
        if (m_service && !m_stopping)
            m_refreshTimer->start(next);
    });

    connect(&m_signupsReader, &QFutureWatcherBase::finished, this,
            [this] { applySignups(m_signupsPath, m_signupsReader.result()); });

    connect(&m_document, &CampaignDocument::changed, this, [this] {
        updateDefaultDatabase();
        updateControls();
    });
    // Saving under a new name makes it another campaign file to remember for.
    connect(&m_document, &CampaignDocument::stateChanged, this,
            &OrganizePanel::updateDefaultDatabase);
    updateDefaultDatabase();
    updateControls();
}

OrganizePanel::~OrganizePanel()
{
    disconnectChildrenFrom(this);
    // The reader uses its own connection; let it finish before the watcher goes.
    m_reader.waitForFinished();
    m_signupsReader.waitForFinished();
    delete m_service; // stops the writer after committing what it has
}

void OrganizePanel::setDisplayZone(const QByteArray &zone)
{
    m_participants->setDisplayZone(zone);
    m_chart->setDisplayZone(zone);
    m_pulse->setDisplayZone(zone);
}

QString OrganizePanel::databasePath() const
{
    return m_database->text().trimmed();
}

void OrganizePanel::setDatabasePath(const QString &path)
{
    m_database->setText(QDir::toNativeSeparators(path));
    m_databaseChosen = true;
    rememberDatabase();
    if (m_service)
        return;
    if (QFileInfo(path).isFile())
        refresh();
    else
        applySnapshot(Checkin::DashboardSnapshot {});
}

void OrganizePanel::setListenAddress(const QString &address, int port)
{
    m_host->setText(address);
    m_port->setValue(port);
}

int OrganizePanel::port() const
{
    return m_port->value();
}

QString OrganizePanel::settingsKey(const QString &name) const
{
    return u"organizer/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_campaignKey)) + u'/'
        + name;
}

void OrganizePanel::rememberDatabase()
{
    if (!m_campaignKey.isEmpty())
        m_settings.setValue(settingsKey(u"database"_s), QDir::fromNativeSeparators(databasePath()));
}

void OrganizePanel::rememberPort()
{
    if (!m_campaignKey.isEmpty())
        m_settings.setValue(settingsKey(u"port"_s), m_port->value());
}

void OrganizePanel::updateDefaultDatabase()
{
    if (m_service)
        return;
    // The database and port belong to the campaign (its file, or where it
    // came from): an edit, such as fixing a typo in the hashtag or setting
    // the check-in address, changes neither.
    const QString key = m_document.filePath().isEmpty() ? m_document.source()
                                                        : m_document.filePath();
    if (m_campaignSeen && key == m_campaignKey) {
        m_lastCampaign = m_document.campaign();
        return;
    }
    // The same campaign under a new name (Save As) rather than another one.
    const bool saved = m_campaignSeen && !key.isEmpty() && m_document.campaign() == m_lastCampaign;
    m_campaignSeen = true;
    m_campaignKey = key;
    m_lastCampaign = m_document.campaign();
    const QString stored
        = key.isEmpty() ? QString() : m_settings.value(settingsKey(u"database"_s)).toString();
    const QVariant storedPort = key.isEmpty() ? QVariant() : m_settings.value(settingsKey(u"port"_s));
    if (saved && stored.isEmpty()) {
        // The campaign was just saved to a new file: it keeps what it had.
        rememberDatabase();
        rememberPort();
        return;
    }
    // The first time, the database is named after the hashtag; from then on
    // that name is kept for the campaign.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = stored.isEmpty()
        ? dir + u"/checkins/"_s + slugOf(m_document.campaign()) + u".sqlite"_s
        : stored;
    m_databaseChosen = !stored.isEmpty();
    if (QDir::fromNativeSeparators(databasePath()) != path) {
        m_database->setText(QDir::toNativeSeparators(path));
        // The sign-ups of an earlier run are shown before any start; another
        // campaign's are not left on screen.
        if (QFileInfo(path).isFile())
            refresh();
        else
            applySnapshot(Checkin::DashboardSnapshot {});
    }
    if (storedPort.isValid()) {
        m_port->setValue(storedPort.toInt());
    } else {
        // The port the campaign names for a service on this machine.
        const QUrl url(m_document.campaign().checkinUrl);
        if (url.isValid() && url.port() > 0
            && (url.host() == u"127.0.0.1" || url.host() == u"localhost" || url.host() == u"::1"))
            m_port->setValue(url.port());
    }
    rememberDatabase();
    rememberPort();
}

bool OrganizePanel::startService()
{
    if (m_service)
        return true;
    QHostAddress host;
    const QString hostText = m_host->text().trimmed();
    if (hostText == u"localhost")
        host = QHostAddress(QHostAddress::LocalHost);
    else if (hostText == u"::")
        host = QHostAddress(QHostAddress::Any); // IPv6 and IPv4, as :: means to most servers
    else if (!host.setAddress(hostText)) {
        showMessage(tr("“%1” is not an IP address; use 127.0.0.1 for this computer only, or "
                       "0.0.0.0 for every network.")
                        .arg(hostText));
        return false;
    }
    const QString path = QDir::fromNativeSeparators(databasePath());
    if (path.isEmpty()) {
        showMessage(tr("Choose a database file first."));
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        showMessage(tr("The folder %1 cannot be created.").arg(QFileInfo(path).absolutePath()));
        return false;
    }

    const QByteArray token = Checkin::generateToken();
    Checkin::ServiceConfig config;
    config.campaignJson = campaignToBytes(m_document.campaign());
    const Time::ZoneCatalogue &catalogue = m_catalogue;
    config.resolveZone = [&catalogue](QStringView zone) -> Expected<QByteArray> {
        auto resolved = catalogue.resolve(zone);
        if (!resolved)
            return std::unexpected(resolved.error());
        return resolved->id;
    };
    config.adminTokenHash = Checkin::hashToken(token);
    const Time::Clock clock = m_clock;
    config.now = [clock] {
        return QDateTime::fromMSecsSinceEpoch(
            duration_cast<milliseconds>(clock().time_since_epoch()).count(), QTimeZone::utc());
    };
    auto *service = new Checkin::Service(
        std::move(config), [path] { return std::make_unique<Checkin::SqliteStore>(path); }, this);
    if (const auto listening = service->listen(host, quint16(m_port->value())); !listening) {
        delete service;
        showMessage(tr("The service did not start: %1").arg(listening.error().message));
        updateControls();
        return false;
    }
    m_service = service;
    // 0.0.0.0 is no address to visit: fans use the machine's own.
    Checkin::JoinAddresses addresses
        = Checkin::joinAddresses(host, hostText, service->port(), m_listAddresses());
    m_address = std::move(addresses.address);
    m_joinUrls = std::move(addresses.joinUrls);
    rememberPort();
    rememberDatabase();
    connect(service, &Checkin::Service::finished, this, [this] {
        m_service->deleteLater();
        m_service = nullptr;
        m_stopping = false;
        m_address.clear();
        m_joinUrls.clear();
        hideAdminToken();
        updateControls();
        refresh(); // the final figures
        Q_EMIT stopped();
    });
    m_token->setText(QString::fromLatin1(token));
    m_tokenBox->show();
    m_message->clear();
    updateControls();
    refresh();
    Q_EMIT started(m_address);
    return true;
}

void OrganizePanel::stopService()
{
    if (!m_service || m_stopping)
        return;
    m_stopping = true;
    m_refreshTimer->stop();
    updateControls();
    m_service->shutdown(seconds(3));
}

QString OrganizePanel::serviceAddress() const
{
    return m_address;
}

QString OrganizePanel::adminToken() const
{
    return m_tokenBox->isHidden() ? QString() : m_token->text();
}

void OrganizePanel::hideAdminToken()
{
    m_token->clear();
    m_tokenBox->hide();
}

void OrganizePanel::updateControls()
{
    const bool running = m_service != nullptr;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
          static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_chooseButton)})
        widget->setEnabled(!running);
    m_start->setEnabled(!running);
    m_stop->setEnabled(running && !m_stopping);
    if (m_stopping)
        m_status->setText(tr("Stopping: answering the requests in flight…"));
    else if (running && m_joinUrls.isEmpty())
        m_status->setText(tr("Running on every network, but this computer has no address that "
                             "other devices can reach; on this computer it answers at <b>%1</b>.")
                              .arg(m_address.toHtmlEscaped()));
    else if (running) {
        QStringList shown;
        for (const QString &url : m_joinUrls)
            shown.append(u"<b>"_s + url.toHtmlEscaped() + u"</b>"_s);
        m_status->setText(
            tr("Running. Fans join at %1").arg(QLocale().createSeparatedList(shown)));
    } else
        m_status->setText(tr("Not running."));
    // Fans get the address with the campaign; loopback suits a trial run on this computer.
    const QString campaignAddress = m_joinUrls.isEmpty() ? QString() : m_joinUrls.front();
    m_useAddress->setVisible(running && !m_stopping
                             && (campaignAddress.isEmpty()
                                 || m_document.campaign().checkinUrl != campaignAddress));
    m_useAddress->setEnabled(!campaignAddress.isEmpty());
    m_useAddress->setToolTip(
        campaignAddress.isEmpty()
            ? tr("This computer has no network address that fans could reach: connect it to a "
                 "network, then start the service again.")
            : tr("Sets the campaign's check-in address to %1, which fans get with the campaign "
                 "(undoable).")
                  .arg(campaignAddress));
    const bool anyone = !m_snapshot.participants.isEmpty();
    m_export->setEnabled(anyone);
    m_signups->setEnabled(anyone && !m_readingSignups);
}

void OrganizePanel::refresh()
{
    if (m_reader.isRunning())
        return;
    const QString path = QDir::fromNativeSeparators(databasePath());
    if (!QFileInfo(path).isFile())
        return;
    m_readStarted = steady_clock::now();
    m_readingPath = path;
    m_reader.setFuture(QtConcurrent::run([path] { return Checkin::readDashboard(path); }));
}

void OrganizePanel::applySnapshot(const Expected<Checkin::DashboardSnapshot> &snapshot)
{
    // A failed read shows nothing rather than the previous file's rows, which
    // Export and the audience button would otherwise still use.
    m_snapshot = snapshot ? *snapshot : Checkin::DashboardSnapshot {};
    m_participants->setParticipants(m_snapshot.participants);
    m_pulse->setParticipants(m_snapshot.participants);
    const Checkin::Stats &stats = m_snapshot.stats; // counted by the reader, off this thread
    m_zoneStats->setStats(stats);
    m_chart->setActivity(m_snapshot.activity);
    const QLocale locale;
    m_summary->setText(!snapshot                          ? tr("Nothing to show.")
                           : m_snapshot.participants.isEmpty() ? tr("No participants yet.")
                           : tr("%1 joined · %2 ready · %3 posted")
                                 .arg(locale.toString(stats.total.participants),
                                      locale.toString(stats.total.ready),
                                      locale.toString(stats.total.posted)));
    updateControls();

    // The zone filter offers the zones people joined from.
    QStringList zones;
    for (const auto &[zone, counts] : stats.byZone)
        zones.append(QString::fromUtf8(zone));
    QStringList offered;
    for (int i = 1; i < m_zoneFilter->count(); ++i)
        offered.append(m_zoneFilter->itemData(i).toString());
    const QString current = m_zoneFilter->currentData().toString();
    if (!current.isEmpty() && !zones.contains(current))
        zones.append(current);
    zones.sort();
    if (zones != offered) {
        const QSignalBlocker blocker(m_zoneFilter);
        while (m_zoneFilter->count() > 1)
            m_zoneFilter->removeItem(1);
        for (const QString &zone : zones)
            m_zoneFilter->addItem(zone, zone);
        m_zoneFilter->setCurrentIndex(std::max(0, m_zoneFilter->findData(current)));
    }
    if (!snapshot) {
        const QString message
            = tr("The dashboard could not read %1, so it shows nothing: %2")
                  .arg(QFileInfo(QDir::fromNativeSeparators(databasePath())).fileName(),
                       snapshot.error().message);
        showMessage(message);
        Q_EMIT readFailed(message);
        return;
    }
    Q_EMIT refreshed();
}

void OrganizePanel::applyFilterBoxes()
{
    Checkin::ParticipantFilter filter;
    filter.zone = m_zoneFilter->currentData().toString().toUtf8();
    filter.platform = m_platformFilter->currentData().toString();
    if (const int status = m_statusFilter->currentData().toInt(); status >= 0)
        filter.status = Status(status);
    m_filter->setFilter(filter);
}

void OrganizePanel::setFilter(const Checkin::ParticipantFilter &filter)
{
    const QSignalBlocker zoneBlocker(m_zoneFilter);
    const QSignalBlocker platformBlocker(m_platformFilter);
    const QSignalBlocker statusBlocker(m_statusFilter);
    const QString zone = QString::fromUtf8(filter.zone);
    if (!zone.isEmpty() && m_zoneFilter->findData(zone) < 0)
        m_zoneFilter->addItem(zone, zone);
    m_zoneFilter->setCurrentIndex(std::max(0, m_zoneFilter->findData(zone)));
    m_platformFilter->setCurrentIndex(std::max(0, m_platformFilter->findData(filter.platform)));
    m_statusFilter->setCurrentIndex(
        std::max(0, m_statusFilter->findData(filter.status ? int(*filter.status) : -1)));
    applyFilterBoxes();
}

bool OrganizePanel::exportCsv()
{
    const QList<Participant> shown = m_filter->shownParticipants();
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + u'/' + slugOf(m_document.campaign()) + u"-participants.csv"_s;
    const QString path = m_chooseCsv(tr("Export Participants"), suggested);
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Checkin::participantsCsv(shown)) < 0
        || !file.commit()) {
        showMessage(tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    showMessage(tr("Saved %n participant(s) to %1.", nullptr, int(shown.size())).arg(path));
    return true;
}

bool OrganizePanel::useSignupsAsAudience()
{
    if (m_readingSignups)
        return false;
    // A fresh read, off the GUI thread: the button must use who is signed up now.
    const QString path = QDir::fromNativeSeparators(databasePath());
    m_signupsPath = path;
    m_readingSignups = true;
    m_signupsReader.setFuture(QtConcurrent::run([path] { return Checkin::readDashboard(path); }));
    showMessage(tr("Reading the sign-ups…"));
    updateControls();
    return true;
}

void OrganizePanel::applySignups(const QString &path,
                                 const Expected<Checkin::DashboardSnapshot> &snapshot)
{
    m_readingSignups = false;
    const auto done = [this](bool applied) {
        updateControls();
        Q_EMIT signupsUsed(applied);
    };
    if (path != QDir::fromNativeSeparators(databasePath())) {
        showMessage(tr("The database changed while the sign-ups were read; the audience stays "
                       "as it is."));
        return done(false);
    }
    if (!snapshot) {
        showMessage(tr("No sign-ups to use: %1").arg(snapshot.error().message));
        return done(false);
    }
    applySnapshot(snapshot);
    if (snapshot->participants.isEmpty()) {
        showMessage(tr("Nobody has joined yet, so the audience stays as it is."));
        return done(false);
    }
    const auto audience = Plan::audienceFromSignups(snapshot->participants, m_catalogue);
    if (!audience) {
        showMessage(tr("The sign-ups cannot be used: %1").arg(audience.error().text()));
        return done(false);
    }
    const Plan::Audience members = *audience;
    m_document.edit(tr("Use sign-ups as the audience"), [&members](Campaign &campaign) {
        campaign.audience = Plan::campaignAudience(members, campaign.audience);
    });
    showMessage(tr("The audience is now the %n sign-up(s), by zone; the Plan page ranks the hours "
                   "for them. Edit ▸ Undo brings the previous audience back.",
                   nullptr, int(snapshot->participants.size())));
    done(true);
}

void OrganizePanel::showMessage(const QString &message)
{
    m_message->setText(message);
}

QString OrganizePanel::statusText() const
{
    return m_status->text();
}

QString OrganizePanel::summaryText() const
{
    return m_summary->text();
}

QString OrganizePanel::messageText() const
{
    return m_message->text();
}

} // namespace Chorus::Ui
