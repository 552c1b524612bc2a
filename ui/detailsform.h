#pragma once

#include "time/instant.h"
#include "time/localtime.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Ui {

class CampaignDocument;
class ZonePicker;

/// The campaign's details, edited in place: title, hashtag, start, duration,
/// reminders, link and organizer. Each field commits when the user leaves it,
/// as one undoable edit.
///
/// The start is entered as a wall-clock date and time in a zone the user
/// picks (UTC or any other). A time the clocks skipped or showed twice is
/// never shifted silently: the form explains what happened there and offers
/// the possible instants as buttons, and nothing changes until one is chosen.
class DetailsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsForm)

public:
    DetailsForm(CampaignDocument &document, const Time::ZoneCatalogue &catalogue,
                QWidget *parent = nullptr);
    ~DetailsForm() override;

    /// The zone the start is entered in.
    void setInputZone(const QByteArray &zone);
    [[nodiscard]] QByteArray inputZone() const;

    /// Sets the start fields as if typed, and commits them (for tests and
    /// for the Enter key).
    void enterStart(Time::LocalTime local);
    /// The explanation shown for a skipped or repeated time; empty otherwise.
    [[nodiscard]] QString startProblem() const;
    /// Chooses the first or second instant offered for a skipped or repeated time.
    void chooseStart(bool second);

private:
    void reload();
    void commitStart();
    void commitReminders();
    void showProblem(QLabel *label, const QString &text);

    CampaignDocument &m_document;
    const Time::ZoneCatalogue &m_catalogue;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_hashtag = nullptr;
    QLabel *m_hashtagProblem = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    ZonePicker *m_zone = nullptr;
    QLabel *m_startUtc = nullptr;
    QLabel *m_startProblem = nullptr;
    QPushButton *m_chooseFirst = nullptr;
    QPushButton *m_chooseSecond = nullptr;
    Time::Instant m_firstChoice;
    Time::Instant m_secondChoice;
    QSpinBox *m_duration = nullptr;
    QLineEdit *m_reminders = nullptr;
    QLabel *m_remindersProblem = nullptr;
    QLineEdit *m_link = nullptr;
    QLabel *m_linkProblem = nullptr;
    QLineEdit *m_organizerName = nullptr;
    QLineEdit *m_organizerEmail = nullptr;
};

} // namespace Chorus::Ui
