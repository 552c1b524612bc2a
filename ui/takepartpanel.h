#pragma once

#include "checkin/client.h"
#include "checkin/tokenstore.h"
#include "time/instant.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSettings;

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Ui {

class CampaignDocument;
class PostForMe;
class PostForMePanel;
class ZonePicker;

/// The fan's half of the Check-ins page: join the campaign's check-in
/// service (handle, platform, zone), then "I'm ready" and "I posted", with
/// the live "N people are posting with you".
///
/// The service address is the campaign's `checkin_url` unless the fan types
/// another. The membership (id and token) is kept in the settings through a
/// SettingsTokenStore, and the handle and last status beside it, so after a
/// restart the fan is still in. The figures are polled while the panel is on
/// screen or the fan has joined; every answer also feeds the clock check,
/// reported by clockOffsetChanged().
class TakePartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TakePartPanel)

public:
    TakePartPanel(CampaignDocument &document, const Time::ZoneCatalogue &catalogue,
                  Time::Clock clock, QSettings &settings, QNetworkAccessManager &network,
                  const QByteArray &systemZone, QWidget *parent = nullptr);
    ~TakePartPanel() override;

    /// Poll and retry timing (tests make it fast); rebuilds the client.
    void setClientOptions(const Checkin::ClientOptions &options);
    /// Another service address than the campaign's; empty goes back to it.
    void setServiceOverride(const QString &url);
    /// The address in use: the override, else the campaign's; may be empty.
    [[nodiscard]] QUrl serviceUrl() const;

    /// Joins with the form's handle, platform and zone.
    void join();
    /// Checks in; a "posted" check-in may carry the post's address.
    void checkIn(Checkin::Status status, const QString &postUrl = {});

    [[nodiscard]] bool isJoined() const;
    /// The fan's status as the service last confirmed it (Joined after a join).
    [[nodiscard]] std::optional<Checkin::Status> status() const;
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString togetherText() const;
    /// "1,234 of 5,000 have joined" when the campaign has a supporter goal,
    /// else empty.
    [[nodiscard]] QString goalText() const;
    [[nodiscard]] QString problemText() const;

    [[nodiscard]] QLineEdit *serviceEdit() const { return m_service; }
    [[nodiscard]] QLineEdit *handleEdit() const { return m_handle; }
    [[nodiscard]] QComboBox *platformBox() const { return m_platform; }
    /// Under the handle: what a handle on the chosen platform looks like,
    /// as a warning while the typed text is none.
    [[nodiscard]] QLabel *handleHint() const { return m_handleHint; }
    [[nodiscard]] ZonePicker *zonePicker() const { return m_zone; }
    [[nodiscard]] QPushButton *joinButton() const { return m_join; }
    [[nodiscard]] QPushButton *readyButton() const { return m_ready; }
    [[nodiscard]] QPushButton *postedButton() const { return m_posted; }
    /// "Post for me": the accounts Chorus posts from at the start.
    [[nodiscard]] PostForMePanel *postForMe() const { return m_postForMe; }

Q_SIGNALS:
    /// The best estimate of the local clock against the service's, or
    /// nothing when there is no service (any more) to compare with.
    void clockOffsetChanged(const std::optional<Chorus::Checkin::ClockOffset> &offset);
    void joined();
    void checkedIn(Chorus::Checkin::Status status);
    /// New figures arrived and are shown.
    void statsShown();
    /// A problem is shown (join refused, service unreachable, …).
    void problemShown(const QString &problem);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void rebuildClient();
    void updatePolling();
    void updateState();
    /// Checks the typed handle against the platform's rules as the service
    /// will, updating the hint and the Join button.
    void checkHandle();
    [[nodiscard]] bool isHandleValid() const;
    [[nodiscard]] QString handleRule() const;
    void showProblem(const QString &problem);
    void showStats(const Checkin::Stats &stats);
    void updateGoal();
    [[nodiscard]] QString settingsKey(const QString &name) const;
    [[nodiscard]] QString overrideKey() const;

    CampaignDocument &m_document;
    const Time::ZoneCatalogue &m_catalogue;
    Time::Clock m_clock;
    QSettings &m_settings;
    QNetworkAccessManager &m_network;
    Checkin::SettingsTokenStore m_tokens;
    Checkin::ClientOptions m_options;
    Checkin::Client *m_client = nullptr;
    QUrl m_clientUrl;
    QString m_overrideKey; ///< where the typed address is kept, for this campaign
    bool m_busy = false;
    bool m_pollProblem = false; ///< the problem shown is a failed poll
    std::optional<Checkin::Stats> m_stats;

    QLineEdit *m_service = nullptr;
    QLabel *m_serviceNote = nullptr;
    QLineEdit *m_handle = nullptr;
    QLabel *m_handleHint = nullptr;
    QComboBox *m_platform = nullptr;
    ZonePicker *m_zone = nullptr;
    QPushButton *m_join = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_ready = nullptr;
    QPushButton *m_posted = nullptr;
    QLabel *m_together = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_goal = nullptr;
    QLabel *m_problem = nullptr;
    PostForMe *m_postController = nullptr;
    PostForMePanel *m_postForMe = nullptr;
};

} // namespace Chorus::Ui
