"""Moving the emulator's clock instead of waiting (Python, standard library only): a
webhook retry due in five minutes is sent as soon as the clock is moved there, an
idempotency key expires after 24 hours of emulated time, and the clock goes back to
real time only once the data dated ahead is reset away. Needs SENDIVENT_BASE_URL and
SENDIVENT_API_KEY (docs/examples/ci.sh sets them).
"""
import http.server
import json
import os
import queue
import threading
import urllib.error
import urllib.request

BASE = os.environ["SENDIVENT_BASE_URL"]
KEY = os.environ["SENDIVENT_API_KEY"]


def call(method, path, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + KEY)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), json.loads(error.read() or b"null")


def move_clock(change):
    status, _, answer = call("POST", "/_local/clock", change)
    assert status == 200, answer
    return answer["data"]["clock"]


# A webhook receiver that fails its first two attempts and takes the third.
attempts = queue.Queue()
answered = []


class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        answered.append(self.headers["webhook-id"])
        attempts.put(self.headers["webhook-id"])
        self.send_response(500 if len(answered) <= 2 else 200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


receiver = http.server.HTTPServer(("127.0.0.1", 0), Receiver)
threading.Thread(target=receiver.serve_forever, daemon=True).start()

# Webhook attempts as the emulator records them, from its event stream.
recorded = queue.Queue()
stream_ready = threading.Event()


def read_stream():
    request = urllib.request.Request(BASE + "/_local/events")
    request.add_header("Authorization", "Bearer " + KEY)
    with urllib.request.urlopen(request) as stream:
        event = None
        for raw in stream:
            line = raw.decode().rstrip("\n")
            if line.startswith("event: "):
                event = line[len("event: "):]
            elif line.startswith("data: ") and event == "ready":
                stream_ready.set()
            elif line.startswith("data: ") and event == "webhook.attempt":
                recorded.put(json.loads(line[len("data: "):]))


call("POST", "/_local/reset", {"webhooks": True})
threading.Thread(target=read_stream, daemon=True).start()
assert stream_ready.wait(timeout=10)
status, _, _ = call("POST", "/v1/webhooks", {
    "url": "http://127.0.0.1:%d/hook" % receiver.server_port, "enabled_events": ["delivery.sent"]})
assert status == 201

status, _, sent = call("POST", "/v1/send/order.confirmed/email",
                       {"to": "jane@example.com", "payload": {"order_id": "C-3003"}})
assert status == 200, sent
first = attempts.get(timeout=10)  # answered 500: retried after 5 s, then after 5 min
# The retry is scheduled when the attempt is recorded, a moment after the receiver
# answered: the stream's webhook.attempt says when, so the clock moves only then.
assert recorded.get(timeout=10)["status"] == 500

# The default schedule waits 5 s, then 5 min: move the clock instead of waiting.
move_clock({"advance": "10s"})
assert attempts.get(timeout=10) == first  # the same webhook-id, answered 500 again
assert recorded.get(timeout=10)["attempt"] == 2
clock = move_clock({"advance": "5m"})
assert clock["mode"] == "offset" and clock["offset_ms"] >= 310_000, clock
assert attempts.get(timeout=10) == first  # the third attempt, delivered
assert recorded.get(timeout=10)["outcome"] == "delivered"

# An idempotency key is kept 24 hours: past them the same request sends again.
order = {"to": "jane@example.com", "payload": {"order_id": "C-3004"}}
key = {"X-Idempotency-Key": "order-C-3004"}
_, _, one = call("POST", "/v1/send/order.confirmed/email", order, key)
move_clock({"advance": "25h"})
_, headers, two = call("POST", "/v1/send/order.confirmed/email", order, key)
assert "X-Idempotent-Replay" not in headers and two["deliveries"] != one["deliveries"], two

# New deliveries are dated by the emulated clock.
_, _, trace = call("GET", "/v1/deliveries/%s/trace" % two["deliveries"][0]["email"])
_, _, now = call("GET", "/_local/clock")
assert trace["data"]["delivery"]["created_at"][:10] == now["data"]["clock"]["now"][:10], trace

# Never back before stored data: real time only after a reset.
status, _, refused = call("POST", "/_local/clock", {"mode": "real"})
assert status == 409 and refused["code"] == "CONFLICT", refused
call("POST", "/_local/reset", {"webhooks": True})
_, _, now = call("GET", "/_local/clock")
assert now["data"]["clock"]["mode"] == "real", now
receiver.shutdown()
print("clock example: ok")
