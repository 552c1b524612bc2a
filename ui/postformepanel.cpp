#include "postformepanel.h"

#include "localeformat.h"
#include "participantsmodel.h"
#include "widgetlifetime.h"

#include "campaign/campaign.h"
#include "social/bluesky.h"

#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chorus::Ui {

using Social::Account;

PostForMePanel::PostForMePanel(PostForMe &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *box = new QGroupBox(tr("Post for me"), this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(box);
    auto *layout = new QVBoxLayout(box);

    auto *intro = new QLabel(
        tr("Chorus can make your post at the start from your own accounts: Mastodon keeps it "
           "scheduled on your server, Bluesky is posted by this app at the instant. Your "
           "passwords and tokens stay in this computer's keychain and never leave it."),
        box);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_goal = new QLabel(box);
    m_goal->setWordWrap(true);
    m_goal->setAccessibleName(tr("Supporter goal"));
    layout->addWidget(m_goal);

    m_noAccounts = new QLabel(tr("No account connected yet."), box);
    m_noAccounts->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_noAccounts);
    m_rowsLayout = new QVBoxLayout;
    layout->addLayout(m_rowsLayout);
    // Posts armed for a campaign opened before stay armed: say so, since
    // closing the app would lose them.
    m_elsewhere = new QLabel(box);
    m_elsewhere->setWordWrap(true);
    m_elsewhere->setTextFormat(Qt::RichText);
    m_elsewhere->setAccessibleName(tr("Posts waiting for other campaigns"));
    m_elsewhere->hide();
    layout->addWidget(m_elsewhere);

    // Connecting an account.
    m_connectTabs = new QTabWidget(box);
    auto *bsky = new QWidget(m_connectTabs);
    auto *bskyForm = new QFormLayout(bsky);
    m_bskyHandle = new QLineEdit(bsky);
    m_bskyHandle->setPlaceholderText(tr("yourname.bsky.social"));
    m_bskyPassword = new QLineEdit(bsky);
    m_bskyPassword->setEchoMode(QLineEdit::Password);
    m_bskyPassword->setPlaceholderText(u"xxxx-xxxx-xxxx-xxxx"_s);
    m_bskyServer = new QLineEdit(bsky);
    m_bskyServer->setPlaceholderText(tr("found from the handle"));
    auto *why = new QLabel(
        tr("Use an app password, never your main password: an app password can post but cannot "
           "change your account, and you can revoke it alone. Make one at <a href=\"%1\">%1</a>.")
            .arg(Social::appPasswordsPage.toString()),
        bsky);
    why->setWordWrap(true);
    why->setOpenExternalLinks(true);
    why->setTextFormat(Qt::RichText);
    m_bskyConnect = new QPushButton(tr("Connect Bluesky"), bsky);
    bskyForm->addRow(tr("&Handle:"), m_bskyHandle);
    bskyForm->addRow(tr("App pass&word:"), m_bskyPassword);
    bskyForm->addRow(QString(), why);
    bskyForm->addRow(tr("Ser&ver (optional):"), m_bskyServer);
    bskyForm->addRow(QString(), m_bskyConnect);
    connect(m_bskyConnect, &QPushButton::clicked, this, [this] {
        m_controller.connectBluesky(m_bskyHandle->text(), m_bskyPassword->text(),
                                    m_bskyServer->text());
    });
    m_connectTabs->addTab(bsky, tr("Bluesky"));

    auto *masto = new QWidget(m_connectTabs);
    auto *mastoForm = new QFormLayout(masto);
    m_mastoServer = new QLineEdit(masto);
    m_mastoServer->setPlaceholderText(u"mastodon.social"_s);
    m_mastoServer->setAccessibleName(tr("Mastodon server"));
    m_mastoConnect = new QPushButton(tr("Connect Mastodon"), masto);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_mastoServer, 1);
    serverRow->addWidget(m_mastoConnect);
    auto *how = new QLabel(tr("Chorus opens your server's page in the browser; approve it there "
                              "and come back. It asks only to read and write statuses."),
                           masto);
    how->setWordWrap(true);
    m_mastoCode = new QLineEdit(masto);
    m_mastoCode->setPlaceholderText(tr("a code the server showed you"));
    m_mastoCode->setAccessibleName(tr("Code from the server"));
    m_mastoCodeButton = new QPushButton(tr("Use code"), masto);
    m_mastoOob = new QPushButton(tr("Get a code to paste instead"), masto);
    m_mastoOob->setFlat(true);
    m_mastoOob->setEnabled(false);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_mastoCode, 1);
    codeRow->addWidget(m_mastoCodeButton);
    mastoForm->addRow(tr("&Server:"), serverRow);
    mastoForm->addRow(QString(), how);
    mastoForm->addRow(tr("&Code:"), codeRow);
    mastoForm->addRow(QString(), m_mastoOob);
    connect(m_mastoConnect, &QPushButton::clicked, this,
            [this] { m_controller.connectMastodon(m_mastoServer->text()); });
    connect(m_mastoServer, &QLineEdit::returnPressed, m_mastoConnect, &QPushButton::click);
    connect(m_mastoCodeButton, &QPushButton::clicked, this,
            [this] { m_controller.submitMastodonCode(m_mastoCode->text()); });
    connect(m_mastoOob, &QPushButton::clicked, &m_controller, &PostForMe::openOutOfBand);
    m_connectTabs->addTab(masto, tr("Mastodon"));

    auto *connectBox = new QGroupBox(tr("Connect an account"), box);
    auto *connectLayout = new QVBoxLayout(connectBox);
    connectLayout->addWidget(m_connectTabs);
    m_message = new QLabel(connectBox);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Connection progress"));
    connectLayout->addWidget(m_message);
    layout->addWidget(connectBox);
    // The tabs keep their height; spare room goes below the panel.
    m_connectTabs->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    outer->addStretch();

    connect(&m_controller, &PostForMe::connectProgress, this, [this](const QString &message) {
        showMessage(message, false);
        m_mastoOob->setEnabled(m_controller.outOfBandUrl().isValid());
    });
    connect(&m_controller, &PostForMe::connectFailed, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(&m_controller, &PostForMe::accountConnected, this, [this](const Account &account) {
        showMessage(tr("Connected %1.").arg(account.handle), false);
        m_bskyPassword->clear();
        m_mastoCode->clear();
        m_mastoOob->setEnabled(false);
    });
    connect(&m_controller.book(), &Social::AccountBook::accountsChanged, this,
            &PostForMePanel::rebuildRows);
    connect(&m_controller, &PostForMe::statusChanged, this, &PostForMePanel::updateRow);
    connect(&m_controller, &PostForMe::waitingElsewhereChanged, this,
            &PostForMePanel::updateElsewhere);
    rebuildRows();
    updateElsewhere();
}

