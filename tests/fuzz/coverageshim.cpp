// Coverage feedback for libFuzzer from g++'s -fsanitize-coverage=trace-pc.
// See tests/fuzz/CMakeLists.txt for why: libFuzzer 14's own
// __sanitizer_cov_trace_pc only prints "no longer supported" and exits, so the
// build weakens it and this file provides the real one.

#include <cstddef>
#include <cstdint>

namespace {

// 2^18 counters: collisions between the blocks of chorus_core, the harnesses
// and the inlined Qt code are rare enough for guidance.
constexpr int slotBits = 18;
constexpr std::size_t slotCount = std::size_t {1} << slotBits;

std::uint8_t counters[slotCount];
// libFuzzer wants a PC table (pairs of PC, flags) as long as the counters; the
// "PCs" are the slot numbers, which only matter for -print_pcs.
std::uintptr_t pcTable[2 * slotCount];

} // namespace

extern "C" {

void __sanitizer_cov_8bit_counters_init(std::uint8_t *start, std::uint8_t *end);
void __sanitizer_cov_pcs_init(const std::uintptr_t *start, const std::uintptr_t *end);

// Called by every instrumented basic block: bump the counter of the block's
// address (a multiplicative hash spreads neighbouring addresses).
__attribute__((no_sanitize_coverage, no_sanitize("address", "undefined"))) void
__sanitizer_cov_trace_pc()
{
    const auto pc = reinterpret_cast<std::uintptr_t>(__builtin_return_address(0));
    ++counters[(pc * 0x9E3779B97F4A7C15ULL) >> (64 - slotBits)];
}

// g++'s trace-cmp also reports floating-point comparisons, which libFuzzer
// (made for clang, which does not) has no use for.
__attribute__((no_sanitize_coverage)) void __sanitizer_cov_trace_cmpf(float, float) { }
__attribute__((no_sanitize_coverage)) void __sanitizer_cov_trace_cmpd(double, double) { }

} // extern "C"

namespace {

__attribute__((constructor, no_sanitize_coverage)) void registerCounters()
{
    for (std::size_t i = 0; i < slotCount; ++i)
        pcTable[2 * i] = i + 1;
    __sanitizer_cov_8bit_counters_init(counters, counters + slotCount);
    __sanitizer_cov_pcs_init(pcTable, pcTable + 2 * slotCount);
}

} // namespace
