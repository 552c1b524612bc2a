#include "mastodonclient.h"

#include "text/mastodoninstance.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Social {

namespace {

constexpr qint64 maxAnswerBytes = 4 * 1024 * 1024;

QString isoSeconds(Time::Instant at)
{
    return Time::formatUtc(at);
}

std::optional<QJsonDocument> json(const QByteArray &body)
{
    QJsonParseError error {};
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return document;
}

MastodonError badAnswer(const QString &server, const QString &what)
{
    return {
        MastodonError::Kind::BadAnswer, 200,
        u"%1 gave an answer Chorus cannot read (%2): is it a Mastodon server?"_s.arg(server, what)};
}

bool isLoopbackHost(const QString &host)
{
    return host == u"localhost" || host == u"::1" || host.startsWith(u"127."_s);
}

} // namespace

bool MastodonError::retryable() const
{
    return kind == Kind::Network || kind == Kind::Server || kind == Kind::RateLimited;
}

Error MastodonError::toError() const
{
    return Error {u"mastodon"_s, message};
}

QString MastodonAccount::handle() const
{
    return username + u'@' + server;
}

std::optional<sys_time<milliseconds>> parseMastodonDatetime(QStringView text)
{
    // Mastodon writes "2019-12-05T11:34:47.196Z"; Qt reads the fraction too.
    QDateTime parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid() || text.isEmpty()
        || !(text.endsWith(u'Z') || text.contains(u'+') || text.lastIndexOf(u'-') > 9))
        return std::nullopt;
    return sys_time<milliseconds> {milliseconds {parsed.toMSecsSinceEpoch()}};
}

Expected<MastodonScheduledStatus> parseScheduledStatus(const QJsonObject &object)
{
    MastodonScheduledStatus scheduled;
    scheduled.id = object.value(u"id"_s).toString();
    if (scheduled.id.isEmpty())
        return fail(u"id"_s, u"the scheduled status has no id"_s);
    const auto at = parseMastodonDatetime(object.value(u"scheduled_at"_s).toString());
    if (!at)
        return fail(u"scheduled_at"_s, u"the scheduled status has no readable scheduled_at"_s);
    scheduled.scheduledAt = floor<seconds>(*at);
    const QJsonObject params = object.value(u"params"_s).toObject();
    scheduled.text = params.value(u"text"_s).toString();
    scheduled.visibility = params.value(u"visibility"_s).toString();
    scheduled.idempotency = params.value(u"idempotency"_s).toString();
    return scheduled;
}

Expected<MastodonStatus> parseStatus(const QJsonObject &object)
{
    MastodonStatus status;
    status.id = object.value(u"id"_s).toString();
    if (status.id.isEmpty())
        return fail(u"id"_s, u"the status has no id"_s);
    const auto at = parseMastodonDatetime(object.value(u"created_at"_s).toString());
    if (!at)
        return fail(u"created_at"_s, u"the status has no readable created_at"_s);
    status.createdAt = *at;
    status.uri = object.value(u"uri"_s).toString();
    status.url = object.value(u"url"_s).toString();
    status.visibility = object.value(u"visibility"_s).toString();
    status.text = object.contains(u"text"_s) && object.value(u"text"_s).isString()
        ? object.value(u"text"_s).toString()
        : plainTextFromHtml(object.value(u"content"_s).toString());
    return status;
}

QString plainTextFromHtml(QStringView html)
{
    QString text;
    text.reserve(html.size());
    qsizetype i = 0;
    bool firstParagraph = true;
    while (i < html.size()) {
        const QChar c = html[i];
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i);
            if (close < 0)
                break;
            const QString tag = html.mid(i + 1, close - i - 1).trimmed().toString().toLower();
            const QString name
                = tag.section(QRegularExpression(u"[\\s/]"_s), 0, 0, QString::SectionSkipEmpty);
            if (name == u"br")
                text += u'\n';
            else if (name == u"p" && !tag.startsWith(u'/')) {
                if (!firstParagraph)
                    text += u"\n\n"_s;
                firstParagraph = false;
            }
            i = close + 1;
        } else if (c == u'&') {
            const qsizetype semi = html.indexOf(u';', i);
            const QStringView entity = semi > i ? html.mid(i + 1, semi - i - 1) : QStringView {};
            static const QHash<QString, QChar> named {{u"amp"_s, u'&'},   {u"lt"_s, u'<'},
                                                      {u"gt"_s, u'>'},    {u"quot"_s, u'"'},
                                                      {u"apos"_s, u'\''}, {u"nbsp"_s, QChar(0xa0)}};
            bool ok = false;
            char32_t code = 0;
            if (entity.startsWith(u"#x"_s) || entity.startsWith(u"#X"_s))
                code = entity.mid(2).toUInt(&ok, 16);
            else if (entity.startsWith(u'#'))
                code = entity.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                text += QString::fromUcs4(&code, 1);
                i = semi + 1;
            } else if (semi > i && named.contains(entity.toString())) {
                text += named.value(entity.toString());
                i = semi + 1;
            } else {
                text += c;
                ++i;
            }
        } else {
            text += c;
            ++i;
        }
    }
    return text;
}

