#pragma once

#include "base/result.h"
#include "databasecheck.h"
#include "durability.h"

#include <QtCore/QString>
#include <QtCore/QVariant>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

namespace sendivent {

// The SQLite file behind the local workspace. Each thread that touches it gets its own
// named connection (Qt Sql connections are per-thread), opened on first use with WAL,
// foreign keys and a busy timeout. open() first tells what stands in the way of using
// the file (read-only, locked, damaged, newer, not ours), then applies the ordered
// migrations.
class Database final
{
public:
    // For every connection of the process; set once at start, before any connection
    // is opened.
    using Durability = sendivent::Durability;
    static void setDurability(Durability durability);
    static Durability durability();

    explicit Database(QString filePath);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Status open();
    QString filePath() const { return m_filePath; }
    // What the last open() found wrong with the file (None after a success).
    DatabaseProblem problem() const { return m_problem; }

    // The calling thread's connection.
    QSqlDatabase connection() const;

    // The schema this build writes; a file with a higher version is refused.
    static int latestSchemaVersion();
    int schemaVersion() const;

    // Files up to this size made before incremental auto-vacuum are rewritten with it
    // at open (issue 22); bigger ones by compactDatabase().
    static constexpr qint64 kVacuumAtOpenBytes = 64 * 1024 * 1024;

private:
    Status migrate();
    Status enableIncrementalVacuum();

    QString m_filePath;
    QString m_connectionPrefix;
    DatabaseProblem m_problem = DatabaseProblem::None;
};

// Runs one statement on the calling thread's connection. A failure is logged (with the
// statement, never bound values) and returned as a generic SERVER_ERROR: SQL never
// reaches an API answer.
Result<QSqlQuery> execSql(const Database &db, const QString &sql, const QVariantList &binds = {});

// Rolls back unless commit() was called.
class Transaction final
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isActive() const { return m_active; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

Error databaseError();

} // namespace sendivent
