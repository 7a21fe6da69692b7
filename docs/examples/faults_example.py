"""Test your retries: inject faults into the emulator and check that the app copes.
Standard library only (urllib). Needs SENDIVENT_BASE_URL and SENDIVENT_API_KEY
(docs/examples/ci.sh sets them).
"""
import json
import os
import time
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
    except urllib.error.HTTPError as error:  # 4xx and 5xx answers come as exceptions
        return error.code, dict(error.headers), json.loads(error.read() or b"null")


# What your app's client does: retry 429 and 5xx, waiting as Retry-After says.
def send_with_retries(event, body, attempts=5):
    for attempt in range(1, attempts + 1):
        status, headers, answer = call("POST", "/v1/send/" + event, body)
        if status not in (429, 500, 502, 503):
            return attempt, status, answer
        time.sleep(float(headers.get("Retry-After", 2 ** attempt / 10)))
    return attempts, status, answer


call("POST", "/_local/reset")

# The next two sends are rate limited, with Retry-After: 1.
rules = {"seed": 7, "rules": [
    {"id": "busy", "kind": "rate_limited", "method": "POST", "path": "/v1/send/*", "count": 2, "retry_after": 1}]}
status, _, state = call("PUT", "/_local/faults", rules)
assert status == 200 and state["data"]["faults"]["active"], state

attempts, status, answer = send_with_retries("order.confirmed", {"to": "jane@example.com", "payload": {"order_id": "C-1"}})
assert (attempts, status) == (3, 200), (attempts, status, answer)

# The journal tells the injected 429s from a real one.
_, _, journal = call("GET", "/_local/requests?path=/v1/send&status=429")
assert [r["fault"] for r in journal["data"]["requests"]] == ["busy rate_limited"] * 2, journal

# A provider fault: the next email to *@bounce.example bounces (after the send was accepted).
call("PUT", "/_local/faults", {"rules": [{"kind": "bounce", "recipient": "*@bounce.example", "count": 1}]})
status, headers, answer = call("POST", "/v1/send/order.confirmed/email",
                               {"to": "ann@bounce.example", "payload": {"order_id": "C-2"}})
assert status == 200 and headers.get("X-Sendivent-Fault") == "r1 bounce", (status, headers)
uuid = answer["deliveries"][0]["email"]
_, _, trace = call("GET", "/v1/deliveries/%s/trace?wait_for_status=bounced&timeout_ms=10000" % uuid)
assert trace["data"]["delivery"]["status"] == "bounced", trace
assert trace["data"]["timeline"][-1]["detail"].startswith("Injected fault (rule r1)"), trace

# A reset between test cases clears the rules too.
call("POST", "/_local/reset")
_, _, state = call("GET", "/_local/faults")
assert state["data"]["faults"]["rules"] == [], state
print("faults example: ok")
