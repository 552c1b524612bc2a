#include "postforme.h"

#include "campaigndocument.h"

#include "campaign/campaign.h"
#include "share/composelinks.h"
#include "social/bluesky.h"
#include "social/blueskyposter.h"
#include "social/mastodonoauth.h"
#include "social/mastodonschedule.h"
#include "time/zonecatalogue.h"

#include <QDesktopServices>
#include <QRandomGenerator>
#include <QSettings>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Ui {

using Social::Account;
using Social::PostingAction;
using Social::PostingRecord;
using State = PostingRecord::State;

/// What runs for one account now: its status and the job, if any.
struct PostForMe::Live
{
    PostStatus status;
    QPointer<QObject> job; ///< the client, poster or job under way (deleted to stop it)
    bool busy = false;
    /// Bumped by stop(): an answer for an earlier run (the keychain's) is dropped.
    quint64 run = 0;
    /// The start and text it was last looked at for: an edit of either
    /// brings the servers (and an armed post) in step.
    Time::Instant start {};
    QString text;
};

namespace {
bool isMastodon(const Account &account)
{
    return account.platform == u"mastodon";
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}

/// The status a record stands for when nothing runs for it.
PostStatus recordedStatus(const PostingRecord &rec, Time::Instant start)
{
    switch (rec.state) {
    case State::Posted:
        return {PostStatus::Kind::Posted, {}, {}, rec.url};
    case State::Scheduled:
        return {PostStatus::Kind::Scheduled, {}, rec.scheduledFor.value_or(start)};
    case State::Cancelled:
        return {PostStatus::Kind::Cancelled};
    default:
        return {};
    }
}
} // namespace

