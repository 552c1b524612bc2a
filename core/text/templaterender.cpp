#include "templaterender.h"

#include <QTime>

#include <chrono>
#include <limits>
#include <span>
#include <vector>

using namespace Qt::StringLiterals;

namespace Chorus::Text {

namespace {

// A parsed template: text runs, placeholders and variant lists, in order.
struct Node;
using Sequence = std::vector<Node>;

struct Node
{
    enum class Kind { Text, Placeholder, Variants };
    Kind kind = Kind::Text;
    QString text;                  // the text, or the placeholder's name
    std::vector<Sequence> options; // for Variants
    int group = 0;                 // for Variants: its number in the template, from 0
};

// How deep variant lists may nest. The parser, the renderer and the expansion
// recurse once per level, so without a limit a hostile template of "{|{|{|…"
// (a campaign file may hold megabytes) overflows the stack; real templates
// nest two or three levels.
constexpr int maxVariantDepth = 16;

class Parser
{
public:
    explicit Parser(QStringView text)
        : m_text(text)
    {
    }

    Expected<Sequence> parse()
    {
        auto sequence = parseSequence(0);
        if (!sequence)
            return sequence;
        if (m_pos < m_text.size()) // a '|' at the top level is plain text; only '}' stops here
            return stray();
        return sequence;
    }

private:
    std::unexpected<Error> stray() const
    {
        return fail(u"template"_s, u"stray '}' at character %1; write }} for a literal brace"_s
                                       .arg(m_pos + 1));
    }

    static void appendText(Sequence &sequence, QChar c)
    {
        if (sequence.empty() || sequence.back().kind != Node::Kind::Text)
            sequence.push_back(Node{});
        sequence.back().text += c;
    }

    Expected<Sequence> parseSequence(int depth)
    {
        Sequence sequence;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            const bool next = m_pos + 1 < m_text.size();
            if (c == u'{' && next && m_text.at(m_pos + 1) == u'{') {
                appendText(sequence, c);
                m_pos += 2;
            } else if (c == u'{') {
                auto node = parseGroup(depth);
                if (!node)
                    return std::unexpected(node.error());
                sequence.push_back(std::move(*node));
            } else if (c == u'}') {
                if (depth > 0)
                    return sequence; // closes the list
                if (next && m_text.at(m_pos + 1) == u'}') {
                    appendText(sequence, c);
                    m_pos += 2;
                } else {
                    return stray();
                }
            } else if (c == u'|' && depth > 0) {
                return sequence;
            } else {
                appendText(sequence, c);
                ++m_pos;
            }
        }
        return sequence;
    }

    Expected<Node> parseGroup(int depth)
    {
        const qsizetype open = m_pos;
        if (depth >= maxVariantDepth) {
            return fail(u"template"_s, u"variant lists nested more than %1 deep at character %2"_s
                                           .arg(maxVariantDepth)
                                           .arg(open + 1));
        }
        ++m_pos;
        const int group = m_groups++;
        std::vector<Sequence> options;
        for (;;) {
            auto option = parseSequence(depth + 1);
            if (!option)
                return std::unexpected(option.error());
            options.push_back(std::move(*option));
            if (m_pos >= m_text.size()) {
                return fail(u"template"_s,
                            u"'{' at character %1 is never closed; write {{ for a literal brace"_s
                                .arg(open + 1));
            }
            const QChar c = m_text.at(m_pos++);
            if (c == u'}')
                break;
            // c == '|': another option follows
        }
        if (options.size() > 1) {
            Node node;
            node.kind = Node::Kind::Variants;
            node.options = std::move(options);
            node.group = group;
            return node;
        }
        // A single option is a placeholder: plain text naming one.
        --m_groups;
        const QString raw = m_text.mid(open, m_pos - open).toString();
        const Sequence &content = options.front();
        if (content.empty())
            return fail(u"template"_s, u"empty placeholder {} at character %1"_s.arg(open + 1));
        if (content.size() != 1 || content.front().kind != Node::Kind::Text
            || !placeholderNames().contains(content.front().text)) {
            return fail(u"template"_s,
                        u"unknown placeholder %1 at character %2; the placeholders are %3 "
                        "(and {a|b} for variants)"_s
                            .arg(raw)
                            .arg(open + 1)
                            .arg(u"{"_s + placeholderNames().join(u"}, {"_s) + u'}'));
        }
        Node node;
        node.kind = Node::Kind::Placeholder;
        node.text = content.front().text;
        return node;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_groups = 0;
};

QString normalizedHandle(const QString &handle)
{
    QString h = handle.trimmed().toCaseFolded();
    if (h.startsWith(u'@'))
        h.remove(0, 1);
    return h;
}

std::size_t chooseOption(const QString &handle, const QString &templateId, int group,
                         std::size_t optionCount)
{
    // Unit separators keep ("ab","c") and ("a","bc") apart.
    const QByteArray key = normalizedHandle(handle).toUtf8() + '\x1f' + templateId.toUtf8() + '\x1f'
                           + QByteArray::number(group);
    return std::size_t(stableHash(key) % optionCount);
}

QString formatZone(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return u"UTC"_s;
    return u"UTC"_s + Time::formatOffset(offsetSeconds);
}

std::uint64_t saturatingMultiply(std::uint64_t a, std::uint64_t b)
{
    if (a != 0 && b > std::numeric_limits<std::uint64_t>::max() / a)
        return std::numeric_limits<std::uint64_t>::max();
    return a * b;
}

std::uint64_t saturatingAdd(std::uint64_t a, std::uint64_t b)
{
    return b > std::numeric_limits<std::uint64_t>::max() - a ? std::numeric_limits<std::uint64_t>::max()
                                                              : a + b;
}

std::uint64_t countOf(const Sequence &sequence);

// How many texts a variant list can make.
std::uint64_t optionsCount(const Node &node)
{
    std::uint64_t options = 0;
    for (const Sequence &option : node.options)
        options = saturatingAdd(options, countOf(option));
    return options;
}

std::uint64_t countOf(const Sequence &sequence)
{
    std::uint64_t count = 1;
    for (const Node &node : sequence) {
        if (node.kind == Node::Kind::Variants)
            count = saturatingMultiply(count, optionsCount(node));
    }
    return count;
}

struct Renderer
{
    const RenderContext &context;
    const QString &templateId;

