#pragma once

#include "campaign.h"
#include "error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus {

/// The campaign file's `format` value and the newest `version` this Chorus reads and writes.
inline constexpr QStringView campaignFormat = u"chorus-campaign";
inline constexpr int campaignFormatVersion = 1;

/// The largest campaign file Chorus reads, from disk or from a URL (4 MiB).
/// Real campaigns are a few kilobytes; the limit keeps a wrong file or a
/// hostile server from filling memory.
inline constexpr qint64 maxCampaignBytes = 4 * 1024 * 1024;
/// At most this many templates, each at most this long (variants included):
/// bounds that keep lint and rendering quick on any file.
inline constexpr qsizetype maxTemplates = 100;
inline constexpr qsizetype maxTemplateCharacters = 10000;

/// The resource path of the bundled sample campaign (compiled into
/// Chorus::Resources, which only executables and tests link).
inline constexpr QStringView sampleCampaignPath = u":/chorus/sample/alita.chorus.json";

/// Reads a campaign from the JSON object of a campaign file, checking every
/// field. Required: `format` ("chorus-campaign"), `version` (1), `title` (not
/// empty), `start` (an ISO 8601 instant; an offset is accepted and converted
/// to UTC) and `duration_minutes` (a whole number, at least 1, at most 400
/// days). Optional: `hashtag` (starts with '#', no spaces), `description`,
/// `link` and `checkin_url` (http or https URLs), `organizer` {`name`,
/// `email`}, `reminders_minutes` (whole numbers ≥ 0, no repeats),
/// `templates` [{`id` (not empty, unique), `text` (not empty), `platforms`
/// (at least one of x, bluesky, mastodon)}], `audience` [{`zone` (resolved
/// through `catalogue`, each zone once), `weight` (a finite number ≥ 0)}].
/// A `null` optional field counts as absent. Unknown keys are kept in the
/// value's `extra` objects.
///
/// The first problem found is the error, its field the JSON path:
/// `audience[2].zone` / "unknown zone 'Europe/Berln'; did you mean Europe/Berlin?".
[[nodiscard]] Expected<Campaign> campaignFromJson(const QJsonObject &object,
                                                  const Time::ZoneCatalogue &catalogue);

/// Parses the bytes of a campaign file (UTF-8 JSON, a leading BOM allowed,
/// at most maxCampaignBytes). A JSON syntax error names the line and column:
/// "JSON syntax error at line 4, column 12: missing value separator".
[[nodiscard]] Expected<Campaign> parseCampaign(const QByteArray &bytes,
                                               const Time::ZoneCatalogue &catalogue);

/// Reads and parses the campaign file at `path`; the file is only ever read.
/// Errors name the file: a problem with the file itself is "could not open
/// PATH: …" (missing, a directory, unreadable, too large); a problem in its
/// content has the field "PATH: start", "PATH: audience[2].zone", ….
[[nodiscard]] Expected<Campaign> loadCampaign(const QString &path,
                                              const Time::ZoneCatalogue &catalogue);

/// The campaign as the file's JSON object: every known field (empty optional
/// strings and an empty organizer left out) merged over the unknown keys kept
/// from loading, so unknown keys survive a load → save.
[[nodiscard]] QJsonObject campaignToJson(const Campaign &campaign);

/// The campaign file's bytes: campaignToJson() written as indented UTF-8 JSON
/// with the keys in the order of CONTRACT.md (unknown keys after the known
/// ones, alphabetically) and a final newline. The same value always gives the
/// same bytes. Suitable for `GET /api/v1/campaign` as well as for files.
[[nodiscard]] QByteArray campaignToBytes(const Campaign &campaign);

/// Checks that a campaign value (typically edited in the UI) would load
/// again: the rules of campaignFromJson() applied to campaignToJson(campaign).
[[nodiscard]] Expected<void> validateCampaign(const Campaign &campaign,
                                              const Time::ZoneCatalogue &catalogue);

/// Writes the campaign file atomically (QSaveFile: a temporary file renamed
/// over `path` once complete), so `path` holds either its old bytes or the
/// new ones, never half of them. A campaign that would not load again (see
/// validateCampaign(); zones are checked against the system's tz database)
/// is refused and nothing is written. Errors: "could not save PATH: …".
[[nodiscard]] Expected<void> saveCampaign(const Campaign &campaign, const QString &path);

/// Moves a campaign's start forward by whole weeks until it is after `now`,
/// keeping its weekday and UTC time of day (and so, outside DST changes, the
/// local times fans see). A start already after `now` is left alone. Used to
/// keep the bundled sample in the future: a sample starting Sunday
/// 2027-02-14T17:00:00Z opened at `now` = 2027-03-01T00:00:00Z starts
/// Sunday 2027-03-07T17:00:00Z.
[[nodiscard]] Campaign withStartAfter(Campaign campaign, Time::Instant now);

/// The bundled sample campaign (the #AlitaSequel hour) read from
/// sampleCampaignPath, its start moved after `now` by withStartAfter().
/// Fails when the executable does not link Chorus::Resources.
[[nodiscard]] Expected<Campaign> sampleCampaign(Time::Instant now,
                                                const Time::ZoneCatalogue &catalogue);

} // namespace Chorus
