// chorus-cli post: post this fan's variant from their own account at the start.
#include "postcommand.h"

#include "campaign/campaignfile.h"
#include "social/bluesky.h"
#include "social/secretfile.h"
#include "text/fanpost.h"
#include "time/zonecatalogue.h"

#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Chorus::Cli {

namespace {

const QString platformOption = u"platform"_s;
const QString handleOption = u"handle"_s;
const QString appPasswordOption = u"app-password-file"_s;
const QString serviceOption = u"service"_s;
const QString instanceOption = u"instance"_s;
const QString tokenOption = u"token-file"_s;
const QString templateOption = u"template"_s;
const QString zoneOption = u"zone"_s;
const QString atOption = u"at"_s;

Expected<QString> httpUrl(const QString &field, const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")
        || url.host().isEmpty())
        return fail(
            field,
            u"%1 is not an http(s) URL (for example https://bsky.social)"_s.arg(quoted(text)));
    QString normal
        = url.toString(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return normal;
}

Expected<QString> secret(const CommandLine &line, const QString &option)
{
    auto value = Social::readSecretFile(line.value(option));
    if (!value)
        return fail(u"--"_s + option, value.error().message);
    return value;
}

// Options of the other platform are refused rather than ignored: a fan who
// types --instance with --platform bluesky would otherwise wonder where it went.
Expected<void> refuseOthers(const CommandLine &line, const QStringList &options,
                            const QString &platform)
{
    for (const QString &option : options) {
        if (line.isSet(option))
            return fail(u"--"_s + option, u"is not used with --platform %1"_s.arg(platform));
    }
    return {};
}

Expected<void> requireAll(const CommandLine &line, const QStringList &options,
                          const QString &platform)
{
    for (const QString &option : options) {
        if (!line.isSet(option) || line.value(option).isEmpty())
            return fail(u"--"_s + option, u"is required with --platform %1"_s.arg(platform));
    }
    return {};
}

Expected<PostOptions> readOptions(const CommandLine &line, Context &context)
{
    PostOptions options;
    const QStringList positional = line.positional();
    if (positional.isEmpty())
        return fail(u"CAMPAIGN_FILE"_s, u"is required, for example campaign.chorus.json"_s);
    options.campaignFile = positional.first();
    auto campaign = Chorus::loadCampaign(options.campaignFile, context.catalogue());
    if (!campaign)
        return std::unexpected(campaign.error());
    options.campaign = std::move(*campaign);

    if (!line.isSet(platformOption))
        return fail(u"--platform"_s, u"is required: bluesky or mastodon"_s);
    const auto platform = Text::parsePlatform(line.value(platformOption));
    if (!platform)
        return fail(u"--platform"_s, platform.error().message);
    options.platform = *platform;
    if (options.platform == Text::Platform::X)
        return fail(u"--platform"_s,
                    u"Chorus does not post on X for you: its rules forbid coordinated automated "
                    "posting and its API is paid; post there yourself (chorus-cli links)"_s);

    if (options.platform == Text::Platform::Bluesky) {
        const QString name = u"bluesky"_s;
        if (auto ok = refuseOthers(line, {instanceOption, tokenOption}, name); !ok)
            return std::unexpected(ok.error());
        if (auto ok = requireAll(line, {handleOption, appPasswordOption}, name); !ok)
            return std::unexpected(ok.error());
        const auto handle = Social::normalizeHandle(line.value(handleOption));
        if (!handle)
            return fail(u"--handle"_s, handle.error().message);
        options.handle = *handle;
        if (line.isSet(serviceOption)) {
            const auto service = httpUrl(u"--service"_s, line.value(serviceOption));
            if (!service)
                return std::unexpected(service.error());
            options.service = *service;
        }
    } else {
        const QString name = u"mastodon"_s;
        if (auto ok = refuseOthers(line, {handleOption, appPasswordOption, serviceOption}, name);
            !ok)
            return std::unexpected(ok.error());
        if (auto ok = requireAll(line, {instanceOption, tokenOption}, name); !ok)
            return std::unexpected(ok.error());
        const auto instance = httpUrl(u"--instance"_s, line.value(instanceOption));
        if (!instance)
            return std::unexpected(instance.error());
        options.instance = *instance;
    }

    options.templateId = line.value(templateOption);
    options.zone
        = line.isSet(zoneOption) ? line.value(zoneOption).toUtf8() : QTimeZone::systemTimeZoneId();
    if (!QTimeZone(options.zone).isValid())
        return fail(u"--zone"_s,
                    u"unknown time zone %1 (see chorus-cli zones)"_s.arg(
                        quoted(QString::fromUtf8(options.zone))));
    options.locale = QLocale::system();

    options.at = options.campaign.start;
    if (line.isSet(atOption)) {
        const QString at = line.value(atOption).trimmed();
        if (at.compare(u"now", Qt::CaseInsensitive) == 0) {
            options.atNow = true;
        } else {
            const auto instant = Time::parseInstant(at);
            if (!instant)
                return fail(u"--at"_s, instant.error().message + u" (or write now)"_s);
            if (*instant >= options.campaign.end())
                return fail(
                    u"--at"_s,
                    u"%1 is not before the campaign's hour ends (%2); Chorus never posts "
                    "outside the hour"_s.arg(quoted(at), Time::formatUtc(options.campaign.end())));
            options.at = std::max(*instant, options.campaign.start);
        }
    }
    options.json = line.json();

    // The secrets last, once everything else is known to be right.
    if (options.platform == Text::Platform::Bluesky) {
        const auto password = secret(line, appPasswordOption);
        if (!password)
            return std::unexpected(password.error());
        options.appPassword = *password;
    } else {
        const auto token = secret(line, tokenOption);
        if (!token)
            return std::unexpected(token.error());
        options.token = *token;
    }
    return options;
}

} // namespace

