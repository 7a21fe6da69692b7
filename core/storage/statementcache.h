#pragma once

#include "base/result.h"

#include <QtCore/QHash>
#include <QtCore/QVariant>

#include <functional>

class QThread;
struct sqlite3_stmt;

namespace sendivent {

class Database;

// Prepared statements kept for the thread that made the cache. The send path runs a
// handful of small statements thousands of times a second, and preparing one costs
// more than running it. On any other thread the cache prepares afresh each time
// (Qt Sql queries belong to their thread's connection).
//
// The statements run on SQLite's own API, on the handle of the same Qt Sql connection
// (so inside the same transactions): QSqlQuery spends more on binding a value (it
// formats a placeholder name for each) than SQLite spends inserting the row.
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
    // One result row of query(): value() gives what QSqlQuery::value() would
    // (integer → qlonglong, real → double, text → QString, blob → QByteArray, NULL → a
    // null QVariant).
    class Row
    {
    public:
        explicit Row(sqlite3_stmt *statement) : m_statement(statement) {}
        QVariant value(int column) const;

    private:
        sqlite3_stmt *m_statement;
    };

    // Runs a query and calls `row` for each result row, then releases the statement
    // (an unfinished SELECT would pin the WAL snapshot).
    Status query(const QString &sql, const QVariantList &binds, const std::function<void(const Row &)> &row);

    // Drops every prepared statement (before the connection goes away).
    void clear();

private:
    sqlite3_stmt *prepared(const QString &sql, bool &owned);
    // Binds, then steps; `row` sees each result row. The statement is reset (or, when
    // `owned`, finalized) before it returns.
    Status run(const QString &sql, const QVariantList &binds, const std::function<void(const Row &)> &row,
               qint64 *lastInsertId, int *rowsAffected);

    const Database &m_db;
    QThread *m_thread;
    QHash<QString, sqlite3_stmt *> m_statements;
};

} // namespace sendivent
