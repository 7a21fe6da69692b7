#pragma once

#include "apikey.h"
#include "base/result.h"
#include "storage/statementcache.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QList>

namespace sendivent {

class Database;

// The keys the local server accepts: those registered for this run (--api-key) and
// those created in the GUI (stored, hashed). Plain keys are never kept.
class ApiKeyStore final
{
public:
    explicit ApiKeyStore(const Database &db);

    // Registers a key for the lifetime of this object; false if it is not a test_/live_ key.
    bool addRuntimeKey(const QString &key);
    bool hasRuntimeKeys() const { return !m_runtime.isEmpty(); }

    // Creates and stores a key; the plain key is returned once and never again.
    Result<QString> createKey(Environment environment, const QString &label);
    Status revokeKey(qint64 id);
    Result<QList<ApiKey>> storedKeys() const;

    // The key's record when it is known. Every known hash is compared, in constant
    // time, whatever matches first. The stored keys are read again after any store in
    // this process created or revoked one, after an unknown key, and at least once a
    // second (another process may share the data folder); otherwise from memory, as
    // this runs for every request.
    std::optional<ApiKey> authenticate(QStringView presentedKey) const;

private:
    bool cacheIsFresh() const;

    const Database &m_db;
    QList<ApiKey> m_runtime;
    mutable StatementCache m_statements;
    mutable QList<ApiKey> m_cached;
    mutable quint64 m_cachedGeneration = 0;
    mutable QElapsedTimer m_cachedAge; // invalid until the first read
};

// "test_" or "live_" followed by 32 random characters from [A-Za-z0-9].
QString generateApiKey(Environment environment);

} // namespace sendivent
