#include "campaignfetcher.h"

#include "campaignfile.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Chorus {

bool isCampaignUrl(QStringView location)
{
    const QStringView text = location.trimmed();
    return text.startsWith(u"http://", Qt::CaseInsensitive)
        || text.startsWith(u"https://", Qt::CaseInsensitive);
}

CampaignFetcher::CampaignFetcher(QNetworkAccessManager &network,
                                 const Time::ZoneCatalogue &catalogue, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_catalogue(catalogue)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &CampaignFetcher::onTimeout);
}

CampaignFetcher::~CampaignFetcher()
{
    cancel();
}

QString CampaignFetcher::shownUrl() const
{
    return m_url.toDisplayString(QUrl::RemovePassword);
}

void CampaignFetcher::fetch(const QUrl &url)
{
    cancel();
    m_url = url;
    m_body.clear();
    m_abortReason.clear();

    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        const Error error {QString(), u"%1 is not an http or https URL"_s.arg(quoted(shownUrl()))};
        // Keep the promise that the signal comes from the event loop.
        // A later fetch() or cancel() bumps m_generation and so drops this answer.
        const QUrl refused = m_url;
        QTimer::singleShot(0, this, [this, error, refused, generation = m_generation] {
            if (generation == m_generation)
                Q_EMIT failed(refused, error);
        });
        return;
    }

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_limits.maxRedirects);
    request.setRawHeader("Accept", "application/json");
    m_reply = m_network.get(request);
    connect(m_reply, &QIODevice::readyRead, this, &CampaignFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &CampaignFetcher::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::finished, this, &CampaignFetcher::onFinished);
    m_timer->start(m_limits.timeout);
}

void CampaignFetcher::cancel()
{
    ++m_generation;
    m_timer->stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void CampaignFetcher::abortWith(const QString &why)
{
    if (!m_reply || !m_abortReason.isEmpty())
        return;
    m_abortReason = why;
    m_reply->abort(); // emits finished(), handled in onFinished()
}

void CampaignFetcher::onMetaDataChanged()
{
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_limits.maxBytes)
        abortWith(u"the server sends %1 bytes, more than the %2 a campaign file may be"_s
                      .arg(length.toLongLong())
                      .arg(m_limits.maxBytes));
}

void CampaignFetcher::onReadyRead()
{
    if (!m_reply || !m_abortReason.isEmpty())
        return;
    m_body += m_reply->read(m_limits.maxBytes + 1 - m_body.size());
    if (m_body.size() > m_limits.maxBytes)
        abortWith(u"the answer is larger than the %1 bytes a campaign file may be"_s.arg(
            m_limits.maxBytes));
}

void CampaignFetcher::onTimeout()
{
    abortWith(u"no complete answer within %1 seconds"_s.arg(
        double(m_limits.timeout.count()) / 1000.0, 0, 'g', 3));
}

void CampaignFetcher::onFinished()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    const auto cannotOpen = [this](const QString &why) {
        return std::unexpected(Error {QString(), u"could not open %1: %2"_s.arg(shownUrl(), why)});
    };
    if (!m_abortReason.isEmpty()) {
        const QString why = m_abortReason;
        finish(cannotOpen(why), {});
        return;
    }
    onReadyRead();
    if (!m_abortReason.isEmpty()) {
        const QString why = m_abortReason;
        finish(cannotOpen(why), {});
        return;
    }
    // Redirect refusals first: the last answer's status is then the redirect's.
    if (reply->error() == QNetworkReply::TooManyRedirectsError) {
        finish(cannotOpen(u"more than %1 redirects"_s.arg(m_limits.maxRedirects)), {});
        return;
    }
    if (reply->error() == QNetworkReply::InsecureRedirectError) {
        finish(cannotOpen(u"it redirects from https to plain http"_s), {});
        return;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && (status.toInt() < 200 || status.toInt() > 299)) {
        const QString reason
            = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        finish(cannotOpen(u"the server answered %1%2"_s.arg(status.toInt())
                              .arg(reason.isEmpty() ? QString() : u' ' + reason)),
               {});
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        finish(cannotOpen(reply->errorString()), {});
        return;
    }
    const QByteArray body = m_body;
    auto campaign = parseCampaign(body, m_catalogue);
    if (!campaign) {
        Error error = campaign.error();
        error.field = error.field.isEmpty() ? shownUrl() : shownUrl() + u": " + error.field;
        finish(std::unexpected(error), body);
        return;
    }
    finish(campaign, body);
}

void CampaignFetcher::finish(const Expected<Campaign> &result, const QByteArray &bytes)
{
    m_timer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_body.clear();
    if (result)
        Q_EMIT fetched(m_url, *result, bytes);
    else
        Q_EMIT failed(m_url, result.error());
}

} // namespace Chorus
