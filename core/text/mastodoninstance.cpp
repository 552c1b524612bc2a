#include "mastodoninstance.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Chorus::Text {

Expected<QUrl> mastodonInstanceApiUrl(QStringView instance, bool allowHttp)
{
    const QString text = instance.trimmed().toString();
    if (text.isEmpty())
        return Chorus::fail(u"--instance"_s, u"name an instance, for example mastodon.social"_s);
    const QUrl url(text.contains(u"://"_s) ? text : u"https://"_s + text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return Chorus::fail(u"--instance"_s, u"%1 is not an instance address"_s.arg(quoted(text)));
    if (scheme != u"https" && !(allowHttp && scheme == u"http"))
        return Chorus::fail(u"--instance"_s,
                            u"%1: only https:// instances are asked"_s.arg(quoted(text)));
    if (!url.userInfo().isEmpty() || (!url.path().isEmpty() && url.path() != u"/")
        || url.hasQuery() || url.hasFragment())
        return Chorus::fail(u"--instance"_s,
                            u"%1: give only the instance's address, like mastodon.social"_s.arg(quoted(text)));
    QUrl api;
    api.setScheme(scheme);
    api.setHost(url.host());
    api.setPort(url.port());
    api.setPath(u"/api/v2/instance"_s);
    return api;
}

Expected<MastodonLimits> parseMastodonInstance(QByteArrayView json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Chorus::fail(u"instance"_s, u"the answer is not a JSON object"_s);
    const QJsonObject statuses = document.object()
                                     .value(u"configuration"_s).toObject()
                                     .value(u"statuses"_s).toObject();
    const QJsonValue max = statuses.value(u"max_characters"_s);
    if (!max.isDouble())
        return Chorus::fail(u"configuration.statuses.max_characters"_s,
                            u"is missing: is this a Mastodon instance (4.0 or newer)?"_s);
    const double maxCharacters = max.toDouble();
    if (maxCharacters < 1 || maxCharacters > 1'000'000 || maxCharacters != std::floor(maxCharacters))
        return Chorus::fail(u"configuration.statuses.max_characters"_s,
                            u"%1 is not a plausible limit"_s.arg(maxCharacters));
    MastodonLimits limits;
    limits.maxCharacters = int(maxCharacters);
    const QJsonValue perUrl = statuses.value(u"characters_reserved_per_url"_s);
    if (!perUrl.isUndefined()) {
        const double reserved = perUrl.toDouble(-1);
        if (!perUrl.isDouble() || reserved < 0 || reserved > 10'000 || reserved != std::floor(reserved))
            return Chorus::fail(u"configuration.statuses.characters_reserved_per_url"_s,
                                u"is not a number of characters"_s);
        limits.charactersReservedPerUrl = int(reserved);
    }
    return limits;
}

MastodonInstance::MastodonInstance(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

MastodonInstance::~MastodonInstance()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void MastodonInstance::fetch(const QString &instance, const Options &options)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_instance = instance;
    m_options = options;
    m_tooLarge = false;
    const auto url = mastodonInstanceApiUrl(instance, options.allowHttp);
    if (!url) {
        // Report after returning, like a network failure, so callers connect first.
        const Error error = url.error();
        QMetaObject::invokeMethod(this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(*url);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(int(options.timeout.count()));
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_options.maxBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_options.maxBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &MastodonInstance::onFinished);
}

void MastodonInstance::fail(const QString &message)
{
    emit failed(Error{u"--instance"_s, u"%1: %2"_s.arg(quoted(m_instance), message)});
}

void MastodonInstance::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    if (!reply)
        return;
    reply->deleteLater();
    if (m_tooLarge)
        return fail(u"the answer is larger than %1 bytes"_s.arg(m_options.maxBytes));
    if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError)
        return fail(u"no answer within %1 ms"_s.arg(m_options.timeout.count()));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0)
        return fail(reply->errorString());
    if (status != 200)
        return fail(u"the instance answered HTTP %1"_s.arg(status));
    const QByteArray body = reply->read(m_options.maxBytes + 1);
    if (body.size() > m_options.maxBytes)
        return fail(u"the answer is larger than %1 bytes"_s.arg(m_options.maxBytes));
    const auto limits = parseMastodonInstance(body);
    if (!limits)
        return fail(limits.error().text());
    emit finished(*limits);
}

} // namespace Chorus::Text
