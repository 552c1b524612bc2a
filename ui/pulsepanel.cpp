#include "pulsepanel.h"

#include "campaigndocument.h"
#include "localeformat.h"
#include "pulsechart.h"

#include "campaign/campaign.h"
#include "checkin/minutes.h"
#include "social/pulsepoller.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chorus::Ui {

/// Lives on the pulse's thread: owns the network manager and the poller,
/// polls once a minute (at once again while catching up or after a rate
/// limit's wait) and posts each round's result to the panel.
class PulseWorker final : public QObject
{
public:
    PulseWorker(Social::PulseConfig config, std::function<QDateTime()> now, PulsePanel *panel)
        : m_config(std::move(config))
        , m_now(std::move(now))
        , m_panel(panel)
    { }

    void begin()
    {
        m_network = new QNetworkAccessManager(this);
        m_poller = new Social::PulsePoller(m_config, m_network, m_now, this);
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, m_poller, &Social::PulsePoller::poll);
        connect(m_poller, &Social::PulsePoller::progress, this, [this](int pages) {
            QMetaObject::invokeMethod(
                m_panel, [panel = m_panel, pages] { panel->setProperty("pulsePages", pages); });
        });
        connect(m_poller, &Social::PulsePoller::roundFinished, this, [this] {
            const auto minutes = m_poller->tally().minutes();
            const auto sources = m_poller->sources();
            const auto columns = m_poller->columns();
            const bool caughtUp = m_poller->caughtUp();
            QMetaObject::invokeMethod(m_panel, [=, panel = m_panel] {
                panel->showPulse(minutes, columns, sources, caughtUp);
            });
            const QDateTime now = m_now();
            qint64 wait = caughtUp ? (60 - now.time().second()) * 1000 + 3000 : 0;
            if (const QDateTime allowed = m_poller->nextAllowed();
                allowed.isValid() && allowed > now)
                wait = std::max(wait, now.msecsTo(allowed));
            m_timer->start(int(std::clamp<qint64>(wait, 0, 300'000)));
        });
        m_poller->poll();
    }

private:
    Social::PulseConfig m_config;
    std::function<QDateTime()> m_now;
    PulsePanel *m_panel;
    QNetworkAccessManager *m_network = nullptr;
    Social::PulsePoller *m_poller = nullptr;
    QTimer *m_timer = nullptr;
};

PulsePanel::PulsePanel(CampaignDocument &document, Time::Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_clock(std::move(clock))
{
    m_chooseReport = [this](const QString &title, const QString &suggested) {
        return QFileDialog::getSaveFileName(this, title, suggested, tr("PNG images (*.png)"));
    };
    m_mastodon = new QLineEdit(this);
    m_mastodon->setAccessibleName(tr("Mastodon servers"));
    m_mastodon->setToolTip(tr("Each server only knows the posts that reached it; a post seen on "
                              "several servers counts once."));
    m_handle = new QLineEdit(this);
    m_handle->setPlaceholderText(tr("you.bsky.social (optional)"));
    m_handle->setAccessibleName(tr("Bluesky handle"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("an app password, never your own"));
    m_password->setAccessibleName(tr("Bluesky app password"));
    m_service = new QLineEdit(u"https://bsky.social"_s, this);
    m_service->setAccessibleName(tr("Bluesky server"));
    m_service->setAccessibleDescription(tr("Your account's Bluesky server, to search through"));
    m_start = new QPushButton(tr("Start the &pulse"), this);
    m_stop = new QPushButton(tr("Stop"), this);
    m_report = new QPushButton(tr("Save the &report…"), this);
    connect(m_start, &QPushButton::clicked, this, &PulsePanel::start);
    connect(m_stop, &QPushButton::clicked, this, &PulsePanel::stop);
    connect(m_report, &QPushButton::clicked, this, &PulsePanel::saveReport);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *sources = new QGroupBox(tr("Where to count"), this);
    auto *form = new QFormLayout(sources);
    form->addRow(tr("&Mastodon servers:"), m_mastodon);
    auto *bluesky = new QHBoxLayout;
    bluesky->addWidget(m_handle, 2);
    bluesky->addWidget(m_password, 2);
    bluesky->addWidget(m_service, 2);
    // A row of three fields: the label needs its buddy for the mnemonic.
    auto *blueskyLabel = new QLabel(tr("&Bluesky search:"), this);
    blueskyLabel->setBuddy(m_handle);
    form->addRow(blueskyLabel, bluesky);
    auto *x = new QLabel(tr("X: not readable without X's paid API."), this);
    x->setEnabled(false);
    form->addRow(tr("X:"), x);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_report);
    form->addRow(buttons);

    m_totals = new QLabel(this);
    QFont big = m_totals->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_totals->setFont(big);
    m_peak = new QLabel(this);
    m_compare = new QLabel(this);
    m_sentence = new QLabel(this);
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart = new PulseChart(this);
    auto *figures = new QHBoxLayout;
    figures->addWidget(m_peak);
    figures->addSpacing(24);
    figures->addWidget(m_compare);
    figures->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sources);
    layout->addWidget(m_totals);
    layout->addLayout(figures);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_sentence);

    connect(&m_document, &CampaignDocument::changed, this, [this] {
        if (!isRunning())
            showPulse({}, m_columns, {}, false);
    });
    setParticipants({});
    showPulse({}, {}, {}, false);
}

PulsePanel::~PulsePanel()
{
    stop();
}

QDateTime PulsePanel::now() const
{
    return QDateTime::fromMSecsSinceEpoch(
        std::chrono::duration_cast<std::chrono::milliseconds>(m_clock().time_since_epoch()).count(),
        Qt::UTC);
}

void PulsePanel::setParticipants(const QList<Checkin::Participant> &participants)
{
    m_participants = participants;
    const QStringList servers = Social::mastodonServersOf(participants);
    m_mastodon->setPlaceholderText(
        servers.isEmpty() ? tr("mastodon.social, fosstodon.org (or the participants' servers)")
                          : tr("default: %1").arg(servers.join(u", "_s)));
}

void PulsePanel::setDisplayZone(const QByteArray &zone)
{
    m_zone = zone;
    m_chart->setDisplayZone(zone);
    showPulse(m_minutes, m_columns, {}, m_caughtUp);
}

Checkin::MinuteRange PulsePanel::range() const
{
    const Campaign &campaign = m_document.campaign();
    const qint64 start = campaign.start.time_since_epoch().count() / 60;
    const qint64 end = (campaign.end().time_since_epoch().count() + 59) / 60;
    return {start - 15, std::min(end + 15, start - 15 + Checkin::maxMinuteRange)};
}

bool PulsePanel::start()
{
    if (isRunning())
        return true;
    const Campaign &campaign = m_document.campaign();
    if (campaign.hashtag.isEmpty()) {
        m_status->setText(tr("The campaign has no hashtag to count."));
        return false;
    }
    Social::PulseConfig config;
    config.hashtag = campaign.hashtag;
    config.range = range();
    QStringList servers;
    for (const QString &part : m_mastodon->text().split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            servers.append(part.trimmed());
    if (servers.isEmpty())
        servers = Social::mastodonServersOf(m_participants);
    for (const QString &server : servers) {
        const auto url = Social::parseSourceUrl(server, tr("Mastodon servers"));
        if (!url) {
            m_status->setText(url.error().text());
            return false;
        }
        config.mastodonServers.append(*url);
    }
    if (!m_handle->text().trimmed().isEmpty()) {
        if (m_password->text().isEmpty()) {
            m_status->setText(tr("Bluesky needs an app password to search (Settings › App "
                                 "passwords on Bluesky)."));
            return false;
        }
        const auto service = Social::parseSourceUrl(m_service->text(), tr("Bluesky server"));
        if (!service) {
            m_status->setText(service.error().text());
            return false;
        }
        Social::BlueskyAccount account;
        account.service = *service;
        account.handle = m_handle->text().trimmed();
        if (account.handle.startsWith(u'@'))
            account.handle = account.handle.sliced(1);
        account.appPassword = m_password->text();
        config.bluesky = account;
    }
    const QString path = m_databasePath ? m_databasePath() : QString();
    if (!path.isEmpty() && QFileInfo(path).isFile()) {
        config.localCheckins = [path](const Checkin::MinuteRange &minutes) {
            return Checkin::readPostedMinutes(path, minutes);
        };
    } else if (!campaign.checkinUrl.isEmpty()) {
        if (const auto url = Social::parseSourceUrl(campaign.checkinUrl, u"checkin_url"_s))
            config.checkinService = *url;
    }
    if (config.mastodonServers.isEmpty() && !config.bluesky && !config.checkinService
        && !config.localCheckins) {
        m_status->setText(tr("Name a Mastodon server or a Bluesky account to count on."));
        return false;
    }
    m_columns = Social::PulseColumns {!config.mastodonServers.isEmpty(), config.bluesky.has_value(),
                                      config.checkinService || bool(config.localCheckins)};
    m_caughtUp = false;
    m_thread = new QThread(this);
    m_worker = new PulseWorker(
        std::move(config),
        [clock = m_clock] {
            return QDateTime::fromMSecsSinceEpoch(
                std::chrono::duration_cast<std::chrono::milliseconds>(clock().time_since_epoch())
                    .count(),
                Qt::UTC);
        },
        this);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->begin(); });
    m_status->setText(tr("Catching up on the minutes so far…"));
    updateControls();
    return true;
}

