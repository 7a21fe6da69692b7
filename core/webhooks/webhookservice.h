#pragma once

#include "backend/backendtypes.h"
#include "base/result.h"
#include "webhook.h"

#include <optional>

namespace sendivent {

class Database;

// The application's one webhook endpoint (reference "Webhooks", DESIGN §8): the rules
// of create, update, delete and secret rotation, shared by the API routes and the
// GUI's local backend. Every write is its own transaction.
class WebhookService final
{
public:
    explicit WebhookService(const Database &db);

    // Reads a POST/PATCH body into an input: wrong types and unknown fields are one
    // VALIDATION_ERROR listing every problem. Fields a client may echo back from an
    // answer (uuid, signing_secret, created_at, updated_at) are ignored.
    static Result<WebhookInput> readInput(const Json &body);

    Result<std::optional<Webhook>> current() const;
    // CONFLICT when an endpoint exists; VALIDATION_ERROR for a bad url or event list.
    // The answer carries the signing secret (the only time it is shown).
    Result<Webhook> create(const WebhookInput &input);
    // WEBHOOK_NOT_FOUND for another uuid. Turning the endpoint off cancels its
    // pending messages (they are not sent when it is turned on again).
    Result<Webhook> update(const QString &uuid, const WebhookInput &input);
    // Cancels the pending messages; sent ones and their attempts stay for the traces.
    Status remove(const QString &uuid);
    // A new secret at once (local extension); the answer carries it.
    Result<Webhook> rotateSecret(const QString &uuid);

    // Checks an input before it is written; `creating` makes url required.
    static Status validate(const WebhookInput &input, bool creating);

private:
    // The endpoint `uuid` and its row id; WEBHOOK_NOT_FOUND when there is none.
    Result<Webhook> findRow(const QString &uuid, qint64 *id) const;

    const Database &m_db;
};

} // namespace sendivent
