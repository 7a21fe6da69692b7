#pragma once

#include "base/json.h"

#include <QtCore/QDateTime>
#include <QtCore/QStringList>

namespace sendivent {

// The application's one webhook endpoint (DESIGN §8).
struct Webhook
{
    QString uuid;
    QString url;
    QStringList enabledEvents; // delivery.sent, delivery.delivered, …
    QString description;
    bool isActive = true;
    QString signingSecret; // whsec_…; shown by the API on create only
    QDateTime createdAt;
    QDateTime updatedAt;
    friend bool operator==(const Webhook &, const Webhook &) = default;
};

// The reference's five event types, in its order.
QStringList webhookEventTypes();

// The API's webhook object; `signing_secret` only when asked for (create, rotation).
Json webhookToJson(const Webhook &webhook, bool withSecret);

} // namespace sendivent
