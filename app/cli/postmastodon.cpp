// chorus-cli post --platform mastodon: posting at the instant, for the last minutes.
// Until the Mastodon half (branch `mastodon`) replaces this file, it says so.
#include "postcommand.h"

using namespace Qt::StringLiterals;

namespace Chorus::Cli {

int postToMastodon(const PostOptions &, const CommandLine &line, Context &context)
{
    return line.failure(context, u"posting to Mastodon is not built yet"_s);
}

} // namespace Chorus::Cli
