// Template rendering: placeholders per participant, stable variants, errors.
#include "testutil.h"

#include "text/templaterender.h"

#include <QSet>

using namespace Chorus::Text;
using namespace Chorus::Test;
using namespace Qt::StringLiterals;

namespace {

RenderContext fan(const char *zone, QLocale locale, const QString &handle = u"@fan"_s)
{
    RenderContext context;
    context.hashtag = u"#AlitaSequel"_s;
    context.link = u"https://example.org/alita"_s;
    context.start = at("2027-02-14T17:00:00Z");
    context.zone = QTimeZone(zone);
    context.locale = std::move(locale);
    context.city = u"Kolkata"_s;
    context.handle = handle;
    return context;
}

QString rendered(const QString &text, const RenderContext &context, const QString &id = u"main"_s)
{
    const auto result = renderTemplate({id, text, {u"x"_s}}, context);
    EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().text().toStdString());
    return result.value_or(QString());
}

QString renderError(const QString &text, const RenderContext &context)
{
    const auto result = renderTemplate({u"main"_s, text, {u"x"_s}}, context);
    EXPECT_FALSE(result.has_value()) << "rendered as " << result.value_or(QString()).toStdString();
    return result ? QString() : result.error().message;
}

struct PlaceholderRow
{
    std::string name;
    const char *zone;
    QLocale locale;
    QString time;
    QString date;
    QString offset;
    friend void PrintTo(const PlaceholderRow &row, std::ostream *os) { *os << row.name; }
};

class Placeholders : public testing::TestWithParam<PlaceholderRow>
{
};

TEST_P(Placeholders, LocalTimeDateAndZoneAreTheParticipants)
{
    const PlaceholderRow &row = GetParam();
    const RenderContext context = fan(row.zone, row.locale);
    EXPECT_EQ(rendered(u"{local_time}"_s, context), row.time);
    EXPECT_EQ(rendered(u"{local_date}"_s, context), row.date);
    EXPECT_EQ(rendered(u"{zone}"_s, context), row.offset);
}

// 2027-02-14T17:00:00Z around the world.
INSTANTIATE_TEST_SUITE_P(
    Zones, Placeholders,
    testing::Values(
        PlaceholderRow{"Kolkata_en_GB", "Asia/Kolkata", QLocale(QLocale::English, QLocale::UnitedKingdom),
                       u"22:30"_s, u"14/02/2027"_s, u"UTC+05:30"_s},
        PlaceholderRow{"LosAngeles_en_US", "America/Los_Angeles", QLocale(QLocale::English, QLocale::UnitedStates),
                       u"9:00 AM"_s, u"2/14/27"_s, u"UTC-08:00"_s},
        PlaceholderRow{"Kathmandu_C", "Asia/Kathmandu", QLocale::c(), u"22:45"_s, u"2027-02-14"_s,
                       u"UTC+05:45"_s},
        PlaceholderRow{"Kiritimati_next_day", "Pacific/Kiritimati", QLocale::c(), u"07:00"_s,
                       u"2027-02-15"_s, u"UTC+14:00"_s},
        PlaceholderRow{"Pago_Pago_same_day", "Pacific/Pago_Pago", QLocale::c(), u"06:00"_s,
                       u"2027-02-14"_s, u"UTC-11:00"_s},
        PlaceholderRow{"SaoPaulo_pt_BR", "America/Sao_Paulo", QLocale(QLocale::Portuguese, QLocale::Brazil),
                       u"14:00"_s, u"14/02/2027"_s, u"UTC-03:00"_s},
        PlaceholderRow{"London_UTC", "Europe/London", QLocale::c(), u"17:00"_s, u"2027-02-14"_s, u"UTC"_s},
        PlaceholderRow{"Tokyo_ja", "Asia/Tokyo", QLocale(QLocale::Japanese, QLocale::Japan), u"2:00"_s,
                       u"2027/02/15"_s, u"UTC+09:00"_s}),
    ByName());

TEST(Placeholders, DstIsTakenAtTheStart)
{
    RenderContext context = fan("Europe/Berlin", QLocale::c());
    context.start = at("2027-03-28T00:30:00Z");
    EXPECT_EQ(rendered(u"{local_time} {zone}"_s, context), u"01:30 UTC+01:00"_s);
    context.start = at("2027-03-28T01:00:00Z");
    EXPECT_EQ(rendered(u"{local_time} {zone}"_s, context), u"03:00 UTC+02:00"_s);
}