PostForMePanel::~PostForMePanel()
{
    disconnectChildrenFrom(this);
}

void PostForMePanel::setZone(const QByteArray &zone)
{
    m_zone = zone;
    m_controller.setZone(zone);
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        updateRow(it.key());
    updateGoal();
    updateElsewhere();
}

const PostForMePanel::Row *PostForMePanel::row(const QString &accountKey) const
{
    const auto it = m_rows.find(accountKey);
    return it == m_rows.end() ? nullptr : &*it;
}

QString PostForMePanel::messageText() const
{
    return m_message->text();
}

QString PostForMePanel::goalText() const
{
    return m_goal->isHidden() ? QString() : m_goal->text();
}

QString PostForMePanel::elsewhereText() const
{
    return m_elsewhere->isHidden() ? QString() : m_elsewhere->text();
}

void PostForMePanel::updateElsewhere()
{
    QStringList lines;
    for (const WaitingElsewhere &waiting : m_controller.waitingElsewhere())
        lines << tr("Chorus also posts for %1 from %2 on %3 at %4 your time: keep it running.")
                     .arg(waiting.campaign.toHtmlEscaped(), waiting.account.handle.toHtmlEscaped(),
                          ParticipantsModel::platformName(waiting.account.platform),
                          localTime(waiting.at));
    m_elsewhere->setText(lines.join(u"<br>"_s));
    m_elsewhere->setVisible(!lines.isEmpty());
    Q_EMIT updated();
}

void PostForMePanel::showMessage(const QString &message, bool problem)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? QColor(0xb3, 0x26, 0x1e)
                             : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setText(message);
    Q_EMIT updated();
}

