#pragma once

#include "campaign/campaign.h"
#include "time/instant.h"

#include <QMainWindow>

class QLabel;
class QSystemTrayIcon;
class QNetworkAccessManager;
class QSettings;

namespace Chorus {
class CampaignFetcher;
struct Error;
}
namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Ui {

class CountdownPage;

/// The Chorus main window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `settings` keeps the window geometry, the last campaign and the
    /// viewer's zone; `systemZone` is the zone to show until the user picks
    /// another. `network` fetches campaigns opened from a URL.
    MainWindow(const Time::ZoneCatalogue &catalogue, Time::Clock clock, QSettings &settings,
               QNetworkAccessManager &network, const QByteArray &systemZone,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// What `chorus [CAMPAIGN_FILE]` opens: the file or URL given, else the
    /// last campaign used, else the bundled sample.
    void openAtStart(const QString &location);
    /// Opens a campaign file or an http(s) URL. A file or URL that cannot be
    /// read changes nothing but the banner, which says what is wrong and where.
    void openLocation(const QString &location);

    [[nodiscard]] const Campaign &campaign() const { return m_campaign; }
    [[nodiscard]] QString campaignSource() const { return m_source; }
    [[nodiscard]] CountdownPage *countdownPage() const { return m_countdown; }
    /// The problem banner's text; empty when there is no problem.
    [[nodiscard]] QString problem() const;

Q_SIGNALS:
    /// A campaign was opened and is shown.
    void campaignOpened(const QString &source);
    /// A reminder or the start was announced (tray message, or status bar and
    /// window alert where there is no tray).
    void notified(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showCampaign(const Campaign &campaign, const QString &source);
    void showProblem(const QString &problem);
    void openSample();
    void chooseFile();
    void chooseUrl();
    [[nodiscard]] Time::Instant now() const;
    void notify(const QString &message);

    const Time::ZoneCatalogue &m_catalogue;
    Time::Clock m_clock;
    QSettings &m_settings;
    CampaignFetcher *m_fetcher = nullptr;
    Campaign m_campaign;
    QString m_source;
    QLabel *m_banner = nullptr;
    CountdownPage *m_countdown = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace Chorus::Ui
