#pragma once

#include "error.h"
#include "social/mastodonclient.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace Chorus::Social {

/// The scopes Chorus asks a Mastodon server for: read and write statuses
/// (schedule, list and cancel the fan's one post) and `profile`, the scope
/// that only lets verify_credentials name the account (Mastodon 4.3+), which
/// Mastodon refuses with `read:statuses` alone. Nothing else: no follows, no
/// notifications, no direct messages.
[[nodiscard]] QStringList mastodonScopes();

/// The out-of-band redirect: the server shows the code for the fan to paste.
inline constexpr char16_t mastodonOutOfBand[] = u"urn:ietf:wg:oauth:2.0:oob";

/// A PKCE pair (RFC 7636, method S256): `verifier` stays on the machine,
/// `challenge` = BASE64URL(SHA-256(verifier)) goes in the authorize URL.
struct Pkce
{
    QString verifier;
    QString challenge;
};

/// BASE64URL(SHA-256(verifier)) without padding, the S256 challenge.
[[nodiscard]] QString pkceChallenge(const QString &verifier);

/// Makes a PKCE pair from `random` (at least 32 bytes: the verifier is their
/// base64url, 43 characters or more).
[[nodiscard]] Pkce makePkce(QByteArrayView random);

/// The URL of `GET /oauth/authorize` that the fan opens in a browser:
/// response_type=code, the app's client_id, this redirect URI, the scopes,
/// the PKCE challenge (S256) and `state`, which the redirect must bring back.
[[nodiscard]] QUrl mastodonAuthorizeUrl(const QUrl &baseUrl, const MastodonApp &app,
                                        const QString &redirectUri, const Pkce &pkce,
                                        const QString &state);

/// Reads a pasted out-of-band code: trimmed; refused when empty or when it
/// holds spaces or control characters (a pasted sentence, not a code).
[[nodiscard]] Expected<QString> parsePastedCode(QStringView text);

/// Takes the authorization code on a loopback redirect: a one-shot HTTP
/// listener on 127.0.0.1 (a free port) whose redirectUri() is registered with
/// the app. The browser's GET of `/callback?code=…&state=…` is answered with a
/// short page telling the fan to go back to Chorus, then the listener closes.
/// A `state` other than the expected one is refused (another page trying to
/// slip its code in) and the listener keeps waiting; `error=access_denied`
/// (the fan said no) ends it with failed().
class LoopbackRedirect final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackRedirect)

public:
    explicit LoopbackRedirect(QObject *parent = nullptr);
    ~LoopbackRedirect() override;

    /// Starts listening; the URI to register and send in the authorize URL.
    [[nodiscard]] Expected<QUrl> listen(const QString &expectedState);
    [[nodiscard]] QUrl redirectUri() const { return m_uri; }
    /// Stops listening (also done after the code came).
    void close();

Q_SIGNALS:
    /// The code the server sent with the right state.
    void received(const QString &code);
    /// The fan refused, or the server reported an error on the redirect.
    void failed(const Chorus::Error &error);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &title, const QByteArray &text);

    QTcpServer *m_server = nullptr;
    QUrl m_uri;
    QString m_state;
    bool m_done = false;
};

} // namespace Chorus::Social
