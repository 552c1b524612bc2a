#pragma once
// The brute-force reference for the ranking: every minute of every candidate
// window read on the zone's wall clock through QDateTime/QTimeZone, with no
// shared code from core/plan beyond the request's plain values.

#include "plan/ranking.h"

#include <vector>

namespace Chorus::Test {

/// Comfortable weight per candidate, in start order, summed in audience order.
std::vector<double> referenceComfortableWeights(const Plan::RankRequest &request);

/// Whether `zone` is comfortable for `[start, start + duration)`, minute by minute.
bool referenceComfortable(const QByteArray &zone, Time::Instant start,
                          std::chrono::minutes duration, int comfortFrom, int comfortTo);

} // namespace Chorus::Test
