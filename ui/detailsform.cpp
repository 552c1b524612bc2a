#include "detailsform.h"

#include "campaigndocument.h"
#include "widgetlifetime.h"
#include "zonepicker.h"

#include "time/zonecatalogue.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Ui {

namespace {

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x24, 0x18));
    label->setPalette(palette);
    label->hide();
    return label;
}

} // namespace

DetailsForm::DetailsForm(CampaignDocument &document, const Time::ZoneCatalogue &catalogue,
                         QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalogue(catalogue)
{
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("What the hour is for"));
    m_hashtag = new QLineEdit(this);
    m_hashtag->setPlaceholderText(tr("#YourHashtag"));
    m_hashtagProblem = problemLabel(this);

    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setAccessibleName(tr("Start date"));
    m_time = new QTimeEdit(this);
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_time->setAccessibleName(tr("Start time"));
    m_date->setAccessibleDescription(tr("The start's date, in the zone chosen beside it"));
    m_time->setAccessibleDescription(tr("The start's time of day, in the zone chosen beside it"));
    m_zone = new ZonePicker(m_catalogue, this);
    m_zone->setZone("UTC");
    m_startUtc = new QLabel(this);
    m_startProblem = problemLabel(this);
    m_chooseFirst = new QPushButton(this);
    m_chooseSecond = new QPushButton(this);
    m_chooseFirst->hide();
    m_chooseSecond->hide();

    m_duration = new QSpinBox(this);
    m_duration->setRange(1, 400 * 24 * 60);
    m_duration->setSuffix(tr(" min"));
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setAccessibleDescription(tr("How long the posting hour lasts"));
    m_reminders = new QLineEdit(this);
    m_reminders->setPlaceholderText(tr("minutes before, e.g. 1440, 60, 10"));
    m_remindersProblem = problemLabel(this);
    m_link = new QLineEdit(this);
    m_link->setPlaceholderText(u"https://…"_s);
    m_linkProblem = problemLabel(this);
    m_organizerName = new QLineEdit(this);
    m_organizerEmail = new QLineEdit(this);
    m_organizerName->setAccessibleDescription(
        tr("Who runs the campaign, written into the calendar event"));
    m_organizerEmail->setAccessibleDescription(
        tr("The organizer's e-mail address, written into the calendar event"));

    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_date);
    startRow->addWidget(m_time);
    startRow->addWidget(new QLabel(tr("in"), this));
    startRow->addWidget(m_zone, 1);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_chooseFirst);
    choiceRow->addWidget(m_chooseSecond);
    choiceRow->addStretch();

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Hashtag:"), m_hashtag);
    form->addRow(QString(), m_hashtagProblem);
    auto *startLabel = new QLabel(tr("&Start:"), this);
    startLabel->setBuddy(m_date);
    form->addRow(startLabel, startRow);
    form->addRow(QString(), m_startUtc);
    form->addRow(QString(), m_startProblem);
    form->addRow(QString(), choiceRow);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("&Reminders:"), m_reminders);
    form->addRow(QString(), m_remindersProblem);
    form->addRow(tr("&Link:"), m_link);
    form->addRow(QString(), m_linkProblem);
    form->addRow(tr("&Organizer:"), m_organizerName);
    form->addRow(tr("&E-mail:"), m_organizerEmail);

    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        const QString title = m_title->text().trimmed();
        if (title.isEmpty()) {
            reload(); // a campaign needs a title; put the old one back
            return;
        }
        m_document.edit(tr("Change title"), [&title](Campaign &c) { c.title = title; });
    });
    connect(m_hashtag, &QLineEdit::editingFinished, this, [this] {
        QString tag = m_hashtag->text().trimmed();
        if (!tag.isEmpty() && !tag.startsWith(u'#'))
            tag.prepend(u'#');
        const bool hasSpace = std::any_of(tag.cbegin(), tag.cend(), [](QChar c) { return c.isSpace(); });
        if (hasSpace || tag == u"#"_s) {
            showProblem(m_hashtagProblem, tr("A hashtag is one word after #, without spaces."));
            return;
        }
        showProblem(m_hashtagProblem, {});
        m_document.edit(tr("Change hashtag"), [&tag](Campaign &c) { c.hashtag = tag; });
    });
    connect(m_date, &QDateEdit::editingFinished, this, &DetailsForm::commitStart);
    connect(m_time, &QTimeEdit::editingFinished, this, &DetailsForm::commitStart);
    connect(m_zone, &ZonePicker::zoneChosen, this, [this] { reload(); });
    connect(m_chooseFirst, &QPushButton::clicked, this, [this] { chooseStart(false); });
    connect(m_chooseSecond, &QPushButton::clicked, this, [this] { chooseStart(true); });
    connect(m_duration, &QSpinBox::editingFinished, this, [this] {
        const minutes duration{m_duration->value()};
        m_document.edit(tr("Change duration"), [duration](Campaign &c) { c.duration = duration; });
    });
    connect(m_reminders, &QLineEdit::editingFinished, this, &DetailsForm::commitReminders);
    connect(m_link, &QLineEdit::editingFinished, this, [this] {
        const QString link = m_link->text().trimmed();
        const QUrl url(link, QUrl::StrictMode);
        if (!link.isEmpty() && (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")
                                || url.host().isEmpty())) {
            showProblem(m_linkProblem, tr("'%1' is not an http or https link.").arg(link));
            return;
        }
        showProblem(m_linkProblem, {});
        m_document.edit(tr("Change link"), [&link](Campaign &c) { c.link = link; });
    });
    connect(m_organizerName, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_organizerName->text().trimmed();
        m_document.edit(tr("Change organizer"), [&name](Campaign &c) { c.organizer.name = name; });
    });
    connect(m_organizerEmail, &QLineEdit::editingFinished, this, [this] {
        const QString email = m_organizerEmail->text().trimmed();
        m_document.edit(tr("Change e-mail"), [&email](Campaign &c) { c.organizer.email = email; });
    });
    connect(&m_document, &CampaignDocument::changed, this, &DetailsForm::reload);
    reload();
}

