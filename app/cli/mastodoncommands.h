#pragma once
// Mastodon on the command line: `schedule` (mastodoncommands.cpp) and the
// Mastodon form of `post`, which the `post` command hands over to.

#include "cli.h"

namespace Chorus::Cli {

/// `post CAMPAIGN_FILE --platform mastodon --instance URL --token-file FILE
/// [--template ID] [--zone ZONE] [--at INSTANT|now] [--json]`, with `line`
/// already parsed by the `post` command (it defines those options).
int postOnMastodon(const CommandLine &line, Context &context);

} // namespace Chorus::Cli
