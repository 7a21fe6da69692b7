#include "connectionhooks.h"

#include "database.h"

#include <QtCore/QHash>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMutex>
#include <QtSql/QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <memory>

namespace sendivent {

Q_LOGGING_CATEGORY(lcHooks, "sendivent.database.hooks")

using namespace Qt::StringLiterals;

namespace {

std::atomic<quint64> g_revisionChanges{0};
std::atomic<bool> g_watched{true};

// The data of one connection's hooks. They run on the thread that owns the
// connection, inside its statements, so the fields need no lock.
struct Hooks
{
    bool changedRevision = false;
    int autoCheckpointFrames = 1000; // SQLite's default (SQLITE_DEFAULT_WAL_AUTOCHECKPOINT)
};

QMutex g_mutex;
QHash<sqlite3 *, std::shared_ptr<Hooks>> g_hooks;

void onRowChange(void *data, int, const char *, const char *table, sqlite3_int64)
{
    // The rows the contacts' triggers change come here too. A DELETE without WHERE on
    // a table without triggers would not (SQLite's truncate); neither table is ever
    // emptied.
    if (qstrcmp(table, "settings") == 0 || qstrcmp(table, "contacts_revision") == 0)
        static_cast<Hooks *>(data)->changedRevision = true;
}

void onRollback(void *data)
{
    static_cast<Hooks *>(data)->changedRevision = false;
}

// After each commit in WAL mode, with the write lock released. SQLite's automatic
// checkpoint is a WAL hook too, which this one replaces: it checkpoints as that does.
int onWalCommit(void *data, sqlite3 *handle, const char *schema, int frames)
{
    auto *hooks = static_cast<Hooks *>(data);
    if (hooks->changedRevision) {
        hooks->changedRevision = false;
        g_revisionChanges.fetch_add(1, std::memory_order_release);
    }
    if (hooks->autoCheckpointFrames > 0 && frames >= hooks->autoCheckpointFrames)
        sqlite3_wal_checkpoint(handle, schema);
    return SQLITE_OK;
}

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &connection)
{
    if (!connection.isValid() || !connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

std::optional<quint64> revisionChanges()
{
    if (!g_watched.load(std::memory_order_acquire))
        return std::nullopt;
    return g_revisionChanges.load(std::memory_order_acquire);
}

void watchConnection(const QSqlDatabase &connection, bool walMode)
{
    sqlite3 *handle = sqliteHandle(connection);
    if (!handle || !walMode) {
        if (g_watched.exchange(false))
            qCInfo(lcHooks) << "a connection is not in WAL mode: sends read the revisions each time";
        return;
    }
    auto hooks = std::make_shared<Hooks>();
    sqlite3_update_hook(handle, onRowChange, hooks.get());
    sqlite3_rollback_hook(handle, onRollback, hooks.get());
    sqlite3_wal_hook(handle, onWalCommit, hooks.get());
    const QMutexLocker lock(&g_mutex);
    g_hooks.insert(handle, std::move(hooks));
}

void unwatchConnection(const QSqlDatabase &connection)
{
    if (sqlite3 *handle = sqliteHandle(connection)) {
        const QMutexLocker lock(&g_mutex);
        g_hooks.remove(handle); // closed next: the hooks cannot run any more
    }
}

void setAutoCheckpoint(const Database &db, int frames)
{
    const QSqlDatabase connection = db.connection();
    if (sqlite3 *handle = sqliteHandle(connection)) {
        const QMutexLocker lock(&g_mutex);
        if (const std::shared_ptr<Hooks> hooks = g_hooks.value(handle)) {
            hooks->autoCheckpointFrames = std::max(0, frames);
            return;
        }
    }
    if (auto done = execSql(db, u"PRAGMA wal_autocheckpoint = %1"_s.arg(frames)); !done)
        qCWarning(lcHooks) << "cannot set the checkpoint threshold";
}

} // namespace sendivent
