#include "sharepage.h"

#include "announcementcard.h"
#include "campaigndocument.h"
#include "localeformat.h"
#include "widgetlifetime.h"

#include "campaign/campaignfile.h"
#include "share/announcement.h"
#include "share/calendarlinks.h"
#include "share/fanpage.h"
#include "share/icalendar.h"
#include "time/instant.h"

#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chorus::Ui {

/// The card, scaled to the width it is given with its 16:9 shape kept. The
/// scaled pixmap is made once per size, never in paintEvent.
class CardPreview final : public QWidget
{
public:
    explicit CardPreview(QWidget *parent)
        : QWidget(parent)
    {
        QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
        setMinimumWidth(240);
    }

    void setImage(const QImage &image)
    {
        m_image = image;
        m_scaled = {};
        update();
    }

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override
    {
        return width * Render::cardHeight / Render::cardWidth;
    }
    [[nodiscard]] QSize sizeHint() const override { return {480, heightForWidth(480)}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QRect target = targetRect();
        if (m_image.isNull()) {
            painter.fillRect(target, palette().color(QPalette::AlternateBase));
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(target, Qt::AlignCenter | Qt::TextWordWrap,
                             SharePage::tr("No card while the campaign has a problem."));
            return;
        }
        const qreal ratio = devicePixelRatioF();
        const QSize pixels = (QSizeF(target.size()) * ratio).toSize();
        if (m_scaled.size() != pixels) {
            m_scaled = QPixmap::fromImage(
                m_image.scaled(pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation));
            m_scaled.setDevicePixelRatio(ratio);
        }
        painter.drawPixmap(target.topLeft(), m_scaled);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(target.adjusted(0, 0, -1, -1));
    }

private:
    [[nodiscard]] QRect targetRect() const
    {
        const int width
            = std::min(this->width(), height() * Render::cardWidth / Render::cardHeight);
        return {0, 0, width, heightForWidth(width)};
    }

    QImage m_image;
    QPixmap m_scaled;
};

