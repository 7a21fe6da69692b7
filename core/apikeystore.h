#pragma once

#include "apikey.h"
#include "result.h"

#include <QtCore/QList>

namespace sendivent {

class Database;

// The keys the local server accepts: those registered for this run (--api-key) and
// those created in the GUI (stored, hashed). Plain keys are never kept.
class ApiKeyStore final
{
public:
    explicit ApiKeyStore(const Database &db) : m_db(db) {}

    // Registers a key for the lifetime of this object; false if it is not a test_/live_ key.
    bool addRuntimeKey(const QString &key);
    bool hasRuntimeKeys() const { return !m_runtime.isEmpty(); }

    // Creates and stores a key; the plain key is returned once and never again.
    Result<QString> createKey(Environment environment, const QString &label);
    Status revokeKey(qint64 id);
    Result<QList<ApiKey>> storedKeys() const;

    // The key's record when it is known. Every known hash is compared, in constant
    // time, whatever matches first.
    std::optional<ApiKey> authenticate(QStringView presentedKey) const;

private:
    const Database &m_db;
    QList<ApiKey> m_runtime;
};

// "test_" or "live_" followed by 32 random characters from [A-Za-z0-9].
QString generateApiKey(Environment environment);

} // namespace sendivent
