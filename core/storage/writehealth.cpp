#include "writehealth.h"

#include "connectionhooks.h"
#include "database.h"

#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QStorageInfo>
#include <QtSql/QSqlError>

#include <sqlite3.h>

namespace sendivent {

Q_LOGGING_CATEGORY(lcHealth, "sendivent.health")

using namespace Qt::StringLiterals;

namespace {

// Below this much free space a failed commit is put down to a full disk: SQLite
// needs room for the WAL frames of a whole transaction.
constexpr qint64 kNearlyFullBytes = 4 * 1024 * 1024;

std::optional<QString> reasonOf(int code)
{
    switch (code & 0xff) { // the primary code of an extended one
    case SQLITE_FULL: return u"the disk is full (or the database reached its size limit)"_s;
    case SQLITE_READONLY: return u"the database is read-only"_s;
    case SQLITE_IOERR: return u"the disk reported an input/output error"_s;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return u"the database file is damaged"_s;
    case SQLITE_CANTOPEN: return u"the database file cannot be opened"_s;
    case SQLITE_PERM:
    case SQLITE_AUTH: return u"there is no permission to write the database"_s;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_PROTOCOL: return u"another connection holds the database's write lock"_s;
    case SQLITE_NOMEM: return u"the process is out of memory"_s;
    default: return std::nullopt; // the data's fault (a constraint, a mismatch), or no failure
    }
}

} // namespace

std::optional<QString> storageFailureReason(const Database &db)
{
    const QSqlDatabase connection = db.connection();
    if (sqlite3 *handle = sqliteHandle(connection)) {
        if (auto reason = reasonOf(sqlite3_extended_errcode(handle)))
            return reason;
    }
    return std::nullopt;
}

QString commitFailureReason(const Database &db)
{
    if (auto reason = storageFailureReason(db))
        return *reason;
    // Transaction::commit() rolls back after a failed COMMIT, which replaces SQLite's
    // error; the driver's own error of the COMMIT may still say it.
    bool ok = false;
    const int code = db.connection().lastError().nativeErrorCode().toInt(&ok);
    if (ok) {
        if (auto reason = reasonOf(code))
            return *reason;
    }
    const QFileInfo file(db.filePath());
    const QStorageInfo volume(file.absolutePath());
    if (volume.isValid() && volume.bytesAvailable() >= 0 && volume.bytesAvailable() < kNearlyFullBytes)
        return *reasonOf(SQLITE_FULL);
    if (volume.isValid() && volume.isReadOnly())
        return *reasonOf(SQLITE_READONLY);
    if (file.exists() && !file.isWritable())
        return *reasonOf(SQLITE_READONLY);
    return u"a transaction could not be committed"_s;
}

qint64 rowsWritten(const Database &db)
{
    sqlite3 *handle = sqliteHandle(db.connection());
    return handle ? sqlite3_total_changes64(handle) : 0;
}

Error storageError(const QString &reason)
{
    return {ErrorCode::ServerError, u"The local database cannot be written: %1"_s.arg(reason), {}};
}

WriteHealth::WriteHealth(QObject *parent)
    : QObject(parent)
{
}

WriteHealth::State WriteHealth::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

void WriteHealth::failed(const QString &reason)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_state.degraded && m_state.reason == reason)
            return;
        if (!m_state.degraded)
            m_state.since = QDateTime::currentDateTimeUtc();
        m_state.degraded = true;
        m_state.reason = reason;
        m_degraded.store(true, std::memory_order_relaxed);
    }
    qCWarning(lcHealth).noquote() << "writes to the local database fail:" << reason;
    Q_EMIT changed(true, reason);
}

void WriteHealth::succeeded()
{
    if (!m_degraded.load(std::memory_order_relaxed))
        return; // the common case: no lock on every write
    {
        QMutexLocker lock(&m_mutex);
        if (!m_state.degraded)
            return;
        m_state = State();
        m_degraded.store(false, std::memory_order_relaxed);
    }
    qCInfo(lcHealth) << "writes to the local database work again";
    Q_EMIT changed(false, QString());
}

Status WriteHealth::report(const Database &db, Status status, Stage stage)
{
    if (status) {
        succeeded();
        return status;
    }
    const std::optional<QString> reason
        = stage == Stage::Commit ? std::optional(commitFailureReason(db)) : storageFailureReason(db);
    if (reason) {
        failed(*reason);
        return storageError(*reason);
    }
    return status;
}

} // namespace sendivent
