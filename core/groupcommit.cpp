#include "groupcommit.h"

#include "database.h"

#include <algorithm>

namespace sendivent {

using namespace Qt::StringLiterals;

GroupCommit::GroupCommit(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    // A zero timer fires after the events already waiting (other requests that
    // arrived together) have been handled: that is what makes the groups.
    m_idle.setSingleShot(true);
    m_idle.setInterval(0);
    connect(&m_idle, &QTimer::timeout, this, &GroupCommit::flush);
}

GroupCommit::~GroupCommit()
{
    flush();
}

void GroupCommit::submit(Work work, Done done)
{
    m_queue.push_back({std::move(work), std::move(done)});
    if (int(m_queue.size()) >= m_maxGroupSize)
        flush();
    else if (!m_idle.isActive())
        m_idle.start();
}

void GroupCommit::flush()
{
    m_idle.stop();
    if (m_queue.empty())
        return;
    std::vector<Entry> group;
    group.swap(m_queue);
    m_lastGroupSize = int(group.size());

    // Optimistic: everything in one transaction. Should one piece fail, that
    // transaction is rolled back and each piece runs again in its own, so only the
    // failing one fails (a piece's work only writes, so it can run twice).
    std::vector<Status> outcomes(group.size());
    bool retryAlone = false;
    {
        Transaction tx(m_db);
        if (!tx.isActive()) {
            std::fill(outcomes.begin(), outcomes.end(), Status(databaseError()));
        } else {
            for (size_t i = 0; i < group.size() && !retryAlone; ++i) {
                outcomes[i] = group[i].work();
                retryAlone = !outcomes[i] && group.size() > 1;
            }
            const auto failed = std::find_if(outcomes.begin(), outcomes.end(), [](const Status &s) { return !s; });
            if (failed == outcomes.end()) {
                if (Status committed = tx.commit(); !committed)
                    std::fill(outcomes.begin(), outcomes.end(), committed);
            }
        } // else rolled back here
    }
    if (retryAlone) {
        for (size_t i = 0; i < group.size(); ++i) {
            Transaction tx(m_db);
            outcomes[i] = tx.isActive() ? group[i].work() : Status(databaseError());
            if (outcomes[i])
                outcomes[i] = tx.commit();
        }
    }
    for (size_t i = 0; i < group.size(); ++i) {
        if (group[i].done)
            group[i].done(outcomes[i]);
    }
}

} // namespace sendivent
