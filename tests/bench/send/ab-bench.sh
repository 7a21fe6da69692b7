#!/usr/bin/env bash
# Interleaved A/B of the send benchmark: two builds of sendivent-console take turns,
# PAIRS times, each run on a fresh data folder after a 2 s warm-up, so the machine's
# drift (other load, the host's noise) falls on both alike. Prints one RESULT line per
# run and the medians.
#
#   tests/bench/send/ab-bench.sh BUILD_A BUILD_B [PAIRS] [SECONDS] [CONNECTIONS]
#
# A_ARGS and B_ARGS (environment) add options to one side's server, to compare two
# settings of one build: A_ARGS="--durability normal" B_ARGS="--durability full"
# tests/bench/send/ab-bench.sh build build 5. A_ENV and B_ENV ("NAME=value …") set
# environment variables for one side's server the same way.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
a="${1:?BUILD_A}"
b="${2:?BUILD_B}"
pairs="${3:-5}"
seconds="${4:-10}"
connections="${5:-16}"
key="test_benchmark0123456789"
export SENDIVENT_BENCH_KEY="$key"
send_path="/v1/send/user.welcome/email"

command -v wrk >/dev/null || { echo "wrk is missing (scripts/install-deps.sh)" >&2; exit 1; }
for build in "$a" "$b"; do
    [[ -x "$build/app/sendivent-console" ]] || { echo "no console in $build" >&2; exit 1; }
done

cpu_ticks() { # cpu_ticks PID [THREAD_NAME] → user + system clock ticks of the process (or of its threads so named)
    local pid="$1" name="${2:-}" task total=0
    if [[ -z "$name" ]]; then
        awk '{sub(/.*\) /, ""); print $12 + $13}' "/proc/$pid/stat"
        return
    fi
    for task in /proc/"$pid"/task/*; do
        [[ "$(cat "$task/comm" 2>/dev/null)" == "$name" ]] || continue
        total=$((total + $(awk '{sub(/.*\) /, ""); print $12 + $13}' "$task/stat")))
    done
    echo "$total"
}

one() { # one BUILD ENV [OPTIONS] → the RESULT line of one timed run
    local data server url build="$1" vars="$2"
    shift 2
    data="$(mktemp -d)"
    # shellcheck disable=SC2086 # the variables are words
    env $vars "$build/app/sendivent-console" --headless --host 127.0.0.1 --port 0 --data-dir "$data" --api-key "$key" \
        --limits off "$@" >"$data/stdout" 2>/dev/null &
    server=$!
    for _ in $(seq 100); do
        grep -q '^listening on ' "$data/stdout" 2>/dev/null && break
        sleep 0.1
    done
    url="$(sed -n 's/^listening on //p' "$data/stdout")"
    if [[ -n "$url" ]]; then
        wrk -t1 -c"$connections" -d2s -s "$here/send.lua" "$url$send_path" >/dev/null
        local before after writer_before writer_after result
        before="$(cpu_ticks "$server")"
        writer_before="$(cpu_ticks "$server" group-commit)"
        result="$(wrk -t1 -c"$connections" -d"${seconds}s" -s "$here/send.lua" "$url$send_path" | grep '^RESULT')"
        after="$(cpu_ticks "$server")"
        writer_after="$(cpu_ticks "$server" group-commit)"
        # CPU time per send (the server's, and its writer thread's), which a busy
        # machine's drift moves far less than sends/s.
        echo "$result" | awk -v t="$((after - before))" -v w="$((writer_after - writer_before))" -v hz="$(getconf CLK_TCK)" '{
            n = 0; for (i = 1; i <= NF; i++) if ($i ~ /^requests=/) { split($i, kv, "="); n = kv[2] }
            printf "%s cpu_us=%.1f writer_us=%.1f\n", $0, n ? t * 1e6 / hz / n : 0, n ? w * 1e6 / hz / n : 0 }'
    fi
    kill -TERM "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    rm -rf "$data"
    [[ -n "$url" ]] || { echo "the server in $build did not start" >&2; return 1; }
}

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }

results="$(mktemp)"
trap 'rm -f "$results"' EXIT
for i in $(seq "$pairs"); do
    # shellcheck disable=SC2086 # the options are words
    echo "A $(one "$a" "${A_ENV:-}" ${A_ARGS:-})" | tee -a "$results"
    # shellcheck disable=SC2086
    echo "B $(one "$b" "${B_ENV:-}" ${B_ARGS:-})" | tee -a "$results"
done
for side in A B; do
    rps="$(grep "^$side " "$results" | field rps | median)"
    p99="$(grep "^$side " "$results" | field p99_ms | median)"
    cpu="$(grep "^$side " "$results" | field cpu_us | median)"
    writer="$(grep "^$side " "$results" | field writer_us | median)"
    echo "$side median: $rps sends/s, p99 $p99 ms, CPU $cpu µs per send (writer $writer µs)" \
        "($pairs runs, $connections connections, $seconds s each)"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
