#!/usr/bin/env bash
# The cost curve (issue 22): the same send workload and the same reads at 0, 1 M and
# 5 M stored deliveries, without and with retention pruning during the send run.
# Prints one row per case (a markdown table) for docs/benchmarks.md:
#   sends/s and p99 at CONNECTIONS connections (wrk, SECONDS s after a 2 s warm-up),
#   GET /v1/deliveries first page, a filtered page (status=failed) and a trace
#   (median of 21 curl requests each, after the send run), start-up time to the
#   `listening on` line, RSS after the run, and the database's size (file + WAL).
#
#   tests/bench/costcurve/run.sh BUILD DATA_DIR [SIZES] [SECONDS] [CONNECTIONS]
#
# SIZES defaults to "0 1000000 5000000". The stored deliveries are generated once per
# size as tests/bench/deliveries does (bench_deliveries --data-dir DATA_DIR/N, reused
# when present: a 5 M database takes ~7 GB and several minutes), then copied for each
# run, so every run starts from the same file. Without pruning the server runs with
# --max-deliveries off --max-age off; with pruning, --max-deliveries N (for N = 0:
# 20000), so that from the first sends on every send makes one delivery too many.
# PAIRS (environment, default 1) repeats each size's pair of runs, interleaved, for
# medians on a machine others load; each row also tells the server's CPU time per
# send (µs), which drifts less than sends/s there.
set -euo pipefail

build="$(cd "${1:?BUILD}" && pwd)"
data="${2:?DATA_DIR}"
sizes="${3:-0 1000000 5000000}"
seconds="${4:-10}"
connections="${5:-16}"
pairs="${PAIRS:-1}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
send_lua="$here/../send/send.lua"
key="test_costcurve0123456789"
export SENDIVENT_BENCH_KEY="$key"
console="$build/app/sendivent-console"
generator="$build/tests/bench/deliveries/bench_deliveries"

command -v wrk >/dev/null || { echo "wrk is missing (scripts/install-deps.sh)" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 1; }
[[ -x "$console" && -x "$generator" ]] || { echo "build $build first" >&2; exit 1; }
mkdir -p "$data"

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }

# The median time of 21 GETs of PATH, in ms.
read_ms() {
    local url="$1" i
    for i in $(seq 21); do
        curl -s -o /dev/null -H "Authorization: Bearer $key" -w '%{time_total}\n' "$url"
    done | awk '{print $1 * 1000}' | median
}

source_db() { # source_db N → the generated database of N deliveries (none for 0)
    local n="$1"
    [[ "$n" == 0 ]] && return 0
    local dir="$data/gen-$n"
    if [[ ! -f "$dir/bench-deliveries.db" ]]; then
        echo "generating $n deliveries in $dir …" >&2
        "$generator" --deliveries "$n" --runs 1 --lookups-only --data-dir "$dir" >"$data/gen-$n.log" 2>&1
    fi
    # Opened once by this build, so that its migrations are not timed as start-up.
    local ready="$dir/ready-$(stat -c %Y "$console")"
    if [[ ! -f "$ready/sendivent.db" ]]; then
        rm -rf "$dir"/ready-*
        mkdir -p "$ready"
        cp --reflink=auto "$dir/bench-deliveries.db" "$ready/sendivent.db"
        "$console" --headless --host 127.0.0.1 --port 0 --data-dir "$ready" --api-key "$key" \
            --max-deliveries off --max-age off >"$ready/stdout" 2>/dev/null &
        local pid=$!
        for _ in $(seq 60000); do
            grep -q '^listening on ' "$ready/stdout" 2>/dev/null && break
            sleep 0.01
        done
        kill -TERM "$pid"
        wait "$pid" || true
    fi
    echo "$ready/sendivent.db"
}

one() { # one N pruning(yes|no) → a table row
    local n="$1" pruning="$2" run server url start_ns listening_ns startup_ms result
    run="$(mktemp -d "$data/run.XXXXXX")"
    local src
    src="$(source_db "$n")"
    [[ -n "$src" ]] && cp --reflink=auto "$src" "$run/sendivent.db"
    local retention=(--max-deliveries off --max-age off)
    if [[ "$pruning" == yes ]]; then
        local keep="$n"
        [[ "$n" == 0 ]] && keep=20000
        retention=(--max-deliveries "$keep" --max-age off)
    fi
    sync
    start_ns="$(date +%s%N)"
    "$console" --headless --host 127.0.0.1 --port 0 --data-dir "$run" --api-key "$key" --limits off \
        "${retention[@]}" >"$run/stdout" 2>"$run/stderr" &
    server=$!
    for _ in $(seq 6000); do
        grep -q '^listening on ' "$run/stdout" 2>/dev/null && break
        sleep 0.005
    done
    listening_ns="$(date +%s%N)"
    startup_ms=$(( (listening_ns - start_ns) / 1000000 ))
    url="$(sed -n 's/^listening on //p' "$run/stdout")"
    if [[ -z "$url" ]]; then
        echo "the server did not start: $(cat "$run/stderr")" >&2
        kill "$server" 2>/dev/null || true
        rm -rf "$run"
        return 1
    fi
    wrk -t1 -c"$connections" -d2s -s "$send_lua" "$url/v1/send/user.welcome/email" >/dev/null
    local ticks_before ticks_after cpu
    ticks_before="$(awk '{sub(/.*\) /, ""); print $12 + $13}' "/proc/$server/stat")"
    result="$(wrk -t1 -c"$connections" -d"${seconds}s" -s "$send_lua" "$url/v1/send/user.welcome/email" | grep '^RESULT')"
    ticks_after="$(awk '{sub(/.*\) /, ""); print $12 + $13}' "/proc/$server/stat")"
    cpu="$(echo "$result" | field requests | awk -v t="$((ticks_after - ticks_before))" -v hz="$(getconf CLK_TCK)" \
        '{printf "%.0f", $1 ? t * 1e6 / hz / $1 : 0}')"
    local uuid first filtered trace rss size
    uuid="$(curl -s -H "Authorization: Bearer $key" "$url/v1/deliveries?limit=1" | sed -n 's/.*"uuid":"\([^"]*\)".*/\1/p' | head -1)"
    first="$(read_ms "$url/v1/deliveries?limit=20")"
    filtered="$(read_ms "$url/v1/deliveries?limit=20&status=failed")"
    trace="$(read_ms "$url/v1/deliveries/$uuid/trace")"
    rss="$(awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$server/status")"
    kill -TERM "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    size="$(du -cm "$run"/sendivent.db* | awk 'END {print $1}')"
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
        "$n" "$pruning" "$(echo "$result" | field rps)" "$(echo "$result" | field p99_ms)" "$cpu" \
        "$first" "$filtered" "$trace" "$startup_ms" "$rss" "$size"
    rm -rf "$run"
}

echo "| stored | pruning | sends/s | p99 ms | CPU µs/send | list ms | filtered ms | trace ms | start-up ms | RSS MB | db MB |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for n in $sizes; do
    for _ in $(seq "$pairs"); do
        one "$n" no
        one "$n" yes
    done
done
