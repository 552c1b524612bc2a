#include "sharetest.h"

#include "testutil.h"

#include "campaign/campaignfile.h"
#include "time/zonecatalogue.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Chorus::Test {

Share::EventInput sampleEvent()
{
    QFile file(QStringLiteral(CHORUS_TEST_DATA_DIR "/alita.chorus.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const auto campaign = parseCampaign(file.readAll(), catalogue());
    EXPECT_TRUE(campaign.has_value()) << (campaign ? std::string() : campaign.error().text().toStdString());
    return campaign ? Share::eventInput(*campaign) : Share::EventInput {};
}

Time::Instant pinnedNow()
{
    return at("2027-01-10T12:00:00Z");
}

} // namespace Chorus::Test
