#pragma once

#include "base/channel.h"
#include "base/ids.h"
#include "base/json.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>

namespace sendivent {

enum class Environment { Sandbox, Production };
QString environmentName(Environment env); // "sandbox" / "production"

struct TimelineEntry
{
    QString event; // queued, rendered, sent, delivered, failed, bounced, complained, …
    QDateTime timestamp;
    QString detail;
    friend bool operator==(const TimelineEntry &, const TimelineEntry &) = default;
};

// One message to one recipient on one channel, with what was rendered and what
// happened to it since (DESIGN §10).
struct Delivery
{
    QString uuid;
    Channel channel = Channel::Email;
    QString status; // pending, sent, delivered, failed, bounced, complained
    QString eventName;
    QString contactUuid;
    QString recipient;
    QString provider;
    QString messageId;
    QString language;
    Environment environment = Environment::Sandbox;
    QDateTime createdAt;
    QDateTime sentAt;
    QDateTime deliveredAt;
    QString error;
    QString requestId; // of the API request that caused it (webhook payloads' request_id)
    Json content = Json::object(); // the rendered fields
    // What the send knew besides the rendered fields (issue 17), one JSON object
    // serialised once per send request and channel and shared by its deliveries:
    // "app" (the app's name, a chat message's author), "from" (the sender it was
    // sent as: name, email, phone), "payload" (the event
    // variables that rendered it) and "template_revision" (the workspace revision the
    // template was taken from). Empty for deliveries stored before it was kept.
    // Stored in the content column beside the rendered fields; see sentFacts().
    QByteArray sent;
    QList<TimelineEntry> timeline;
    friend bool operator==(const Delivery &, const Delivery &) = default;
};

// Every status a delivery can have, in the order it can reach them; the list filter
// accepts exactly these.
QStringList deliveryStatuses();
// What a provider can report after accepting a message (and what
// POST /_local/deliveries/{uuid}/simulate accepts).
QStringList deliveryOutcomes();

// A random (version 4) UUID from a fast generator. Delivery ids must be unique, not
// secret (they are useless without an API key), and the system generator Qt uses for

// Delivery::sent as JSON; an empty object when the delivery has none.
Json sentFacts(const Delivery &delivery);

// The API's delivery object (DESIGN §10), without content and timeline.
Json deliveryToJson(const Delivery &delivery);
// [{"event","timestamp","detail"?}], oldest first.
Json timelineToJson(const QList<TimelineEntry> &timeline);

} // namespace sendivent
