#include "client.h"

#include "httpdate.h"
#include "token.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Checkin {

namespace {

constexpr const char *sentProperty = "chorusSentMs";

int httpStatus(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool isRetryable(int status)
{
    return status == 0 || status == 408 || status == 429 || status >= 500;
}

/// The service's {"error","field"} answer as an Error, or the network's reason.
Error replyError(QNetworkReply *reply, const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString message = json.value(u"error"_s).toString();
    if (!message.isEmpty()) {
        const QString field = json.value(u"field"_s).toString();
        QString text = message;
        if (!field.isEmpty() && text.startsWith(field + u": "))
            text = text.sliced(field.size() + 2);
        return Error {field, text};
    }
    const int status = httpStatus(reply);
    if (status != 0)
        return Error {u"service"_s,
                      u"%1 answered HTTP %2"_s.arg(reply->url().toString()).arg(status)};
    return Error {u"service"_s, u"%1: %2"_s.arg(reply->url().toString(), reply->errorString())};
}

Expected<Counts> parseCounts(const QJsonObject &object, const QString &where)
{
    Counts counts;
    const std::pair<const char16_t *, qint64 *> fields[] = {{u"participants", &counts.participants},
                                                            {u"ready", &counts.ready},
                                                            {u"posted", &counts.posted}};
    for (const auto &[name, target] : fields) {
        const QJsonValue value = object.value(QStringView(name));
        if (!value.isDouble() || value.toDouble() < 0)
            return fail(where + QStringView(name), u"must be a count"_s);
        *target = value.toInteger();
    }
    return counts;
}

} // namespace

ClockOffset estimateClockOffset(const QDateTime &sent, const QDateTime &received,
                                const QDateTime &serverDate)
{
    const qint64 rtt = std::max<qint64>(0, sent.msecsTo(received));
    const qint64 localMiddle = sent.toMSecsSinceEpoch() + rtt / 2;
    const qint64 serverMiddle = serverDate.toMSecsSinceEpoch() + 500;
    return ClockOffset {milliseconds(localMiddle - serverMiddle), milliseconds(rtt / 2 + 500)};
}

QString describeClockOffset(const ClockOffset &estimate, seconds tolerance)
{
    const qint64 ms = estimate.offset.count();
    const qint64 magnitude = std::abs(ms);
    if (magnitude <= duration_cast<milliseconds>(tolerance).count() + estimate.uncertainty.count())
        return {};
    const QString direction = ms > 0 ? u"fast"_s : u"slow"_s;
    const qint64 secondsOff = (magnitude + 500) / 1000;
    if (secondsOff < 90)
        return u"your clock is %1 s %2"_s.arg(secondsOff).arg(direction);
    if (secondsOff < 90 * 60)
        return u"your clock is %1 min %2"_s.arg((secondsOff + 30) / 60).arg(direction);
    return u"your clock is %1 h %2"_s.arg((secondsOff + 1800) / 3600).arg(direction);
}

Expected<Stats> parseStats(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(u"stats"_s, u"the service's answer is not a JSON object"_s);
    const QJsonObject object = document.object();
    Stats stats;
    auto total = parseCounts(object, {});
    if (!total)
        return std::unexpected(total.error());
    stats.total = *total;
    const QJsonObject zones = object.value(u"by_zone"_s).toObject();
    for (auto it = zones.begin(); it != zones.end(); ++it) {
        auto counts = parseCounts(it.value().toObject(), u"by_zone."_s + it.key() + u'.');
        if (!counts)
            return std::unexpected(counts.error());
        stats.byZone[it.key().toUtf8()] = *counts;
    }
    // A service from before the goal, or a campaign without one, sends none.
    if (const QJsonValue goal = object.value(u"goal"_s); goal.isObject()) {
        const QJsonObject fields = goal.toObject();
        const QJsonValue participants = fields.value(u"participants"_s);
        if (!participants.isDouble() || participants.toInteger(-1) < 1)
            return fail(u"goal.participants"_s,
                        u"the service's goal is not a whole number of participants"_s);
        Goal parsed;
        parsed.participants = participants.toInteger();
        parsed.allOrNothing = fields.value(u"all_or_nothing"_s).toBool();
        if (const QJsonValue decides = fields.value(u"decides_at"_s); decides.isString()) {
            parsed.decidesAt = QDateTime::fromString(decides.toString(), Qt::ISODateWithMs);
            if (!parsed.decidesAt.isValid())
                return fail(u"goal.decides_at"_s,
                            u"\"%1\" is not an instant"_s.arg(decides.toString()));
            parsed.decidesAt = parsed.decidesAt.toUTC();
        }
        stats.goal = parsed;
    }
    return stats;
}

Client::Client(QUrl service, QNetworkAccessManager *network, TokenStore *tokens, Clock now,
               ClientOptions options, Random random, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_network(network)
    , m_tokens(tokens)
    , m_now(std::move(now))
    , m_options(options)
    , m_random(std::move(random))
    , m_pollTimer(new QTimer(this))
{
    if (!m_random)
        m_random = [] {
            return QRandomGenerator::global()->generateDouble();
        };
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &Client::poll);
}

Client::~Client() = default;

std::optional<Membership> Client::membership() const
{
    return m_tokens->membership(m_service);
}

std::optional<ClockOffset> Client::clockOffset() const
{
    if (m_clockSamples.empty())
        return std::nullopt;
    const auto best
        = std::min_element(m_clockSamples.begin(), m_clockSamples.end(),
                           [](const auto &a, const auto &b) { return a.first < b.first; });
    return best->second;
}

QNetworkReply *Client::send(const QByteArray &method, const QString &path, const QByteArray &body,
                            const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_service;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(30'000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    reply->setProperty(sentProperty, m_now().toMSecsSinceEpoch());
    connect(reply, &QNetworkReply::finished, this, [this, reply] { sampleClock(reply); });
    return reply;
}

void Client::sampleClock(QNetworkReply *reply)
{
    const auto date = parseHttpDate(reply->rawHeader("Date"));
    if (!date)
        return;
    const QDateTime sent = QDateTime::fromMSecsSinceEpoch(
        reply->property(sentProperty).toLongLong(), QTimeZone::utc());
    const QDateTime received = m_now();
    const ClockOffset estimate = estimateClockOffset(sent, received, *date);
    m_clockSamples.emplace_back(milliseconds(std::max<qint64>(0, sent.msecsTo(received))),
                                estimate);
    while (qsizetype(m_clockSamples.size()) > std::max(1, m_options.clockSamples))
        m_clockSamples.pop_front();
    Q_EMIT clockOffsetChanged(*clockOffset());
}

milliseconds Client::retryDelay(QNetworkReply *reply, int attempt) const
{
    bool ok = false;
    const int retryAfter = reply->rawHeader("Retry-After").toInt(&ok);
    if (ok && retryAfter >= 0)
        return std::min(m_options.maxBackoff, milliseconds(seconds(retryAfter)));
    const double factor = std::pow(2.0, std::max(0, attempt - 1));
    return std::min(m_options.maxBackoff,
                    milliseconds(qint64(double(m_options.retryDelay.count()) * factor)));
}

void Client::join(const QString &handle, const QString &platform, const QString &zone)
{
    if (const auto known = membership()) {
        QMetaObject::invokeMethod(
            this, [this, known = *known] { Q_EMIT joined(known); }, Qt::QueuedConnection);
        return;
    }
    // Saved before the first attempt: a retry, even after a crash, reuses it.
    QByteArray key = m_tokens->pendingJoinKey(m_service);
    if (key.isEmpty()) {
        key = generateToken();
        m_tokens->setPendingJoinKey(m_service, key);
    }
    const QByteArray body
        = QJsonDocument(
              QJsonObject {{u"handle"_s, handle}, {u"platform"_s, platform}, {u"zone"_s, zone}})
              .toJson(QJsonDocument::Compact);
    sendJoin(body, key, 1);
}

void Client::sendJoin(QByteArray body, QByteArray key, int attempt)
{
    QNetworkReply *reply
        = send("POST", u"/api/v1/participants"_s, body, {{"Idempotency-Key", key}});
    connect(reply, &QNetworkReply::finished, this, [this, reply, body, key, attempt] {
        reply->deleteLater();
        const int status = httpStatus(reply);
        const QByteArray answer = reply->readAll();
        if (status == 200 || status == 201) {
            const QJsonObject json = QJsonDocument::fromJson(answer).object();
            const Membership membership {json.value(u"id"_s).toString(),
                                         json.value(u"token"_s).toString().toLatin1()};
            if (membership.id.isEmpty() || membership.token.isEmpty()) {
                Q_EMIT joinFailed(Error {u"service"_s, u"the join answer has no id or token"_s});
                return;
            }
            m_tokens->setMembership(m_service, membership);
            m_tokens->setPendingJoinKey(m_service, {});
            Q_EMIT joined(membership);
            return;
        }
        if (isRetryable(status) && attempt < m_options.maxAttempts) {
            QTimer::singleShot(retryDelay(reply, attempt), this,
                               [this, body, key, attempt] { sendJoin(body, key, attempt + 1); });
            return;
        }
        // A refusal is final: the next join starts afresh. A network failure
        // keeps the key, so a later join still finds its participant.
        if (!isRetryable(status))
            m_tokens->setPendingJoinKey(m_service, {});
        Q_EMIT joinFailed(replyError(reply, answer));
    });
}

void Client::checkIn(Status status, const QString &postUrl)
{
    if (!membership()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT checkInFailed(Error {u"membership"_s, u"join before checking in"_s});
            },
            Qt::QueuedConnection);
        return;
    }
    sendCheckIn(status, postUrl, 1);
}

