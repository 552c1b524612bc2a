#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <map>
#include <optional>

namespace Chorus::Checkin {

/// Where a participant is in the posting hour. It only moves forward:
/// joined → ready → posted. A later "ready" after "posted" is recorded as a
/// check-in but leaves the participant "posted".
enum class Status : int { Joined = 0, Ready = 1, Posted = 2 };

/// "joined", "ready" or "posted", as the HTTP API writes it.
[[nodiscard]] QString statusName(Status status);
/// The status a check-in may set ("ready" or "posted"); nothing for anything
/// else, including "joined", which only a join sets.
[[nodiscard]] std::optional<Status> checkinStatusFromName(QStringView name);

/// The platforms a participant can post on, as CONTRACT.md names them.
[[nodiscard]] bool isKnownPlatform(QStringView platform);

/// One participant as the organizer sees it. The token is never part of it:
/// the store keeps only its hash.
struct Participant
{
    qint64 id = 0;
    QString handle; ///< as the participant typed it, trimmed: "@AlitaFan"
    QString platform; ///< "x", "bluesky" or "mastodon"
    QByteArray zone; ///< canonical IANA id, "Europe/Berlin"
    Status status = Status::Joined;
    QDateTime joinedAt; ///< UTC, the server's clock when the join was committed
    /// The address of the participant's post, from their latest "posted"
    /// check-in that carried one; empty when none did.
    QString postUrl;
};

/// Head counts: everyone who joined, and how many are now ready or posted.
/// `ready` counts participants whose latest status is ready (not yet posted);
/// `posted` those who posted, so ready + posted <= participants.
struct Counts
{
    qint64 participants = 0;
    qint64 ready = 0;
    qint64 posted = 0;
    friend bool operator==(const Counts &, const Counts &) = default;
};

/// The campaign's supporter goal as GET /api/v1/stats reports it beside the
/// figures: `participants` is the goal (the campaign's `goal`), counted
/// against Stats::total.participants, everyone who joined whatever their
/// status, as Plan::goalStatus() counts. `decidesAt` (UTC) is the start less
/// Plan::goalDecisionLead, set only with all or nothing.
struct Goal
{
    qint64 participants = 0;
    bool allOrNothing = false;
    QDateTime decidesAt;
    friend bool operator==(const Goal &, const Goal &) = default;
};

/// The participation figures, overall and per zone. The service keeps one in
/// memory, loaded from the store at start and updated on every commit, so
/// answering GET /api/v1/stats costs no query.
struct Stats
{
    Counts total;
    std::map<QByteArray, Counts> byZone;
    /// The campaign's goal, when it has one (the service adds it; stores never do).
    std::optional<Goal> goal;

    /// A participant joined in `zone` (status joined).
    void addParticipant(const QByteArray &zone);
    /// A participant in `zone` moved from `from` to `to` (a no-op when equal).
    void moveStatus(const QByteArray &zone, Status from, Status to);
    /// Whether the goal is met: at least `goal->participants` joined.
    [[nodiscard]] bool goalMet() const { return goal && total.participants >= goal->participants; }
    /// The body of GET /api/v1/stats, compact JSON with zones sorted by id,
    /// and the goal when there is one.
    [[nodiscard]] QByteArray toJson() const;

    friend bool operator==(const Stats &, const Stats &) = default;
};

} // namespace Chorus::Checkin
