#pragma once

#include "backendtypes.h"
#include "base/result.h"
#include "contacts/contactinput.h"
#include "webhooks/webhook.h"
#include "workspace/workspace.h"

#include <QtCore/QFuture>
#include <QtCore/QObject>

#include <optional>

namespace sendivent {

// The service interface the GUI browses, whatever is behind it: the local database or
// the remote Sendivent API. Every call is asynchronous (a remote answer takes time);
// the local backend answers once the server's thread has done it. Errors are the
// API's (a remote error body becomes the same Error the local services return).
class LocalOperations;

class Backend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString displayName() const = 0;
    // What only the local emulator offers (template editing, simulation, the webhook
    // extensions, the clock); null for a remote API.
    virtual LocalOperations *local() const { return nullptr; }
    bool isLocal() const { return local() != nullptr; }

    virtual QFuture<Result<QList<Event>>> events() = 0;
    virtual QFuture<Result<Event>> event(const QString &identifier) = 0;
    virtual QFuture<Result<QList<Integration>>> integrations() = 0;

    // Contacts (reference "Contacts"). `identifier` is anything the API finds a
    // contact by: email, phone, UUID, external id or Slack user ID.
    virtual QFuture<Result<ContactPage>> contacts(const QString &search, int limit, int offset) = 0;
    virtual QFuture<Result<Contact>> contact(const QString &identifier) = 0;
    virtual QFuture<Result<SavedContact>> saveContact(const ContactInput &input) = 0;
    virtual QFuture<Result<Contact>> updateContact(const QString &identifier, const ContactInput &input) = 0;
    virtual QFuture<Status> deleteContact(const QString &identifier) = 0;
    virtual QFuture<Result<Contact>> addPushToken(const QString &identifier, const QString &token) = 0;
    virtual QFuture<Result<Contact>> removePushToken(const QString &identifier, const QString &token) = 0;

    // Deliveries, newest first, and one delivery's trace.
    virtual QFuture<Result<DeliveryPage>> deliveries(const DeliveryQuery &query) = 0;
    virtual QFuture<Result<DeliveryTrace>> deliveryTrace(const QString &uuid) = 0;

    // The application's one webhook endpoint; nullopt when none is registered.
    virtual QFuture<Result<std::optional<Webhook>>> webhook() = 0;
    virtual QFuture<Result<Webhook>> createWebhook(const WebhookInput &input) = 0;
    virtual QFuture<Result<Webhook>> updateWebhook(const QString &uuid, const WebhookInput &input) = 0;
    virtual QFuture<Status> deleteWebhook(const QString &uuid) = 0;

    // POST /v1/send/{event}[/{channel}] with `body` as the request body ({"to", "payload", …}).
    virtual QFuture<Result<SendAnswer>> send(const QString &event, std::optional<Channel> channel, const Json &body) = 0;

Q_SIGNALS:
    // Something the pages show may have changed; they reload what they display.
    void dataChanged();
    // A delivery was made or changed (a send, a provider report). Only backends that
    // learn of it say so; the others are polled.
    void deliveryChanged(const QString &uuid);
};

} // namespace sendivent
