#include "mastodoncommands.h"

#include "campaign/campaignfile.h"
#include "social/mastodonclient.h"
#include "social/mastodonschedule.h"
#include "text/templaterender.h"
#include "time/zonecatalogue.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimeZone>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace std::chrono;
using namespace Chorus::Social;

namespace Chorus::Cli {

namespace {

Time::Clock systemClock()
{
    return [] {
        return system_clock::now();
    };
}

/// The first line of a secret file, trimmed; a file the group or others may
/// read is refused (exit 2), so a token never sits where other users see it.
Expected<QString> readSecret(const QString &path, const QString &flag)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return fail(flag, u"cannot read %1: no such file"_s.arg(quoted(path)));
    if (!S_ISREG(info.st_mode))
        return fail(flag, u"%1 is not a file"_s.arg(quoted(path)));
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return fail(flag,
                    u"%1 can be read by other users (mode %2): chmod 600 it"_s.arg(
                        quoted(path), QString::number(info.st_mode & 0777, 8)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(flag, u"cannot read %1: %2"_s.arg(quoted(path), file.errorString()));
    const QByteArray first = file.read(64 * 1024).split('\n').value(0).trimmed();
    if (first.isEmpty())
        return fail(flag, u"%1 holds no token on its first line"_s.arg(quoted(path)));
    return QString::fromUtf8(first);
}

/// What a Mastodon command needs from its flags: the campaign, this fan's
/// text, the server and the token.
struct MastodonRun
{
    Campaign campaign;
    MastodonCampaignPost post;
    QUrl baseUrl;
    QString token;
};

Expected<MastodonRun> prepare(const CommandLine &line, Context &context)
{
    const QStringList positional = line.positional();
    if (positional.isEmpty())
        return fail(u"CAMPAIGN_FILE"_s, u"is required, for example campaign.chorus.json"_s);
    if (!line.isSet(u"instance"_s))
        return fail(u"--instance"_s,
                    u"is required: the Mastodon server, for example mastodon.social"_s);
    if (!line.isSet(u"token-file"_s))
        return fail(u"--token-file"_s, u"is required: a file holding the account's access token"_s);
    const auto base = mastodonBaseUrl(line.value(u"instance"_s));
    if (!base)
        return std::unexpected(base.error());
    auto campaign = loadCampaign(positional.first(), context.catalogue());
    if (!campaign)
        return std::unexpected(campaign.error());

    const Text::MessageTemplate *chosen = nullptr;
    if (line.isSet(u"template"_s)) {
        chosen = campaign->findTemplate(line.value(u"template"_s));
        if (!chosen)
            return fail(
                u"--template"_s,
                u"the campaign has no template %1"_s.arg(quoted(line.value(u"template"_s))));
        if (!chosen->platforms.contains(u"mastodon"_s))
            return fail(u"--template"_s,
                        u"template %1 is not for mastodon"_s.arg(quoted(chosen->id)));
    } else {
        for (const auto &candidate : campaign->templates) {
            if (candidate.platforms.contains(u"mastodon"_s)) {
                chosen = &candidate;
                break;
            }
        }
        if (!chosen)
            return fail(u"--template"_s, u"the campaign has no template for mastodon"_s);
    }
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (line.isSet(u"zone"_s)) {
        const auto resolved = context.catalogue().resolve(line.value(u"zone"_s));
        if (!resolved)
            return fail(u"--zone"_s, resolved.error().message);
        zone = QTimeZone(resolved->id);
    }
    auto token = readSecret(line.value(u"token-file"_s), u"--token-file"_s);
    if (!token)
        return std::unexpected(token.error());

    Text::RenderContext render;
    render.hashtag = campaign->hashtag;
    render.link = campaign->link;
    render.start = campaign->start;
    render.zone = zone;
    auto text = Text::renderTemplate(*chosen, render);
    if (!text)
        return fail(u"--template"_s, text.error().text());

    MastodonRun run;
    run.campaign = *campaign;
    run.post.campaignId
        = (campaign->hashtag.isEmpty() ? campaign->title : campaign->hashtag).toCaseFolded();
    run.post.text = *text;
    run.post.start = campaign->start;
    run.post.end = campaign->end();
    run.baseUrl = *base;
    run.token = *token;
    return run;
}

/// The exit code of a failure: the pinned "too close" and a text the server
/// will not take are bad input (2); the rest are failures (1).
int report(const CommandLine &line, Context &context, const MastodonError &error)
{
    switch (error.kind) {
    case MastodonError::Kind::TooClose:
    case MastodonError::Kind::TooLong:
        return line.badInput(context, error.toError());
    default:
        return line.failure(context, error.toError().text());
    }
}

} // namespace

int scheduleCommand(const QStringList &arguments, Context &context)
{
    CommandLine line(
        u"schedule"_s,
        u"CAMPAIGN_FILE --platform mastodon --instance URL --token-file FILE [--template ID] "
        "[--zone ZONE] [--cancel] [--json]"_s,
        u"Schedules this fan's post for the campaign's start on their own Mastodon server, so\n"
        "it goes out even with this computer off. Leaves exactly one scheduled status for the\n"
        "campaign on the account: creates it, moves it when the start moved, keeps it when it\n"
        "is right. --cancel deletes it. Under 6 minutes before the start by the server's clock\n"
        "nothing is scheduled (exit 2): use `chorus-cli post` at the start instead. The token\n"
        "file's first line is the access token; the file must not be readable by others."_s);
    line.addOption(QCommandLineOption(u"platform"_s,
                                      u"mastodon (the one platform that schedules)."_s, u"P"_s));
    line.addOption(
        QCommandLineOption(u"instance"_s, u"The Mastodon server (mastodon.social)."_s, u"URL"_s));
    line.addOption(
        QCommandLineOption(u"token-file"_s, u"A file holding the access token."_s, u"FILE"_s));
    line.addOption(QCommandLineOption(
        u"template"_s, u"The template (default: the first for mastodon)."_s, u"ID"_s));
    line.addOption(QCommandLineOption(
        u"zone"_s, u"Fill placeholders for this zone (default: the system's)."_s, u"ZONE"_s));
    line.addOption(QCommandLineOption(u"cancel"_s, u"Delete the campaign's scheduled status."_s));
    line.addJsonOption();
    if (const auto stop = line.parse(arguments, context, 1))
        return *stop;
    if (!line.isSet(u"platform"_s))
        return line.badInput(context, {u"--platform"_s, u"is required: mastodon"_s});
    if (line.value(u"platform"_s).toLower() != u"mastodon")
        return line.badInput(
            context,
            {u"--platform"_s,
             u"%1: only mastodon schedules on the server; "
             "Bluesky is posted with `chorus-cli post`"_s.arg(quoted(line.value(u"platform"_s)))});
    auto run = prepare(line, context);
    if (!run)
        return line.badInput(context, run.error());

    QNetworkAccessManager network;
    MastodonClient client(run->baseUrl, &network, systemClock());
    client.setAccessToken(run->token);
    MastodonScheduleJob job(&client);
    std::optional<ScheduleOutcome> outcome;
    std::optional<MastodonError> error;
    QEventLoop loop;
    QObject::connect(&job, &MastodonScheduleJob::finished, &loop, [&](const ScheduleOutcome &o) {
        outcome = o;
        loop.quit();
    });
    QObject::connect(&job, &MastodonScheduleJob::failed, &loop, [&](const MastodonError &e) {
        error = e;
        loop.quit();
    });
    line.isSet(u"cancel"_s) ? job.cancel(run->post) : job.schedule(run->post);
    loop.exec();
    if (error)
        return report(line, context, *error);

    if (line.isSet(u"cancel"_s)) {
        const bool cancelled = outcome->kind == ScheduleOutcome::Kind::Cancelled;
        if (line.json()) {
            QJsonObject document {{u"platform"_s, u"mastodon"_s}, {u"cancelled"_s, cancelled}};
            if (cancelled)
                document.insert(u"id"_s, outcome->id);
            printJson(context, document);
        } else {
            context.out << (cancelled ? u"Cancelled the scheduled post %1 on %2.\n"_s.arg(
                                outcome->id, client.serverName())
                                      : u"Nothing was scheduled for this campaign on %1.\n"_s.arg(
                                          client.serverName()));
            context.out.flush();
        }
        return Success;
    }
    const QString at = Time::formatUtc(outcome->status.scheduledAt);
    if (line.json()) {
        printJson(context,
                  {{u"platform"_s, u"mastodon"_s},
                   {u"id"_s, outcome->id},
                   {u"scheduled_at"_s, at},
                   {u"text"_s, outcome->status.text}});
    } else {
        const QString what = outcome->kind == ScheduleOutcome::Kind::Created ? u"Scheduled"_s
            : outcome->kind == ScheduleOutcome::Kind::Updated                ? u"Moved"_s
                                                              : u"Already scheduled"_s;
        context.out << u"%1 on %2 as %3 for %4 (id %5):\n%6\n"_s.arg(
            what, client.serverName(), outcome->account.handle(), at, outcome->id,
            outcome->status.text);
        context.out.flush();
    }
    return Success;
}

int postOnMastodon(const CommandLine &line, Context &context)
{
    auto run = prepare(line, context);
    if (!run)
        return line.badInput(context, run.error());
    // Default: the campaign's start; `now` is the server's now, read from its
    // first answer.
    std::optional<Time::Instant> at = run->post.start;
    if (line.isSet(u"at"_s)) {
        if (line.value(u"at"_s) == u"now") {
            at.reset();
        } else {
            const auto parsed = Time::parseInstant(line.value(u"at"_s));
            if (!parsed)
                return line.badInput(context, {u"--at"_s, parsed.error().message});
            at = *parsed;
        }
    }
    QNetworkAccessManager network;
    MastodonClient client(run->baseUrl, &network, systemClock());
    client.setAccessToken(run->token);
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
    job.post(run->post, at);
    loop.exec();
    if (error)
        return report(line, context, *error);
    const QString postedAt = Time::formatUtc(floor<seconds>(outcome->status.createdAt));
    if (line.json()) {
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
