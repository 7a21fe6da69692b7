#pragma once

#include "base/result.h"

#include <QtCore/QDateTime>
#include <QtCore/QMutex>
#include <QtCore/QObject>

#include <atomic>
#include <optional>

namespace sendivent {

class Database;

// Whether the local database takes writes (DESIGN §2's /healthz, issue 18). The
// writers report what their writes came to — the group commit's writer, the journal,
// the webhook outbox, contact writes — and a write that failed for a reason of the
// storage (disk full, read-only, I/O error, locked) makes the health degraded, with
// that reason, until a write succeeds again. Failures of the data itself (a
// constraint, a validation) say nothing about the storage and are ignored.
// Thread-safe: writers on any thread report; changed() is emitted on the reporting
// thread, on transitions only.
class WriteHealth final : public QObject
{
    Q_OBJECT
public:
    struct State
    {
        bool degraded = false;
        QString reason; // why writes fail, for people (never SQL); empty when healthy
        QDateTime since;
    };

    explicit WriteHealth(QObject *parent = nullptr);

    State state() const;
    bool isDegraded() const { return m_degraded.load(std::memory_order_relaxed); }

    void failed(const QString &reason);
    void succeeded();

    // What failed: a statement (a constraint may be to blame), or a COMMIT (only
    // the storage can be).
    enum class Stage { Statement, Commit };
    // For a writer that just saw `status` on the calling thread's connection of `db`,
    // before anything else ran on it (a rollback would replace SQLite's error):
    // reports a success, or a failure with the storage's reason. Gives the status
    // back, its message replaced by the reason when it was the storage's fault.
    Status report(const Database &db, Status status, Stage stage = Stage::Statement);

Q_SIGNALS:
    void changed(bool degraded, const QString &reason);

private:
    mutable QMutex m_mutex;
    std::atomic<bool> m_degraded{false};
    State m_state;
};

// Why the last statement on the calling thread's connection of `db` failed, when
// the storage is to blame (full, read-only, I/O error, damaged, locked, out of
// memory): nullopt for any other failure, or when there was none.
std::optional<QString> storageFailureReason(const Database &db);
// Why a COMMIT on the calling thread's connection failed: SQLite's error when it is
// still known, else what the data folder shows (no free space, not writable), else
// a plain "cannot commit". A failed COMMIT is always the storage's fault.
QString commitFailureReason(const Database &db);

// How many rows the calling thread's connection of `db` has inserted, updated or
// deleted so far: a transaction that changed none wrote nothing, and says nothing
// about whether the storage takes writes.
qint64 rowsWritten(const Database &db);

// The error a request gets when the storage refused a write: SERVER_ERROR (500)
// naming the reason, never SQL.
Error storageError(const QString &reason);

} // namespace sendivent
