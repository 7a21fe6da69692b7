#!/usr/bin/env python3
"""Release over STARTTLS, end to end (issue 23). MailDev hides STARTTLS, so this test
brings the smallest SMTP receiver that offers it: Python's ssl module upgrades the
connection on STARTTLS and the receiver records whether the message came over TLS.

It runs the real program headless with --smtp smtp://… (STARTTLS required), sends an
email, releases it and checks the message arrived after the upgrade, with the login
from SENDIVENT_SMTP_PASSWORD. Then against a receiver that does not offer STARTTLS:
the release must fail (502) instead of sending in clear.

Usage: tst_release_starttls.py SENDIVENT_CONSOLE
"""
import base64
import json
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

KEY = "test_starttls_key"
PASSWORD = "pässword-over-tls"


class Receiver:
    """One SMTP server thread; `offer_starttls` decides whether EHLO lists STARTTLS."""

    def __init__(self, cert, key, offer_starttls):
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(cert, key)
        self.offer_starttls = offer_starttls
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.messages = []  # (tls, auth, mail_from, rcpt, data)
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            conn, _ = self.listener.accept()
            try:
                self.session(conn)
            except (OSError, ssl.SSLError):
                pass
            finally:
                conn.close()

    def session(self, conn):
        tls, auth, mail_from, rcpt = False, None, None, []
        reader = conn.makefile("rb")

        def say(line):
            conn.sendall(line.encode() + b"\r\n")

        say("220 receiver.test ESMTP")
        while True:
            line = reader.readline()
            if not line:
                return
            command = line.decode().strip()
            verb = command.split(" ")[0].upper()
            if verb in ("EHLO", "HELO"):
                extensions = ["250-receiver.test"]
                if self.offer_starttls and not tls:
                    extensions.append("250-STARTTLS")
                if tls or not self.offer_starttls:
                    extensions.append("250-AUTH PLAIN")
                extensions.append("250 8BITMIME")
                conn.sendall(("\r\n".join(extensions) + "\r\n").encode())
            elif verb == "STARTTLS" and self.offer_starttls:
                say("220 go ahead")
                conn = self.context.wrap_socket(conn, server_side=True)
                reader = conn.makefile("rb")
                tls = True
            elif verb == "AUTH":
                parts = command.split(" ")
                blob = parts[2] if len(parts) > 2 else None
                if blob is None:
                    say("334 ")
                    blob = reader.readline().decode().strip()
                _, user, password = base64.b64decode(blob).decode().split("\0")
                if password == PASSWORD:
                    auth = user
                    say("235 ok")
                else:
                    say("535 bad credentials")
            elif verb == "MAIL":
                mail_from = command[10:]
                say("250 ok")
            elif verb == "RCPT":
                rcpt.append(command[8:])
                say("250 ok")
            elif verb == "DATA":
                say("354 end with .")
                data = b""
                while True:
                    chunk = reader.readline()
                    if chunk in (b".\r\n", b""):
                        break
                    data += chunk
                self.messages.append((tls, auth, mail_from, rcpt, data))
                say("250 queued")
            elif verb == "QUIT":
                say("221 bye")
                return
            else:
                say("502 not implemented")


def api(base, method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method,
                                     headers={"Authorization": "Bearer " + KEY, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, json.load(answer)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def start_console(console, folder, receiver_port, cert):
    env = dict(os.environ, SENDIVENT_SMTP_PASSWORD=PASSWORD)
    process = subprocess.Popen(
        [console, "--headless", "--port", "0", "--api-key", KEY, "--data-dir", folder, "--limits", "off",
         "--smtp", "smtp://relay%%40example.com@127.0.0.1:%d" % receiver_port, "--smtp-ca-file", cert,
         "--release-to", "me@inbox.test"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    line = process.stdout.readline()
    assert line.startswith("listening on "), line
    return process, line[len("listening on "):].strip()


def send_and_release(base):
    status, sent = api(base, "POST", "/v1/send/order.confirmed/email",
                       {"to": "jane@example.com", "payload": {"order_id": "A-1"}})
    assert status == 200, sent
    uuid = sent["deliveries"][0]["email"]
    return uuid, api(base, "POST", "/_local/deliveries/%s/release" % uuid, {})


def main():
    console = sys.argv[1]
    with tempfile.TemporaryDirectory() as work:
        cert, key = os.path.join(work, "cert.pem"), os.path.join(work, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", key, "-out", cert], check=True, capture_output=True)

        # Offered: the message goes over TLS, with the login, to the override only.
        good = Receiver(cert, key, offer_starttls=True)
        process, base = start_console(console, os.path.join(work, "a"), good.port, cert)
        try:
            uuid, (status, answer) = send_and_release(base)
            assert status == 200, answer
            assert len(good.messages) == 1, good.messages
            tls, auth, mail_from, rcpt, data = good.messages[0]
            assert tls, "the message was sent before STARTTLS"
            assert auth == "relay@example.com", auth
            assert rcpt == ["<me@inbox.test>"], rcpt
            assert b"X-Sendivent-Delivery: " + uuid.encode() in data
            assert answer["data"]["timeline"][-1]["event"] == "released"
        finally:
            process.terminate()
            process.wait(30)

        # Not offered: STARTTLS is required, so nothing is sent in clear.
        bad = Receiver(cert, key, offer_starttls=False)
        process, base = start_console(console, os.path.join(work, "b"), bad.port, cert)
        try:
            uuid, (status, answer) = send_and_release(base)
            assert status == 502, answer
            assert "STARTTLS" in answer["error"], answer
            assert bad.messages == [], bad.messages
            status, trace = api(base, "GET", "/v1/deliveries/%s/trace" % uuid)
            assert trace["data"]["timeline"][-1]["event"] == "release_failed", trace
        finally:
            process.terminate()
            process.wait(30)
    print("STARTTLS release: ok")


if __name__ == "__main__":
    main()
