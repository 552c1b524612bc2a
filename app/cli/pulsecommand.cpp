// chorus-cli pulse: posts carrying the hashtag per minute, beside the posted check-ins.
#include "cli.h"

#include "campaign/campaignfile.h"
#include "checkin/minutes.h"
#include "social/pulse.h"
#include "social/pulsepoller.h"
#include "social/secretfile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Chorus::Cli {

namespace {

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

qint64 currentMinute()
{
    return nowUtc().toSecsSinceEpoch() / 60;
}

/// The figures so far, for the message that names a failed source.
QString countedSoFar(const QList<Social::PulseMinute> &minutes, const Social::PulseColumns &columns)
{
    qint64 mastodon = 0, bluesky = 0, checkins = 0;
    for (const auto &minute : minutes) {
        mastodon += minute.mastodon;
        bluesky += minute.bluesky;
        checkins += minute.checkinsPosted;
    }
    QStringList parts;
    if (columns.mastodon)
        parts << u"mastodon %1"_s.arg(mastodon);
    if (columns.bluesky)
        parts << u"bluesky %1"_s.arg(bluesky);
    if (columns.checkins)
        parts << u"checkins_posted %1"_s.arg(checkins);
    return parts.join(u", "_s);
}

} // namespace

int pulseCommand(const QStringList &arguments, Context &context)
{
    CommandLine line(
        u"pulse"_s,
        u"CAMPAIGN_FILE [--mastodon URL]... [--bluesky-handle H --app-password-file FILE\n"
        "      [--service URL]] [--checkins URL] [--from INSTANT] [--to INSTANT] [--watch] [--json]"_s,
        u"Counts the posts carrying the campaign's hashtag, minute by minute: on each\n"
        "Mastodon server's tag timeline (a status seen on several servers counts once),\n"
        "on Bluesky through your own account's search (sign in with an app password),\n"
        "beside the check-ins posted on a check-in service. Every minute of the range\n"
        "(the campaign's window unless --from/--to say otherwise) is printed, zeros\n"
        "included. Hashtags match without regard to case. Rate limits are honoured: a\n"
        "server that says to wait is waited for. A server that needs a token for its tag\n"
        "timeline (401) is reported and skipped. A source that cannot be reached makes\n"
        "the command exit 1, naming it, after the others were counted.\n\n"
        "--watch asks once a minute and prints one line per minute as it ends, until\n"
        "the range is over."_s);
    line.addOption(QCommandLineOption(
        u"mastodon"_s, u"A Mastodon server whose tag timeline to read (repeatable)."_s, u"URL"_s));
    line.addOption(QCommandLineOption(
        u"bluesky-handle"_s, u"Your Bluesky handle, to search through your account."_s, u"H"_s));
    line.addOption(QCommandLineOption(u"app-password-file"_s,
                                      u"A file whose first line is a Bluesky app password."_s,
                                      u"FILE"_s));
    line.addOption(QCommandLineOption(
        u"service"_s, u"Your Bluesky server (default https://bsky.social)."_s, u"URL"_s));
    line.addOption(QCommandLineOption(
        u"checkins"_s, u"A check-in service (chorus-cli serve) for the posted check-ins."_s,
        u"URL"_s));
    line.addOption(
        QCommandLineOption(u"from"_s, u"The first minute (default: the start)."_s, u"INSTANT"_s));
    line.addOption(
        QCommandLineOption(u"to"_s, u"The end, excluded (default: the end)."_s, u"INSTANT"_s));
    line.addOption(QCommandLineOption(u"watch"_s, u"Print one line a minute until the end."_s));
    line.addJsonOption();
    if (auto stop = line.parse(arguments, context, 1))
        return *stop;
    if (line.positional().isEmpty())
        return line.badInput(context, Error {u"CAMPAIGN_FILE"_s, u"is required"_s});

    const auto campaign = loadCampaign(line.positional().front(), context.catalogue());
    if (!campaign)
        return line.badInput(context, campaign.error());
    if (campaign->hashtag.isEmpty())
        return line.badInput(context,
                             Error {line.positional().front() + u": hashtag"_s,
                                    u"the campaign has no hashtag to count"_s});

    const QString from = line.isSet(u"from"_s)
        ? line.value(u"from"_s)
        : Checkin::formatMinute(campaign->start.time_since_epoch().count() / 60);
    const QString to = line.isSet(u"to"_s)
        ? line.value(u"to"_s)
        : Checkin::formatMinute(campaign->end().time_since_epoch().count() / 60);
    // A campaign starting off the minute is counted from its minute.
    const auto range = Checkin::parseMinuteRange(from, to, u"--from"_s, u"--to"_s);
    if (!range)
        return line.badInput(context, range.error());

    Social::PulseConfig config;
    config.hashtag = campaign->hashtag;
    config.range = *range;
    for (const QString &server : line.values(u"mastodon"_s)) {
        auto url = Social::parseSourceUrl(server, u"--mastodon"_s);
        if (!url)
            return line.badInput(context, url.error());
        config.mastodonServers.append(*url);
    }
    if (line.isSet(u"bluesky-handle"_s) != line.isSet(u"app-password-file"_s))
        return line.badInput(context,
                             Error {line.isSet(u"bluesky-handle"_s) ? u"--app-password-file"_s
                                                                    : u"--bluesky-handle"_s,
                                    u"--bluesky-handle and --app-password-file go together"_s});
    if (line.isSet(u"service"_s) && !line.isSet(u"bluesky-handle"_s))
        return line.badInput(context, Error {u"--service"_s, u"needs --bluesky-handle"_s});
    if (line.isSet(u"bluesky-handle"_s)) {
        Social::BlueskyAccount account;
        account.handle = line.value(u"bluesky-handle"_s).trimmed();
        if (account.handle.startsWith(u'@'))
            account.handle = account.handle.sliced(1);
        if (account.handle.isEmpty())
            return line.badInput(context, Error {u"--bluesky-handle"_s, u"is empty"_s});
        // The file, not the command line, so the secret never shows in `ps`.
        auto password = Social::readSecretFile(line.value(u"app-password-file"_s));
        if (!password)
            return line.badInput(context,
                                 Error {u"--app-password-file"_s, password.error().message});
        account.appPassword = *password;
        if (line.isSet(u"service"_s)) {
            auto service = Social::parseSourceUrl(line.value(u"service"_s), u"--service"_s);
            if (!service)
                return line.badInput(context, service.error());
            account.service = *service;
        }
        config.bluesky = account;
    }
    if (line.isSet(u"checkins"_s)) {
        auto url = Social::parseSourceUrl(line.value(u"checkins"_s), u"--checkins"_s);
        if (!url)
            return line.badInput(context, url.error());
        config.checkinService = *url;
    }
    if (config.mastodonServers.isEmpty() && !config.bluesky && !config.checkinService)
        return line.badInput(context,
                             Error {u"--mastodon"_s,
                                    u"name at least one source: --mastodon, --bluesky-handle or "
                                    "--checkins"_s});

    QNetworkAccessManager network;
    Social::PulsePoller poller(config, &network, &nowUtc);
    const Social::PulseColumns columns = poller.columns();
    const bool watch = line.isSet(u"watch"_s);
    const bool json = line.json();
    QEventLoop loop;
    QTimer next;
    next.setSingleShot(true);
    QObject::connect(&next, &QTimer::timeout, &poller, &Social::PulsePoller::poll);
    qint64 printedUpTo = range->from; // --watch: minutes before this are printed

    auto failedSource = [&]() -> const Social::SourceReport * {
        static Social::SourceReport found;
        for (const auto &source : poller.sources())
            if (!source.ok && !source.skipped) {
                found = source;
                return &found;
            }
        return nullptr;
    };
    int exitCode = Success;
    QObject::connect(&poller, &Social::PulsePoller::roundFinished, &loop, [&] {
        const QDateTime now = nowUtc();
        if (watch) {
            // Minutes that are over, once every source has read them.
            if (poller.caughtUp()) {
                const qint64 over = std::min(currentMinute(), range->to);
                const auto minutes = poller.tally().minutes();
                for (qint64 minute = printedUpTo; minute < over; ++minute) {
                    const auto &row = minutes[minute - range->from];
                    if (json) {
                        QJsonObject object {{u"minute"_s, Checkin::formatMinute(row.minute)}};
                        if (columns.mastodon)
                            object.insert(u"mastodon"_s, row.mastodon);
                        if (columns.bluesky)
                            object.insert(u"bluesky"_s, row.bluesky);
                        if (columns.checkins)
                            object.insert(u"checkins_posted"_s, row.checkinsPosted);
                        printJson(context, object);
                    } else {
                        context.out << Social::pulseLine(row, columns) << u'\n';
                        context.out.flush();
                    }
                }
                printedUpTo = std::max(printedUpTo, over);
            }
            for (const auto &source : poller.sources())
                if (!source.ok && !source.error.isEmpty())
                    context.err << u"chorus-cli pulse: %1\n"_s.arg(source.error);
            context.err.flush();
            if (printedUpTo >= range->to)
                return loop.exit(failedSource() ? Failure : Success);
            // Once a minute, a few seconds into it so the last one is complete;
            // sooner while catching up, later while a source waits.
            qint64 wait = poller.caughtUp() ? (60 - now.time().second()) * 1000 + 3000 : 0;
            if (const QDateTime allowed = poller.nextAllowed(); allowed.isValid() && allowed > now)
                wait = std::max(wait, now.msecsTo(allowed));
            next.start(int(std::clamp<qint64>(wait, 0, 300'000)));
            return;
        }
        if (!poller.caughtUp()) {
            // Read on: sooner or once a waiting source may be asked again (a
            // server's rate-limit window is at most five minutes).
            const QDateTime allowed = poller.nextAllowed();
            const qint64 wait = allowed.isValid() && allowed > now ? now.msecsTo(allowed) : 0;
            next.start(int(std::clamp<qint64>(wait, 0, 300'000)));
            return;
        }
        const auto minutes = poller.tally().minutes();
        if (const auto *failed = failedSource()) {
            context.err << u"chorus-cli pulse: %1 (counted from the other sources: %2)\n"_s.arg(
                failed->error, countedSoFar(minutes, columns));
            context.err.flush();
            return loop.exit(Failure);
        }
        for (const auto &source : poller.sources())
            if (source.skipped)
                context.err << u"chorus-cli pulse: %1\n"_s.arg(source.error);
        context.err.flush();
        if (json) {
            context.out << QString::fromUtf8(
                Social::pulseJson(*range, minutes, columns, poller.sources()))
                        << u'\n';
        } else {
            for (const auto &minute : minutes)
                context.out << Social::pulseLine(minute, columns) << u'\n';
            Social::PulseMinute total;
            total.minute = range->from;
            for (const auto &minute : minutes) {
                total.mastodon += minute.mastodon;
                total.bluesky += minute.bluesky;
                total.checkinsPosted += minute.checkinsPosted;
            }
            context.out << u"total"_s
                        << Social::pulseLine(total, columns)
                               .sliced(Checkin::formatMinute(total.minute).size())
                        << u'\n';
        }
        context.out.flush();
        loop.exit(Success);
    });
    QTimer::singleShot(0, &poller, &Social::PulsePoller::poll);
    exitCode = loop.exec();
    return exitCode;
}

} // namespace Chorus::Cli
