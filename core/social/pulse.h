#pragma once

#include "checkin/minutes.h"
#include "checkin/participant.h"
#include "error.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>

#include <optional>
#include <vector>

namespace Chorus::Social {

/// One minute of the pulse: posts carrying the hashtag by platform, and the
/// check-ins recorded as "posted" in the same UTC minute.
struct PulseMinute
{
    qint64 minute = 0; ///< minutes since 1970-01-01T00:00Z
    qint64 mastodon = 0;
    qint64 bluesky = 0;
    qint64 checkinsPosted = 0;
    [[nodiscard]] qint64 posts() const { return mastodon + bluesky; }
    friend bool operator==(const PulseMinute &, const PulseMinute &) = default;
};

/// What one page of posts gave the tally.
struct PageScan
{
    qsizetype items = 0; ///< posts on the page
    qsizetype counted = 0; ///< of them, new posts with the hashtag in the range
    /// The oldest and newest creation minute on the page (paging stops once
    /// a newest-first timeline has gone back past the range).
    std::optional<qint64> oldestMinute;
    std::optional<qint64> newestMinute;
    QString firstId; ///< the first item's id (Mastodon's newest)
    QString lastId; ///< the last item's id (Mastodon's oldest)
    QString cursor; ///< Bluesky's next-page cursor, empty on the last page
};

/// The hashtag as both platforms compare it: without '#', case-folded, so
/// `#alitasequel` counts for `#AlitaSequel`.
[[nodiscard]] QString hashtagKey(QStringView hashtag);

/// Reads an ISO 8601 timestamp as the platforms write them
/// (`2027-02-14T17:03:12.345Z`, any number of fraction digits, `Z` or
/// `±HH:MM`) into minutes since the epoch; nothing for anything else. Much
/// faster than QDateTime::fromString, which matters at 100,000 posts an hour.
[[nodiscard]] std::optional<qint64> minuteOfTimestamp(QStringView text);

/// The pure aggregator: pages of posts in, posts per minute out, with no
/// network in sight (the readers feed it; the benchmark feeds it recorded
/// pages). Each platform's posts are deduplicated by `uri`: a Mastodon status
/// federated to two servers has the same `uri` on both and counts once. A
/// post counts in the minute of its own creation time (`created_at`,
/// `createdAt`) when that minute lies in the range and it carries the
/// hashtag, compared case-insensitively.
class PulseTally
{
public:
    PulseTally(Checkin::MinuteRange range, QStringView hashtag);

    [[nodiscard]] const Checkin::MinuteRange &range() const { return m_range; }
    [[nodiscard]] const QString &tag() const { return m_tag; }

    /// A page of `GET /api/v1/timelines/tag/:tag`: a JSON array of Status.
    /// A status counts when one of its `tags` is the hashtag (servers send
    /// the timeline of a tag, but a page is checked, not trusted).
    [[nodiscard]] Expected<PageScan> addMastodonPage(const QByteArray &json);
    /// A page of `app.bsky.feed.searchPosts`: `{"posts":[PostView…],"cursor"}`.
    /// Search matches text loosely and not every server honours `tag`,
    /// `since` or `until`, so a post counts only when its record has a tag
    /// facet (or an outline tag, or `#tag` in its text as a whole word) for
    /// the hashtag and its `createdAt` lies in the range.
    [[nodiscard]] Expected<PageScan> addBlueskyPage(const QByteArray &json);
    /// The posted check-ins of the range's minutes (`counts` may cover any
    /// range; minutes outside this one are ignored). Replaces earlier ones.
    void setCheckins(const Checkin::PostedMinutes &counts);

    /// Every minute of the range, zeros included, oldest first.
    [[nodiscard]] QList<PulseMinute> minutes() const;
    [[nodiscard]] qint64 mastodonTotal() const { return m_mastodonTotal; }
    [[nodiscard]] qint64 blueskyTotal() const { return m_blueskyTotal; }

private:
    [[nodiscard]] bool inRange(qint64 minute) const
    {
        return minute >= m_range.from && minute < m_range.to;
    }

