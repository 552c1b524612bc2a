#include "bluesky.h"

#include "checkin/httpdate.h"
#include "text/postlength.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Social {

Expected<QString> normalizeHandle(QStringView handle)
{
    QString normal = handle.trimmed().toString();
    if (normal.startsWith(u'@'))
        normal.remove(0, 1);
    normal = normal.toLower();
    static const QRegularExpression syntax(
        u"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$"_s);
    if (normal.size() > 253 || !syntax.match(normal).hasMatch())
        return fail(u"handle"_s,
                    u"%1 is not a Bluesky handle (a domain name such as "
                    "alita.bsky.social)"_s.arg(quoted(handle)));
    return normal;
}

bool isValidDid(QStringView did)
{
    static const QRegularExpression syntax(u"^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$"_s);
    return did.size() <= 2048 && syntax.match(did).hasMatch();
}

QString postRecordKey(QByteArrayView campaignIdentity, QStringView did)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("chorus post record key v1\n");
    hash.addData(campaignIdentity);
    hash.addData("\n");
    hash.addData(did.toUtf8());
    const QByteArray digest = hash.result();
    // A TID is a 64-bit number with the top bit clear, written as 13
    // base32-sortable characters, 5 bits each from the top (the first one
    // therefore only 2..j).
    quint64 value = qFromBigEndian<quint64>(digest.constData()) & ~(quint64(1) << 63);
    static constexpr char alphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
    QString key(13, u'2');
    for (int i = 12; i >= 0; --i) {
        key[i] = QLatin1Char(alphabet[value & 31]);
        value >>= 5;
    }
    return key;
}

namespace {

// JavaScript's \s (what Bluesky's regexes use): ASCII whitespace and Unicode's
// spaces, U+3000 among them, which Japanese text puts between words.
constexpr auto space = u"\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}"
                       "\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";
// The zero-width characters Bluesky's tag regex also stops at.
constexpr auto zeroWidth = u"\\x{AD}\\x{2060}\\x{200A}\\x{200B}\\x{200C}\\x{200D}\\x{20E2}";

qsizetype utf8Offset(QStringView text, qsizetype utf16Index)
{
    return text.first(utf16Index).toUtf8().size();
}

void findTags(QStringView text, std::vector<Facet> &facets)
{
    const QString notTag = QString::fromUtf16(space) + QString::fromUtf16(zeroWidth);
    static const QRegularExpression tag(
        u"(^|[%1])[#\\x{FF03}]((?!\\x{FE0F})[^%2]*[^0-9%2\\p{P}]+[^%2]*)?"_s.arg(
            QString::fromUtf16(space), notTag));
    static const QRegularExpression trailingPunctuation(u"\\p{P}+$"_s);
    auto matches = tag.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QString value = match.captured(2);
        if (value.isEmpty())
            continue;
        // Bluesky trims JavaScript's whitespace, then cuts punctuation at the end.
        value = value.trimmed();
        value.remove(trailingPunctuation);
        if (value.isEmpty() || (value.size() > 64 && Text::graphemeCount(value) > 64))
            continue;
        const qsizetype start = match.capturedStart(0) + match.capturedLength(1);
        Facet facet;
        facet.kind = Facet::Kind::Tag;
        facet.byteStart = utf8Offset(text, start);
        facet.byteEnd = utf8Offset(text, start + 1 + value.size());
        facet.value = value;
        facets.push_back(facet);
    }
}

// A bare domain counts as a link when its top-level domain is a real one;
// twitter-text's TLD lists (core/text) decide that.
bool knownDomain(QStringView domain)
{
    const std::vector<Text::UrlSpan> urls = Text::extractUrls(domain, true);
    return urls.size() == 1 && urls.front().start == 0 && urls.front().length == domain.size();
}

void findLinks(QStringView text, std::vector<Facet> &facets)
{
    static const QRegularExpression link(
        u"(^|[%1(])((https?://[^%1]+)|((?<domain>[a-z][a-z0-9]*(\\.[a-z0-9]+)+)[^%1]*))"_s.arg(
            QString::fromUtf16(space)),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    auto matches = link.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QString uri = match.captured(2);
        if (!uri.startsWith(u"http", Qt::CaseInsensitive)) {
            const QString domain = match.captured(u"domain");
            if (domain.isEmpty() || !knownDomain(domain))
                continue;
            uri = u"https://"_s + uri;
        }
        const qsizetype start = match.capturedStart(2);
        qsizetype end = match.capturedEnd(2);
        static const QRegularExpression endPunctuation(u"[.,;:!?]$"_s);
        if (endPunctuation.match(uri).hasMatch()) {
            uri.chop(1);
            --end;
        }
        if (uri.endsWith(u')') && !uri.contains(u'(')) {
            uri.chop(1);
            --end;
        }
        Facet facet;
        facet.kind = Facet::Kind::Link;
        facet.byteStart = utf8Offset(text, start);
        facet.byteEnd = utf8Offset(text, end);
        facet.value = uri;
        facets.push_back(facet);
    }
}

} // namespace

std::vector<Facet> detectFacets(QStringView text)
{
    std::vector<Facet> facets;
    findLinks(text, facets);
    findTags(text, facets);
    return facets;
}

