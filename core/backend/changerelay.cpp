#include "changerelay.h"

#include "changenotifier.h"

namespace sendivent {

ChangeRelay::ChangeRelay(ChangeNotifier *notifier, std::chrono::milliseconds every)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(every);
    connect(&m_timer, &QTimer::timeout, this, &ChangeRelay::flush);
    connect(notifier, &ChangeNotifier::deliveryChanged, this, &ChangeRelay::noteDelivery);
    connect(notifier, &ChangeNotifier::contactsChanged, this, &ChangeRelay::noteData);
    connect(notifier, &ChangeNotifier::trafficReset, this, &ChangeRelay::noteData);
}

void ChangeRelay::noteDelivery(const QString &uuid)
{
    if (!m_seen.contains(uuid)) {
        m_seen.insert(uuid);
        m_deliveries.append(uuid);
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void ChangeRelay::noteData()
{
    m_data = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void ChangeRelay::flush()
{
    m_seen.clear();
    Q_EMIT changed(std::exchange(m_deliveries, {}), std::exchange(m_data, false));
}

} // namespace sendivent
