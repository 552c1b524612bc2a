#pragma once

#include "error.h"
#include "share/eventinput.h"
#include "time/instant.h"

#include <QImage>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUrl;

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Ui {

class CampaignDocument;
class CardPreview;

/// The Share page: everything fans get, for the campaign being edited. The
/// calendar file (.ics) and the Google and Outlook links, the fan page (saved
/// and opened in the browser), the announcement text in the viewer's locale
/// with the Discord timestamp codes, and the image card with a live preview.
/// It follows the document (every edit, undo and redo) and only displays and
/// saves what core/share and chorus_render compute. A campaign that would not
/// load again (validateCampaign()) cannot be shared: the page names the field
/// and disables the exports until it is fixed.
///
/// The outside world is injected: where to save (a file dialog), the
/// clipboard and the browser are std::function members with setters, so
/// tests see exactly which bytes are saved, which text is copied and which
/// URL is opened.
class SharePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharePage)

public:
    /// Asks where to save: the dialog's title, the suggested path and the
    /// name filter; an empty answer means the user cancelled.
    using SaveFileChooser = std::function<QString(
        const QString &title, const QString &suggestedPath, const QString &filter)>;
    /// Puts text on the clipboard.
    using ClipboardWriter = std::function<void(const QString &text)>;
    /// Opens a URL (a saved file:// page) in the browser; false if it could not.
    using UrlOpener = std::function<bool(const QUrl &url)>;

    /// `clock` stamps the .ics (DTSTAMP) when it is made.
    SharePage(CampaignDocument &document, const Time::ZoneCatalogue &catalogue, Time::Clock clock,
              QWidget *parent = nullptr);
    ~SharePage() override;

    /// The viewer's zone, for showing what the Discord codes will read to
    /// them ("UTC" until set).
    void setViewerZone(const QByteArray &zone);

    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseSaveFile = std::move(chooser); }
    void setClipboardWriter(ClipboardWriter writer) { m_copy = std::move(writer); }
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    /// The announcement as shown (and copied): title, start, cities, link.
    [[nodiscard]] QString announcementText() const;
    /// The Discord codes as shown (and copied): `<t:…:F> (<t:…:R>)`.
    [[nodiscard]] QString discordCodes() const;
    /// How Discord will show the F code to this viewer, in their zone and
    /// locale: "In Discord you will see: Sunday, 14 February 2027 22:30
    /// (Asia/Kolkata)"; empty when sharing is blocked.
    [[nodiscard]] QString discordPreview() const;
    /// The card as it is previewed and saved (1200×675); null when blocked.
    [[nodiscard]] const QImage &card() const { return m_card; }
    /// Why sharing is blocked ("title: must not be empty, …"); empty when it is not.
    [[nodiscard]] QString problem() const;
    /// The last thing done or the last failure, as the status line says it.
    [[nodiscard]] QString status() const;

    /// What the buttons do (tests and menus call them too).
    void exportCalendar();
    void copyGoogleLink();
    void copyOutlookLink();
    void saveFanPage();
    void copyAnnouncement();
    void copyDiscordCodes();
    void saveCard();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void documentChanged();
    void refresh();
    void setBlocked(const QString &problem);
    /// Enables what can be shared; the .ics and the fan page also need a
    /// calendar file libical accepts.
    void setActionsEnabled(bool shareable, bool calendarFileOk);
    [[nodiscard]] Time::Instant now() const;
    [[nodiscard]] QString suggestedPath(const QString &fileName) const;
    /// Asks for a file, writes `bytes()` there atomically and says so; returns
    /// the path written, or nothing when cancelled or failed.
    std::optional<QString> saveWithChooser(const QString &title, const QString &fileName,
                                           const QString &filter,
                                           const std::function<QByteArray()> &bytes);
    void copy(const QString &text, const QString &done);
    void showStatus(const QString &text, bool failure = false);

    CampaignDocument &m_document;
    const Time::ZoneCatalogue &m_catalogue;
    Time::Clock m_clock;
    SaveFileChooser m_chooseSaveFile;
    ClipboardWriter m_copy;
    UrlOpener m_openUrl;

    /// The event of the last refresh; unset while sharing is blocked.
    std::optional<Share::EventInput> m_event;
    /// Whether libical accepts the event's .ics (else neither it nor the page is offered).
    bool m_calendarFileOk = false;
    QImage m_card;
    bool m_stale = true;
    QByteArray m_viewerZone = "UTC";
    /// Where the user saved last; the next file dialog starts there.
    QString m_lastDirectory;

    QLabel *m_problem = nullptr;
    QLabel *m_when = nullptr;
    QPushButton *m_exportIcs = nullptr;
    QPushButton *m_copyGoogle = nullptr;
    QPushButton *m_copyOutlook = nullptr;
    QPushButton *m_savePage = nullptr;
    QCheckBox *m_openAfterSave = nullptr;
    QPlainTextEdit *m_announcement = nullptr;
    QPushButton *m_copyAnnouncement = nullptr;
    QLineEdit *m_discord = nullptr;
    QPushButton *m_copyDiscord = nullptr;
    QLabel *m_discordPreview = nullptr;
    CardPreview *m_preview = nullptr;
    QPushButton *m_saveCard = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Chorus::Ui
