#include "postlength.h"

#include "twittertextdata.h"

#include <QRegularExpression>

#include <unicode/ubrk.h>
#include <unicode/unorm2.h>

#include <climits>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace Chorus::Text {

namespace {

const UChar *uchars(QStringView text)
{
    static_assert(sizeof(UChar) == sizeof(QChar));
    return reinterpret_cast<const UChar *>(text.utf16());
}

// The generated patterns spell out JavaScript's case-insensitive matching
// themselves (PCRE2's caseless mode would fold more: "ſ" to "s"), so every
// one is compiled case-sensitively.
QRegularExpression compiled(const char *pattern)
{
    QRegularExpression regex(QString::fromLatin1(pattern));
    Q_ASSERT_X(regex.isValid(), "twittertextdata", qPrintable(regex.errorString()));
    regex.optimize();
    return regex;
}

const QRegularExpression &extractUrlRegex()
{
    static const QRegularExpression regex = compiled(Detail::extractUrlPattern);
    return regex;
}
const QRegularExpression &validAsciiDomainRegex()
{
    static const QRegularExpression regex = compiled(Detail::validAsciiDomainPattern);
    return regex;
}
const QRegularExpression &validTcoUrlRegex()
{
    static const QRegularExpression regex = compiled(Detail::validTcoUrlPattern);
    return regex;
}
const QRegularExpression &invalidPrecedingRegex()
{
    static const QRegularExpression regex
        = compiled(Detail::invalidUrlWithoutProtocolPrecedingCharsPattern);
    return regex;
}
const QRegularExpression &emojiRegex()
{
    static const QRegularExpression regex = compiled(Detail::emojiPattern);
    return regex;
}

// twitter-text's regexes run in JavaScript on UTF-16 code units: an astral
// character is two units, and a class like "any char but punctuation" can
// match its high half alone (so a URL may start right after one). PCRE2 works
// on code points and refuses lone surrogates. So the URL regexes run on a copy
// in which every high surrogate is U+E000 and every low one U+E001: private-use
// code points that no class of those regexes names, just as none names a
// surrogate. Lengths and indices stay the same.
QString codeUnitSubject(QStringView text)
{
    QString subject = text.toString();
    for (QChar &c : subject) {
        if (c.isHighSurrogate())
            c = QChar(0xE000);
        else if (c.isLowSurrogate())
            c = QChar(0xE001);
    }
    return subject;
}

// The emoji regex names whole surrogate pairs, which PCRE2 sees as code points;
// only a lone surrogate (which it would refuse) is replaced, by U+FFFD.
QString regexSubject(QStringView text)
{
    QString subject = text.toString();
    for (qsizetype i = 0; i < subject.size(); ++i) {
        const QChar c = subject.at(i);
        if (c.isHighSurrogate() && i + 1 < subject.size() && subject.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            subject[i] = QChar(QChar::ReplacementCharacter);
    }
    return subject;
}

// The length of punycode's encode(label) (RFC 3492), as node's punycode 2.1
// computes it for twitter-text's idna check; -1 on overflow (punycode throws).
qsizetype punycodeEncodedLength(QStringView label)
{
    std::vector<char32_t> input;
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label.at(i);
        if (c.isHighSurrogate() && i + 1 < label.size() && label.at(i + 1).isLowSurrogate()) {
            input.push_back(QChar::surrogateToUcs4(c, label.at(i + 1)));
            ++i;
        } else {
            input.push_back(c.unicode());
        }
    }
    constexpr long long maxInt = 2147483647, base = 36, tMin = 1, tMax = 26, skew = 38,
                        damp = 700;
    const auto adapt = [](long long delta, long long numPoints, bool firstTime) {
        long long k = 0;
        delta = firstTime ? delta / damp : delta >> 1;
        delta += delta / numPoints;
        for (; delta > ((base - tMin) * tMax) >> 1; k += base)
            delta /= base - tMin;
        return k + (base - tMin + 1) * delta / (delta + skew);
    };
    qsizetype output = 0;
    for (const char32_t cp : input)
        output += cp < 0x80 ? 1 : 0;
    const long long basicLength = output;
    long long handled = basicLength;
    if (basicLength > 0)
        ++output;
    long long n = 128, delta = 0, bias = 72;
    const auto inputLength = static_cast<long long>(input.size());
    while (handled < inputLength) {
        long long m = maxInt;
        for (const char32_t cp : input) {
            if (cp >= n && cp < m)
                m = cp;
        }
        const long long handledPlusOne = handled + 1;
        if (m - n > (maxInt - delta) / handledPlusOne)
            return -1;
        delta += (m - n) * handledPlusOne;
        n = m;
        for (const char32_t cp : input) {
            if (cp < n && ++delta > maxInt)
                return -1;
            if (cp == n) {
                long long q = delta;
                for (long long k = base;; k += base) {
                    const long long t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias);
                    if (q < t)
                        break;
                    ++output;
                    q = (q - t) / (base - t);
                }
                ++output;
                bias = adapt(delta, handledPlusOne, handled == basicLength);
                delta = 0;
                ++handled;
            }
        }
        ++delta;
        ++n;
    }
    return output;
}

