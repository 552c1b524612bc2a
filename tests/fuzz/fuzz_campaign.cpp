// Fuzz target: the campaign loader. Any bytes must give a campaign or an error
// naming a field, never a crash, a hang or a sanitizer report; and a campaign
// that loads must survive a save → load unchanged (campaignToBytes, then
// parseCampaign gives an equal value and the same bytes again). A loaded
// campaign then goes through lint, as the organizer's window does with it.

#include "campaign/campaignfile.h"
#include "fuzzsupport.h"
#include "text/campaignlint.h"

#include <span>

CHORUS_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Chorus;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto &zones = Fuzz::catalogue();

    const Expected<Campaign> campaign = parseCampaign(bytes, zones);
    if (!campaign) {
        Fuzz::require(!campaign.error().message.isEmpty(), "an error without a message", bytes);
        return 0;
    }
    Fuzz::require(validateCampaign(*campaign, zones).has_value(),
                  "a loaded campaign does not validate", bytes);

    const QByteArray saved = campaignToBytes(*campaign);
    const Expected<Campaign> reloaded = parseCampaign(saved, zones);
    if (!reloaded) {
        const QByteArray why = reloaded.error().field.toUtf8() + ": "
            + reloaded.error().message.toUtf8() + "\n" + saved;
        Fuzz::invariantBroken("a saved campaign does not load again", why);
    }
    Fuzz::require(*reloaded == *campaign, "a saved campaign loads as a different value", saved);
    Fuzz::require(campaignToBytes(*reloaded) == saved, "saving is not stable", saved);

    const std::span<const Text::MessageTemplate> templates(campaign->templates.constData(),
                                                           std::size_t(campaign->templates.size()));
    for (const Text::LintFinding &finding :
         Text::lintCampaign(campaign->hashtag, templates, campaign->link))
        Fuzz::require(!finding.message.isEmpty(), "a lint finding without a message", bytes);
    return 0;
}
