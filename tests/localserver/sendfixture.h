#pragma once

// A workspace for the send tests: every channel with an active integration, both
// addons, senders in templates, a partial, and events that fail in each way a
// template can.
#include <httpclient.h>
#include <testserver.h>

#include <base/json.h>

#include <QtTest/QTest>

namespace sendivent::test {

inline Json sendFixture()
{
    return Json::parse(R"json({
  "app": {"name": "Test & Co"},
  "plan": {"contact_limit": 100, "addons": ["sms", "whatsapp"]},
  "senders": [
    {"name": "Test Co", "email": "hello@test.example"},
    {"name": "Test Support", "email": "support@test.example"},
    {"name": "Test SMS", "phone": "+46700000009"}
  ],
  "integrations": [
    {"channel": "email", "provider": "ses", "status": "active", "config": {}, "secrets": {}},
    {"channel": "sms", "provider": "sns", "status": "active", "config": {}, "secrets": {}},
    {"channel": "slack", "provider": "slack", "status": "active", "config": {}, "secrets": {}},
    {"channel": "push", "provider": "expo", "status": "active", "config": {}, "secrets": {}},
    {"channel": "telegram", "provider": "telegram", "status": "active", "config": {}, "secrets": {}},
    {"channel": "whatsapp", "provider": "whatsapp", "status": "active", "config": {}, "secrets": {}},
    {"channel": "discord", "provider": "discord", "status": "active", "config": {}, "secrets": {}}
  ],
  "partials": {"sig": "-- {{app.name}}"},
  "events": [
    {"identifier": "all.channels", "name": "All channels",
     "channels": ["email", "sms", "slack", "push", "telegram", "whatsapp", "discord"], "default_language": "en",
     "templates": [
       {"channel": "email", "language": "en", "subject": "Hi {{contact.name | friend}} from {{sender.name}} <{{sender.email}}>",
        "html": "<p>{{payload.note}}</p><p>{{contact.meta.tier | none}}</p>{{> sig}}", "text": "{{payload.note}} {{> sig}}"},
       {"channel": "email", "language": "sv", "subject": "Hej {{contact.name | du}}", "html": "<p>sv</p>", "text": "sv"},
       {"channel": "sms", "language": "en", "text": "SMS to {{contact.name}} from {{sender.phone}}: {{payload.note}}"},
       {"channel": "sms", "language": "sv", "text": "SMS till {{contact.name}}"},
       {"channel": "slack", "language": "en", "text": "Slack {{contact.slack}}: {{payload.note}}"},
       {"channel": "push", "language": "en", "title": "Push {{contact.name}}", "body": "{{payload.note}}"},
       {"channel": "telegram", "language": "en", "text": "Telegram {{contact.telegram}}"},
       {"channel": "whatsapp", "language": "en", "text": "WhatsApp {{contact.phone}}"},
       {"channel": "discord", "language": "en", "text": "Discord {{contact.discord}}"}
     ]},
    {"identifier": "broken.partial", "name": "Broken", "channels": ["email"], "default_language": "en",
     "templates": [{"channel": "email", "language": "en", "subject": "Fine", "html": "{{> nowhere}}", "text": "t"}]},
    {"identifier": "half.templated", "name": "Half", "channels": ["email", "slack"], "default_language": "en",
     "templates": [{"channel": "slack", "language": "en", "text": "only slack"}]}
  ]
})json");
}

// Everyone's identifiers, so each channel has an address.
inline Json everyChannelContact()
{
    return Json{{"email", "ada@example.com"}, {"phone", "+46701111111"}, {"name", "Ada"},
                {"slack", "U0ADA"},           {"telegram", "100200"},     {"discord", "300400"}};
}

inline HttpReply sendTo(HttpClient &client, const TestServer &server, const QString &path, const Json &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    return client.send("POST", server.url(path), dumpJson(body), headers);
}

inline Json traceOf(HttpClient &client, const TestServer &server, const std::string &uuid)
{
    return client.get(server.url(QStringLiteral("/v1/deliveries/%1/trace").arg(QString::fromStdString(uuid)))).json();
}

// The first delivery uuid of a send answer, for `channel`.
inline std::string deliveryOf(const Json &answer, const char *channel)
{
    for (const Json &d : answer["deliveries"]) {
        if (d.contains(channel))
            return d[channel].get<std::string>();
    }
    return {};
}

} // namespace sendivent::test
