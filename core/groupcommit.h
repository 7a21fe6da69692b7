#pragma once

#include "result.h"

#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <functional>
#include <vector>

namespace sendivent {

class Database;

// Group commit on one thread: the writes of every request that arrived in the same
// turn of the event loop go into one transaction, committed once the loop has nothing
// else to do (or the group is full), and each request hears back only after that
// commit. One commit per request is what limits a SQLite-backed server; one per group
// is not. A piece of work that fails takes only its own writes back: the group is
// then redone one piece per transaction.
class GroupCommit final : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<Status()>;      // runs on this thread, inside the group's transaction
    using Done = std::function<void(Status)>;  // its outcome, after the commit (or the failure)

    explicit GroupCommit(const Database &db, QObject *parent = nullptr);
    ~GroupCommit() override;

    void setMaxGroupSize(int size) { m_maxGroupSize = size; }

    void submit(Work work, Done done);
    // Commits what is queued now (also done by the destructor, so nothing submitted
    // is ever dropped).
    void flush();

    // How many pieces of work the last group held (for tests and the benchmark).
    int lastGroupSize() const { return m_lastGroupSize; }

private:
    struct Entry
    {
        Work work;
        Done done;
    };

    const Database &m_db;
    std::vector<Entry> m_queue;
    QTimer m_idle;
    int m_maxGroupSize = 256;
    int m_lastGroupSize = 0;
};

} // namespace sendivent