std::optional<QUrl> nextPageUrl(QByteArrayView linkHeader)
{
    // <https://host/api/v1/…?max_id=1>; rel="next", <…>; rel="prev"
    static const QRegularExpression part(uR"re(<([^>]*)>\s*;\s*rel="?([a-z]+)"?)re"_s);
    auto matches = part.globalMatch(QString::fromUtf8(linkHeader));
    while (matches.hasNext()) {
        const auto match = matches.next();
        if (match.captured(2) == u"next")
            return QUrl(match.captured(1));
    }
    return std::nullopt;
}

MastodonError classifyMastodonAnswer(int status, QByteArrayView body, QByteArrayView retryAfter,
                                     const QString &networkError, const QString &server)
{
    using Kind = MastodonError::Kind;
    MastodonError error;
    error.httpStatus = status;
    if (status == 0) {
        error.kind = Kind::Network;
        error.message = u"%1 did not answer (%2)"_s.arg(server, networkError);
        return error;
    }
    QString said;
    if (const auto document = json(body.toByteArray()); document && document->isObject()) {
        said = document->object().value(u"error"_s).toString();
        const QString description = document->object().value(u"error_description"_s).toString();
        if (!description.isEmpty())
            said = said.isEmpty() ? description : said + u": "_s + description;
    }
    const QString quotedSaid = said.isEmpty() ? QString() : u" (\"%1\")"_s.arg(said.left(300));
    bool ok = false;
    const int seconds = QString::fromLatin1(retryAfter).trimmed().toInt(&ok);
    if (ok && seconds >= 0)
        error.retryAfter = std::chrono::seconds(seconds);
    if (status == 401) {
        error.kind = Kind::Unauthorized;
        error.message = u"%1 refused the access token%2: it was revoked or is wrong; connect the "
                        "account again"_s.arg(server, quotedSaid);
    } else if (status == 403) {
        error.kind = Kind::Forbidden;
        error.message = u"%1 refused: the access token lacks a permission Chorus needs%2; connect "
                        "the account again"_s.arg(server, quotedSaid);
    } else if (status == 404) {
        error.kind = Kind::NotFound;
        error.message = u"%1 has no such record%2"_s.arg(server, quotedSaid);
    } else if (status == 429) {
        error.kind = Kind::RateLimited;
        error.message
            = u"%1 asks Chorus to slow down (too many requests)%2"_s.arg(server, quotedSaid);
    } else if (status >= 500) {
        error.kind = Kind::Server;
        error.message = u"%1 failed (HTTP %2)%3"_s.arg(server).arg(status).arg(quotedSaid);
    } else if (status == 422 && said.contains(u"scheduled"_s) && said.contains(u"for today"_s)) {
        error.kind = Kind::DailyLimit;
        error.message = u"%1 already holds 25 scheduled posts for that day, the most Mastodon "
                        "allows: cancel one there, or post at the start with `post`%2"_s.arg(
                            server, quotedSaid);
    } else if (status == 422 && said.contains(u"limit of"_s) && said.contains(u"scheduled"_s)) {
        error.kind = Kind::TotalLimit;
        error.message = u"%1 already holds 300 scheduled posts for this account, the most Mastodon "
                        "allows: cancel some there, or post at the start with `post`%2"_s.arg(
                            server, quotedSaid);
    } else if (status == 422 && said.contains(u"character limit"_s)) {
        error.kind = Kind::TooLong;
        error.message = u"the post is too long for %1%2"_s.arg(server, quotedSaid);
    } else {
        error.kind = Kind::Refused;
        error.message
            = u"%1 refused the request (HTTP %2)%3"_s.arg(server).arg(status).arg(quotedSaid);
    }
    return error;
}