void Client::sendCheckIn(Status status, const QString &postUrl, int attempt)
{
    const std::optional<Membership> known = membership();
    if (!known)
        return;
    QJsonObject fields {{u"status"_s, statusName(status)}};
    if (!postUrl.isEmpty())
        fields.insert(u"post_url"_s, postUrl);
    const QByteArray body = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = send("POST",
                                u"/api/v1/participants/%1/checkins"_s.arg(
                                    QString::fromLatin1(QUrl::toPercentEncoding(known->id))),
                                body, {{"Authorization", "Bearer " + known->token}});
    connect(reply, &QNetworkReply::finished, this, [this, reply, status, postUrl, attempt] {
        reply->deleteLater();
        const int code = httpStatus(reply);
        const QByteArray answer = reply->readAll();
        if (code == 200) {
            Q_EMIT checkedIn(
                checkinStatusFromName(
                    QJsonDocument::fromJson(answer).object().value(u"status"_s).toString())
                    .value_or(status));
            return;
        }
        if (isRetryable(code) && attempt < m_options.maxAttempts) {
            QTimer::singleShot(retryDelay(reply, attempt), this, [this, status, postUrl, attempt] {
                sendCheckIn(status, postUrl, attempt + 1);
            });
            return;
        }
        Q_EMIT checkInFailed(replyError(reply, answer));
    });
}