void PostForMePanel::rebuildRows()
{
    for (const Row &row : std::as_const(m_rows))
        delete row.box;
    m_rows.clear();
    const QList<Account> accounts = m_controller.accounts();
    m_noAccounts->setVisible(accounts.isEmpty());
    for (const Account &account : accounts) {
        Row row;
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        row.box = frame;
        auto *v = new QVBoxLayout(frame);
        row.title = new QLabel(tr("<b>%1</b> on %2")
                                   .arg(account.handle.toHtmlEscaped(),
                                        ParticipantsModel::platformName(account.platform)),
                               frame);
        row.post = new QLabel(frame);
        row.post->setWordWrap(true);
        row.post->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.post->setAccessibleName(tr("The post"));
        row.post->setMargin(6);
        row.post->setAutoFillBackground(true);
        row.post->setBackgroundRole(QPalette::Base);
        row.status = new QLabel(frame);
        row.status->setWordWrap(true);
        row.status->setOpenExternalLinks(true);
        row.status->setTextFormat(Qt::RichText);
        row.status->setAccessibleName(tr("Status"));
        row.schedule = new QPushButton(tr("Schedule"), frame);
        row.cancel = new QPushButton(tr("Cancel"), frame);
        row.forget = new QPushButton(tr("Forget this account"), frame);
        row.forget->setFlat(true);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(row.schedule);
        buttons->addWidget(row.cancel);
        buttons->addStretch();
        buttons->addWidget(row.forget);
        v->addWidget(row.title);
        v->addWidget(row.post);
        v->addLayout(buttons);
        v->addWidget(row.status);
        connect(row.schedule, &QPushButton::clicked, this,
                [this, account] { m_controller.schedule(account); });
        connect(row.cancel, &QPushButton::clicked, this,
                [this, account] { m_controller.cancel(account); });
        connect(row.forget, &QPushButton::clicked, this,
                [this, account] { m_controller.forget(account); });
        m_rowsLayout->addWidget(frame);
        m_rows.insert(account.key(), row);
        updateRow(account.key());
    }
    updateGoal();
    Q_EMIT updated();
}

QString PostForMePanel::localTime(Time::Instant at) const
{
    const QDateTime when
        = QDateTime::fromSecsSinceEpoch(at.time_since_epoch().count(), QTimeZone(m_zone));
    return shortTime(when.time());
}

QString PostForMePanel::statusLine(const Account &account, const PostStatus &status) const
{
    QString server = account.server.host();
    if (account.server.port() != -1)
        server += u':' + QString::number(account.server.port());
    const QString platform = ParticipantsModel::platformName(account.platform);
    const QString detail = status.detail.toHtmlEscaped();
    switch (status.kind) {
    case PostStatus::Kind::Idle:
        return tr("Not scheduled yet.");
    case PostStatus::Kind::Working:
        return detail;
    case PostStatus::Kind::Scheduled:
        return tr("Scheduled on %1 for %2 your time").arg(server, localTime(status.at));
    case PostStatus::Kind::Waiting: {
        QString line = tr("Chorus posts on %1 at %2: keep it running (it waits in the tray)")
                           .arg(platform, localTime(status.at));
        if (!detail.isEmpty())
            line += u"<br><small>"_s + detail + u"</small>"_s;
        return line;
    }
    case PostStatus::Kind::Posted:
        return tr("Posted ✓ <a href=\"%1\">%2</a>")
            .arg(status.url.toHtmlEscaped(), status.url.toHtmlEscaped());
    case PostStatus::Kind::Cancelled:
        return tr("Cancelled: nothing will be posted from this account.");
    case PostStatus::Kind::HourOver:
        return tr("The campaign's hour is over: nothing was posted from this account.");
    case PostStatus::Kind::GoalMissed:
        return tr("The goal was not reached in time, so nothing is posted (all or nothing).");
    case PostStatus::Kind::Failed:
        return u"<span style=\"color:#b3261e\">"_s + detail + u"</span>"_s;
    }
    return {};
}

void PostForMePanel::updateRow(const QString &accountKey)
{
    const auto it = m_rows.find(accountKey);
    if (it == m_rows.end())
        return;
    Account account;
    for (const Account &a : m_controller.accounts())
        if (a.key() == accountKey)
            account = a;
    if (account.platform.isEmpty())
        return;
    const Row &row = *it;
    const Expected<Text::FanPost> post = m_controller.postFor(account);
    row.post->setText(post ? post->text : tr("Cannot post: %1").arg(post.error().message));
    const PostStatus status = m_controller.status(account);
    row.status->setText(statusLine(account, status));
    using Kind = PostStatus::Kind;
    const bool busy = status.kind == Kind::Working;
    const bool active = status.kind == Kind::Scheduled || status.kind == Kind::Waiting;
    const bool over = status.kind == Kind::Posted || status.kind == Kind::HourOver;
    row.schedule->setEnabled(post.has_value() && !busy && !active && !over);
    row.cancel->setEnabled(!busy && active);
    updateGoal();
    Q_EMIT updated();
}

void PostForMePanel::updateGoal()
{
    const Plan::GoalStatus goal = m_controller.goal();
    if (goal.state == Plan::GoalState::NoGoal || goal.decidesAt == Time::Instant {}) {
        m_goal->hide();
        return;
    }
    m_goal->setText(tr("All or nothing: posts only if %1 join by %2.")
                        .arg(QLocale().toString(goal.goal), localTime(goal.decidesAt)));
    m_goal->show();
}

} // namespace Chorus::Ui
