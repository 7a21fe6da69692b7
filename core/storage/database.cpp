#include "database.h"

#include "connectionhooks.h"
#include "migrations.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QThread>
#include <QtCore/QUuid>
#include <QtSql/QSqlError>

#include <atomic>

namespace sendivent {

Q_LOGGING_CATEGORY(lcDatabase, "sendivent.database")

using namespace Qt::StringLiterals;

namespace {

std::atomic<Database::Durability> g_durability{Database::Durability::Normal};

QString threadConnectionName(const QString &prefix)
{
    return prefix + QString::number(quintptr(QThread::currentThreadId()), 16);
}

void closeConnection(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::database(name, false);
    unwatchConnection(db);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

} // namespace

Error databaseError()
{
    return {ErrorCode::ServerError, u"Internal error while accessing the local database"_s, {}};
}

void Database::setDurability(Durability durability)
{
    g_durability = durability;
}

Database::Durability Database::durability()
{
    return g_durability;
}

Database::Database(QString filePath)
    : m_filePath(std::move(filePath))
    , m_connectionPrefix(u"sendivent-"_s + QUuid::createUuid().toString(QUuid::Id128) + u'-')
{
}

Database::~Database()
{
    // Only this thread's connection can be closed here; other threads close theirs
    // when they finish (see connection()).
    const QString name = threadConnectionName(m_connectionPrefix);
    if (QSqlDatabase::contains(name))
        closeConnection(name);
}

QSqlDatabase Database::connection() const
{
    const QString name = threadConnectionName(m_connectionPrefix);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        qCWarning(lcDatabase) << "cannot open database:" << db.lastError().text();
        return db;
    }
    QSqlQuery pragma(db);
    const char *synchronous = durability() == Durability::Full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL";
    // auto_vacuum first: on a new file it only takes before the WAL switch writes the
    // header (an existing file keeps its mode until a VACUUM, see open()). The WAL
    // is cut back to 64 MiB after each checkpoint that empties it (issue 22).
    constexpr auto kWal = "PRAGMA journal_mode=WAL";
    bool wal = false;
    for (const auto *statement : {"PRAGMA auto_vacuum=INCREMENTAL", kWal, synchronous, "PRAGMA foreign_keys=ON",
                                  "PRAGMA temp_store=MEMORY", "PRAGMA journal_size_limit=67108864"}) {
        if (!pragma.exec(QLatin1StringView(statement)))
            qCWarning(lcDatabase) << statement << "failed:" << pragma.lastError().text();
        else if (qstrcmp(statement, kWal) == 0) // answers the mode it is in now
            wal = pragma.next() && pragma.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) == 0;
    }
    watchConnection(db, wal);

    QThread *thread = QThread::currentThread();
    if (QCoreApplication::instance() && thread != QCoreApplication::instance()->thread())
        QObject::connect(thread, &QThread::finished, thread, [name] { closeConnection(name); }, Qt::DirectConnection);
    return db;
}

