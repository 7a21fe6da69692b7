#pragma once

#include "base/result.h"
#include "workspace/fixture.h"

#include <QtCore/QFuture>

#include <memory>

namespace sendivent {

class Clock;
enum class Environment;
struct ApiKey;
struct Delivery;
struct JournalEntry;
struct JournalFilter;
struct StorageStats;
struct WebhookAttemptEntry;
struct WebhookAttemptFilter;
struct WebhookMessage;
struct Webhook;

// What only the local emulator offers (issue 19): the workspace as a whole, simulated
// provider outcomes, the webhook extensions, the emulated clock. A backend that has
// them returns this from Backend::local(); remotes return null, so pages ask instead
// of downcasting, and tests can offer their own. Every call that touches the database
// answers asynchronously, like the Backend's.
class LocalOperations
{
public:
    virtual ~LocalOperations() = default;

    // The workspace as last stored: a snapshot kept in memory, so reading it never
    // waits (or runs SQL). A write below updates it before its future finishes.
    using WorkspaceSnapshot = std::shared_ptr<const Workspace>;
    virtual Result<WorkspaceSnapshot> workspace() const = 0;
    // Replaces the workspace (not contacts); templates are checked, nothing is
    // written when anything is wrong (WorkspaceService::replace()).
    virtual QFuture<Status> replaceWorkspace(const Workspace &workspace) = 0;
    // A fixture in (DESIGN §11) and out (secrets stripped).
    virtual QFuture<Result<ImportSummary>> importFixture(const Json &fixture, ImportOptions options) = 0;
    virtual QFuture<Result<Json>> exportFixture() = 0;

    // POST /_local/deliveries/{uuid}/simulate: records a provider outcome now (one of
    // deliveryOutcomes(); an empty detail gets the simulated one) and answers the
    // delivery with its timeline.
    virtual QFuture<Result<Delivery>> simulateDelivery(const QString &uuid, const QString &outcome,
                                                       const QString &detail) = 0;

    // The /_local/webhooks extensions: a new signing secret at once (the answer carries
    // it); a test event for the endpoint; a message sent again; the newest `limit`
    // attempts, newest first. The server's dispatcher sends what these queue.
    virtual QFuture<Result<Webhook>> rotateWebhookSecret(const QString &uuid) = 0;
    virtual QFuture<Result<WebhookMessage>> sendWebhookTest(const QString &uuid, const QString &eventType) = 0;
    virtual QFuture<Result<WebhookMessage>> resendWebhookMessage(const QString &messageId) = 0;
    virtual QFuture<Result<QList<WebhookAttemptEntry>>> webhookAttempts(int limit,
                                                                        const WebhookAttemptFilter &filter) = 0;

    // The stored API keys; a new one (the whole key, shown once); one revoked.
    virtual QFuture<Result<QList<ApiKey>>> apiKeys() = 0;
    virtual QFuture<Result<QString>> createApiKey(Environment environment, const QString &label) = 0;
    virtual QFuture<Status> revokeApiKey(qint64 id) = 0;
    // The newest `limit` written exchanges of the request journal matching `filter`;
    // the last few hundred ms of exchanges may still be in the journal's buffer.
    virtual QFuture<Result<QList<JournalEntry>>> journal(const JournalFilter &filter, int limit) = 0;
    // What is stored and what retention would remove now (GET /_local/storage).
    virtual QFuture<Result<StorageStats>> storage() = 0;

    // The emulator's time (issue 23), shared with the server; readable on any thread.
    virtual Clock *clock() const = 0;
    // Back to the wall clock, unless stored data is dated after it (CONFLICT).
    virtual QFuture<Status> clockBackToReal() = 0;
};

} // namespace sendivent
