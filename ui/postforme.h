#pragma once

#include "campaign/campaign.h"
#include "error.h"
#include "social/accountbook.h"
#include "social/blueskyclient.h"
#include "social/mastodonclient.h"
#include "social/postingplan.h"
#include "text/fanpost.h"
#include "time/instant.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;
class QTimer;

namespace Chorus::Time {
class ZoneCatalogue;
}
namespace Chorus::Social {
class CredentialStore;
class LoopbackRedirect;
} // namespace Chorus::Social

namespace Chorus::Ui {

class CampaignDocument;

/// Where one account's post stands, for the status line under it.
struct PostStatus
{
    enum class Kind {
        Idle, ///< nothing asked for
        Working, ///< a network step is under way: `detail` says which
        Scheduled, ///< waits on the Mastodon server for `at`
        Waiting, ///< the app posts at `at`: it must keep running
        Posted, ///< out, at `url`
        Cancelled,
        HourOver, ///< the hour ended without a post
        GoalMissed, ///< all or nothing and the goal was not met
        Failed, ///< `detail` says what went wrong and what to do
    };
    PostStatus() = default;
    PostStatus(Kind kind_, QString detail_ = {}, Time::Instant at_ = {}, QString url_ = {})
        : kind(kind_)
        , detail(std::move(detail_))
        , at(at_)
        , url(std::move(url_))
    { }

    Kind kind = Kind::Idle;
    QString detail;
    Time::Instant at {};
    QString url;
};

/// A post that waits in this app for a campaign other than the open one.
struct WaitingElsewhere
{
    QString campaign; ///< its hashtag, or its title when it has none
    Social::Account account;
    Time::Instant at {};
};

/// The controller behind "Post for me" (no widgets): the fan's accounts
/// (connected through Bluesky's createSession or Mastodon's OAuth, kept in
/// an AccountBook), the exact post for each (Text::fanPost), and the posting
/// itself, decided by Social::decidePosting() and remembered in a
/// Social::PostingLedger so that a restart never posts twice.
///
/// Mastodon is scheduled on the server while the start is at least 6 minutes
/// away by the server's clock, and replaced or moved when the campaign's
/// start or the account's text changes (an edit in Messages, a reopened file);
/// closer, the app posts at the instant. Bluesky is posted by the app at the
/// instant (BlueskyPoster corrects the clock by the server's Date). At
/// construction every account the fan asked to post from is reconciled
/// with its server.
///
/// What waits in the app is kept per campaign (its identity): opening another
/// campaign leaves the first one's armed posts running, so a fan who looks at
/// a second campaign before the first one's start still posts in the first;
/// reopening it shows them waiting. A post that went out while another
/// campaign was open is announced (posted()) when its campaign is open again,
/// so that its check-in goes to that campaign's service.
class PostForMe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostForMe)

public:
    PostForMe(CampaignDocument &document, const Time::ZoneCatalogue &catalogue, Time::Clock clock,
              QSettings &settings, QNetworkAccessManager &network,
              Social::CredentialStore &credentials, QObject *parent = nullptr);
    ~PostForMe() override;

    [[nodiscard]] Social::AccountBook &book() { return *m_book; }
    [[nodiscard]] QList<Social::Account> accounts() const { return m_book->accounts(); }

    /// The fan's zone (and the locale is QLocale()'s) for the post's text.
    void setZone(const QByteArray &zone);
    /// Opens the authorize page (QDesktopServices by default; tests follow it).
    void setUrlOpener(std::function<bool(const QUrl &)> open) { m_open = std::move(open); }
    /// Where Bluesky identities are looked up (tests point it at loopback).
    void setBlueskyDirectory(const Social::BlueskyDirectory &directory) { m_directory = directory; }
    /// The participants counted by the check-in service of the open
    /// campaign, for its supporter goal (kept for it when another one opens).
    void setParticipants(std::optional<qint64> participants);

    /// Signs in with an app password (never the main one) and keeps the account.
    void connectBluesky(const QString &handle, const QString &appPassword, const QString &server);
    /// Registers Chorus on the server and opens its authorize page; the code
    /// comes back on a loopback redirect, or through submitMastodonCode().
    void connectMastodon(const QString &server);
    /// The authorize page that shows a code to paste (after connectMastodon()).
    [[nodiscard]] QUrl outOfBandUrl() const { return m_oobUrl; }
    /// Opens outOfBandUrl(), where the server shows a code to paste.
    void openOutOfBand()
    {
        if (m_oobUrl.isValid())
            m_open(m_oobUrl);
    }
    void submitMastodonCode(const QString &code);
    [[nodiscard]] bool isConnecting() const { return m_connecting; }
    /// Removes the account, its secret and what was recorded for it.
    void forget(const Social::Account &account);

    /// The text this account posts, or why it cannot.
    [[nodiscard]] Expected<Text::FanPost> postFor(const Social::Account &account) const;
    /// Asks for the post: scheduled on Mastodon, or made at the start.
    void schedule(const Social::Account &account);
    /// Cancels the scheduled status or the waiting post.
    void cancel(const Social::Account &account);
    [[nodiscard]] PostStatus status(const Social::Account &account) const;
    /// Whether a post waits for this app to make it (closing would lose it),
    /// for any campaign opened since the app started.
    [[nodiscard]] bool hasPending() const;
    /// The posts that wait for campaigns other than the open one.
    [[nodiscard]] QList<WaitingElsewhere> waitingElsewhere() const;
    /// Whose X variant the start's "Post on X now" offers (the check-in handle
    /// when the fan joined on X; empty: the first variant).
    void setXHandle(const QString &handle) { m_xHandle = handle; }
    /// The X compose page with this fan's variant, or empty when the
    /// campaign has no template for X (or the goal holds posting back).
    [[nodiscard]] QUrl xComposeUrl() const;
    /// The goal's standing now, for the note shown before scheduling.
    [[nodiscard]] Plan::GoalStatus goal() const;