// twitter-text's idna.toAscii(domain) succeeds: every label, as node's
// punycode.toASCII writes it, is 1 to 63 characters long.
bool idnaAcceptsDomain(QStringView domain, const QString &mappedDomain)
{
    if (domain.startsWith(u"xn--"_s) && !validAsciiDomainRegex().match(mappedDomain).hasMatch())
        return false;
    const QList<QStringView> labels = domain.split(u'.');
    for (const QStringView label : labels) {
        // punycode.toASCII splits again at the other RFC 3490 dots.
        QString mapped = label.toString();
        mapped.replace(QChar(0x3002), u'.').replace(QChar(0xFF0E), u'.').replace(QChar(0xFF61), u'.');
        const QStringList parts = mapped.split(u'.');
        qsizetype length = parts.size() - 1;
        for (const QString &part : parts) {
            const bool ascii = std::all_of(part.begin(), part.end(),
                                           [](QChar c) { return c.unicode() <= 0x7F; });
            if (ascii) {
                length += part.size();
            } else {
                const qsizetype encoded = punycodeEncodedLength(part);
                if (encoded < 0)
                    return false;
                length += 4 + encoded;
            }
        }
        if (length < 1 || length > 63)
            return false;
    }
    return true;
}

constexpr qsizetype maxUrlLength = 4096;
constexpr qsizetype maxTcoSlugLength = 40;

} // namespace

QString platformName(Platform platform)
{
    switch (platform) {
    case Platform::X:
        return u"x"_s;
    case Platform::Bluesky:
        return u"bluesky"_s;
    case Platform::Mastodon:
        return u"mastodon"_s;
    }
    return {};
}

Expected<Platform> parsePlatform(QStringView name)
{
    const QString lower = name.trimmed().toString().toLower();
    if (lower == u"x" || lower == u"twitter")
        return Platform::X;
    if (lower == u"bluesky" || lower == u"bsky")
        return Platform::Bluesky;
    if (lower == u"mastodon")
        return Platform::Mastodon;
    return fail(u"platform"_s,
                u"unknown platform %1; the platforms are x, bluesky and mastodon"_s.arg(quoted(name)));
}

