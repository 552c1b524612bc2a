#include "countdownpage.h"

#include "fonts.h"
#include "localeformat.h"
#include "widgetlifetime.h"
#include "zonepicker.h"

#include "plan/countdown.h"
#include "time/zonecatalogue.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Ui {

namespace {

QString twoDigits(long long value)
{
    return u"%1"_s.arg(value, 2, 10, QChar(u'0'));
}

} // namespace

QString CountdownPage::spokenDuration(minutes duration)
{
    // "1 day", "1 hour 30 minutes", "10 minutes": how people say a reminder.
    const auto d = duration.count() / (24 * 60);
    const auto h = duration.count() / 60 % 24;
    const auto m = duration.count() % 60;
    QStringList parts;
    if (d)
        parts << tr("%n day(s)", nullptr, int(d));
    if (h)
        parts << tr("%n hour(s)", nullptr, int(h));
    if (m || parts.isEmpty())
        parts << tr("%n minute(s)", nullptr, int(m));
    return parts.join(u' ');
}

CountdownPage::CountdownPage(const Time::ZoneCatalogue &catalogue, Time::Clock clock,
                             QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_clock(std::move(clock))
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignCenter);
    m_hashtag = new QLabel(this);
    m_hashtag->setAlignment(Qt::AlignCenter);
    m_hashtag->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start = new QLabel(this);
    m_start->setWordWrap(true);
    m_start->setAlignment(Qt::AlignCenter);
    m_counter = new QLabel(this);
    m_counter->setAlignment(Qt::AlignCenter);
    m_counter->setAccessibleName(tr("Time until the start"));
    m_phase = new QLabel(this);
    m_phase->setAlignment(Qt::AlignCenter);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Progress through the hour"));
    m_progress->setVisible(false);
    m_nextReminder = new QLabel(this);
    m_nextReminder->setAlignment(Qt::AlignCenter);
    m_clockWarning = new QLabel(this);
    m_clockWarning->setWordWrap(true);
    m_clockWarning->setAlignment(Qt::AlignCenter);
    m_clockWarning->setMargin(8);
    m_clockWarning->setAutoFillBackground(true);
    m_clockWarning->setAccessibleName(tr("Clock warning"));
    {
        QPalette warning = m_clockWarning->palette();
        warning.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
        warning.setColor(QPalette::WindowText, QColor(0x5c, 0x43, 0x00));
        m_clockWarning->setPalette(warning);
    }
    m_clockWarning->hide();

    m_zonePicker = new ZonePicker(m_catalogue, this);
    // Room for "Port-au-Prince — America/Port-au-Prince" without scrolling.
    m_zonePicker->setMinimumContentsLength(38);
    auto *zoneRow = new QHBoxLayout;
    zoneRow->addStretch();
    auto *zoneLabel = new QLabel(tr("Show times for:"), this);
    zoneLabel->setBuddy(m_zonePicker);
    zoneRow->addWidget(zoneLabel);
    zoneRow->addWidget(m_zonePicker);
    zoneRow->addStretch();
    connect(m_zonePicker, &ZonePicker::zoneChosen, this, [this](const QByteArray &zone) {
        setViewerZone(zone);
        Q_EMIT viewerZoneChanged(zone);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(m_clockWarning);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_hashtag);
    layout->addSpacing(16);
    layout->addWidget(m_start);
    layout->addSpacing(24);
    layout->addWidget(m_counter);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    layout->addSpacing(12);
    layout->addWidget(m_nextReminder);
    layout->addStretch(3);
    layout->addLayout(zoneRow);

    changeEvent(nullptr); // fonts

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        refresh();
        scheduleTick();
    });
    scheduleTick();
}

CountdownPage::~CountdownPage()
{
    disconnectChildrenFrom(this);
}

void CountdownPage::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_title->setFont(scaledFont(font(), 1.8, true));
        m_hashtag->setFont(scaledFont(font(), 1.3, false));
        m_start->setFont(scaledFont(font(), 1.15, false));
        QFont digits = scaledFont(font(), 4.0, true);
        digits.setStyleHint(QFont::Monospace);
        m_counter->setFont(digits);
        m_phase->setFont(scaledFont(font(), 1.1, false));
        // The accent follows the palette, so dark mode keeps its contrast.
        QPalette accent = m_hashtag->palette();
        accent.setColor(QPalette::WindowText, palette().color(QPalette::Link));
        m_hashtag->setPalette(accent);
    }
    if (event)
        QWidget::changeEvent(event);
}

void CountdownPage::setSubject(const CountdownSubject &subject)
{
    m_subject = subject;
    m_lastTick.reset(); // a new subject announces nothing that passed before it
    m_title->setText(subject.title);
    m_hashtag->setText(subject.hashtag);
    updateStartText();
    refresh();
}

void CountdownPage::setViewerZone(const QByteArray &zone)
{
    m_zone = zone;
    m_zonePicker->setZone(zone);
    updateStartText();
}

