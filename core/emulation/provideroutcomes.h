#pragma once

#include "deliveries/deliverystore.h"

#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <chrono>
#include <deque>

namespace sendivent {

class ChangeNotifier;
class Clock;
class Database;
class GroupCommit;

// Reports what providers say about deliveries after they accepted them (DESIGN §7):
// the emulated outcomes a short delay after the send, as real providers report them,
// and simulated ones on demand. Lives on the server's thread; due outcomes are
// written in one transaction per timer tick.
class ProviderOutcomes final : public QObject
{
    Q_OBJECT
public:
    ProviderOutcomes(const Database &db, DeliveryStore &store, ChangeNotifier *notifier, QObject *parent = nullptr);

    // Writes due outcomes through `commits` (on its writer thread, in its groups)
    // instead of in a transaction of their own on this thread.
    void setGroupCommit(GroupCommit *commits) { m_commits = commits; }

    // Outcomes are dated by the emulator's time (issue 23). The delay before they
    // come stays real time: it is the emulation's latency, not a schedule, so a
    // frozen clock still gets its reports.
    void setClock(const Clock *clock) { m_clock = clock; }

    // How long after the send the emulated outcome arrives.
    void setDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    std::chrono::milliseconds delay() const { return m_delay; }

    // Queues outcomes owed by deliveries that were just committed.
    void schedule(const QList<PendingOutcome> &outcomes);
    // After a restart: queues again every outcome still owed in the database.
    Status resume();
    qsizetype queued() const { return qsizetype(m_queue.size()); }

    // POST /_local/deliveries/{uuid}/simulate: records `outcome` now and settles any
    // emulated outcome still owed. DELIVERY_NOT_FOUND for an unknown uuid; CONFLICT
    // for a delivery no provider ever accepted (it failed before being sent).
    Result<Delivery> simulate(const QString &uuid, const QString &outcome, const QString &detail);

    // Writes every queued outcome that is due (the timer calls it).
    void applyDue();

private:
    struct Entry
    {
        qint64 dueMs;
        PendingOutcome outcome;
    };
    void arm();
    // After the due outcomes at the front of the queue were written (or not).
    void written(qsizetype taken, const Result<QStringList> &changed);

    const Database &m_db;
    DeliveryStore &m_store;
    ChangeNotifier *m_notifier;
    GroupCommit *m_commits = nullptr;
    const Clock *m_clock = nullptr;
    bool m_writing = false; // due outcomes are with the group commit
    std::chrono::milliseconds m_delay{100};
    std::deque<Entry> m_queue; // by due time (schedule() inserts in order)
    size_t m_inFlight = 0;     // the front entries with the group commit now
    QTimer m_timer;
};

} // namespace sendivent