TEST(Placeholders, CampaignValuesAndEscapedBraces)
{
    const RenderContext context = fan("Asia/Kolkata", QLocale::c());
    EXPECT_EQ(rendered(u"We want a sequel! {hashtag} {link} from {city}"_s, context),
              u"We want a sequel! #AlitaSequel https://example.org/alita from Kolkata"_s);
    EXPECT_EQ(rendered(u"{{hashtag}} is written {hashtag} }}"_s, context),
              u"{hashtag} is written #AlitaSequel }"_s);
    EXPECT_EQ(rendered(u"a | b"_s, context), u"a | b"_s);
    EXPECT_EQ(rendered(u""_s, context), u""_s);
}

struct ErrorRow
{
    std::string name;
    QString text;
    QString mentions;
    friend void PrintTo(const ErrorRow &row, std::ostream *os) { *os << row.name; }
};

class TemplateErrors : public testing::TestWithParam<ErrorRow>
{
};

TEST_P(TemplateErrors, NameTheProblemAndItsPosition)
{
    const ErrorRow &row = GetParam();
    const QString message = renderError(row.text, fan("Asia/Kolkata", QLocale::c()));
    EXPECT_TRUE(message.contains(row.mentions)) << message.toStdString();
    EXPECT_FALSE(checkTemplate(row.text).has_value());
    EXPECT_FALSE(variantCount(row.text).has_value());
    EXPECT_FALSE(expandAll(row.text).has_value());
}

INSTANTIATE_TEST_SUITE_P(
    Syntax, TemplateErrors,
    testing::Values(
        ErrorRow{"Unknown", u"Go {hastag}!"_s, u"unknown placeholder {hastag} at character 4"_s},
        ErrorRow{"UnknownCase", u"{Hashtag}"_s, u"unknown placeholder {Hashtag} at character 1"_s},
        ErrorRow{"UnknownInsideVariant", u"{a|b {twon}}"_s, u"unknown placeholder {twon} at character 6"_s},
        ErrorRow{"Empty", u"x {}"_s, u"empty placeholder {} at character 3"_s},
        ErrorRow{"Unclosed", u"Go {hashtag"_s, u"'{' at character 4 is never closed"_s},
        ErrorRow{"UnclosedVariant", u"{a|b"_s, u"'{' at character 1 is never closed"_s},
        ErrorRow{"Stray", u"Go } now"_s, u"stray '}' at character 4"_s},
        ErrorRow{"NestedPlaceholder", u"{{{hashtag}}"_s, u"stray '}' at character 12"_s},
        ErrorRow{"ListsTheNames", u"{x}"_s, u"{hashtag}, {link}, {local_time}, {local_date}, {city}, {zone}"_s}),
    ByName());

// Found by review for the fuzz target (tests/fuzz): each nesting level was a
// recursion in the parser, so "{|{|{|…" from a hostile campaign file
// overflowed the stack. Nesting is now limited to 16 levels.
TEST(TemplateErrors, DeepNestingIsAnErrorNotAStackOverflow)
{
    const auto nested = [](qsizetype levels) -> QString {
        return u"{|"_s.repeated(levels) + u"}"_s.repeated(levels);
    };
    EXPECT_EQ(variantCount(nested(16)), 17u); // 16 levels: fine
    const auto deep = checkTemplate(nested(17));
    ASSERT_FALSE(deep.has_value());
    EXPECT_EQ(deep.error().message, u"variant lists nested more than 16 deep at character 33"_s);
    const QString hostile = nested(1'000'000);
    EXPECT_FALSE(checkTemplate(hostile).has_value());
    EXPECT_FALSE(variantCount(hostile).has_value());
    EXPECT_FALSE(expandAll(hostile).has_value());
    EXPECT_TRUE(renderError(hostile, fan("Asia/Kolkata", QLocale::c())).contains(u"nested"_s));
}

