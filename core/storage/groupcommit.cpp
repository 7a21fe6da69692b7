#include "groupcommit.h"

#include "database.h"
#include "writehealth.h"

#include <QtCore/QThread>

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
    connect(&m_idle, &QTimer::timeout, this, &GroupCommit::dispatch);

    m_writer.reset(QThread::create([this] { writerLoop(); }));
    m_writer->setObjectName(u"group-commit"_s);
    m_writer->start();
}

GroupCommit::~GroupCommit()
{
    flush();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_handedOver.notify_one();
    m_writer->wait();
}

void GroupCommit::submit(Work work, Done done)
{
    m_queue.push_back({std::move(work), std::move(done)});
    if (m_writing)
        return;
    // The writer starts on a group that is big enough while this thread goes on with
    // the rest of the turn: waiting for the turn's end would make the two threads
    // take turns instead of working at the same time.
    if (int(m_queue.size()) >= m_startAt)
        dispatch();
    else if (!m_idle.isActive())
        m_idle.start();
}

void GroupCommit::post(Work work, Done done)
{
    m_posted.push_back({std::move(work), std::move(done)});
    if (!m_writing && !m_idle.isActive())
        m_idle.start();
}

void GroupCommit::dispatch()
{
    m_idle.stop();
    if (m_writing)
        return;
    if (!m_posted.empty() && (m_queue.empty() || !m_postedLast)) {
        Group group;
        group.posted = true;
        group.entries.push_back(std::move(m_posted.front()));
        m_posted.erase(m_posted.begin());
        m_postedLast = true;
        m_writing = true;
        {
            std::lock_guard lock(m_mutex);
            m_toWrite = std::move(group);
        }
        m_handedOver.notify_one();
        return;
    }
    if (m_queue.empty())
        return;
    m_postedLast = false;
    Group group;
    if (int(m_queue.size()) <= m_maxGroupSize) {
        group.entries.swap(m_queue);
    } else {
        const auto end = m_queue.begin() + m_maxGroupSize;
        group.entries.assign(std::make_move_iterator(m_queue.begin()), std::make_move_iterator(end));
        m_queue.erase(m_queue.begin(), end);
    }
    m_writing = true;
    {
        std::lock_guard lock(m_mutex);
        m_toWrite = std::move(group);
    }
    m_handedOver.notify_one();
}

void GroupCommit::collect()
{
    std::optional<Group> group;
    {
        std::lock_guard lock(m_mutex);
        group.swap(m_done);
    }
    if (!group)
        return; // flush() collected it already
    m_writing = false;
    if (!group->task && !group->posted)
        m_lastGroupSize = int(group->entries.size());
    // What arrived while the writer was busy has waited long enough: it goes now.
    dispatch();
    for (size_t i = 0; i < group->entries.size(); ++i) {
        if (group->entries[i].done)
            group->entries[i].done(group->outcomes[i]);
    }
}

void GroupCommit::flush()
{
    m_idle.stop();
    while (m_writing || !m_queue.empty()) {
        if (!m_writing) {
            dispatch();
            continue;
        }
        {
            std::unique_lock lock(m_mutex);
            m_written.wait(lock, [this] { return m_done.has_value(); });
        }
        collect();
    }
}

void GroupCommit::runOnWriter(std::function<void(WriteSession &)> task)
{
    flush();
    Group group;
    group.task = std::move(task);
    m_writing = true;
    {
        std::lock_guard lock(m_mutex);
        m_toWrite = std::move(group);
    }
    m_handedOver.notify_one();
    flush(); // waits for it
}

void GroupCommit::writerLoop()
{
    WriteSession session(m_db);
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_handedOver.wait(lock, [this] { return m_stopping || m_toWrite.has_value(); });
        if (!m_toWrite)
            break; // stopping, with nothing left to write
        Group group = std::move(*m_toWrite);
        m_toWrite.reset();
        lock.unlock();
        if (group.task || group.posted) {
            // Work outside commit() opens and commits its own transactions, so the
            // delivery totals it changes are written with each write, inside them.
            session.deliveries.setDeferTotals(false);
            if (group.task)
                group.task(session);
            else
                group.outcomes.assign(1, group.entries.front().work(session));
            session.deliveries.setDeferTotals(true);
        } else {
            commit(session, group);
        }
        lock.lock();
        m_done = std::move(group);
        m_written.notify_all();
        QMetaObject::invokeMethod(this, &GroupCommit::collect, Qt::QueuedConnection);
    }
}

void GroupCommit::commit(WriteSession &session, Group &group)
{
    const Database &db = m_db;
    // A write the storage refused (disk full, read-only, …) is told as such to its
    // request and to the health; SQLite's error is read before the rollback that
    // follows would replace it. Within one group a refusal outweighs a commit that
    // squeezed in: the storage is not healthy while some writes still fail.
    std::optional<QString> refused;
    bool committedAny = false;
    const qint64 rowsBefore = rowsWritten(db);
    const auto failed = [&](Status s, WriteHealth::Stage stage) -> Status {
        const std::optional<QString> reason
            = stage == WriteHealth::Stage::Commit ? std::optional(commitFailureReason(db)) : storageFailureReason(db);
        if (!reason)
            return s;
        refused = reason;
        return storageError(*reason);
    };
    const auto committed = [&](Transaction &tx) -> Status {
        // The group's changes to the delivery totals, one statement per (environment,
        // status), in the same transaction.
        if (Status s = session.deliveries.flushTotals(); !s)
            return failed(std::move(s), WriteHealth::Stage::Statement);
        Status s = tx.commit();
        if (!s)
            return failed(std::move(s), WriteHealth::Stage::Commit);
        committedAny = true;
        return s;
    };

    // Optimistic: everything in one transaction. Should one piece fail, that
    // transaction is rolled back and each piece runs again in its own, so only the
    // failing one fails (a piece's work only writes, so it can run twice).
    std::vector<Entry> &entries = group.entries;
    std::vector<Status> &outcomes = group.outcomes;
    outcomes.assign(entries.size(), Status());
    bool retryAlone = false;
    {
        Transaction tx(db);
        if (!tx.isActive()) {
            std::fill(outcomes.begin(), outcomes.end(), failed(databaseError(), WriteHealth::Stage::Statement));
        } else {
            for (size_t i = 0; i < entries.size() && !retryAlone; ++i) {
                outcomes[i] = entries[i].work(session);
                if (!outcomes[i])
                    outcomes[i] = failed(outcomes[i], WriteHealth::Stage::Statement);
                retryAlone = !outcomes[i] && entries.size() > 1;
            }
            const auto failedPiece
                = std::find_if(outcomes.begin(), outcomes.end(), [](const Status &s) { return !s; });
            if (failedPiece == outcomes.end()) {
                if (Status s = committed(tx); !s)
                    std::fill(outcomes.begin(), outcomes.end(), s);
            }
        } // else rolled back here
        session.deliveries.discardTotals(); // written above, or rolled back with the rest
    }
    if (retryAlone) {
        for (size_t i = 0; i < entries.size(); ++i) {
            Transaction tx(db);
            if (!tx.isActive()) {
                outcomes[i] = failed(databaseError(), WriteHealth::Stage::Statement);
                continue;
            }
            outcomes[i] = entries[i].work(session);
            outcomes[i] = outcomes[i] ? committed(tx) : failed(outcomes[i], WriteHealth::Stage::Statement);
            session.deliveries.discardTotals();
        }
    }
    if (m_health) {
        if (refused)
            m_health->failed(*refused);
        else if (committedAny && rowsWritten(db) != rowsBefore)
            m_health->succeeded();
    }
}

} // namespace sendivent