Q_SIGNALS:
    void connectProgress(const QString &message);
    void connectFailed(const QString &message);
    void accountConnected(const Chorus::Social::Account &account);
    void statusChanged(const QString &accountKey);
    /// What waitingElsewhere() lists may have changed.
    void waitingElsewhereChanged();
    /// A post of the open campaign went out (the panel checks in "posted").
    void posted(const Chorus::Social::Account &account, const QString &url);

private:
    struct Live;
    /// A campaign seen since the app started: what its armed posts are for.
    struct Target
    {
        Campaign campaign;
        QByteArray zone = "UTC"; ///< the fan's zone for it (its check-in service keeps one)
        std::optional<qint64> participants;
    };
    void evaluate(const QByteArray &campaignId, const Social::Account &account);
    void act(const QByteArray &campaignId, const Social::Account &account,
             const QByteArray &secret);
    void mastodonStep(const QByteArray &campaignId, const Social::Account &account,
                      const QByteArray &secret);
    void blueskyPost(const QByteArray &campaignId, const Social::Account &account,
                     const QByteArray &secret, const Text::FanPost &post, Time::Instant at);
    void setStatus(const QByteArray &campaignId, const QString &key, PostStatus status);
    void record(const QByteArray &campaignId, const Social::Account &account,
                const Social::PostingRecord &record);
    [[nodiscard]] Social::PostingRecord recordOf(const QByteArray &campaignId,
                                                 const Social::Account &account) const;
    /// A post is out: remembered, shown, and announced when its campaign is open.
    void markPosted(const QByteArray &campaignId, const Social::Account &account,
                    const QString &url);
    void announceEarlierPosts();
    void finishConnect(const Social::Account &account, const QByteArray &secret);
    void exchange(const QString &code, const QString &redirectUri);
    void failConnect(const QString &message);
    void campaignChanged();
    void followEdits();
    void checkGoals();
    /// Stops what runs for one campaign and account (the status stays).
    void stop(const QByteArray &campaignId, const QString &key);
    [[nodiscard]] Plan::GoalStatus goalOf(const QByteArray &campaignId) const;
    [[nodiscard]] Expected<Text::FanPost> postOf(const QByteArray &campaignId,
                                                 const Social::Account &account) const;
    [[nodiscard]] QString originOf() const;
    [[nodiscard]] const Campaign &campaignOf(const QByteArray &campaignId) const;
    Live &live(const QByteArray &campaignId, const QString &key);
    [[nodiscard]] const Live *findLive(const QByteArray &campaignId, const QString &key) const;

    CampaignDocument &m_document;
    const Time::ZoneCatalogue &m_catalogue;
    Time::Clock m_clock;
    QSettings &m_settings;
    QNetworkAccessManager &m_network;
    Social::AccountBook *m_book;
    Social::PostingLedger m_ledger;
    QByteArray m_zone = "UTC";
    QString m_xHandle;
    std::function<bool(const QUrl &)> m_open;
    Social::BlueskyDirectory m_directory;
    QByteArray m_campaignId; ///< the open campaign's identity
    QString m_origin; ///< where the open campaign came from (file or source)
    QHash<QByteArray, Target> m_targets; ///< by campaign identity, the open one among them
    QTimer *m_goalTimer;
    QTimer *m_editTimer; ///< gathers a burst of edits before the servers are asked again

    // The Mastodon sign-in under way.
    bool m_connecting = false;
    Social::MastodonClient *m_oauthClient = nullptr;
    Social::LoopbackRedirect *m_redirect = nullptr;
    Social::MastodonApp m_app;
    QString m_verifier;
    QUrl m_oobUrl;

    /// What runs or was shown, by campaign identity and account key.
    QHash<QByteArray, QHash<QString, std::shared_ptr<Live>>> m_live;
};

} // namespace Chorus::Ui
