#pragma once

// Waits for the answer of an asynchronous CredentialStore or AccountBook call.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>

#include <optional>

namespace Chorus::Test {

/// Runs `call(context, done)` and spins the event loop until `done` answers
/// (at most 20 s); the answer, or nothing when it never came.
template<typename Result, typename Call> std::optional<Result> await(Call call)
{
    std::optional<Result> result;
    QObject context;
    call(&context, [&result](Result answer) { result = std::move(answer); });
    const QDeadlineTimer deadline(20000);
    while (!result && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return result;
}

} // namespace Chorus::Test
