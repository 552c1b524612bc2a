// Handles per platform (issue 13): a table of named rows for each rule, then
// a few hundred generated inputs compared with independent implementations
// (@atproto/syntax for Bluesky, node's WHATWG UTS #46 for Mastodon servers;
// tests/oracles/handle_oracle.js).
#include "checkin/handle.h"

#include "testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace Chorus::Checkin;
using namespace Chorus::Test;

namespace {

struct HandleRow
{
    std::string name;
    QString platform;
    QString input;
    QString canonical; ///< empty: refused
};

void PrintTo(const HandleRow &row, std::ostream *os)
{
    *os << row.name;
}

class HandleTest : public testing::TestWithParam<HandleRow>
{
};

TEST_P(HandleTest, CanonicalFormOrRefusal)
{
    const HandleRow &row = GetParam();
    const auto result = canonicalHandle(row.platform, row.input);
    if (row.canonical.isEmpty()) {
        ASSERT_FALSE(result.has_value()) << "accepted as " << result->toStdString();
        EXPECT_EQ(result.error().field, u"handle"_s);
        EXPECT_FALSE(result.error().message.isEmpty());
    } else {
        ASSERT_TRUE(result.has_value()) << result.error().text().toStdString();
        EXPECT_EQ(*result, row.canonical);
    }
}

const QString bskyLabel63 = QString(63, u'o');
// 63+1+63+1+63+1+56+5 = 253 characters, and one more.
const QString bsky253 = QString(63, u'a') + u'.' + QString(63, u'b') + u'.' + QString(63, u'c')
    + u'.' + QString(56, u'd') + u".test"_s;
const QString bsky254 = QString(63, u'a') + u'.' + QString(63, u'b') + u'.' + QString(63, u'c')
    + u'.' + QString(57, u'd') + u".test"_s;

INSTANTIATE_TEST_SUITE_P(
    Rules, HandleTest,
    testing::Values(
        // X: 1–15 of A-Z a-z 0-9 _, lower-cased
        HandleRow {"x_plain", u"x"_s, u"@AlitaFan"_s, u"alitafan"_s},
        HandleRow {"x_without_at", u"x"_s, u"AlitaFan"_s, u"alitafan"_s},
        HandleRow {"x_trimmed", u"x"_s, u"  @Alita_Fan_2019 \t"_s, u"alita_fan_2019"_s},
        HandleRow {"x_fifteen", u"x"_s, u"@abcdefghijklmno"_s, u"abcdefghijklmno"_s},
        HandleRow {"x_one", u"x"_s, u"@a"_s, u"a"_s},
        HandleRow {"x_digits", u"x"_s, u"@2019"_s, u"2019"_s},
        HandleRow {"x_sixteen", u"x"_s, u"@abcdefghijklmnop"_s, {}},
        HandleRow {"x_accent", u"x"_s, u"@caf\u00E9"_s, {}},
        HandleRow {"x_full_width", u"x"_s, u"@\uFF43\uFF41\uFF46\uFF45"_s, {}},
        HandleRow {"x_zero_width_space", u"x"_s, u"@ca\u200Bfe"_s, {}},
        HandleRow {"x_bidi_override", u"x"_s, u"@\u202Eevil"_s, {}},
        HandleRow {"x_byte_order_mark", u"x"_s, u"\uFEFFfan"_s, {}},
        HandleRow {"x_two_at", u"x"_s, u"@@fan"_s, {}}, HandleRow {"x_only_at", u"x"_s, u"@"_s, {}},
        HandleRow {"x_empty", u"x"_s, u"  "_s, {}},
        HandleRow {"x_space_inside", u"x"_s, u"@alita fan"_s, {}},
        HandleRow {"x_hyphen", u"x"_s, u"@alita-fan"_s, {}},
        HandleRow {"x_mastodon_form", u"x"_s, u"@fan@mastodon.social"_s, {}},
        HandleRow {"x_control", u"x"_s, u"@fan\u0007"_s, {}},
        // Bluesky: the AT Protocol handle syntax, lower-cased
        HandleRow {"bsky_default", u"bluesky"_s, u"alita.bsky.social"_s, u"alita.bsky.social"_s},
        HandleRow {"bsky_at_and_case", u"bluesky"_s, u"@Alita.BSKY.Social"_s,
                   u"alita.bsky.social"_s},
        HandleRow {"bsky_own_domain", u"bluesky"_s, u"alitaarmy.org"_s, u"alitaarmy.org"_s},
        HandleRow {"bsky_leading_digit_label", u"bluesky"_s, u"4chan.org"_s, u"4chan.org"_s},
        HandleRow {"bsky_punycode", u"bluesky"_s, u"xn--bcher-kva.tld"_s, u"xn--bcher-kva.tld"_s},
        HandleRow {"bsky_test_tld", u"bluesky"_s, u"john.test"_s, u"john.test"_s},
        HandleRow {"bsky_hyphen_inside", u"bluesky"_s, u"john-john.test"_s, u"john-john.test"_s},
        HandleRow {"bsky_label_63", u"bluesky"_s, u"short."_s + bskyLabel63 + u".test"_s,
                   u"short."_s + bskyLabel63 + u".test"_s},
        HandleRow {"bsky_253_characters", u"bluesky"_s, bsky253, bsky253},
        HandleRow {"bsky_254_characters", u"bluesky"_s, bsky254, {}},
        HandleRow {"bsky_label_64", u"bluesky"_s, u"short.o"_s + bskyLabel63 + u".test"_s, {}},
        HandleRow {"bsky_bare_name", u"bluesky"_s, u"alita"_s, {}},
        HandleRow {"bsky_local", u"bluesky"_s, u"laptop.local"_s, {}},
        HandleRow {"bsky_arpa", u"bluesky"_s, u"sri-nic.ARPA"_s, {}},
        HandleRow {"bsky_invalid", u"bluesky"_s, u"fan.invalid"_s, {}},
        HandleRow {"bsky_localhost", u"bluesky"_s, u"fan.localhost"_s, {}},
        HandleRow {"bsky_internal", u"bluesky"_s, u"fan.internal"_s, {}},
        HandleRow {"bsky_onion", u"bluesky"_s, u"friend.expyuzz4wqqyqhjn.onion"_s, {}},
        HandleRow {"bsky_example", u"bluesky"_s, u"fan.example"_s, {}},
        HandleRow {"bsky_alt", u"bluesky"_s, u"fan.alt"_s, {}},
        HandleRow {"bsky_digit_tld", u"bluesky"_s, u"alita.bsky.123"_s, {}},
        HandleRow {"bsky_address", u"bluesky"_s, u"127.0.0.1"_s, {}},
        HandleRow {"bsky_leading_hyphen", u"bluesky"_s, u"-alita.bsky.social"_s, {}},
        HandleRow {"bsky_trailing_hyphen", u"bluesky"_s, u"alita-.bsky.social"_s, {}},
        HandleRow {"bsky_empty_label", u"bluesky"_s, u"alita..bsky.social"_s, {}},
        HandleRow {"bsky_trailing_dot", u"bluesky"_s, u"alita.bsky.social."_s, {}},
        HandleRow {"bsky_leading_dot", u"bluesky"_s, u".alita.bsky.social"_s, {}},
        HandleRow {"bsky_unicode", u"bluesky"_s, u"b\u00FCcher.tld"_s, {}},
        HandleRow {"bsky_underscore", u"bluesky"_s, u"alita_fan.bsky.social"_s, {}},
        HandleRow {"bsky_zero_width", u"bluesky"_s, u"ali\u200Bta.bsky.social"_s, {}},
        HandleRow {"bsky_mastodon_form", u"bluesky"_s, u"@alita@bsky.social"_s, {}},
        // Mastodon: user@server, the server by IDNA (UTS #46) to ASCII
        HandleRow {"masto_plain", u"mastodon"_s, u"@alita@mastodon.social"_s,
                   u"alita@mastodon.social"_s},
        HandleRow {"masto_without_at", u"mastodon"_s, u"Alita@Mastodon.Social"_s,
                   u"alita@mastodon.social"_s},
        HandleRow {"masto_dot_in_user", u"mastodon"_s, u"@alita.fan@mastodon.social"_s,
                   u"alita.fan@mastodon.social"_s},
        HandleRow {"masto_user_30", u"mastodon"_s, QString(30, u'a') + u"@mastodon.social"_s,
                   QString(30, u'a') + u"@mastodon.social"_s},
        HandleRow {"masto_idn_composed", u"mastodon"_s, u"@fan@b\u00FCcher.example"_s,
                   u"fan@xn--bcher-kva.example"_s},
        HandleRow {"masto_idn_decomposed", u"mastodon"_s, u"@fan@bu\u0308cher.example"_s,
                   u"fan@xn--bcher-kva.example"_s},
        HandleRow {"masto_idn_upper_case", u"mastodon"_s, u"@Fan@B\u00DCCHER.Example"_s,
                   u"fan@xn--bcher-kva.example"_s},
        HandleRow {"masto_idn_already_ascii", u"mastodon"_s, u"@fan@xn--bcher-kva.example"_s,
                   u"fan@xn--bcher-kva.example"_s},
        HandleRow {"masto_sharp_s_nontransitional", u"mastodon"_s, u"fan@stra\u00DFe.de"_s,
                   u"fan@xn--strae-oqa.de"_s},
        HandleRow {"masto_cyrillic", u"mastodon"_s,
                   u"fan@\u043F\u0440\u0438\u043C\u0435\u0440.\u0440\u0444"_s,
                   u"fan@xn--e1afmkfd.xn--p1ai"_s},
        HandleRow {"masto_ideographic_full_stop", u"mastodon"_s, u"fan@mastodon\u3002social"_s,
                   u"fan@mastodon.social"_s},
        HandleRow {"masto_only_user", u"mastodon"_s, u"@fan"_s, {}},
        HandleRow {"masto_empty_user", u"mastodon"_s, u"@@mastodon.social"_s, {}},
        HandleRow {"masto_empty_server", u"mastodon"_s, u"@fan@"_s, {}},
        HandleRow {"masto_accent_in_user", u"mastodon"_s, u"@caf\u00E9@mastodon.social"_s, {}},
        HandleRow {
            "masto_full_width_user", u"mastodon"_s, u"@\uFF46\uFF41\uFF4E@mastodon.social"_s, {}},
        HandleRow {"masto_user_ends_with_dot", u"mastodon"_s, u"@fan.@mastodon.social"_s, {}},
        HandleRow {"masto_user_31", u"mastodon"_s, QString(31, u'a') + u"@mastodon.social"_s, {}},
        HandleRow {"masto_three_at", u"mastodon"_s, u"@a@b@c.social"_s, {}},
        HandleRow {"masto_bare_host", u"mastodon"_s, u"@fan@localhost"_s, {}},
        HandleRow {"masto_address", u"mastodon"_s, u"@fan@127.0.0.1"_s, {}},
        HandleRow {"masto_trailing_dot", u"mastodon"_s, u"@fan@mastodon.social."_s, {}},
        HandleRow {"masto_underscore_host", u"mastodon"_s, u"@fan@mast_odon.social"_s, {}},
        HandleRow {"masto_space_in_host", u"mastodon"_s, u"@fan@masto don.social"_s, {}},
        HandleRow {"masto_zero_width_in_host", u"mastodon"_s, u"@fan@mast\u200Bodon.social"_s, {}},
        HandleRow {"masto_joiner_in_host", u"mastodon"_s, u"@fan@a\u200Db.social"_s, {}},
        HandleRow {"masto_bidi_override_in_host", u"mastodon"_s, u"@fan@\u202Eevil.social"_s, {}},
        HandleRow {"masto_bidi_rule", u"mastodon"_s, u"@fan@a\u05D0.com"_s, {}},
        HandleRow {"masto_bad_punycode", u"mastodon"_s, u"@fan@xn--a.social"_s, {}},
        HandleRow {"masto_host_hyphen_end", u"mastodon"_s, u"@fan@mastodon-.social"_s, {}}),
    ByName {});

TEST(Handle, RefusalSaysWhatAHandleLooksLikeOnThatPlatform)
{
    const auto x = canonicalHandle(u"x", u"@caf\u00E9");
    ASSERT_FALSE(x);
    EXPECT_EQ(x.error().field, u"handle"_s);
    EXPECT_TRUE(x.error().message.contains(u"'@caf\u00E9'"_s)) << x.error().message.toStdString();
    EXPECT_TRUE(x.error().message.contains(u"an X handle is 1 to 15 letters"_s));
    const auto bluesky = canonicalHandle(u"bluesky", u"alita");
    ASSERT_FALSE(bluesky);
    EXPECT_TRUE(bluesky.error().message.contains(u"such as alita.bsky.social"_s));
    const auto mastodon = canonicalHandle(u"mastodon", u"@fan");
    ASSERT_FALSE(mastodon);
    EXPECT_TRUE(mastodon.error().message.contains(u"a Mastodon handle is user@server"_s));
    // The platform without the reason: unknown platforms blame the platform.
    EXPECT_EQ(canonicalHandle(u"myspace", u"@fan").error().field, u"platform"_s);
}

TEST(Handle, MessagesShowInvisibleCharactersEscaped)
{
    const auto bidi = canonicalHandle(u"x", u"@\u202Eevil");
    ASSERT_FALSE(bidi);
    EXPECT_FALSE(bidi.error().message.contains(QChar(0x202E)));
    EXPECT_TRUE(bidi.error().message.contains(u"'@\\u202Eevil'"_s))
        << bidi.error().message.toStdString();
    EXPECT_TRUE(bidi.error().message.contains(u"U+202E"_s));
    EXPECT_EQ(shownHandle(u"a\u200Bb"), u"'a\\u200Bb'"_s);
    EXPECT_EQ(shownHandle(u"caf\u00E9"), u"'caf\u00E9'"_s);
}

TEST(Handle, LongInputIsRefusedBeforeAnyRule)
{
    const QString huge = u"@fan@"_s + QString(100000, u'a') + u".social"_s;
    const auto result = canonicalHandle(u"mastodon", huge);
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.error().message.contains(u"longer than 300"_s));
    EXPECT_LT(result.error().message.size(), 200);
}

