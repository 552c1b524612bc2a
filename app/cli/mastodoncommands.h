#pragma once
// Mastodon on the command line: `schedule` (mastodoncommands.cpp) and the
// Mastodon form of `post` (postmastodon.cpp) share these.

#include "cli.h"

#include "campaign/campaign.h"
#include "social/mastodonclient.h"
#include "social/mastodonschedule.h"
#include "time/instant.h"

#include <QByteArray>
#include <QLocale>

#include <optional>

namespace Chorus::Cli {

/// The machine's clock, for the CLI's edge (core never reads it).
[[nodiscard]] Time::Clock systemClock();

/// This fan's post for the campaign and the account it goes out from.
struct Prepared
{
    Social::MastodonCampaignPost post;
    Social::MastodonAccount account;
};

/// Asks the server for its limits and the token's account (the first answer
/// also fixes the server's clock), then renders this fan's text with
/// Text::fanPost(): the variant picked by the account's handle
/// (`user@server`), filled for `zone` and `locale`, checked against the
/// server's own limit. A template or text problem is bad input: it comes in
/// `badInput` (field --template, --zone or the campaign's) and nothing is sent.
/// With `checkLength` false (to cancel) a text over the limit is still made,
/// so a post scheduled before the server lowered its limit can be cancelled.
[[nodiscard]] Social::MastodonResult<Prepared>
prepareOnServer(Social::MastodonClient &client, const Campaign &campaign, const QString &templateId,
                const QByteArray &zone, const QLocale &locale, Context &context,
                std::optional<Error> *badInput, bool checkLength = true);

/// Reports a Mastodon failure: too close to the start and a text the server
/// will not take are bad input (exit 2); the rest are failures (exit 1).
int reportMastodon(const CommandLine &line, Context &context, const Social::MastodonError &error);

} // namespace Chorus::Cli
