#pragma once

#include "error.h"
#include "postlength.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace Chorus::Text {

/// The URL of an instance's `/api/v2/instance`, from what a user types:
/// "mastodon.social", "https://fosstodon.org" or "https://fosstodon.org/".
/// Only https is accepted unless `allowHttp` (the tests' loopback servers);
/// a path, query, fragment or user name is refused, naming the value.
[[nodiscard]] Expected<QUrl> mastodonInstanceApiUrl(QStringView instance, bool allowHttp = false);

/// Reads the limits from an `/api/v2/instance` answer:
/// `configuration.statuses.max_characters` (required, 1 to 1,000,000) and
/// `configuration.statuses.characters_reserved_per_url` (default 23).
[[nodiscard]] Expected<MastodonLimits> parseMastodonInstance(QByteArrayView json);

/// Asks a Mastodon instance for its real post limit (many raise Mastodon's
/// default 500), so a template can be measured as that instance will count it.
///
/// One GET of https://INSTANCE/api/v2/instance through the network manager the
/// caller passes in, with a transfer timeout and a limit on the answer's size;
/// emits finished() or failed() exactly once per fetch(). A new fetch() aborts
/// the one in flight (which then emits nothing).
class MastodonInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MastodonInstance)

public:
    /// How patient and how trusting one fetch is.
    struct Options
    {
        std::chrono::milliseconds timeout{10000}; ///< no progress this long: give up
        qint64 maxBytes = 1024 * 1024;            ///< larger answers are refused
        bool allowHttp = false;                   ///< for tests against a loopback server
    };

    explicit MastodonInstance(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~MastodonInstance() override;

    /// Asks `instance` ("mastodon.social") for its limits; the answer comes
    /// as finished() or failed(), never from within this call.
    void fetch(const QString &instance, const Options &options);
    void fetch(const QString &instance) { fetch(instance, Options{}); }

signals:
    /// The instance's limits, read from its /api/v2/instance.
    void finished(const Chorus::Text::MastodonLimits &limits);
    /// Why there are no limits: a bad address, no answer in time, an HTTP
    /// error, a too-large or non-Mastodon answer. The message names the instance.
    void failed(const Chorus::Error &error);

private:
    void fail(const QString &message);
    void onFinished();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QString m_instance;
    Options m_options;
    bool m_tooLarge = false;
};

} // namespace Chorus::Text