    Checkin::MinuteRange m_range;
    QString m_tag;
    std::vector<PulseMinute> m_minutes;
    QSet<QString> m_mastodonSeen;
    QSet<QString> m_blueskySeen;
    qint64 m_mastodonTotal = 0;
    qint64 m_blueskyTotal = 0;
};

/// The figures an organizer reads off the pulse at `now`.
struct PulseSummary
{
    qint64 posts = 0; ///< Mastodon + Bluesky over the range
    qint64 mastodon = 0;
    qint64 bluesky = 0;
    qint64 checkinsPosted = 0;
    std::optional<PulseMinute> peak; ///< the minute with most posts, earliest among equals
    /// The last whole minute before `now` and the one before it (absent
    /// outside the range): "this minute vs the last".
    std::optional<PulseMinute> thisMinute;
    std::optional<PulseMinute> lastMinute;
};

/// Sums `minutes` and finds the peak; `now` picks "this minute".
[[nodiscard]] PulseSummary summarise(const QList<PulseMinute> &minutes, const QDateTime &now);

/// Which sources were asked: a per-minute key (and a total) appears only
/// for those, as CONTRACT.md says of `chorus-cli pulse --json`.
struct PulseColumns
{
    bool mastodon = false;
    bool bluesky = false;
    bool checkins = false;
};

/// How one source fared in the last round.
struct SourceReport
{
    QString name; ///< as the organizer named it: "mastodon.social", "127.0.0.1:8080"
    QString platform; ///< "mastodon", "bluesky" or "checkins"
    bool ok = true; ///< reached and read; false with `error` saying why
    bool skipped = false; ///< refused us for good (a tag timeline needing a token, 401)
    bool caughtUp = false; ///< every page of the range read
    QString error;
    qint64 pages = 0; ///< requests answered so far
    QDateTime retryAt; ///< rate-limited until then (invalid when not)
};

/// The pulse as `chorus-cli pulse --json` prints it:
/// `{"from","to","minutes":[{"minute","mastodon","bluesky","checkins_posted"}],
/// "totals":{…},"sources":[{"name","platform","ok",…}]}`.
[[nodiscard]] QByteArray pulseJson(const Checkin::MinuteRange &range,
                                   const QList<PulseMinute> &minutes, const PulseColumns &columns,
                                   const QList<SourceReport> &sources);

/// The minutes as CSV (RFC 4180, CRLF): `minute,mastodon,bluesky,checkins_posted,posts`,
/// with only the asked columns (`posts` is the platforms' sum).
[[nodiscard]] QByteArray pulseCsv(const QList<PulseMinute> &minutes, const PulseColumns &columns);

/// One line for a minute, as `--watch` prints it:
/// `2027-02-14T17:03:00Z mastodon 12 bluesky 30 checkins_posted 40`.
[[nodiscard]] QString pulseLine(const PulseMinute &minute, const PulseColumns &columns);

/// The Mastodon servers of the participants' handles (`@name@server`), the
/// most common first (equals by name), at most `cap`: the default list of
/// tag timelines to read, since each server knows only the posts that
/// reached it.
[[nodiscard]] QStringList mastodonServersOf(const QList<Checkin::Participant> &participants,
                                            int cap = 5);

/// What a rate-limited or rate-limit-reporting answer tells a polite client.
/// `Retry-After` (seconds or an HTTP date), Mastodon's `X-RateLimit-Reset`
/// (an ISO 8601 time) with `X-RateLimit-Remaining`, and the IETF/Bluesky
/// `RateLimit-Reset` (seconds from now, or a Unix time as Bluesky sends it)
/// with `RateLimit-Remaining`.
struct RateLimitAdvice
{
    /// Stop asking until `until`: the answer was 429, or the requests left
    /// fell to `reserve` or below.
    bool wait = false;
    QDateTime until;
};

/// Reads the advice from an answer's `status` and `headers` (names
/// case-insensitive) at `now`. A 429 without any usable header waits a
/// minute, the polling interval.
[[nodiscard]] RateLimitAdvice
rateLimitAdvice(int status, const QList<std::pair<QByteArray, QByteArray>> &headers,
                const QDateTime &now, qint64 reserve = 5);

/// The URL of a `Link` header's entry with `rel` ("next", "prev").
[[nodiscard]] QUrl linkTarget(const QByteArray &linkHeader, QByteArrayView rel);

} // namespace Chorus::Social