Expected<QUrl> mastodonBaseUrl(QStringView text, const QString &field)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return fail(field, u"name the Mastodon server, for example mastodon.social"_s);
    const QUrl url(trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed,
                   QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return fail(field, u"%1 is not a server address"_s.arg(quoted(trimmed)));
    if (scheme != u"https" && !(scheme == u"http" && isLoopbackHost(url.host())))
        return fail(field,
                    u"%1: only https:// servers are used (plain http only on this machine's "
                    "loopback)"_s.arg(quoted(trimmed)));
    if (!url.userInfo().isEmpty() || (!url.path().isEmpty() && url.path() != u"/") || url.hasQuery()
        || url.hasFragment())
        return fail(
            field,
            u"%1: give only the server's address, like mastodon.social"_s.arg(quoted(trimmed)));
    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host());
    base.setPort(url.port());
    return base;
}

MastodonClient::MastodonClient(QUrl baseUrl, QNetworkAccessManager *network, Time::Clock now,
                               QObject *parent)
    : QObject(parent)
    , m_base(std::move(baseUrl))
    , m_network(network)
    , m_now(std::move(now))
{ }

MastodonClient::~MastodonClient() = default;

QString MastodonClient::serverName() const
{
    const int defaultPort = m_base.scheme() == u"https" ? 443 : 80;
    const int port = m_base.port(defaultPort);
    return port == defaultPort ? m_base.host() : u"%1:%2"_s.arg(m_base.host()).arg(port);
}

system_clock::time_point MastodonClient::serverNow() const
{
    const auto local = m_now();
    return m_offset ? local + m_offset->offset : local;
}

Millis MastodonClient::millisNow() const
{
    return floor<milliseconds>(m_now());
}

system_clock::time_point MastodonClient::serverNowEarliest() const
{
    return m_offset ? serverNow() - m_offset->uncertainty : serverNow();
}

QUrl MastodonClient::api(const QString &path) const
{
    QUrl url = m_base;
    url.setPath(path);
    return url;
}

MastodonError MastodonClient::errorOf(const Answer &answer) const
{
    return classifyMastodonAnswer(answer.status, answer.body, answer.retryAfter,
                                  answer.networkError, serverName());
}

void MastodonClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                          const QByteArray &contentType,
                          const QList<std::pair<QByteArray, QByteArray>> &headers, Handler handler)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Chorus");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    const Millis sent = millisNow();
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, tooLarge](qint64 received, qint64) {
                if (received > maxAnswerBytes && !*tooLarge) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply, sent, tooLarge, handler] {
        reply->deleteLater();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError code = reply->error();
        // A broken answer (cut off mid-body) counts as none: the request may
        // have been carried out, and only a look at the server tells.
        const bool broken
            = (code != QNetworkReply::NoError && code < QNetworkReply::ContentAccessDenied)
            || code == QNetworkReply::ProtocolFailure;
        if (answer.status == 0 || broken) {
            answer.status = 0;
            answer.networkError = *tooLarge ? u"the answer is over 4 MiB"_s : reply->errorString();
        } else {
            answer.body = reply->readAll();
            answer.retryAfter = reply->rawHeader("Retry-After");
            answer.link = reply->rawHeader("Link");
            if (!m_offset) {
                const auto estimate
                    = estimateClockOffset(sent, millisNow(), reply->rawHeader("Date"));
                if (estimate)
                    m_offset = *estimate;
            }
        }
        handler(answer);
    });
}

void MastodonClient::registerApp(const QString &clientName, const QStringList &redirectUris,
                                 const QStringList &scopes, const QString &website,
                                 Callback<MastodonApp> done)
{
    QUrlQuery form;
    form.addQueryItem(u"client_name"_s, clientName);
    form.addQueryItem(u"redirect_uris"_s, redirectUris.join(u'\n'));
    form.addQueryItem(u"scopes"_s, scopes.join(u' '));
    if (!website.isEmpty())
        form.addQueryItem(u"website"_s, website);
    send("POST", api(u"/api/v1/apps"_s), form.toString(QUrl::FullyEncoded).toUtf8(),
         "application/x-www-form-urlencoded", {},
         [this, done, redirectUris, scopes](const Answer &a) {
             if (a.status != 200)
                 return done(std::unexpected(errorOf(a)));
             const auto document = json(a.body);
             const QJsonObject object = document ? document->object() : QJsonObject {};
             MastodonApp app {object.value(u"client_id"_s).toString(),
                              object.value(u"client_secret"_s).toString(), redirectUris, scopes};
             if (app.clientId.isEmpty())
                 return done(std::unexpected(badAnswer(serverName(), u"no client_id"_s)));
             done(app);
         });
}

