#pragma once

#include "retention.h"

#include <QtCore/QObject>
#include <QtCore/QTimer>

namespace sendivent {

class Clock;
class GroupCommit;

// Applies the retention policy while the server runs (issue 22): every so often, and
// again at once while there is more to remove, one small prune batch in its own
// transaction on the group commit's writer, between groups of requests — never one
// long transaction, and a send waits for at most one batch. After a batch that left
// many free pages, the file gives some back (incremental auto-vacuum). On the
// server's thread.
class Pruner final : public QObject
{
    Q_OBJECT
public:
    Pruner(GroupCommit &commits, const Clock *clock, QObject *parent = nullptr);

    void setPolicy(const RetentionPolicy &policy);
    const RetentionPolicy &policy() const { return m_policy; }
    // The most deliveries (and journal entries) one batch removes.
    void setBatchSize(int size) { m_batchSize = size; }
    int batchSize() const { return m_batchSize; }
    // How often it looks for something to remove while nothing is due.
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    void start();

    // Looks now (after a change of policy, or a clock moved forward).
    void poke();

    // Totals since the start, for the GUI and the tests.
    qint64 removedDeliveries() const { return m_removedDeliveries; }
    qint64 removedJournal() const { return m_removedJournal; }
    int batches() const { return m_batches; }
    // The most deliveries a batch removed.
    int largestBatch() const { return m_largestBatch; }

Q_SIGNALS:
    // A batch removed something.
    void pruned(const sendivent::PruneOutcome &outcome);

private:
    void runBatch();

    GroupCommit &m_commits;
    const Clock *m_clock;
    RetentionPolicy m_policy;
    QTimer m_timer;
    int m_batchSize = 200;
    bool m_busy = false;    // a batch is with the writer
    bool m_again = false;   // poked while busy
    qint64 m_removedDeliveries = 0;
    qint64 m_removedJournal = 0;
    int m_batches = 0;
    int m_largestBatch = 0;
};

} // namespace sendivent
