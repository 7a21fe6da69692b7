#pragma once

#include "backend/backend.h"
#include "remoteclient.h"

#include <QtCore/QPromise>

#include <memory>

namespace sendivent {

// The backend over a remote Sendivent API (the sandbox or production service, or
// any base URL serving /v1): every call is one request (or one per page) through a
// RemoteClient on this object's thread, its answer read into the domain types and
// its error body mapped to the core Error. Writes that succeed emit dataChanged().
class RemoteBackend final : public Backend
{
    Q_OBJECT
public:
    RemoteBackend(Environment environment, QUrl baseUrl, QObject *parent = nullptr);

    Environment environment() const { return m_environment; }
    RemoteClient &client() { return *m_client; }
    QUrl baseUrl() const { return m_client->baseUrl(); }
    void setApiKey(const QString &key) { m_client->setApiKey(key); }
    bool hasApiKey() const { return m_client->hasApiKey(); }

    QString displayName() const override;

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

    QFuture<Result<std::optional<Webhook>>> webhook() override;
    QFuture<Result<Webhook>> createWebhook(const WebhookInput &input) override;
    QFuture<Result<Webhook>> updateWebhook(const QString &uuid, const WebhookInput &input) override;
    QFuture<Status> deleteWebhook(const QString &uuid) override;

    // Each send carries an X-Idempotency-Key of its own, so a retried request can
    // never send twice.
    QFuture<Result<SendAnswer>> send(const QString &event, std::optional<Channel> channel, const Json &body) override;

    // How many events one page asks for; events() follows the pages to the end.
    static constexpr int kEventPageSize = 100;

private:
    struct Answer
    {
        int status = 0;
        Json body;
        HeaderList headers;
    };
    // Sends `request`; an answer that is not 2xx, or whose body is not JSON, is an Error.
    QFuture<Result<Answer>> call(RemoteRequest request);
    // call(), then `read` on the answer; a successful write also emits dataChanged().
    template <typename T, typename Read>
    QFuture<Result<T>> fetch(RemoteRequest request, Read read, bool writes = false);
    void collectEvents(std::shared_ptr<QPromise<Result<QList<Event>>>> promise, QList<Event> collected, int page);

    Environment m_environment;
    RemoteClient *m_client;
};

} // namespace sendivent
