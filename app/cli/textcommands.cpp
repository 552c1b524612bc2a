// chorus-cli measure.
#include "cli.h"

#include "text/mastodoninstance.h"
#include "text/postlength.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QUrl>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Chorus::Text;

namespace Chorus::Cli {

namespace {

// The offset of the first byte that is not part of well-formed UTF-8 (no
// overlong forms, surrogates or code points past U+10FFFF), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        int n = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            n = 1, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 2, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            n = 3, cp = c & 0x07;
        } else {
            return i;
        }
        if (i + n >= bytes.size())
            return i;
        for (int k = 1; k <= n; ++k) {
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if ((next & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (next & 0x3F);
        }
        static constexpr char32_t smallest[] = {0, 0x80, 0x800, 0x10000};
        if (cp < smallest[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += n + 1;
    }
    return -1;
}

// All of stdin, byte for byte, decoded as UTF-8 (a trailing newline is text too).
Expected<QString> readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(u"stdin"_s, u"cannot be read"_s);
    const QByteArray bytes = in.readAll();
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        return fail(u"stdin"_s, u"is not valid UTF-8 (byte 0x%1 at offset %2); give the text in UTF-8"_s
                                    .arg(static_cast<unsigned char>(bytes[bad]), 2, 16, QChar(u'0'))
                                    .arg(bad));
    }
    return QString::fromUtf8(bytes);
}

// Plain http is allowed for loopback addresses only (a local test instance).
bool isLoopbackHttp(const QString &instance)
{
    const QUrl url(instance.trimmed());
    return url.scheme() == u"http" && QHostAddress(url.host()).isLoopback();
}

Expected<MastodonLimits> askInstance(const QString &instance)
{
    QNetworkAccessManager network;
    MastodonInstance fetcher(&network);
    std::optional<Expected<MastodonLimits>> result;
    QEventLoop loop;
    QObject::connect(&fetcher, &MastodonInstance::finished, &loop, [&](const MastodonLimits &limits) {
        result = limits;
        loop.quit();
    });
    QObject::connect(&fetcher, &MastodonInstance::failed, &loop, [&](const Error &error) {
        result = std::unexpected(error);
        loop.quit();
    });
    MastodonInstance::Options options;
    options.allowHttp = isLoopbackHttp(instance);
    fetcher.fetch(instance, options);
    if (!result)
        loop.exec();
    return *result;
}

} // namespace

int measureCommand(const QStringList &arguments, Context &context)
{
    CommandLine line(
        u"measure"_s, u"--platform x|bluesky|mastodon [--instance HOST] [--json] [TEXT]"_s,
        u"The length of a post as the platform counts it, and whether the platform would\n"
        "take it. TEXT, or else all of stdin byte for byte (a trailing newline counts).\n"
        "x: twitter-text 3's weighted length (limit 280; URLs 23, emoji 2, CJK 2).\n"
        "bluesky: grapheme clusters (limit 300) and UTF-8 bytes (limit 3000).\n"
        "mastodon: grapheme clusters with each http(s):// URL as 23 and @user@domain as\n"
        "@user (limit 500, or the limit --instance reports in /api/v2/instance; the\n"
        "instance is asked over https, plain http only for a loopback address)."_s);
    line.addOption(QCommandLineOption(u"platform"_s, u"x, bluesky or mastodon."_s, u"P"_s));
    line.addOption(QCommandLineOption(
        u"instance"_s, u"Mastodon only: ask this instance (mastodon.social) for its limits."_s,
        u"HOST"_s));
    line.addJsonOption();
    if (const auto stop = line.parse(arguments, context, 1))
        return *stop;

    if (!line.isSet(u"platform"_s))
        return line.badInput(context, {u"--platform"_s, u"is required: x, bluesky or mastodon"_s});
    const auto platform = parsePlatform(line.value(u"platform"_s));
    if (!platform)
        return line.badInput(context, {u"--platform"_s, platform.error().message});
    if (line.isSet(u"instance"_s) && *platform != Platform::Mastodon)
        return line.badInput(context, {u"--instance"_s, u"only applies to --platform mastodon"_s});
    if (line.isSet(u"instance"_s)) {
        const QString instance = line.value(u"instance"_s);
        if (const auto url = mastodonInstanceApiUrl(instance, isLoopbackHttp(instance)); !url)
            return line.badInput(context, url.error());
    }

    QString text;
    if (!line.positional().isEmpty()) {
        text = line.positional().first();
    } else {
        const auto input = readStdin();
        if (!input)
            return line.badInput(context, input.error());
        text = *input;
    }

    PostLength length;
    if (*platform == Platform::Mastodon && line.isSet(u"instance"_s)) {
        const auto limits = askInstance(line.value(u"instance"_s));
        if (!limits)
            return line.failure(context, limits.error().text());
        length = measureMastodon(text, *limits);
    } else {
        length = measure(*platform, text);
    }

    if (line.json()) {
        QJsonObject document{{u"platform"_s, platformName(length.platform)},
                             {u"length"_s, length.length},
                             {u"limit"_s, length.limit},
                             {u"valid"_s, length.valid}};
        if (length.byteLimit > 0) {
            document.insert(u"bytes"_s, length.bytes);
            document.insert(u"byte_limit"_s, length.byteLimit);
        }
        printJson(context, document);
        return Success;
    }
    context.out << u"%1: %2 of %3%4 — %5\n"_s.arg(
        platformName(length.platform), QString::number(length.length), QString::number(length.limit),
        length.byteLimit > 0 ? u" (%1 of %2 bytes)"_s.arg(length.bytes).arg(length.byteLimit) : QString(),
        length.valid ? u"fits"_s : (length.length == 0 ? u"empty, not valid"_s : u"not valid"_s));
    context.out.flush();
    return Success;
}

} // namespace Chorus::Cli
