-- wrk script for serve_vs_nginx.py: every request is a join with a handle of
-- its own (the Bluesky handle "w<run>-<thread>-<n>.bench.test", run = the start
-- second, so reruns against the same database do not collide; too long for an
-- X handle's 15 characters), since the same handle twice is a 409. The same
-- body goes to nginx, which ignores it. Each thread counts its 201 answers;
-- done() prints one machine-readable line the benchmark parses.

local threads = {}
local nextId = 0
local run = os.time()

function setup(thread)
    thread:set("id", string.format("%d-%d", run, nextId))
    nextId = nextId + 1
    table.insert(threads, thread)
end

function init(args)
    counter = 0
    created = 0
    headers = { ["Content-Type"] = "application/json" }
end

function request()
    counter = counter + 1
    local body = string.format(
        '{"handle":"w%s-%d.bench.test","platform":"bluesky","zone":"Europe/Berlin"}', id, counter)
    return wrk.format("POST", "/api/v1/participants", headers, body)
end

function response(status, headers, body)
    if status == 201 then
        created = created + 1
    end
end

function done(summary, latency, requests)
    local createdTotal = 0
    for _, thread in ipairs(threads) do
        createdTotal = createdTotal + thread:get("created")
    end
    local errors = summary.errors
    io.write(string.format(
        "BENCH requests=%d duration_us=%d created=%d status_errors=%d connect=%d read=%d write=%d timeout=%d p50_us=%d p99_us=%d max_us=%d\n",
        summary.requests, summary.duration, createdTotal, errors.status, errors.connect,
        errors.read, errors.write, errors.timeout, latency:percentile(50),
        latency:percentile(99), latency.max))
end