    Expected<QString> placeholder(const QString &name) const
    {
        const auto required = [&name](const QString &value) -> Expected<QString> {
            if (value.trimmed().isEmpty())
                return fail(u"{"_s + name + u'}',
                            u"the template uses {%1} but no %1 is given"_s.arg(name));
            return value;
        };
        if (name == u"hashtag")
            return required(context.hashtag);
        if (name == u"link")
            return required(context.link);
        if (name == u"city")
            return required(context.city);
        if (!context.zone.isValid())
            return fail(u"{"_s + name + u'}', u"the participant's zone is not valid"_s);
        const int offset = context.zone.offsetFromUtc(Time::toQDateTime(context.start));
        if (name == u"zone")
            return formatZone(offset);
        using namespace std::chrono;
        const Time::LocalTime local = Time::toLocal(context.start, offset);
        const local_days day = floor<days>(local);
        const year_month_day ymd{day};
        const hh_mm_ss<seconds> clock{local - day};
        if (name == u"local_date") {
            const QDate date(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
            if (context.locale.language() == QLocale::C) // no human locale: ISO 8601
                return date.toString(Qt::ISODate);
            return context.locale.toString(date, QLocale::ShortFormat);
        }
        // local_time
        const QTime time(int(clock.hours().count()), int(clock.minutes().count()));
        if (context.locale.language() == QLocale::C)
            return time.toString(u"HH:mm"_s);
        return context.locale.toString(time, QLocale::ShortFormat);
    }

    // With `variant`, also which combination of the lists the choices make,
    // numbered as expand() lists them: the last list varies fastest, and the
    // combinations of a list's option j follow those of options 0 … j-1.
    Expected<QString> render(const Sequence &sequence, std::uint64_t *variant = nullptr) const
    {
        QString out;
        if (variant)
            *variant = 0;
        for (const Node &node : sequence) {
            switch (node.kind) {
            case Node::Kind::Text:
                out += node.text;
                break;
            case Node::Kind::Placeholder: {
                auto value = placeholder(node.text);
                if (!value)
                    return value;
                out += *value;
                break;
            }
            case Node::Kind::Variants: {
                const std::size_t chosen = chooseOption(context.handle, templateId, node.group,
                                                        node.options.size());
                std::uint64_t inner = 0;
                auto value = render(node.options[chosen], variant ? &inner : nullptr);
                if (!value)
                    return value;
                out += *value;
                if (variant) {
                    std::uint64_t digit = inner;
                    for (std::size_t k = 0; k < chosen; ++k)
                        digit = saturatingAdd(digit, countOf(node.options[k]));
                    *variant = saturatingAdd(saturatingMultiply(*variant, optionsCount(node)), digit);
                }
                break;
            }
            }
            if (out.size() > maxRenderedCharacters) {
                return fail(u"template"_s, u"the rendered text would be longer than %1 characters"_s
                                               .arg(maxRenderedCharacters));
            }
        }
        return out;
    }
};

QString escapedText(const QString &text)
{
    QString out = text;
    out.replace(u"{"_s, u"{{"_s).replace(u"}"_s, u"}}"_s);
    return out;
}

// The first expansion of `nodes`: the first option of every list.
void appendFirst(QString &out, std::span<const Node> nodes)
{
    for (const Node &node : nodes) {
        switch (node.kind) {
        case Node::Kind::Text:
            out += escapedText(node.text);
            break;
        case Node::Kind::Placeholder:
            out += u'{' + node.text + u'}';
            break;
        case Node::Kind::Variants:
            appendFirst(out, node.options.front());
            break;
        }
    }
}

// All expansions of `sequence`, at most `cap`, and no more once they hold
// maxExpandedCharacters in all (the first one always goes in).
QStringList expand(const Sequence &sequence, std::size_t cap)
{
    const auto full = [cap](const QStringList &list, qsizetype characters) {
        return std::size_t(list.size()) >= cap || characters >= maxExpandedCharacters;
    };
    // The last list varies fastest, so among the first `cap` expansions only
    // the last few lists vary: every node before them takes its first option
    // (and "{a|b}" 100,000 times costs no more than 10 times).
    std::size_t split = sequence.size();
    for (std::uint64_t count = 1; split > 0 && count < cap; --split) {
        if (sequence[split - 1].kind == Node::Kind::Variants)
            count = saturatingMultiply(count, optionsCount(sequence[split - 1]));
    }
    QString fixedStart;
    appendFirst(fixedStart, std::span(sequence).first(split));
    QStringList results{fixedStart};
    for (const Node &node : std::span(sequence).subspan(split)) {
        if (node.kind != Node::Kind::Variants) {
            // Appended in place: copying every prefix for each of 100,000
            // placeholders would take quadratic time. Results past the
            // character budget are dropped first, as below.
            const QString piece = node.kind == Node::Kind::Text ? escapedText(node.text)
                                                                : u'{' + node.text + u'}';
            qsizetype keep = 0;
            for (qsizetype characters = 0; keep < results.size(); ++keep) {
                if (keep > 0 && characters >= maxExpandedCharacters)
                    break;
                characters += results.at(keep).size() + piece.size();
            }
            results.resize(keep);
            for (QString &result : results)
                result += piece;
            continue;
        }
        QStringList pieces;
        qsizetype pieceCharacters = 0;
        for (const Sequence &option : node.options) {
            for (QString &piece : expand(option, cap)) {
                pieceCharacters += piece.size();
                pieces << std::move(piece);
            }
            if (full(pieces, pieceCharacters))
                break;
        }
        QStringList next;
        qsizetype characters = 0;
        for (const QString &prefix : results) {
            for (const QString &piece : pieces) {
                if (full(next, characters))
                    break;
                QString joined = prefix + piece;
                characters += joined.size();
                next << std::move(joined);
            }
        }
        results = std::move(next);
    }
    return results;
}

} // namespace

QStringList placeholderNames()
{
    return {u"hashtag"_s, u"link"_s, u"local_time"_s, u"local_date"_s, u"city"_s, u"zone"_s};
}

std::uint64_t stableHash(QByteArrayView bytes)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char byte : bytes) {
        hash ^= static_cast<unsigned char>(byte);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

Expected<QString> renderTemplate(const MessageTemplate &messageTemplate, const RenderContext &context)
{
    auto parsed = Parser(messageTemplate.text).parse();
    if (!parsed)
        return std::unexpected(parsed.error());
    return Renderer{context, messageTemplate.id}.render(*parsed);
}

Expected<RenderedVariant> renderVariant(const MessageTemplate &messageTemplate,
                                        const RenderContext &context)
{
    auto parsed = Parser(messageTemplate.text).parse();
    if (!parsed)
        return std::unexpected(parsed.error());
    RenderedVariant rendered;
    auto text = Renderer{context, messageTemplate.id}.render(*parsed, &rendered.index);
    if (!text)
        return std::unexpected(text.error());
    rendered.text = std::move(*text);
    return rendered;
}

Expected<void> checkTemplate(QStringView text)
{
    auto parsed = Parser(text).parse();
    if (!parsed)
        return std::unexpected(parsed.error());
    return {};
}

Expected<std::uint64_t> variantCount(QStringView text)
{
    auto parsed = Parser(text).parse();
    if (!parsed)
        return std::unexpected(parsed.error());
    return countOf(*parsed);
}

Expected<QStringList> expandAll(QStringView text, std::size_t cap)
{
    auto parsed = Parser(text).parse();
    if (!parsed)
        return std::unexpected(parsed.error());
    if (cap == 0)
        return QStringList{};
    return expand(*parsed, cap);
}

} // namespace Chorus::Text
