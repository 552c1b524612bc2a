#include "writer.h"

using namespace Qt::StringLiterals;

namespace Chorus::Checkin {

Writer::Writer(StoreFactory factory, int maxBatch)
    : m_factory(std::move(factory))
    , m_maxBatch(std::max(1, maxBatch))
{ }

Writer::~Writer()
{
    stop();
}

Expected<Stats> Writer::start()
{
    std::promise<Expected<Stats>> started;
    std::future<Expected<Stats>> result = started.get_future();
    m_thread = std::thread([this, &started] { run(&started); });
    Expected<Stats> stats = result.get();
    if (!stats) {
        m_thread.join();
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    return stats;
}

void Writer::submit(Operation operation, Done done)
{
    Outcome outcome;
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping && !m_unavailable) {
            m_queue.push_back(Item {std::move(operation), std::move(done)});
            m_wake.notify_one();
            return;
        }
        outcome.error = m_stopping
            ? Error {u"service"_s, u"the service is shutting down"_s}
            : Error {u"database"_s, u"the database is unavailable; reconnecting"_s};
    }
    done(std::move(outcome));
}

void Writer::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_wake.notify_one();
    }
    if (m_thread.joinable())
        m_thread.join();
}

quint64 Writer::batchCount() const
{
    std::lock_guard lock(m_mutex);
    return m_batches;
}

quint64 Writer::reconnectCount() const
{
    std::lock_guard lock(m_mutex);
    return m_reconnects;
}

bool Writer::available() const
{
    const std::lock_guard lock(m_mutex);
    return !m_unavailable;
}

void Writer::failQueued(const Error &error)
{
    std::deque<Item> failed;
    {
        std::lock_guard lock(m_mutex);
        failed.swap(m_queue);
    }
    for (Item &item : failed) {
        Outcome outcome;
        outcome.error = error;
        item.done(std::move(outcome));
    }
}

bool Writer::recover(Store &store)
{
    using namespace std::chrono_literals;
    const Error unavailable {u"database"_s, u"the database is unavailable; reconnecting"_s};
    {
        std::lock_guard lock(m_mutex);
        m_unavailable = true;
    }
    std::chrono::milliseconds backoff = 50ms;
    for (;;) {
        failQueued(unavailable);
        {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, backoff, [this] { return m_stopping; })) {
                m_unavailable = false;
                return false;
            }
        }
        if (store.reconnect()) {
            std::lock_guard lock(m_mutex);
            m_unavailable = false;
            ++m_reconnects;
            return true;
        }
        backoff = std::min<std::chrono::milliseconds>(backoff * 2, 2s);
    }
}

void Writer::run(std::promise<Expected<Stats>> *started)
{
    std::unique_ptr<Store> store = m_factory();
    if (auto opened = store->open(); !opened) {
        started->set_value(std::unexpected(opened.error()));
        return;
    }
    Expected<Stats> stats = store->stats();
    const bool ok = stats.has_value();
    started->set_value(std::move(stats));
    if (!ok)
        return;

    std::vector<Item> batch;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
            if (m_queue.empty())
                break; // stopping, and everything queued was answered
            while (!m_queue.empty() && qsizetype(batch.size()) < m_maxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        runBatch(batch, *store);
        batch.clear();
        if (!store->connected() && !recover(*store))
            break;
    }
    failQueued(Error {u"service"_s, u"the service is shutting down"_s});
}

void Writer::runBatch(std::vector<Item> &items, Store &store)
{
    constexpr int attempts = 3;
    std::vector<Outcome> outcomes(items.size());
    std::optional<Error> failure;
    bool reconnected = false;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        bool reachedCommit = false;
        failure = tryBatch(items, store, outcomes, reachedCommit);
        if (!failure)
            break;
        store.rollback();
        if (!store.connected()) {
            // The connection died while idle (the server restarted between
            // batches): nothing of this batch reached the database, so one
            // fresh connection may run it. A COMMIT cut off is different:
            // it may have committed, so its batch is answered as failed.
            if (reachedCommit || reconnected || !store.reconnect())
                break;
            reconnected = true;
            std::lock_guard lock(m_mutex);
            ++m_reconnects;
            continue;
        }
        if (!store.isTransient(*failure))
            break;
    }
    if (failure) {
        for (Outcome &outcome : outcomes) {
            outcome = Outcome {};
            outcome.error = failure;
        }
    } else {
        std::lock_guard lock(m_mutex);
        ++m_batches;
    }
    for (std::size_t i = 0; i < items.size(); ++i)
        items[i].done(std::move(outcomes[i]));
}

std::optional<Error> Writer::tryBatch(std::vector<Item> &items, Store &store,
                                      std::vector<Outcome> &outcomes, bool &reachedCommit)
{
    std::optional<Error> failure;
    if (auto began = store.begin(); !began)
        return began.error();
    for (std::size_t i = 0; i < items.size() && !failure; ++i) {
        Outcome &outcome = outcomes[i];
        outcome = Outcome {};
        // A run of consecutive joins goes to the store at once (in order).
        if (std::holds_alternative<JoinRequest>(items[i].operation)) {
            std::size_t end = i;
            QList<JoinRequest> joins;
            while (end < items.size() && std::holds_alternative<JoinRequest>(items[end].operation))
                joins.append(std::get<JoinRequest>(items[end++].operation));
            auto joined = store.joinAll(joins);
            if (!joined || joined->size() != joins.size()) {
                failure = joined ? Error {u"database"_s, u"a batch of joins went astray"_s}
                                 : joined.error();
                break;
            }
            for (std::size_t k = i; k < end; ++k) {
                outcomes[k] = Outcome {};
                outcomes[k].join = std::move((*joined)[qsizetype(k - i)]);
            }
            i = end - 1;
            continue;
        }
        std::visit(
            [&](const auto &request) {
                using T = std::decay_t<decltype(request)>;
                if constexpr (std::is_same_v<T, JoinRequest>) {
                    if (auto joined = store.join(request))
                        outcome.join = *joined;
                    else
                        failure = joined.error();
                } else if constexpr (std::is_same_v<T, CheckinRequest>) {
                    if (auto checked = store.checkIn(request))
                        outcome.checkin = *checked;
                    else
                        failure = checked.error();
                } else if constexpr (std::is_same_v<T, ListRequest>) {
                    if (auto list = request.limit > 0
                            ? store.participantsAfter(request.afterId, request.limit)
                            : store.participants())
                        outcome.participants = std::move(*list);
                    else
                        failure = list.error();
                } else if constexpr (std::is_same_v<T, MinutesRequest>) {
                    if (auto minutes = store.postedPerMinute(request.from, request.to))
                        outcome.minutes = std::move(*minutes);
                    else
                        failure = minutes.error();
                } else {
                    if (auto figures = store.stats())
                        outcome.stats = std::move(*figures);
                    else
                        failure = figures.error();
                }
            },
            items[i].operation);
    }
    if (!failure) {
        reachedCommit = true;
        if (auto committed = store.commit(); !committed)
            failure = committed.error();
    }
    return failure;
}

} // namespace Chorus::Checkin
