// The announcement card: a 1200×675 PNG drawn with QPainter offscreen.
#include "sharetest.h"
#include "testutil.h"

#include "announcementcard.h"
#include "time/zonecatalogue.h"

#include <QImage>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Chorus;
using namespace Chorus::Test;

namespace {

QImage cardFor(const Share::EventInput &event, const QList<QByteArray> &zones,
               const QLocale &locale = QLocale::c())
{
    static const Time::ZoneCatalogue catalogue = Time::ZoneCatalogue::system();
    const std::vector<Share::City> cities = Share::citiesForZones(zones, catalogue);
    const auto groups = Share::groupByLocalDate(event.start, cities);
    return Render::announcementCard(event, groups, locale);
}

/// How much a region's brightness varies: 0 for a flat fill, large for text.
double lumaVariance(const QImage &image, const QRect &region)
{
    double sum = 0, squares = 0;
    qint64 n = 0;
    for (int y = region.top(); y <= region.bottom(); ++y) {
        for (int x = region.left(); x <= region.right(); ++x) {
            const double luma = qGray(image.pixel(x, y));
            sum += luma;
            squares += luma * luma;
            ++n;
        }
    }
    const double mean = sum / double(n);
    return squares / double(n) - mean * mean;
}

/// Pixels clearly brighter than the dark background: text drawn there.
qint64 brightPixels(const QImage &image, const QRect &region)
{
    qint64 count = 0;
    for (int y = region.top(); y <= region.bottom(); ++y)
        for (int x = region.left(); x <= region.right(); ++x)
            count += qGray(image.pixel(x, y)) > 160 ? 1 : 0;
    return count;
}

} // namespace

TEST(Card, Is1200By675WithTextWhereTheLayoutPutsIt)
{
    const Share::EventInput event = sampleEvent();
    const QImage card = cardFor(event, Share::announcementZones(event));
    ASSERT_EQ(card.size(), QSize(1200, 675));
    EXPECT_FALSE(card.isNull());
    // The title band, the city cells and the footer all carry text.
    EXPECT_GT(brightPixels(card, QRect(64, 40, 1072, 60)), 2000);
    EXPECT_GT(brightPixels(card, QRect(264, 230, 870, 200)), 1500);
    EXPECT_GT(lumaVariance(card, QRect(64, 615, 600, 50)), 50.0);
    // And the card is not one flat colour anywhere large.
    EXPECT_GT(lumaVariance(card, card.rect()), 200.0);
    QSet<QRgb> colours;
    for (int y = 0; y < card.height(); y += 3)
        for (int x = 0; x < card.width(); x += 3)
            colours.insert(card.pixel(x, y));
    EXPECT_GT(colours.size(), 200);
}

TEST(Card, ShowsWhatItIsGiven)
{
    const Share::EventInput event = sampleEvent();
    const QImage two = cardFor(event, {"America/New_York", "Asia/Tokyo"});
    const QImage twelve = cardFor(event, Share::defaultAnnouncementZones());
    EXPECT_EQ(two, cardFor(event, {"America/New_York", "Asia/Tokyo"})); // deterministic
    EXPECT_NE(two, twelve);
    // Two cities leave the lower cell rows empty; twelve fill them.
    const QRect lower(264, 420, 870, 150);
    EXPECT_LT(brightPixels(two, lower), 50);
    EXPECT_GT(brightPixels(twelve, lower), 1000);
    // 12-hour clocks and long titles still fit (cells stack the name under the time).
    Share::EventInput longTitle = event;
    longTitle.title = QString(u"A very long campaign title that needs two lines "_s).repeated(3);
    const QImage us = cardFor(longTitle, Share::defaultAnnouncementZones(), QLocale(u"en_US"_s));
    EXPECT_EQ(us.size(), QSize(1200, 675));
    EXPECT_NE(us, twelve);
}

TEST(Card, ChorusCliCardWritesThePng)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"card.png"_s);
    const QString sample = QStringLiteral(CHORUS_TEST_DATA_DIR "/alita.chorus.json");
    QProcessEnvironment env;
    env.insert(u"QT_QPA_PLATFORM"_s, u""_s);
    const ProcessResult result = runProcess(
        QStringLiteral(CHORUS_CLI),
        {u"card"_s, sample, u"-o"_s, path, u"--cities"_s, u"Tokyo,America/Sao_Paulo"_s}, {}, 30000,
        env);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    QImage png(path);
    ASSERT_FALSE(png.isNull());
    EXPECT_EQ(png.size(), QSize(1200, 675));
    EXPECT_EQ(png.convertToFormat(QImage::Format_ARGB32_Premultiplied),
              cardFor(sampleEvent(), {"Asia/Tokyo", "America/Sao_Paulo"}));

    const ProcessResult noOutput = runProcess(QStringLiteral(CHORUS_CLI), {u"card"_s, sample});
    EXPECT_EQ(noOutput.exitCode, 2);
    EXPECT_TRUE(noOutput.out.isEmpty());
    EXPECT_TRUE(noOutput.err.contains("-o")) << noOutput.err.toStdString();
    const ProcessResult badCity
        = runProcess(QStringLiteral(CHORUS_CLI),
                     {u"card"_s, sample, u"-o"_s, path, u"--cities"_s, u"Atlantis"_s});
    EXPECT_EQ(badCity.exitCode, 2);
    EXPECT_TRUE(badCity.err.contains("Atlantis")) << badCity.err.toStdString();
}