Expected<Text::FanPost> postText(const PostOptions &options, const QString &handle,
                                 Context &context)
{
    Text::FanPostReader reader;
    reader.zone = options.zone;
    reader.locale = options.locale;
    reader.handle = handle;
    auto post = Text::fanPost(options.campaign, options.templateId, options.platform, reader,
                              context.catalogue());
    if (!post) {
        const QString field = post.error().field;
        if (field == u"template")
            return fail(u"--template"_s, post.error().message);
        if (field == u"zone")
            return fail(u"--zone"_s, post.error().message);
        return fail(options.campaignFile, post.error().message);
    }
    return post;
}

int postCommand(const QStringList &arguments, Context &context)
{
    CommandLine line(
        u"post"_s,
        u"CAMPAIGN_FILE --platform bluesky --handle HANDLE --app-password-file FILE\n"
        "                       [--service URL] [--template ID] [--zone ZONE] [--at INSTANT|now] "
        "[--json]\n"
        "       chorus-cli post CAMPAIGN_FILE --platform mastodon --instance URL --token-file "
        "FILE\n"
        "                       [--template ID] [--zone ZONE] [--at INSTANT|now] [--json]"_s,
        u"Posts this fan's variant of the campaign's template from their own account, once,\n"
        "at the start (or --at, never before the start): it waits until then, posts, and\n"
        "prints where the post is. Run again, it posts nothing and names the same post.\n"
        "It never posts outside the campaign's hour: started late, it posts at once and\n"
        "says how late; after the hour it refuses. The clock is the server's (its Date).\n"
        "\n"
        "Bluesky: give an app password, never the account's password. An app password\n"
        "(xxxx-xxxx-xxxx-xxxx) can post but cannot change the account or its password,\n"
        "and can be revoked alone; make one at https://bsky.app/settings/app-passwords.\n"
        "Keep it in a file only you can read (chmod 600 FILE); its first line is read.\n"
        "The account's server is found from the handle (DNS or .well-known, then the\n"
        "DID document); --service names it instead."_s);
    line.addOption(QCommandLineOption(platformOption, u"bluesky or mastodon."_s, u"NAME"_s));
    line.addOption(QCommandLineOption(handleOption, u"The Bluesky handle (alita.bsky.social)."_s,
                                      u"HANDLE"_s));
    line.addOption(QCommandLineOption(
        appPasswordOption, u"A file holding a Bluesky app password (mode 600)."_s, u"FILE"_s));
    line.addOption(QCommandLineOption(
        serviceOption, u"The account's Bluesky server (PDS), instead of finding it."_s, u"URL"_s));
    line.addOption(QCommandLineOption(
        instanceOption, u"The Mastodon server (https://mastodon.social)."_s, u"URL"_s));
    line.addOption(QCommandLineOption(
        tokenOption, u"A file holding a Mastodon access token (mode 600)."_s, u"FILE"_s));
    line.addOption(QCommandLineOption(
        templateOption, u"The template to post (default: the first for the platform)."_s, u"ID"_s));
    line.addOption(QCommandLineOption(
        zoneOption, u"The zone placeholders are filled for (default: the system's)."_s, u"ZONE"_s));
    line.addOption(QCommandLineOption(
        atOption, u"When to post: an ISO 8601 instant or now (default: the start)."_s,
        u"INSTANT"_s));
    line.addJsonOption();
    if (const auto stop = line.parse(arguments, context, 1))
        return *stop;
    const auto options = readOptions(line, context);
    if (!options)
        return line.badInput(context, options.error());
    if (options->platform == Text::Platform::Mastodon)
        return postToMastodon(*options, line, context);
    return postToBluesky(*options, line, context);
}

} // namespace Chorus::Cli
