#include "apikeystore.h"

#include "database.h"
#include "timeutil.h"

#include <QtCore/QRandomGenerator>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QString displayPrefix(const QString &key)
{
    return key.left(9) + u"…"_s;
}

} // namespace

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
    return key;
}

Status ApiKeyStore::revokeKey(qint64 id)
{
    auto q = execSql(m_db, u"DELETE FROM api_keys WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, u"No such API key"_s, {}};
    return {};
}

Result<QList<ApiKey>> ApiKeyStore::storedKeys() const
{
    auto q = execSql(m_db, u"SELECT id, hash, prefix, label, environment, created_at FROM api_keys ORDER BY id"_s);
    if (!q)
        return q.error();
    QList<ApiKey> keys;
    while (q->next()) {
        ApiKey k;
        k.id = q->value(0).toLongLong();
        k.hash = q->value(1).toByteArray();
        k.prefix = q->value(2).toString();
        k.label = q->value(3).toString();
        k.environment = q->value(4).toString() == u"production"_s ? Environment::Production : Environment::Sandbox;
        k.persistent = true;
        k.createdAt = fromStoredTime(q->value(5));
        keys << k;
    }
    return keys;
}

std::optional<ApiKey> ApiKeyStore::authenticate(QStringView presentedKey) const
{
    if (!environmentOfKey(presentedKey))
        return std::nullopt;
    const QByteArray hash = hashApiKey(presentedKey);
    std::optional<ApiKey> match;
    const auto consider = [&](const ApiKey &k) {
        if (constantTimeEqual(k.hash, hash) && !match)
            match = k;
    };
    for (const ApiKey &k : m_runtime)
        consider(k);
    if (auto stored = storedKeys()) {
        for (const ApiKey &k : *stored)
            consider(k);
    }
    // The key's prefix decides the environment, even for a stored key.
    if (match)
        match->environment = *environmentOfKey(presentedKey);
    return match;
}

} // namespace sendivent
