#pragma once
// What the publishing commands (sharecommands.cpp, cardcommand.cpp) share.

#include "cli.h"

#include "share/announcement.h"
#include "share/eventinput.h"

#include <QLocale>

#include <vector>

namespace Chorus::Cli {

/// Adds `-o, --output FILE`.
void addOutputOption(CommandLine &line);
/// Reads and checks the campaign named by the one positional argument; the
/// error names the file and the field.
[[nodiscard]] Expected<Share::EventInput> loadCampaign(const CommandLine &line, Context &context);
/// Writes `bytes` to -o FILE through QSaveFile, or to stdout.
int writeOutput(const CommandLine &line, Context &context, const QByteArray &bytes);

/// Adds --cities LIST and --top N.
void addCityOptions(CommandLine &line);
/// The cities of --cities (zones or city names) or, by default, the audience's heaviest.
[[nodiscard]] Expected<std::vector<Share::City>>
chosenCities(const CommandLine &line, Context &context, const Share::EventInput &event);
/// Adds --locale NAME.
void addLocaleOption(CommandLine &line);
/// The locale of --locale, C by default.
[[nodiscard]] Expected<QLocale> chosenLocale(const CommandLine &line);

} // namespace Chorus::Cli
