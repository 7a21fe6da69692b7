#pragma once

#include "backend.h"
#include "contactservice.h"
#include "deliverystore.h"
#include "provideroutcomes.h"
#include "sendservice.h"
#include "workspaceservice.h"

namespace sendivent {

class ChangeNotifier;
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

    // The local server has no webhooks yet: these answer NOT_FOUND saying so.
    QFuture<Result<std::optional<Webhook>>> webhook() override;
    QFuture<Result<Webhook>> createWebhook(const WebhookInput &input) override;
    QFuture<Result<Webhook>> updateWebhook(const QString &uuid, const WebhookInput &input) override;
    QFuture<Status> deleteWebhook(const QString &uuid) override;

    // Sends as a sandbox key would, through the same pipeline as the server's route
    // (without idempotency keys and the request journal, which belong to HTTP).
    QFuture<Result<SendAnswer>> send(const QString &event, std::optional<Channel> channel, const Json &body) override;

    // --limits: whether the plan's contact quota holds for contacts made here.
    void setLimitsEnforced(bool enforced);

    // Local-only: the workspace as a whole.
    WorkspaceService &workspace() { return m_workspace; }

private:
    Result<int> contactLimit();

    const Database &m_db;
    WorkspaceService m_workspace;
    ContactService m_contacts;
    DeliveryStore m_deliveries;
    // Reports the emulated outcomes of the sends made here; the server's own instance
    // picks up any still owed at its next start.
    ProviderOutcomes m_outcomes;
    SendService m_send;
    bool m_limitsEnforced = true;
};

} // namespace sendivent
