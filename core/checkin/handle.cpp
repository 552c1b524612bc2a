#include "handle.h"

#include <QList>

#include <unicode/uidna.h>

#include <array>

using namespace Qt::StringLiterals;

namespace Chorus::Checkin {

namespace {

const QString xRule = u"an X handle is 1 to 15 letters A–Z, digits or _, such as @AlitaFan"_s;
const QString blueskyRule
    = u"a Bluesky handle is a domain name such as alita.bsky.social: parts of "
      u"letters, digits and hyphens joined by dots"_s;
const QString mastodonRule = u"a Mastodon handle is user@server, such as @alita@mastodon.social: "
                             u"the user is letters, digits and _ (. or - only between them), "
                             u"the server a domain name"_s;

/// The top-level domains atproto refuses for handles (the list in the
/// reference implementation's syntax package): they never resolve publicly.
constexpr std::array disallowedBlueskyTlds {u"alt",     u"arpa",  u"example",   u"internal",
                                            u"invalid", u"local", u"localhost", u"onion"};

constexpr qsizetype maxXLength = 15;
constexpr qsizetype maxMastodonUser = 30; // Mastodon's USERNAME_LENGTH_LIMIT
constexpr qsizetype maxLabel = 63;
constexpr qsizetype maxDomain = 253;

/// "202E" for U+202E: at least four upper-case hex digits.
QString hex(char32_t c)
{
    return QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// Characters no handle may carry whatever the platform: they are invisible
/// or reorder the text around them, so they could make a lookalike.
bool isHidden(char32_t c)
{
    const auto category = QChar::category(c);
    return category == QChar::Other_Format || category == QChar::Other_Control
        || category == QChar::Other_Surrogate || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph;
}

std::unexpected<Error> refuse(QStringView handle, const QString &platformName, const QString &why,
                              const QString &rule)
{
    return fail(
        u"handle"_s,
        u"%1 is not %2 handle (%3); %4"_s.arg(shownHandle(handle), platformName, why, rule));
}

/// Why `host` (ASCII) is no host name as handles use them, or nothing.
QString hostNameProblem(QStringView host)
{
    if (host.isEmpty())
        return u"the domain is empty"_s;
    if (host.size() > maxDomain)
        return u"the domain is longer than %1 characters"_s.arg(maxDomain);
    const QList<QStringView> labels = host.split(u'.');
    if (labels.size() < 2)
        return u"the domain has no dot"_s;
    for (QStringView label : labels) {
        if (label.isEmpty())
            return u"the domain has an empty part between dots"_s;
        if (label.size() > maxLabel)
            return u"a part of the domain is longer than %1 characters"_s.arg(maxLabel);
        for (QChar c : label) {
            if (!isAsciiLetterOrDigit(c) && c != u'-')
                return u"the domain has '%1', which is not a letter, digit, hyphen or dot"_s.arg(c);
        }
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return u"a part of the domain starts or ends with a hyphen"_s;
    }
    if (isAsciiDigit(labels.last().front()))
        return u"the last part of the domain starts with a digit"_s;
    return {};
}

/// The ASCII (A-label) form of `domain` by UTS #46, or nothing when IDNA
/// refuses it. Nontransitional: ß and ς stay themselves (as browsers and
/// WHATWG URL do today) rather than becoming ss and σ.
std::optional<QString> domainToAscii(QStringView domain)
{
    static const UIDNA *const idna = [] {
        UErrorCode status = U_ZERO_ERROR;
        return uidna_openUTS46(UIDNA_USE_STD3_RULES | UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ
                                   | UIDNA_NONTRANSITIONAL_TO_ASCII
                                   | UIDNA_NONTRANSITIONAL_TO_UNICODE,
                               &status);
    }();
    if (!idna)
        return std::nullopt;
    std::array<char16_t, 512> out {};
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uidna_nameToASCII(
        idna, reinterpret_cast<const UChar *>(domain.utf16()), static_cast<int32_t>(domain.size()),
        reinterpret_cast<UChar *>(out.data()), int32_t(out.size()), &info, &status);
    // Hyphens are left to hostNameProblem(), as WHATWG URL leaves them
    // (CheckHyphens=false): real hosts such as r3---sn-abc.example have
    // "--" in the third and fourth place.
    constexpr uint32_t hyphenErrors
        = UIDNA_ERROR_HYPHEN_3_4 | UIDNA_ERROR_LEADING_HYPHEN | UIDNA_ERROR_TRAILING_HYPHEN;
    if (U_FAILURE(status) || (info.errors & ~hyphenErrors) != 0 || length <= 0
        || length > int32_t(out.size()))
        return std::nullopt;
    return QString(reinterpret_cast<const QChar *>(out.data()), length);
}

Expected<QString> canonicalX(QStringView handle, QStringView name)
{
    const QString platformName = u"an X"_s;
    if (name.isEmpty())
        return refuse(handle, platformName, u"it is empty"_s, xRule);
    for (QChar c : name) {
        if (!isAsciiLetterOrDigit(c) && c != u'_')
            return refuse(handle, platformName, u"it has '%1'"_s.arg(c), xRule);
    }
    if (name.size() > maxXLength)
        return refuse(handle, platformName,
                      u"it is %1 characters long, more than %2"_s.arg(name.size()).arg(maxXLength),
                      xRule);
    return name.toString().toLower();
}

Expected<QString> canonicalBluesky(QStringView handle, QStringView name)
{
    const QString platformName = u"a Bluesky"_s;
    for (QChar c : name) {
        if (c.unicode() > 0x7f)
            return refuse(
                handle, platformName,
                u"it has '%1'; a domain with other letters is written in its xn-- form"_s.arg(c),
                blueskyRule);
    }
    if (const QString problem = hostNameProblem(name); !problem.isEmpty())
        return refuse(handle, platformName, problem, blueskyRule);
    const QString lower = name.toString().toLower();
    const QStringView tld = QStringView(lower).sliced(lower.lastIndexOf(u'.') + 1);
    for (const char16_t *refused : disallowedBlueskyTlds) {
        if (tld == QStringView(refused))
            return refuse(handle, platformName,
                          u"'.%1' is reserved and never a public domain"_s.arg(tld), blueskyRule);
    }
    return lower;
}

/// Mastodon's USERNAME_RE, /[a-z0-9_]+([.-]+[a-z0-9_]+)*/i, anchored.
bool isMastodonUser(QStringView user)
{
    if (user.isEmpty())
        return false;
    const auto word = [](QChar c) {
        return isAsciiLetterOrDigit(c) || c == u'_';
    };
    if (!word(user.front()) || !word(user.back()))
        return false;
    for (QChar c : user) {
        if (!word(c) && c != u'.' && c != u'-')
            return false;
    }
    return true;
}

Expected<QString> canonicalMastodon(QStringView handle, QStringView name)
{
    const QString platformName = u"a Mastodon"_s;
    const qsizetype at = name.indexOf(u'@');
    if (at < 0)
        return refuse(handle, platformName, u"it names no server after a second @"_s, mastodonRule);
    const QStringView user = name.first(at);
    const QStringView domain = name.sliced(at + 1);
    if (domain.contains(u'@'))
        return refuse(handle, platformName, u"it has more than two @"_s, mastodonRule);
    if (!isMastodonUser(user))
        return refuse(handle, platformName,
                      user.isEmpty()
                          ? u"the user is empty"_s
                          : u"the user %1 is not letters, digits and _"_s.arg(shownHandle(user)),
                      mastodonRule);
    if (user.size() > maxMastodonUser)
        return refuse(handle, platformName,
                      u"the user is longer than %1 characters"_s.arg(maxMastodonUser),
                      mastodonRule);
    // IDNA accepts a trailing root dot ("example.com."); a handle does not.
    if (domain.endsWith(u'.'))
        return refuse(handle, platformName, u"the server ends with a dot"_s, mastodonRule);
    const auto ascii = domainToAscii(domain);
    if (!ascii)
        return refuse(handle, platformName,
                      u"the server %1 is no valid domain name"_s.arg(shownHandle(domain)),
                      mastodonRule);
    if (const QString problem = hostNameProblem(*ascii); !problem.isEmpty())
        return refuse(handle, platformName, problem, mastodonRule);
    return user.toString().toLower() + u'@' + ascii->toLower();
}

} // namespace

QString shownHandle(QStringView handle)
{
    QString shown;
    shown.reserve(handle.size());
    for (char32_t c : handle.toUcs4()) {
        if (isHidden(c) || c == 0xFFFD)
            shown += u"\\u"_s + hex(c);
        else
            shown += QString::fromUcs4(&c, 1);
    }
    return quoted(shown);
}

Expected<QString> canonicalHandle(QStringView platform, QStringView handle)
{
    const QStringView trimmed = handle.trimmed();
    if (trimmed.isEmpty())
        return fail(u"handle"_s, u"must not be empty"_s);
    if (trimmed.size() > maxHandleInput)
        return fail(u"handle"_s,
                    u"%1 is longer than %2 characters"_s.arg(quoted(trimmed)).arg(maxHandleInput));
    if (!trimmed.isValidUtf16())
        return fail(u"handle"_s,
                    u"contains a lone UTF-16 surrogate (\\uD800–\\uDFFF), which is not text"_s);
    for (char32_t c : trimmed.toUcs4()) {
        if (isHidden(c))
            return fail(u"handle"_s,
                        u"%1 contains an invisible or control character (U+%2), which no "
                        u"platform's handles have"_s.arg(shownHandle(trimmed), hex(c)));
    }
    const QStringView name = trimmed.startsWith(u'@') ? trimmed.sliced(1) : trimmed;
    if (platform == u"x")
        return canonicalX(trimmed, name);
    if (platform == u"bluesky")
        return canonicalBluesky(trimmed, name);
    if (platform == u"mastodon")
        return canonicalMastodon(trimmed, name);
    return fail(u"platform"_s,
                u"unknown platform %1; expected x, bluesky or mastodon"_s.arg(quoted(platform)));
}

} // namespace Chorus::Checkin
