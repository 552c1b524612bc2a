#include "sharetest.h"

#include "testutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Chorus::Test {

Share::EventInput sampleEvent()
{
    QFile file(QStringLiteral(CHORUS_TEST_DATA_DIR "/alita.chorus.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const auto event
        = Share::eventInputFromCampaignJson(QJsonDocument::fromJson(file.readAll()).object());
    EXPECT_TRUE(event.has_value()) << (event ? std::string() : event.error().text().toStdString());
    return event.value_or(Share::EventInput {});
}

Time::Instant pinnedNow()
{
    return at("2027-01-10T12:00:00Z");
}

} // namespace Chorus::Test
