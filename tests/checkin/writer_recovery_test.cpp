// The writer's recovery rules with a scripted store (no database needed):
// a transient failure runs the batch again, a lost connection fails what is
// queued at once and reconnects with a backoff, and nothing is answered as
// done unless its batch committed.
#include "checkin/writer.h"

#include <gtest/gtest.h>

#include <QThread>

#include <atomic>
#include <mutex>

using namespace Qt::StringLiterals;
using namespace Chorus::Checkin;
using Chorus::Error;
using Chorus::Expected;

namespace {

/// What the scripted store does; shared with the test thread.
struct Script
{
    std::atomic<int> transientCommitFailures = 0; ///< commits that fail with a deadlock
    std::atomic<bool> loseConnectionAtCommit = false; ///< the next commit loses the connection
    std::atomic<bool> loseConnectionAtBegin = false; ///< the next begin finds it lost
    std::atomic<bool> serverUp = true; ///< reconnect() succeeds only then
    std::atomic<int> commits = 0;
    std::atomic<int> reconnectAttempts = 0;
};

class ScriptedStore final : public Store
{
public:
    explicit ScriptedStore(Script &script)
        : m_script(script)
    { }
    Expected<void> open() override { return {}; }
    Expected<void> begin() override
    {
        if (m_script.loseConnectionAtBegin.exchange(false))
            m_lost = true;
        if (m_lost)
            return std::unexpected(Error {u"database"_s, u"no connection"_s});
        return {};
    }
    Expected<void> commit() override
    {
        if (m_script.loseConnectionAtCommit.exchange(false)) {
            m_lost = true;
            return std::unexpected(Error {u"database"_s, u"server closed the connection"_s});
        }
        if (m_script.transientCommitFailures > 0) {
            --m_script.transientCommitFailures;
            return std::unexpected(Error {u"database"_s, u"deadlock detected (SQLSTATE 40P01)"_s});
        }
        ++m_script.commits;
        return {};
    }
    void rollback() override { }
    Expected<JoinResult> join(const JoinRequest &) override
    {
        JoinResult result;
        result.id = ++m_nextId;
        return result;
    }
    Expected<CheckinResult> checkIn(const CheckinRequest &) override { return CheckinResult {}; }
    Expected<QList<Participant>> participants() override { return QList<Participant> {}; }
    Expected<Stats> stats() override { return Stats {}; }
    bool connected() override { return !m_lost; }
    Expected<void> reconnect() override
    {
        ++m_script.reconnectAttempts;
        if (!m_script.serverUp)
            return std::unexpected(Error {u"database"_s, u"connection refused"_s});
        m_lost = false;
        return {};
    }
    bool isTransient(const Error &error) const override
    {
        return error.message.contains(u"40P01"_s);
    }

private:
    Script &m_script;
    bool m_lost = false;
    qint64 m_nextId = 0;
};

/// Submits one join and waits for its outcome.
Outcome joinAndWait(Writer &writer)
{
    std::promise<Outcome> promise;
    std::future<Outcome> future = promise.get_future();
    JoinRequest request;
    request.handle = u"@x"_s;
    writer.submit(std::move(request),
                  [&promise](Outcome outcome) { promise.set_value(std::move(outcome)); });
    return future.get();
}

} // namespace

TEST(WriterRecovery, ATransientFailureRunsTheBatchAgain)
{
    Script script;
    Writer writer([&script] { return std::make_unique<ScriptedStore>(script); });
    ASSERT_TRUE(writer.start());
    script.transientCommitFailures = 2;
    const Outcome outcome = joinAndWait(writer);
    EXPECT_FALSE(outcome.error.has_value());
    EXPECT_EQ(script.commits, 1);
    EXPECT_EQ(writer.batchCount(), 1u);

    // Three failures in a row: given up, and the answer says so.
    script.transientCommitFailures = 3;
    const Outcome failed = joinAndWait(writer);
    ASSERT_TRUE(failed.error.has_value());
    EXPECT_TRUE(failed.error->message.contains(u"40P01"_s));
    EXPECT_EQ(writer.batchCount(), 1u);
}

TEST(WriterRecovery, ALostConnectionFailsFastAndReconnects)
{
    Script script;
    Writer writer([&script] { return std::make_unique<ScriptedStore>(script); });
    ASSERT_TRUE(writer.start());
    script.serverUp = false;
    script.loseConnectionAtCommit = true;
    const Outcome cut = joinAndWait(writer);
    ASSERT_TRUE(cut.error.has_value());
    EXPECT_EQ(script.commits, 0);

    // While the server is down every write fails at once, never hangs.
    while (script.reconnectAttempts < 2)
        QThread::msleep(5);
    for (int i = 0; i < 5; ++i) {
        const Outcome refused = joinAndWait(writer);
        ASSERT_TRUE(refused.error.has_value());
        EXPECT_TRUE(refused.error->message.contains(u"unavailable"_s));
    }
    EXPECT_EQ(writer.reconnectCount(), 0u);

    // The server is back: the writer finds it by itself and commits again.
    script.serverUp = true;
    Outcome healed;
    for (int i = 0; i < 400; ++i) {
        healed = joinAndWait(writer);
        if (!healed.error)
            break;
        QThread::msleep(10);
    }
    EXPECT_FALSE(healed.error.has_value());
    EXPECT_EQ(writer.reconnectCount(), 1u);
    EXPECT_EQ(script.commits, 1);
}

TEST(WriterRecovery, StoppingWhileDisconnectedAnswersEverything)
{
    Script script;
    Writer writer([&script] { return std::make_unique<ScriptedStore>(script); });
    ASSERT_TRUE(writer.start());
    script.serverUp = false;
    script.loseConnectionAtCommit = true;
    EXPECT_TRUE(joinAndWait(writer).error.has_value());
    writer.stop();
    const Outcome after = joinAndWait(writer);
    ASSERT_TRUE(after.error.has_value());
    EXPECT_TRUE(after.error->message.contains(u"shutting down"_s));
}

TEST(WriterRecovery, AConnectionThatDiedWhileIdleIsReplacedBeforeTheBatchFails)
{
    Script script;
    Writer writer([&script] { return std::make_unique<ScriptedStore>(script); });
    ASSERT_TRUE(writer.start());
    script.loseConnectionAtBegin = true;
    const Outcome outcome = joinAndWait(writer);
    EXPECT_FALSE(outcome.error.has_value());
    EXPECT_EQ(script.commits, 1);
    EXPECT_EQ(writer.reconnectCount(), 1u);

    // But a COMMIT that was cut off is never run again: it may have committed.
    script.loseConnectionAtCommit = true;
    EXPECT_TRUE(joinAndWait(writer).error.has_value());
    EXPECT_EQ(script.commits, 1);
}
