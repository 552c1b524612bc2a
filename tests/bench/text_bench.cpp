// Post lengths for 1000 realistic posts (text, hashtags, emoji, links, CJK):
// X's full twitter-text rules versus counting grapheme clusters alone (the
// ICU baseline every platform pays), and a lint of a 20-template campaign.
#include "ratio.h"

#include "text/campaignlint.h"
#include "text/postlength.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>

using namespace Chorus::Text;
using namespace Qt::StringLiterals;

namespace {

const QStringList &posts()
{
    static const QStringList list = [] {
        const QStringList pieces{u"We want a sequel!"_s, u"#AlitaSequel"_s, u"👨‍👩‍👧‍👦"_s, u"👍🏽"_s,
                                 u"🇧🇷"_s, u"https://example.org/alita/battle-angel?ref=fans"_s,
                                 u"example.com/x"_s, u"続編をお願いします"_s, u"Queremos a continuação!"_s,
                                 u"@alice@mastodon.social"_s, u"e\u0301"_s, u"…"_s};
        QRandomGenerator random(42);
        QStringList result;
        for (int i = 0; i < 1000; ++i) {
            QString post;
            const int n = 4 + int(random.bounded(10));
            for (int j = 0; j < n; ++j)
                post += pieces.at(int(random.bounded(pieces.size()))) + u' ';
            result << post;
        }
        return result;
    }();
    return list;
}

void measureXPosts(benchmark::State &state)
{
    for (auto _ : state) {
        long total = 0;
        for (const QString &post : posts())
            total += measureX(post).length;
        benchmark::DoNotOptimize(total);
    }
    state.counters["posts/s"] = benchmark::Counter(double(state.iterations()) * 1000,
                                                   benchmark::Counter::kIsRate);
}

void measureMastodonPosts(benchmark::State &state)
{
    for (auto _ : state) {
        long total = 0;
        for (const QString &post : posts())
            total += measureMastodon(post).length;
        benchmark::DoNotOptimize(total);
    }
}

void graphemesOnly(benchmark::State &state)
{
    for (auto _ : state) {
        long total = 0;
        for (const QString &post : posts())
            total += graphemeCount(post);
        benchmark::DoNotOptimize(total);
    }
}

void lintTwentyTemplates(benchmark::State &state)
{
    std::vector<MessageTemplate> templates;
    for (int i = 0; i < 20; ++i) {
        templates.push_back({u"t%1"_s.arg(i),
                             u"{We want|Give us|Bring on} sequel number %1 {now|today|at last|please}! "
                             "{hashtag} {link} {🎉|💙}"_s.arg(i * 7919),
                             {u"x"_s, u"bluesky"_s, u"mastodon"_s}});
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(lintCampaign(u"#AlitaSequel"_s, templates));
}

} // namespace

BENCHMARK(measureXPosts)->Unit(benchmark::kMillisecond);
BENCHMARK(measureMastodonPosts)->Unit(benchmark::kMillisecond);
BENCHMARK(graphemesOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(lintTwentyTemplates)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return Chorus::Bench::runWithRatios(argc, argv, {{"measureXPosts", "graphemesOnly"},
                                                     {"measureMastodonPosts", "graphemesOnly"}});
}
