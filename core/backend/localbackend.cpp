#include "localbackend.h"

#include "changenotifier.h"
#include "changerelay.h"
#include "emulation/clock.h"
#include "services.h"
#include "base/returnpath.h"
#include "storage/database.h"

#include <QtCore/QMutex>
#include <QtCore/QPromise>
#include <QtCore/QThread>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

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

// A contact write's answer: the contact as it is now.
template <typename Change>
Result<Contact> contactOf(Result<Change> changed)
{
    if (!changed)
        return changed.error();
    return std::move(changed->contact);
}

} // namespace

// The workspace as the services last stored it, read on the GUI's thread.
struct LocalBackend::WorkspaceCache
{
    mutable QMutex mutex;
    Result<WorkspaceSnapshot> snapshot = Error{ErrorCode::ServerError, u"The workspace is not loaded yet"_s, {}};

    // On the services' thread: what is stored now.
    void reload(Services &services)
    {
        auto current = services.workspace.current();
        QMutexLocker lock(&mutex);
        if (current)
            snapshot = WorkspaceSnapshot(*current);
        else
            snapshot = current.error();
    }
};

namespace {

// How an answer gets back. The result is stored on the services' thread: a caller
// blocked on result() has it at once. The future finishes on the backend's thread
// (ReturnPath, which says why), where the continuations attached with a context then
// run. Once the backend is gone, an answer finishes where it is.
template <typename T>
void answer(ReturnPath &back, const std::shared_ptr<QPromise<T>> &promise, T value)
{
    promise->addResult(std::move(value));
    if (!back.post([promise] { promise->finish(); }))
        promise->finish();
}

} // namespace

template <typename T, typename Work>
QFuture<T> LocalBackend::run(Work work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    // Queued to the services' thread, or at once when already on it. Should the
    // services go first, the call is dropped and the future ends cancelled.
    QMetaObject::invokeMethod(m_services.home(), [promise, work = std::move(work), services = &m_services,
                                                  back = m_return]() mutable { answer(*back, promise, T(work(*services))); });
    return future;
}

LocalBackend::LocalBackend(Services &services, QObject *parent)
    : Backend(parent)
    , m_services(services)
    , m_workspace(std::make_shared<WorkspaceCache>())
    , m_return(std::make_shared<ReturnPath>(this))
{
    // The first snapshot before anything asks for it: the only time this waits on the
    // services' thread, before the window exists.
    const auto load = [cache = m_workspace, services = &m_services] { cache->reload(*services); };
    if (QThread::currentThread() == m_services.home()->thread())
        load();
    else
        QMetaObject::invokeMethod(m_services.home(), load, Qt::BlockingQueuedConnection);
    ChangeNotifier *notifier = m_services.notifier;
    if (!notifier)
        return;
    connect(notifier, &ChangeNotifier::workspaceChanged, this, &LocalBackend::refreshWorkspace);
    if (thread() == m_services.home()->thread()) {
        // One thread (the tests' services): every change at once.
        connect(notifier, &ChangeNotifier::contactsChanged, this, &Backend::dataChanged);
        connect(notifier, &ChangeNotifier::trafficReset, this, &Backend::dataChanged);
        connect(notifier, &ChangeNotifier::deliveryChanged, this, &Backend::deliveryChanged);
        return;
    }
    // The window's thread gets the services' changes in batches, a few a second,
    // however many sends there are.
    m_relay = new ChangeRelay(notifier);
    m_relay->moveToThread(m_services.home()->thread());
    connect(m_relay, &ChangeRelay::changed, this, [this](const QStringList &deliveries, bool data) {
        if (data)
            Q_EMIT dataChanged();
        for (const QString &uuid : deliveries)
            Q_EMIT deliveryChanged(uuid);
    });
}

LocalBackend::~LocalBackend()
{
    m_return->close();
    // On its own thread, where its timer is; the connection to this object goes now.
    if (m_relay)
        m_relay->deleteLater();
}

void LocalBackend::refreshWorkspace()
{
    run<bool>([cache = m_workspace](Services &services) {
        cache->reload(services);
        return true;
    }).then(this, [this](bool) { Q_EMIT dataChanged(); });
}

Result<LocalOperations::WorkspaceSnapshot> LocalBackend::workspace() const
{
    QMutexLocker lock(&m_workspace->mutex);
    return m_workspace->snapshot;
}

QFuture<Status> LocalBackend::replaceWorkspace(const Workspace &workspace)
{
    return run<Status>([workspace, cache = m_workspace](Services &services) {
        const Status replaced = services.workspace.replace(workspace);
        cache->reload(services);
        return replaced;
    });
}

QFuture<Result<ImportSummary>> LocalBackend::importFixture(const Json &fixture, ImportOptions options)
{
    return run<Result<ImportSummary>>([fixture, options, cache = m_workspace](Services &services) {
        services.settleContacts(); // it may replace every contact
        auto imported = services.workspace.importFixture(fixture, options);
        cache->reload(services);
        return imported;
    });
}

