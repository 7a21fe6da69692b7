#pragma once

#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QStringList>
#include <QtCore/QTimer>

#include <chrono>

namespace sendivent {

class ChangeNotifier;

// Passes a ChangeNotifier's news to another thread in batches. Under send load the
// services announce thousands of delivery changes a second; queued one by one to the
// GUI thread, each is an event the window must take in between paints (issue 19's
// GUI stalls). The relay lives on the notifier's thread, gathers what changed, and
// at most every `every` emits one changed() with all of it, each delivery once, in
// the order it first changed.
class ChangeRelay final : public QObject
{
    Q_OBJECT
public:
    explicit ChangeRelay(ChangeNotifier *notifier, std::chrono::milliseconds every = std::chrono::milliseconds(50));

Q_SIGNALS:
    // `deliveries` changed or were created; `data` when contacts changed or the
    // traffic was reset.
    void changed(const QStringList &deliveries, bool data);

private:
    void noteDelivery(const QString &uuid);
    void noteData();
    void flush();

    QTimer m_timer{this};
    QStringList m_deliveries;
    QSet<QString> m_seen;
    bool m_data = false;
};

} // namespace sendivent
