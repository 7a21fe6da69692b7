#pragma once

#include "backend.h"
#include "localoperations.h"

#include <memory>

namespace sendivent {

class ChangeRelay;
class ReturnPath;
class Services;

// The backend over the local services (issue 19): an asynchronous facade over the one
// composition root (Services), which lives on the local server's thread. Each call is
// queued to that thread, runs there through the same services and rules as the HTTP
// routes, and its result is stored there; the caller's thread runs no SQL and never
// waits on the writer. The future then finishes on this backend's thread (see
// base/returnpath.h), so continuations attached with a context run where that
// context lives and dies. On the services' own thread (a test without a server
// thread) a call runs at once and its future is already finished.
//
// `services` must outlive this object and belong to a running thread; their notifier
// tells this backend what changed.
class LocalBackend final : public Backend, public LocalOperations
{
    Q_OBJECT
public:
    explicit LocalBackend(Services &services, QObject *parent = nullptr);
    ~LocalBackend() override;

    QString displayName() const override;
    LocalOperations *local() const override { return const_cast<LocalBackend *>(this); }

    QFuture<Result<QList<Event>>> events() override;
    QFuture<Result<Event>> event(const QString &identifier) override;
    QFuture<Result<QList<Integration>>> integrations() override;

    QFuture<Result<ContactPage>> contacts(const QString &search, int limit, int offset) override;
    QFuture<Result<Contact>> contact(const QString &identifier) override;
    QFuture<Result<SavedContact>> saveContact(const ContactInput &input) override;
    QFuture<Result<Contact>> updateContact(const QString &identifier, const ContactInput &input) override;
    // Erasure as DELETE /v1/contacts/{id} does it (Services::eraseContact()).
    QFuture<Status> deleteContact(const QString &identifier) override;
    QFuture<Result<Contact>> addPushToken(const QString &identifier, const QString &token) override;
    QFuture<Result<Contact>> removePushToken(const QString &identifier, const QString &token) override;

    QFuture<Result<DeliveryPage>> deliveries(const DeliveryQuery &query) override;
    QFuture<Result<DeliveryTrace>> deliveryTrace(const QString &uuid) override;

    // The endpoint in the local database (WebhookService's rules); the server's
    // dispatcher sends what it is owed, whoever changed it.
    QFuture<Result<std::optional<Webhook>>> webhook() override;
    QFuture<Result<Webhook>> createWebhook(const WebhookInput &input) override;
    QFuture<Result<Webhook>> updateWebhook(const QString &uuid, const WebhookInput &input) override;
    QFuture<Status> deleteWebhook(const QString &uuid) override;

    // Sends as a sandbox key would, through the route's pipeline (without idempotency
    // keys and the request journal, which belong to HTTP): the deliveries go through
    // the writer, and the answer comes once they are committed.
    QFuture<Result<SendAnswer>> send(const QString &event, std::optional<Channel> channel, const Json &body) override;

    // LocalOperations
    Result<WorkspaceSnapshot> workspace() const override;
    QFuture<Status> replaceWorkspace(const Workspace &workspace) override;
    QFuture<Result<ImportSummary>> importFixture(const Json &fixture, ImportOptions options) override;
    QFuture<Result<Json>> exportFixture() override;
    QFuture<Result<Delivery>> simulateDelivery(const QString &uuid, const QString &outcome,
                                               const QString &detail) override;
    QFuture<Result<Webhook>> rotateWebhookSecret(const QString &uuid) override;
    QFuture<Result<WebhookMessage>> sendWebhookTest(const QString &uuid, const QString &eventType) override;
    QFuture<Result<WebhookMessage>> resendWebhookMessage(const QString &messageId) override;
    QFuture<Result<QList<WebhookAttemptEntry>>> webhookAttempts(int limit,
                                                                const WebhookAttemptFilter &filter) override;
    QFuture<Result<QList<ApiKey>>> apiKeys() override;
    QFuture<Result<QString>> createApiKey(Environment environment, const QString &label) override;
    QFuture<Status> revokeApiKey(qint64 id) override;
    QFuture<Result<QList<JournalEntry>>> journal(const JournalFilter &filter, int limit) override;
    QFuture<Result<StorageStats>> storage() override;
    Clock *clock() const override;
    QFuture<Status> clockBackToReal() override;

private:
    // Runs `work(services)` on the services' thread; the future gets what it returns.
    template <typename T, typename Work>
    QFuture<T> run(Work work);
    // The workspace snapshot again, then dataChanged().
    void refreshWorkspace();

    struct WorkspaceCache;
    Services &m_services;
    std::shared_ptr<WorkspaceCache> m_workspace; // shared with calls still on their way
    std::shared_ptr<ReturnPath> m_return; // likewise
    ChangeRelay *m_relay = nullptr; // on the services' thread; null when they run on this one
};

} // namespace sendivent
