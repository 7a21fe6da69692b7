#!/usr/bin/env bash
# Send benchmark (issue 5): POST /v1/send/user.welcome/email to one recipient over
# loopback with wrk, against a headless server with --limits off, beside the same
# server's GET /healthz as the HTTP ceiling. Prints a Markdown section for
# docs/benchmarks.md.
#
#   tests/bench/send/run-bench.sh [BUILD_DIR] [SECONDS_PER_RUN] [LONG_RUN_SENDS]
#
# LONG_RUN_SENDS (default 1000000) sends are made after the timed runs to see whether
# memory stays flat; 0 skips that part.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-build}"
seconds="${2:-10}"
long="${3:-1000000}"
console="$build/app/sendivent-console"
key="test_benchmark0123456789"
export SENDIVENT_BENCH_KEY="$key"

if ! command -v wrk >/dev/null; then
    echo "wrk is missing (Debian: apt-get install wrk, or scripts/install-deps.sh)" >&2
    exit 1
fi
if [[ ! -x "$console" ]]; then
    echo "build the console first: cmake --build $build --target sendivent-console" >&2
    exit 1
fi

data="$(mktemp -d)"
server=""
cleanup() {
    if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then
        kill -TERM "$server"
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$data"
}
trap cleanup EXIT

"$console" --headless --host 127.0.0.1 --port 0 --data-dir "$data" --api-key "$key" --limits off \
    >"$data/stdout" 2>"$data/stderr" &
server=$!
for _ in $(seq 100); do
    grep -q '^listening on ' "$data/stdout" 2>/dev/null && break
    sleep 0.1
done
url="$(sed -n 's/^listening on //p' "$data/stdout")"
if [[ -z "$url" ]]; then
    echo "the server did not start:" >&2
    cat "$data/stderr" >&2
    exit 1
fi

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$server/status"; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
run() { # run CONNECTIONS SECONDS SCRIPT PATH → the RESULT line
    wrk -t1 -c"$1" -d"$2"s -s "$here/$3" "$url$4" | grep '^RESULT'
}

send_path="/v1/send/user.welcome/email"
curl -fsS -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $key" \
    -d '{"to":"bench@example.com","payload":{}}' "$url$send_path" >/dev/null
run 16 3 send.lua "$send_path" >/dev/null # warm-up: page cache, template cache, WAL
rss_warm="$(rss_kib)"

health16="$(run 16 "$seconds" get.lua /healthz)"
send16="$(run 16 "$seconds" send.lua "$send_path")"
send1="$(run 1 "$seconds" send.lua "$send_path")"
health1="$(run 1 "$seconds" get.lua /healthz)"
rss_timed="$(rss_kib)"

long_line=""
if [[ "$long" -gt 0 ]]; then
    made=0
    rss_series="$(rss_kib)"
    while [[ "$made" -lt "$long" ]]; do
        line="$(run 16 30 send.lua "$send_path")"
        made=$((made + $(echo "$line" | field requests)))
        rss_series="$rss_series $(rss_kib)"
    done
    long_line="$made sends in 30 s runs; RSS (KiB) after each run: $rss_series"
fi
rss_end="$(rss_kib)"

cat <<MD
## Send

- Date: $(date -u +%Y-%m-%d); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//');
  load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)
- Server: \`sendivent-console --headless --limits off\` (RelWithDebInfo) on a fresh data folder,
  demo workspace; wrk 4.1 with one thread, over loopback, $seconds s per run, no pinning.
- Workload: \`POST $send_path\` with \`{"to":"bench@example.com","payload":{"promo_code":"BENCH10"}}\`
  (one recipient, one email rendered from the demo template with its two partials,
  stored with its timeline, SES "delivered" reported 100 ms later).

| run | connections | requests/s | p50 ms | p99 ms | non-2xx |
|---|---|---|---|---|---|
| GET /healthz (ceiling) | 16 | $(echo "$health16" | field rps) | $(echo "$health16" | field p50_ms) | $(echo "$health16" | field p99_ms) | $(echo "$health16" | field non2xx) |
| POST send | 16 | $(echo "$send16" | field rps) | $(echo "$send16" | field p50_ms) | $(echo "$send16" | field p99_ms) | $(echo "$send16" | field non2xx) |
| POST send | 1 | $(echo "$send1" | field rps) | $(echo "$send1" | field p50_ms) | $(echo "$send1" | field p99_ms) | $(echo "$send1" | field non2xx) |
| GET /healthz | 1 | $(echo "$health1" | field rps) | $(echo "$health1" | field p50_ms) | $(echo "$health1" | field p99_ms) | $(echo "$health1" | field non2xx) |

- Memory (VmRSS): $rss_warm KiB after warm-up, $rss_timed KiB after the timed runs, $rss_end KiB at the end.
${long_line:+- Long run: $long_line}
- Database at the end: $(du -sh "$data" | cut -f1) for the data folder.

Raw:
\`\`\`
healthz/16 $health16
send/16    $send16
send/1     $send1
healthz/1  $health1
\`\`\`
MD
