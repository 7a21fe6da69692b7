#pragma once

#include <base/json.h>

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimer>

#include <chrono>

namespace sendivent {
class ChangeNotifier;
class DeliveryStore;
class FaultRules;
}

namespace sendivent::server {

class ConnectionGuard;
class WebhookDispatcher;

// The live event stream of GET /_local/events (Server-Sent Events): what the core
// reports — deliveries created and changing status, webhook attempts, contacts
// written, resets — formatted once per event and appended to every subscriber's
// connection. Each subscriber's backlog (what its socket has not taken) is bounded:
// a subscriber that would go past it gets a final `dropped` event and is
// disconnected, so a client that stops reading costs memory up to the bound and
// never slows a send. A comment line every keep-alive interval keeps proxies from
// closing a quiet stream. Event names and payloads: README, "Waiting without sleeps".
class EventStream final : public QObject
{
    Q_OBJECT
public:
    EventStream(DeliveryStore &deliveries, ChangeNotifier *notifier, WebhookDispatcher &webhooks,
                QObject *parent = nullptr);

    void setMaxBacklogBytes(qsizetype bytes) { m_maxBacklog = bytes; }
    void setKeepAliveInterval(std::chrono::milliseconds interval);
    // Delivery events of deliveries a fault rule shaped carry "injected": true and
    // "fault": "<rule id> <kind>" (issue 23).
    void setFaults(const FaultRules *faults) { m_faults = faults; }

    // Adds a subscriber: the stream's head is on its way; it first gets `ready`.
    void subscribe(QPointer<ConnectionGuard> connection);
    // Ends every stream (the server is stopping).
    void endAll();
    // Those still connected.
    int subscribers() const;
    // The emulator's clock was moved (issue 23): a `clock.changed` event.
    void publishClock(const Json &clock) { publish("clock.changed", Json{{"clock", clock}}); }

private:
    void publish(const char *event, const Json &data);
    void send(QPointer<ConnectionGuard> &connection, const QByteArray &frame);
    void deliveryEvent(const QString &uuid, const char *event);
    QByteArray frame(const char *event, const Json &data);

    DeliveryStore &m_deliveries;
    QList<QPointer<ConnectionGuard>> m_subscribers;
    QSet<QString> m_created; // announced as created: their first deliveryChanged is the same news
    quint64 m_nextId = 1;
    qsizetype m_maxBacklog = 1024 * 1024;
    QTimer m_keepAlive;
    const FaultRules *m_faults = nullptr;
};

} // namespace sendivent::server
