#include "publishdialog.h"

#include "announcementcard.h"
#include "share/announcement.h"
#include "share/calendarlinks.h"
#include "share/fanpage.h"
#include "share/icalendar.h"

#include <QBuffer>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chorus::Ui {

namespace {

Expected<void> writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(path, file.errorString());
    file.write(bytes);
    if (!file.commit())
        return fail(path, file.errorString());
    return {};
}

} // namespace

PublishDialog::PublishDialog(Share::EventInput event, const Time::ZoneCatalogue &catalogue,
                             Time::Clock clock, QWidget *parent)
    : QDialog(parent)
    , m_event(std::move(event))
    , m_clock(std::move(clock))
{
    setWindowTitle(tr("Publish — %1").arg(m_event.title));
    const QList<QByteArray> zones = Share::announcementZones(m_event, Render::cardMaxCities);
    const std::vector<Share::City> cities = Share::citiesForZones(zones, catalogue);
    const QLocale locale;
    const std::vector<Share::DateGroup> groups = Share::groupByLocalDate(m_event.start, cities);
    m_card = Render::announcementCard(m_event, groups, locale);

    auto *preview = new QLabel(this);
    preview->setPixmap(QPixmap::fromImage(m_card.scaledToWidth(600, Qt::SmoothTransformation)));
    preview->setAccessibleName(tr("Announcement card preview"));

    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Announcement text"));
    const QString discord = Share::discordTimestamp(m_event.start, 'F') + u" ("_s
        + Share::discordTimestamp(m_event.start, 'R') + u')';
    m_text->setPlainText(Share::announcementText(m_event, cities, locale) + u"\nDiscord: "_s
                         + discord);

    const QString google = QString::fromLatin1(Share::googleCalendarUrl(m_event));
    const QString outlook = QString::fromLatin1(Share::outlookCalendarUrl(m_event));
    const QString text = m_text->toPlainText();
    auto *buttons = new QGridLayout;
    const auto button = [this, buttons](const QString &label, int row, int column, auto slot) {
        auto *b = new QPushButton(label, this);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b, row, column);
    };
    button(tr("Copy announcement"), 0, 0, [this, text] { copy(text, tr("Announcement")); });
    button(tr("Copy Discord code"), 0, 1, [this, discord] { copy(discord, tr("Discord code")); });
    button(tr("Copy Google Calendar link"), 1, 0,
           [this, google] { copy(google, tr("Google Calendar link")); });
    button(tr("Copy Outlook link"), 1, 1, [this, outlook] { copy(outlook, tr("Outlook link")); });
    const QString slug = Share::icsFileName(m_event).chopped(4);
    button(tr("Save card (PNG)…"), 2, 0, [this, slug] {
        saveWithDialog(tr("Save the announcement card"), slug + u"-card.png"_s,
                       tr("PNG images (*.png)"), &PublishDialog::saveCard);
    });
    button(tr("Save calendar (.ics)…"), 2, 1, [this, slug] {
        saveWithDialog(tr("Save the calendar file"), slug + u".ics"_s,
                       tr("iCalendar files (*.ics)"), &PublishDialog::saveCalendar);
    });
    button(tr("Save fan page (HTML)…"), 2, 2, [this, slug] {
        saveWithDialog(tr("Save the fan page"), slug + u".html"_s, tr("Web pages (*.html)"),
                       &PublishDialog::savePage);
    });

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Status"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(preview);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);
}

PublishDialog::~PublishDialog() = default;

QString PublishDialog::announcement() const
{
    return m_text->toPlainText();
}

Expected<void> PublishDialog::saveCard(const QString &path) const
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!m_card.save(&buffer, "PNG"))
        return fail(path, tr("cannot encode the PNG"));
    return writeAtomically(path, png);
}

Expected<void> PublishDialog::saveCalendar(const QString &path) const
{
    const auto now = std::chrono::floor<std::chrono::seconds>(m_clock());
    return writeAtomically(path, Share::icalendar(m_event, now));
}

Expected<void> PublishDialog::savePage(const QString &path) const
{
    const auto now = std::chrono::floor<std::chrono::seconds>(m_clock());
    return writeAtomically(path, Share::fanPage(m_event, Share::icalendar(m_event, now)));
}

void PublishDialog::copy(const QString &text, const QString &what)
{
    QGuiApplication::clipboard()->setText(text);
    m_status->setText(tr("%1 copied.").arg(what));
}

void PublishDialog::saveWithDialog(const QString &title, const QString &suggested,
                                   const QString &filter,
                                   Expected<void> (PublishDialog::*save)(const QString &) const)
{
    const QString path = QFileDialog::getSaveFileName(this, title, suggested, filter);
    if (path.isEmpty())
        return;
    const Expected<void> saved = (this->*save)(path);
    if (!saved) {
        QMessageBox::warning(this, title, saved.error().text());
        return;
    }
    m_status->setText(tr("Saved %1.").arg(path));
}

} // namespace Chorus::Ui