int Database::latestSchemaVersion()
{
    return migrations().back().version;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(u"SELECT version FROM schema_version"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

Status Database::open()
{
    const QFileInfo info(m_filePath);
    const QString shownPath = QDir::toNativeSeparators(info.absoluteFilePath());
    m_problem = DatabaseProblem::None;
    if (!QDir().mkpath(info.absolutePath())) {
        m_problem = DatabaseProblem::CannotOpen;
        return Error{ErrorCode::ServerError,
                     u"Cannot create the data folder %1. Check that its parent folder exists and is writable, "
                     "or start with another --data-dir."_s.arg(QDir::toNativeSeparators(info.absolutePath())),
                     {}};
    }
    // Before anything is written: a file that cannot be used is left as it was, and
    // the message says why and what to do.
    if (const DatabaseCheck check = checkDatabaseFile(m_filePath, latestSchemaVersion()); check.problem != DatabaseProblem::None) {
        m_problem = check.problem;
        qCWarning(lcDatabase).noquote() << check.message;
        return Error{ErrorCode::ServerError, check.message, {}};
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        m_problem = DatabaseProblem::CannotOpen;
        return Error{ErrorCode::ServerError,
                     u"Cannot open the database %1 (%2). Start with another --data-dir if it persists."_s
                         .arg(shownPath, db.lastError().text()),
                     {}};
    }
    if (Status s = migrate(); !s)
        return s;
    return enableIncrementalVacuum();
}

Status Database::enableIncrementalVacuum()
{
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA auto_vacuum"_s) || !q.next())
        return databaseError();
    if (q.value(0).toInt() == 2)
        return {};
    q.finish();
    // A file made before issue 22: VACUUM rewrites it with incremental auto-vacuum.
    // About a second per 100 MB (docs/benchmarks.md), so only small files are done at
    // open; a bigger one waits for Compact now (the Server page says so).
    if (QFileInfo(m_filePath).size() > kVacuumAtOpenBytes)
        return {};
    if (!q.exec(u"VACUUM"_s)) {
        qCWarning(lcDatabase) << "cannot switch to incremental auto-vacuum:" << q.lastError().text();
        return {}; // the file still works, it only does not shrink by itself
    }
    qCDebug(lcDatabase) << "switched to incremental auto-vacuum";
    return {};
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s))
        return databaseError();
    int current = schemaVersion();
    if (current == 0) {
        if (!q.exec(u"INSERT INTO schema_version (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_version)"_s))
            return databaseError();
    }
    if (current > latestSchemaVersion()) {
        m_problem = DatabaseProblem::NewerSchema;
        return Error{ErrorCode::ServerError, newerSchemaMessage(m_filePath, current, latestSchemaVersion()), {}};
    }
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        Transaction tx(*this);
        if (!tx.isActive())
            return databaseError();
        for (const QString &statement : m.statements) {
            if (!q.exec(statement)) {
                qCWarning(lcDatabase) << "migration" << m.version << "failed:" << q.lastError().text();
                return databaseError();
            }
        }
        q.prepare(u"UPDATE schema_version SET version = ?"_s);
        q.addBindValue(m.version);
        if (!q.exec())
            return databaseError();
        if (Status s = tx.commit(); !s)
            return s;
        qCDebug(lcDatabase) << "migrated to schema" << m.version << '-' << m.description;
        current = m.version;
    }
    // Marks the file as ours for checkDatabaseFile() and for tools such as file(1).
    if (q.exec(u"PRAGMA application_id"_s) && q.next() && q.value(0).toInt() != sendiventApplicationId) {
        q.finish();
        if (!q.exec(u"PRAGMA application_id = %1"_s.arg(sendiventApplicationId)))
            return databaseError();
    }
    return {};
}

Result<QSqlQuery> execSql(const Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(sql)) {
        qCWarning(lcDatabase) << "prepare failed:" << q.lastError().text() << sql;
        return databaseError();
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcDatabase) << "statement failed:" << q.lastError().text() << sql;
        return databaseError();
    }
    return q;
}

Transaction::Transaction(const Database &db)
    : m_db(db.connection())
{
    // IMMEDIATE takes the write lock before the first read: with another connection
    // writing (the group commit's writer thread, the GUI's thread) a deferred
    // transaction that read first could not upgrade to write and would fail at once
    // (SQLITE_BUSY_SNAPSHOT); this one waits for the lock instead, up to the busy timeout.
    QSqlQuery begin(m_db);
    m_active = begin.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_active)
        qCWarning(lcDatabase) << "cannot begin transaction:" << begin.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return databaseError();
    m_active = false;
    if (!m_db.commit()) {
        qCWarning(lcDatabase) << "commit failed:" << m_db.lastError().text();
        m_db.rollback();
        return databaseError();
    }
    return {};
}

} // namespace sendivent
