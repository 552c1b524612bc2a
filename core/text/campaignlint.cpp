#include "campaignlint.h"

#include "postlength.h"
#include "templatelength.h"
#include "templaterender.h"

#include <QHash>
#include <QRegularExpression>

#include <map>

using namespace Qt::StringLiterals;

namespace Chorus::Text {

namespace {

constexpr std::size_t maxVariantsLinted = 1000;
constexpr double nearIdentical = 0.9;

QString normalizedForComparison(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text.toCaseFolded()) {
        if (!c.isPunct() && !c.isSpace()) {
            if (space && !out.isEmpty())
                out += u' ';
            out += c;
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

// "#AlitaSequel", "AlitaSequel" and " #AlitaSequel " all name the tag "AlitaSequel".
QString tagWithoutHash(const QString &hashtag)
{
    QString tag = hashtag.trimmed();
    while (tag.startsWith(u'#') || tag.startsWith(QChar(0xFF03)))
        tag.remove(0, 1);
    return tag;
}

const QRegularExpression &hashtagRegex()
{
    static const QRegularExpression regex(
        u"(?<![\\p{L}\\p{M}\\p{Nd}_&/#\\x{FF03}])[#\\x{FF03}]([\\p{L}\\p{M}\\p{Nd}_]*[\\p{L}\\p{M}_][\\p{L}\\p{M}\\p{Nd}_]*)"_s);
    return regex;
}

// Phrases that ask people to retweet, repost, boost or share. Retweets and
// reposts do not count toward trends; fans should write their own posts.
const QRegularExpression &repostRequestRegex()
{
    static const QRegularExpression regex(
        u"\\b(?:re-?tweet(?:s|ed|ing)?|re-?post(?:s|ed|ing)?|boost(?:s|ed|ing)?|quote[- ]tweet"
        "|(?:please|pls|plz) share|share this|retu[ií]te\\w*|reposte\\w*"
        "|compartilh\\w*|compart(?:e|an|ir|alo|ilo)\\b|d[eêáa] (?:rt|retweet)|den rt|dale rt)\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return regex;
}

const QRegularExpression &rtRegex()
{
    static const QRegularExpression regex(u"\\bRT\\b"_s);
    return regex;
}

// Collects one finding per (template, kind): the first variant that shows it
// and how many do.
class Collector
{
public:
    void add(LintFinding::Severity severity, const QString &templateId, const QString &kind,
             qsizetype variant, const QString &message)
    {
        const QString key = templateId + u'\x1f' + kind;
        const auto found = m_index.find(key);
        if (found != m_index.end()) {
            ++m_entries[found->second].count;
            return;
        }
        m_index.emplace(key, m_entries.size());
        m_entries.push_back({{severity, templateId, message}, variant, 1});
    }

    std::vector<LintFinding> findings(const std::map<QString, qsizetype> &variantTotals) const
    {
        std::vector<LintFinding> out;
        for (const Entry &entry : m_entries) {
            LintFinding finding = entry.finding;
            const auto total = variantTotals.find(entry.finding.templateId);
            if (entry.variant >= 0 && total != variantTotals.end() && total->second > 1) {
                finding.message = u"variant %1 of %2: %3"_s.arg(entry.variant + 1)
                                      .arg(total->second)
                                      .arg(finding.message);
                if (entry.count > 1)
                    finding.message += u" (%1 variants have this problem)"_s.arg(entry.count);
            }
            out.push_back(std::move(finding));
        }
        return out;
    }

private:
    struct Entry
    {
        LintFinding finding;
        qsizetype variant;
        int count;
    };
    std::vector<Entry> m_entries;
    std::map<QString, std::size_t> m_index;
};

QString shortened(const QString &text)
{
    return quoted(text);
}

} // namespace

QString severityName(LintFinding::Severity severity)
{
    return severity == LintFinding::Severity::Error ? u"error"_s : u"warning"_s;
}

double similarity(const QString &a, const QString &b)
{
    const QString x = normalizedForComparison(a);
    const QString y = normalizedForComparison(b);
    const qsizetype longest = std::max(x.size(), y.size());
    if (longest == 0)
        return 1.0;
    std::vector<qsizetype> previous(std::size_t(y.size()) + 1), current(previous.size());
    for (qsizetype j = 0; j <= y.size(); ++j)
        previous[std::size_t(j)] = j;
    for (qsizetype i = 1; i <= x.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const qsizetype substitution = previous[std::size_t(j - 1)] + (x[i - 1] == y[j - 1] ? 0 : 1);
            current[std::size_t(j)] = std::min({previous[std::size_t(j)] + 1,
                                                current[std::size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return 1.0 - double(previous[std::size_t(y.size())]) / double(longest);
}

std::vector<LintFinding> lintCampaign(const QString &hashtag,
                                      std::span<const MessageTemplate> templates,
                                      const QString &link)
{
    using Severity = LintFinding::Severity;
    Collector collector;
    std::map<QString, qsizetype> variantTotals;
    std::vector<LintFinding> campaignFindings;

    const QString tag = tagWithoutHash(hashtag).toCaseFolded();
    if (tag.isEmpty())
        campaignFindings.push_back({Severity::Error, {}, u"the campaign has no hashtag"_s});
    const QString shownTag = tag.isEmpty() ? u"#hashtag"_s : u'#' + tagWithoutHash(hashtag);
    if (!tag.isEmpty()) {
        const QRegularExpressionMatch whole = hashtagRegex().match(shownTag);
        if (!whole.hasMatch() || whole.capturedLength(0) != shownTag.size()) {
            campaignFindings.push_back(
                {Severity::Error, {},
                 u"the campaign hashtag %1 is not one the platforms recognise: use letters, "
                 "digits and _ only, and at least one letter"_s.arg(quoted(shownTag))});
        }
    }
    const RenderContext context = worstCaseContext(shownTag, link);

    for (const MessageTemplate &messageTemplate : templates) {
        const QString &id = messageTemplate.id;
        auto expansions = expandAll(messageTemplate.text, maxVariantsLinted);
        if (!expansions) {
            collector.add(Severity::Error, id, u"syntax"_s, -1, expansions.error().message);
            continue;
        }
        const auto count = variantCount(messageTemplate.text);
        variantTotals[id] = expansions->size();
        if (count && *count > std::uint64_t(expansions->size())) { // over the cap, or very long
            collector.add(Severity::Warning, id, u"many"_s, -1,
                          u"has %1 variants; lint checked the first %2"_s.arg(*count).arg(expansions->size()));
        }
        if (count && *count == 1) {
            collector.add(Severity::Warning, id, u"novariants"_s, -1,
                          u"has no variants {a|b}: every fan in a zone would post the same text, "
                          "which platforms treat as spam"_s);
        }
        if (messageTemplate.platforms.isEmpty())
            collector.add(Severity::Warning, id, u"noplatform"_s, -1, u"is for no platform"_s);
        std::vector<Platform> platforms;
        for (const QString &name : messageTemplate.platforms) {
            const auto platform = parsePlatform(name);
            if (platform)
                platforms.push_back(*platform);
            else
                collector.add(Severity::Error, id, u"platform:"_s + name, -1, platform.error().message);
        }

        QHash<QString, qsizetype> seenVariants;
        for (qsizetype v = 0; v < expansions->size(); ++v) {
            MessageTemplate variant = messageTemplate;
            variant.text = expansions->at(v);
            const auto rendered = renderTemplate(variant, context);
            if (!rendered) {
                collector.add(Severity::Error, id, u"render"_s, v, rendered.error().message);
                continue;
            }
            const QString &text = *rendered;

            for (const Platform platform : platforms) {
                const PostLength length = measure(platform, text);
                const QString name = platformName(platform);
                if (length.length == 0) {
                    collector.add(Severity::Error, id, u"empty:"_s + name, v, u"the post is empty"_s);
                } else if (length.length > length.limit) {
                    collector.add(Severity::Error, id, u"length:"_s + name, v,
                                  u"%1 characters on %2, over its limit of %3: %4"_s
                                      .arg(length.length).arg(name).arg(length.limit).arg(shortened(text)));
                } else if (length.byteLimit > 0 && length.bytes > length.byteLimit) {
                    collector.add(Severity::Error, id, u"bytes:"_s + name, v,
                                  u"%1 bytes on %2, over its limit of %3"_s
                                      .arg(length.bytes).arg(name).arg(length.byteLimit));
                }
            }

            // Hashtags, outside the links.
            QString withoutUrls = text;
            for (const UrlSpan &url : extractUrls(text))
                withoutUrls.replace(url.start, url.length, QString(url.length, u' '));
            int campaignCount = 0;
            QStringList others;
            QRegularExpressionMatchIterator it = hashtagRegex().globalMatch(withoutUrls);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                if (!tag.isEmpty() && match.captured(1).toCaseFolded() == tag)
                    ++campaignCount;
                else
                    others << match.captured(0);
            }
            if (!tag.isEmpty() && campaignCount == 0) {
                collector.add(Severity::Error, id, u"nohashtag"_s, v,
                              u"does not contain the campaign hashtag %1: %2"_s.arg(shownTag, shortened(text)));
            } else if (campaignCount > 1) {
                collector.add(Severity::Error, id, u"repeated"_s, v,
                              u"contains the campaign hashtag %1 %2 times; use it exactly once"_s
                                  .arg(shownTag).arg(campaignCount));
            }
            if (!others.isEmpty()) {
                collector.add(Severity::Warning, id, u"otherhashtag"_s, v,
                              u"also carries %1; one hashtag per post keeps every post counting "
                              "toward %2"_s.arg(others.join(u", "_s), shownTag));
            }
            QRegularExpressionMatch ask = repostRequestRegex().match(text);
            if (!ask.hasMatch())
                ask = rtRegex().match(text);
            if (ask.hasMatch()) {
                collector.add(Severity::Warning, id, u"repost"_s, v,
                              u"asks for reposts (%1); retweets and reposts do not count toward "
                              "trends, so ask fans to write their own post"_s.arg(quoted(ask.captured(0))));
            }
            const QString normalized = normalizedForComparison(text);
            if (const auto same = seenVariants.constFind(normalized); same != seenVariants.cend()) {
                collector.add(Severity::Warning, id, u"samevariant"_s, v,
                              u"reads the same as variant %1"_s.arg(*same + 1));
            } else {
                seenVariants.insert(normalized, v);
            }
        }
    }

    // Identical and near-identical templates, pair by pair.
    for (std::size_t i = 0; i < templates.size(); ++i) {
        for (std::size_t j = i + 1; j < templates.size(); ++j) {
            const QString a = normalizedForComparison(templates[i].text);
            const QString b = normalizedForComparison(templates[j].text);
            if (a == b) {
                collector.add(Severity::Error, templates[i].id, u"identical:"_s + templates[j].id, -1,
                              u"has the same text as template %1"_s.arg(quoted(templates[j].id)));
                continue;
            }
            const double alike = similarity(templates[i].text, templates[j].text);
            if (alike >= nearIdentical) {
                collector.add(Severity::Warning, templates[i].id, u"similar:"_s + templates[j].id, -1,
                              u"is %1% alike template %2; platforms treat near-identical mass posts "
                              "as spam"_s.arg(qRound(alike * 100)).arg(quoted(templates[j].id)));
            }
        }
    }

    std::vector<LintFinding> findings = std::move(campaignFindings);
    for (LintFinding &finding : collector.findings(variantTotals))
        findings.push_back(std::move(finding));
    return findings;
}

} // namespace Chorus::Text