void CountdownPage::updateStartText()
{
    const QTimeZone zone(m_zone);
    const QDateTime start = Time::toQDateTime(m_subject.start).toTimeZone(zone);
    const QDateTime end = Time::toQDateTime(m_subject.start + m_subject.duration).toTimeZone(zone);
    const QLocale locale;
    // "Berlin"; a machine on Etc/UTC reads "UTC", not the raw id.
    QString city = QString::fromLatin1(m_zone);
    if (const auto entry = m_catalogue.resolve(city))
        city = entry->city;
    // The day's pattern is the translator's: "dddd, d 'de' MMMM 'de' yyyy" reads
    // right in Portuguese where the English order would not.
    const QString day = locale.toString(
        start.date(), tr("dddd d MMMM yyyy", "QDate::toString pattern of the start day"));
    const QString startTime = shortTime(start.time(), locale);
    const QString endTime = shortTime(end.time(), locale);
    QString text = tr("Starts %1 at %2 — your time (%3)").arg(day, startTime, city);
    if (end.date() == start.date())
        text += u'\n' + tr("Ends at %1").arg(endTime);
    else
        text += u'\n'
            + tr("Ends %1 at %2")
                  .arg(locale.toString(
                           end.date(), tr("dddd d MMMM", "QDate::toString pattern of the end day")),
                       endTime);
    m_start->setText(text);
}

std::chrono::system_clock::time_point CountdownPage::correctedNow() const
{
    return m_clock() - m_correction;
}

void CountdownPage::setClockOffset(const std::optional<Checkin::ClockOffset> &offset)
{
    // describeClockOffset() decides whether the offset is certain enough to
    // act on; the words are ours, so they can be translated.
    if (!offset || Checkin::describeClockOffset(*offset).isEmpty()) {
        m_correction = milliseconds{0};
        m_clockWarning->hide();
        m_clockWarning->clear();
    } else {
        m_correction = offset->offset;
        const qint64 secondsOff = (std::abs(offset->offset.count()) + 500) / 1000;
        const QString amount = secondsOff < 90
            ? tr("%n second(s)", nullptr, int(secondsOff))
            : spokenDuration(minutes{(secondsOff + 30) / 60});
        m_clockWarning->setText(
            (offset->offset.count() > 0
                 ? tr("Your clock is %1 fast compared with the check-in service.").arg(amount)
                 : tr("Your clock is %1 slow compared with the check-in service.").arg(amount))
            + u' '
            + tr("This countdown is corrected for it; set your clock right so that other apps "
                 "agree."));
        m_clockWarning->show();
    }
    m_timer->stop();
    refresh();
    scheduleTick();
}

QString CountdownPage::clockWarningText() const
{
    return m_clockWarning->isHidden() ? QString() : m_clockWarning->text();
}

void CountdownPage::refresh()
{
    const auto now = time_point_cast<seconds>(correctedNow());
    const Time::Instant nowSeconds{now.time_since_epoch()};
    const Plan::CountdownState state = Plan::countdownState(m_subject.start, m_subject.duration,
                                                            m_subject.reminders, nowSeconds);
    switch (state.phase) {
    case Plan::Phase::Before: {
        const auto d = duration_cast<days>(state.timeToStart);
        const hh_mm_ss rest{state.timeToStart - d};
        QString text = twoDigits(rest.hours().count()) + u':' + twoDigits(rest.minutes().count())
            + u':' + twoDigits(rest.seconds().count());
        if (d.count() > 0)
            text = tr("%n day(s)", nullptr, int(d.count())) + u"  "_s + text;
        m_counter->setText(text);
        m_phase->setText(tr("until the start"));
        m_progress->setVisible(false);
        break;
    }
    case Plan::Phase::Live: {
        const auto left = ceil<minutes>(state.timeToEnd);
        m_counter->setText(tr("Live now"));
        m_phase->setText(tr("%n minute(s) left — post together!", nullptr, int(left.count())));
        m_progress->setVisible(true);
        m_progress->setValue(int(1000 * state.progress));
        break;
    }
    case Plan::Phase::Ended:
        m_counter->setText(tr("Ended"));
        m_phase->setText(tr("Thank you for posting together."));
        m_progress->setVisible(false);
        break;
    }
    if (state.nextReminder) {
        const QDateTime at = Time::toQDateTime(state.nextReminder->at).toTimeZone(QTimeZone(m_zone));
        m_nextReminder->setText(tr("Next reminder: %1 before the start, at %2")
                                    .arg(spokenDuration(state.nextReminder->before),
                                         shortDateTime(at)));
    } else {
        m_nextReminder->clear();
    }

    // Announce the moments that passed since the last tick (never on the
    // first one: opening a campaign late must not fire its old reminders).
    if (m_lastTick) {
        for (const Plan::Reminder &due :
             Plan::remindersDue(m_subject.start, m_subject.reminders, *m_lastTick, nowSeconds))
            Q_EMIT reminderDue(due.before);
        if (Plan::startedBetween(m_subject.start, *m_lastTick, nowSeconds))
            Q_EMIT started();
    }
    m_lastTick = nowSeconds;
}

void CountdownPage::scheduleTick()
{
    // Wake at the next whole second of the (corrected) clock.
    const auto now = correctedNow();
    const auto next = ceil<seconds>(now + milliseconds{1});
    m_timer->start(int(duration_cast<milliseconds>(next - now).count()));
}

QString CountdownPage::counterText() const
{
    return m_counter->text();
}

QString CountdownPage::startText() const
{
    return m_start->text();
}

QString CountdownPage::phaseText() const
{
    return m_phase->text();
}

QString CountdownPage::nextReminderText() const
{
    return m_nextReminder->text();
}

} // namespace Chorus::Ui