// ---- against the independent implementations --------------------------------------------

struct Probe
{
    QString platform;
    QString handle;
};

QList<Probe> oracleCorpus()
{
    QList<Probe> corpus;
    const QStringList platforms {u"x"_s, u"bluesky"_s, u"mastodon"_s};
    // Hand-picked edges, asked on every platform.
    const QStringList edges {
        u"@AlitaFan"_s,
        u"alita.bsky.social"_s,
        u"@alita@mastodon.social"_s,
        u"@"_s,
        u"@@"_s,
        u"a"_s,
        u"_"_s,
        u"@_"_s,
        QString(15, u'z'),
        QString(16, u'z'),
        u"@caf\u00E9"_s,
        u"@ca\u200Bfe"_s,
        u"@\u202Eevil"_s,
        u"@\uFF43\uFF41\uFF46\uFF45"_s,
        u"alita"_s,
        u"@fan"_s,
        u"laptop.local"_s,
        u"laptop.LOCAL"_s,
        u"fan.test"_s,
        u"fan.onion"_s,
        u"a.b"_s,
        u"a.1"_s,
        u"1.a"_s,
        u"a-.b"_s,
        u"-a.b"_s,
        u"a..b"_s,
        u".a.b"_s,
        u"a.b."_s,
        u"xn--bcher-kva.tld"_s,
        u"b\u00FCcher.tld"_s,
        u"@fan@b\u00FCcher.example"_s,
        u"@fan@bu\u0308cher.example"_s,
        u"@fan@stra\u00DFe.de"_s,
        u"@fan@mastodon\u3002social"_s,
        u"@fan@\uFF4D\uFF41\uFF53\uFF54\uFF4F\uFF44\uFF4F\uFF4E.social"_s,
        u"@fan@xn--a.social"_s,
        u"@fan@a\u05D0.com"_s,
        u"@fan@\u05D0\u05D1.com"_s,
        u"@fan@\u05D0\u05D1.\u05D2\u05D3"_s,
        u"@fan@ab--cd.social"_s,
        u"@fan@r3---sn-abc.example"_s,
        u"@fan@-a.social"_s,
        u"@fan@a-.social"_s,
        u"@fan@a_b.social"_s,
        u"@fan@localhost"_s,
        u"@fan@127.0.0.1"_s,
        u"@fan@[::1]"_s,
        u"@fan@a.b.c.d.e.social"_s,
        u"@fan.@a.social"_s,
        u"@.fan@a.social"_s,
        u"@fa..n@a.social"_s,
        u"@fa.-n@a.social"_s,
        u"@fa-n@a.social"_s,
        u"@a@b@c.social"_s,
        u"@fan@a%2e.social"_s,
        u"@fan@a/b.social"_s,
        u"@fan@a:b.social"_s,
        u"@fan@\u0101\u0301.social"_s,
        u"@fan@\u00E9.social"_s,
        u"@fan@e\u0301.social"_s,
        u"@fan@\u4F8B\u3048.\u30C6\u30B9\u30C8"_s,
        u"@fan@\u0645\u062B\u0627\u0644.com"_s,
        u"@fan@\u03C2.social"_s,
        u"@fan@\u03A3.social"_s,
        u"@fan@\u0130.social"_s,
        u"@fan@" + QString(63, u'a') + u".social"_s,
        u"@fan@" + QString(64, u'a') + u".social"_s,
        u"@fan@" + QString(63, u'a') + u'.' + QString(63, u'b') + u'.' + QString(63, u'c') + u'.'
            + QString(60, u'd'),
        u"@fan@" + QString(63, u'a') + u'.' + QString(63, u'b') + u'.' + QString(63, u'c') + u'.'
            + QString(61, u'd'),
        u" @AlitaFan "_s,
        u"\t@fan@mastodon.social\n"_s,
        QString(31, u'u') + u"@a.social"_s,
    };
    for (const QString &platform : platforms) {
        for (const QString &edge : edges)
            corpus.append(Probe {platform, edge});
    }
    // Seeded random handles built from pieces that exercise each rule.
    QRandomGenerator random(13);
    const QStringList users {
        u"fan"_s,          u"Alita_Fan"_s,    u"a"_s,       u"_x_"_s,       u"fan.club"_s,
        u"fan-club"_s,     u"fan."_s,         u"-fan"_s,    u"caf\u00E9"_s, u"f\u0430n"_s,
        QString(15, u'q'), QString(16, u'q'), u"FAN2019"_s, u""_s,          u"f an"_s,
        u"\uFF46an"_s};
    const QStringList labels {u"mastodon"_s,
                              u"social"_s,
                              u"bsky"_s,
                              u"B\u00FCcher"_s,
                              u"bu\u0308cher"_s,
                              u"stra\u00DFe"_s,
                              u"xn--bcher-kva"_s,
                              u"\u043F\u0440\u0438\u043C\u0435\u0440"_s,
                              u"\u0440\u0444"_s,
                              u"a-b"_s,
                              u"a--b"_s,
                              u"-ab"_s,
                              u"ab-"_s,
                              u"4chan"_s,
                              u"123"_s,
                              u"a_b"_s,
                              u"\u4F8B\u3048"_s,
                              u"\u05D0\u05D1"_s,
                              u"\u0627\u0644"_s,
                              u"\u03C2\u03C3"_s,
                              u"\uFF4D\uFF41"_s,
                              u"MiXeD"_s,
                              u"x"_s,
                              QString(63, u'l'),
                              QString(64, u'l'),
                              u""_s};
    const QStringList tlds {u"social"_s,   u"org"_s,          u"test"_s,     u"local"_s, u"arpa"_s,
                            u"onion"_s,    u"example"_s,      u"internal"_s, u"1com"_s,  u"c0m"_s,
                            u"xn--p1ai"_s, u"\u0440\u0444"_s, u"COM"_s,      u"alt"_s};
    const QStringList prefixes {u""_s, u"@"_s, u" "_s, u"@@"_s};
    const auto pick = [&random](const QStringList &list) {
        return list[int(random.bounded(quint32(list.size())))];
    };
    for (int i = 0; i < 360; ++i) {
        QString domain;
        const int parts = 1 + int(random.bounded(3u));
        for (int p = 0; p < parts; ++p)
            domain += pick(labels) + u'.';
        domain += pick(tlds);
        const QString platform = platforms[i % 3];
        QString handle = pick(prefixes);
        if (platform == u"x")
            handle += pick(users) + (random.bounded(4u) == 0 ? pick(users) : QString());
        else if (platform == u"bluesky")
            handle += domain;
        else
            handle += pick(users) + u'@' + domain;
        corpus.append(Probe {platform, handle});
    }
    return corpus;
}

