#pragma once

#include "result.h"

#include <QtCore/QHash>
#include <QtCore/QVariant>
#include <QtSql/QSqlQuery>

#include <functional>
#include <memory>

class QThread;

namespace sendivent {

class Database;

// Prepared statements kept for the thread that made the cache. The send path runs a
// handful of small statements thousands of times a second, and preparing one costs
// more than running it. On any other thread the cache prepares afresh each time
// (Qt Sql queries belong to their thread's connection).
class StatementCache final
{
public:
    explicit StatementCache(const Database &db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // Runs a statement that returns no rows; gives the last insert id (0 if none)
    // and reports a failure as databaseError().
    Result<qint64> exec(const QString &sql, const QVariantList &binds = {}, int *rowsAffected = nullptr);
    // Runs a query and calls `row` for each result row, then releases the statement
    // (an unfinished SELECT would pin the WAL snapshot).
    Status query(const QString &sql, const QVariantList &binds, const std::function<void(const QSqlQuery &)> &row);

    // Drops every prepared statement (before the connection goes away).
    void clear();

private:
    QSqlQuery *prepared(const QString &sql, std::unique_ptr<QSqlQuery> &scratch);

    const Database &m_db;
    QThread *m_thread;
    QHash<QString, QSqlQuery *> m_statements;
};

} // namespace sendivent