namespace {

Expected<void> writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QDir::toNativeSeparators(path), file.errorString());
    file.write(bytes);
    if (!file.commit())
        return fail(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

SharePage::SharePage(CampaignDocument &document, const Time::ZoneCatalogue &catalogue,
                     Time::Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalogue(catalogue)
    , m_clock(std::move(clock))
{
    // The real dialogs, clipboard and browser; tests replace them.
    m_chooseSaveFile
        = [this](const QString &title, const QString &suggested, const QString &filter) {
              return QFileDialog::getSaveFileName(this, title, suggested, filter);
          };
    m_copy = [](const QString &text) {
        QGuiApplication::clipboard()->setText(text);
    };
    m_openUrl = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setMargin(8);
    m_problem->setAutoFillBackground(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    warning.setColor(QPalette::WindowText, QColor(0x8a, 0x1c, 0x12));
    m_problem->setPalette(warning);
    m_problem->hide();

    auto *content = new QWidget(this);

    // Calendar.
    auto *calendar = new QGroupBox(tr("Calendar"), content);
    m_exportIcs = button(tr("Export .ics file…"), u"exportIcs"_s, calendar);
    m_copyGoogle = button(tr("Copy Google Calendar link"), u"copyGoogle"_s, calendar);
    m_copyOutlook = button(tr("Copy Outlook link"), u"copyOutlook"_s, calendar);
    auto *calendarButtons = new QHBoxLayout;
    calendarButtons->addWidget(m_exportIcs);
    calendarButtons->addWidget(m_copyGoogle);
    calendarButtons->addWidget(m_copyOutlook);
    calendarButtons->addStretch();
    auto *calendarLayout = new QVBoxLayout(calendar);
    calendarLayout->addWidget(explanation(
        tr("The .ics file works in every calendar app, with the reminders. The links open Google "
           "Calendar or Outlook on the web with the event filled in. Times are in UTC, so each "
           "fan's calendar shows them on their own clock."),
        calendar));
    calendarLayout->addLayout(calendarButtons);

    // Fan page.
    auto *page = new QGroupBox(tr("Fan page"), content);
    m_savePage = button(tr("Save fan page…"), u"savePage"_s, page);
    m_openAfterSave = new QCheckBox(tr("Open it in the browser after saving"), page);
    m_openAfterSave->setObjectName(u"openAfterSave"_s);
    m_openAfterSave->setChecked(true);
    auto *pageButtons = new QHBoxLayout;
    pageButtons->addWidget(m_savePage);
    pageButtons->addWidget(m_openAfterSave);
    pageButtons->addStretch();
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(explanation(
        tr("One HTML file that needs no server: it shows each fan the start in their own time "
           "zone with a countdown, the calendar file and the posts to copy. Put it on any web "
           "host or send it as it is."),
        page));
    pageLayout->addLayout(pageButtons);

    // Announcement and Discord.
    auto *announcement = new QGroupBox(tr("Announcement"), content);
    m_announcement = new QPlainTextEdit(announcement);
    m_announcement->setObjectName(u"announcement"_s);
    m_announcement->setReadOnly(true);
    m_announcement->setAccessibleName(tr("Announcement text"));
    m_announcement->setAccessibleDescription(tr("The announcement to paste into a post or a chat"));
    // Room for the usual announcement (a dozen cities wrap to about eight lines).
    m_announcement->setMinimumHeight(m_announcement->fontMetrics().lineSpacing() * 7);
    m_announcement->setMaximumHeight(m_announcement->fontMetrics().lineSpacing() * 12);
    m_copyAnnouncement = button(tr("Copy announcement"), u"copyAnnouncement"_s, announcement);
    m_discord = new QLineEdit(announcement);
    m_discord->setObjectName(u"discord"_s);
    m_discord->setReadOnly(true);
    m_discord->setAccessibleName(tr("Discord timestamp codes"));
    m_discord->setAccessibleDescription(
        tr("Codes that Discord shows each reader as the start on their own clock"));
    m_copyDiscord = button(tr("Copy Discord codes"), u"copyDiscord"_s, announcement);
    m_discordPreview = new QLabel(announcement);
    m_discordPreview->setObjectName(u"discordPreview"_s);
    m_discordPreview->setWordWrap(true);
    m_discordPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *announcementLayout = new QGridLayout(announcement);
    announcementLayout->addWidget(
        explanation(tr("To paste into a post or a chat: the start in UTC and in the audience's "
                       "cities, in your language."),
                    announcement),
        0, 0, 1, 2);
    announcementLayout->addWidget(m_announcement, 1, 0, 1, 2);
    announcementLayout->addWidget(m_copyAnnouncement, 2, 1, Qt::AlignRight);
    announcementLayout->addWidget(
        explanation(tr("Discord shows these codes to each reader as the start on their own clock "
                       "and in their language, and as “in 3 days”."),
                    announcement),
        3, 0, 1, 2);
    announcementLayout->addWidget(m_discord, 4, 0);
    announcementLayout->addWidget(m_copyDiscord, 4, 1);
    announcementLayout->addWidget(m_discordPreview, 5, 0, 1, 2);
    announcementLayout->setColumnStretch(0, 1);

    // Image card.
    auto *card = new QGroupBox(tr("Image card"), content);
    m_preview = new CardPreview(card);
    m_preview->setObjectName(u"cardPreview"_s);
    m_preview->setAccessibleName(tr("Announcement card preview"));
    m_saveCard = button(tr("Save image…"), u"saveCard"_s, card);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(m_preview);
    auto *cardRow = new QHBoxLayout;
    cardRow->addWidget(explanation(tr("A 1200 × 675 PNG, the shape X, Bluesky, Mastodon and "
                                      "Discord show without cropping."),
                                   card),
                       1);
    cardRow->addWidget(m_saveCard, 0, Qt::AlignTop);
    cardLayout->addLayout(cardRow);

    auto *left = new QVBoxLayout;
    left->addWidget(calendar);
    left->addWidget(page);
    left->addWidget(announcement);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(card);
    right->addStretch();
    auto *columns = new QHBoxLayout(content);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Ways to share the campaign"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The columns fit any sensible width; a horizontal bar would only flicker
    // in when the vertical one takes its width from the card's height-for-width.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);

    connect(m_exportIcs, &QPushButton::clicked, this, &SharePage::exportCalendar);
    connect(m_copyGoogle, &QPushButton::clicked, this, &SharePage::copyGoogleLink);
    connect(m_copyOutlook, &QPushButton::clicked, this, &SharePage::copyOutlookLink);
    connect(m_savePage, &QPushButton::clicked, this, &SharePage::saveFanPage);
    connect(m_copyAnnouncement, &QPushButton::clicked, this, &SharePage::copyAnnouncement);
    connect(m_copyDiscord, &QPushButton::clicked, this, &SharePage::copyDiscordCodes);
    connect(m_saveCard, &QPushButton::clicked, this, &SharePage::saveCard);
    connect(&m_document, &CampaignDocument::changed, this, &SharePage::documentChanged);
    refresh();
}

SharePage::~SharePage()
{
    disconnectChildrenFrom(this);
}

QString SharePage::announcementText() const
{
    return m_announcement->toPlainText();
}

QString SharePage::discordCodes() const
{
    return m_discord->text();
}

QString SharePage::discordPreview() const
{
    return m_discordPreview->text();
}

void SharePage::setViewerZone(const QByteArray &zone)
{
    if (zone == m_viewerZone)
        return;
    m_viewerZone = zone;
    documentChanged();
}

QString SharePage::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString SharePage::status() const
{
    return m_status->text();
}

void SharePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void SharePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The announcement and the card speak the viewer's language.
    if (event->type() == QEvent::LocaleChange)
        documentChanged();
}

void SharePage::documentChanged()
{
    // Rendering the card takes a moment: a hidden page catches up when shown.
    m_stale = true;
    if (isVisible())
        refresh();
}

void SharePage::refresh()
{
    m_stale = false;
    const Campaign &campaign = m_document.campaign();
    if (const Expected<void> valid = validateCampaign(campaign, m_catalogue); !valid) {
        setBlocked(tr("Nothing can be shared until this is fixed: %1").arg(valid.error().text()));
        return;
    }
    Share::EventInput event = Share::eventInput(campaign);
    const QLocale viewer = locale();
    const QList<QByteArray> zones = Share::announcementZones(event, Render::cardMaxCities);
    const std::vector<Share::City> cities = Share::citiesForZones(zones, m_catalogue);
    const std::vector<Share::DateGroup> groups = Share::groupByLocalDate(event.start, cities);

    m_announcement->setPlainText(Share::announcementText(event, cities, viewer));
    const QString discord = Share::discordTimestamp(event.start, 'F') + u" ("_s
        + Share::discordTimestamp(event.start, 'R') + u')';
    m_discord->setText(discord);
    // What the F code reads to this viewer (Discord uses the reader's zone and language).
    const QDateTime local = Time::toQDateTime(event.start).toTimeZone(QTimeZone(m_viewerZone));
    m_discordPreview->setText(tr("In Discord you will see: %1 %2 (%3)")
                                  .arg(viewer.toString(local.date(), QLocale::LongFormat),
                                       shortTime(local.time(), viewer),
                                       QString::fromLatin1(m_viewerZone)));
    m_card = Render::announcementCard(event, groups, viewer);
    m_preview->setImage(m_card);

    // libical's own verdict on the file: what it rejects is not offered.
    const QStringList icsProblems = Share::icalendarProblems(Share::icalendar(event, now()));
    const bool icsOk = icsProblems.isEmpty();
    m_event = std::move(event);
    m_calendarFileOk = icsOk;

    m_problem->setVisible(!icsOk);
    m_problem->setText(icsOk ? QString()
                             : tr("The calendar file and the fan page cannot be made: %1")
                                   .arg(icsProblems.join(u' ')));
    setActionsEnabled(true, icsOk);
}

void SharePage::setBlocked(const QString &problem)
{
    m_event.reset();
    m_card = QImage();
    m_preview->setImage(m_card);
    m_announcement->clear();
    m_discord->clear();
    m_discordPreview->clear();
    m_problem->setText(problem);
    m_problem->show();
    setActionsEnabled(false, false);
}

void SharePage::setActionsEnabled(bool shareable, bool calendarFileOk)
{
    m_exportIcs->setEnabled(shareable && calendarFileOk);
    m_savePage->setEnabled(shareable && calendarFileOk); // the page carries the .ics
    m_openAfterSave->setEnabled(shareable && calendarFileOk);
    m_copyGoogle->setEnabled(shareable);
    m_copyOutlook->setEnabled(shareable);
    m_copyAnnouncement->setEnabled(shareable);
    m_copyDiscord->setEnabled(shareable);
    m_saveCard->setEnabled(shareable);
}

Time::Instant SharePage::now() const
{
    return std::chrono::floor<std::chrono::seconds>(m_clock());
}

QString SharePage::suggestedPath(const QString &fileName) const
{
    // Beside the campaign file when there is one, else in Documents.
    QString directory = m_lastDirectory;
    if (directory.isEmpty() && !m_document.filePath().isEmpty())
        directory = QFileInfo(m_document.filePath()).absolutePath();
    if (directory.isEmpty() || !QDir(directory).exists())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A file dialog given a folder that does not exist opens in the working
    // directory, which is rarely where a user wants their files.
    if (directory.isEmpty() || !QDir(directory).exists())
        directory = QDir::homePath();
    return QDir(directory).filePath(fileName);
}

std::optional<QString> SharePage::saveWithChooser(const QString &title, const QString &fileName,
                                                  const QString &filter,
                                                  const std::function<QByteArray()> &bytes)
{
    if (!m_event)
        return std::nullopt;
    const QString path = m_chooseSaveFile(title, suggestedPath(fileName), filter);
    if (path.isEmpty())
        return std::nullopt;
    if (const Expected<void> saved = writeAtomically(path, bytes()); !saved) {
        showStatus(tr("Could not save: %1").arg(saved.error().text()), true);
        return std::nullopt;
    }
    m_lastDirectory = QFileInfo(path).absolutePath();
    showStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}

void SharePage::exportCalendar()
{
    if (!m_event || !m_calendarFileOk)
        return;
    saveWithChooser(tr("Export the calendar file"), Share::icsFileName(*m_event),
                    tr("iCalendar files (*.ics)"),
                    [this] { return Share::icalendar(*m_event, now()); });
}

void SharePage::copyGoogleLink()
{
    if (m_event)
        copy(QString::fromLatin1(Share::googleCalendarUrl(*m_event)),
             tr("The Google Calendar link is on the clipboard."));
}

void SharePage::copyOutlookLink()
{
    if (m_event)
        copy(QString::fromLatin1(Share::outlookCalendarUrl(*m_event)),
             tr("The Outlook link is on the clipboard."));
}

void SharePage::saveFanPage()
{
    if (!m_event || !m_calendarFileOk)
        return;
    const QString fileName = Share::icsFileName(*m_event).chopped(4) + u".html"_s;
    const std::optional<QString> path = saveWithChooser(
        tr("Save the fan page"), fileName, tr("Web pages (*.html *.htm)"),
        [this] { return Share::fanPage(*m_event, Share::icalendar(*m_event, now())); });
    if (!path || !m_openAfterSave->isChecked())
        return;
    const QString shown = QDir::toNativeSeparators(*path);
    if (m_openUrl(QUrl::fromLocalFile(*path)))
        showStatus(tr("Saved %1 and opened it in the browser.").arg(shown));
    else
        showStatus(tr("Saved %1, but no browser could open it.").arg(shown), true);
}

void SharePage::copyAnnouncement()
{
    if (m_event)
        copy(announcementText(), tr("The announcement is on the clipboard."));
}

void SharePage::copyDiscordCodes()
{
    if (m_event)
        copy(discordCodes(), tr("The Discord codes are on the clipboard."));
}

void SharePage::saveCard()
{
    if (!m_event)
        return;
    const QString fileName = Share::icsFileName(*m_event).chopped(4) + u"-card.png"_s;
    saveWithChooser(tr("Save the image card"), fileName, tr("PNG images (*.png)"),
                    [this] { return pngBytes(m_card); });
}

void SharePage::copy(const QString &text, const QString &done)
{
    m_copy(text);
    showStatus(done);
}

void SharePage::showStatus(const QString &text, bool failure)
{
    QPalette palette = this->palette();
    if (failure)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x24, 0x18));
    m_status->setPalette(palette);
    m_status->setText(text);
}

} // namespace Chorus::Ui
