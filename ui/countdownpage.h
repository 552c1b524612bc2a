#pragma once

#include "checkin/client.h"
#include "time/instant.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QProgressBar;
class QTimer;

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Ui {

class ZonePicker;

/// What the countdown shows about a campaign.
struct CountdownSubject
{
    QString title;
    QString hashtag;
    Time::Instant start;
    std::chrono::minutes duration{60};
    std::vector<std::chrono::minutes> reminders; ///< before the start
};

/// The fan's view: the start in their own zone and a live countdown.
///
/// One timer, aligned to the next whole second of the injected clock, so the
/// page costs nothing between ticks and never drifts.
class CountdownPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountdownPage)

public:
    CountdownPage(const Time::ZoneCatalogue &catalogue, Time::Clock clock,
                  QWidget *parent = nullptr);
    ~CountdownPage() override;

    void setSubject(const CountdownSubject &subject);
    void setViewerZone(const QByteArray &zone);
    [[nodiscard]] QByteArray viewerZone() const { return m_zone; }

    /// The text of the big counter ("3 d 04:05:06"), for tests and accessibility.
    [[nodiscard]] QString counterText() const;
    [[nodiscard]] QString startText() const;
    [[nodiscard]] QString phaseText() const;
    [[nodiscard]] QString nextReminderText() const;

    /// How far the local clock is off, as the check-in service measured it
    /// (nothing: not known). When it is off by more than 30 s beyond the
    /// estimate's uncertainty, the page says so and counts down by the
    /// service's clock instead (now − offset), reminders included.
    void setClockOffset(const std::optional<Checkin::ClockOffset> &offset);
    /// The warning shown about the clock; empty when there is none.
    [[nodiscard]] QString clockWarningText() const;

    /// A duration as people say it: "1 day", "1 hour 30 minutes".
    [[nodiscard]] static QString spokenDuration(std::chrono::minutes duration);

Q_SIGNALS:
    void viewerZoneChanged(const QByteArray &zone);
    /// A reminder's moment passed while the page was counting.
    void reminderDue(std::chrono::minutes before);
    /// The start passed while the page was counting.
    void started();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void scheduleTick();
    void updateStartText();
    /// The injected clock, corrected by the measured offset when it is off.
    [[nodiscard]] std::chrono::system_clock::time_point correctedNow() const;

    const Time::ZoneCatalogue &m_catalogue;
    Time::Clock m_clock;
    CountdownSubject m_subject;
    QByteArray m_zone = "UTC";
    QLabel *m_title = nullptr;
    QLabel *m_hashtag = nullptr;
    QLabel *m_start = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_phase = nullptr;
    QProgressBar *m_progress = nullptr;
    ZonePicker *m_zonePicker = nullptr;
    QTimer *m_timer = nullptr;
    QLabel *m_nextReminder = nullptr;
    QLabel *m_clockWarning = nullptr;
    std::chrono::milliseconds m_correction {0}; ///< subtracted from the clock
    std::optional<Time::Instant> m_lastTick; ///< for announcing moments that passed
};

} // namespace Chorus::Ui
