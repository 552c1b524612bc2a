#pragma once

#include "time/instant.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <ostream>

// Lets GoogleTest print Qt strings and Chorus instants in failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &value, std::ostream *os) { *os << value.toStdString(); }
inline void PrintTo(const QByteArray &value, std::ostream *os) { *os << value.toStdString(); }
QT_END_NAMESPACE

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Test {

/// The system's zone catalogue, built once per test process.
const Time::ZoneCatalogue &catalogue();

/// Names each row of a TEST_P table by its `name` member.
struct ByName
{
    template<typename Row>
    std::string operator()(const testing::TestParamInfo<Row> &info) const
    {
        return info.param.name;
    }
};

/// Parses an instant that the test itself wrote; fails the test if it is bad.
Time::Instant at(const char *iso);

/// What a finished child process left behind.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs `program` with `arguments` (and `input` on stdin), waits up to
/// `timeoutMs`; the child gets this process's environment plus `extraEnv`.
ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QByteArray &input = {}, int timeoutMs = 30000,
                         const QProcessEnvironment &extraEnv = {});

/// Debian's Chromium (chromium or chromium-browser on PATH), or "" when the
/// machine has none; browser tests skip then, saying `dev.sh test` installs it.
QString chromium();

} // namespace Chorus::Test
