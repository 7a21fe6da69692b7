#pragma once

// The values the Backend interface passes around besides the domain types: list
// queries and pages, what a write answers, and the answer of a send. Values only: the
// GUI includes this, so it names no store, service or template engine (issue 19).
#include "base/channel.h"
#include "base/json.h"
#include "contacts/contact.h"
#include "deliveries/delivery.h"
#include "send/senderror.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QStringList>

#include <optional>

namespace sendivent {

// GET /v1/deliveries: unset or empty members do not filter.
struct DeliveryQuery
{
    QString event;
    std::optional<Channel> channel;
    // Any of these, each one of deliveryStatuses(). The remote API takes one status
    // only; more than one is the local backend's (GET /v1/deliveries?status=a,b).
    QStringList statuses;
    int limit = 20;
    int offset = 0;
    // Console filters beyond the API's: a remote answers for its key's environment
    // and has no time filter, so only the local backend takes these.
    std::optional<Environment> environment;
    QDateTime createdFrom;   // inclusive; invalid: no lower bound
    QDateTime createdBefore; // exclusive; invalid: no upper bound
    // The search box (GET /v1/deliveries?q=): a uuid or its first 8+ characters, the
    // start of a recipient or message id, or any identifier of the contact.
    QString search;
    // Oldest first instead of newest first (local only: the creation order is the
    // rowid's, so both directions read an index).
    bool oldestFirst = false;
};

struct DeliveryPage
{
    QList<Delivery> deliveries; // without content and timeline
    qint64 total = 0;
};

// GET /v1/deliveries/{uuid}/trace: the delivery with its content and timeline, and
// the webhook attempts as the API shows them.
struct DeliveryTrace
{
    Delivery delivery;
    Json webhookAttempts = Json::array();
};

// POST /v1/contacts answers 201 for a new contact and 200 for an upsert.
struct SavedContact
{
    Contact contact;
    bool created = false;
};

// The fields of a webhook create (url required) or update; unset ones are not sent.
struct WebhookInput
{
    std::optional<QString> url;
    std::optional<QStringList> enabledEvents;
    std::optional<QString> description;
    std::optional<bool> isActive;
};

// What a send came to (reference "Send Notification", DESIGN §5): the deliveries made
// and the (recipient, channel) pairs that could not be sent. A send that reached no
// one is still an answer (success false, with errors); only errors that end the whole
// request (unknown event, invalid body, rate limit, …) are an Error.
struct SendAnswer
{
    bool success = false;
    QList<QPair<Channel, QString>> deliveries; // channel → delivery uuid
    QList<SendError> errors;
    bool replayed = false; // X-Idempotent-Replay: true
};

} // namespace sendivent
