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
{
    m_campaignId = campaignIdentity(m_document.campaign());
    m_start = m_document.campaign().start;
    connect(&m_document, &CampaignDocument::changed, this, &PostForMe::campaignChanged);
    // An all-or-nothing goal is decided 10 minutes before the start: look again
    // every half minute so a missed goal cancels in time.
    m_goalTimer->setInterval(30s);
    connect(m_goalTimer, &QTimer::timeout, this, [this] {
        const Plan::GoalStatus now = goal();
        if (now.postingAllowed && !now.cancelScheduled)
            return;
        for (const Account &account : accounts()) {
            const State state = recordOf(account).state;
            if (state == State::Wanted || state == State::Scheduled) {
                Live &l = live(account.key());
                delete l.job;
                l.busy = false;
                evaluate(account);
            }
        }
    });
    m_goalTimer->start();
    connect(m_book, &Social::AccountBook::accountsChanged, this, [this] {
        for (const Account &account : accounts())
            Q_EMIT statusChanged(account.key());
    });
    // Reconcile what was asked before the restart with the servers.
    QTimer::singleShot(0, this, [this] {
        for (const Account &account : accounts())
            evaluate(account);
    });
}

PostForMe::~PostForMe()
{
    for (const auto &l : std::as_const(m_live))
        delete l->job;
}

PostForMe::Live &PostForMe::live(const QString &key)
{
    auto &slot = m_live[key];
    if (!slot)
        slot = std::make_shared<Live>();
    return *slot;
}

void PostForMe::setZone(const QByteArray &zone)
{
    if (zone.isEmpty() || zone == m_zone)
        return;
    m_zone = zone;
    for (const Account &account : accounts())
        Q_EMIT statusChanged(account.key());
}

void PostForMe::setParticipants(std::optional<qint64> participants)
{
    m_participants = participants;
}

Plan::GoalStatus PostForMe::goal() const
{
    return Plan::goalStatus(m_document.campaign(), m_participants,
                            time_point_cast<seconds>(m_clock()));
}

