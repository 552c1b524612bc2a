#pragma once
// chorus-cli post: what the platform halves (postbluesky.cpp, postmastodon.cpp) share.

#include "cli.h"

#include "campaign/campaign.h"
#include "text/fanpost.h"
#include "text/postlength.h"
#include "time/instant.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace Chorus::Cli {

/// `chorus-cli post`'s command line, parsed and checked: every file read,
/// every value valid. The platform functions only talk to the network.
struct PostOptions
{
    QString campaignFile;
    Campaign campaign;
    Text::Platform platform = Text::Platform::Bluesky;
    QString handle; ///< --handle (Bluesky), without a leading @
    QString appPassword; ///< the first line of --app-password-file (Bluesky)
    QString service; ///< --service URL (Bluesky), empty: found from the handle
    QString instance; ///< --instance URL (Mastodon)
    QString token; ///< the first line of --token-file (Mastodon)
    QString templateId; ///< --template, empty: the first template listing the platform
    QByteArray zone; ///< --zone, default the system zone
    QLocale locale; ///< the system locale, as the Messages preview uses it
    /// The instant to post at: --at, or the campaign's start. Never before the
    /// start: the command waits for the later of the two.
    Time::Instant at {};
    bool atNow = false; ///< --at now: post at once (within the hour)
    bool json = false;
};

/// The text `handle` posts (Text::fanPost() for the options' campaign, template,
/// platform, zone and locale), checked against the platform's length; errors
/// name the option or the campaign file.
[[nodiscard]] Expected<Text::FanPost> postText(const PostOptions &options, const QString &handle,
                                               Context &context);

/// Posts on Bluesky (postbluesky.cpp).
int postToBluesky(const PostOptions &options, const CommandLine &line, Context &context);
/// Posts on Mastodon at the instant (postmastodon.cpp).
int postToMastodon(const PostOptions &options, const CommandLine &line, Context &context);

} // namespace Chorus::Cli