bool hasRightToLeft(const QString &text)
{
    for (char32_t c : text.toUcs4()) {
        const auto direction = QChar::direction(c);
        if (direction == QChar::DirR || direction == QChar::DirAL)
            return true;
    }
    return false;
}

TEST(HandleOracle, AgreesWithAtprotoSyntaxAndWhatwgIdna)
{
    const QList<Probe> corpus = oracleCorpus();
    QByteArray input;
    for (const Probe &probe : corpus)
        input += QJsonDocument(
                     QJsonObject {{u"platform"_s, probe.platform}, {u"handle"_s, probe.handle}})
                     .toJson(QJsonDocument::Compact)
            + '\n';
    QProcessEnvironment env;
    env.insert(u"NODE_PATH"_s, QStringLiteral(CHORUS_ORACLE_DIR) + u"/node_modules"_s);
    const ProcessResult result
        = runProcess(u"node"_s, {QStringLiteral(CHORUS_HANDLE_ORACLE)}, input, 60000, env);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString()
                                  << " (dev.sh test installs node and the npm oracles)";
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), corpus.size()) << "the oracle did not answer every line";
    int valid = 0;
    int bidiOnlyOurs = 0;
    for (qsizetype i = 0; i < corpus.size(); ++i) {
        const QJsonObject answer = QJsonDocument::fromJson(lines[i]).object();
        const auto ours = canonicalHandle(corpus[i].platform, corpus[i].handle);
        const QString shown = corpus[i].platform + u' ' + shownHandle(corpus[i].handle);
        // node's domainToASCII does not apply UTS #46's bidi rule (RFC 5893),
        // which ICU does: a label mixing "a" and Hebrew is refused by us and
        // not by node. There, only "what we accept, node accepts the same".
        if (hasRightToLeft(corpus[i].handle) && !ours && answer.value(u"valid"_s).toBool()) {
            ++bidiOnlyOurs;
            continue;
        }
        ASSERT_EQ(ours.has_value(), answer.value(u"valid"_s).toBool())
            << shown.toStdString() << ": ours "
            << (ours ? ours->toStdString() : ours.error().message.toStdString());
        if (ours) {
            ++valid;
            EXPECT_EQ(*ours, answer.value(u"canonical"_s).toString()) << shown.toStdString();
        }
    }
    std::cout << "[ oracle   ] " << corpus.size() << " handles, " << valid << " valid, "
              << bidiOnlyOurs << " refused by the bidi rule only here\n";
    // The corpus must exercise both answers on every platform, or it proves little.
    EXPECT_GT(valid, 60);
    EXPECT_LT(bidiOnlyOurs, 40);
    EXPECT_LT(valid, corpus.size() - 150);
}

} // namespace
