#include "deliverywaits.h"

#include <changenotifier.h>

#include <vector>

namespace sendivent::server {

DeliveryWaits::DeliveryWaits(ChangeNotifier *notifier, QObject *parent)
    : QObject(parent)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &DeliveryWaits::recheck);
    if (notifier) {
        connect(notifier, &ChangeNotifier::deliveryChanged, this, &DeliveryWaits::changed);
        connect(notifier, &ChangeNotifier::trafficReset, this, &DeliveryWaits::changed);
    }
}

DeliveryWaits::~DeliveryWaits() = default;

void DeliveryWaits::add(std::chrono::milliseconds timeout, Check check)
{
    const quint64 id = m_nextId++;
    Wait wait{std::move(check), std::make_unique<QTimer>()};
    wait.timer->setSingleShot(true);
    connect(wait.timer.get(), &QTimer::timeout, this, [this, id] { expire(id); });
    wait.timer->start(timeout);
    m_waits.emplace(id, std::move(wait));
}

void DeliveryWaits::changed()
{
    // Sends come in bursts: one round of queries for all the changes of ~10 ms.
    if (!m_waits.empty() && !m_coalesce.isActive())
        m_coalesce.start();
}

void DeliveryWaits::recheck()
{
    // A check answers by writing to its connection, never by re-entering this loop;
    // the ids are taken first all the same, so a wait added meanwhile waits its turn.
    std::vector<quint64> ids;
    ids.reserve(m_waits.size());
    for (const auto &[id, wait] : m_waits)
        ids.push_back(id);
    for (const quint64 id : ids) {
        auto it = m_waits.find(id);
        if (it == m_waits.end())
            continue;
        if (it->second.check(false))
            m_waits.erase(id);
    }
}

void DeliveryWaits::expire(quint64 id)
{
    auto it = m_waits.find(id);
    if (it == m_waits.end())
        return;
    const Check check = std::move(it->second.check);
    it->second.timer.release()->deleteLater(); // it is the sender of this call
    m_waits.erase(it);
    check(true);
}

void DeliveryWaits::finishAll()
{
    auto waits = std::move(m_waits);
    m_waits.clear();
    for (auto &[id, wait] : waits)
        wait.check(true);
}

} // namespace sendivent::server