void MastodonClient::exchangeCode(const MastodonApp &app, const QString &code,
                                  const QString &redirectUri, const QString &codeVerifier,
                                  Callback<QString> done)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    form.addQueryItem(u"code"_s, code);
    form.addQueryItem(u"client_id"_s, app.clientId);
    if (!app.clientSecret.isEmpty())
        form.addQueryItem(u"client_secret"_s, app.clientSecret);
    form.addQueryItem(u"redirect_uri"_s, redirectUri);
    form.addQueryItem(u"code_verifier"_s, codeVerifier);
    form.addQueryItem(u"scope"_s, app.scopes.join(u' '));
    // QUrlQuery leaves '+' as is, which a form decoder reads as a space.
    QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8().replace("+", "%2B");
    send("POST", api(u"/oauth/token"_s), body, "application/x-www-form-urlencoded", {},
         [this, done](const Answer &a) {
             if (a.status == 400 || a.status == 401) {
                 MastodonError error = errorOf(a);
                 error.kind = MastodonError::Kind::Unauthorized;
                 error.message = u"%1 did not accept the sign-in code (expired, used already or "
                                 "mistyped): sign in again"_s.arg(serverName());
                 return done(std::unexpected(error));
             }
             if (a.status != 200)
                 return done(std::unexpected(errorOf(a)));
             const auto document = json(a.body);
             const QString token
                 = document ? document->object().value(u"access_token"_s).toString() : QString();
             if (token.isEmpty())
                 return done(std::unexpected(badAnswer(serverName(), u"no access_token"_s)));
             done(token);
         });
}

void MastodonClient::verifyCredentials(Callback<MastodonAccount> done)
{
    send("GET", api(u"/api/v1/accounts/verify_credentials"_s), {}, {}, {},
         [this, done](const Answer &a) {
             if (a.status != 200)
                 return done(std::unexpected(errorOf(a)));
             const auto document = json(a.body);
             const QJsonObject object = document ? document->object() : QJsonObject {};
             MastodonAccount account {object.value(u"id"_s).toString(),
                                      object.value(u"username"_s).toString(), serverName()};
             if (account.id.isEmpty() || account.username.isEmpty())
                 return done(
                     std::unexpected(badAnswer(serverName(), u"no account id or username"_s)));
             done(account);
         });
}

void MastodonClient::instanceLimits(Callback<Text::MastodonLimits> done)
{
    send("GET", api(u"/api/v2/instance"_s), {}, {}, {}, [this, done](const Answer &a) {
        if (a.status != 200)
            return done(std::unexpected(errorOf(a)));
        auto limits = Text::parseMastodonInstance(a.body);
        if (!limits)
            return done(std::unexpected(badAnswer(serverName(), limits.error().text())));
        done(*limits);
    });
}

void MastodonClient::scheduledStatuses(Callback<QList<MastodonScheduledStatus>> done)
{
    QUrl url = api(u"/api/v1/scheduled_statuses"_s);
    url.setQuery(u"limit=40"_s);
    collectScheduled(url, {}, 0, std::move(done));
}

void MastodonClient::collectScheduled(const QUrl &url, QList<MastodonScheduledStatus> sofar,
                                      int page, Callback<QList<MastodonScheduledStatus>> done)
{
    send("GET", url, {}, {}, {}, [this, sofar, page, done](const Answer &a) mutable {
        if (a.status != 200)
            return done(std::unexpected(errorOf(a)));
        const auto document = json(a.body);
        if (!document || !document->isArray())
            return done(std::unexpected(badAnswer(serverName(), u"not a list"_s)));
        const QJsonArray items = document->array();
        for (const QJsonValue &item : items) {
            auto scheduled = parseScheduledStatus(item.toObject());
            if (!scheduled)
                return done(std::unexpected(badAnswer(serverName(), scheduled.error().text())));
            sofar.append(*scheduled);
        }
        const auto next = nextPageUrl(a.link);
        // The next page must stay on this server (a Link elsewhere is ignored).
        if (!items.isEmpty() && next && next->host() == m_base.host() && page < 9)
            return collectScheduled(*next, std::move(sofar), page + 1, std::move(done));
        done(std::move(sofar));
    });
}

