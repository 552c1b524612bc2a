#include "mastodoncommands.h"

#include "campaign/campaignfile.h"
#include "social/secretfile.h"
#include "text/fanpost.h"
#include "time/zonecatalogue.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono;
using namespace Chorus::Social;

namespace Chorus::Cli {

Time::Clock systemClock()
{
    return [] {
        return system_clock::now();
    };
}

MastodonResult<Prepared> prepareOnServer(MastodonClient &client, const Campaign &campaign,
                                         const QString &templateId, const QByteArray &zone,
                                         const QLocale &locale, Context &context,
                                         std::optional<Error> *badInput, bool checkLength)
{
    QEventLoop loop;
    std::optional<MastodonResult<Text::MastodonLimits>> limits;
    client.instanceLimits([&](MastodonResult<Text::MastodonLimits> answer) {
        limits = std::move(answer);
        loop.quit();
    });
    loop.exec();
    if (!*limits)
        return std::unexpected(limits->error());
    std::optional<MastodonResult<MastodonAccount>> account;
    client.verifyCredentials([&](MastodonResult<MastodonAccount> answer) {
        account = std::move(answer);
        loop.quit();
    });
    loop.exec();
    if (!*account)
        return std::unexpected(account->error());
    Text::FanPostReader reader;
    reader.zone = zone;
    reader.locale = locale;
    reader.handle = (*account)->handle();
    const auto text
        = Text::fanPost(campaign, templateId, Text::Platform::Mastodon, reader, context.catalogue(),
                        checkLength ? **limits : Text::MastodonLimits {1'000'000, 23});
    if (!text) {
        const QString field = text.error().field;
        *badInput = Error {field == u"template"   ? u"--template"_s
                               : field == u"zone" ? u"--zone"_s
                                                  : field,
                           text.error().message};
        return std::unexpected(
            MastodonError {MastodonError::Kind::TooLong, 0, text.error().message});
    }
    Prepared prepared;
    prepared.post.campaignId = QString::fromUtf8(campaignIdentity(campaign));
    prepared.post.text = text->text;
    prepared.post.start = campaign.start;
    prepared.post.end = campaign.end();
    prepared.account = **account;
    return prepared;
}

/// The exit code of a failure: the pinned "too close" and a text the server
/// will not take are bad input (2); the rest are failures (1).
int reportMastodon(const CommandLine &line, Context &context, const MastodonError &error)
{
    switch (error.kind) {
    case MastodonError::Kind::TooClose:
    case MastodonError::Kind::TooLong:
        return line.badInput(context, error.toError());
    default:
        return line.failure(context, error.toError().text());
    }
}

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
    line.addOption(QCommandLineOption(u"token-file"_s,
                                      u"A file holding the access token (mode 600)."_s, u"FILE"_s));
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
    const QStringList positional = line.positional();
    if (positional.isEmpty())
        return line.badInput(
            context, {u"CAMPAIGN_FILE"_s, u"is required, for example campaign.chorus.json"_s});
    for (const QString &required : {u"instance"_s, u"token-file"_s}) {
        if (!line.isSet(required) || line.value(required).isEmpty())
            return line.badInput(context,
                                 {u"--"_s + required, u"is required with --platform mastodon"_s});
    }
    const auto base = mastodonBaseUrl(line.value(u"instance"_s));
    if (!base)
        return line.badInput(context, base.error());
    const auto campaign = loadCampaign(positional.first(), context.catalogue());
    if (!campaign)
        return line.badInput(context, campaign.error());
    const QByteArray zone
        = line.isSet(u"zone"_s) ? line.value(u"zone"_s).toUtf8() : QTimeZone::systemTimeZoneId();
    if (!QTimeZone(zone).isValid())
        return line.badInput(context,
                             {u"--zone"_s,
                              u"unknown time zone %1 (see chorus-cli zones)"_s.arg(
                                  quoted(QString::fromUtf8(zone)))});
    const auto token = readSecretFile(line.value(u"token-file"_s));
    if (!token)
        return line.badInput(context, {u"--token-file"_s, token.error().message});

    QNetworkAccessManager network;
    MastodonClient client(*base, &network, systemClock());
    client.setAccessToken(*token);
    std::optional<Error> badText;
    const auto prepared
        = prepareOnServer(client, *campaign, line.value(u"template"_s), zone, QLocale::system(),
                          context, &badText, !line.isSet(u"cancel"_s));
    if (badText)
        return line.badInput(context, *badText);
    if (!prepared)
        return reportMastodon(line, context, prepared.error());

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
    line.isSet(u"cancel"_s) ? job.cancel(prepared->post) : job.schedule(prepared->post);
    loop.exec();
    if (error)
        return reportMastodon(line, context, *error);

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

} // namespace Chorus::Cli