std::vector<UrlSpan> extractUrls(QStringView text, bool withoutProtocol)
{
    std::vector<UrlSpan> urls;
    if (text.isEmpty() || !text.contains(withoutProtocol ? u'.' : u':'))
        return urls;
    const QString subject = codeUnitSubject(text);
    qsizetype offset = 0;
    while (offset <= subject.size()) {
        const QRegularExpressionMatch match = extractUrlRegex().match(subject, offset);
        if (!match.hasMatch())
            break;
        const QString before = match.captured(2);
        QString url = match.captured(3);
        const QString protocol = match.captured(4);
        const QString domain = match.captured(5);
        const QString path = match.captured(7);
        const qsizetype endPosition = match.capturedEnd(0);
        const qsizetype startPosition = endPosition - url.size();
        offset = std::max(endPosition, offset + 1);

        const qsizetype protocolLength = protocol.isEmpty() ? 8 : protocol.size(); // https://
        const QStringView originalDomain = text.mid(match.capturedStart(5), domain.size());
        if (!idnaAcceptsDomain(originalDomain, domain) || protocolLength + url.size() > maxUrlLength)
            continue;

        if (protocol.isEmpty()) {
            if (!withoutProtocol || invalidPrecedingRegex().match(before).hasMatch())
                continue;
            // Only the ASCII-only domains count, each a URL of its own; the
            // last one takes the path and query along.
            std::optional<UrlSpan> last;
            qsizetype asciiEnd = 0;
            QRegularExpressionMatchIterator it = validAsciiDomainRegex().globalMatch(domain);
            while (it.hasNext()) {
                const QString ascii = it.next().captured(0);
                const qsizetype asciiStart = domain.indexOf(ascii, asciiEnd);
                asciiEnd = asciiStart + ascii.size();
                last = UrlSpan{startPosition + asciiStart, ascii.size()};
                urls.push_back(*last);
            }
            if (!last)
                continue;
            if (!path.isEmpty())
                urls.back().length = url.size() - domain.size() + last->length;
        } else {
            const QRegularExpressionMatch tco = validTcoUrlRegex().match(url);
            if (tco.hasMatch()) {
                if (tco.captured(1).size() > maxTcoSlugLength)
                    continue;
                url = tco.captured(0);
            }
            urls.push_back({startPosition, url.size()});
        }
    }
    return urls;
}

int graphemeCount(QStringView text)
{
    if (text.isEmpty())
        return 0;
    // Opening a break iterator loads ICU's rules, which costs more than the
    // counting: keep one per thread and only give it new text.
    struct Closer
    {
        void operator()(UBreakIterator *it) const { ubrk_close(it); }
    };
    thread_local std::unique_ptr<UBreakIterator, Closer> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        UBreakIterator *it = ubrk_open(UBRK_CHARACTER, "", nullptr, 0, &status);
        return std::unique_ptr<UBreakIterator, Closer>(U_SUCCESS(status) ? it : nullptr);
    }();
    UErrorCode status = U_ZERO_ERROR;
    if (iterator)
        ubrk_setText(iterator.get(), uchars(text), static_cast<int32_t>(text.size()), &status);
    if (!iterator || U_FAILURE(status)) {
        // ICU without its data cannot segment; code points are the nearest count.
        return static_cast<int>(text.toUcs4().size());
    }
    int count = 0;
    ubrk_first(iterator.get());
    while (ubrk_next(iterator.get()) != UBRK_DONE)
        ++count;
    return count;
}

namespace {

QString nfc(QStringView text)
{
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status))
        return text.toString().normalized(QString::NormalizationForm_C);
    const auto length = static_cast<int32_t>(text.size());
    QString out(length * 3 + 16, Qt::Uninitialized);
    const int32_t written = unorm2_normalize(normalizer, uchars(text), length,
                                             reinterpret_cast<UChar *>(out.data()),
                                             static_cast<int32_t>(out.size()), &status);
    if (U_FAILURE(status))
        return text.toString().normalized(QString::NormalizationForm_C);
    out.truncate(written);
    return out;
}

int characterWeight(char16_t unit)
{
    // twitter-text v3 config: scale 100, default weight 200.
    if (unit <= 4351 || (unit >= 8192 && unit <= 8205) || (unit >= 8208 && unit <= 8223)
        || (unit >= 8242 && unit <= 8247))
        return 100;
    return 200;
}

bool isInvalidForX(char16_t unit)
{
    return unit == 0xFFFE || unit == 0xFEFF || unit == 0xFFFF;
}

} // namespace

