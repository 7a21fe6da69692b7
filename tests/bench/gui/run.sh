#!/usr/bin/env bash
# GUI responsiveness under send load (issue 19): runs bench_gui RUNS times (default 3)
# and prints each run's figures, their medians and a Markdown block for
# docs/benchmarks.md.
#
#   tests/bench/gui/run.sh BUILD_DIR [RUNS] [SECONDS]
#
# PLATFORM=offscreen (default: Qt's offscreen platform, which still paints every
# widget into its backing store) or PLATFORM=xvfb (xcb under xvfb-run -a).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:?usage: run.sh BUILD_DIR [RUNS] [SECONDS]}"
runs="${2:-3}"
seconds="${3:-30}"
platform="${PLATFORM:-offscreen}"
bench="$build/tests/bench/gui/bench_gui"

if ! command -v wrk >/dev/null; then
    echo "wrk is missing (Debian: apt-get install wrk, or scripts/install-deps.sh)" >&2
    exit 1
fi
if [[ ! -x "$bench" ]]; then
    echo "build the benchmark first: cmake --build $build --target bench_gui" >&2
    exit 1
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
lines=()
blame=()
for i in $(seq "$runs"); do
    # The request log (one line per send, as the console writes it) goes to a file.
    args=(--seconds "$seconds" --send-lua "$here/../send/send.lua")
    if [[ "$platform" == xvfb ]]; then
        line="$(QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1920x1080x24' "$bench" "${args[@]}" 2>"$log")" || { cat "$log" >&2; exit 1; }
    else
        line="$(QT_QPA_PLATFORM=offscreen "$bench" "${args[@]}" 2>"$log")" || { cat "$log" >&2; exit 1; }
    fi
    stalls="$(echo "$line" | grep '^STALLS')"
    echo "run $i: $stalls" >&2
    echo "       $(echo "$line" | grep '^WRK')" >&2
    blame+=("$(echo "$line" | grep '^BLAME' | sed 's/^BLAME //')")
    echo "       $(echo "$line" | grep '^GUI_CPU')" >&2
    lines+=("$stalls $(echo "$line" | grep '^WRK' | sed 's/^WRK //; s/\([a-z0-9_]*\)=/send_\1=/g') $(echo "$line" | grep '^GUI_CPU' | sed 's/^GUI_CPU //; s/\([a-z0-9_]*\)=/gui_cpu_\1=/g')")
done

load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
field() { sed -n "s/.*[ ]$1=\([0-9.]*\).*/\1/p"; }
median() { # median FIELD → the median over the runs
    for l in "${lines[@]}"; do echo " $l" | field "$1"; done | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

cat <<MD
- Date: $(date -u +%Y-%m-%d); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//');
  load average before the runs: $load_before, after: $load_after; platform: $platform
- Command: \`tests/bench/gui/run.sh BUILD_DIR $runs $seconds\` (bench_gui, RelWithDebInfo; wrk -t1 -c16
  with tests/bench/send/send.lua; limits off; a page switch every 300 ms, a trace opened every 4th;
  GUI thread CPU: the window thread's own CPU time per second of the run)

| run | stall p50 ms | p99 ms | max ms | > 16 ms | > 100 ms | samples | sends/s | send p99 ms | GUI thread CPU ms/s |
|---|---|---|---|---|---|---|---|---|---|
MD
i=0
for l in "${lines[@]}"; do
    i=$((i + 1))
    l=" $l"
    echo "| $i | $(echo "$l" | field p50_ms) | $(echo "$l" | field p99_ms) | $(echo "$l" | field max_ms) | $(echo "$l" | field over16) | $(echo "$l" | field over100) | $(echo "$l" | field samples) | $(echo "$l" | field send_rps) | $(echo "$l" | field send_p99_ms) | $(echo "$l" | field gui_cpu_per_second_ms) |"
done
echo "| **median** | $(median p50_ms) | $(median p99_ms) | $(median max_ms) | $(median over16) | $(median over100) | $(median samples) | $(median send_rps) | $(median send_p99_ms) | $(median gui_cpu_per_second_ms) |"
echo
echo "Stalls over 16 ms by cause (a driver step that ran inside the stall, with its own longest time; elsewhere: none did):"
echo
i=0
for b in "${blame[@]}"; do
    i=$((i + 1))
    echo "- run $i: $b"
done
