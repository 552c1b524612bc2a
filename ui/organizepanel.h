#pragma once

#include "campaign/campaign.h"
#include "checkin/dashboard.h"
#include "error.h"
#include "time/instant.h"

#include <QFutureWatcher>
#include <QHostAddress>
#include <QList>
#include <QWidget>

#include <chrono>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QTableView;
class QTimer;
class QUrl;

namespace Chorus::Checkin {
class Service;
}
namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Ui {

class CampaignDocument;
class CheckinChart;
class ParticipantsFilterModel;
class ParticipantsModel;
class PulsePanel;
class ZoneStatsModel;

/// The organizer's half of the Check-ins page: runs the check-in service in
/// this process (the same Service as `chorus-cli serve`) and watches the
/// participants live: a filterable table, head counts by zone, a chart of
/// check-ins over time, CSV export, and "use sign-ups as the audience".
///
/// The dashboard reads the database file through its own read-only
/// connection off the GUI thread (Checkin::readDashboard), every couple of
/// seconds while the service runs: WAL readers never hold up the service's
/// writer, where polling GET /api/v1/participants would queue a full list
/// read into its write batches.
class OrganizePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizePanel)

public:
    /// Asks for a file: (title, suggested path) → chosen path, empty to cancel.
    using FileChooser = std::function<QString(const QString &title, const QString &suggested)>;
    using Clipboard = std::function<void(const QString &text)>;
    /// Opens a post's address (QDesktopServices::openUrl by default).
    using UrlOpener = std::function<bool(const QUrl &url)>;
    /// The machine's addresses (QNetworkInterface::allAddresses by default).
    using AddressLister = std::function<QList<QHostAddress>()>;

    OrganizePanel(CampaignDocument &document, const Time::ZoneCatalogue &catalogue,
                  Time::Clock clock, QSettings &settings, QWidget *parent = nullptr);
    ~OrganizePanel() override;

    void setDatabaseChooser(FileChooser chooser) { m_chooseDatabase = std::move(chooser); }
    void setCsvChooser(FileChooser chooser) { m_chooseCsv = std::move(chooser); }
    void setClipboard(Clipboard clipboard) { m_clipboard = std::move(clipboard); }
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    /// Where a wildcard listen address (0.0.0.0, ::) finds the addresses fans
    /// can reach; tests pass a fixed list.
    void setAddressLister(AddressLister lister) { m_listAddresses = std::move(lister); }
    /// How often the dashboard rereads the database while the service runs.
    void setRefreshInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    void setDisplayZone(const QByteArray &zone);

    /// Starts the service with the form's address, port and database; false
    /// (and the reason shown) when it cannot.
    bool startService();
    /// Stops it gracefully; stopped() follows.
    void stopService();
    [[nodiscard]] bool isRunning() const { return m_service != nullptr; }
    /// "http://127.0.0.1:8080" while running, else empty. For a wildcard
    /// listen address it is the first address fans can reach
    /// ("http://192.168.1.20:8080"), or loopback when the machine has none.
    [[nodiscard]] QString serviceAddress() const;
    /// The addresses fans can join at while running: one, or for a wildcard
    /// listen address each non-loopback address of the machine (IPv4 first);
    /// empty when there is none.
    [[nodiscard]] QStringList joinAddresses() const { return m_joinUrls; }
    /// The admin token while it is shown (after a start, until hidden), else empty.
    [[nodiscard]] QString adminToken() const;
    void hideAdminToken();

    /// Rereads the database now (when nothing is being read already).
    void refresh();
    void setFilter(const Checkin::ParticipantFilter &filter);
    /// Writes the participants the table shows to a CSV file (asks where).
    bool exportCsv();
    /// Rereads the sign-ups off the GUI thread, then replaces the campaign's
    /// audience with their zones (one undoable edit); signupsUsed() follows.
    /// False when a read for it is already under way.
    bool useSignupsAsAudience();
    [[nodiscard]] bool isReadingSignups() const { return m_readingSignups; }

    [[nodiscard]] QString databasePath() const;
    void setDatabasePath(const QString &path);
    void setListenAddress(const QString &address, int port);
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] ParticipantsModel *participantsModel() const { return m_participants; }
    [[nodiscard]] ParticipantsFilterModel *filterModel() const { return m_filter; }
    [[nodiscard]] ZoneStatsModel *zoneStatsModel() const { return m_zoneStats; }
    [[nodiscard]] CheckinChart *chart() const { return m_chart; }
    /// The Pulse tab: the hashtag's posts per minute beside the posted check-ins.
    [[nodiscard]] PulsePanel *pulse() const { return m_pulse; }
    [[nodiscard]] QTableView *participantsView() const { return m_table; }
    [[nodiscard]] QComboBox *zoneFilterBox() const { return m_zoneFilter; }
    [[nodiscard]] QComboBox *platformFilterBox() const { return m_platformFilter; }
    [[nodiscard]] QComboBox *statusFilterBox() const { return m_statusFilter; }
    [[nodiscard]] QPushButton *useAddressButton() const { return m_useAddress; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QPushButton *signupsButton() const { return m_signups; }
    [[nodiscard]] int port() const;

Q_SIGNALS:
    void started(const QString &address);
    void stopped();
    /// A reread of the database was applied to the table, stats and chart.
    void refreshed();
    /// A reread failed: the dashboard is cleared and the reason shown.
    void readFailed(const QString &message);
    /// useSignupsAsAudience() finished: whether the audience was replaced.
    void signupsUsed(bool applied);

private:
    void applySnapshot(const Expected<Checkin::DashboardSnapshot> &snapshot);
    void applyFilterBoxes();
    void updateControls();
    void updateDefaultDatabase();
    void applySignups(const QString &path, const Expected<Checkin::DashboardSnapshot> &snapshot);
    void rememberDatabase();
    void rememberPort();
    [[nodiscard]] QString settingsKey(const QString &name) const;
    void showMessage(const QString &message);
    void scheduleRefresh();

    CampaignDocument &m_document;
    const Time::ZoneCatalogue &m_catalogue;
    Time::Clock m_clock;
    QSettings &m_settings;
    FileChooser m_chooseDatabase;
    FileChooser m_chooseCsv;
    Clipboard m_clipboard;
    UrlOpener m_openUrl;
    AddressLister m_listAddresses;
    std::chrono::milliseconds m_interval {2000};
    Checkin::Service *m_service = nullptr;
    bool m_stopping = false;
    bool m_databaseChosen = false;
    bool m_campaignSeen = false;
    QString m_campaignKey; ///< the campaign the database and port are remembered for
    Campaign m_lastCampaign; ///< as it was when m_campaignKey was set
    QString m_address;
    QStringList m_joinUrls;
    QString m_readingPath;
    QFutureWatcher<Expected<Checkin::DashboardSnapshot>> m_reader;
    QFutureWatcher<Expected<Checkin::DashboardSnapshot>> m_signupsReader;
    QString m_signupsPath;
    bool m_readingSignups = false; ///< until the read's result is applied
    std::chrono::steady_clock::time_point m_readStarted;
    QTimer *m_refreshTimer = nullptr;
    Checkin::DashboardSnapshot m_snapshot;

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_useAddress = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_tokenBox = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_zoneFilter = nullptr;
    QComboBox *m_platformFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_zoneTable = nullptr;
    CheckinChart *m_chart = nullptr;
    PulsePanel *m_pulse = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_signups = nullptr;
    ParticipantsModel *m_participants = nullptr;
    ParticipantsFilterModel *m_filter = nullptr;
    ZoneStatsModel *m_zoneStats = nullptr;
};

} // namespace Chorus::Ui