PostLength measureX(QStringView text)
{
    constexpr int scale = 100, defaultWeight = 200, urlLength = 23, maxLength = 280;
    const QString normalized = nfc(text);
    const qsizetype size = normalized.size();

    // Entities by their start, as parseTweet hashes them (a later one at the
    // same start replaces an earlier one).
    std::map<qsizetype, qsizetype> urls;
    for (const UrlSpan &url : extractUrls(normalized))
        urls[url.start] = url.length;
    std::map<qsizetype, qsizetype> emojis;
    const QString subject = regexSubject(normalized);
    QRegularExpressionMatchIterator it = emojiRegex().globalMatch(subject);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        emojis[match.capturedStart(0)] = match.capturedLength(0);
    }

    long long weighted = 0;
    bool valid = true;
    for (qsizetype i = 0; i < size; ++i) {
        if (const auto url = urls.find(i); url != urls.end()) {
            weighted += urlLength * scale;
            i += url->second - 1;
        } else if (const auto emoji = emojis.find(i); emoji != emojis.end()) {
            weighted += defaultWeight;
            i += emoji->second - 1;
        } else {
            if (i + 1 < size && normalized.at(i).isHighSurrogate()
                && normalized.at(i + 1).isLowSurrogate())
                ++i;
            weighted += characterWeight(normalized.at(i).unicode());
        }
        if (valid && i < size)
            valid = !isInvalidForX(normalized.at(i).unicode());
    }
    PostLength result;
    result.platform = Platform::X;
    result.length = static_cast<int>(std::min<long long>(weighted / scale, INT_MAX));
    result.limit = maxLength;
    result.valid = valid && result.length > 0 && result.length <= maxLength;
    return result;
}

PostLength measureBluesky(QStringView text)
{
    PostLength result;
    result.platform = Platform::Bluesky;
    result.length = graphemeCount(text);
    result.limit = 300;
    result.bytes = static_cast<int>(std::min<qsizetype>(text.toUtf8().size(), INT_MAX));
    result.byteLimit = 3000;
    result.valid = result.length > 0 && result.length <= result.limit
                   && result.bytes <= result.byteLimit;
    return result;
}

namespace {

// Mastodon's MENTION_RE: a username, optionally followed by @domain; Ruby's
// [[:word:]] is letters, marks, decimal digits and connector punctuation.
const QRegularExpression &mastodonMentionRegex()
{
    static const QRegularExpression regex = [] {
        QRegularExpression re(
            u"(?<![=/\\p{L}\\p{M}\\p{Nd}\\p{Pc}])@([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)"
            "(@[\\p{L}\\p{M}\\p{Nd}\\p{Pc}.-]+[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]+)?"_s,
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::UseUnicodePropertiesOption);
        re.optimize();
        return re;
    }();
    return regex;
}

} // namespace

PostLength measureMastodon(QStringView text, const MastodonLimits &limits)
{
    struct Rewrite
    {
        qsizetype start;
        qsizetype length;
        QString replacement;
    };
    std::vector<Rewrite> rewrites;
    for (const UrlSpan &url : extractUrls(text, false))
        rewrites.push_back({url.start, url.length,
                            QString(std::max(0, limits.charactersReservedPerUrl), u'x')});
    const QString subject = regexSubject(text);
    QRegularExpressionMatchIterator it = mastodonMentionRegex().globalMatch(subject);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(2).isEmpty())
            continue;
        const qsizetype start = match.capturedStart(0);
        const qsizetype end = match.capturedEnd(0);
        const bool insideUrl = std::any_of(rewrites.begin(), rewrites.end(), [&](const Rewrite &r) {
            return start < r.start + r.length && r.start < end;
        });
        if (!insideUrl)
            rewrites.push_back({start, end - start, u'@' + match.captured(1)});
    }
    std::sort(rewrites.begin(), rewrites.end(),
              [](const Rewrite &a, const Rewrite &b) { return a.start < b.start; });
    QString countable;
    qsizetype position = 0;
    for (const Rewrite &rewrite : rewrites) {
        if (rewrite.start < position)
            continue; // overlapping entities: the first one wins, as in Mastodon
        countable += text.mid(position, rewrite.start - position);
        countable += rewrite.replacement;
        position = rewrite.start + rewrite.length;
    }
    countable += text.mid(position);

    PostLength result;
    result.platform = Platform::Mastodon;
    result.length = graphemeCount(countable);
    result.limit = limits.maxCharacters;
    result.valid = !text.trimmed().isEmpty() && result.length <= result.limit;
    return result;
}

PostLength measure(Platform platform, QStringView text)
{
    switch (platform) {
    case Platform::X:
        return measureX(text);
    case Platform::Bluesky:
        return measureBluesky(text);
    case Platform::Mastodon:
        return measureMastodon(text);
    }
    return {};
}

} // namespace Chorus::Text