// Found with the fuzz target's campaign bombs (tests/fuzz): a 1.6 MB campaign
// whose template is "{link}" 100,000 times with a 1 MB link rendered to
// 200 GB; now a render stops at maxRenderedCharacters.
TEST(TemplateErrors, ARenderLongerThanTheLimitIsAnError)
{
    RenderContext context = fan("Asia/Kolkata", QLocale::c());
    context.link = u"https://example.org/"_s + QString(1000, u'a');
    EXPECT_EQ(rendered(u"{link}"_s.repeated(98), context).size(), 98 * 1020);
    EXPECT_EQ(renderError(u"{link}"_s.repeated(100), context),
              u"the rendered text would be longer than 100000 characters"_s);
    EXPECT_EQ(renderError(u"{x|{link}}"_s.repeated(100'000), context),
              u"the rendered text would be longer than 100000 characters"_s);
}

TEST(TemplateErrors, MissingValuesAreErrorsNotBlanks)
{
    RenderContext context = fan("Asia/Kolkata", QLocale::c());
    context.link.clear();
    EXPECT_TRUE(renderError(u"{hashtag} {link}"_s, context).contains(u"{link}"_s));
    context.zone = QTimeZone("Mars/Olympus_Mons");
    EXPECT_TRUE(renderError(u"{local_time}"_s, context).contains(u"zone"_s));
    EXPECT_EQ(rendered(u"{hashtag}"_s, context), u"#AlitaSequel"_s); // the zone is not needed here
}

TEST(Variants, CountAndExpansion)
{
    EXPECT_EQ(variantCount(u"no variants {hashtag}"_s).value(), 1u);
    EXPECT_EQ(variantCount(u"{Hi|Hello} {a|b|c}!"_s).value(), 6u);
    EXPECT_EQ(variantCount(u"{Bora {x|y}!|Go!}"_s).value(), 3u);
    EXPECT_EQ(variantCount(u"{|!}"_s).value(), 2u);
    QString huge;
    for (int i = 0; i < 70; ++i)
        huge += u"{a|b}"_s;
    EXPECT_EQ(variantCount(huge).value(), std::numeric_limits<std::uint64_t>::max());
    EXPECT_EQ(expandAll(huge, 50).value().size(), 50);

    EXPECT_EQ(expandAll(u"{Hi|Hello} {hashtag} {{x}}"_s).value(),
              (QStringList{u"Hi {hashtag} {{x}}"_s, u"Hello {hashtag} {{x}}"_s}));
    EXPECT_EQ(expandAll(u"{Bora {city}!|Go {x|y}!}"_s).value(),
              (QStringList{u"Bora {city}!"_s, u"Go x!"_s, u"Go y!"_s}));
    EXPECT_EQ(expandAll(u"{a|b}{c|d}"_s, 3).value(), (QStringList{u"ac"_s, u"ad"_s, u"bc"_s}));
}

// Found with the fuzz target's campaign bombs (tests/fuzz): 1000 expansions of
// a 3-million-character template took 6.5 GB in lint, and 100,000
// placeholders took quadratic time. The expansions now stop at
// maxExpandedCharacters in all, and there is always at least one.
TEST(Variants, ExpansionStopsAtTheCharacterBudget)
{
    const QString longText = QString(300'000, u'x');
    const auto expansions = expandAll(QString(u"{a|b}"_s.repeated(10) + longText), 1000);
    ASSERT_TRUE(expansions.has_value());
    EXPECT_EQ(expansions->size(), 4); // 4 × 300,010 characters reach the budget of 1,000,000
    EXPECT_EQ(expansions->front(), QString(u"a"_s.repeated(10) + longText));
    EXPECT_EQ(expansions->back(), QString(u"a"_s.repeated(8) + u"bb"_s + longText));

    const auto huge = expandAll(QString(u"{a|b} "_s + QString(2'000'000, u'y')));
    ASSERT_TRUE(huge.has_value());
    EXPECT_EQ(huge->size(), 1);

    const auto placeholders = expandAll(QString(u"{link}"_s.repeated(100'000) + u"{a|b}"_s));
    ASSERT_TRUE(placeholders.has_value());
    ASSERT_EQ(placeholders->size(), 2);
    EXPECT_EQ(placeholders->front().size(), 600'001);
    EXPECT_EQ(variantCount(QString(u"{a|b}"_s.repeated(10) + longText)), 1024u); // counting is not capped
}

// Found with the fuzz target: "{a|b}" 100,000 times (500 kB) ran out of 2 GB,
// each list copying up to `cap` prefixes. Only the last lists vary among the
// first `cap` expansions, so the ones before are now taken once.
TEST(Variants, ManyListsExpandOnlyTheLastOnes)
{
    const auto expansions = expandAll(u"{a|b}"_s.repeated(100'000), 1000);
    ASSERT_TRUE(expansions.has_value());
    ASSERT_EQ(expansions->size(), 10); // 10 × 100,000 characters: the budget
    EXPECT_EQ(expansions->front(), QString(100'000, u'a'));
    EXPECT_EQ(expansions->back(), QString(QString(99'996, u'a') + u"baab"_s)); // 9 = 1001 in binary
    const auto few = expandAll(u"{x|y} {a|b}{c|d|e}"_s, 4);
    EXPECT_EQ(*few, (QStringList{u"x ac"_s, u"x ad"_s, u"x ae"_s, u"x bc"_s}));
}

TEST(Variants, ChoiceIsStableAndSeededByTheHandle)
{
    const QString text = u"{We want it|Give us|Make} the sequel {now|today|at last|please} {hashtag}"_s;
    const RenderContext a = fan("Asia/Kolkata", QLocale::c(), u"@Alita_Fan"_s);
    // Same handle, however it is written: same text.
    EXPECT_EQ(rendered(text, a), rendered(text, fan("Asia/Kolkata", QLocale::c(), u" alita_fan"_s)));
    // Pinned: FNV-1a is the same in every process and on every machine, so a
    // fan's post does not change between runs (qHash would).
    EXPECT_EQ(stableHash("a"), 0xaf63dc4c8601ec8cULL);
    EXPECT_EQ(stableHash(""), 0xcbf29ce484222325ULL);
    const QString pinned = rendered(text, a);
    EXPECT_EQ(pinned, rendered(text, a));

    // Across many fans every combination shows up, none dominating.
    const auto all = expandAll(text).value();
    QHash<QString, int> counts;
    for (int i = 0; i < 6000; ++i)
        ++counts[rendered(text, fan("Asia/Kolkata", QLocale::c(), u"@fan%1"_s.arg(i)))];
    EXPECT_EQ(counts.size(), all.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        EXPECT_LT(it.value(), 2 * 6000 / all.size()) << it.key().toStdString();

    // Another template id reshuffles the choice for the same fan.
    int differs = 0;
    for (int i = 0; i < 50; ++i) {
        const RenderContext f = fan("Asia/Kolkata", QLocale::c(), u"@f%1"_s.arg(i));
        differs += rendered(text, f, u"main"_s) != rendered(text, f, u"other"_s);
    }
    EXPECT_GT(differs, 25);
}


TEST(Variants, RenderVariantNamesTheVariantInExpansionOrder)
{
    // For every handle, the number is the place in expandAll() of the text the
    // handle gets, nested lists and placeholders included.
    for (const QString &text : {u"{We want it|Give us|Make} the sequel {now|today|at last} {hashtag}"_s,
                                u"{Bora {city}!|Go {x|y|z}!|Hey} {a|b}"_s,
                                u"{A {x|y}|B}!"_s, u"no variants {link}"_s}) {
        const auto all = expandAll(text).value();
        QSet<std::uint64_t> seen;
        for (int i = 0; i < 300; ++i) {
            const RenderContext f = fan("Asia/Kolkata", QLocale::c(), u"@fan%1"_s.arg(i));
            const auto variant = renderVariant({u"main"_s, text, {u"x"_s}}, f);
            ASSERT_TRUE(variant) << variant.error().text().toStdString();
            EXPECT_EQ(variant->text, rendered(text, f)) << "the same text renderTemplate() gives";
            ASSERT_LT(variant->index, std::uint64_t(all.size())) << text.toStdString();
            EXPECT_EQ(rendered(all.at(qsizetype(variant->index)), f), variant->text)
                << text.toStdString() << " variant " << variant->index;
            seen.insert(variant->index);
        }
        // Not every combination: the lists' choices for one handle are not
        // independent (two lists of three never both take the same option).
        EXPECT_EQ(seen.size() > 1, all.size() > 1) << text.toStdString();
    }
}

TEST(Variants, RenderVariantKeepsEqualTextsApartAndCountsPastTheCap)
{
    // Two options with the same text are still two variants.
    QSet<std::uint64_t> seen;
    for (int i = 0; i < 40; ++i) {
        const auto variant = renderVariant({u"main"_s, u"{Go|Go}!"_s, {u"x"_s}},
                                           fan("UTC", QLocale::c(), u"@f%1"_s.arg(i)));
        ASSERT_TRUE(variant);
        EXPECT_EQ(variant->text, u"Go!"_s);
        seen.insert(variant->index);
    }
    EXPECT_EQ(seen, (QSet<std::uint64_t> {0, 1}));

    // 2^12 variants, far past a 1000-long list: the number is the
    // combination's own, the lists' choices read as binary digits.
    const QString text = u"{a|b}"_s.repeated(12);
    for (int i = 0; i < 20; ++i) {
        const auto variant = renderVariant({u"main"_s, text, {u"x"_s}},
                                           fan("UTC", QLocale::c(), u"@f%1"_s.arg(i)));
        ASSERT_TRUE(variant);
        std::uint64_t binary = 0;
        for (const QChar c : variant->text)
            binary = binary * 2 + (c == u'b' ? 1 : 0);
        EXPECT_EQ(variant->index, binary) << variant->text.toStdString();
    }
    // Errors are renderTemplate()'s.
    EXPECT_FALSE(renderVariant({u"main"_s, u"{a|b"_s, {u"x"_s}}, fan("UTC", QLocale::c())));
}

} // namespace
