#include "eventstream.h"

#include "connectionguard.h"
#include "webhookdispatcher.h"

#include <changenotifier.h>
#include <deliveries/deliverystore.h>
#include <emulation/faults.h>

#include <algorithm>

namespace sendivent::server {

using namespace Qt::StringLiterals;

EventStream::EventStream(DeliveryStore &deliveries, ChangeNotifier *notifier, WebhookDispatcher &webhooks,
                         QObject *parent)
    : QObject(parent)
    , m_deliveries(deliveries)
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::deliveryCreated, this, [this](const QString &uuid) {
            if (m_subscribers.isEmpty())
                return;
            m_created.insert(uuid);
            deliveryEvent(uuid, "delivery.created");
        });
        connect(notifier, &ChangeNotifier::deliveryChanged, this, [this](const QString &uuid) {
            if (m_created.remove(uuid) || m_subscribers.isEmpty())
                return;
            deliveryEvent(uuid, "delivery.status_changed");
        });
        connect(notifier, &ChangeNotifier::contactChanged, this, [this](const QString &uuid, const QString &change) {
            publish("contact.changed", Json{{"uuid", toStd(uuid)}, {"change", toStd(change)}});
        });
        connect(notifier, &ChangeNotifier::trafficReset, this, [this] {
            m_created.clear();
            publish("reset", Json::object());
        });
    }
    connect(&webhooks, &WebhookDispatcher::attemptMade, this,
            [this](const QString &messageId, const QByteArray &payload, int attempt, int status, const QString &outcome,
                   const QString &error) {
                if (m_subscribers.isEmpty())
                    return;
                const Json body = parseJson(payload).value_or(Json::object());
                const Json delivery = body.is_object() ? body.value("delivery", Json::object()) : Json::object();
                publish("webhook.attempt",
                        Json{{"message_id", toStd(messageId)},
                             {"event", body.is_object() ? body.value("event", Json(nullptr)) : Json(nullptr)},
                             {"delivery_uuid", delivery.is_object() ? delivery.value("uuid", Json(nullptr)) : Json(nullptr)},
                             {"attempt", attempt},
                             {"status", status == 0 ? Json(nullptr) : Json(status)},
                             {"outcome", toStd(outcome)},
                             {"error", error.isEmpty() ? Json(nullptr) : Json(toStd(error))}});
            });
    m_keepAlive.setInterval(std::chrono::seconds(15));
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        // A comment line: EventSource ignores it, proxies see traffic.
        const QByteArray comment = ": keep-alive\n\n";
        for (qsizetype i = m_subscribers.size() - 1; i >= 0; --i)
            send(m_subscribers[i], comment);
        m_subscribers.removeAll(nullptr);
        if (m_subscribers.isEmpty())
            m_keepAlive.stop();
    });
}

void EventStream::setKeepAliveInterval(std::chrono::milliseconds interval)
{
    m_keepAlive.setInterval(interval);
}

void EventStream::subscribe(QPointer<ConnectionGuard> connection)
{
    if (!connection)
        return;
    m_subscribers.append(connection);
    // The subscription is in place when this arrives: a test may act from then on.
    send(m_subscribers.last(), frame("ready", Json::object()));
    m_subscribers.removeAll(nullptr);
    if (!m_subscribers.isEmpty() && !m_keepAlive.isActive())
        m_keepAlive.start();
}

int EventStream::subscribers() const
{
    return int(std::count_if(m_subscribers.cbegin(), m_subscribers.cend(), [](const auto &c) { return !c.isNull(); }));
}

void EventStream::endAll()
{
    for (const QPointer<ConnectionGuard> &connection : std::as_const(m_subscribers)) {
        if (connection)
            connection->endStream();
    }
    m_subscribers.clear();
    m_keepAlive.stop();
}

QByteArray EventStream::frame(const char *event, const Json &data)
{
    return "id: " + QByteArray::number(m_nextId++) + "\nevent: " + event + "\ndata: " + dumpJson(data) + "\n\n";
}

void EventStream::publish(const char *event, const Json &data)
{
    if (m_subscribers.isEmpty())
        return;
    const QByteArray bytes = frame(event, data); // once, whatever the number of subscribers
    for (QPointer<ConnectionGuard> &connection : m_subscribers)
        send(connection, bytes);
    m_subscribers.removeAll(nullptr);
}

void EventStream::send(QPointer<ConnectionGuard> &connection, const QByteArray &bytes)
{
    if (!connection)
        return;
    const qsizetype backlog = connection->unsentBytes();
    if (backlog + bytes.size() <= m_maxBacklog) {
        connection->streamChunk(bytes);
        return;
    }
    // Past the bound: one last event (over it, and small), then the connection closes
    // once that is written — or after the idle time-out if the client never reads.
    connection->streamChunk(frame("dropped", Json{{"reason", "The subscriber did not keep up: its backlog went over "
                                                             + std::to_string(m_maxBacklog) + " bytes"},
                                                  {"backlog_bytes", backlog}}));
    connection->endStream();
    connection = nullptr;
}

void EventStream::deliveryEvent(const QString &uuid, const char *event)
{
    auto found = m_deliveries.find(uuid);
    if (!found || !found->has_value())
        return; // gone already (a reset, an erasure)
    Json data{{"delivery", deliveryToJson(**found)}};
    if (const QString fault = m_faults ? m_faults->deliveryFault(uuid) : QString(); !fault.isEmpty()) {
        data["injected"] = true;
        data["fault"] = toStd(fault);
    }
    publish(event, data);
}

} // namespace sendivent::server
