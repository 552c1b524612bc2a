#include "blueskyclient.h"

#include "social/bluesky.h"

#include <QDnsLookup>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Social {

struct BlueskyClient::Answer
{
    int status = 0; ///< 0: no answer (connection failed, timed out)
    QString networkError; ///< when status is 0
    QByteArray body;
    QJsonObject json;
    QByteArray retryAfter;
    QByteArray rateLimitReset;
    QString host; ///< who answered, for messages
    Millis serverNow {};

    [[nodiscard]] bool ok() const { return status >= 200 && status < 300; }

    /// The answer as a BlueskyError, with a message naming `what` was asked.
    [[nodiscard]] BlueskyError error(const QString &what) const
    {
        BlueskyError error;
        error.status = status;
        error.name = json.value(u"error"_s).toString();
        const QString said = json.value(u"message"_s).toString();
        const QString detail = said.isEmpty() ? error.name : said;
        if (status == 0) {
            error.kind = BlueskyError::Kind::Network;
            error.message = u"%1: cannot reach %2 (%3)"_s.arg(what, host, networkError);
            return error;
        }
        if (status == 429) {
            error.kind = BlueskyError::Kind::RateLimited;
            error.retryAfter = Social::retryAfter(retryAfter, rateLimitReset, serverNow);
        } else if (status >= 500) {
            error.kind = BlueskyError::Kind::Server;
            error.retryAfter = Social::retryAfter(retryAfter, {}, serverNow);
        } else if (status == 401 || error.name == u"AuthenticationRequired"
                   || error.name == u"ExpiredToken" || error.name == u"InvalidToken"
                   || error.name == u"AccountTakedown"
                   || error.name == u"AuthFactorTokenRequired") {
            error.kind = BlueskyError::Kind::Auth;
        } else if (status == 404 || error.name == u"RecordNotFound") {
            error.kind = BlueskyError::Kind::NotFound;
        } else {
            error.kind = BlueskyError::Kind::Refused;
        }
        error.message
            = u"%1: %2 answered %3%4"_s.arg(what, host, QString::number(status),
                                            detail.isEmpty() ? QString() : u" (%1)"_s.arg(detail));
        return error;
    }
};

namespace {

Millis toMillis(std::chrono::system_clock::time_point at)
{
    return time_point_cast<milliseconds>(at);
}

BlueskyError badAnswer(const QString &message)
{
    BlueskyError error;
    error.kind = BlueskyError::Kind::BadAnswer;
    error.message = message;
    return error;
}

BlueskyResult<BlueskySession> sessionFrom(const QJsonObject &json, const QUrl &service,
                                          const QString &host)
{
    BlueskySession session;
    session.service = service;
    session.did = json.value(u"did"_s).toString();
    session.handle = json.value(u"handle"_s).toString();
    session.accessJwt = json.value(u"accessJwt"_s).toString();
    session.refreshJwt = json.value(u"refreshJwt"_s).toString();
    if (!isValidDid(session.did) || session.accessJwt.isEmpty() || session.refreshJwt.isEmpty())
        return std::unexpected(badAnswer(
            u"%1 answered the sign-in without a DID and tokens: is it a Bluesky server?"_s.arg(
                host)));
    return session;
}

} // namespace

BlueskyClient::BlueskyClient(QNetworkAccessManager *network, Time::Clock clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(std::move(clock))
{ }

BlueskyClient::~BlueskyClient() = default;

Millis BlueskyClient::localNow() const
{
    return toMillis(m_clock());
}

Millis BlueskyClient::serverNow() const
{
    const Millis now = localNow();
    return m_offset ? m_offset->toServer(now) : now;
}

QUrl BlueskyClient::xrpcUrl(const QUrl &service, const QString &nsid) const
{
    QUrl url = service;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/xrpc/"_s + nsid);
    return url;
}

void BlueskyClient::call(const QByteArray &method, const QUrl &url, const QByteArray &body,
                         const QString &token, AnswerHandler handler)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, u"Chorus"_s);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const Millis sent = localNow();
    QNetworkReply *reply
        = method == "POST" ? m_network->post(request, body) : m_network->get(request);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, sent, host = url.host(), handler = std::move(handler)] {
                reply->deleteLater();
                const Millis received = localNow();
                Answer answer;
                answer.host = host;
                answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (answer.status == 0)
                    answer.networkError = reply->errorString();
                answer.body = reply->readAll();
                answer.json = QJsonDocument::fromJson(answer.body).object();
                answer.retryAfter = reply->rawHeader("Retry-After");
                answer.rateLimitReset = reply->rawHeader("RateLimit-Reset");
                if (answer.status != 0) {
                    const auto sample
                        = estimateClockOffset(sent, received, reply->rawHeader("Date"));
                    if (sample)
                        m_offset = m_offset ? combineOffsets(*m_offset, *sample) : *sample;
                }
                answer.serverNow = serverNow();
                handler(answer);
            });
}

