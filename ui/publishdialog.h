#pragma once

#include "share/eventinput.h"
#include "time/instant.h"

#include <QDialog>
#include <QImage>

class QLabel;
class QPlainTextEdit;

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Ui {

/// "Publish": everything fans get, for one campaign. Shows the announcement
/// card and text (start in the audience's cities, Discord codes) and offers
/// copy buttons for the text, the Discord code and the Google/Outlook links,
/// and saving the card (PNG), the calendar (.ics) and the fan page (HTML).
/// It only displays and saves what core/share and chorus_render compute.
class PublishDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishDialog)

public:
    /// `clock` stamps the .ics (DTSTAMP) when it is saved.
    PublishDialog(Share::EventInput event, const Time::ZoneCatalogue &catalogue, Time::Clock clock,
                  QWidget *parent = nullptr);
    ~PublishDialog() override;

    [[nodiscard]] QString announcement() const;
    [[nodiscard]] const QImage &card() const { return m_card; }

    /// Saving, for the buttons (and tests): atomically, an error names the file.
    [[nodiscard]] Expected<void> saveCard(const QString &path) const;
    [[nodiscard]] Expected<void> saveCalendar(const QString &path) const;
    [[nodiscard]] Expected<void> savePage(const QString &path) const;

private:
    void copy(const QString &text, const QString &what);
    void saveWithDialog(const QString &title, const QString &suggested, const QString &filter,
                        Expected<void> (PublishDialog::*save)(const QString &) const);

    Share::EventInput m_event;
    Time::Clock m_clock;
    QImage m_card;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Chorus::Ui