Expected<Text::FanPost> PostForMe::postFor(const Account &account) const
{
    const Text::Platform platform
        = isMastodon(account) ? Text::Platform::Mastodon : Text::Platform::Bluesky;
    Text::FanPostReader reader;
    reader.zone = m_zone;
    reader.locale = QLocale();
    reader.handle = account.handle;
    return Text::fanPost(m_document.campaign(), {}, platform, reader, m_catalogue);
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

PostingRecord PostForMe::recordOf(const Account &account) const
{
    return m_ledger.record(m_campaignId, account.key());
}

void PostForMe::record(const Account &account, const PostingRecord &record)
{
    m_ledger.setRecord(m_campaignId, account.key(), record);
}

PostStatus PostForMe::status(const Account &account) const
{
    if (const auto it = m_live.find(account.key()); it != m_live.end())
        return (*it)->status;
    const PostingRecord rec = recordOf(account);
    switch (rec.state) {
    case State::Posted:
        return {PostStatus::Kind::Posted, {}, {}, rec.url};
    case State::Scheduled:
        return {PostStatus::Kind::Scheduled, {}, rec.scheduledFor.value_or(m_start)};
    case State::Cancelled:
        return {PostStatus::Kind::Cancelled};
    default:
        return {};
    }
}

bool PostForMe::hasPending() const
{
    for (const auto &l : std::as_const(m_live))
        if (l->status.kind == PostStatus::Kind::Waiting)
            return true;
    return false;
}

void PostForMe::setStatus(const QString &key, PostStatus status)
{
    live(key).status = std::move(status);
    Q_EMIT statusChanged(key);
}

// ---- Posting ---------------------------------------------------------------

void PostForMe::schedule(const Account &account)
{
    PostingRecord rec = recordOf(account);
    if (rec.state == State::Posted || rec.state == State::Scheduled || rec.state == State::Wanted)
        return evaluate(account);
    rec.state = State::Wanted;
    record(account, rec);
    evaluate(account);
}

void PostForMe::cancel(const Account &account)
{
    PostingRecord rec = recordOf(account);
    if (rec.state == State::Posted)
        return;
    Live &l = live(account.key());
    delete l.job;
    l.busy = false;
    rec.state = State::Cancelled; // the scheduled id stays until the server deletes it
    record(account, rec);
    if (rec.scheduledId.isEmpty())
        setStatus(account.key(), {PostStatus::Kind::Cancelled});
    else
        evaluate(account);
}

void PostForMe::campaignChanged()
{
    const Campaign &campaign = m_document.campaign();
    const QByteArray id = campaignIdentity(campaign);
    if (id == m_campaignId && campaign.start == m_start)
        return;
    m_campaignId = id;
    m_start = campaign.start;
    // Another campaign, or the start moved: whatever waits is for the old one.
    for (const auto &l : std::as_const(m_live)) {
        delete l->job;
        l->busy = false;
    }
    m_live.clear();
    for (const Account &account : accounts())
        evaluate(account);
}

void PostForMe::evaluate(const Account &account)
{
    const QString key = account.key();
    Live &l = live(key);
    if (l.busy)
        return;
    const PostingRecord rec = recordOf(account);
    if (rec.state == State::None) {
        setStatus(key, {});
        return;
    }
    if (rec.state == State::Posted) {
        setStatus(key, {PostStatus::Kind::Posted, {}, {}, rec.url});
        return;
    }
    if (rec.state == State::Cancelled && rec.scheduledId.isEmpty()) {
        setStatus(key, {PostStatus::Kind::Cancelled});
        return;
    }
    l.busy = true;
    setStatus(key,
              {PostStatus::Kind::Working, tr("Reading the account's secret from the keychain…")});
    m_book->secret(account, this, [this, account](Expected<QByteArray> secret) {
        if (!secret) {
            live(account.key()).busy = false;
            setStatus(account.key(),
                      {PostStatus::Kind::Failed,
                       tr("%1 Connect the account again.").arg(secret.error().message)});
            return;
        }
        act(account, *secret);
    });
}

void PostForMe::act(const Account &account, const QByteArray &secret)
{
    if (isMastodon(account))
        return mastodonStep(account, secret);
    const QString key = account.key();
    Live &l = live(key);
    const Campaign &campaign = m_document.campaign();
    const Expected<Text::FanPost> post = postFor(account);
    if (!post) {
        l.busy = false;
        setStatus(key,
                  {PostStatus::Kind::Failed,
                   tr("%1. Fix the message on the Messages page.").arg(post.error().message)});
        return;
    }
    const Social::PostingDecision decision = Social::decidePosting(
        false, recordOf(account), campaign.start, campaign.end(), m_clock(), goal());
    switch (decision.action) {
    case PostingAction::PostAtInstant:
        return blueskyPost(account, secret, *post, decision.at);
    case PostingAction::HourOver:
        l.busy = false;
        return setStatus(key, {PostStatus::Kind::HourOver});
    case PostingAction::GoalMissed:
        l.busy = false;
        return setStatus(key, {PostStatus::Kind::GoalMissed});
    default:
        l.busy = false;
        return setStatus(key, status(account));
    }
}

void PostForMe::blueskyPost(const Account &account, const QByteArray &secret,
                            const Text::FanPost &post, Time::Instant at)
{
    const QString key = account.key();
    const Campaign &campaign = m_document.campaign();
    auto *poster = new Social::BlueskyPoster(&m_network, m_clock, this);
    poster->client().setDirectory(m_directory);
    live(key).job = poster;
    Social::BlueskyPostRequest request;
    request.handle = account.handle;
    request.appPassword = QString::fromUtf8(secret);
    request.service = account.server;
    request.campaign = m_campaignId;
    request.text = post.text;
    request.windowStart = campaign.start;
    request.windowEnd = campaign.end();
    request.at = at;
    setStatus(key, {PostStatus::Kind::Waiting, tr("Signing in to Bluesky…"), at});
    connect(poster, &Social::BlueskyPoster::progress, this,
            [this, key, at](const QString &message) {
                setStatus(key, {PostStatus::Kind::Waiting, message, at});
            });
    connect(poster, &Social::BlueskyPoster::posted, this,
            [this, account, poster](const Social::BlueskyPostResult &result) {
                Live &l = live(account.key());
                l.busy = false;
                poster->deleteLater();
                record(account, {State::Posted, {}, {}, result.url});
                setStatus(account.key(), {PostStatus::Kind::Posted, {}, {}, result.url});
                Q_EMIT posted(account, result.url);
            });
    connect(poster, &Social::BlueskyPoster::failed, this,
            [this, account, poster](const Social::BlueskyPostError &error) {
                Live &l = live(account.key());
                l.busy = false;
                poster->deleteLater();
                using Kind = Social::BlueskyPostError::Kind;
                if (error.kind == Kind::HourOver)
                    return setStatus(account.key(), {PostStatus::Kind::HourOver, error.message});
                QString what = error.message;
                if (error.kind == Kind::Auth)
                    what = tr("Bluesky refused the app password for %1 (wrong or revoked). Make "
                              "a new one at %2, forget this account and connect it again.")
                               .arg(account.handle, Social::appPasswordsPage.toString());
                setStatus(account.key(), {PostStatus::Kind::Failed, what});
            });
    poster->start(request);
}

void PostForMe::mastodonStep(const Account &account, const QByteArray &secret)
{
    const QString accountKey = account.key();
    auto *client = new Social::MastodonClient(account.server, &m_network, m_clock, this);
    client->setAccessToken(QString::fromUtf8(secret));
    live(accountKey).job = client;
    const QString server = client->serverName();
    const auto fail = [this, accountKey, client](const QString &message) {
        live(accountKey).busy = false;
        client->deleteLater();
        setStatus(accountKey, {PostStatus::Kind::Failed, message});
    };
    setStatus(accountKey, {PostStatus::Kind::Working, tr("Asking %1…").arg(server)});
    client->instanceLimits([this, account, client, server,
                            fail](Social::MastodonResult<Text::MastodonLimits> limits) {
        if (!limits)
            return fail(limits.error().message);
        const QString key = account.key();
        const Campaign &campaign = m_document.campaign();
        Text::FanPostReader reader;
        reader.zone = m_zone;
        reader.locale = QLocale();
        reader.handle = account.handle;
        const Expected<Text::FanPost> text
            = Text::fanPost(campaign, {}, Text::Platform::Mastodon, reader, m_catalogue, *limits);
        if (!text)
            return fail(tr("%1. Fix the message on the Messages page.").arg(text.error().message));
        const PostingRecord rec = recordOf(account);
        const Social::PostingDecision decision = Social::decidePosting(
            true, rec, campaign.start, campaign.end(), client->serverNow(), goal());
        const Social::MastodonCampaignPost post {QString::fromUtf8(m_campaignId), text->text,
                                                 campaign.start, campaign.end()};
        const auto done = [this, key, client](PostStatus status) {
            live(key).busy = false;
            client->deleteLater();
            setStatus(key, std::move(status));
        };
        const auto postAtInstant = [this, account, client, post, fail, done] {
            auto *job = new Social::MastodonPostJob(client, {}, client);
            const QString postKey = account.key();
            setStatus(postKey, {PostStatus::Kind::Waiting, {}, post.start});
            connect(job, &Social::MastodonPostJob::retrying, this,
                    [this, postKey, post](const Social::MastodonError &error, milliseconds) {
                        setStatus(postKey,
                                  {PostStatus::Kind::Waiting,
                                   tr("%1 Chorus tries again.").arg(error.message), post.start});
                    });
            connect(job, &Social::MastodonPostJob::finished, this,
                    [this, account, done](const Social::PostOutcome &outcome) {
                        const QString url = outcome.status.url.isEmpty() ? outcome.status.uri
                                                                         : outcome.status.url;
                        record(account, {State::Posted, {}, {}, url});
                        done({PostStatus::Kind::Posted, {}, {}, url});
                        Q_EMIT posted(account, url);
                    });
            connect(job, &Social::MastodonPostJob::failed, this,
                    [fail, done](const Social::MastodonError &error) {
                        if (error.kind == Social::MastodonError::Kind::HourOver)
                            return done({PostStatus::Kind::HourOver, error.message});
                        fail(error.message);
                    });
            job->post(post, post.start);
        };
        switch (decision.action) {
        case PostingAction::Schedule: {
            auto *job = new Social::MastodonScheduleJob(client, {}, client);
            setStatus(key, {PostStatus::Kind::Working, tr("Scheduling on %1…").arg(server)});
            connect(job, &Social::MastodonScheduleJob::finished, this,
                    [this, account, done, post](const Social::ScheduleOutcome &outcome) {
                        record(account, {State::Scheduled, outcome.id, post.start});
                        done({PostStatus::Kind::Scheduled, {}, post.start});
                    });
            connect(job, &Social::MastodonScheduleJob::failed, this,
                    [fail, postAtInstant](const Social::MastodonError &error) {
                        if (error.kind == Social::MastodonError::Kind::TooClose)
                            return postAtInstant();
                        fail(error.message);
                    });
            job->schedule(post);
            return;
        }
        case PostingAction::CancelScheduled: {
            auto *job = new Social::MastodonScheduleJob(client, {}, client);
            const bool goalMissed = rec.state != State::Cancelled;
            setStatus(key, {PostStatus::Kind::Working, tr("Cancelling on %1…").arg(server)});
            connect(
                job, &Social::MastodonScheduleJob::finished, this,
                [this, account, done, goalMissed](const Social::ScheduleOutcome &) {
                    record(account, {State::Cancelled});
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
            return done(rec.state == State::Scheduled
                            ? PostStatus {PostStatus::Kind::Scheduled,
                                          {},
                                          rec.scheduledFor.value_or(campaign.start)}
                            : PostStatus {});
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
        evaluate(account);
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
    Live &l = live(account.key());
    delete l.job;
    l.busy = false;
    const PostingRecord rec = recordOf(account);
    const auto drop = [this, account] {
        m_book->forget(account, this, [this, account](Expected<void> done) {
            if (!done) {
                setStatus(account.key(),
                          {PostStatus::Kind::Failed,
                           tr("%1 The account stays: try again.").arg(done.error().message)});
                return;
            }
            m_ledger.forgetAccount(account.key());
            m_live.remove(account.key());
        });
    };
    // A status waiting on the server would still go out: delete it first.
    if (!isMastodon(account) || rec.state != State::Scheduled)
        return drop();
    m_book->secret(account, this, [this, account, drop](Expected<QByteArray> secret) {
        if (!secret)
            return drop();
        auto *client = new Social::MastodonClient(account.server, &m_network, m_clock, this);
        client->setAccessToken(QString::fromUtf8(*secret));
        auto *job = new Social::MastodonScheduleJob(client, {}, client);
        const Campaign &campaign = m_document.campaign();
        const auto finish = [client, drop] {
            client->deleteLater();
            drop();
        };
        connect(job, &Social::MastodonScheduleJob::finished, this, finish);
        connect(job, &Social::MastodonScheduleJob::failed, this, finish);
        const Expected<Text::FanPost> text = postFor(account);
        job->cancel({QString::fromUtf8(m_campaignId), text ? text->text : QString(), campaign.start,
                     campaign.end()});
    });
}

} // namespace Chorus::Ui
