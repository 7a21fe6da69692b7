#!/usr/bin/env bash
# Template engine benchmark: this engine vs handlebars.js 4.7.8 (precompiled) on the
# same 5 KB order-confirmation email with a 50-item loop, one core each (taskset when
# available), alternating runs in the same session. Prints a Markdown section to paste
# into docs/benchmarks.md.
#
#   tests/bench/template/run-bench.sh [BUILD_DIR] [SECONDS_PER_BATCH]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-build}"
seconds="${2:-0.5}"
bench="$build/tests/bench/template/bench_template"
modules="$build/tests/template/handlebars-reference"

if [[ ! -x "$bench" ]]; then
    echo "build the benchmark first: cmake --build $build --target bench_template" >&2
    exit 1
fi
if [[ ! -f "$modules/node_modules/handlebars/package.json" ]]; then
    npm install --prefix "$modules" --no-audit --no-fund --no-save handlebars@4.7.8 >&2
fi

pin=()
if command -v taskset >/dev/null; then
    pin=(taskset -c 0)
fi

tpl="$here/order-confirmation.hbs"
data="$here/order-data.json"
ours=()
theirs=()
for round in 1 2 3; do
    ours+=("$("${pin[@]}" "$bench" "$tpl" "$data" --seconds "$seconds")")
    theirs+=("$("${pin[@]}" node "$here/bench.js" "$modules" "$tpl" "$data" "$seconds")")
done

median() { # median rendersPerSecond of JSON lines on stdin
    python3 -c 'import json,sys; v=sorted(json.loads(l)["rendersPerSecond"] for l in sys.stdin if l.strip()); print(v[len(v)//2])'
}
o=$(printf '%s\n' "${ours[@]}" | median)
t=$(printf '%s\n' "${theirs[@]}" | median)
ratio=$(python3 -c "print(f'{$o/$t:.2f}')")

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
cat <<MD
## Template engine

- Date: $(date -u +%Y-%m-%d)
- Machine: $(nproc) cores (\`nproc\`), CPU: $cpu; one core pinned with \`taskset -c 0\`
- Workload: \`tests/bench/template/order-confirmation.hbs\` ($(wc -c <"$tpl") bytes, 50-item
  loop, HTML escaping) on \`order-data.json\`, output $(printf '%s\n' "${ours[0]}" | python3 -c 'import json,sys; print(json.loads(sys.stdin.read())["outputBytes"])') bytes; compiled once, rendered repeatedly.
- Method: 7 timed batches of ${seconds} s per run, median per run; 3 alternating runs of
  each engine in the same session; the figure is the median of the 3 runs.
  handlebars.js runs its precompiled template (\`Handlebars.precompile\` +
  \`Handlebars.template\`) on Node.js $(node --version) after a 2,000-render warm-up.

| engine | renders/s (median) |
|---|---|
| Sendivent engine (C++, RelWithDebInfo) | $o |
| handlebars.js 4.7.8 (precompiled) | $t |
| ratio | ${ratio}× |

Raw runs:
\`\`\`
$(printf '%s\n' "${ours[@]}" "${theirs[@]}")
\`\`\`
MD
