// Audiences: the command line's spec, the campaign file's array, sign-ups.
#include "testutil.h"

#include "plan/audience.h"
#include "time/zonecatalogue.h"

using namespace Chorus::Plan;
using namespace Chorus::Test;
using namespace Qt::StringLiterals;

namespace {

const Chorus::Time::ZoneCatalogue &catalogue()
{
    static const auto instance = Chorus::Time::ZoneCatalogue::system();
    return instance;
}

TEST(AudienceSpec, ZonesAndWeightsInOrder)
{
    const auto audience
        = parseAudienceSpec(u"Europe/Berlin=10, Asia/Manila=25.5,America/Sao_Paulo"_s, catalogue());
    ASSERT_TRUE(audience) << audience.error().text().toStdString();
    ASSERT_EQ(audience->size(), 3u);
    EXPECT_EQ((*audience)[0].zone, "Europe/Berlin");
    EXPECT_EQ((*audience)[0].weight, 10);
    EXPECT_EQ((*audience)[1].zone, "Asia/Manila");
    EXPECT_EQ((*audience)[1].weight, 25.5);
    EXPECT_EQ((*audience)[2].zone, "America/Sao_Paulo");
    EXPECT_EQ((*audience)[2].weight, 1) << "a bare zone weighs 1";
    EXPECT_EQ(totalWeight(*audience), 36.5);
}

TEST(AudienceSpec, AliasesResolveAndDuplicatesMerge)
{
    const auto audience
        = parseAudienceSpec(u"Asia/Calcutta=2,Europe/Berlin=1,Asia/Kolkata=3"_s, catalogue());
    ASSERT_TRUE(audience) << audience.error().text().toStdString();
    ASSERT_EQ(audience->size(), 2u);
    EXPECT_EQ((*audience)[0].zone, "Asia/Kolkata");
    EXPECT_EQ((*audience)[0].weight, 5);
    EXPECT_EQ((*audience)[1].zone, "Europe/Berlin");
}

TEST(AudienceSpec, ZeroWeightIsAllowedWhileTheTotalIsPositive)
{
    const auto audience = parseAudienceSpec(u"Europe/Berlin=0,Asia/Tokyo=1"_s, catalogue());
    ASSERT_TRUE(audience);
    EXPECT_EQ(audience->size(), 2u);
}

struct BadSpec
{
    std::string name;
    QString spec;
    QString message;
};

class AudienceSpecErrors : public testing::TestWithParam<BadSpec>
{
};

TEST_P(AudienceSpecErrors, NameTheEntry)
{
    const auto audience = parseAudienceSpec(GetParam().spec, catalogue(), u"--audience"_s);
    ASSERT_FALSE(audience);
    EXPECT_EQ(audience.error().field, u"--audience"_s);
    EXPECT_TRUE(audience.error().message.contains(GetParam().message))
        << audience.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Rows, AudienceSpecErrors,
    testing::Values(
        BadSpec {"Negative", u"Asia/Tokyo=1,Europe/Berlin=-3"_s,
                 u"entry 2 'Europe/Berlin=-3': weight must not be negative"_s},
        BadSpec {
            "UnknownZone", u"Europe/Berln=3"_s,
            u"entry 1 'Europe/Berln=3': unknown zone 'Europe/Berln'; did you mean Europe/Berlin?"_s},
        BadSpec {"NotANumber", u"Europe/Berlin=lots"_s, u"weight 'lots' is not a number"_s},
        BadSpec {"Infinite", u"Europe/Berlin=inf"_s, u"weight 'inf' is not a number"_s},
        BadSpec {"NaN", u"Europe/Berlin=nan"_s, u"weight 'nan' is not a number"_s},
        BadSpec {"MissingWeight", u"Europe/Berlin="_s, u"weight '' is not a number"_s},
        BadSpec {"MissingZone", u"=3"_s, u"entry 1 '=3': the zone is missing"_s},
        BadSpec {"Empty", u""_s, u"the audience is empty"_s},
        BadSpec {"Blank", u"   "_s, u"the audience is empty"_s},
        BadSpec {"EmptyEntry", u"Europe/Berlin=1,,Asia/Tokyo=2"_s, u"entry 2 is empty"_s},
        BadSpec {"AllZero", u"Europe/Berlin=0,Asia/Tokyo=0"_s, u"the weights add up to 0"_s}),
    ByName());

TEST(AudienceJson, ReadsTheCampaignShape)
{
    const QByteArray json = R"({"format":"chorus-campaign","version":1,"title":"x",
        "audience":[{"zone":"America/New_York","weight":30},{"zone":"Asia/Calcutta","weight":12.5},
                    {"zone":"America/New_York","weight":5}]})";
    const auto audience = audienceFromJson(json, catalogue());
    ASSERT_TRUE(audience) << audience.error().text().toStdString();
    ASSERT_EQ(audience->size(), 2u);
    EXPECT_EQ((*audience)[0].zone, "America/New_York");
    EXPECT_EQ((*audience)[0].weight, 35);
    EXPECT_EQ((*audience)[1].zone, "Asia/Kolkata");
    EXPECT_EQ((*audience)[1].weight, 12.5);
}

