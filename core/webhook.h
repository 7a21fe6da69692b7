#pragma once

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

} // namespace sendivent
