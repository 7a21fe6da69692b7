#include "localbackend.h"

#include "changenotifier.h"
#include "clock.h"
#include "database.h"
#include "webhookoutbox.h"
#include "webhookservice.h"

#include <algorithm>
#include <limits>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

template <typename T>
QFuture<Result<T>> ready(Result<T> value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

QFuture<Status> ready(Status value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

// The API's paging bounds, so both backends refuse the same requests.
Status checkPage(int limit, int offset)
{
    QList<FieldError> problems;
    if (limit < 1 || limit > 100)
        problems.append({u"limit"_s, u"must be a whole number from 1 to 100"_s});
    if (offset < 0)
        problems.append({u"offset"_s, u"must be a whole number from 0"_s});
    if (!problems.isEmpty())
        return Error::validation(u"Invalid pagination parameters"_s, problems);
    return {};
}

} // namespace

LocalBackend::LocalBackend(const Database &db, ChangeNotifier *notifier, QObject *parent)
    : Backend(parent)
    , m_db(db)
    , m_notifier(notifier)
    , m_workspace(db, notifier)
    , m_contacts(db, notifier)
    , m_deliveries(db)
    , m_outcomes(db, m_deliveries, notifier)
    , m_send(db, m_workspace, m_deliveries, &m_outcomes, notifier)
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::workspaceChanged, this, &Backend::dataChanged);
        connect(notifier, &ChangeNotifier::contactsChanged, this, &Backend::dataChanged);
        connect(notifier, &ChangeNotifier::trafficReset, this, &Backend::dataChanged);
        connect(notifier, &ChangeNotifier::deliveryChanged, this, &Backend::deliveryChanged);
    }
}

void LocalBackend::setClock(Clock *clock)
{
    m_clock = clock;
    m_contacts.setClock(clock);
    m_outcomes.setClock(clock);
    m_send.setClock(clock);
}

Status LocalBackend::clockBackToReal()
{
    if (!m_clock)
        return {};
    auto floor = newestStoredTimeMs(m_db);
    if (!floor)
        return floor.error();
    return m_clock->backToReal(*floor);
}

WebhookOutbox LocalBackend::outbox() const
{
    return WebhookOutbox(m_db, m_clock);
}

QString LocalBackend::displayName() const
{
    return tr("Local");
}

void LocalBackend::setLimitsEnforced(bool enforced)
{
    m_limitsEnforced = enforced;
    m_send.setContactLimitEnforced(enforced);
}

QFuture<Result<QList<Event>>> LocalBackend::events()
{
    auto ws = m_workspace.current();
    if (!ws)
        return ready<QList<Event>>(ws.error());
    return ready<QList<Event>>((*ws)->events);
}

QFuture<Result<Event>> LocalBackend::event(const QString &identifier)
{
    auto ws = m_workspace.current();
    if (!ws)
        return ready<Event>(ws.error());
    if (const Event *e = (*ws)->findEvent(identifier))
        return ready<Event>(*e);
    return ready<Event>(Error{ErrorCode::EventNotFound, u"Event '%1' not found"_s.arg(identifier), {}});
}

QFuture<Result<QList<Integration>>> LocalBackend::integrations()
{
    auto ws = m_workspace.current();
    if (!ws)
        return ready<QList<Integration>>(ws.error());
    return ready<QList<Integration>>((*ws)->integrations);
}

QFuture<Result<ContactPage>> LocalBackend::contacts(const QString &search, int limit, int offset)
{
    if (Status s = checkPage(limit, offset); !s)
        return ready<ContactPage>(s.error());
    return ready<ContactPage>(m_contacts.list(search, limit, offset));
}

QFuture<Result<Contact>> LocalBackend::contact(const QString &identifier)
{
    return ready<Contact>(m_contacts.find(identifier));
}

Result<int> LocalBackend::contactLimit()
{
    if (!m_limitsEnforced)
        return std::numeric_limits<int>::max();
    auto ws = m_workspace.current();
    if (!ws)
        return ws.error();
    return (*ws)->plan.contactLimit;
}

QFuture<Result<SavedContact>> LocalBackend::saveContact(const ContactInput &input)
{
    auto limit = contactLimit();
    if (!limit)
        return ready<SavedContact>(limit.error());
    auto upserted = m_contacts.upsert(input, *limit);
    if (!upserted)
        return ready<SavedContact>(upserted.error());
    return ready<SavedContact>(SavedContact{std::move(upserted->contact), upserted->created});
}

QFuture<Result<Contact>> LocalBackend::updateContact(const QString &identifier, const ContactInput &input)
{
    return ready<Contact>(m_contacts.update(identifier, input));
}

QFuture<Status> LocalBackend::deleteContact(const QString &identifier)
{
    return ready(m_contacts.remove(identifier));
}

QFuture<Result<Contact>> LocalBackend::addPushToken(const QString &identifier, const QString &token)
{
    auto changed = m_contacts.addPushToken(identifier, token);
    if (!changed)
        return ready<Contact>(changed.error());
    return ready<Contact>(std::move(changed->contact));
}

QFuture<Result<Contact>> LocalBackend::removePushToken(const QString &identifier, const QString &token)
{
    auto changed = m_contacts.removePushToken(identifier, token);
    if (!changed)
        return ready<Contact>(changed.error());
    return ready<Contact>(std::move(changed->contact));
}

