#include "statementcache.h"

#include "database.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QThread>
#include <QtSql/QSqlError>

namespace sendivent {

Q_LOGGING_CATEGORY(lcStatements, "sendivent.database.statements")

StatementCache::StatementCache(const Database &db)
    : m_db(db)
    , m_thread(QThread::currentThread())
{
}

StatementCache::~StatementCache()
{
    clear();
}

void StatementCache::clear()
{
    qDeleteAll(m_statements);
    m_statements.clear();
}

QSqlQuery *StatementCache::prepared(const QString &sql, std::unique_ptr<QSqlQuery> &scratch)
{
    const bool cacheable = QThread::currentThread() == m_thread;
    if (cacheable) {
        if (QSqlQuery *q = m_statements.value(sql))
            return q;
    }
    auto q = std::make_unique<QSqlQuery>(m_db.connection());
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        qCWarning(lcStatements) << "prepare failed:" << q->lastError().text() << sql;
        return nullptr;
    }
    if (!cacheable) {
        scratch = std::move(q);
        return scratch.get();
    }
    QSqlQuery *raw = q.release();
    m_statements.insert(sql, raw);
    return raw;
}

Result<qint64> StatementCache::exec(const QString &sql, const QVariantList &binds, int *rowsAffected)
{
    std::unique_ptr<QSqlQuery> scratch;
    QSqlQuery *q = prepared(sql, scratch);
    if (!q)
        return databaseError();
    for (int i = 0; i < binds.size(); ++i)
        q->bindValue(i, binds.at(i));
    const bool ok = q->exec();
    if (!ok) {
        qCWarning(lcStatements) << "statement failed:" << q->lastError().text() << sql;
        q->finish();
        return databaseError();
    }
    if (rowsAffected)
        *rowsAffected = q->numRowsAffected();
    const qint64 id = q->lastInsertId().toLongLong();
    q->finish();
    return id;
}

Status StatementCache::query(const QString &sql, const QVariantList &binds,
                             const std::function<void(const QSqlQuery &)> &row)
{
    std::unique_ptr<QSqlQuery> scratch;
    QSqlQuery *q = prepared(sql, scratch);
    if (!q)
        return databaseError();
    for (int i = 0; i < binds.size(); ++i)
        q->bindValue(i, binds.at(i));
    if (!q->exec()) {
        qCWarning(lcStatements) << "query failed:" << q->lastError().text() << sql;
        q->finish();
        return databaseError();
    }
    while (q->next())
        row(*q);
    q->finish();
    return {};
}

} // namespace sendivent
