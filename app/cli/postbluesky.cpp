// chorus-cli post --platform bluesky: this fan's variant from their account, at the instant.
#include "postcommand.h"

#include "social/bluesky.h"
#include "social/blueskyposter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Cli {

namespace {

// Lets tests reach a loopback PLC directory and handle server; real Bluesky otherwise.
Social::BlueskyDirectory directoryFromEnvironment()
{
    Social::BlueskyDirectory directory;
    const QByteArray plc = qgetenv("CHORUS_BLUESKY_PLC_URL");
    if (!plc.isEmpty())
        directory.plc = QUrl(QString::fromUtf8(plc));
    const QByteArray wellKnown = qgetenv("CHORUS_BLUESKY_HANDLE_SERVER");
    if (!wellKnown.isEmpty()) {
        directory.wellKnownServer = QUrl(QString::fromUtf8(wellKnown));
        directory.dns = false;
    }
    return directory;
}

QString describeLate(milliseconds late)
{
    const qint64 s = duration_cast<seconds>(late).count();
    if (s < 120)
        return u"%1 s"_s.arg(s);
    return u"%1 min"_s.arg(s / 60);
}

} // namespace

int postToBluesky(const PostOptions &options, const CommandLine &line, Context &context)
{
    const auto text = postText(options, options.handle, context);
    if (!text)
        return line.badInput(context, text.error());
    if (!Social::looksLikeAppPassword(options.appPassword))
        return line.badInput(
            context,
            Error {u"--app-password-file"_s,
                   u"this is not an app password (xxxx-xxxx-xxxx-xxxx): never give Chorus "
                   "your account's password; make an app password at %1"_s.arg(
                       Social::appPasswordsPage.toString())});

    QNetworkAccessManager network;
    const Time::Clock clock = [] {
        return std::chrono::system_clock::now();
    };
    Social::BlueskyPoster poster(&network, clock);
    poster.client().setDirectory(directoryFromEnvironment());

    Social::BlueskyPostRequest request;
    request.handle = options.handle;
    request.appPassword = options.appPassword;
    request.service = options.service.isEmpty() ? QUrl() : QUrl(options.service);
    request.campaign = campaignIdentity(options.campaign);
    request.text = text->text;
    request.windowStart = options.campaign.start;
    request.windowEnd = options.campaign.end();
    if (!options.atNow)
        request.at = options.at;

    int exitCode = Failure;
    QEventLoop loop;
    QObject::connect(&poster, &Social::BlueskyPoster::progress, &loop,
                     [&context](const QString &message) {
                         context.err << u"chorus-cli post: "_s << message << u'\n';
                         context.err.flush();
                     });
    QObject::connect(
        &poster, &Social::BlueskyPoster::posted, &loop,
        [&](const Social::BlueskyPostResult &result) {
            if (!result.alreadyPosted && result.lateBy >= 2s) {
                context.err << u"chorus-cli post: posted %1 after the instant (%2): the hour was "
                               "still on"_s.arg(describeLate(result.lateBy),
                                                Time::formatUtc(options.atNow
                                                                    ? options.campaign.start
                                                                    : options.at))
                            << u'\n';
                context.err.flush();
            }
            if (options.json) {
                printJson(context,
                          QJsonObject {{u"platform"_s, u"bluesky"_s},
                                       {u"uri"_s, result.uri},
                                       {u"url"_s, result.url},
                                       {u"text"_s, result.text},
                                       {u"posted_at"_s, result.createdAt},
                                       {u"already_posted"_s, result.alreadyPosted}});
            } else {
                context.out << (result.alreadyPosted ? u"Already posted: "_s : u"Posted: "_s)
                            << result.url << u'\n' << result.text << u'\n';
                context.out.flush();
            }
            exitCode = Success;
            loop.quit();
        });
    QObject::connect(&poster, &Social::BlueskyPoster::failed, &loop,
                     [&](const Social::BlueskyPostError &error) {
                         exitCode = line.failure(context, error.message);
                         loop.quit();
                     });
    poster.start(request);
    loop.exec();
    return exitCode;
}

} // namespace Chorus::Cli
