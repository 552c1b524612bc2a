#include "clockoffset.h"

#include "checkin/httpdate.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Social {

Expected<ClockOffset> estimateClockOffset(Millis sent, Millis received, QByteArrayView date)
{
    if (received < sent)
        return fail(u"Date"_s, u"the answer arrived before the request left"_s);
    const auto parsed = Checkin::parseHttpDate(date.trimmed());
    if (!parsed)
        return fail(u"Date"_s,
                    date.isEmpty() ? u"the server sent no Date header"_s
                                   : u"the server's Date header %1 is not an HTTP date"_s.arg(
                                       quoted(QString::fromLatin1(date))));
    const Millis server {milliseconds(parsed->toMSecsSinceEpoch()) + 500ms};
    const milliseconds halfTrip = (received - sent) / 2;
    ClockOffset result;
    result.offset = server - (sent + halfTrip);
    result.uncertainty = halfTrip + 500ms;
    return result;
}

ClockOffset combineOffsets(const ClockOffset &earlier, const ClockOffset &later)
{
    const milliseconds low
        = std::max(earlier.offset - earlier.uncertainty, later.offset - later.uncertainty);
    const milliseconds high
        = std::min(earlier.offset + earlier.uncertainty, later.offset + later.uncertainty);
    if (low > high)
        return later;
    return ClockOffset {(low + high) / 2, (high - low) / 2};
}

} // namespace Chorus::Social
