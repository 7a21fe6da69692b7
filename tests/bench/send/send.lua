-- wrk script: POST /v1/send/{event}/email to one recipient, and a one-line summary
-- (requests/s, p50, p99, errors) that run-bench.sh reads.
local key = os.getenv("SENDIVENT_BENCH_KEY") or "test_bench0123456789"
local recipient = os.getenv("SENDIVENT_BENCH_TO") or "bench@example.com"

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. key
wrk.body = '{"to":"' .. recipient .. '","payload":{"promo_code":"BENCH10"}}'

-- SENDIVENT_BENCH_NEW_CONTACTS=1: every send to an address not seen before, so each
-- one creates its contact (issue 19: written by the writer with the deliveries).
-- The run's start second keeps the warm-up's addresses apart from the timed run's.
if os.getenv("SENDIVENT_BENCH_NEW_CONTACTS") == "1" then
    local run, sent = os.time(), 0
    request = function()
        sent = sent + 1
        return wrk.format(nil, nil, nil,
            string.format('{"to":"new-%d-%d@example.com","payload":{"promo_code":"BENCH10"}}', run, sent))
    end
end

done = function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
        summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, summary.errors.status, failed))
end