void MastodonClient::createStatus(const QString &text, std::optional<Time::Instant> scheduledAt,
                                  const QString &idempotencyKey, Callback<Created> done)
{
    QJsonObject body {{u"status"_s, text}, {u"visibility"_s, u"public"_s}};
    if (scheduledAt)
        body.insert(u"scheduled_at"_s, isoSeconds(*scheduledAt));
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey.toUtf8()});
    send("POST", api(u"/api/v1/statuses"_s), QJsonDocument(body).toJson(QJsonDocument::Compact),
         "application/json", headers, [this, done](const Answer &a) {
             if (a.status != 200)
                 return done(std::unexpected(errorOf(a)));
             const auto document = json(a.body);
             const QJsonObject object = document ? document->object() : QJsonObject {};
             if (object.contains(u"params"_s)) {
                 auto scheduled = parseScheduledStatus(object);
                 if (!scheduled)
                     return done(
                         std::unexpected(badAnswer(serverName(), scheduled.error().text())));
                 return done(Created {*scheduled});
             }
             auto status = parseStatus(object);
             if (!status)
                 return done(std::unexpected(badAnswer(serverName(), status.error().text())));
             done(Created {*status});
         });
}

void MastodonClient::updateScheduled(const QString &id, Time::Instant scheduledAt,
                                     Callback<MastodonScheduledStatus> done)
{
    const QJsonObject body {{u"scheduled_at"_s, isoSeconds(scheduledAt)}};
    send("PUT",
         api(u"/api/v1/scheduled_statuses/"_s + QString::fromUtf8(QUrl::toPercentEncoding(id))),
         QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", {},
         [this, done](const Answer &a) {
             if (a.status != 200)
                 return done(std::unexpected(errorOf(a)));
             const auto document = json(a.body);
             auto scheduled = parseScheduledStatus(document ? document->object() : QJsonObject {});
             if (!scheduled)
                 return done(std::unexpected(badAnswer(serverName(), scheduled.error().text())));
             done(*scheduled);
         });
}

void MastodonClient::deleteScheduled(const QString &id, Callback<bool> done)
{
    send("DELETE",
         api(u"/api/v1/scheduled_statuses/"_s + QString::fromUtf8(QUrl::toPercentEncoding(id))), {},
         {}, {}, [this, done](const Answer &a) {
             if (a.status == 200)
                 return done(true);
             if (a.status == 404)
                 return done(false);
             done(std::unexpected(errorOf(a)));
         });
}

void MastodonClient::accountStatuses(const QString &accountId, sys_time<milliseconds> since,
                                     Callback<QList<MastodonStatus>> done, int maxPages)
{
    QUrl url = api(u"/api/v1/accounts/"_s + QString::fromUtf8(QUrl::toPercentEncoding(accountId))
                   + u"/statuses"_s);
    url.setQuery(u"limit=40"_s);
    collectStatuses(url, since, {}, maxPages, std::move(done));
}

void MastodonClient::collectStatuses(const QUrl &url, sys_time<milliseconds> since,
                                     QList<MastodonStatus> sofar, int pagesLeft,
                                     Callback<QList<MastodonStatus>> done)
{
    send("GET", url, {}, {}, {}, [this, since, sofar, pagesLeft, done](const Answer &a) mutable {
        if (a.status != 200)
            return done(std::unexpected(errorOf(a)));
        const auto document = json(a.body);
        if (!document || !document->isArray())
            return done(std::unexpected(badAnswer(serverName(), u"not a list"_s)));
        const QJsonArray items = document->array();
        bool older = false;
        for (const QJsonValue &item : items) {
            auto status = parseStatus(item.toObject());
            if (!status)
                return done(std::unexpected(badAnswer(serverName(), status.error().text())));
            if (status->createdAt < since)
                older = true;
            else
                sofar.append(*status);
        }
        const auto next = nextPageUrl(a.link);
        if (!older && !items.isEmpty() && next && next->host() == m_base.host() && pagesLeft > 1)
            return collectStatuses(*next, since, std::move(sofar), pagesLeft - 1, std::move(done));
        done(std::move(sofar));
    });
}

} // namespace Chorus::Social