void BlueskyClient::authorized(const QByteArray &method, const QString &nsid,
                               const QUrlQuery *query, const QJsonObject &body,
                               AnswerHandler handler, bool renewed)
{
    if (!m_session) {
        Answer none;
        none.status = 401;
        none.json = QJsonObject {{u"error"_s, u"AuthenticationRequired"_s},
                                 {u"message"_s, u"not signed in"_s}};
        handler(none);
        return;
    }
    QUrl url = xrpcUrl(m_session->service, nsid);
    if (query)
        url.setQuery(*query);
    const QByteArray bytes
        = method == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
    // A copy of the query for the repeat after a renewal (the pointer's owner is gone by then).
    std::shared_ptr<QUrlQuery> kept = query ? std::make_shared<QUrlQuery>(*query) : nullptr;
    call(method, url, bytes, m_session->accessJwt,
         [this, method, nsid, kept, body, handler, renewed](const Answer &answer) {
             if (answer.status == 400 && answer.json.value(u"error"_s).toString() == u"ExpiredToken"
                 && !renewed) {
                 // The access token lives two hours; renew it and ask once more.
                 refreshSession([this, method, nsid, kept, body, handler,
                                 answer](BlueskyResult<BlueskySession> session) {
                     if (!session) {
                         Answer failed = answer;
                         failed.status = session.error().status ? session.error().status : 401;
                         failed.json = QJsonObject {{u"error"_s, session.error().name},
                                                    {u"message"_s, session.error().message}};
                         if (session.error().kind == BlueskyError::Kind::Network) {
                             failed.status = 0;
                             failed.networkError = session.error().message;
                         }
                         handler(failed);
                         return;
                     }
                     authorized(method, nsid, kept.get(), body, handler, true);
                 });
                 return;
             }
             handler(answer);
         });
}

void BlueskyClient::resolveHandle(const QString &handle, Callback<QString> done)
{
    // Both ways at once; the first DID wins, and the answer comes once.
    struct Race
    {
        int pending = 0;
        bool answered = false;
        QStringList failures;
        Callback<QString> done;
    };
    auto race = std::make_shared<Race>();
    race->done = std::move(done);
    const auto finish = [race, handle](std::optional<QString> did, const QString &failure) {
        if (race->answered)
            return;
        if (did) {
            race->answered = true;
            race->done(*did);
            return;
        }
        race->failures << failure;
        if (--race->pending > 0)
            return;
        race->answered = true;
        BlueskyError error;
        error.kind = BlueskyError::Kind::NotFound;
        error.message = u"the handle %1 does not resolve to a Bluesky account (%2); check its "
                        "spelling, or name its server with --service"_s.arg(
                            quoted(handle), race->failures.join(u"; "_s));
        race->done(std::unexpected(error));
    };

    race->pending = m_directory.dns ? 2 : 1;
    if (m_directory.dns) {
        auto *lookup = new QDnsLookup(QDnsLookup::TXT, u"_atproto."_s + handle, this);
        connect(lookup, &QDnsLookup::finished, this, [lookup, finish] {
            lookup->deleteLater();
            for (const QDnsTextRecord &record : lookup->textRecords()) {
                for (const QByteArray &value : record.values()) {
                    if (value.startsWith("did=")) {
                        const QString did = QString::fromUtf8(value.mid(4)).trimmed();
                        if (isValidDid(did)) {
                            finish(did, {});
                            return;
                        }
                    }
                }
            }
            finish(std::nullopt,
                   lookup->error() == QDnsLookup::NoError
                       ? u"DNS has no _atproto TXT record"_s
                       : u"DNS: %1"_s.arg(lookup->errorString()));
        });
        lookup->lookup();
    }

    QUrl url = m_directory.wellKnownServer.isEmpty() ? QUrl(u"https://"_s + handle)
                                                     : m_directory.wellKnownServer;
    url.setPath(u"/.well-known/atproto-did"_s);
    QNetworkRequest request(url);
    if (!m_directory.wellKnownServer.isEmpty())
        request.setRawHeader("Host", handle.toUtf8());
    request.setTransferTimeout(int(m_timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, finish] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString did = QString::fromUtf8(reply->read(4096)).trimmed();
        if (status == 200 && isValidDid(did)) {
            finish(did, {});
            return;
        }
        finish(std::nullopt,
               status == 0 ? u"https: %1"_s.arg(reply->errorString())
                           : u"https: /.well-known/atproto-did answered %1"_s.arg(status));
    });
}

void BlueskyClient::resolveService(const QString &did, Callback<QUrl> done)
{
    const auto url = didDocumentUrl(did, m_directory.plc);
    if (!url) {
        done(std::unexpected(badAnswer(url.error().message)));
        return;
    }
    call("GET", *url, {}, {}, [did, done = std::move(done)](const Answer &answer) {
        if (!answer.ok()) {
            BlueskyError error = answer.error(u"reading the DID document of %1"_s.arg(did));
            done(std::unexpected(error));
            return;
        }
        const auto endpoint = pdsEndpoint(answer.json, did);
        if (!endpoint) {
            done(std::unexpected(badAnswer(endpoint.error().text())));
            return;
        }
        done(*endpoint);
    });
}

