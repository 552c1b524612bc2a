#pragma once

#include "campaign.h"

#include <QString>

#include <optional>

namespace Chorus {

// The edits of a campaign's template list, one rule each for the Messages page
// and anything else that edits templates. Each keeps `templateExtras` (the
// file's unknown keys of a template) with its template, so no edit loses them,
// and leaves the campaign as it was when it answers that it did nothing.

/// An id no template of `campaign` has: `base` itself when it is free, else
/// the first free of `base-2`, `base-3`, …. With templates "main" and
/// "main-2", uniqueTemplateId(c, "main") is "main-3" and
/// uniqueTemplateId(c, "short") is "short".
[[nodiscard]] QString uniqueTemplateId(const Campaign &campaign, const QString &base);

/// Whether one more template fits: the file allows maxTemplates.
[[nodiscard]] bool canAddTemplate(const Campaign &campaign);

/// Inserts `added` at `row` (clamped to the list, so -1 is the top and a row
/// past the end the bottom) under uniqueTemplateId(campaign, added.id), and
/// answers that id; nothing, and no change, when the campaign is full.
std::optional<QString> addTemplate(Campaign &campaign, Text::MessageTemplate added, qsizetype row);

/// Inserts a copy of the template `id` at `row` (clamped) under
/// uniqueTemplateId(campaign, id), with a copy of its extras, and answers the
/// copy's id; nothing when there is no such template or the campaign is full.
std::optional<QString> duplicateTemplate(Campaign &campaign, const QString &id, qsizetype row);

/// Why a template may or may not take a new id.
enum class TemplateRename {
    Renamable, ///< the new id is free and not empty
    Unchanged, ///< the new id is the template's own
    Empty, ///< a template needs an id
    Taken, ///< another template has it; ids are unique
    NoSuchTemplate, ///< no template has the old id
};

/// Whether the template `id` may be renamed to `newId`, by the file's rule:
/// ids are unique and not empty. Ids are compared exactly as given; the
/// caller trims what a person typed.
[[nodiscard]] TemplateRename checkTemplateRename(const Campaign &campaign, const QString &id,
                                                 const QString &newId);

/// Renames the template `id` to `newId`, moving its extras along, when
/// checkTemplateRename() says Renamable; answers whether it did.
bool renameTemplate(Campaign &campaign, const QString &id, const QString &newId);

/// Removes the template `id` and its extras; answers whether there was one.
bool removeTemplate(Campaign &campaign, const QString &id);

/// Moves the template at row `from` to row `to` (the others close up, as
/// QList::move does); answers false, changing nothing, when either row is
/// outside the list.
bool moveTemplate(Campaign &campaign, qsizetype from, qsizetype to);

} // namespace Chorus
