// chorus-cli serve: the check-in service in the foreground.
#include "cli.h"

#include "campaign/campaignfile.h"

#include "checkin/postgresstore.h"
#include "checkin/service.h"
#include "checkin/sqlitestore.h"
#include "checkin/token.h"
#include "share/eventinput.h"
#include "share/fanpage.h"
#include "share/icalendar.h"
#include "time/zonecatalogue.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QTextStream>
#include <QUrl>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Chorus::Cli {

namespace {

/// The write end of the self-pipe: the signal handler only writes one byte
/// (async-signal-safe); the event loop reads it and shuts the service down.
int g_signalPipe[2] = {-1, -1};

extern "C" void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

struct ListenAddress
{
    QHostAddress host;
    QString hostText;
    quint16 port = 0;
};

Expected<ListenAddress> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return fail(u"--listen"_s, u"%1 is not HOST:PORT"_s.arg(quoted(text)));
    QString host = text.first(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.sliced(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(u"--listen"_s, u"%1 has no port between 0 and 65535"_s.arg(quoted(text)));
    ListenAddress address;
    address.hostText = host;
    address.port = quint16(port);
    if (host == u"localhost"_s)
        address.host = QHostAddress(QHostAddress::LocalHost);
    else if (!address.host.setAddress(host))
        return fail(u"--listen"_s, u"%1 is not an IP address"_s.arg(quoted(host)));
    return address;
}

/// The first line of `path`, without its line end: a PostgreSQL password.
Expected<QString> readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"--db-password-file"_s,
                    u"cannot read %1: %2"_s.arg(quoted(path), file.errorString()));
    const QByteArray content = file.read(4096);
    QByteArray firstLine = content.left(content.indexOf('\n'));
    if (firstLine.endsWith('\r'))
        firstLine.chop(1);
    if (firstLine.isEmpty())
        return fail(u"--db-password-file"_s, u"%1 holds no password"_s.arg(quoted(path)));
    return QString::fromUtf8(firstLine);
}

/// --public-url: an absolute http(s) URL with a host and nothing after the
/// path, since the page appends /api/v1/… to it.
Expected<QString> parsePublicUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty())
        return fail(
            u"--public-url"_s,
            u"%1 is not an http(s) URL such as https://checkin.example.org"_s.arg(quoted(text)));
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return fail(u"--public-url"_s,
                    u"%1 may not carry a user, a query or a fragment"_s.arg(quoted(text)));
    QString normal = url.toString(QUrl::FullyEncoded);
    while (normal.endsWith(u'/'))
        normal.chop(1);
    return normal;
}

} // namespace