struct BadJson
{
    std::string name;
    QByteArray json;
    QString field;
    QString message;
};

class AudienceJsonErrors : public testing::TestWithParam<BadJson>
{
};

TEST_P(AudienceJsonErrors, NameTheElement)
{
    const auto audience = audienceFromJson(GetParam().json, catalogue());
    ASSERT_FALSE(audience);
    EXPECT_EQ(audience.error().field, GetParam().field) << audience.error().text().toStdString();
    EXPECT_TRUE(audience.error().message.contains(GetParam().message))
        << audience.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Rows, AudienceJsonErrors,
    testing::Values(
        BadJson {"NotJson", "{\"audience\":[", QString(), u"not valid JSON"_s},
        BadJson {"NotObject", "[1]", QString(), u"expected a JSON object"_s},
        BadJson {"Missing", "{\"title\":\"x\"}", u"audience"_s, u"is missing"_s},
        BadJson {"NotArray", "{\"audience\":{}}", u"audience"_s, u"must be an array"_s},
        BadJson {"EntryNotObject", "{\"audience\":[3]}", u"audience[0]"_s, u"must be an object"_s},
        BadJson {"NoZone", "{\"audience\":[{\"weight\":3}]}", u"audience[0].zone"_s,
                 u"is required"_s},
        BadJson {"NoWeight", "{\"audience\":[{\"zone\":\"UTC\"}]}", u"audience[0].weight"_s,
                 u"is required"_s},
        BadJson {"Negative",
                 "{\"audience\":[{\"zone\":\"UTC\",\"weight\":1},{\"zone\":\"Asia/"
                 "Tokyo\",\"weight\":-2}]}",
                 u"audience[1].weight"_s, u"must not be negative"_s},
        BadJson {"UnknownZone", "{\"audience\":[{\"zone\":\"Mars/Olympus\",\"weight\":1}]}",
                 u"audience[0].zone"_s, u"unknown zone 'Mars/Olympus'"_s},
        BadJson {"Empty", "{\"audience\":[]}", u"audience"_s, u"the audience is empty"_s}),
    ByName());

TEST(AudienceFromSignUps, CountsParticipantsPerZone)
{
    const auto audience = audienceFromZones(
        {"Europe/Berlin", "Asia/Manila", "Europe/Berlin", "Asia/Calcutta", "Asia/Kolkata"},
        catalogue());
    ASSERT_TRUE(audience);
    ASSERT_EQ(audience->size(), 3u);
    EXPECT_EQ((*audience)[0].zone, "Europe/Berlin");
    EXPECT_EQ((*audience)[0].weight, 2);
    EXPECT_EQ((*audience)[1].weight, 1);
    EXPECT_EQ((*audience)[2].zone, "Asia/Kolkata");
    EXPECT_EQ((*audience)[2].weight, 2);
}

TEST(AudienceFromSignUps, UnknownZoneAndNobodyAreErrors)
{
    const auto unknown = audienceFromZones({"Europe/Berlin", "Nowhere/Town"}, catalogue());
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(u"'Nowhere/Town'"_s));
    const auto nobody = audienceFromZones({}, catalogue());
    ASSERT_FALSE(nobody);
    EXPECT_TRUE(nobody.error().message.contains(u"empty"_s));
}

} // namespace
