"""An app's test in Python with the standard library only (urllib): reset between
cases, a send retried with the same X-Idempotency-Key sends once, the email as
rendered, and the event stream followed until a simulated bounce arrives. Needs SENDIVENT_BASE_URL and SENDIVENT_API_KEY (docs/examples/ci.sh sets them).
"""
import json
import os
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
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, dict(response.headers), json.loads(response.read() or b"null")


call("POST", "/_local/reset")

# A retry of the same request (a timeout on the app's side, say) must not send twice.
order = {"to": "jane@example.com", "payload": {"order_id": "B-2002"}}
key = {"X-Idempotency-Key": "order-B-2002"}
status, _, first = call("POST", "/v1/send/order.confirmed/email", order, key)
assert status == 200 and first["success"], first
status, headers, again = call("POST", "/v1/send/order.confirmed/email", order, key)
assert headers.get("X-Idempotent-Replay") == "true", headers
assert again == first, (again, first)

_, _, deliveries = call("GET", "/v1/deliveries?event=order.confirmed")
assert deliveries["data"]["total"] == 1, deliveries

uuid = first["deliveries"][0]["email"]
_, _, trace = call("GET", "/v1/deliveries/%s/trace" % uuid)
content = trace["data"]["content"]
assert content["subject"] == "Order B-2002 confirmed", content
assert "B-2002" in content["text"], content

# Follow what happens as it happens: GET /_local/events is Server-Sent Events. The
# first event, "ready", says the subscription is in place; act after it.
def events(stream):
    name, data = None, []
    for raw in stream:
        line = raw.decode().rstrip("\r\n")
        if line.startswith("event:"):
            name = line[len("event:"):].strip()
        elif line.startswith("data:"):
            data.append(line[len("data:"):].strip())
        elif not line and name:
            yield name, json.loads("\n".join(data) or "null")
            name, data = None, []


request = urllib.request.Request(BASE + "/_local/events", headers={"Authorization": "Bearer " + KEY})
with urllib.request.urlopen(request, timeout=10) as stream:
    seen = events(stream)
    assert next(seen)[0] == "ready"
    call("POST", "/_local/deliveries/%s/simulate" % uuid, {"outcome": "bounced"})
    for name, data in seen:
        if name == "delivery.status_changed" and data["delivery"]["uuid"] == uuid:
            assert data["delivery"]["status"] == "bounced", data
            break
print("python example: ok")
