// Checks webhook requests with the reference implementation of Standard Webhooks
// (the npm `standardwebhooks` package), independently of the console's own code.
// Reads {"verify": [{secret, headers, body_base64}], "sign": [{secret, id, timestamp,
// body_base64}]} on stdin; writes {"verify": [{ok, error?, payload?}], "sign": ["v1,…"]}.
"use strict";
const { Webhook } = require("standardwebhooks");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
    const request = JSON.parse(input);
    const out = { verify: [], sign: [] };
    for (const item of request.verify || []) {
        const body = Buffer.from(item.body_base64, "base64");
        try {
            const payload = new Webhook(item.secret).verify(body, item.headers);
            out.verify.push({ ok: true, payload });
        } catch (e) {
            out.verify.push({ ok: false, error: String(e.message || e) });
        }
    }
    for (const item of request.sign || []) {
        const body = Buffer.from(item.body_base64, "base64");
        out.sign.push(new Webhook(item.secret).sign(item.id, new Date(item.timestamp * 1000), body));
    }
    process.stdout.write(JSON.stringify(out));
});
