#include "idempotencystore.h"

#include "base/json.h"
#include "database.h"
#include "emulation/clock.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kPurgeEveryMs = 10 * 60 * 1000;

qint64 retentionMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(IdempotencyStore::kRetention).count();
}

QString headersToText(const StoredResponse &r)
{
    Json headers = Json::array();
    for (const auto &[name, value] : r.headers)
        headers.push_back(Json::array({name.toStdString(), value.toStdString()}));
    return QString::fromUtf8(dumpJson(Json{{"content_type", r.contentType.toStdString()}, {"headers", headers}}));
}

void headersFromText(const QString &text, StoredResponse &r)
{
    const Json j = parseJson(text.toUtf8()).value_or(Json::object());
    if (j.contains("content_type") && j["content_type"].is_string())
        r.contentType = QByteArray::fromStdString(j["content_type"].get<std::string>());
    if (j.contains("headers") && j["headers"].is_array()) {
        for (const Json &h : j["headers"]) {
            if (h.is_array() && h.size() == 2 && h[0].is_string() && h[1].is_string())
                r.headers.append({QByteArray::fromStdString(h[0].get<std::string>()),
                                  QByteArray::fromStdString(h[1].get<std::string>())});
        }
    }
}

} // namespace

IdempotencyStore::IdempotencyStore(const Database &db)
    : m_statements(db)
{
}

QString IdempotencyStore::inFlightName(Environment environment, const QString &key)
{
    return environmentName(environment) + u'\n' + key;
}

QByteArray IdempotencyStore::fingerprint(const QString &method, const QString &path, const QByteArray &canonicalBody)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonicalBody);
    return hash.result().toHex();
}

Result<IdempotencyStore::Lookup> IdempotencyStore::begin(Environment environment, const QString &key,
                                                         const QByteArray &fingerprint)
{
    const qint64 now = clockNowMs(m_clock);
    if (now - m_lastPurgeMs > kPurgeEveryMs) {
        if (auto purged = purgeExpired(); !purged)
            return purged.error();
    }
    if (m_inFlight.contains(inFlightName(environment, key)))
        return Lookup{Verdict::InProgress, {}};

    std::optional<Lookup> found;
    QByteArray storedFingerprint;
    Status s = m_statements.query(
        u"SELECT fingerprint, status, headers, body FROM idempotency_keys"
        u" WHERE environment = ? AND key = ? AND created_at > ?"_s,
        {environmentName(environment), key, now - retentionMs()}, [&](const StatementCache::Row &q) {
            storedFingerprint = q.value(0).toByteArray();
            StoredResponse r;
            r.status = q.value(1).toInt();
            headersFromText(q.value(2).toString(), r);
            r.body = q.value(3).toByteArray();
            found = Lookup{Verdict::Replay, std::move(r)};
        });
    if (!s)
        return s.error();
    if (found) {
        if (storedFingerprint != fingerprint)
            return Lookup{Verdict::KeyReused, {}};
        return *found;
    }
    m_inFlight.insert(inFlightName(environment, key));
    return Lookup{Verdict::Proceed, {}};
}

Status IdempotencyStore::store(Environment environment, const QString &key, const QByteArray &fingerprint,
                               const StoredResponse &response)
{
    // REPLACE: an expired answer under the same key may still be in the table.
    auto done = m_statements.exec(u"INSERT OR REPLACE INTO idempotency_keys (environment, key, fingerprint, status,"
                                  u" headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                  {environmentName(environment), key, fingerprint, response.status,
                                   headersToText(response), response.body, clockNowMs(m_clock)});
    if (!done)
        return done.error();
    return {};
}

void IdempotencyStore::finish(Environment environment, const QString &key)
{
    m_inFlight.remove(inFlightName(environment, key));
}

Result<int> IdempotencyStore::purgeExpired()
{
    const qint64 now = clockNowMs(m_clock);
    int removed = 0;
    auto done =
        m_statements.exec(u"DELETE FROM idempotency_keys WHERE created_at <= ?"_s, {now - retentionMs()}, &removed);
    if (!done)
        return done.error();
    m_lastPurgeMs = now;
    return removed;
}

} // namespace sendivent
