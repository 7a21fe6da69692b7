#!/usr/bin/env bash
# An app's test, written with curl and jq: reset, send, check what was rendered,
# simulate the provider's report, wait for a delivery made in the background. Needs
# SENDIVENT_BASE_URL and SENDIVENT_API_KEY (docs/examples/ci.sh sets them).
set -euo pipefail

api() { curl -fsS -H "Authorization: Bearer $SENDIVENT_API_KEY" "$@"; }

# Between test cases: back to the fixture. No body, no Content-Type needed.
api -X POST "$SENDIVENT_BASE_URL/_local/reset" >/dev/null

# The code under test sends a notification (here: curl does).
uuid="$(api -H 'Content-Type: application/json' \
    -d '{"to": "jane@example.com", "payload": {"order_id": "A-1001"}}' \
    "$SENDIVENT_BASE_URL/v1/send/order.confirmed/email" | jq -r '.deliveries[0].email')"

# What did it send? The trace holds the content as rendered.
trace="$(api "$SENDIVENT_BASE_URL/v1/deliveries/$uuid/trace")"
subject="$(jq -r '.data.content.subject' <<<"$trace")"
[[ "$subject" == "Order A-1001 confirmed" ]] || { echo "unexpected subject: $subject" >&2; exit 1; }
grep -q 'Hi Jane' <<<"$(jq -r '.data.content.html' <<<"$trace")" || { echo "no greeting" >&2; exit 1; }

# The provider reports a bounce: the app's handling of it can be tested.
api -H 'Content-Type: application/json' -d '{"outcome": "bounced"}' \
    "$SENDIVENT_BASE_URL/_local/deliveries/$uuid/simulate" >/dev/null
status="$(api "$SENDIVENT_BASE_URL/v1/deliveries/$uuid/trace" | jq -r '.data.delivery.status')"
[[ "$status" == "bounced" ]] || { echo "unexpected status: $status" >&2; exit 1; }

# One delivery to this event since the reset.
total="$(api "$SENDIVENT_BASE_URL/v1/deliveries?event=order.confirmed" | jq '.data.total')"
[[ "$total" == 1 ]] || { echo "expected 1 delivery, found $total" >&2; exit 1; }

# Code under test that sends in the background (a job queue, say): wait for its
# deliveries with a long-poll instead of sleeping. The answer comes as soon as two
# deliveries of the event exist, or after 10 s with "timed_out": true.
( sleep 0.3; api -H 'Content-Type: application/json' \
    -d '{"to": "jane@example.com", "payload": {"order_id": "A-1002"}}' \
    "$SENDIVENT_BASE_URL/v1/send/order.confirmed/email" >/dev/null ) &
waited="$(api "$SENDIVENT_BASE_URL/v1/deliveries?event=order.confirmed&wait_for=2&timeout_ms=10000")"
wait
[[ "$(jq '.data.timed_out' <<<"$waited")" == false ]] || { echo "the second delivery never came" >&2; exit 1; }
[[ "$(jq '.data.total' <<<"$waited")" == 2 ]] || { echo "unexpected: $waited" >&2; exit 1; }
echo "curl example: ok"