DetailsForm::~DetailsForm()
{
    disconnectChildrenFrom(this);
}

void DetailsForm::setInputZone(const QByteArray &zone)
{
    m_zone->setZone(zone);
    reload();
}

QByteArray DetailsForm::inputZone() const
{
    return m_zone->zone().isEmpty() ? QByteArray("UTC") : m_zone->zone();
}

void DetailsForm::showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void DetailsForm::reload()
{
    const Campaign &campaign = m_document.campaign();
    const QSignalBlocker b1(m_title), b2(m_hashtag), b3(m_date), b4(m_time), b5(m_duration),
        b6(m_reminders), b7(m_link), b8(m_organizerName), b9(m_organizerEmail);
    m_title->setText(campaign.title);
    m_hashtag->setText(campaign.hashtag);
    // An explanation for a reading typed before this change would offer stale choices.
    showProblem(m_startProblem, {});
    m_chooseFirst->hide();
    m_chooseSecond->hide();
    const QDateTime local = Time::toQDateTime(campaign.start).toTimeZone(QTimeZone(inputZone()));
    m_date->setDate(local.date());
    m_time->setTime(local.time());
    m_startUtc->setText(tr("= %1 UTC").arg(Time::formatUtc(campaign.start).replace(u'T', u' ').chopped(4)));
    m_duration->setValue(int(campaign.duration.count()));
    QStringList reminders;
    for (const minutes before : campaign.reminders)
        reminders << QString::number(before.count());
    m_reminders->setText(reminders.join(u", "_s));
    m_link->setText(campaign.link);
    m_organizerName->setText(campaign.organizer.name);
    m_organizerEmail->setText(campaign.organizer.email);
}

void DetailsForm::enterStart(Time::LocalTime local)
{
    const auto day = floor<days>(local);
    const year_month_day date{day};
    const hh_mm_ss time{local - day};
    m_date->setDate(QDate(int(date.year()), int(unsigned(date.month())), int(unsigned(date.day()))));
    m_time->setTime(QTime(int(time.hours().count()), int(time.minutes().count())));
    commitStart();
}

