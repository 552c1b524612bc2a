// Fuzz target: the time parsers that read user and file input (instants and
// durations, offsets). Any text gives a value or an error, and an instant formatted as
// UTC parses back to itself.

#include "fuzzsupport.h"
#include "time/instant.h"

CHORUS_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Chorus;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);

    if (const Expected<Time::Instant> instant = Time::parseInstant(text)) {
        const QString utc = Time::formatUtc(*instant);
        const Expected<Time::Instant> again = Time::parseInstant(utc);
        Fuzz::require(again.has_value() && *again == *instant,
                      "formatUtc does not parse back to the same instant", utc.toUtf8());
    } else {
        Fuzz::require(!instant.error().message.isEmpty(), "an error without a message", bytes);
    }
    if (const auto offset = Time::parseOffset(text); !offset)
        Fuzz::require(!offset.error().message.isEmpty(), "an error without a message", bytes);
    if (const auto duration = Time::parseDuration(text); !duration)
        Fuzz::require(!duration.error().message.isEmpty(), "an error without a message", bytes);
    return 0;
}
