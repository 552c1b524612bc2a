#pragma once

// What every fuzz target shares: a QCoreApplication (some Qt classes want one)
// and the system zone catalogue, both made once in LLVMFuzzerInitialize, and a
// check that stops the run with a message libFuzzer reports as a crash.

#include "time/zonecatalogue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace Chorus::Fuzz {

/// Makes the QCoreApplication (with a fixed argv: libFuzzer's flags are not
/// Qt's business) and pins the environment the tests use.
inline void initialize()
{
    qputenv("TZ", "UTC");
    qputenv("LC_ALL", "C.UTF-8");
    static int argc = 1;
    static char name[] = "chorus-fuzz";
    static char *argv[] = {name, nullptr};
    static auto *application = new QCoreApplication(argc, argv);
    (void)application;
}

/// The system's zone catalogue, read once.
[[nodiscard]] inline const Time::ZoneCatalogue &catalogue()
{
    static const Time::ZoneCatalogue zones = Time::ZoneCatalogue::system();
    return zones;
}

/// A broken invariant: print why (and the input's text) and abort, which
/// libFuzzer records as a crash with the input saved.
[[noreturn]] inline void invariantBroken(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "INVARIANT BROKEN: %s\n%s\n", what, detail.constData());
    std::abort();
}

inline void require(bool condition, const char *what, const QByteArray &detail = {})
{
    if (!condition)
        invariantBroken(what, detail);
}

} // namespace Chorus::Fuzz

#define CHORUS_FUZZ_INITIALIZE                                                                     \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                           \
    {                                                                                              \
        Chorus::Fuzz::initialize();                                                                \
        (void)Chorus::Fuzz::catalogue();                                                           \
        return 0;                                                                                  \
    }
