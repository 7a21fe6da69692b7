#include "apikeystore.h"

#include "base/timeutil.h"
#include "constanttime.h"
#include "storage/database.h"

#include <QtCore/QRandomGenerator>

#include <atomic>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

QString displayPrefix(const QString &key)
{
    return key.left(9) + u"…"_s;
}

// Bumped by every create and revoke in this process, whichever store (the server's or
// the GUI's) made it: each store's cache of the stored keys is then out of date.
std::atomic<quint64> g_keysGeneration{1};

constexpr qint64 kCacheLifetimeMs = 1000;

} // namespace

ApiKeyStore::ApiKeyStore(const Database &db)
    : m_db(db)
    , m_statements(db)
{
}

QString generateApiKey(Environment environment)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString key = environment == Environment::Production ? u"live_"_s : u"test_"_s;
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < 32; ++i)
        key += QLatin1Char(alphabet[rng->bounded(int(sizeof(alphabet) - 1))]);
    return key;
}

bool ApiKeyStore::addRuntimeKey(const QString &key)
{
    const auto env = environmentOfKey(key);
    if (!env)
        return false;
    ApiKey k;
    k.hash = hashApiKey(key);
    k.prefix = displayPrefix(key);
    k.label = u"--api-key"_s;
    k.environment = *env;
    k.createdAt = QDateTime::currentDateTimeUtc();
    m_runtime << k;
    return true;
}

Result<QString> ApiKeyStore::createKey(Environment environment, const QString &label)
{
    const QString key = generateApiKey(environment);
    auto q = execSql(m_db, u"INSERT INTO api_keys (hash, prefix, label, environment, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                     {hashApiKey(key), displayPrefix(key), label, environmentName(environment),
                      QDateTime::currentMSecsSinceEpoch()});
    if (!q)
        return q.error();
    ++g_keysGeneration;
    return key;
}

Status ApiKeyStore::revokeKey(qint64 id)
{
    auto q = execSql(m_db, u"DELETE FROM api_keys WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, u"No such API key"_s, {}};
    ++g_keysGeneration;
    return {};
}

Result<QList<ApiKey>> ApiKeyStore::storedKeys() const
{
    QList<ApiKey> keys;
    const Status read = m_statements.query(
        u"SELECT id, hash, prefix, label, environment, created_at FROM api_keys ORDER BY id"_s, {},
        [&keys](const StatementCache::Row &q) {
            ApiKey k;
            k.id = q.value(0).toLongLong();
            k.hash = q.value(1).toByteArray();
            k.prefix = q.value(2).toString();
            k.label = q.value(3).toString();
            k.environment = q.value(4).toString() == u"production"_s ? Environment::Production : Environment::Sandbox;
            k.persistent = true;
            k.createdAt = fromStoredTime(q.value(5));
            keys << k;
        });
    if (!read)
        return read.error();
    return keys;
}

bool ApiKeyStore::cacheIsFresh() const
{
    return m_cachedAge.isValid() && m_cachedGeneration == g_keysGeneration.load()
        && !m_cachedAge.hasExpired(kCacheLifetimeMs);
}

std::optional<ApiKey> ApiKeyStore::authenticate(QStringView presentedKey) const
{
    if (!environmentOfKey(presentedKey))
        return std::nullopt;
    const QByteArray hash = hashApiKey(presentedKey);
    std::optional<ApiKey> match;
    const auto consider = [&](const ApiKey &k) {
        if (equalInConstantTime(k.hash, hash) && !match)
            match = k;
    };
    for (const ApiKey &k : m_runtime)
        consider(k);
    const auto reload = [this] {
        const quint64 generation = g_keysGeneration.load();
        auto stored = storedKeys();
        if (!stored)
            return false; // a database error authenticates nothing stored
        m_cached = std::move(*stored);
        m_cachedGeneration = generation;
        m_cachedAge.start();
        return true;
    };
    bool reloaded = false;
    if (!cacheIsFresh())
        reloaded = reload();
    if (m_cachedAge.isValid()) {
        for (const ApiKey &k : std::as_const(m_cached))
            consider(k);
        // A miss reads again at once: the key may have been created a moment ago elsewhere.
        if (!match && !reloaded && reload()) {
            for (const ApiKey &k : std::as_const(m_cached))
                consider(k);
        }
    }
    // The key's prefix decides the environment, even for a stored key.
    if (match)
        match->environment = *environmentOfKey(presentedKey);
    return match;
}

} // namespace sendivent
