#include "store.h"

namespace Chorus::Checkin {

Expected<QList<JoinResult>> Store::joinAll(const QList<JoinRequest> &requests)
{
    QList<JoinResult> results;
    results.reserve(requests.size());
    for (const JoinRequest &request : requests) {
        auto joined = join(request);
        if (!joined)
            return std::unexpected(joined.error());
        results.append(std::move(*joined));
    }
    return results;
}

} // namespace Chorus::Checkin
