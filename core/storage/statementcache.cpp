#include "statementcache.h"

#include "connectionhooks.h"
#include "database.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QThread>

#include <sqlite3.h>

#include <vector>

namespace sendivent {

Q_LOGGING_CATEGORY(lcStatements, "sendivent.database.statements")

namespace {

// Binds as Qt's SQLite driver does: null strings, byte arrays and times are NULL,
// integers and booleans are integers, anything else is its text. Text is bound as
// UTF-8 (Qt converts far faster than SQLite does), kept in `utf8` until the statement
// has run; byte arrays are bound in place, as `value` outlives the step too.
int bindText(sqlite3_stmt *statement, int index, const QString &text, std::vector<QByteArray> &utf8)
{
    utf8.push_back(text.toUtf8());
    return sqlite3_bind_text(statement, index, utf8.back().constData(), int(utf8.back().size()), SQLITE_STATIC);
}

int bindValue(sqlite3_stmt *statement, int index, const QVariant &value, std::vector<QByteArray> &utf8)
{
    if (!value.isValid() || value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QString: {
        const auto *text = static_cast<const QString *>(value.constData());
        if (text->isNull())
            return sqlite3_bind_null(statement, index);
        return bindText(statement, index, *text, utf8);
    }
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->isNull())
            return sqlite3_bind_null(statement, index);
        return sqlite3_bind_blob(statement, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default: return bindText(statement, index, value.toString(), utf8);
    }
}

} // namespace

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
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear();
}

QVariant StatementCache::Row::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER: return QVariant(qlonglong(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_statement, column)));
    }
    default: return QVariant();
    }
}

sqlite3_stmt *StatementCache::prepared(const QString &sql, bool &owned)
{
    owned = QThread::currentThread() != m_thread;
    if (!owned) {
        if (sqlite3_stmt *statement = m_statements.value(sql))
            return statement;
    }
    sqlite3 *db = sqliteHandle(m_db.connection());
    if (!db) {
        qCWarning(lcStatements) << "no SQLite handle for" << sql;
        return nullptr;
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare16_v3(db, sql.utf16(), int(sql.size() * sizeof(QChar)), owned ? 0 : SQLITE_PREPARE_PERSISTENT,
                             &statement, nullptr)
        != SQLITE_OK) {
        qCWarning(lcStatements) << "prepare failed:" << sqlite3_errmsg(db) << sql;
        sqlite3_finalize(statement);
        return nullptr;
    }
    if (!owned)
        m_statements.insert(sql, statement);
    return statement;
}

Status StatementCache::run(const QString &sql, const QVariantList &binds,
                           const std::function<void(const Row &)> &row, qint64 *lastInsertId, int *rowsAffected)
{
    bool owned = false;
    sqlite3_stmt *statement = prepared(sql, owned);
    if (!statement)
        return databaseError();
    sqlite3 *db = sqlite3_db_handle(statement);
    std::vector<QByteArray> utf8;
    utf8.reserve(size_t(binds.size())); // bound in place: must never reallocate
    int rc = SQLITE_OK;
    for (int i = 0; i < binds.size() && rc == SQLITE_OK; ++i)
        rc = bindValue(statement, i + 1, binds.at(i), utf8);
    if (rc == SQLITE_OK) {
        const Row current(statement);
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            if (row)
                row(current);
        }
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        qCWarning(lcStatements) << "statement failed:" << sqlite3_errmsg(db) << sql;
    if (ok && lastInsertId)
        *lastInsertId = sqlite3_last_insert_rowid(db);
    if (ok && rowsAffected)
        *rowsAffected = sqlite3_changes(db);
    if (owned) {
        sqlite3_finalize(statement);
    } else {
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
    }
    if (!ok)
        return databaseError();
    return {};
}

Result<qint64> StatementCache::exec(const QString &sql, const QVariantList &binds, int *rowsAffected)
{
    qint64 id = 0;
    if (Status s = run(sql, binds, {}, &id, rowsAffected); !s)
        return s.error();
    return id;
}

Status StatementCache::query(const QString &sql, const QVariantList &binds, const std::function<void(const Row &)> &row)
{
    return run(sql, binds, row, nullptr, nullptr);
}

} // namespace sendivent
