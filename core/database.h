#pragma once

#include "result.h"

#include <QtCore/QString>
#include <QtCore/QVariant>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

namespace sendivent {

// The SQLite file behind the local workspace. Each thread that touches it gets its own
// named connection (Qt Sql connections are per-thread), opened on first use with WAL,
// foreign keys and a busy timeout. open() applies the ordered migrations and refuses a
// file written by a newer schema.
class Database final
{
public:
    explicit Database(QString filePath);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Status open();
    QString filePath() const { return m_filePath; }

    // The calling thread's connection.
    QSqlDatabase connection() const;

    // The schema this build writes; a file with a higher version is refused.
    static int latestSchemaVersion();
    int schemaVersion() const;

private:
    Status migrate();

    QString m_filePath;
    QString m_connectionPrefix;
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