PostForMe::PostForMe(CampaignDocument &document, const Time::ZoneCatalogue &catalogue,
                     Time::Clock clock, QSettings &settings, QNetworkAccessManager &network,
                     Social::CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_catalogue(catalogue)
    , m_clock(std::move(clock))
    , m_settings(settings)
    , m_network(network)
    , m_book(new Social::AccountBook(settings, credentials, this))
    , m_ledger(settings)
    , m_open([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_goalTimer(new QTimer(this))
    , m_editTimer(new QTimer(this))
{
    m_campaignId = campaignIdentity(m_document.campaign());
    m_origin = originOf();
    m_targets.insert(m_campaignId, {m_document.campaign(), m_zone, {}});
    connect(&m_document, &CampaignDocument::changed, this, &PostForMe::campaignChanged);
    // An all-or-nothing goal is decided 10 minutes before the start: look again
    // every half minute so a missed goal cancels in time.
    m_goalTimer->setInterval(30s);
    connect(m_goalTimer, &QTimer::timeout, this, &PostForMe::checkGoals);
    m_goalTimer->start();
    // Typing in Messages changes the campaign at every keystroke: the servers
    // are asked again once the edits pause.
    m_editTimer->setSingleShot(true);
    m_editTimer->setInterval(1500ms);
    connect(m_editTimer, &QTimer::timeout, this, &PostForMe::followEdits);
    connect(m_book, &Social::AccountBook::accountsChanged, this, [this] {
        for (const Account &account : accounts())
            Q_EMIT statusChanged(account.key());
    });
    // Reconcile what was asked before the restart with the servers.
    QTimer::singleShot(0, this, [this] {
        announceEarlierPosts();
        for (const Account &account : accounts())
            evaluate(m_campaignId, account);
    });
}

PostForMe::~PostForMe()
{
    for (const auto &campaign : std::as_const(m_live))
        for (const auto &l : campaign)
            delete l->job;
}

PostForMe::Live &PostForMe::live(const QByteArray &campaignId, const QString &key)
{
    auto &slot = m_live[campaignId][key];
    if (!slot)
        slot = std::make_shared<Live>();
    return *slot;
}

const PostForMe::Live *PostForMe::findLive(const QByteArray &campaignId, const QString &key) const
{
    const auto campaign = m_live.constFind(campaignId);
    if (campaign == m_live.cend())
        return nullptr;
    const auto it = campaign->constFind(key);
    return it == campaign->cend() ? nullptr : it->get();
}

void PostForMe::stop(const QByteArray &campaignId, const QString &key)
{
    Live &l = live(campaignId, key);
    delete l.job;
    l.busy = false;
    ++l.run;
}

QString PostForMe::originOf() const
{
    return m_document.filePath() + u'\n' + m_document.source();
}

const Campaign &PostForMe::campaignOf(const QByteArray &campaignId) const
{
    const auto it = m_targets.constFind(campaignId);
    return it == m_targets.cend() ? m_document.campaign() : it->campaign;
}

void PostForMe::setZone(const QByteArray &zone)
{
    if (zone.isEmpty() || zone == m_zone)
        return;
    m_zone = zone;
    m_targets[m_campaignId].zone = zone;
    for (const Account &account : accounts())
        Q_EMIT statusChanged(account.key());
    // {local_time} and {city} follow the zone: what was armed or scheduled
    // with the old text is brought in step.
    m_editTimer->start();
}

void PostForMe::setParticipants(std::optional<qint64> participants)
{
    m_targets[m_campaignId].participants = participants;
}

Plan::GoalStatus PostForMe::goalOf(const QByteArray &campaignId) const
{
    const auto it = m_targets.constFind(campaignId);
    const std::optional<qint64> participants
        = it == m_targets.cend() ? std::nullopt : it->participants;
    return Plan::goalStatus(campaignOf(campaignId), participants,
                            time_point_cast<seconds>(m_clock()));
}

Plan::GoalStatus PostForMe::goal() const
{
    return goalOf(m_campaignId);
}

Expected<Text::FanPost> PostForMe::postOf(const QByteArray &campaignId,
                                          const Account &account) const
{
    const Text::Platform platform
        = isMastodon(account) ? Text::Platform::Mastodon : Text::Platform::Bluesky;
    const auto target = m_targets.constFind(campaignId);
    Text::FanPostReader reader;
    reader.zone = target == m_targets.cend() ? m_zone : target->zone;
    reader.locale = QLocale();
    reader.handle = account.handle;
    return Text::fanPost(campaignOf(campaignId), {}, platform, reader, m_catalogue);
}

Expected<Text::FanPost> PostForMe::postFor(const Account &account) const
{
    return postOf(m_campaignId, account);
}

QUrl PostForMe::xComposeUrl() const
{
    if (!goal().postingAllowed)
        return {};
    Text::FanPostReader reader;
    reader.zone = m_zone;
    reader.locale = QLocale();
    reader.handle = m_xHandle;
    const Expected<Text::FanPost> post
        = Text::fanPost(m_document.campaign(), {}, Text::Platform::X, reader, m_catalogue);
    if (!post)
        return {};
    const Expected<QByteArray> url = Share::composeUrl(Text::Platform::X, post->text);
    return url ? QUrl::fromEncoded(*url) : QUrl();
}

PostingRecord PostForMe::recordOf(const QByteArray &campaignId, const Account &account) const
{
    return m_ledger.record(campaignId, account.key());
}

void PostForMe::record(const QByteArray &campaignId, const Account &account,
                       const PostingRecord &record)
{
    m_ledger.setRecord(campaignId, account.key(), record);
}

PostStatus PostForMe::status(const Account &account) const
{
    if (const Live *l = findLive(m_campaignId, account.key()))
        return l->status;
    return recordedStatus(recordOf(m_campaignId, account), m_document.campaign().start);
}

bool PostForMe::hasPending() const
{
    for (const auto &campaign : std::as_const(m_live))
        for (const auto &l : campaign)
            if (l->status.kind == PostStatus::Kind::Waiting)
                return true;
    return false;
}

QList<WaitingElsewhere> PostForMe::waitingElsewhere() const
{
    QList<WaitingElsewhere> waiting;
    const QList<Account> all = accounts();
    for (auto campaign = m_live.cbegin(); campaign != m_live.cend(); ++campaign) {
        if (campaign.key() == m_campaignId)
            continue;
        const Campaign &other = campaignOf(campaign.key());
        for (const Account &account : all) {
            const auto it = campaign->constFind(account.key());
            if (it != campaign->cend() && (*it)->status.kind == PostStatus::Kind::Waiting)
                waiting.append({other.hashtag.isEmpty() ? other.title : other.hashtag, account,
                                (*it)->status.at});
        }
    }
    std::ranges::sort(waiting, {}, &WaitingElsewhere::at);
    return waiting;
}

void PostForMe::setStatus(const QByteArray &campaignId, const QString &key, PostStatus status)
{
    live(campaignId, key).status = std::move(status);
    if (campaignId == m_campaignId)
        Q_EMIT statusChanged(key);
    else
        Q_EMIT waitingElsewhereChanged();
}

void PostForMe::markPosted(const QByteArray &campaignId, const Account &account,
                           const QString &url)
{
    const bool open = campaignId == m_campaignId;
    record(campaignId, account, {State::Posted, {}, {}, url, open});
    setStatus(campaignId, account.key(), {PostStatus::Kind::Posted, {}, {}, url});
    if (open)
        Q_EMIT posted(account, url);
}

void PostForMe::announceEarlierPosts()
{
    // A post made while another campaign was open: its check-in is this
    // campaign's, so it is announced now.
    for (const Account &account : accounts()) {
        PostingRecord rec = recordOf(m_campaignId, account);
        if (rec.state != State::Posted || rec.checkedIn)
            continue;
        rec.checkedIn = true;
        record(m_campaignId, account, rec);
        Q_EMIT posted(account, rec.url);
    }
}

// ---- Posting ---------------------------------------------------------------

void PostForMe::schedule(const Account &account)
{
    PostingRecord rec = recordOf(m_campaignId, account);
    if (rec.state == State::Posted || rec.state == State::Scheduled || rec.state == State::Wanted)
        return evaluate(m_campaignId, account);
    rec.state = State::Wanted;
    record(m_campaignId, account, rec);
    evaluate(m_campaignId, account);
}

void PostForMe::cancel(const Account &account)
{
    PostingRecord rec = recordOf(m_campaignId, account);
    if (rec.state == State::Posted)
        return;
    stop(m_campaignId, account.key());
    rec.state = State::Cancelled; // the scheduled id stays until the server deletes it
    record(m_campaignId, account, rec);
    if (rec.scheduledId.isEmpty())
        setStatus(m_campaignId, account.key(), {PostStatus::Kind::Cancelled});
    else
        evaluate(m_campaignId, account);
}

void PostForMe::campaignChanged()
{
    const Campaign &campaign = m_document.campaign();
    const QByteArray id = campaignIdentity(campaign);
    const QString origin = originOf();
    if (id != m_campaignId) {
        // Edits still waiting to be followed belong to the campaign before.
        if (m_editTimer->isActive()) {
            m_editTimer->stop();
            followEdits();
        }
        if (origin == m_origin) {
            // The same document under a new hashtag: the old identity is gone
            // from it, and so is what was armed for it.
            if (const auto old = m_live.constFind(m_campaignId); old != m_live.cend())
                for (const auto &l : *old)
                    delete l->job;
            m_live.remove(m_campaignId);
            m_targets.remove(m_campaignId);
        }
        // Otherwise another campaign opened: what is armed for the one before
        // goes on running, and shows again when it is reopened.
        m_campaignId = id;
        m_origin = origin;
        const bool seen = m_targets.contains(id);
        Target &target = m_targets[id];
        target.campaign = campaign;
        // A campaign seen before keeps the zone its posts were made for.
        if (seen)
            m_zone = target.zone;
        else
            target.zone = m_zone;
        announceEarlierPosts();
        for (const Account &account : accounts()) {
            // A post armed for it earlier goes on, unless the campaign came
            // back with another start or text (a newer file).
            const Expected<Text::FanPost> post = postFor(account);
            if (const Live *l = findLive(id, account.key());
                l && l->busy
                && (l->start != campaign.start || l->text != (post ? post->text : QString())))
                stop(id, account.key());
            evaluate(id, account);
            Q_EMIT statusChanged(account.key());
        }
        Q_EMIT waitingElsewhereChanged();
        return;
    }
    m_origin = origin;
    m_targets[id].campaign = campaign;
    for (const Account &account : accounts())
        Q_EMIT statusChanged(account.key()); // the row shows the new text at once
    m_editTimer->start();
}

void PostForMe::followEdits()
{
    const Campaign campaign = campaignOf(m_campaignId);
    for (const Account &account : accounts()) {
        const QString key = account.key();
        const Expected<Text::FanPost> post = postFor(account);
        const QString text = post ? post->text : QString();
        if (const Live *l = findLive(m_campaignId, key);
            l && l->start == campaign.start && l->text == text)
            continue;
        // The start or this account's text changed: an armed post is armed
        // again, a scheduled status moved or replaced.
        stop(m_campaignId, key);
        evaluate(m_campaignId, account);
    }
}

void PostForMe::checkGoals()
{
    const QList<QByteArray> campaigns = m_targets.keys();
    for (const QByteArray &id : campaigns) {
        const Plan::GoalStatus now = goalOf(id);
        if (now.postingAllowed && !now.cancelScheduled)
            continue;
        for (const Account &account : accounts()) {
            const State state = recordOf(id, account).state;
            if (state == State::Wanted || state == State::Scheduled) {
                stop(id, account.key());
                evaluate(id, account);
            }
        }
    }
}

void PostForMe::evaluate(const QByteArray &campaignId, const Account &account)
{
    const QString key = account.key();
    Live &l = live(campaignId, key);
    if (l.busy)
        return;
    const Expected<Text::FanPost> post = postOf(campaignId, account);
    l.start = campaignOf(campaignId).start;
    l.text = post ? post->text : QString();
    const PostingRecord rec = recordOf(campaignId, account);
    if (rec.state == State::None) {
        setStatus(campaignId, key, {});
        return;
    }
    if (rec.state == State::Posted) {
        setStatus(campaignId, key, {PostStatus::Kind::Posted, {}, {}, rec.url});
        return;
    }
    if (rec.state == State::Cancelled && rec.scheduledId.isEmpty()) {
        setStatus(campaignId, key, {PostStatus::Kind::Cancelled});
        return;
    }
    l.busy = true;
    const quint64 run = l.run;
    setStatus(campaignId, key,
              {PostStatus::Kind::Working, tr("Reading the account's secret from the keychain…")});
    m_book->secret(account, this, [this, campaignId, account, run](Expected<QByteArray> secret) {
        if (live(campaignId, account.key()).run != run)
            return; // stopped meanwhile; a later run asks again
        if (!secret) {
            live(campaignId, account.key()).busy = false;
            setStatus(campaignId, account.key(),
                      {PostStatus::Kind::Failed,
                       tr("%1 Connect the account again.").arg(secret.error().message)});
            return;
        }
        act(campaignId, account, *secret);
    });
}

void PostForMe::act(const QByteArray &campaignId, const Account &account, const QByteArray &secret)
{
    if (isMastodon(account))
        return mastodonStep(campaignId, account, secret);
    const QString key = account.key();
    Live &l = live(campaignId, key);
    const Campaign campaign = campaignOf(campaignId);
    const Expected<Text::FanPost> post = postOf(campaignId, account);
    if (!post) {
        l.busy = false;
        setStatus(campaignId, key,
                  {PostStatus::Kind::Failed,
                   tr("%1. Fix the message on the Messages page.").arg(post.error().message)});
        return;
    }
    const PostingRecord rec = recordOf(campaignId, account);
    const Social::PostingDecision decision = Social::decidePosting(
        false, rec, campaign.start, campaign.end(), m_clock(), goalOf(campaignId));
    switch (decision.action) {
    case PostingAction::PostAtInstant:
        return blueskyPost(campaignId, account, secret, *post, decision.at);
    case PostingAction::HourOver:
        l.busy = false;
        return setStatus(campaignId, key, {PostStatus::Kind::HourOver});
    case PostingAction::GoalMissed:
        l.busy = false;
        return setStatus(campaignId, key, {PostStatus::Kind::GoalMissed});
    default:
        l.busy = false;
        return setStatus(campaignId, key, recordedStatus(rec, campaign.start));
    }
}

void PostForMe::blueskyPost(const QByteArray &campaignId, const Account &account,
                            const QByteArray &secret, const Text::FanPost &post, Time::Instant at)
{
    const QString key = account.key();
    const Campaign &campaign = campaignOf(campaignId);
    auto *poster = new Social::BlueskyPoster(&m_network, m_clock, this);
    poster->client().setDirectory(m_directory);
    live(campaignId, key).job = poster;
    Social::BlueskyPostRequest request;
    request.handle = account.handle;
    request.appPassword = QString::fromUtf8(secret);
    request.service = account.server;
    request.campaign = campaignId;
    request.text = post.text;
    request.windowStart = campaign.start;
    request.windowEnd = campaign.end();
    request.at = at;
    setStatus(campaignId, key, {PostStatus::Kind::Waiting, tr("Signing in to Bluesky…"), at});
    connect(poster, &Social::BlueskyPoster::progress, this,
            [this, campaignId, key, at](const QString &message) {
                setStatus(campaignId, key, {PostStatus::Kind::Waiting, message, at});
            });
    connect(poster, &Social::BlueskyPoster::posted, this,
            [this, campaignId, account, poster](const Social::BlueskyPostResult &result) {
                live(campaignId, account.key()).busy = false;
                poster->deleteLater();
                markPosted(campaignId, account, result.url);
            });
    connect(poster, &Social::BlueskyPoster::failed, this,
            [this, campaignId, account, poster](const Social::BlueskyPostError &error) {
                live(campaignId, account.key()).busy = false;
                poster->deleteLater();
                using Kind = Social::BlueskyPostError::Kind;
                if (error.kind == Kind::HourOver)
                    return setStatus(campaignId, account.key(),
                                     {PostStatus::Kind::HourOver, error.message});
                QString what = error.message;
                if (error.kind == Kind::Auth)
                    what = tr("Bluesky refused the app password for %1 (wrong or revoked). Make "
                              "a new one at %2, forget this account and connect it again.")
                               .arg(account.handle, Social::appPasswordsPage.toString());
                setStatus(campaignId, account.key(), {PostStatus::Kind::Failed, what});
            });
    poster->start(request);
}

void PostForMe::mastodonStep(const QByteArray &campaignId, const Account &account,
                             const QByteArray &secret)
{
    const QString accountKey = account.key();
    auto *client = new Social::MastodonClient(account.server, &m_network, m_clock, this);
    client->setAccessToken(QString::fromUtf8(secret));
    live(campaignId, accountKey).job = client;
    const QString server = client->serverName();
    const auto fail = [this, campaignId, accountKey, client](const QString &message) {
        live(campaignId, accountKey).busy = false;
        client->deleteLater();
        setStatus(campaignId, accountKey, {PostStatus::Kind::Failed, message});
    };
    setStatus(campaignId, accountKey, {PostStatus::Kind::Working, tr("Asking %1…").arg(server)});
    client->instanceLimits([this, campaignId, account, client, server,
                            fail](Social::MastodonResult<Text::MastodonLimits> limits) {
        if (!limits)
            return fail(limits.error().message);
        const QString key = account.key();
        const Campaign campaign = campaignOf(campaignId);
        const auto target = m_targets.constFind(campaignId);
        Text::FanPostReader reader;
        reader.zone = target == m_targets.cend() ? m_zone : target->zone;
        reader.locale = QLocale();
        reader.handle = account.handle;
        const Expected<Text::FanPost> text
            = Text::fanPost(campaign, {}, Text::Platform::Mastodon, reader, m_catalogue, *limits);
        if (!text)
            return fail(tr("%1. Fix the message on the Messages page.").arg(text.error().message));
        const PostingRecord rec = recordOf(campaignId, account);
        const Social::PostingDecision decision
            = Social::decidePosting(true, rec, campaign.start, campaign.end(), client->serverNow(),
                                    goalOf(campaignId), text->text);
        const Social::MastodonCampaignPost post {QString::fromUtf8(campaignId), text->text,
                                                 campaign.start, campaign.end()};
        const auto done = [this, campaignId, key, client](PostStatus status) {
            live(campaignId, key).busy = false;
            client->deleteLater();
            setStatus(campaignId, key, std::move(status));
        };
        const auto postAtInstant = [this, campaignId, account, client, post, fail] {
            auto *job = new Social::MastodonPostJob(client, {}, client);
            const QString postKey = account.key();
            setStatus(campaignId, postKey, {PostStatus::Kind::Waiting, {}, post.start});
            connect(job, &Social::MastodonPostJob::retrying, this,
                    [this, campaignId, postKey, post](const Social::MastodonError &error,
                                                      milliseconds) {
                        setStatus(campaignId, postKey,
                                  {PostStatus::Kind::Waiting,
                                   tr("%1 Chorus tries again.").arg(error.message), post.start});
                    });
            connect(job, &Social::MastodonPostJob::finished, this,
                    [this, campaignId, account, client](const Social::PostOutcome &outcome) {
                        const QString url = outcome.status.url.isEmpty() ? outcome.status.uri
                                                                         : outcome.status.url;
                        live(campaignId, account.key()).busy = false;
                        client->deleteLater();
                        markPosted(campaignId, account, url);
                    });
            connect(job, &Social::MastodonPostJob::failed, this,
                    [this, campaignId, postKey, client, fail](const Social::MastodonError &error) {
                        if (error.kind == Social::MastodonError::Kind::HourOver) {
                            live(campaignId, postKey).busy = false;
                            client->deleteLater();
                            return setStatus(campaignId, postKey,
                                             {PostStatus::Kind::HourOver, error.message});
                        }
                        fail(error.message);
                    });
            job->post(post, post.start);
        };
        switch (decision.action) {
        case PostingAction::Schedule: {
            auto *job = new Social::MastodonScheduleJob(client, {}, client);
            setStatus(campaignId, key,
                      {PostStatus::Kind::Working, tr("Scheduling on %1…").arg(server)});
            connect(job, &Social::MastodonScheduleJob::finished, this,
                    [this, campaignId, account, done, post](const Social::ScheduleOutcome &outcome) {
                        record(campaignId, account,
                               {State::Scheduled, outcome.id, post.start, {}, false, post.text});
                        done({PostStatus::Kind::Scheduled, {}, post.start});
                    });
            connect(job, &Social::MastodonScheduleJob::failed, this,
                    [this, campaignId, account, fail,
                     postAtInstant](const Social::MastodonError &error) {
                        if (error.kind != Social::MastodonError::Kind::TooClose)
                            return fail(error.message);
                        // Nothing of the campaign is scheduled any more (the job
                        // deleted what was at the wrong time or with an old text).
                        record(campaignId, account, {State::Wanted});
                        postAtInstant();
                    });
            job->schedule(post);
            return;
        }
        case PostingAction::CancelScheduled: {
            auto *job = new Social::MastodonScheduleJob(client, {}, client);
            const bool goalMissed = rec.state != State::Cancelled;
            setStatus(campaignId, key,
                      {PostStatus::Kind::Working, tr("Cancelling on %1…").arg(server)});
            connect(
                job, &Social::MastodonScheduleJob::finished, this,
                [this, campaignId, account, done, goalMissed](const Social::ScheduleOutcome &) {
                    record(campaignId, account, {State::Cancelled});
                    done({goalMissed ? PostStatus::Kind::GoalMissed : PostStatus::Kind::Cancelled});
                });
            connect(job, &Social::MastodonScheduleJob::failed, this,
                    [fail](const Social::MastodonError &error) { fail(error.message); });
            job->cancel(post);
            return;
        }
        case PostingAction::PostAtInstant:
            return postAtInstant();
        case PostingAction::HourOver:
            return done({PostStatus::Kind::HourOver});
        case PostingAction::GoalMissed:
            return done({PostStatus::Kind::GoalMissed});
        case PostingAction::AlreadyPosted:
            return done({PostStatus::Kind::Posted, {}, {}, rec.url});
        case PostingAction::Nothing:
            return done(recordedStatus(rec, campaign.start));
        }
    });
}

// ---- Accounts --------------------------------------------------------------

void PostForMe::failConnect(const QString &message)
{
    m_connecting = false;
    Q_EMIT connectFailed(message);
}

void PostForMe::finishConnect(const Account &account, const QByteArray &secret)
{
    Q_EMIT connectProgress(tr("Saving the account in the keychain…"));
    m_book->add(account, secret, this, [this, account](Expected<void> added) {
        m_connecting = false;
        if (!added) {
            Q_EMIT connectFailed(
                tr("%1 Nothing was kept: Chorus needs the system's keychain (GNOME Keyring, "
                   "KWallet, macOS Keychain) to keep the secret safe.")
                    .arg(added.error().message));
            return;
        }
        Q_EMIT accountConnected(account);
        evaluate(m_campaignId, account);
    });
}

void PostForMe::connectBluesky(const QString &handleText, const QString &appPassword,
                               const QString &serverText)
{
    if (m_connecting)
        return;
    const Expected<QString> handle = Social::normalizeHandle(handleText.trimmed());
    if (!handle)
        return Q_EMIT connectFailed(handle.error().message);
    const QString password = appPassword.trimmed();
    if (!Social::looksLikeAppPassword(password))
        return Q_EMIT connectFailed(
            tr("That is not an app password (four groups of four, like abcd-efgh-ijkl-mnop). "
               "Make one at %1: never give Chorus your main password.")
                .arg(Social::appPasswordsPage.toString()));
    QUrl service;
    if (!serverText.trimmed().isEmpty()) {
        service = QUrl::fromUserInput(serverText.trimmed());
        if (!service.isValid() || (service.scheme() != u"https" && service.scheme() != u"http"))
            return Q_EMIT connectFailed(
                tr("“%1” is not a server address (https://…).").arg(serverText.trimmed()));
    }
    m_connecting = true;
    auto *client = new Social::BlueskyClient(&m_network, m_clock, this);
    client->setDirectory(m_directory);
    const auto signIn = [this, client, handle = *handle, password](const QUrl &pds) {
        Q_EMIT connectProgress(tr("Signing in at %1…").arg(pds.host()));
        client->createSession(
            pds, handle, password,
            [this, client, pds, password](Social::BlueskyResult<Social::BlueskySession> session) {
                client->deleteLater();
                if (!session) {
                    if (session.error().kind == Social::BlueskyError::Kind::Auth)
                        return failConnect(
                            tr("Bluesky refused the handle or app password. Check both, or make "
                               "a new app password at %1.")
                                .arg(Social::appPasswordsPage.toString()));
                    return failConnect(session.error().message);
                }
                finishConnect({u"bluesky"_s, session->handle, session->did, pds},
                              password.toUtf8());
            });
    };
    if (service.isValid())
        return signIn(service);
    Q_EMIT connectProgress(tr("Looking up %1…").arg(*handle));
    client->resolveHandle(*handle, [this, client, signIn](Social::BlueskyResult<QString> did) {
        if (!did) {
            client->deleteLater();
            return failConnect(did.error().message);
        }
        client->resolveService(*did, [this, client, signIn](Social::BlueskyResult<QUrl> url) {
            if (!url) {
                client->deleteLater();
                return failConnect(url.error().message);
            }
            signIn(*url);
        });
    });
}

void PostForMe::connectMastodon(const QString &serverText)
{
    if (m_connecting)
        return;
    const Expected<QUrl> base = Social::mastodonBaseUrl(serverText.trimmed(), tr("server"));
    if (!base)
        return Q_EMIT connectFailed(base.error().message);
    delete m_oauthClient;
    delete m_redirect;
    m_oobUrl.clear();
    m_connecting = true;
    m_oauthClient = new Social::MastodonClient(*base, &m_network, m_clock, this);
    m_redirect = new Social::LoopbackRedirect(this);
    const QString state = QString::fromLatin1(randomBytes(16).toHex());
    const Expected<QUrl> redirect = m_redirect->listen(state);
    QStringList redirects {QStringView(Social::mastodonOutOfBand).toString()};
    if (redirect)
        redirects.prepend(redirect->toString());
    connect(m_redirect, &Social::LoopbackRedirect::received, this,
            [this](const QString &code) { exchange(code, m_redirect->redirectUri().toString()); });
    connect(m_redirect, &Social::LoopbackRedirect::failed, this,
            [this](const Error &error) { failConnect(error.message); });
    Q_EMIT connectProgress(tr("Registering Chorus on %1…").arg(m_oauthClient->serverName()));
    m_oauthClient->registerApp(
        u"Chorus"_s, redirects, Social::mastodonScopes(), {},
        [this, redirect, state](Social::MastodonResult<Social::MastodonApp> app) {
            if (!app)
                return failConnect(app.error().message);
            m_app = *app;
            const Social::Pkce pkce = Social::makePkce(randomBytes(32));
            m_verifier = pkce.verifier;
            const QUrl server = m_oauthClient->baseUrl();
            m_oobUrl = Social::mastodonAuthorizeUrl(
                server, m_app, QStringView(Social::mastodonOutOfBand).toString(), pkce, state);
            const QUrl page = redirect
                ? Social::mastodonAuthorizeUrl(server, m_app, redirect->toString(), pkce, state)
                : m_oobUrl;
            Q_EMIT connectProgress(
                tr("Approve Chorus in your browser on %1. If the browser shows a code, paste it "
                   "below.")
                    .arg(m_oauthClient->serverName()));
            if (!m_open(page))
                Q_EMIT connectProgress(tr("Open this address in your browser and approve Chorus: "
                                          "%1")
                                           .arg(page.toString()));
        });
}

void PostForMe::submitMastodonCode(const QString &text)
{
    if (!m_oauthClient || m_app.clientId.isEmpty())
        return Q_EMIT connectFailed(tr("Start with “Connect” on your server first."));
    const Expected<QString> code = Social::parsePastedCode(text);
    if (!code)
        return Q_EMIT connectFailed(code.error().message);
    m_connecting = true;
    exchange(*code, QStringView(Social::mastodonOutOfBand).toString());
}

void PostForMe::exchange(const QString &code, const QString &redirectUri)
{
    if (!m_oauthClient)
        return;
    if (m_redirect)
        m_redirect->close();
    Social::MastodonClient *client = m_oauthClient;
    Q_EMIT connectProgress(tr("Getting access from %1…").arg(client->serverName()));
    client->exchangeCode(
        m_app, code, redirectUri, m_verifier,
        [this, client](Social::MastodonResult<QString> token) {
            if (!token)
                return failConnect(tr("%1 Start again with “Connect”.").arg(token.error().message));
            client->setAccessToken(*token);
            client->verifyCredentials([this, client, token = *token](
                                          Social::MastodonResult<Social::MastodonAccount> account) {
                if (!account)
                    return failConnect(account.error().message);
                const QString handle = account->handle();
                finishConnect({u"mastodon"_s, handle, handle, client->baseUrl()}, token.toUtf8());
            });
        });
}

void PostForMe::forget(const Account &account)
{
    // Nothing armed for any campaign may post from it any more.
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it)
        if (it->contains(account.key()))
            stop(it.key(), account.key());
    const QByteArray campaignId = m_campaignId;
    const PostingRecord rec = recordOf(campaignId, account);
    const auto drop = [this, campaignId, account] {
        m_book->forget(account, this, [this, campaignId, account](Expected<void> done) {
            if (!done) {
                setStatus(campaignId, account.key(),
                          {PostStatus::Kind::Failed,
                           tr("%1 The account stays: try again.").arg(done.error().message)});
                return;
            }
            m_ledger.forgetAccount(account.key());
            for (auto &campaign : m_live)
                campaign.remove(account.key());
            Q_EMIT waitingElsewhereChanged();
        });
    };
    // A status waiting on the server would still go out: delete it first.
    if (!isMastodon(account) || rec.state != State::Scheduled)
        return drop();
    m_book->secret(account, this, [this, campaignId, account, rec, drop](Expected<QByteArray> secret) {
        if (!secret)
            return drop();
        auto *client = new Social::MastodonClient(account.server, &m_network, m_clock, this);
        client->setAccessToken(QString::fromUtf8(*secret));
        auto *job = new Social::MastodonScheduleJob(client, {}, client);
        const Campaign &campaign = campaignOf(campaignId);
        const auto finish = [client, drop] {
            client->deleteLater();
            drop();
        };
        connect(job, &Social::MastodonScheduleJob::finished, this, finish);
        connect(job, &Social::MastodonScheduleJob::failed, this, finish);
        // The text the server holds finds it on servers that do not echo the key.
        QString text = rec.scheduledText;
        if (text.isEmpty())
            if (const Expected<Text::FanPost> post = postOf(campaignId, account))
                text = post->text;
        job->cancel({QString::fromUtf8(campaignId), text, campaign.start, campaign.end()});
    });
}

} // namespace Chorus::Ui
