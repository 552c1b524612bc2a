#pragma once

#include "text/messagetemplate.h"
#include "time/instant.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>

namespace Chorus {

/// Who runs a campaign, as the campaign file's `organizer` object holds it:
/// `{"name":"Alita Army","email":"team@example.org"}`. Both parts are optional.
struct Organizer
{
    QString name;
    QString email;
    QJsonObject extra; ///< keys of the file's `organizer` object Chorus does not know, kept on save

    friend bool operator==(const Organizer &, const Organizer &) = default;
};

/// One zone of the expected audience and how much it counts: `{"zone":
/// "Asia/Manila","weight":12}`. Weights are relative (people, or percent, as
/// the organizer likes); the planner divides by their total. `zone` is the
/// canonical IANA id: an alias in the file (`Asia/Calcutta`) is stored as the
/// zone it stands for (`Asia/Kolkata`).
struct AudienceZone
{
    QByteArray zone;
    double weight = 0;
    QJsonObject extra; ///< unknown keys of this audience entry, kept on save

    friend bool operator==(const AudienceZone &, const AudienceZone &) = default;
};

/// A campaign: one synchronized posting window, the people it is for, and
/// what they post. This is the value every part of Chorus works from (data
/// flows file → Campaign → core → UI); campaignfile.h reads and writes it as
/// the `*.chorus.json` file of CONTRACT.md.
///
/// The window is `[start, start + duration)`, with `start` a UTC instant: the
/// file says `"start":"2027-02-14T17:00:00Z"` and every fan's local time is
/// derived from it (18:00 in Berlin, 14:00 in São Paulo, 01:00 the next day in
/// Manila). Reminders are minutes before the start (1440 = a day before).
///
/// Fields Chorus does not know are kept in the `extra` objects and written
/// back on save, so a file written by a newer Chorus of the same format
/// version loses nothing when an older one edits it.
struct Campaign
{
    QString title;
    QString hashtag; ///< "#AlitaSequel"; empty when the campaign has none
    QString description;
    QString link; ///< an http(s) URL, or empty
    Organizer organizer;
    Time::Instant start {};
    std::chrono::minutes duration {60};
    QList<std::chrono::minutes> reminders; ///< before the start, in the file's order, no repeats
    QList<Text::MessageTemplate> templates; ///< ids unique and not empty
    QList<AudienceZone> audience; ///< each zone once
    QString checkinUrl; ///< the check-in service, an http(s) URL, or empty

    /// Unknown top-level keys of the file, kept on save.
    QJsonObject extra;
    /// Unknown keys of each template's object, by template id, kept on save
    /// (MessageTemplate is shared with core/text and holds only known fields).
    QHash<QString, QJsonObject> templateExtras;

    /// The end of the window, `start + duration`.
    [[nodiscard]] Time::Instant end() const { return start + duration; }

    /// The template with `id`, or nullptr.
    [[nodiscard]] const Text::MessageTemplate *findTemplate(QStringView id) const;

    friend bool operator==(const Campaign &, const Campaign &) = default;
};

/// What makes two campaign files "the same campaign": the hashtag, case-folded
/// as UTF-8 (the title when there is no hashtag). The calendar UID is made from
/// it (a re-imported .ics updates one event) and so are the keys that make
/// posting exactly-once (core/social): "#AlitaSequel" and "#alitasequel" are
/// one campaign, whatever its start, title or templates say, so moving the
/// start or fixing a typo never makes a second post.
[[nodiscard]] QByteArray campaignIdentity(const Campaign &campaign);

} // namespace Chorus
