// chorus-cli post --platform mastodon: posting at the instant, for the last minutes.
#include "mastodoncommands.h"
#include "postcommand.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace std::chrono;
using namespace Chorus::Social;

namespace Chorus::Cli {

int postToMastodon(const PostOptions &options, const CommandLine &line, Context &context)
{
    // post's own --instance check takes any http(s) URL; Mastodon tokens go
    // over https only, plain http to loopback alone.
    const auto base = mastodonBaseUrl(options.instance);
    if (!base)
        return line.badInput(context, base.error());
    QNetworkAccessManager network;
    MastodonClient client(*base, &network, systemClock());
    client.setAccessToken(options.token);
    std::optional<Error> badText;
    const auto prepared = prepareOnServer(client, options.campaign, options.templateId,
                                          options.zone, options.locale, context, &badText);
    if (badText)
        return line.badInput(context, *badText);
    if (!prepared)
        return reportMastodon(line, context, prepared.error());

    MastodonPostJob job(&client);
    std::optional<PostOutcome> outcome;
    std::optional<MastodonError> error;
    QEventLoop loop;
    QObject::connect(&job, &MastodonPostJob::finished, &loop, [&](const PostOutcome &o) {
        outcome = o;
        loop.quit();
    });
    QObject::connect(&job, &MastodonPostJob::failed, &loop, [&](const MastodonError &e) {
        error = e;
        loop.quit();
    });
    QObject::connect(&job, &MastodonPostJob::retrying, &loop,
                     [&](const MastodonError &e, milliseconds delay) {
                         context.err << u"chorus-cli post: %1; trying again in %2 s\n"_s.arg(
                             e.message, QString::number(double(delay.count()) / 1000.0, 'f', 1));
                         context.err.flush();
                     });
    // --at now: as soon as the server's clock is known (never before the start).
    job.post(prepared->post,
             options.atNow ? std::nullopt : std::optional<Time::Instant>(options.at));
    loop.exec();
    if (error)
        return reportMastodon(line, context, *error);
    const QString postedAt = Time::formatUtc(floor<seconds>(outcome->status.createdAt));
    if (options.json) {
        printJson(context,
                  {{u"platform"_s, u"mastodon"_s},
                   {u"id"_s, outcome->status.id},
                   {u"uri"_s, outcome->status.uri},
                   {u"url"_s, outcome->status.url},
                   {u"text"_s, outcome->status.text},
                   {u"posted_at"_s, postedAt},
                   {u"already_posted"_s, outcome->alreadyPosted}});
    } else {
        context.out << u"%1 on %2 as %3 at %4: %5\n"_s.arg(
            outcome->alreadyPosted ? u"Already posted"_s : u"Posted"_s, client.serverName(),
            outcome->account.handle(), postedAt, outcome->status.url);
        context.out.flush();
    }
    return Success;
}

} // namespace Chorus::Cli