QFuture<Result<DeliveryPage>> LocalBackend::deliveries(const DeliveryQuery &query)
{
    if (Status s = checkPage(query.limit, query.offset); !s)
        return ready<DeliveryPage>(s.error());
    for (const QString &status : query.statuses) {
        if (!deliveryStatuses().contains(status)) {
            return ready<DeliveryPage>(Error::validation(
                u"Invalid delivery filter"_s,
                {{u"status"_s, u"'%1' is not a status (%2)"_s.arg(status, deliveryStatuses().join(u", "_s))}}));
        }
    }
    // The local database holds both environments' deliveries; the console shows all.
    DeliveryFilter filter;
    filter.environment = query.environment;
    filter.eventName = query.event;
    filter.channel = query.channel;
    filter.statuses = query.statuses;
    filter.oldestFirst = query.oldestFirst;
    filter.createdFrom = query.createdFrom;
    filter.createdBefore = query.createdBefore;
    filter.search = query.search;
    auto total = m_deliveries.count(filter);
    if (!total)
        return ready<DeliveryPage>(total.error());
    auto list = m_deliveries.list(filter, query.limit, query.offset);
    if (!list)
        return ready<DeliveryPage>(list.error());
    return ready<DeliveryPage>(DeliveryPage{std::move(*list), *total});
}

QFuture<Result<Delivery>> LocalBackend::simulateDelivery(const QString &uuid, const QString &outcome,
                                                          const QString &detail)
{
    return ready<Delivery>(m_outcomes.simulate(uuid, outcome, detail));
}

QFuture<Result<DeliveryTrace>> LocalBackend::deliveryTrace(const QString &uuid)
{
    auto found = m_deliveries.find(uuid);
    if (!found)
        return ready<DeliveryTrace>(found.error());
    if (!found->has_value())
        return ready<DeliveryTrace>(Error{ErrorCode::DeliveryNotFound, u"Delivery '%1' not found"_s.arg(uuid), {}});
    auto attempts = outbox().attemptsJson(uuid);
    if (!attempts)
        return ready<DeliveryTrace>(attempts.error());
    return ready<DeliveryTrace>(DeliveryTrace{std::move(**found), std::move(*attempts)});
}

// The same rules as the /v1/webhooks routes; the server's dispatcher sends what the
// endpoint is owed, whoever changed it.
QFuture<Result<std::optional<Webhook>>> LocalBackend::webhook()
{
    return ready<std::optional<Webhook>>(WebhookService(m_db).current());
}

QFuture<Result<Webhook>> LocalBackend::createWebhook(const WebhookInput &input)
{
    return ready<Webhook>(WebhookService(m_db).create(input));
}

QFuture<Result<Webhook>> LocalBackend::updateWebhook(const QString &uuid, const WebhookInput &input)
{
    return ready<Webhook>(WebhookService(m_db).update(uuid, input));
}

QFuture<Status> LocalBackend::deleteWebhook(const QString &uuid)
{
    return ready(WebhookService(m_db).remove(uuid));
}

QFuture<Result<Webhook>> LocalBackend::rotateWebhookSecret(const QString &uuid)
{
    return ready<Webhook>(WebhookService(m_db).rotateSecret(uuid));
}

QFuture<Result<WebhookMessage>> LocalBackend::sendWebhookTest(const QString &uuid, const QString &eventType)
{
    auto queued = outbox().enqueueTest(uuid, eventType);
    if (queued && m_notifier)
        Q_EMIT m_notifier->webhookMessagesQueued();
    return ready<WebhookMessage>(std::move(queued));
}

QFuture<Result<WebhookMessage>> LocalBackend::resendWebhookMessage(const QString &messageId)
{
    auto queued = outbox().resend(messageId);
    if (queued && m_notifier)
        Q_EMIT m_notifier->webhookMessagesQueued();
    return ready<WebhookMessage>(std::move(queued));
}

QFuture<Result<QList<WebhookAttemptEntry>>> LocalBackend::webhookAttempts(int limit, const WebhookAttemptFilter &filter)
{
    if (limit < 1 || limit > 1000)
        return ready<QList<WebhookAttemptEntry>>(
            Error::validation(u"Invalid limit"_s, {{u"limit"_s, u"must be a whole number from 1 to 1000"_s}}));
    return ready<QList<WebhookAttemptEntry>>(outbox().recentAttempts(limit, filter));
}

QFuture<Result<SendAnswer>> LocalBackend::send(const QString &event, std::optional<Channel> channel, const Json &body)
{
    auto request = parseSendRequest(event, channel ? channelName(*channel) : QString(), body);
    if (!request)
        return ready<SendAnswer>(request.error());
    request->environment = Environment::Sandbox;
    request->requestId = newRequestId();
    // As the server's route does: contacts are written by send(), the deliveries in
    // one transaction after it.
    auto sent = m_send.send(*request);
    if (!sent)
        return ready<SendAnswer>(sent.error());
    Transaction transaction(m_db);
    if (Status s = m_send.store(*sent); !s)
        return ready<SendAnswer>(s.error());
    if (Status s = transaction.commit(); !s)
        return ready<SendAnswer>(s.error());
    m_send.publish(*sent);
    SendAnswer answer;
    answer.success = !sent->deliveries.isEmpty();
    answer.deliveries = sent->deliveries;
    answer.errors = sent->errors;
    return ready<SendAnswer>(std::move(answer));
}

} // namespace sendivent