void PulsePanel::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr; // deleted by the thread's finished()
    updateControls();
}

void PulsePanel::showPulse(const QList<Social::PulseMinute> &minutes,
                           const Social::PulseColumns &columns,
                           const QList<Social::SourceReport> &sources, bool caughtUp)
{
    m_minutes = minutes;
    m_columns = columns;
    m_caughtUp = caughtUp;
    const Campaign &campaign = m_document.campaign();
    const qint64 hourFrom = campaign.start.time_since_epoch().count() / 60;
    const qint64 hourTo = (campaign.end().time_since_epoch().count() + 59) / 60;
    m_chart->setPulse(minutes, columns, hourFrom, hourTo);
    const Social::PulseSummary summary = Social::summarise(minutes, now());
    const QLocale locale;
    // Only the sources that were asked: "Bluesky 0" would claim it was read.
    QStringList platforms;
    if (columns.mastodon)
        platforms.append(tr("Mastodon %1").arg(locale.toString(summary.mastodon)));
    if (columns.bluesky)
        platforms.append(tr("Bluesky %1").arg(locale.toString(summary.bluesky)));
    QString totals = minutes.isEmpty() ? tr("No posts counted yet.")
        : platforms.isEmpty()
        ? QString()
        : tr("%1 posts (%2)").arg(locale.toString(summary.posts), platforms.join(u", "_s));
    if (!minutes.isEmpty() && columns.checkins)
        totals += (totals.isEmpty() ? QString() : u" · "_s)
            + tr("%1 posted check-ins").arg(locale.toString(summary.checkinsPosted));
    m_totals->setText(totals);
    const QTimeZone zone(m_zone);
    const auto timeOf = [&](qint64 minute) {
        return shortTime(
            QDateTime::fromSecsSinceEpoch(minute * 60, Qt::UTC).toTimeZone(zone).time());
    };
    m_peak->setText(summary.peak ? tr("Peak: %1 a minute at %2")
                                       .arg(locale.toString(summary.peak->posts()),
                                            timeOf(summary.peak->minute))
                                 : QString());
    m_compare->setText(
        summary.thisMinute
            ? tr("This minute: %1 (the one before: %2)")
                  .arg(locale.toString(summary.thisMinute->posts()),
                       summary.lastMinute ? locale.toString(summary.lastMinute->posts()) : u"—"_s)
            : QString());
    QStringList problems;
    for (const Social::SourceReport &source : sources)
        if (!source.error.isEmpty())
            problems.append(source.error);
    const bool over = now().toSecsSinceEpoch() / 60 >= range().to;
    if (!isRunning() && sources.isEmpty())
        m_status->setText(tr("Not counting."));
    else if (!problems.isEmpty())
        m_status->setText(problems.join(u"; "_s));
    else if (!caughtUp)
        m_status->setText(
            tr("Catching up: %n page(s) read…", nullptr, property("pulsePages").toInt()));
    else
        m_status->setText(over ? tr("The hour is over: the report is ready.")
                               : tr("Up to date; next look in a minute."));
    m_sentence->setText(caughtUp && over ? reportSentence() : QString());
    updateControls();
    Q_EMIT updated();
}

