#pragma once

#include "campaign.h"
#include "campaignfile.h"
#include "error.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus {

/// Whether a campaign location a person typed or passed on the command line
/// is a URL to fetch (`http://` or `https://`, any case) rather than a file.
[[nodiscard]] bool isCampaignUrl(QStringView location);

/// Opens a campaign from an http or https URL, as fans do from a link the
/// organizer shared. The network manager is the caller's (one per
/// application, proxies and caches configured there); the fetcher adds the
/// limits a download from a stranger needs:
/// - only http and https; redirects at most `maxRedirects`, never from https
///   to http (QNetworkRequest::NoLessSafeRedirectPolicy);
/// - the whole fetch ends after `timeout`, whether the server is silent or
///   dribbles bytes;
/// - at most `maxBytes` (maxCampaignBytes by default): a larger
///   Content-Length or body aborts the transfer.
/// The body is parsed with parseCampaign(). Every error names the URL (any
/// password removed): "could not open https://example.org/c.json: the server
/// answered 404 Not Found", or, for the content, the field
/// "https://example.org/c.json: start".
///
/// One fetch at a time: fetch() while another runs drops the earlier one
/// (neither signal comes for it). Exactly one of fetched() or failed() follows
/// each fetch(), always from the event loop, never from inside fetch().
/// Delete the fetcher from a slot with deleteLater(), not delete.
class CampaignFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignFetcher)

public:
    struct Limits
    {
        std::chrono::milliseconds timeout {15000};
        qint64 maxBytes = maxCampaignBytes;
        int maxRedirects = 5;
    };

    /// `network` and `catalogue` must outlive the fetcher.
    CampaignFetcher(QNetworkAccessManager &network, const Time::ZoneCatalogue &catalogue,
                    QObject *parent = nullptr);
    ~CampaignFetcher() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    [[nodiscard]] const Limits &limits() const { return m_limits; }

    /// Starts fetching `url`; the result comes with fetched() or failed().
    void fetch(const QUrl &url);
    /// Stops a running fetch; no signal follows.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_reply != nullptr; }

Q_SIGNALS:
    /// The campaign from `url` (as given to fetch()) and the body it was read
    /// from, so the caller can keep a local copy.
    void fetched(const QUrl &url, const Chorus::Campaign &campaign, const QByteArray &bytes);
    /// Why the campaign at `url` could not be opened (the error names the URL).
    void failed(const QUrl &url, const Chorus::Error &error);

private:
    void onReadyRead();
    void onMetaDataChanged();
    void onFinished();
    void onTimeout();
    void abortWith(const QString &why);
    void finish(const Expected<Campaign> &result, const QByteArray &bytes);
    [[nodiscard]] QString shownUrl() const;

    QNetworkAccessManager &m_network;
    const Time::ZoneCatalogue &m_catalogue;
    Limits m_limits;
    QUrl m_url;
    QNetworkReply *m_reply = nullptr; // owned by the network manager; deleted in finish()/cancel()
    QTimer *m_timer = nullptr;
    QByteArray m_body;
    QString m_abortReason; // why we aborted the reply ourselves, if we did
    quint64 m_generation = 0; // bumped by cancel(), so a queued answer of an old fetch is dropped
};

} // namespace Chorus