void Client::startPolling()
{
    m_polling = true;
    m_pollFailures = 0;
    poll();
}

void Client::stopPolling()
{
    m_polling = false;
    m_pollTimer->stop();
}

void Client::poll()
{
    if (m_pollInFlight)
        return;
    m_pollInFlight = true;
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!m_statsEtag.isEmpty())
        headers.append({QByteArray("If-None-Match"), m_statsEtag});
    QNetworkReply *reply = send("GET", u"/api/v1/stats"_s, QByteArray(), headers);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_pollInFlight = false;
        const int status = httpStatus(reply);
        const QByteArray answer = reply->readAll();
        if (status == 304) {
            schedulePoll(false);
            return;
        }
        if (status == 200) {
            auto stats = parseStats(answer);
            if (stats) {
                m_statsEtag = reply->rawHeader("ETag");
                schedulePoll(false);
                Q_EMIT statsChanged(*stats);
                return;
            }
            schedulePoll(true);
            Q_EMIT pollFailed(stats.error());
            return;
        }
        schedulePoll(true);
        Q_EMIT pollFailed(replyError(reply, answer));
    });
}

void Client::schedulePoll(bool failed)
{
    m_pollFailures = failed ? m_pollFailures + 1 : 0;
    if (!m_polling)
        return;
    const double backoff = std::pow(2.0, std::min(m_pollFailures, 30));
    const double base = std::min(double(m_options.maxBackoff.count()),
                                 double(m_options.pollInterval.count()) * backoff);
    const double spread = 1.0 + m_options.jitter * (2.0 * m_random() - 1.0);
    m_nextPollDelay = milliseconds(std::max<qint64>(0, qint64(base * spread)));
    m_pollTimer->start(m_nextPollDelay);
}

} // namespace Chorus::Checkin
