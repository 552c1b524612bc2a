#include "takepartpanel.h"

#include "accessibility.h"
#include "campaigndocument.h"
#include "fonts.h"
#include "participantsmodel.h"
#include "postforme.h"
#include "postformepanel.h"
#include "widgetlifetime.h"
#include "zonepicker.h"

#include "checkin/handle.h"
#include "checkin/posturl.h"
#include "social/credentialstore.h"
#include "time/zonecatalogue.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Ui {

using Checkin::Status;

TakePartPanel::TakePartPanel(CampaignDocument &document, const Time::ZoneCatalogue &catalogue,
                             Time::Clock clock, QSettings &settings, QNetworkAccessManager &network,
                             const QByteArray &systemZone, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalogue(catalogue)
    , m_clock(std::move(clock))
    , m_settings(settings)
    , m_network(network)
    , m_tokens(settings)
{
    m_service = new QLineEdit(this);
    m_service->setClearButtonEnabled(true);
    nameClearButton(m_service, tr("Clear the address"));
    m_service->setAccessibleName(tr("Check-in service address"));
    m_serviceNote = new QLabel(this);
    m_serviceNote->setWordWrap(true);
    m_serviceNote->setForegroundRole(QPalette::PlaceholderText);
    connect(m_service, &QLineEdit::editingFinished, this, &TakePartPanel::rebuildClient);

    m_handle = new QLineEdit(this);
    m_handle->setMaxLength(int(Checkin::maxHandleInput));
    m_handleHint = new QLabel(this);
    m_handleHint->setWordWrap(true);
    m_handleHint->setAccessibleName(tr("What a handle looks like"));
    QPalette hintWarning = m_handleHint->palette(); // the warning's red, as m_problem's
    hintWarning.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_handleHint->setPalette(hintWarning);
    m_platform = new QComboBox(this);
    for (const QString &platform : {u"x"_s, u"bluesky"_s, u"mastodon"_s})
        m_platform->addItem(ParticipantsModel::platformName(platform), platform);
    m_platform->setAccessibleDescription(tr("The platform you will post on"));
    m_zone = new ZonePicker(m_catalogue, this);
    m_zone->setZone(m_catalogue.resolve(QString::fromLatin1(systemZone)) ? systemZone : "UTC");
    m_join = new QPushButton(tr("Join"), this);
    m_join->setDefault(true);
    connect(m_join, &QPushButton::clicked, this, &TakePartPanel::join);
    connect(m_handle, &QLineEdit::returnPressed, this, &TakePartPanel::join);
    // The service's own rules, checked as the fan types (Checkin::canonicalHandle).
    connect(m_handle, &QLineEdit::textChanged, this, &TakePartPanel::checkHandle);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &TakePartPanel::checkHandle);
    checkHandle();

    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Pl&atform:"), m_platform);
    form->addRow(tr("Ha&ndle:"), m_handle);
    form->addRow(QString(), m_handleHint);
    form->addRow(tr("&Your zone:"), m_zone);
    auto *joinRow = new QHBoxLayout;
    joinRow->addWidget(m_join);
    joinRow->addStretch();
    form->addRow(QString(), joinRow);

    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ready = new QPushButton(tr("I'm &ready"), this);
    m_posted = new QPushButton(tr("I &posted"), this);
    for (QPushButton *button : {m_ready, m_posted}) {
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        button->setFont(scaledFont(font(), 1.2, true));
    }
    connect(m_ready, &QPushButton::clicked, this, [this] { checkIn(Status::Ready); });
    connect(m_posted, &QPushButton::clicked, this, [this] { checkIn(Status::Posted); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ready);
    buttons->addWidget(m_posted);

    m_together = new QLabel(this);
    m_together->setAlignment(Qt::AlignCenter);
    m_together->setWordWrap(true);
    m_together->setFont(scaledFont(font(), 1.6, true));
    m_together->setAccessibleName(tr("People posting with you"));
    m_figures = new QLabel(this);
    m_figures->setAlignment(Qt::AlignCenter);
    m_goal = new QLabel(this);
    m_goal->setAlignment(Qt::AlignCenter);
    m_goal->setWordWrap(true);
    m_goal->setAccessibleName(tr("Supporter goal"));
    m_goal->hide();
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setAccessibleName(tr("Problem"));
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_problem->setPalette(warning);
    m_problem->hide();

    auto *serviceRow = new QFormLayout;
    serviceRow->addRow(tr("Check-in &service:"), m_service);
    serviceRow->addRow(QString(), m_serviceNote);

    // "Post for me": the fan's accounts; the secrets in the system's keychain.
    auto *credentials = new Social::CredentialStore(u"org.chorus.Chorus"_s, this);
    m_postController
        = new PostForMe(m_document, m_catalogue, m_clock, settings, network, *credentials, this);
    m_postForMe = new PostForMePanel(*m_postController, this);
    m_postForMe->setZone(m_zone->zone());
    connect(m_zone, &ZonePicker::zoneChosen, m_postForMe, &PostForMePanel::setZone);
    connect(m_postController, &PostForMe::posted, this,
            [this](const Social::Account &account, const QString &url) {
                // The post is out: tell the organizer, as "I posted" would,
                // with its address when it is on the platform the fan joined
                // with (also after an "I posted" that had none).
                const QString postUrl = Checkin::postUrlToReport(
                    m_settings.value(settingsKey(u"platform"_s)).toString(), account.platform, url);
                if (isJoined() && (status() != Status::Posted || !postUrl.isEmpty()))
                    checkIn(Status::Posted, postUrl);
            });

    // One readable column, not lines across a wide window, scrolled when the
    // window is short.
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Take part"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *column = new QWidget(inner);
    column->setMaximumWidth(720);
    auto *row = new QHBoxLayout(inner);
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch(1);
    row->addWidget(column, 10);
    row->addStretch(1);
    scroll->setWidget(inner);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(serviceRow);
    layout->addSpacing(12);
    layout->addWidget(m_form);
    layout->addWidget(m_state);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addSpacing(16);
    layout->addWidget(m_problem);
    layout->addWidget(m_together);
    layout->addWidget(m_figures);
    layout->addWidget(m_goal);
    layout->addSpacing(16);
    layout->addWidget(m_postForMe);
    layout->addStretch();

    // A new campaign may bring another service address.
    connect(&m_document, &CampaignDocument::changed, this, [this] {
        if (overrideKey() != m_overrideKey) {
            m_overrideKey = overrideKey();
            m_service->setText(m_settings.value(m_overrideKey).toString());
        }
        if (serviceUrl() != m_clientUrl)
            rebuildClient();
        else
            updateState();
    });
    m_overrideKey = overrideKey();
    m_service->setText(m_settings.value(m_overrideKey).toString());
    rebuildClient();
}

TakePartPanel::~TakePartPanel()
{
    disconnectChildrenFrom(this);
}

QString TakePartPanel::overrideKey() const
{
    // The address typed for this campaign, remembered with the membership.
    const QString campaign
        = m_document.source().isEmpty() ? m_document.campaign().title : m_document.source();
    return u"fan/override/"_s + QString::fromLatin1(QUrl::toPercentEncoding(campaign));
}

void TakePartPanel::setClientOptions(const Checkin::ClientOptions &options)
{
    m_options = options;
    m_clientUrl = QUrl();
    rebuildClient();
}

void TakePartPanel::setServiceOverride(const QString &url)
{
    m_service->setText(url);
    rebuildClient();
}

QUrl TakePartPanel::serviceUrl() const
{
    QString text = m_service->text().trimmed();
    if (text.isEmpty())
        text = m_document.campaign().checkinUrl.trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url = QUrl::fromUserInput(text);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return {};
    return url;
}

QString TakePartPanel::settingsKey(const QString &name) const
{
    QString url = m_clientUrl.toString();
    while (url.endsWith(u'/'))
        url.chop(1);
    return u"fan/"_s + QString::fromLatin1(QUrl::toPercentEncoding(url)) + u'/' + name;
}

void TakePartPanel::rebuildClient()
{
    const QUrl url = serviceUrl();
    const QString campaignUrl = m_document.campaign().checkinUrl;
    if (const QString typed = m_service->text().trimmed(); typed.isEmpty())
        m_settings.remove(m_overrideKey);
    else
        m_settings.setValue(m_overrideKey, typed);
    m_service->setPlaceholderText(campaignUrl.isEmpty() ? tr("http://… (the organizer's address)")
                                                        : campaignUrl);
    if (m_service->text().trimmed().isEmpty())
        m_serviceNote->setText(
            campaignUrl.isEmpty()
                ? tr("This campaign names no check-in service. Type the address "
                     "the organizer gave you.")
                : tr("The campaign's address. Type another one to use it instead."));
    else if (!url.isValid())
        m_serviceNote->setText(
            tr("“%1” is not an http or https address.").arg(m_service->text().trimmed()));
    else if (campaignUrl.isEmpty())
        m_serviceNote->setText(tr("The address the organizer gave you."));
    else
        m_serviceNote->setText(tr("Used instead of the campaign's address, %1.").arg(campaignUrl));
    if (url == m_clientUrl && m_client)
        return;
    delete m_client;
    m_client = nullptr;
    m_clientUrl = url;
    m_stats.reset();
    m_busy = false;
    m_problem->hide();
    m_problem->clear();
    Q_EMIT clockOffsetChanged(std::nullopt);
    if (url.isValid()) {
        const Time::Clock clock = m_clock;
        m_client = new Checkin::Client(
            url, &m_network, &m_tokens,
            [clock] {
                return QDateTime::fromMSecsSinceEpoch(
                    duration_cast<milliseconds>(clock().time_since_epoch()).count(),
                    QTimeZone::utc());
            },
            m_options, {}, this);
        connect(m_client, &Checkin::Client::joined, this, [this](const Checkin::Membership &) {
            m_busy = false;
            if (!m_settings.contains(settingsKey(u"handle"_s))) {
                m_settings.setValue(settingsKey(u"handle"_s), m_handle->text().trimmed());
                m_settings.setValue(settingsKey(u"platform"_s), m_platform->currentData());
                m_settings.setValue(settingsKey(u"zone"_s), m_zone->zone());
                m_settings.setValue(settingsKey(u"status"_s), int(Status::Joined));
            }
            m_problem->hide();
            updateState();
            updatePolling();
            Q_EMIT joined();
        });
        connect(m_client, &Checkin::Client::joinFailed, this, [this](const Error &error) {
            m_busy = false;
            if (error.field == u"service")
                showProblem(tr("Could not join: the check-in service did not answer (%1).")
                                .arg(error.message));
            else
                showProblem(tr("Could not join: %1.").arg(error.message));
            updateState();
        });
        connect(m_client, &Checkin::Client::checkedIn, this, [this](Status status) {
            m_busy = false;
            m_settings.setValue(settingsKey(u"status"_s), int(status));
            m_problem->hide();
            updateState();
            m_client->startPolling(); // the new figures now, not in 15 s
            Q_EMIT checkedIn(status);
        });
        connect(m_client, &Checkin::Client::checkInFailed, this, [this](const Error &error) {
            m_busy = false;
            if (error.field == u"service")
                showProblem(tr("Not recorded: the check-in service did not answer (%1). "
                               "Try again in a moment.")
                                .arg(error.message));
            else
                showProblem(tr("Not recorded: %1.").arg(error.message));
            updateState();
        });
        connect(m_client, &Checkin::Client::statsChanged, this, &TakePartPanel::showStats);
        connect(m_client, &Checkin::Client::pollFailed, this, [this](const Error &error) {
            showProblem(tr("The check-in service cannot be reached (%1). Chorus keeps trying.")
                            .arg(error.message));
            m_pollProblem = true;
        });
        connect(m_client, &Checkin::Client::clockOffsetChanged, this,
                [this](const Checkin::ClockOffset &offset) { Q_EMIT clockOffsetChanged(offset); });
    }
    // What this device remembers for the service.
    m_handle->setText(m_settings.value(settingsKey(u"handle"_s), m_handle->text()).toString());
    if (const int platform = m_platform->findData(m_settings.value(settingsKey(u"platform"_s)));
        platform >= 0)
        m_platform->setCurrentIndex(platform);
    if (const QByteArray zone = m_settings.value(settingsKey(u"zone"_s)).toByteArray();
        !zone.isEmpty())
        m_zone->setZone(zone);
    if (m_postForMe)
        m_postForMe->setZone(m_zone->zone());
    updateState();
    updatePolling();
}

bool TakePartPanel::isJoined() const
{
    return m_client && m_client->membership().has_value();
}

std::optional<Status> TakePartPanel::status() const
{
    if (!isJoined())
        return std::nullopt;
    return Status(std::clamp(m_settings.value(settingsKey(u"status"_s), 0).toInt(), 0, 2));
}

void TakePartPanel::join()
{
    if (!m_client) {
        showProblem(tr("There is no check-in service to join: type its address above."));
        return;
    }
    if (m_busy || isJoined())
        return;
    const QString handle = m_handle->text().trimmed();
    if (handle.isEmpty()) {
        showProblem(
            tr("Type your handle first, as it appears on %1.").arg(m_platform->currentText()));
        m_handle->setFocus();
        return;
    }
    if (!isHandleValid()) {
        showProblem(m_handleHint->text());
        m_handle->setFocus();
        return;
    }
    if (m_zone->zone().isEmpty()) {
        showProblem(tr("“%1” is not a time zone Chorus knows; pick one from the list.")
                        .arg(m_zone->currentText()));
        return;
    }
    m_busy = true;
    m_problem->hide();
    // Remembered now, so a join whose answer arrives after a restart still
    // shows the right handle.
    m_settings.setValue(settingsKey(u"handle"_s), handle);
    m_settings.setValue(settingsKey(u"platform"_s), m_platform->currentData());
    m_settings.setValue(settingsKey(u"zone"_s), m_zone->zone());
    m_settings.setValue(settingsKey(u"status"_s), int(Status::Joined));
    updateState();
    m_client->join(handle, m_platform->currentData().toString(),
                   QString::fromLatin1(m_zone->zone()));
}

bool TakePartPanel::isHandleValid() const
{
    return Checkin::canonicalHandle(m_platform->currentData().toString(), m_handle->text())
        .has_value();
}

QString TakePartPanel::handleRule() const
{
    const QString platform = m_platform->currentData().toString();
    if (platform == u"bluesky")
        return tr("A Bluesky handle is a domain name, such as alita.bsky.social.");
    if (platform == u"mastodon")
        return tr("A Mastodon handle is your name and your server, such as "
                  "@alita@mastodon.social.");
    return tr("An X handle is 1 to 15 letters A–Z, digits or _, such as @AlitaFan.");
}

void TakePartPanel::checkHandle()
{
    const QString platform = m_platform->currentData().toString();
    m_handle->setPlaceholderText(platform == u"bluesky" ? tr("yourname.bsky.social")
                                 : platform == u"mastodon" ? tr("@yourname@yourserver.social")
                                                           : tr("@yourname"));
    const bool typed = !m_handle->text().trimmed().isEmpty();
    const bool valid = typed && isHandleValid();
    // A half-typed handle is no error yet; the rule is shown all along and
    // turns into a warning only once what is typed cannot be a handle.
    m_handleHint->setText(typed && !valid ? tr("That is not a handle on %1. %2")
                                                .arg(m_platform->currentText(), handleRule())
                                          : handleRule());
    m_handleHint->setForegroundRole(typed && !valid ? QPalette::WindowText
                                                    : QPalette::PlaceholderText);
    m_join->setEnabled(valid);
}

void TakePartPanel::checkIn(Status status, const QString &postUrl)
{
    if (!isJoined() || m_busy)
        return;
    m_busy = true;
    m_problem->hide();
    updateState();
    m_client->checkIn(status, postUrl);
}

void TakePartPanel::updateState()
{
    const bool joined = isJoined();
    m_postController->setXHandle(m_settings.value(settingsKey(u"platform"_s)).toString() == u"x"
                                     ? m_settings.value(settingsKey(u"handle"_s)).toString()
                                     : QString());
    const bool haveService = m_client != nullptr;
    m_form->setEnabled(haveService && !joined && !m_busy);
    m_form->setVisible(!joined);
    m_join->setText(m_busy && !joined ? tr("Joining…") : tr("Join"));
    const std::optional<Status> now = status();
    m_ready->setEnabled(joined && !m_busy && now == Status::Joined);
    // The service takes joined → posted directly: a fan who forgot "ready" can still say so.
    m_posted->setEnabled(joined && !m_busy && now != Status::Posted);
    if (!haveService) {
        m_state->setText(tr("Join the campaign to tell the organizer you take part, and to see "
                            "how many post with you."));
    } else if (!joined) {
        m_state->setText(tr("Join with the handle you will post from. Then say “I'm ready” "
                            "before the start and “I posted” once your post is out."));
    } else {
        const QString handle = m_settings.value(settingsKey(u"handle"_s)).toString();
        const QString platform = ParticipantsModel::platformName(
            m_settings.value(settingsKey(u"platform"_s)).toString());
        QString text;
        switch (now.value_or(Status::Joined)) {
        case Status::Joined:
            text = tr("You're in as %1 on %2. Say “I'm ready” when you are set to post, "
                      "or “I posted” once your post is out.")
                       .arg(handle, platform);
            break;
        case Status::Ready:
            text = tr("You're in as %1 on %2, and ready. Say “I posted” once your post is out.")
                       .arg(handle, platform);
            break;
        case Status::Posted:
            text = tr("You're in as %1 on %2, and you posted. Thank you!").arg(handle, platform);
            break;
        }
        m_state->setText(text);
    }
    if (m_stats)
        showStats(*m_stats);
    else {
        m_together->clear();
        m_figures->clear();
        updateGoal();
    }
}

void TakePartPanel::updateGoal()
{
    // The goal is known from the campaign before the service answers; the
    // service's own, when it sends one, is the one the count is held to.
    qint64 goal = m_document.campaign().goal;
    if (m_stats && m_stats->goal)
        goal = m_stats->goal->participants;
    if (goal <= 0) {
        m_goal->hide();
        m_goal->clear();
        return;
    }
    const QLocale locale;
    m_goal->setText(m_stats ? tr("%1 of %2 have joined")
                                  .arg(locale.toString(m_stats->total.participants),
                                       locale.toString(goal))
                            : tr("The goal: %1 people").arg(locale.toString(goal)));
    m_goal->show();
}

void TakePartPanel::showStats(const Checkin::Stats &stats)
{
    m_stats = stats;
    m_postController->setParticipants(stats.total.participants);
    if (m_pollProblem) {
        m_pollProblem = false; // the service answers again
        m_problem->hide();
    }
    const qint64 total = stats.total.participants;
    if (isJoined()) {
        const qint64 others = std::max<qint64>(0, total - 1);
        m_together->setText(others == 0
                                ? tr("You're the first one in.")
                                : tr("%n people are posting with you", nullptr, int(others)));
    } else {
        m_together->setText(tr("%n people have joined", nullptr, int(total)));
    }
    m_figures->setText(
        tr("%1 ready · %2 posted")
            .arg(QLocale().toString(stats.total.ready), QLocale().toString(stats.total.posted)));
    updateGoal();
    Q_EMIT statsShown();
}

void TakePartPanel::showProblem(const QString &problem)
{
    m_pollProblem = false;
    m_problem->setText(problem);
    m_problem->show();
    Q_EMIT problemShown(problem);
}

void TakePartPanel::updatePolling()
{
    if (!m_client)
        return;
    if (isVisible() || isJoined())
        m_client->startPolling();
    else
        m_client->stopPolling();
}

void TakePartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updatePolling();
}

void TakePartPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updatePolling();
}

QString TakePartPanel::stateText() const
{
    return m_state->text();
}

QString TakePartPanel::togetherText() const
{
    return m_together->text();
}

QString TakePartPanel::goalText() const
{
    return m_goal->isHidden() ? QString() : m_goal->text();
}

QString TakePartPanel::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace Chorus::Ui