QString PulsePanel::totalsText() const
{
    return m_totals->text();
}

QString PulsePanel::peakText() const
{
    return m_peak->text();
}

QString PulsePanel::compareText() const
{
    return m_compare->text();
}

QString PulsePanel::statusText() const
{
    return m_status->text();
}

QString PulsePanel::reportSentence() const
{
    const Campaign &campaign = m_document.campaign();
    const qint64 hourFrom = campaign.start.time_since_epoch().count() / 60;
    const qint64 hourTo = (campaign.end().time_since_epoch().count() + 59) / 60;
    QList<Social::PulseMinute> hour;
    for (const auto &minute : m_minutes)
        if (minute.minute >= hourFrom && minute.minute < hourTo)
            hour.append(minute);
    const Social::PulseSummary summary = Social::summarise(hour, now());
    const QLocale locale;
    if (!summary.peak)
        return tr("No posts with %1 in the hour.").arg(campaign.hashtag);
    const QString at
        = QDateTime::fromSecsSinceEpoch(summary.peak->minute * 60, Qt::UTC).toString(u"HH:mm"_s);
    return tr("%1 posts in the hour, peak %2 a minute at %3 UTC")
        .arg(locale.toString(summary.posts), locale.toString(summary.peak->posts()), at);
}

bool PulsePanel::saveReport()
{
    if (m_minutes.isEmpty())
        return false;
    QString slug;
    for (const QChar c : m_document.campaign().hashtag)
        if (c.isLetterOrNumber())
            slug += c;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(u"pulse-%1.png"_s.arg(slug.isEmpty() ? u"campaign"_s : slug));
    QString path = m_chooseReport(tr("Save the Pulse Report"), suggested);
    if (path.isEmpty())
        return false;
    if (path.endsWith(u".png"_s, Qt::CaseInsensitive))
        path.chop(4);
    const QImage image = m_chart->render(QSize(1200, 600), reportSentence());
    QSaveFile png(path + u".png"_s);
    QSaveFile csv(path + u".csv"_s);
    const bool written = png.open(QIODevice::WriteOnly) && image.save(&png, "PNG") && png.commit()
        && csv.open(QIODevice::WriteOnly) && csv.write(Social::pulseCsv(m_minutes, m_columns)) >= 0
        && csv.commit();
    m_status->setText(
        written ? tr("Saved %1.png and %1.csv.").arg(QDir::toNativeSeparators(path))
                : tr("Could not write %1: %2")
                      .arg(QDir::toNativeSeparators(path),
                           png.errorString().isEmpty() ? csv.errorString() : png.errorString()));
    return written;
}

void PulsePanel::updateControls()
{
    m_start->setEnabled(!isRunning());
    m_stop->setEnabled(isRunning());
    m_report->setEnabled(!m_minutes.isEmpty() && m_caughtUp);
    for (QLineEdit *edit : {m_mastodon, m_handle, m_password, m_service})
        edit->setEnabled(!isRunning());
}

} // namespace Chorus::Ui