QFuture<Result<Json>> LocalBackend::exportFixture()
{
    return run<Result<Json>>([](Services &services) { return services.workspace.exportFixture(); });
}

QFuture<Result<QList<ApiKey>>> LocalBackend::apiKeys()
{
    return run<Result<QList<ApiKey>>>([](Services &services) { return services.keys.storedKeys(); });
}

QFuture<Result<QString>> LocalBackend::createApiKey(Environment environment, const QString &label)
{
    return run<Result<QString>>(
        [environment, label](Services &services) { return services.keys.createKey(environment, label); });
}

QFuture<Status> LocalBackend::revokeApiKey(qint64 id)
{
    return run<Status>([id](Services &services) { return services.keys.revokeKey(id); });
}

QFuture<Result<QList<JournalEntry>>> LocalBackend::journal(const JournalFilter &filter, int limit)
{
    // What is written: the journal's buffer reaches the file within its flush interval.
    // No settle() here: the view reloads every few hundred ms under traffic, and waiting
    // for the writer each time would hold up the server thread that answers the sends.
    return run<Result<QList<JournalEntry>>>(
        [filter, limit](Services &services) { return services.journal.list(filter, limit, 0); });
}

QFuture<Result<StorageStats>> LocalBackend::storage()
{
    return run<Result<StorageStats>>([](Services &services) { return services.storage(); });
}

Clock *LocalBackend::clock() const
{
    return &m_services.clock;
}

QFuture<Status> LocalBackend::clockBackToReal()
{
    return run<Status>([](Services &services) -> Status {
        auto floor = newestStoredTimeMs(services.db);
        if (!floor)
            return floor.error();
        return services.clock.backToReal(*floor);
    });
}

QString LocalBackend::displayName() const
{
    return tr("Local");
}

QFuture<Result<QList<Event>>> LocalBackend::events()
{
    return run<Result<QList<Event>>>([](Services &services) -> Result<QList<Event>> {
        auto ws = services.workspace.current();
        if (!ws)
            return ws.error();
        return (*ws)->events;
    });
}

QFuture<Result<Event>> LocalBackend::event(const QString &identifier)
{
    return run<Result<Event>>([identifier](Services &services) -> Result<Event> {
        auto ws = services.workspace.current();
        if (!ws)
            return ws.error();
        if (const Event *e = (*ws)->findEvent(identifier))
            return *e;
        return Error{ErrorCode::EventNotFound, u"Event '%1' not found"_s.arg(identifier), {}};
    });
}

QFuture<Result<QList<Integration>>> LocalBackend::integrations()
{
    return run<Result<QList<Integration>>>([](Services &services) -> Result<QList<Integration>> {
        auto ws = services.workspace.current();
        if (!ws)
            return ws.error();
        return (*ws)->integrations;
    });
}

QFuture<Result<ContactPage>> LocalBackend::contacts(const QString &search, int limit, int offset)
{
    return run<Result<ContactPage>>([search, limit, offset](Services &services) -> Result<ContactPage> {
        if (Status s = checkPage(limit, offset); !s)
            return s.error();
        return services.contacts.list(search, limit, offset);
    });
}

QFuture<Result<Contact>> LocalBackend::contact(const QString &identifier)
{
    return run<Result<Contact>>([identifier](Services &services) { return services.contacts.find(identifier); });
}

QFuture<Result<SavedContact>> LocalBackend::saveContact(const ContactInput &input)
{
    return run<Result<SavedContact>>([input](Services &services) -> Result<SavedContact> {
        auto limit = services.contactLimit();
        if (!limit)
            return limit.error();
        auto upserted = services.contacts.upsert(input, *limit);
        if (!upserted)
            return upserted.error();
        return SavedContact{std::move(upserted->contact), upserted->created};
    });
}

QFuture<Result<Contact>> LocalBackend::updateContact(const QString &identifier, const ContactInput &input)
{
    return run<Result<Contact>>(
        [identifier, input](Services &services) { return services.contacts.update(identifier, input); });
}

QFuture<Status> LocalBackend::deleteContact(const QString &identifier)
{
    return run<Status>([identifier](Services &services) { return services.eraseContact(identifier); });
}

QFuture<Result<Contact>> LocalBackend::addPushToken(const QString &identifier, const QString &token)
{
    return run<Result<Contact>>([identifier, token](Services &services) {
        return contactOf(services.contacts.addPushToken(identifier, token));
    });
}

QFuture<Result<Contact>> LocalBackend::removePushToken(const QString &identifier, const QString &token)
{
    return run<Result<Contact>>([identifier, token](Services &services) {
        return contactOf(services.contacts.removePushToken(identifier, token));
    });
}

