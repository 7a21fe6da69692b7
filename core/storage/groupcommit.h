#pragma once

#include "base/result.h"
#include "deliveries/deliverystore.h"
#include "idempotencystore.h"
#include "statementcache.h"

#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QThread;

namespace sendivent {

class Database;
class WriteHealth;

// The stores work running on the writer thread writes through. They are made on that
// thread, so their prepared statements belong to its own connection.
struct WriteSession
{
    explicit WriteSession(const Database &database)
        : db(database)
        , deliveries(database)
        , idempotency(database)
        , statements(database)
    {
        deliveries.setDeferTotals(true); // written once per group by the commit
    }
    const Database &db;
    DeliveryStore deliveries;
    IdempotencyStore idempotency; // for store() only: which keys are in flight is not known here
    StatementCache statements;    // for anything else written here (the request journal)
};

// Group commit on a writer thread of its own. The writes of every request that arrived
// in the same turn of the owner's event loop go into one transaction on the writer's
// connection, and each request hears back, on the owner's thread, only after that
// commit. While the writer commits one group the owner goes on serving requests, and
// whatever they submit meanwhile becomes the next group: one commit per group instead
// of one per request, and the inserting and committing off the thread that parses
// and answers HTTP.
//
// A piece of work that fails takes only its own writes back: the group is then redone
// one piece per transaction. Work runs on the writer thread and must touch only what
// it captured (read-only while it runs) and the WriteSession; its Done runs on the
// owner's thread.
//
// The one writer (issue 19). Deliveries and their timelines, the contacts a send
// creates or updates (in the same piece of work as its deliveries: see
// PendingContacts), emulated outcomes, stored idempotent answers, the request
// journal, webhook messages queued by a delivery's change, retention's prune batches
// and compaction all go through here. The sanctioned exceptions write on the
// services' own connection (core/services.h: the local server's thread, never the
// GUI's), each in one short transaction committed before anything is answered,
// because their answer reads back what they wrote:
// - contact writes (the API's contact routes, the GUI's edits, erasure, a fixture
//   import): the answer is the stored contact. They first let a send's pending
//   contacts land (Services::settleContacts), and erasure must see everything
//   written before it (Services::eraseContact settles first);
// - the workspace (import, replace, reset to the baseline) and API keys: rare, whole
//   documents, validated against what is stored;
// - webhook endpoints and their delivery bookkeeping (claims, attempts, retries,
//   resends): the dispatcher's state machine reads its own writes at once;
// - settings (retention): one row.
// The WAL checkpointer runs checkpoints on a connection of its own; it writes no rows.
class GroupCommit final : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<Status(WriteSession &)>; // on the writer, inside the group's transaction
    using Done = std::function<void(Status)>;           // on this thread, after the commit (or the failure)

    explicit GroupCommit(const Database &db, QObject *parent = nullptr);
    ~GroupCommit() override;

    // The most pieces of work one transaction takes.
    void setMaxGroupSize(int size) { m_maxGroupSize = size; }
    // Where each group's outcome is reported (set before the first submit()): a
    // commit makes it healthy, a write the storage refused degraded.
    void setHealth(WriteHealth *health) { m_health = health; }

    void submit(Work work, Done done);
    // Commits everything submitted so far and runs its Done callbacks before it
    // returns (also done by the destructor, so nothing submitted is ever dropped).
    void flush();

    // Runs `task` on the writer's connection outside any transaction (a connection
    // setting, such as the tests' storage faults), after everything submitted so far,
    // and returns when it has run.
    void runOnWriter(std::function<void(WriteSession &)> task);

    // Runs `work` on the writer between two groups, without waiting: it opens and
    // commits its own transactions (retention's prune batches, issue 22). Groups of
    // requests and posted work take turns, so a request waits for at most one piece
    // of posted work; `done` runs on this thread after it ran. flush() does not wait
    // for posted work that has not started.
    void post(Work work, Done done);

    // How many pieces of work the last group held (for tests and the benchmark).
    int lastGroupSize() const { return m_lastGroupSize; }

private:
    struct Entry
    {
        Work work;
        Done done;
    };
    struct Group
    {
        std::vector<Entry> entries;
        std::vector<Status> outcomes;
        std::function<void(WriteSession &)> task; // instead of entries: runOnWriter()
        bool posted = false;                      // entries[0] is post()ed work, in its own transactions
    };

    void dispatch();  // hands the queue to the writer, if it is idle
    void collect();   // answers the group the writer finished
    void writerLoop();
    void commit(WriteSession &session, Group &group);

    const Database &m_db;
    // This thread only.
    std::vector<Entry> m_queue;
    std::vector<Entry> m_posted;
    bool m_postedLast = false; // the writer's last piece was posted work: requests go next
    QTimer m_idle;
    bool m_writing = false; // a group is with the writer
    int m_startAt = 8; // a group this big goes to an idle writer without waiting for the turn's end
    int m_maxGroupSize = 256;
    int m_lastGroupSize = 0;
    WriteHealth *m_health = nullptr; // read by the writer; set before it has work

    // Shared with the writer.
    std::mutex m_mutex;
    std::condition_variable m_handedOver; // the writer waits for a group or for the end
    std::condition_variable m_written;    // flush() waits for the writer
    std::optional<Group> m_toWrite;
    std::optional<Group> m_done;
    bool m_stopping = false;

    std::unique_ptr<QThread> m_writer;
};

} // namespace sendivent
