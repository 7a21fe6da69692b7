#!/usr/bin/env bash
# Runs a test command against a fresh local Sendivent emulator, as an app's CI would:
#
#   docs/examples/ci.sh npm test
#
# Starts `sendivent-console --headless` on a free port with the workspace fixture beside
# this script, waits for its "listening on" line, exports SENDIVENT_BASE_URL and
# SENDIVENT_API_KEY for the command, and stops the server afterwards (exit status: the
# command's). SENDIVENT_CONSOLE names the program when it is not on PATH.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
console="${SENDIVENT_CONSOLE:-sendivent-console}"
export SENDIVENT_API_KEY="test_docs_example_key"

data="$(mktemp -d)"
"$console" --headless --port 0 --api-key "$SENDIVENT_API_KEY" --data-dir "$data" \
    --seed "$here/workspace.json" --limits off --log-format json \
    >"$data/stdout" 2>"$data/server.log" &
server=$!
stop() {
    kill -TERM "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    rm -rf "$data"
}
trap stop EXIT

# The one line on stdout: "listening on http://127.0.0.1:PORT".
for _ in $(seq 100); do
    grep -q '^listening on ' "$data/stdout" && break
    kill -0 "$server" 2>/dev/null || { cat "$data/server.log" >&2; exit 1; }
    sleep 0.1
done
SENDIVENT_BASE_URL="$(sed -n 's/^listening on //p' "$data/stdout")"
[[ -n "$SENDIVENT_BASE_URL" ]] || { echo "the emulator did not start" >&2; exit 1; }
export SENDIVENT_BASE_URL

"${@:-$here/curl_example.sh}"