int serveCommand(const QStringList &arguments, Context &context)
{
    CommandLine line(
        u"serve"_s,
        u"CAMPAIGN_FILE --listen HOST:PORT --db FILE|URL [--db-password-file FILE]\n"
        "      [--admin-token TOKEN] [--joins-per-minute N]\n"
        "      [--trusted-proxy ADDR[/PREFIX]]... [--forwarded-header NAME]\n"
        "      [--public-url URL]"_s,
        u"Runs the check-in service in the foreground until SIGINT or SIGTERM, then\n"
        "finishes the requests in flight and exits 0. Prints 'listening on\n"
        "http://HOST:PORT' once it accepts connections (with the real port when PORT\n"
        "is 0). The admin token (for GET /api/v1/participants) comes from\n"
        "--admin-token or CHORUS_ADMIN_TOKEN; without either, a random one is made\n"
        "and printed once on stderr.\n\n"
        "Participants live in the SQLite file --db, or, for a campaign that outgrows\n"
        "one machine, in PostgreSQL: --db postgresql://user@host:port/dbname (or\n"
        "postgres://). Several serve instances may share one PostgreSQL database\n"
        "behind a reverse proxy; their stats agree within about a second, and the\n"
        "join rate limit applies per instance. The password is never part of the\n"
        "URL: it comes from --db-password-file or PGPASSWORD (or libpq's ~/.pgpass).\n"
        "While the database is unreachable, writes answer 503 with Retry-After and\n"
        "the service reconnects by itself.\n\n"
        "Behind a reverse proxy, --trusted-proxy names the proxy's address or range\n"
        "(repeatable): only for requests from there is the client's address read from\n"
        "X-Forwarded-For (or, with --forwarded-header forwarded, RFC 7239 Forwarded),\n"
        "and the per-address limits apply to that client. Without it, forwarding\n"
        "headers are ignored.\n\n"
        "serve also hosts the campaign's fan page at / (its check-in form posting to\n"
        "this service) and its calendar at /campaign.ics; --public-url names the\n"
        "address fans reach it at (https://checkin.example.org), for the links in\n"
        "the page and the calendar."_s);
    line.addOption(
        QCommandLineOption(u"listen"_s, u"Address and port, 127.0.0.1:8080."_s, u"HOST:PORT"_s));
    line.addOption(
        QCommandLineOption(u"db"_s,
                           u"The SQLite database (created if missing), or a PostgreSQL URL "
                           "postgresql://user@host:port/dbname."_s,
                           u"FILE|URL"_s));
    line.addOption(QCommandLineOption(
        u"db-password-file"_s,
        u"A file whose first line is the PostgreSQL password (else PGPASSWORD)."_s, u"FILE"_s));
    line.addOption(QCommandLineOption(
        u"admin-token"_s, u"The organizer's token, at least 16 characters."_s, u"TOKEN"_s));
    line.addOption(QCommandLineOption(
        u"joins-per-minute"_s, u"Joins one client address may make per minute (default 10)."_s,
        u"N"_s, u"10"_s));
    line.addOption(QCommandLineOption(
        u"trusted-proxy"_s,
        u"A reverse proxy (address or ADDR/PREFIX range, IPv4 or IPv6) whose forwarding header "
        "names the client; repeatable."_s,
        u"ADDR[/PREFIX]"_s));
    line.addOption(QCommandLineOption(
        u"forwarded-header"_s,
        u"The header the trusted proxies write: x-forwarded-for (default) or forwarded."_s,
        u"NAME"_s, u"x-forwarded-for"_s));
    line.addOption(QCommandLineOption(
        u"public-url"_s,
        u"The service's address as fans see it (https://checkin.example.org), for the fan "
        "page and the calendar at / and /campaign.ics."_s,
        u"URL"_s));
    if (const auto stop = line.parse(arguments, context, 1))
        return *stop;
    if (line.positional().isEmpty())
        return line.badInput(context, Error {u"CAMPAIGN_FILE"_s, u"missing"_s});
    if (!line.isSet(u"listen"_s))
        return line.badInput(context, Error {u"--listen"_s, u"missing"_s});
    if (!line.isSet(u"db"_s) || line.value(u"db"_s).isEmpty())
        return line.badInput(context, Error {u"--db"_s, u"missing"_s});
    const auto address = parseListen(line.value(u"listen"_s));
    if (!address)
        return line.badInput(context, address.error());
    bool rateOk = false;
    const int joinsPerMinute = line.value(u"joins-per-minute"_s).toInt(&rateOk);
    if (!rateOk || joinsPerMinute < 1)
        return line.badInput(context,
                             Error {u"--joins-per-minute"_s,
                                    u"%1 is not a positive whole number"_s.arg(
                                        quoted(line.value(u"joins-per-minute"_s)))});
    std::vector<Checkin::AddressRange> trustedRanges;
    for (const QString &value : line.values(u"trusted-proxy"_s)) {
        auto range = Checkin::parseAddressRange(value, u"--trusted-proxy"_s);
        if (!range)
            return line.badInput(context, range.error());
        trustedRanges.push_back(*range);
    }
    const QString headerName = line.value(u"forwarded-header"_s).toLower();
    if (headerName != u"x-forwarded-for"_s && headerName != u"forwarded"_s)
        return line.badInput(context,
                             Error {u"--forwarded-header"_s,
                                    u"%1 is neither x-forwarded-for nor forwarded"_s.arg(
                                        quoted(line.value(u"forwarded-header"_s)))});
    if (line.isSet(u"forwarded-header"_s) && trustedRanges.empty())
        return line.badInput(
            context, Error {u"--forwarded-header"_s, u"means nothing without --trusted-proxy"_s});
    QString publicUrl;
    if (line.isSet(u"public-url"_s)) {
        auto parsed = parsePublicUrl(line.value(u"public-url"_s));
        if (!parsed)
            return line.badInput(context, parsed.error());
        publicUrl = *parsed;
    }
    // The same loader as everywhere: a bad field is refused, naming it. The
    // service hands out the campaign as a saved file (unknown fields kept).
    const auto loaded = loadCampaign(line.positional().front(), context.catalogue());
    if (!loaded)
        return line.badInput(context, loaded.error());
    const QByteArray campaignBytes = campaignToBytes(*loaded);
    // The fan page and calendar as this service hosts them: the form posts
    // to the page's own origin ("." resolves against the page's URL, so it
    // also works under a proxy's path prefix), or to --public-url; a
    // campaign without a link of its own links fans back to the page.
    Share::EventInput event = Share::eventInput(*loaded);
    event.checkinUrl = publicUrl.isEmpty() ? u"."_s : publicUrl;
    if (event.link.isEmpty() && !publicUrl.isEmpty())
        event.link = publicUrl + u'/';
    const QByteArray calendar = Share::icalendar(
        event, std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    const QByteArray fanPage = Share::fanPage(event, calendar);

    const QString dbPath = line.value(u"db"_s);
    Checkin::Writer::StoreFactory storeFactory;
    std::chrono::milliseconds statsMaxAge {0};
    if (Checkin::isPostgresUrl(dbPath)) {
        auto target = Checkin::parsePostgresUrl(dbPath);
        if (!target)
            return line.badInput(context, target.error());
        if (line.isSet(u"db-password-file"_s)) {
            auto password = readPasswordFile(line.value(u"db-password-file"_s));
            if (!password)
                return line.badInput(context, password.error());
            target->password = *password;
        } else {
            target->password = QString::fromLocal8Bit(qgetenv("PGPASSWORD"));
        }
        // Other instances write to the same database: re-read the figures
        // once they are a second old.
        statsMaxAge = std::chrono::seconds(1);
        storeFactory = [target = *target] {
            return std::make_unique<Checkin::PostgresStore>(target);
        };
    } else {
        if (line.isSet(u"db-password-file"_s))
            return line.badInput(context,
                                 Error {u"--db-password-file"_s,
                                        u"is only for a PostgreSQL --db (postgresql://…), not "
                                        "the SQLite file %1"_s.arg(quoted(dbPath))});
        storeFactory = [dbPath] {
            return std::make_unique<Checkin::SqliteStore>(dbPath);
        };
    }

    QByteArray adminToken = line.value(u"admin-token"_s).toUtf8();
    QString tokenSource = u"--admin-token"_s;
    if (adminToken.isEmpty()) {
        adminToken = qgetenv("CHORUS_ADMIN_TOKEN");
        tokenSource = u"CHORUS_ADMIN_TOKEN"_s;
    }
    if (adminToken.isEmpty()) {
        adminToken = Checkin::generateToken();
        context.err << u"chorus-cli serve: admin token (shown only now): "_s
                    << QString::fromLatin1(adminToken) << u'\n';
        context.err.flush();
    } else if (adminToken.size() < 16) {
        return line.badInput(context, Error {tokenSource, u"must be at least 16 characters"_s});
    }

    const Time::ZoneCatalogue &catalogue = context.catalogue();
    Checkin::ServiceConfig config;
    config.campaignJson = campaignBytes;
    config.resolveZone = [&catalogue](QStringView zone) -> Expected<QByteArray> {
        auto resolved = catalogue.resolve(zone);
        if (!resolved)
            return std::unexpected(resolved.error());
        return resolved->id;
    };
    config.adminTokenHash = Checkin::hashToken(adminToken);
    config.now = [] {
        return QDateTime::currentDateTimeUtc();
    };
    config.limits.joinsPerMinute = joinsPerMinute;
    config.limits.joinBurst = joinsPerMinute;
    config.statsMaxAge = statsMaxAge;
    config.fanPageHtml = fanPage;
    config.calendarIcs = calendar;
    config.trustedProxies = Checkin::TrustedProxies(std::move(trustedRanges),
                                                    headerName == u"forwarded"_s
                                                        ? Checkin::ForwardedHeader::Forwarded
                                                        : Checkin::ForwardedHeader::XForwardedFor);
    Checkin::Service service(std::move(config), std::move(storeFactory));

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_signalPipe) != 0)
        return line.failure(context, u"cannot set up signal handling"_s);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &service, [&service] {
        char byte = 0;
        while (::read(g_signalPipe[0], &byte, 1) > 0) { }
        service.shutdown();
    });
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);

    if (auto listening = service.listen(address->host, address->port); !listening)
        return line.failure(context, listening.error().text());
    const QString host = address->host.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + address->hostText + u']'
        : address->hostText;
    context.out << u"listening on http://%1:%2\n"_s.arg(host).arg(service.port());
    context.out.flush();

    QEventLoop loop;
    QObject::connect(&service, &Checkin::Service::finished, &loop, &QEventLoop::quit);
    loop.exec();
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    return Success;
}

} // namespace Chorus::Cli
