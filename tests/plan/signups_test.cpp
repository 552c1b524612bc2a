// Sign-ups to audience: one entry per zone, weighing its participants, and
// the campaign's audience list rebuilt without losing unknown keys.
#include "testutil.h"

#include "campaign/campaign.h"
#include "checkin/participant.h"
#include "plan/signups.h"

using namespace Chorus;
using namespace Chorus::Plan;
using namespace Qt::StringLiterals;

namespace {

Checkin::Participant from(const char *zone)
{
    Checkin::Participant person;
    person.handle = u"@fan"_s;
    person.platform = u"bluesky"_s;
    person.zone = zone;
    return person;
}

TEST(Signups, OneEntryPerZoneWeighingItsPeopleInFirstSeenOrder)
{
    const auto audience = audienceFromSignups(
        {from("Asia/Manila"), from("Europe/Berlin"), from("Asia/Manila"), from("Asia/Calcutta")},
        Chorus::Test::catalogue());
    ASSERT_TRUE(audience) << audience.error().text().toStdString();
    ASSERT_EQ(audience->size(), 3u);
    EXPECT_EQ((*audience)[0].zone, "Asia/Manila");
    EXPECT_EQ((*audience)[0].weight, 2);
    EXPECT_EQ((*audience)[1].zone, "Europe/Berlin");
    EXPECT_EQ((*audience)[1].weight, 1);
    EXPECT_EQ((*audience)[2].zone, "Asia/Kolkata") << "aliases resolve to the canonical zone";
}

TEST(Signups, NobodyOrAnUnknownZoneIsAnError)
{
    const auto none = audienceFromSignups({}, Chorus::Test::catalogue());
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().field, u"participants"_s);
    const auto unknown = audienceFromSignups({from("Mars/Olympus")}, Chorus::Test::catalogue());
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field, u"zone"_s);
    EXPECT_TRUE(unknown.error().message.contains(u"Mars/Olympus"_s))
        << unknown.error().message.toStdString();
}

TEST(Signups, TheCampaignAudienceKeepsTheExtrasOfZonesStillIn)
{
    const QJsonObject berlinExtra {{u"note"_s, u"fan club"_s}};
    const QList<AudienceZone> previous {{"Europe/Berlin", 40, berlinExtra},
                                        {"America/Sao_Paulo", 10, QJsonObject {{u"k"_s, 1}}}};
    const Audience members {{"Asia/Manila", 2}, {"Europe/Berlin", 1}};
    const QList<AudienceZone> next = campaignAudience(members, previous);
    ASSERT_EQ(next.size(), 2);
    EXPECT_EQ(next[0].zone, "Asia/Manila");
    EXPECT_EQ(next[0].weight, 2);
    EXPECT_TRUE(next[0].extra.isEmpty());
    EXPECT_EQ(next[1].zone, "Europe/Berlin");
    EXPECT_EQ(next[1].weight, 1) << "the sign-ups' weight, not the old one";
    EXPECT_EQ(next[1].extra, berlinExtra);
    EXPECT_TRUE(campaignAudience({}, previous).isEmpty());
}

} // namespace
