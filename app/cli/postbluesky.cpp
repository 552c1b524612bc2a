// chorus-cli post --platform bluesky.
#include "postcommand.h"

using namespace Qt::StringLiterals;

namespace Chorus::Cli {

int postToBluesky(const PostOptions &options, const CommandLine &line, Context &context)
{
    const auto text = postText(options, options.handle, context);
    if (!text)
        return line.badInput(context, text.error());
    return line.failure(context, u"posting to Bluesky is not built yet"_s);
}

} // namespace Chorus::Cli
