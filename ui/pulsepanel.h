#pragma once

#include "checkin/participant.h"
#include "social/pulse.h"
#include "time/instant.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QThread;

namespace Chorus::Ui {

class CampaignDocument;
class PulseChart;
class PulseWorker;

/// Check-ins › Organize › Pulse: posts carrying the campaign's hashtag per
/// minute on Mastodon and Bluesky, beside the posted check-ins of the
/// organizer's own service, live during the hour; a report (PNG chart and
/// CSV of the minutes) afterwards.
///
/// The reading runs on a thread of its own (a Social::PulsePoller with its
/// own network manager), once a minute, faster while it catches up on the
/// past part of the range (with progress shown); the widget only displays
/// what it sends. The range is the campaign's window with a quarter of an
/// hour on each side. The app password is kept in memory only.
class PulsePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PulsePanel)

public:
    /// Asks for the report's file name: (title, suggested path) → chosen, empty to cancel.
    using FileChooser = std::function<QString(const QString &title, const QString &suggested)>;

    PulsePanel(CampaignDocument &document, Time::Clock clock, QWidget *parent = nullptr);
    ~PulsePanel() override;

    void setReportChooser(FileChooser chooser) { m_chooseReport = std::move(chooser); }
    /// The participants, for the default list of Mastodon servers.
    void setParticipants(const QList<Checkin::Participant> &participants);
    /// Where the organizer's check-in database is (read directly for the
    /// posted check-ins when the pulse starts).
    void setDatabaseProvider(std::function<QString()> provider)
    {
        m_databasePath = std::move(provider);
    }
    void setDisplayZone(const QByteArray &zone);

    /// Starts reading with the form's sources; false (and why shown) when it cannot.
    bool start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

    /// Shows one round's result (what the worker sends; tests call it too).
    void showPulse(const QList<Social::PulseMinute> &minutes, const Social::PulseColumns &columns,
                   const QList<Social::SourceReport> &sources, bool caughtUp);
    /// Writes the report: the chart as PATH.png and the minutes as PATH.csv
    /// (asks for PATH); false when cancelled or a file could not be written.
    bool saveReport();

    [[nodiscard]] PulseChart *chart() const { return m_chart; }
    [[nodiscard]] QLineEdit *mastodonEdit() const { return m_mastodon; }
    [[nodiscard]] QLineEdit *blueskyHandleEdit() const { return m_handle; }
    [[nodiscard]] QLineEdit *appPasswordEdit() const { return m_password; }
    [[nodiscard]] QLineEdit *blueskyServiceEdit() const { return m_service; }
    [[nodiscard]] QPushButton *reportButton() const { return m_report; }
    [[nodiscard]] QString totalsText() const;
    [[nodiscard]] QString peakText() const;
    [[nodiscard]] QString compareText() const;
    [[nodiscard]] QString statusText() const;
    /// "12,345 posts in the hour, peak 1,020 a minute at 17:03 UTC".
    [[nodiscard]] QString reportSentence() const;
    /// The minutes the pulse reads: the campaign's window, a quarter hour either side.
    [[nodiscard]] Checkin::MinuteRange range() const;

Q_SIGNALS:
    /// A round's result was shown.
    void updated();

private:
    void updateControls();
    [[nodiscard]] QDateTime now() const;

    CampaignDocument &m_document;
    Time::Clock m_clock;
    FileChooser m_chooseReport;
    QList<Checkin::Participant> m_participants;
    std::function<QString()> m_databasePath;
    QByteArray m_zone = "UTC";
    QThread *m_thread = nullptr;
    PulseWorker *m_worker = nullptr;
    QList<Social::PulseMinute> m_minutes;
    Social::PulseColumns m_columns;
    bool m_caughtUp = false;

    QLineEdit *m_mastodon = nullptr;
    QLineEdit *m_handle = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_service = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_report = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_peak = nullptr;
    QLabel *m_compare = nullptr;
    QLabel *m_sentence = nullptr;
    PulseChart *m_chart = nullptr;
};

} // namespace Chorus::Ui
