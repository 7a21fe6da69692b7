#include "pruner.h"

#include "database.h"
#include "emulation/clock.h"
#include "groupcommit.h"

#include <QtCore/QLoggingCategory>

#include <memory>

namespace sendivent {

Q_LOGGING_CATEGORY(lcPruner, "sendivent.database.retention")

namespace {
constexpr int kReclaimPagesPerBatch = 1024; // 4 MiB of 4 KiB pages: a few milliseconds
}

Pruner::Pruner(GroupCommit &commits, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_commits(commits)
    , m_clock(clock)
{
    m_timer.setInterval(std::chrono::seconds(1));
    connect(&m_timer, &QTimer::timeout, this, &Pruner::runBatch);
}

void Pruner::setPolicy(const RetentionPolicy &policy)
{
    m_policy = policy;
    poke();
}

void Pruner::start()
{
    m_timer.start();
    poke();
}

void Pruner::poke()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    QTimer::singleShot(0, this, &Pruner::runBatch);
}

void Pruner::runBatch()
{
    if (m_busy)
        return;
    // Also with everything kept: a pass is two index lookups, and the count of
    // passes tells the tests that retention looked.
    const RetentionPolicy policy = m_policy;
    m_busy = true;
    const qint64 now = clockNowMs(m_clock);
    const int batch = m_batchSize;
    auto outcome = std::make_shared<PruneOutcome>();
    m_commits.post(
        [policy, now, batch, outcome](WriteSession &session) -> Status {
            {
                Transaction tx(session.db);
                if (!tx.isActive())
                    return databaseError();
                auto pruned = pruneBatch(session.statements, policy, now, batch);
                if (!pruned)
                    return pruned.error();
                if (Status s = tx.commit(); !s)
                    return s;
                *outcome = *pruned;
            }
            if (outcome->deliveries + outcome->journal > 0 && shouldReclaim(session.statements))
                (void)reclaimFreePages(session.statements, kReclaimPagesPerBatch);
            return {};
        },
        [this, outcome](Status done) {
            m_busy = false;
            if (!done) {
                qCWarning(lcPruner) << "a prune batch failed; retried at the next interval";
                return;
            }
            ++m_batches;
            m_removedDeliveries += outcome->deliveries;
            m_removedJournal += outcome->journal;
            m_largestBatch = std::max(m_largestBatch, outcome->deliveries);
            if (outcome->deliveries + outcome->journal + outcome->webhookMessages > 0)
                Q_EMIT pruned(*outcome);
            if (outcome->more || std::exchange(m_again, false))
                poke();
        });
}

} // namespace sendivent