void BlueskyClient::createSession(const QUrl &service, const QString &identifier,
                                  const QString &password, Callback<BlueskySession> done)
{
    const QJsonObject body {{u"identifier"_s, identifier}, {u"password"_s, password}};
    call("POST", xrpcUrl(service, u"com.atproto.server.createSession"_s),
         QJsonDocument(body).toJson(QJsonDocument::Compact), {},
         [this, service, identifier, done = std::move(done)](const Answer &answer) {
             if (!answer.ok()) {
                 BlueskyError error = answer.error(u"signing in as %1"_s.arg(identifier));
                 if (error.kind == BlueskyError::Kind::Auth)
                     error.message
                         = u"%1 refused the app password of %2 (%3): make a new one at "
                           "%4 and try again"_s.arg(
                               answer.host, identifier,
                               answer.json.value(u"message"_s).toString(u"wrong password"_s),
                               appPasswordsPage.toString());
                 done(std::unexpected(error));
                 return;
             }
             auto session = sessionFrom(answer.json, service, answer.host);
             if (session) {
                 m_session = *session;
                 Q_EMIT sessionChanged(*m_session);
             }
             done(std::move(session));
         });
}

void BlueskyClient::refreshSession(Callback<BlueskySession> done)
{
    if (!m_session) {
        BlueskyError error;
        error.kind = BlueskyError::Kind::Auth;
        error.message = u"not signed in"_s;
        done(std::unexpected(error));
        return;
    }
    const QUrl service = m_session->service;
    call("POST", xrpcUrl(service, u"com.atproto.server.refreshSession"_s), {},
         m_session->refreshJwt, [this, service, done = std::move(done)](const Answer &answer) {
             if (!answer.ok()) {
                 BlueskyError error = answer.error(u"renewing the session"_s);
                 if (error.kind == BlueskyError::Kind::Refused)
                     error.kind = BlueskyError::Kind::Auth; // an expired or revoked refresh token
                 done(std::unexpected(error));
                 return;
             }
             auto session = sessionFrom(answer.json, service, answer.host);
             if (session) {
                 m_session = *session;
                 Q_EMIT sessionChanged(*m_session);
             }
             done(std::move(session));
         });
}

void BlueskyClient::checkSession(Callback<BlueskySession> done)
{
    authorized("GET", u"com.atproto.server.getSession"_s, nullptr, {},
               [this, done = std::move(done)](const Answer &answer) {
                   if (!answer.ok()) {
                       done(std::unexpected(answer.error(u"checking the session"_s)));
                       return;
                   }
                   done(*m_session);
               });
}

void BlueskyClient::createRecord(const QString &collection, const QString &rkey,
                                 const QJsonObject &record, Callback<BlueskyRecord> done)
{
    const QString repo = m_session ? m_session->did : QString();
    const QJsonObject body {
        {u"repo"_s, repo}, {u"collection"_s, collection}, {u"rkey"_s, rkey}, {u"record"_s, record}};
    authorized("POST", u"com.atproto.repo.createRecord"_s, nullptr, body,
               [record, done = std::move(done)](const Answer &answer) {
                   if (!answer.ok()) {
                       done(std::unexpected(answer.error(u"posting"_s)));
                       return;
                   }
                   BlueskyRecord created;
                   created.uri = answer.json.value(u"uri"_s).toString();
                   created.cid = answer.json.value(u"cid"_s).toString();
                   created.value = record;
                   if (!created.uri.startsWith(u"at://"))
                       done(std::unexpected(badAnswer(
                           u"%1 answered the post without its at:// URI"_s.arg(answer.host))));
                   else
                       done(created);
               });
}

void BlueskyClient::getRecord(const QString &collection, const QString &rkey,
                              Callback<BlueskyRecord> done)
{
    QUrlQuery query;
    query.addQueryItem(u"repo"_s, m_session ? m_session->did : QString());
    query.addQueryItem(u"collection"_s, collection);
    query.addQueryItem(u"rkey"_s, rkey);
    authorized("GET", u"com.atproto.repo.getRecord"_s, &query, {},
               [done = std::move(done)](const Answer &answer) {
                   if (!answer.ok()) {
                       BlueskyError error = answer.error(u"reading the post back"_s);
                       // The PDS says 400 RecordNotFound, others 404.
                       if (answer.json.value(u"error"_s).toString() == u"RecordNotFound")
                           error.kind = BlueskyError::Kind::NotFound;
                       done(std::unexpected(error));
                       return;
                   }
                   BlueskyRecord found;
                   found.uri = answer.json.value(u"uri"_s).toString();
                   found.cid = answer.json.value(u"cid"_s).toString();
                   found.value = answer.json.value(u"value"_s).toObject();
                   done(found);
               });
}

void BlueskyClient::sampleClock(const QUrl &service, std::function<void()> done)
{
    call("GET", xrpcUrl(service, u"_health"_s), {}, {},
         [done = std::move(done)](const Answer &) { done(); });
}

} // namespace Chorus::Social