void DetailsForm::commitStart()
{
    const QDate date = m_date->date();
    const QTime time = m_time->time();
    const Time::LocalTime local = local_days{year{date.year()} / date.month() / date.day()}
        + hours{time.hour()} + minutes{time.minute()};
    const QTimeZone zone(inputZone());
    // Leaving the fields without changing them changes nothing (and does not
    // round a start that has seconds to the minute).
    const QDateTime shown = Time::toQDateTime(m_document.campaign().start).toTimeZone(zone);
    if (shown.date() == date && shown.time().hour() == time.hour()
        && shown.time().minute() == time.minute()) {
        showProblem(m_startProblem, {});
        m_chooseFirst->hide();
        m_chooseSecond->hide();
        return;
    }
    const Time::LocalInfo info = Time::classifyLocal(zone, local);
    const QString zoneName = [&] {
        const Time::Zone *entry = m_catalogue.find(inputZone());
        return entry ? entry->city : QString::fromLatin1(inputZone());
    }();
    const auto wall = [](Time::Instant instant, Time::OffsetSeconds offset) {
        return Time::formatLocalReading(Time::toLocal(instant, offset)).mid(11);
    };
    switch (info.kind) {
    case Time::LocalKind::Unique:
        showProblem(m_startProblem, {});
        m_chooseFirst->hide();
        m_chooseSecond->hide();
        m_document.edit(tr("Change start"), [&info](Campaign &c) { c.start = info.earliest; });
        return;
    case Time::LocalKind::Nonexistent:
        showProblem(m_startProblem,
                    tr("%1 does not exist in %2: the clocks jump from %3 to %4 (%5 → %6). "
                       "Choose what you mean:")
                        .arg(Time::formatLocalReading(local), zoneName,
                             wall(info.transition, info.offsetBefore), wall(info.transition, info.offsetAfter),
                             Time::formatOffset(info.offsetBefore), Time::formatOffset(info.offsetAfter)));
        // The reading shifted past the jump, or the moment of the jump.
        m_firstChoice = info.shifted;
        m_secondChoice = info.transition;
        m_chooseFirst->setText(tr("%1 (%2 by the new clock)")
                                   .arg(Time::formatUtc(m_firstChoice), wall(m_firstChoice, info.offsetAfter)));
        m_chooseSecond->setText(tr("%1 (%2, when the clocks change)")
                                    .arg(Time::formatUtc(m_secondChoice), wall(m_secondChoice, info.offsetAfter)));
        break;
    case Time::LocalKind::Ambiguous:
        showProblem(m_startProblem,
                    tr("%1 happens twice in %2: the clocks go back from %3 to %4 (%5 → %6). "
                       "Choose which one:")
                        .arg(Time::formatLocalReading(local), zoneName,
                             wall(info.transition, info.offsetBefore), wall(info.transition, info.offsetAfter),
                             Time::formatOffset(info.offsetBefore), Time::formatOffset(info.offsetAfter)));
        m_firstChoice = info.earliest;
        m_secondChoice = info.latest;
        m_chooseFirst->setText(tr("The first, %1 (%2)").arg(Time::formatUtc(info.earliest),
                                                            Time::formatOffset(info.offsetBefore)));
        m_chooseSecond->setText(tr("The second, %1 (%2)").arg(Time::formatUtc(info.latest),
                                                              Time::formatOffset(info.offsetAfter)));
        break;
    }
    m_chooseFirst->show();
    m_chooseSecond->show();
}

QString DetailsForm::startProblem() const
{
    return m_startProblem->isHidden() ? QString() : m_startProblem->text();
}

void DetailsForm::chooseStart(bool second)
{
    const Time::Instant chosen = second ? m_secondChoice : m_firstChoice;
    showProblem(m_startProblem, {});
    m_chooseFirst->hide();
    m_chooseSecond->hide();
    m_document.edit(tr("Change start"), [chosen](Campaign &c) { c.start = chosen; });
    reload();
}

void DetailsForm::commitReminders()
{
    QList<minutes> reminders;
    for (const QString &part : m_reminders->text().split(u',', Qt::SkipEmptyParts)) {
        const auto parsed = Time::parseDuration(part.trimmed());
        if (!parsed) {
            showProblem(m_remindersProblem, parsed.error().message);
            return;
        }
        if (reminders.contains(*parsed)) {
            showProblem(m_remindersProblem, tr("%1 is listed twice.").arg(part.trimmed()));
            return;
        }
        reminders.append(*parsed);
    }
    showProblem(m_remindersProblem, {});
    m_document.edit(tr("Change reminders"), [&reminders](Campaign &c) { c.reminders = reminders; });
}

} // namespace Chorus::Ui
