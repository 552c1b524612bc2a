#pragma once

#include "error.h"
#include "text/messagetemplate.h"
#include "time/instant.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <vector>

class QJsonObject;

namespace Chorus::Share {

/// One audience zone and its weight, as the campaign's `audience` lists it
/// (`{"zone":"America/New_York","weight":30}`); the announcement picks its
/// cities from the heaviest ones.
struct AudienceZone
{
    QByteArray zone;
    double weight = 1;
};

/// Everything the publishing functions need about one campaign, and nothing
/// more: a plain value, so every exporter is a pure function of it (plus an
/// injected "now" where a file records when it was made).
///
/// `uidSeed` is what makes the calendar UID stable: the same seed always gives
/// the same UID, so a fan who imports the .ics twice, or a newer .ics after the
/// organizer fixed a typo, updates one event instead of adding a second.
/// eventInputFromCampaignJson() seeds it with the hashtag and the start.
struct EventInput
{
    QString title;
    QString hashtag; ///< "#AlitaSequel"
    QString description; ///< may be empty
    QString link; ///< https URL of the campaign; may be empty
    QString organizerName;
    QString organizerEmail; ///< ORGANIZER is written only when this is set
    Time::Instant start {};
    std::chrono::minutes duration {60};
    std::vector<std::chrono::minutes> reminders; ///< before the start, e.g. {1440, 60, 10}
    std::vector<Text::MessageTemplate> templates;
    QString checkinUrl; ///< the check-in service's base URL; may be empty
    std::vector<AudienceZone> audience;
    QByteArray uidSeed;

    [[nodiscard]] Time::Instant end() const { return start + duration; }
};

/// Reads the campaign file's JSON shape (CONTRACT.md, "The campaign file") into
/// an EventInput, refusing what the contract refuses (another `format`, a newer
/// `version`, a bad `start`, a negative `duration_minutes`, …) with an Error
/// naming the field, e.g. `start: '2027-02-30T17:00:00Z' is not a valid instant`.
/// Zones in `audience` are checked for existence by the caller (which holds
/// the zone catalogue).
// Replaced by the Campaign type when core/campaign lands: the lead swaps this
// for an adapter `EventInput eventInput(const Campaign &)`.
[[nodiscard]] Expected<EventInput> eventInputFromCampaignJson(const QJsonObject &campaign);

/// Reads a campaign file (`*.chorus.json`) with eventInputFromCampaignJson().
/// Errors name the file and the field: `a.chorus.json: start: …`; a file that
/// cannot be read or is not a JSON object is named as such.
// Replaced by the campaign loader when core/campaign lands.
[[nodiscard]] Expected<EventInput> readCampaignFile(const QString &path);

} // namespace Chorus::Share
