// chorus-cli card: the announcement image. The only command that needs Qt Gui
// (QPainter on a QImage); main() gives it a QGuiApplication on the offscreen
// platform, every other command runs on QCoreApplication.
#include "cli.h"
#include "sharecommon.h"

#include "announcementcard.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImageWriter>

using namespace Qt::StringLiterals;

namespace Chorus::Cli {

int cardCommand(const QStringList &arguments, Context &context)
{
    CommandLine line(u"card"_s,
                     u"CAMPAIGN_FILE -o FILE.png [--cities LIST] [--top N] [--locale NAME]"_s,
                     u"Draws the announcement card, a 1200×675 PNG for social media: the title,\n"
                     "the hashtag and the start in up to 12 cities grouped by local date."_s);
    addOutputOption(line);
    addCityOptions(line);
    addLocaleOption(line);
    if (const auto stop = line.parse(arguments, context, 1))
        return *stop;
    const auto event = loadCampaign(line, context);
    if (!event)
        return line.badInput(context, event.error());
    if (!line.isSet(u"o"_s))
        return line.badInput(context,
                             {u"-o"_s, u"is required: the PNG goes to a file, e.g. -o card.png"_s});
    const auto cities = chosenCities(line, context, *event);
    if (!cities)
        return line.badInput(context, cities.error());
    const auto locale = chosenLocale(line);
    if (!locale)
        return line.badInput(context, locale.error());
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return line.failure(context, u"drawing needs a QGuiApplication"_s);

    const std::vector<Share::DateGroup> groups = Share::groupByLocalDate(event->start, *cities);
    const QImage card = Render::announcementCard(*event, groups, *locale);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(card))
        return line.failure(context, u"cannot encode the PNG: %1"_s.arg(writer.errorString()));
    return writeOutput(line, context, png);
}

} // namespace Chorus::Cli