QFuture<Result<DeliveryPage>> LocalBackend::deliveries(const DeliveryQuery &query)
{
    return run<Result<DeliveryPage>>([query](Services &services) -> Result<DeliveryPage> {
        if (Status s = checkPage(query.limit, query.offset); !s)
            return s.error();
        for (const QString &status : query.statuses) {
            if (!deliveryStatuses().contains(status)) {
                return Error::validation(
                    u"Invalid delivery filter"_s,
                    {{u"status"_s, u"'%1' is not a status (%2)"_s.arg(status, deliveryStatuses().join(u", "_s))}});
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
        auto total = services.deliveries.count(filter);
        if (!total)
            return total.error();
        auto list = services.deliveries.list(filter, query.limit, query.offset);
        if (!list)
            return list.error();
        return DeliveryPage{std::move(*list), *total};
    });
}

QFuture<Result<Delivery>> LocalBackend::simulateDelivery(const QString &uuid, const QString &outcome,
                                                          const QString &detail)
{
    return run<Result<Delivery>>(
        [uuid, outcome, detail](Services &services) { return services.outcomes.simulate(uuid, outcome, detail); });
}

QFuture<Result<DeliveryTrace>> LocalBackend::deliveryTrace(const QString &uuid)
{
    return run<Result<DeliveryTrace>>([uuid](Services &services) -> Result<DeliveryTrace> {
        auto found = services.deliveries.find(uuid);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error{ErrorCode::DeliveryNotFound, u"Delivery '%1' not found"_s.arg(uuid), {}};
        auto attempts = services.webhookOutbox.attemptsJson(uuid);
        if (!attempts)
            return attempts.error();
        return DeliveryTrace{std::move(**found), std::move(*attempts)};
    });
}

QFuture<Result<std::optional<Webhook>>> LocalBackend::webhook()
{
    return run<Result<std::optional<Webhook>>>([](Services &services) { return services.webhooks.current(); });
}

QFuture<Result<Webhook>> LocalBackend::createWebhook(const WebhookInput &input)
{
    return run<Result<Webhook>>([input](Services &services) { return services.webhooks.create(input); });
}

QFuture<Result<Webhook>> LocalBackend::updateWebhook(const QString &uuid, const WebhookInput &input)
{
    return run<Result<Webhook>>([uuid, input](Services &services) { return services.webhooks.update(uuid, input); });
}

QFuture<Status> LocalBackend::deleteWebhook(const QString &uuid)
{
    return run<Status>([uuid](Services &services) { return services.webhooks.remove(uuid); });
}

QFuture<Result<Webhook>> LocalBackend::rotateWebhookSecret(const QString &uuid)
{
    return run<Result<Webhook>>([uuid](Services &services) { return services.webhooks.rotateSecret(uuid); });
}

QFuture<Result<WebhookMessage>> LocalBackend::sendWebhookTest(const QString &uuid, const QString &eventType)
{
    return run<Result<WebhookMessage>>([uuid, eventType](Services &services) {
        auto queued = services.webhookOutbox.enqueueTest(uuid, eventType);
        if (queued && services.notifier)
            Q_EMIT services.notifier->webhookMessagesQueued();
        return queued;
    });
}

QFuture<Result<WebhookMessage>> LocalBackend::resendWebhookMessage(const QString &messageId)
{
    return run<Result<WebhookMessage>>([messageId](Services &services) {
        auto queued = services.webhookOutbox.resend(messageId);
        if (queued && services.notifier)
            Q_EMIT services.notifier->webhookMessagesQueued();
        return queued;
    });
}

QFuture<Result<QList<WebhookAttemptEntry>>> LocalBackend::webhookAttempts(int limit, const WebhookAttemptFilter &filter)
{
    return run<Result<QList<WebhookAttemptEntry>>>(
        [limit, filter](Services &services) -> Result<QList<WebhookAttemptEntry>> {
            if (limit < 1 || limit > 1000)
                return Error::validation(u"Invalid limit"_s, {{u"limit"_s, u"must be a whole number from 1 to 1000"_s}});
            return services.webhookOutbox.recentAttempts(limit, filter);
        });
}

QFuture<Result<SendAnswer>> LocalBackend::send(const QString &event, std::optional<Channel> channel, const Json &body)
{
    auto promise = std::make_shared<QPromise<Result<SendAnswer>>>();
    QFuture<Result<SendAnswer>> future = promise->future();
    promise->start();
    const auto answer = [promise, back = m_return](Result<SendAnswer> value) {
        sendivent::answer(*back, promise, std::move(value));
    };
    const QString channelText = channel ? channelName(*channel) : QString();
    QMetaObject::invokeMethod(m_services.home(), [answer, event, channelText, body, services = &m_services] {
        auto request = parseSendRequest(event, channelText, body);
        if (!request)
            return answer(request.error());
        request->environment = Environment::Sandbox;
        request->requestId = newRequestId();
        auto sent = services->send.send(*request);
        if (!sent)
            return answer(sent.error());
        // As the route: the deliveries in the writer's next group, the answer after it.
        auto result = std::make_shared<SendResult>(std::move(*sent));
        services->commits.submit(
            [result](WriteSession &session) {
                return SendService::store(session.deliveries, session.statements, *result);
            },
            [answer, result, services](Status stored) {
                if (!stored) {
                    services->send.discard(*result);
                    return answer(stored.error());
                }
                services->send.publish(*result);
                answer(SendAnswer{!result->deliveries.isEmpty(), result->deliveries, result->errors});
            });
    });
    return future;
}

} // namespace sendivent
