#pragma once

#include "campaign/campaign.h"
#include "time/instant.h"

#include <QMainWindow>
#include <QUrl>
#include <QMessageBox>

#include <functional>

class QLabel;
class QListWidget;
class QMenu;
class QNetworkAccessManager;
class QSettings;
class QStackedWidget;
class QSystemTrayIcon;

namespace Chorus {
class CampaignFetcher;
}
namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Ui {

class CampaignDocument;
class CheckinsPage;
class CountdownPage;
class MessagesPage;
class PlanPage;
class SharePage;

/// The Chorus main window: a sidebar of pages (Plan, Countdown, Messages,
/// Check-ins, Share) around one campaign document.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page { PlanPageIndex, CountdownPageIndex, MessagesPageIndex, CheckinsPageIndex, SharePageIndex };

    /// How the window asks whether to save unsaved changes; tests replace it.
    using SaveQuestion = std::function<QMessageBox::StandardButton(const QString &title)>;

    /// `settings` keeps the window geometry, the last and recent campaigns and
    /// the viewer's zone; `systemZone` is the zone to show until the user
    /// picks another. `network` fetches campaigns opened from a URL.
    MainWindow(const Time::ZoneCatalogue &catalogue, Time::Clock clock, QSettings &settings,
               QNetworkAccessManager &network, const QByteArray &systemZone,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// What `chorus [CAMPAIGN_FILE]` opens: the file or URL given, else the
    /// last campaign used, else the bundled sample.
    void openAtStart(const QString &location);
    /// Opens a campaign file or an http(s) URL, after asking about unsaved
    /// changes. A file or URL that cannot be read changes nothing but the
    /// banner, which says what is wrong and where.
    void openLocation(const QString &location);
    /// Saves to the document's file, or asks for one. Returns whether it saved.
    bool save();
    /// Saves to `path`; errors go to the banner.
    bool saveTo(const QString &path);
    /// Starts a new campaign (after asking about unsaved changes).
    void newCampaign();

    void setSaveQuestion(SaveQuestion question) { m_askToSave = std::move(question); }
    /// Asked on close while "Post for me" waits to post: true keeps Chorus
    /// running in the tray (tests answer it).
    using KeepRunningQuestion = std::function<bool()>;
    void setKeepRunningQuestion(KeepRunningQuestion question)
    {
        m_askKeepRunning = std::move(question);
    }
    /// The X compose page offered at the start ("Post on X now"); empty when
    /// the campaign has no X template or the start was not announced yet.
    [[nodiscard]] QUrl xComposeOffer() const { return m_xOffer; }
    /// Opens xComposeOffer() (clicking the start's notification).
    void openXCompose();
    void showPage(Page page);

    [[nodiscard]] const Campaign &campaign() const;
    [[nodiscard]] CampaignDocument *document() const { return m_document; }
    [[nodiscard]] QString campaignSource() const;
    [[nodiscard]] CountdownPage *countdownPage() const { return m_countdown; }
    [[nodiscard]] PlanPage *planPage() const { return m_plan; }
    [[nodiscard]] MessagesPage *messagesPage() const { return m_messages; }
    [[nodiscard]] CheckinsPage *checkinsPage() const { return m_checkins; }
    [[nodiscard]] SharePage *sharePage() const { return m_share; }
    [[nodiscard]] QStringList recentFiles() const;
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
    void showCampaign(const Campaign &campaign, const QString &filePath, const QString &source);
    void showProblem(const QString &problem);
    void openSample();
    /// The sample, leaving the remembered last campaign as it was (a
    /// fallback is no choice of the user's).
    void openSampleKeepingLast();
    void chooseFile();
    void chooseUrl();
    bool chooseSaveFile();
    /// Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();
    void updateTitle();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void setViewerZone(const QByteArray &zone);
    [[nodiscard]] Time::Instant now() const;
    void notify(const QString &message);

    const Time::ZoneCatalogue &m_catalogue;
    Time::Clock m_clock;
    QSettings &m_settings;
    CampaignDocument *m_document = nullptr;
    CampaignFetcher *m_fetcher = nullptr;
    SaveQuestion m_askToSave;
    KeepRunningQuestion m_askKeepRunning;
    QUrl m_xOffer;
    QLabel *m_banner = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    PlanPage *m_plan = nullptr;
    CountdownPage *m_countdown = nullptr;
    MessagesPage *m_messages = nullptr;
    CheckinsPage *m_checkins = nullptr;
    SharePage *m_share = nullptr;
    QMenu *m_recentMenu = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    /// Set while the last campaign, a URL, is being fetched at start: if it
    /// fails, the sample is shown with the reason.
    bool m_sampleIfFetchFails = false;
    /// The banner over the sample when that fetch fails; %1 is the error.
    QString m_fetchFallbackText;
    /// The undo position when a download was asked for: edits after it are
    /// asked about again before the download replaces the campaign.
    int m_undoIndexAtFetch = 0;
};

} // namespace Chorus::Ui
