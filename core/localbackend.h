#pragma once

#include "backend.h"
#include "contactservice.h"
#include "deliverystore.h"
#include "provideroutcomes.h"
#include "sendservice.h"
#include "webhookoutbox.h"
#include "workspaceservice.h"

namespace sendivent {

class ChangeNotifier;
class Clock;
class Database;

// The backend over the local database, used on the GUI thread with that thread's
// own connection (SQLite in WAL mode lets it read while the server writes).
class LocalBackend final : public Backend
{
    Q_OBJECT
public:
    LocalBackend(const Database &db, ChangeNotifier *notifier, QObject *parent = nullptr);

    QString displayName() const override;
    bool isLocal() const override { return true; }

    QFuture<Result<QList<Event>>> events() override;
    QFuture<Result<Event>> event(const QString &identifier) override;
    QFuture<Result<QList<Integration>>> integrations() override;

    QFuture<Result<ContactPage>> contacts(const QString &search, int limit, int offset) override;
    QFuture<Result<Contact>> contact(const QString &identifier) override;
    QFuture<Result<SavedContact>> saveContact(const ContactInput &input) override;
    QFuture<Result<Contact>> updateContact(const QString &identifier, const ContactInput &input) override;
    QFuture<Status> deleteContact(const QString &identifier) override;
    QFuture<Result<Contact>> addPushToken(const QString &identifier, const QString &token) override;
    QFuture<Result<Contact>> removePushToken(const QString &identifier, const QString &token) override;

    QFuture<Result<DeliveryPage>> deliveries(const DeliveryQuery &query) override;
    QFuture<Result<DeliveryTrace>> deliveryTrace(const QString &uuid) override;

    // The endpoint in the local database (WebhookService's rules).
    QFuture<Result<std::optional<Webhook>>> webhook() override;
    QFuture<Result<Webhook>> createWebhook(const WebhookInput &input) override;
    QFuture<Result<Webhook>> updateWebhook(const QString &uuid, const WebhookInput &input) override;
    QFuture<Status> deleteWebhook(const QString &uuid) override;
    // The /_local/webhooks extensions, for the Webhooks page. A new signing secret at
    // once (the answer carries it); a test event for the endpoint; a message sent again.
    // The server's dispatcher sends what these queue.
    QFuture<Result<Webhook>> rotateWebhookSecret(const QString &uuid);
    QFuture<Result<WebhookMessage>> sendWebhookTest(const QString &uuid, const QString &eventType);
    QFuture<Result<WebhookMessage>> resendWebhookMessage(const QString &messageId);
    // The newest `limit` webhook attempts, newest first (the attempts log).
    QFuture<Result<QList<WebhookAttemptEntry>>> webhookAttempts(int limit, const WebhookAttemptFilter &filter = {});

    // Sends as a sandbox key would, through the same pipeline as the server's route
    // (without idempotency keys and the request journal, which belong to HTTP).
    QFuture<Result<SendAnswer>> send(const QString &event, std::optional<Channel> channel, const Json &body) override;

    // POST /_local/deliveries/{uuid}/simulate: records a provider outcome now (one of
    // deliveryOutcomes(); an empty detail gets the simulated one) and returns the
    // delivery with its timeline.
    QFuture<Result<Delivery>> simulateDelivery(const QString &uuid, const QString &outcome, const QString &detail = {});

    // The emulator's time the server follows too (issue 23): what this backend writes
    // is dated by it. Without one, the wall clock.
    void setClock(Clock *clock);
    Clock *clock() const { return m_clock; }
    // Back to the wall clock, unless stored data is dated after it (CONFLICT).
    Status clockBackToReal();

    // --limits: whether the plan's contact quota holds for contacts made here.
    void setLimitsEnforced(bool enforced);

    // Local-only: the workspace as a whole.
    WorkspaceService &workspace() { return m_workspace; }

private:
    Result<int> contactLimit();
    WebhookOutbox outbox() const;

    const Database &m_db;
    ChangeNotifier *m_notifier;
    WorkspaceService m_workspace;
    ContactService m_contacts;
    DeliveryStore m_deliveries;
    // Reports the emulated outcomes of the sends made here; the server's own instance
    // picks up any still owed at its next start.
    ProviderOutcomes m_outcomes;
    SendService m_send;
    bool m_limitsEnforced = true;
    Clock *m_clock = nullptr;
};

} // namespace sendivent
