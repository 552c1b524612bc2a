#pragma once

#include "error.h"
#include "time/instant.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>
#include <vector>

class QNetworkReply;

namespace Chorus::Social {

/// A handle as Bluesky writes it: lower case, without the leading "@"
/// ("@Alita.bsky.social" is "alita.bsky.social"). Errors (field "handle") name
/// the value when it is not a domain name of at least two labels, each 1–63
/// letters, digits or hyphens not starting or ending with a hyphen, the last
/// not starting with a digit, 253 characters at most (the atproto handle
/// syntax).
[[nodiscard]] Expected<QString> normalizeHandle(QStringView handle);

/// Whether `did` has the DID syntax atproto accepts ("did:plc:…", "did:web:…").
[[nodiscard]] bool isValidDid(QStringView did);

/// The record key of this fan's post for this campaign: a TID (13 characters
/// of base32-sortable, the key syntax app.bsky.feed.post requires) made from a
/// SHA-256 of the campaign's identity (campaignIdentity()) and the account's
/// DID. Every run for the same campaign and account asks for the same key, and
/// a repository holds one record per key, so a retry after a lost answer, or a
/// second run, cannot make a second post. The TID's timestamp part is hash
/// bits, not a time: nothing reads it as one.
[[nodiscard]] QString postRecordKey(QByteArrayView campaignIdentity, QStringView did);

/// One rich-text facet of a post: the UTF-8 byte range `[byteStart, byteEnd)`
/// of the text and what it is: a hashtag (`value` is the tag without "#") or
/// a link (`value` is the URI, with "https://" added to a bare domain).
struct Facet
{
    enum class Kind { Tag, Link };
    Kind kind = Kind::Tag;
    qsizetype byteStart = 0;
    qsizetype byteEnd = 0;
    QString value;

    friend bool operator==(const Facet &, const Facet &) = default;
};

/// The hashtag and link facets of `text`, found as Bluesky's own client
/// (@atproto/api's RichText.detectFacets) finds them: a tag is "#" or "＃"
/// after the start or a space, up to the next space, trailing punctuation cut,
/// not only digits, at most 64 graphemes; a link is http(s):// up to a space,
/// or a bare domain with a known top-level domain, a trailing ".,;:!?" cut and
/// a ")" cut when there is no "(". Offsets are UTF-8 bytes, which the server
/// never checks: "日本🎉 #Alita" has its tag at bytes 11–17, not characters 4–10.
[[nodiscard]] std::vector<Facet> detectFacets(QStringView text);

/// The `facets` array of an app.bsky.feed.post for `facets`.
[[nodiscard]] QJsonArray facetsToJson(const std::vector<Facet> &facets);

/// The app.bsky.feed.post record for `text`: its facets, `createdAt` (UTC with
/// milliseconds and "Z"; the server refuses a time without a zone) and, when
/// given, the languages.
[[nodiscard]] QJsonObject postRecord(const QString &text,
                                     std::chrono::sys_time<std::chrono::milliseconds> createdAt,
                                     const QStringList &languages = {});

/// The web address of a post on bsky.app: "https://bsky.app/profile/<handle or
/// DID>/post/<record key>", for `uri` "at://did:plc:…/app.bsky.feed.post/<key>".
/// Empty when `uri` is not a post's at:// URI.
[[nodiscard]] QString postWebUrl(QStringView uri, QStringView handleOrDid);

/// The `#atproto_pds` service endpoint of a DID document: the URL of the
/// account's server. Errors (field "DID document") when the document is not
/// for `did`, or names no such service or not an http(s) URL.
[[nodiscard]] Expected<QUrl> pdsEndpoint(const QJsonObject &didDocument, QStringView did);

/// Where a DID's document is: "<plc>/<did>" for did:plc, and
/// "https://<host>/.well-known/did.json" for did:web (a host with a port writes
/// it as "%3A"). Errors (field "DID") for other methods.
[[nodiscard]] Expected<QUrl> didDocumentUrl(QStringView did, const QUrl &plcDirectory);

/// How long a server asks us to wait before trying again: `Retry-After` (in
/// seconds or an HTTP date) or `RateLimit-Reset` (a Unix time in seconds, as
/// the PDS sends it), read against the server's clock `serverNow`. Nothing when
/// neither is there or readable.
[[nodiscard]] std::optional<std::chrono::milliseconds>
retryAfter(QByteArrayView retryAfterHeader, QByteArrayView rateLimitResetHeader,
           std::chrono::sys_time<std::chrono::milliseconds> serverNow);

/// The wait before retry number `attempt` (1 for the first retry) after a
/// network error or a 5xx: 0.5 s, 1 s, 2 s, … doubling, at most 30 s.
[[nodiscard]] std::chrono::milliseconds retryBackoff(int attempt);

/// Whether an app password looks like one: four groups of four letters or
/// digits joined by "-" ("abcd-efgh-ijkl-mnop"), as bsky.app makes them. A
/// main password rarely looks like that, so anything else is refused before
/// it is ever sent.
[[nodiscard]] bool looksLikeAppPassword(QStringView password);

/// "https://bsky.app/settings/app-passwords", where app passwords are made.
inline constexpr QStringView appPasswordsPage = u"https://bsky.app/settings/app-passwords";

} // namespace Chorus::Social
