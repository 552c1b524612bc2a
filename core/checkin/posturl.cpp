#include "posturl.h"

#include "handle.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Chorus::Checkin {

namespace {

const QString field = u"post_url"_s;

/// The parts of an address that checkPostUrl() let through.
struct Parts
{
    QStringView host; ///< as sent, not lower-cased
    bool hasPort = false;
    QStringView path; ///< from the first '/', without the query
};

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

/// Why `host` is not a host name (labels of ASCII letters, digits and
/// hyphens, 1–63 characters, not starting or ending with a hyphen, at
/// least two, the last not all digits), or nothing.
QString hostProblem(QStringView host)
{
    if (host.isEmpty())
        return u"names no host"_s;
    if (host.startsWith(u'['))
        return u"names an IP address, not a host name"_s;
    if (host.size() > 253)
        return u"names a host longer than 253 characters"_s;
    const QList<QStringView> labels = host.split(u'.');
    if (labels.size() < 2)
        return u"names the host %1, which is no domain name (example.social)"_s.arg(quoted(host));
    for (QStringView label : labels) {
        const bool shaped = !label.isEmpty() && label.size() <= 63 && !label.startsWith(u'-')
            && !label.endsWith(u'-') && std::all_of(label.begin(), label.end(), [](QChar c) {
                   return isAsciiLetterOrDigit(c) || c == u'-';
               });
        if (!shaped)
            return u"names the host %1, which is no domain name (example.social)"_s.arg(
                quoted(host));
    }
    const QStringView last = labels.last();
    if (std::all_of(last.begin(), last.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return u"names an IP address, not a host name"_s;
    return {};
}

Expected<Parts> split(QStringView url)
{
    if (url.isEmpty())
        return fail(field, u"must not be empty; leave post_url out when there is no address"_s);
    if (url.size() > maxPostUrlLength)
        return fail(field,
                    u"%1 is longer than %2 characters"_s.arg(quoted(url)).arg(maxPostUrlLength));
    for (QChar c : url) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7F)
            return fail(field,
                        u"%1 contains a space, a control character or a character outside ASCII "
                        u"(U+%2); send the address percent-encoded, as a browser copies it"_s.arg(
                            shownHandle(url),
                            QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0')));
    }
    const QString shown = quoted(url);
    if (!url.startsWith(u"https://", Qt::CaseInsensitive))
        return fail(field, u"%1 is not an https:// address"_s.arg(shown));
    QStringView rest = url.sliced(8);
    qsizetype end = 0;
    while (end < rest.size() && rest[end] != u'/' && rest[end] != u'?' && rest[end] != u'#')
        ++end;
    QStringView authority = rest.first(end);
    rest = rest.sliced(end);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        // Named with what came before '@' hidden: it may be a password.
        const QString redacted = url.first(8) + u"***"_s + authority.sliced(at) + rest;
        return fail(field,
                    u"%1 carries a user name or password before '@', which a post's address "
                    u"never has"_s.arg(quoted(redacted)));
    }
    Parts parts;
    if (const qsizetype colon = authority.lastIndexOf(u':');
        colon >= 0 && !authority.startsWith(u'[')) {
        const QStringView port = authority.sliced(colon + 1);
        bool ok = false;
        const int number = port.toInt(&ok);
        if (!ok || number < 1 || number > 65535
            || !std::all_of(port.begin(), port.end(), [](QChar c) { return c.isDigit(); }))
            return fail(field, u"%1 has no port between 1 and 65535 after ':'"_s.arg(shown));
        parts.hasPort = true;
        authority = authority.first(colon);
    }
    if (const QString problem = hostProblem(authority); !problem.isEmpty())
        return fail(field, u"%1 %2"_s.arg(shown, problem));
    parts.host = authority;
    if (rest.contains(u'#'))
        return fail(field, u"%1 has a fragment (#…), which a post's address does not"_s.arg(shown));
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest[i] == u'%'
            && (i + 2 >= rest.size() || !isHexDigit(rest[i + 1]) || !isHexDigit(rest[i + 2])))
            return fail(field, u"%1 has a '%' not followed by two hex digits"_s.arg(shown));
    }
    const qsizetype query = rest.indexOf(u'?');
    parts.path = query < 0 ? rest : rest.first(query);
    if (parts.path.isEmpty() || parts.path == u"/")
        return fail(field, u"%1 has no path: it is a site, not a post"_s.arg(shown));
    return parts;
}

