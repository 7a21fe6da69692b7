#!/usr/bin/env bash
# Where a delivery's bytes go (issue 22): one send run (wrk, 16 connections,
# user.welcome email to one recipient, retention off) on a fresh data folder, then the
# pages of each b-tree (SQLite's dbstat) divided by the deliveries stored.
#
#   tests/bench/costcurve/bytes-per-delivery.sh BUILD [SECONDS]
set -euo pipefail
build="$(cd "${1:?BUILD}" && pwd)"
seconds="${2:-10}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
key="test_bytes0123456789"
export SENDIVENT_BENCH_KEY="$key"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
"$build/app/sendivent-console" --headless --host 127.0.0.1 --port 0 --data-dir "$data" --api-key "$key" \
    --limits off --max-deliveries off --max-age off >"$data/stdout" 2>/dev/null &
server=$!
for _ in $(seq 500); do
    grep -q '^listening on ' "$data/stdout" 2>/dev/null && break
    sleep 0.02
done
url="$(sed -n 's/^listening on //p' "$data/stdout")"
wrk -t1 -c16 -d"${seconds}s" -s "$here/../send/send.lua" "$url/v1/send/user.welcome/email" | grep '^RESULT'
kill -TERM "$server"
wait "$server" || true
sqlite3 "$data/sendivent.db" <<'SQL'
.mode list
SELECT 'deliveries: ' || count(*) || ', file: ' || (SELECT page_count * page_size FROM pragma_page_count, pragma_page_size)
       || ' B, avg content: ' || CAST(avg(length(content)) AS INTEGER) || ' B' FROM deliveries;
SELECT name || ': ' || CAST(round(sum(pgsize) * 1.0 / (SELECT count(*) FROM deliveries)) AS INTEGER)
FROM dbstat GROUP BY name HAVING name NOT LIKE 'journal%' AND name NOT LIKE 'sqlite_schema' ORDER BY sum(pgsize) DESC LIMIT 14;
SELECT 'total per delivery (all but the journal): '
       || CAST(round(sum(pgsize) * 1.0 / (SELECT count(*) FROM deliveries)) AS INTEGER)
FROM dbstat WHERE name NOT LIKE 'journal%';
SQL
