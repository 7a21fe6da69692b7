#pragma once

#include <QtCore/QObject>

namespace sendivent {

// Tells observers (the GUI, the webhook dispatcher) what the core changed. Services
// on any thread emit; receivers get queued calls on their own threads.
class ChangeNotifier final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void workspaceChanged();
    void contactsChanged();
    // One contact written through ContactService: `change` is created, updated or
    // deleted (after contactsChanged; the live event stream reports it).
    void contactChanged(const QString &uuid, const QString &change);
    // A new delivery was committed (emitted just before its deliveryChanged), so that
    // observers can tell a new delivery from a status change.
    void deliveryCreated(const QString &uuid);
    void deliveryChanged(const QString &uuid);
    // A webhook message was queued that no delivery change announces (a test event,
    // a resend): the dispatcher wakes for it.
    void webhookMessagesQueued();
    void trafficReset();
};

} // namespace sendivent
