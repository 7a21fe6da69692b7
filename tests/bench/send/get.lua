-- wrk script for GET /healthz, the HTTP ceiling measured beside the send benchmark.
done = function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
        summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, summary.errors.status, failed))
end
