// The zone catalogue: every geographic zone, names people recognise, aliases, search.
#include "testutil.h"

#include "time/zonecatalogue.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Chorus::Time;

namespace {

using Chorus::Test::catalogue;

TEST(ZoneCatalogue, ListsEveryGeographicZoneOnce)
{
    const auto zones = catalogue().zones();
    EXPECT_GT(zones.size(), 380u);
    QSet<QByteArray> seen;
    for (const Zone &zone : zones) {
        EXPECT_FALSE(seen.contains(zone.id)) << zone.id.toStdString();
        seen.insert(zone.id);
        EXPECT_TRUE(zone.id.contains('/')) << zone.id.toStdString();
        EXPECT_FALSE(zone.id.startsWith("Etc/")) << zone.id.toStdString();
        EXPECT_TRUE(QTimeZone(zone.id).isValid()) << zone.id.toStdString();
        EXPECT_FALSE(zone.city.isEmpty()) << zone.id.toStdString();
        EXPECT_EQ(zone.countryCode.size(), 2) << zone.id.toStdString();
        EXPECT_FALSE(zone.countryName.isEmpty()) << zone.id.toStdString();
    }
    EXPECT_TRUE(std::is_sorted(zones.begin(), zones.end(),
                               [](const Zone &a, const Zone &b) { return a.id < b.id; }));
}

TEST(ZoneCatalogue, MatchesTheTzDatabaseZoneTab)
{
    // zone.tab, read directly, is the independent list of geographic zones.
    QFile tab(QStringLiteral("/usr/share/zoneinfo/zone.tab"));
    if (!tab.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "no zone.tab on this machine";
    int rows = 0;
    while (!tab.atEnd()) {
        const QByteArray line = tab.readLine();
        if (line.startsWith('#') || line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> fields = line.trimmed().split('\t');
        ASSERT_GE(fields.size(), 3);
        ++rows;
        const Zone *zone = catalogue().find(fields[2]);
        ASSERT_NE(zone, nullptr) << fields[2].toStdString();
        EXPECT_EQ(zone->countryCode, QString::fromLatin1(fields[0])) << fields[2].toStdString();
    }
    EXPECT_EQ(std::size_t(rows), catalogue().zones().size());
}

TEST(ZoneCatalogue, CityNames)
{
    EXPECT_EQ(catalogue().find("America/Sao_Paulo")->city, QStringLiteral("São Paulo"));
    EXPECT_EQ(catalogue().find("America/Argentina/Buenos_Aires")->city,
              QStringLiteral("Buenos Aires"));
    EXPECT_EQ(catalogue().find("America/North_Dakota/New_Salem")->city,
              QStringLiteral("New Salem"));
    EXPECT_EQ(catalogue().find("Asia/Kolkata")->city, QStringLiteral("Kolkata"));
    EXPECT_EQ(catalogue().find("Asia/Manila")->countryName, QStringLiteral("Philippines"));
    EXPECT_EQ(ZoneCatalogue::cityFromId("Asia/Ho_Chi_Minh"), QStringLiteral("Ho Chi Minh City"));
}

TEST(ZoneCatalogue, AliasesResolveToTheirZone)
{
    const struct {
        const char *alias;
        const char *zone;
    } rows[] = {{"Asia/Calcutta", "Asia/Kolkata"},   {"Asia/Katmandu", "Asia/Kathmandu"},
                {"US/Eastern", "America/New_York"},  {"America/Buenos_Aires", "America/Argentina/Buenos_Aires"},
                {"Europe/Kiev", "Europe/Kyiv"},      {"Brazil/East", "America/Sao_Paulo"}};
    for (const auto &row : rows) {
        const auto zone = catalogue().resolve(QString::fromLatin1(row.alias));
        ASSERT_TRUE(zone.has_value()) << row.alias;
        EXPECT_EQ(zone->id, QByteArray(row.zone)) << row.alias;
        // The alias and its zone are the same clock.
        const QDateTime probe = QDateTime::currentDateTimeUtc();
        EXPECT_EQ(QTimeZone(row.alias).offsetFromUtc(probe), QTimeZone(row.zone).offsetFromUtc(probe));
    }
}

TEST(ZoneCatalogue, AliasesFromSymlinksWhenThereIsNoTzdataZi)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QDir(dir.path()).mkpath(QStringLiteral("Asia"));
    QFile target(dir.filePath(QStringLiteral("Asia/Kolkata")));
    ASSERT_TRUE(target.open(QIODevice::WriteOnly));
    target.close();
    ASSERT_TRUE(QFile::link(QStringLiteral("Kolkata"), dir.filePath(QStringLiteral("Asia/Calcutta"))));
    const ZoneCatalogue local = ZoneCatalogue::system(dir.path());
    EXPECT_EQ(local.aliases().value("Asia/Calcutta"), QByteArray("Asia/Kolkata"));
}

TEST(ZoneCatalogue, NonGeographicZonesAreAccepted)
{
    for (const char *id : {"UTC", "Etc/GMT-14", "Etc/GMT+12", "Etc/UTC"}) {
        const auto zone = catalogue().resolve(QString::fromLatin1(id));
        ASSERT_TRUE(zone.has_value()) << id;
        EXPECT_EQ(zone->id, QByteArray(id));
        EXPECT_TRUE(zone->countryCode.isEmpty());
    }
    EXPECT_EQ(catalogue().resolve(u"Etc/UTC")->city, QStringLiteral("UTC"));
    EXPECT_EQ(catalogue().resolve(u"Etc/GMT-14")->city, QStringLiteral("UTC+14:00"));
    EXPECT_EQ(catalogue().resolve(u"Etc/GMT+12")->city, QStringLiteral("UTC-12:00"));
}

TEST(ZoneCatalogue, UnknownZonesAreRefusedWithSuggestions)
{
    const auto typo = catalogue().resolve(u"Europe/Berln");
    ASSERT_FALSE(typo.has_value());
    EXPECT_TRUE(typo.error().message.contains(QStringLiteral("'Europe/Berln'")));
    EXPECT_TRUE(typo.error().message.contains(QStringLiteral("Europe/Berlin")))
        << typo.error().message.toStdString();

    const auto wrongCase = catalogue().resolve(u"europe/berlin");
    ASSERT_FALSE(wrongCase.has_value());
    EXPECT_TRUE(wrongCase.error().message.contains(QStringLiteral("did you mean Europe/Berlin")));

    for (const char *bad : {"", "Mars/Olympus_Mons", "../../etc/passwd", "Europe/Berlin\n",
                            "Europe/Berlin; rm -rf", "localtime", "posixrules"}) {
        const auto result = catalogue().resolve(QString::fromLatin1(bad));
        if (QByteArray(bad) == "Europe/Berlin\n") {
            EXPECT_TRUE(result.has_value()); // surrounding white space is forgiven
            continue;
        }
        EXPECT_FALSE(result.has_value()) << bad;
    }
}

struct SearchCase
{
    const char *name;
    const char *query;
    const char *first;
};

class Search : public testing::TestWithParam<SearchCase>
{
};

TEST_P(Search, BestMatchFirst)
{
    const auto found = catalogue().search(QString::fromUtf8(GetParam().query), 5);
    ASSERT_FALSE(found.empty()) << GetParam().query;
    EXPECT_EQ(found.front()->id, QByteArray(GetParam().first));
}

INSTANTIATE_TEST_SUITE_P(
    Queries, Search,
    testing::Values(SearchCase{"CityWithoutAccent", "sao paulo", "America/Sao_Paulo"},
                    SearchCase{"CityWithAccent", "São", "America/Sao_Paulo"},
                    SearchCase{"CityPrefix", "manil", "Asia/Manila"},
                    SearchCase{"Country", "india", "Asia/Kolkata"},
                    SearchCase{"CountryCode", "PH", "Asia/Manila"},
                    SearchCase{"Id", "Europe/Berlin", "Europe/Berlin"},
                    SearchCase{"IdWithUnderscore", "new_york", "America/New_York"},
                    SearchCase{"WordInCity", "aires", "America/Argentina/Buenos_Aires"},
                    SearchCase{"CaseInsensitive", "TOKYO", "Asia/Tokyo"}),
    Chorus::Test::ByName());

TEST(Search, LimitsAndEmptyQueries)
{
    EXPECT_TRUE(catalogue().search(u"").empty());
    EXPECT_TRUE(catalogue().search(u"   ").empty());
    EXPECT_TRUE(catalogue().search(u"zzzzqqq").empty());
    EXPECT_EQ(catalogue().search(u"america", 3).size(), 3u);
    EXPECT_GT(catalogue().search(u"brazil", 100).size(), 10u);
}

} // namespace
