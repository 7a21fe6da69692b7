// An app's test in Node.js (18+, no packages): a webhook receiver that checks the
// Standard Webhooks signature as a real endpoint must, a send, and the signed
// `delivery.sent` message it receives. Needs SENDIVENT_BASE_URL and SENDIVENT_API_KEY
// (docs/examples/ci.sh sets them).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import assert from 'node:assert/strict';

const base = process.env.SENDIVENT_BASE_URL;
const key = process.env.SENDIVENT_API_KEY;

async function call(method, path, body) {
    const response = await fetch(base + path, {
        method,
        headers: { Authorization: `Bearer ${key}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, json: await response.json() };
}

// Standard Webhooks: HMAC-SHA256 of "id.timestamp.body" with the base64 key after
// "whsec_"; the header lists "v1,<base64>" signatures separated by spaces.
function verify(secret, headers, body) {
    const signed = `${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`;
    const expected = createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64')).update(signed).digest();
    return headers['webhook-signature'].split(' ').some((entry) => {
        const [version, signature] = entry.split(',');
        const given = Buffer.from(signature ?? '', 'base64');
        return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

// Between test cases: back to the fixture, and no webhook endpoint left from before.
await call('POST', '/_local/reset', { webhooks: true });

let secret = '';
const received = new Promise((resolve, reject) => {
    const server = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk) => { body += chunk; });
        request.on('end', () => {
            const ok = verify(secret, request.headers, body);
            response.writeHead(ok ? 200 : 401).end();
            if (!ok)
                return reject(new Error('a webhook with a bad signature'));
            const message = JSON.parse(body);
            if (message.event === 'delivery.sent') {
                server.close();
                resolve(message);
            }
        });
    });
    server.listen(0, '127.0.0.1', async () => {
        const url = `http://127.0.0.1:${server.address().port}/webhooks`;
        const created = await call('POST', '/v1/webhooks', { url, enabled_events: ['delivery.sent'] });
        assert.equal(created.status, 201, JSON.stringify(created.json));
        secret = created.json.data.webhook.signing_secret;
        const sent = await call('POST', '/v1/send/order.confirmed/email',
                                { to: 'jane@example.com', payload: { order_id: 'C-3003' } });
        assert.equal(sent.status, 200, JSON.stringify(sent.json));
    });
    setTimeout(() => reject(new Error('no webhook within 10 s')), 10000).unref();
});

const message = await received;
assert.equal(message.event, 'delivery.sent');
console.log('node example: ok');