bool matches(const QRegularExpression &pattern, QStringView text)
{
    return pattern.match(text).hasMatch();
}

bool isBlueskyProfile(QStringView profile)
{
    static const QRegularExpression did(u"^did:[a-z]+:[A-Za-z0-9._:%-]*[A-Za-z0-9._-]$"_s);
    return matches(did, profile) || canonicalHandle(u"bluesky", profile).has_value();
}

} // namespace

Expected<void> checkPostUrl(QStringView url)
{
    auto parts = split(url);
    if (!parts)
        return std::unexpected(parts.error());
    return {};
}

Expected<void> checkPostUrl(QStringView url, QStringView platform)
{
    auto parts = split(url);
    if (!parts)
        return std::unexpected(parts.error());
    const QString host = parts->host.toString().toLower();
    const auto notAPost = [&](const QString &platformName, const QString &example) {
        return fail(field,
                    u"%1 is not the address of a post on %2; one looks like %3"_s.arg(
                        quoted(url), platformName, example));
    };
    if (platform == u"x") {
        static const QRegularExpression path(
            u"^/(?:[A-Za-z0-9_]{1,15}|i/web)/status/[0-9]{1,19}$"_s);
        static const QStringList hosts {u"x.com"_s,        u"twitter.com"_s,
                                        u"www.x.com"_s,    u"www.twitter.com"_s,
                                        u"mobile.x.com"_s, u"mobile.twitter.com"_s};
        if (parts->hasPort || !hosts.contains(host) || !matches(path, parts->path))
            return notAPost(u"X"_s, u"https://x.com/AlitaFan/status/1890123456789012345"_s);
        return {};
    }
    if (platform == u"bluesky") {
        static const QRegularExpression path(
            u"^/profile/([^/]+)/post/([A-Za-z0-9._~:-]{1,512})$"_s);
        const QRegularExpressionMatch match = path.match(parts->path);
        if (parts->hasPort || host != u"bsky.app" || !match.hasMatch()
            || !isBlueskyProfile(match.capturedView(1)) || match.capturedView(2) == u"."
            || match.capturedView(2) == u"..")
            return notAPost(u"Bluesky"_s,
                            u"https://bsky.app/profile/alita.bsky.social/post/3lbxyzabc2k2a"_s);
        return {};
    }
    if (platform == u"mastodon") {
        // Mastodon's USERNAME_RE; a status id of Mastodon (digits) or of
        // servers speaking its API (GoToSocial's ULIDs).
        static const QRegularExpression path(
            u"^/(?:@(?:[A-Za-z0-9_]+(?:[A-Za-z0-9_.-]+[A-Za-z0-9_]+)?)(?:/statuses)?"
            u"|users/(?:[A-Za-z0-9_]+(?:[A-Za-z0-9_.-]+[A-Za-z0-9_]+)?)/statuses)"
            u"/[0-9][A-Za-z0-9]{0,63}$"_s);
        if (!matches(path, parts->path))
            return notAPost(u"Mastodon"_s,
                            u"https://mastodon.social/@AlitaFan/113456789012345678"_s);
        return {};
    }
    return fail(u"platform"_s,
                u"unknown platform %1; expected x, bluesky or mastodon"_s.arg(quoted(platform)));
}

QString postUrlToReport(QStringView participantPlatform, QStringView postPlatform,
                        const QString &url)
{
    if (url.isEmpty() || participantPlatform != postPlatform)
        return {};
    return checkPostUrl(url, participantPlatform) ? url : QString();
}

} // namespace Chorus::Checkin