QJsonArray facetsToJson(const std::vector<Facet> &facets)
{
    QJsonArray array;
    for (const Facet &facet : facets) {
        const bool tag = facet.kind == Facet::Kind::Tag;
        QJsonObject feature {
            {u"$type"_s,
             tag ? u"app.bsky.richtext.facet#tag"_s : u"app.bsky.richtext.facet#link"_s},
            {tag ? u"tag"_s : u"uri"_s, facet.value}};
        array.append(QJsonObject {{u"$type"_s, u"app.bsky.richtext.facet"_s},
                                  {u"index"_s,
                                   QJsonObject {{u"byteStart"_s, double(facet.byteStart)},
                                                {u"byteEnd"_s, double(facet.byteEnd)}}},
                                  {u"features"_s, QJsonArray {feature}}});
    }
    return array;
}

QJsonObject postRecord(const QString &text, sys_time<milliseconds> createdAt,
                       const QStringList &languages)
{
    QJsonObject record {
        {u"$type"_s, u"app.bsky.feed.post"_s},
        {u"text"_s, text},
        {u"createdAt"_s,
         QDateTime::fromMSecsSinceEpoch(createdAt.time_since_epoch().count(), QTimeZone::utc())
             .toString(Qt::ISODateWithMs)},
    };
    const std::vector<Facet> facets = detectFacets(text);
    if (!facets.empty())
        record.insert(u"facets"_s, facetsToJson(facets));
    if (!languages.isEmpty())
        record.insert(u"langs"_s, QJsonArray::fromStringList(languages));
    return record;
}

QString postWebUrl(QStringView uri, QStringView handleOrDid)
{
    static const QRegularExpression atUri(u"^at://([^/]+)/app\\.bsky\\.feed\\.post/([^/]+)$"_s);
    const QRegularExpressionMatch match = atUri.match(uri);
    if (!match.hasMatch())
        return {};
    const QString profile = handleOrDid.isEmpty() ? match.captured(1) : handleOrDid.toString();
    return u"https://bsky.app/profile/%1/post/%2"_s.arg(profile, match.captured(2));
}

Expected<QUrl> pdsEndpoint(const QJsonObject &didDocument, QStringView did)
{
    const QString field = u"DID document"_s;
    if (didDocument.value(u"id"_s).toString() != did)
        return fail(field,
                    u"the document is for %1, not %2"_s.arg(
                        quoted(didDocument.value(u"id"_s).toString()), quoted(did)));
    for (const QJsonValue &value : didDocument.value(u"service"_s).toArray()) {
        const QJsonObject service = value.toObject();
        const QString id = service.value(u"id"_s).toString();
        if (id != u"#atproto_pds" && id != did + u"#atproto_pds")
            continue;
        const QUrl endpoint(service.value(u"serviceEndpoint"_s).toString(), QUrl::StrictMode);
        if (!endpoint.isValid() || endpoint.host().isEmpty()
            || (endpoint.scheme() != u"https" && endpoint.scheme() != u"http"))
            return fail(field,
                        u"the #atproto_pds endpoint %1 of %2 is not an http(s) URL"_s.arg(
                            quoted(service.value(u"serviceEndpoint"_s).toString()), did));
        return endpoint;
    }
    return fail(field, u"%1 names no #atproto_pds server"_s.arg(did));
}

Expected<QUrl> didDocumentUrl(QStringView did, const QUrl &plcDirectory)
{
    if (did.startsWith(u"did:plc:")) {
        QUrl url = plcDirectory;
        QString path = url.path();
        if (!path.endsWith(u'/'))
            path += u'/';
        url.setPath(path + did.toString());
        return url;
    }
    if (did.startsWith(u"did:web:")) {
        const QString host = QUrl::fromPercentEncoding(did.sliced(8).toUtf8());
        if (host.isEmpty())
            return fail(u"DID"_s, u"%1 names no host"_s.arg(quoted(did)));
        return QUrl(u"https://%1/.well-known/did.json"_s.arg(host));
    }
    return fail(
        u"DID"_s,
        u"%1 is neither did:plc nor did:web, the two kinds Bluesky uses"_s.arg(quoted(did)));
}

std::optional<milliseconds> retryAfter(QByteArrayView retryAfterHeader,
                                       QByteArrayView rateLimitResetHeader,
                                       sys_time<milliseconds> serverNow)
{
    const QByteArrayView after = retryAfterHeader.trimmed();
    if (!after.isEmpty()) {
        bool ok = false;
        const qlonglong seconds = after.toLongLong(&ok);
        if (ok && seconds >= 0)
            return milliseconds(std::min<qlonglong>(seconds, 86'400LL * 365) * 1000);
        if (const auto date = Checkin::parseHttpDate(after)) {
            const milliseconds wait
                = milliseconds(date->toMSecsSinceEpoch()) - serverNow.time_since_epoch();
            return std::max(wait, 0ms);
        }
    }
    const QByteArrayView reset = rateLimitResetHeader.trimmed();
    if (!reset.isEmpty()) {
        bool ok = false;
        const qlonglong unix = reset.toLongLong(&ok);
        if (ok && unix > 0 && unix < 253'402'300'800LL)
            return std::max(milliseconds(unix * 1000) - serverNow.time_since_epoch(), 0ms);
    }
    return std::nullopt;
}

milliseconds retryBackoff(int attempt)
{
    if (attempt <= 1)
        return 500ms;
    if (attempt >= 7)
        return 30s;
    return std::min(milliseconds(500LL << (attempt - 1)), milliseconds(30s));
}

bool looksLikeAppPassword(QStringView password)
{
    static const QRegularExpression shape(u"^[a-zA-Z0-9]{4}(-[a-zA-Z0-9]{4}){3}$"_s);
    return shape.match(password).hasMatch();
}

} // namespace Chorus::Social
