#pragma once

#include "store.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>

namespace Chorus::Checkin {

/// Reads the participant list inside a batch (so it sees every write
/// committed before it): all of it, or with `limit` above zero one page of
/// at most `limit` participants whose id is above `afterId`.
struct ListRequest
{
    qint64 afterId = 0;
    int limit = 0;
};

/// Reads the figures inside a batch, for a service whose store other
/// instances write too (its own running count would miss their writes).
struct StatsRequest
{
};

/// Counts the posted check-ins per minute of [from, to) inside a batch.
struct MinutesRequest
{
    QDateTime from; ///< UTC, whole minute
    QDateTime to; ///< UTC, whole minute, after `from`
};

/// The answer to one queued operation: exactly one of the members is set by
/// the operation's kind, or `error` when the batch could not be committed (the
/// operation then did not happen).
struct Outcome
{
    std::optional<Error> error;
    JoinResult join;
    CheckinResult checkin;
    QList<Participant> participants;
    Stats stats;
    QList<MinuteCount> minutes;
};

/// The single writer of group commit. Operations from any thread queue up;
/// one thread of its own takes everything queued (up to `maxBatch`), runs it
/// in one transaction and commits, and only then calls each operation's
/// `done` (on the writer thread; callers post the answer to their own
/// thread). One fsync therefore covers a whole batch: under load a batch
/// holds all the requests that arrived while the previous one was being
/// written. `maxBatch = 1` gives the one-commit-per-request baseline.
///
/// If anything in a batch fails, the whole batch is rolled back and every
/// operation of it gets the error: nothing is acknowledged that is not on disk.
/// A batch that failed for a transient reason (Store::isTransient(), e.g. a
/// deadlock between two instances) is run again, up to three times in all;
/// so is a batch that found the connection dead before its COMMIT was sent,
/// once, on a fresh connection (the server restarted while the service was
/// idle). A batch whose COMMIT was cut off is answered as failed: it may or
/// may not have committed, and only a committed batch may be acknowledged.
/// When the store lost its connection (Store::connected() is false), every
/// queued operation and every one submitted meanwhile is answered at once
/// with an error, while the thread calls Store::reconnect() with a backoff
/// from 50 ms doubling to 2 s; once it succeeds, batches run again.
class Writer final
{
public:
    using Operation
        = std::variant<JoinRequest, CheckinRequest, ListRequest, StatsRequest, MinutesRequest>;
    using Done = std::function<void(Outcome)>;
    using StoreFactory = std::function<std::unique_ptr<Store>()>;

    explicit Writer(StoreFactory factory, int maxBatch = 1000);
    ~Writer();
    Q_DISABLE_COPY_MOVE(Writer)

    /// Starts the thread, which creates the store with `factory`, opens it and
    /// reads the initial figures. Returns them, or why the store would not open.
    [[nodiscard]] Expected<Stats> start();

    /// Queues an operation; `done` runs once its batch is committed (or failed).
    /// After stop() began, `done` runs at once with an error.
    void submit(Operation operation, Done done);

    /// Lets the queued operations finish and commit, then ends the thread.
    void stop();

    /// How many batches were committed so far (for tests and the benchmark).
    [[nodiscard]] quint64 batchCount() const;
    /// How many times the store reconnected after losing its connection.
    [[nodiscard]] quint64 reconnectCount() const;
    /// False while the store has lost its connection and the thread is
    /// reconnecting (writes are refused at once meanwhile).
    [[nodiscard]] bool available() const;

private:
    struct Item
    {
        Operation operation;
        Done done;
    };
    void run(std::promise<Expected<Stats>> *started);
    /// Runs one batch (again while its failure is transient) and answers it.
    void runBatch(std::vector<Item> &items, Store &store);
    /// Runs the batch's operations in one transaction; the error that
    /// stopped it. `reachedCommit`: COMMIT was sent (a failure may then
    /// have committed all the same, when the connection broke).
    [[nodiscard]] std::optional<Error> tryBatch(std::vector<Item> &items, Store &store,
                                                std::vector<Outcome> &outcomes,
                                                bool &reachedCommit);
    /// Until the store is connected again (or stop()): fails what is queued,
    /// waits, tries to reconnect. False when stopping.
    bool recover(Store &store);
    void failQueued(const Error &error);

    StoreFactory m_factory;
    int m_maxBatch;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Item> m_queue;
    bool m_stopping = false;
    bool m_unavailable = false; ///< the store lost its connection; submit() fails at once
    quint64 m_batches = 0;
    quint64 m_reconnects = 0;
    std::thread m_thread;
};

} // namespace Chorus::Checkin
