#pragma once

#include "error.h"
#include "social/blueskyclient.h"
#include "social/clockoffset.h"
#include "time/instant.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <expected>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace Chorus::Social {

/// One post to make on Bluesky: whose account, what text, for which campaign,
/// and when. `text` is what Text::fanPost() gave, already checked for length.
struct BlueskyPostRequest
{
    QString handle; ///< normalizeHandle()'d
    QString appPassword; ///< never the account's password
    QUrl service; ///< the account's server; empty: found from the handle
    QByteArray campaign; ///< campaignIdentity() of the campaign
    QString text;
    Time::Instant windowStart {}; ///< the campaign's hour, [start, end)
    Time::Instant windowEnd {};
    /// When to post (server clock); never before windowStart. Nothing: at once
    /// (within the hour).
    std::optional<Time::Instant> at;
};

/// What came of it. `alreadyPosted` is true when the post was there before
/// this run began (an earlier run made it); `lateBy` is how long after the
/// instant the post was sent, by the server's clock (0 when on time), so
/// the caller can say "posted 12 min late: the computer was asleep".
struct BlueskyPostResult
{
    QString uri; ///< at://did:…/app.bsky.feed.post/<key>
    QString url; ///< https://bsky.app/profile/<handle>/post/<key>
    QString text; ///< the record's text
    QString createdAt; ///< the record's createdAt, as stored
    QString did;
    QString handle;
    bool alreadyPosted = false;
    std::chrono::milliseconds lateBy {0};
    Millis sentAt {}; ///< on our clock, when the create that made it left
    ClockOffset offset; ///< the server's clock against ours, as last estimated
    int attempts = 0; ///< how many creates were sent
};

/// Why nothing (more) was posted. `kind` tells the CLI its exit code and the
/// app what to show: the hour is over, the credentials were refused, the
/// account could not be found, or the server could not be reached in time.
struct BlueskyPostError
{
    enum class Kind { HourOver, Auth, Account, Unreachable, Refused };
    Kind kind = Kind::Refused;
    QString message;
};

/// Posts one fan's variant on Bluesky at the start, exactly once.
///
/// The steps: find the account's server (unless `service` names it), sign in
/// with the app password, and look for this campaign's post in the account's
/// repository under its record key (postRecordKey()): when it is there, stop
/// and report it (`alreadyPosted`). Otherwise wait until the instant by the
/// server's clock (estimated from every answer's Date, narrowed by a few
/// samples just before the instant; the session is checked then too, so an
/// access token that expired while waiting is renewed before, not at, the
/// instant), and create the record under that key.
///
/// Failures to reach the server, 5xx and 429 are retried with backoff (and the
/// wait 429 asks for), never past the hour's end; before each new create the
/// record is looked for, so a create whose answer was lost is found rather than
/// repeated, and a second create under the key fails anyway. A start after the
/// hour's end posts nothing. Time comes from the injected clock; the waits are
/// timers on the caller's event loop and wake at least once a minute, so a
/// machine that slept past the instant posts when it wakes, if the hour is on.
class BlueskyPoster final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlueskyPoster)

public:
    BlueskyPoster(QNetworkAccessManager *network, Time::Clock clock, QObject *parent = nullptr);
    ~BlueskyPoster() override;

    /// The client it talks through (to set its directory, or keep its session).
    [[nodiscard]] BlueskyClient &client() { return *m_client; }
    /// How long before the instant the clock is sampled again (default 20 s).
    void setSyncLead(std::chrono::milliseconds lead) { m_syncLead = lead; }

    /// Starts; posted() or failed() comes once.
    void start(const BlueskyPostRequest &request);
    /// Stops waiting or retrying; neither posted() nor failed() comes.
    void cancel();

Q_SIGNALS:
    /// A step for a person to read: "Signed in as alita.test", "Waiting until …".
    void progress(const QString &message);
    /// The post is there: made now, or found from an earlier run.
    void posted(const Chorus::Social::BlueskyPostResult &result);
    /// Nothing was posted, and this run will not post.
    void failed(const Chorus::Social::BlueskyPostError &error);

private:
    void signIn(const QUrl &service, int attempt);
    void lookForEarlierPost(int attempt);
    void waitForInstant();
    void syncClock(int samples);
    void post();
    void afterFailedCreate(const BlueskyError &error);
    void confirm(int attempt, const BlueskyError &cause);
    void retryLater(std::chrono::milliseconds wait, const BlueskyError &cause,
                    std::function<void()> again);
    void succeed(const BlueskyRecord &record, bool alreadyPosted);
    void failWith(BlueskyPostError::Kind kind, const QString &message);
    [[nodiscard]] Millis serverNow() const;
    [[nodiscard]] Millis instant() const;
    [[nodiscard]] Millis hourEnd() const;
    void after(std::chrono::milliseconds wait, std::function<void()> then);

    BlueskyClient *m_client;
    Time::Clock m_clock;
    QTimer *m_timer;
    BlueskyPostRequest m_request;
    QString m_rkey;
    std::optional<Millis> m_instant; ///< fixed once signed in: `at`, or now for "at once"
    std::chrono::milliseconds m_syncLead {20'000};
    bool m_synced = false;
    bool m_done = false;
    int m_creates = 0;
    int m_failures = 0;
    Millis m_lastSent {};
};

} // namespace Chorus::Social
