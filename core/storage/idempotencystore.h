#pragma once

#include "base/result.h"
#include "deliveries/delivery.h"
#include "statementcache.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QSet>

#include <chrono>

namespace sendivent {

class Clock;
class Database;

// An answer as it went out, kept to replay it byte for byte.
struct StoredResponse
{
    int status = 200;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// The responses of requests made with an X-Idempotency-Key (DESIGN §5, IETF draft
// "The Idempotency-Key HTTP Header Field"), per environment, kept 24 hours in SQLite
// so they survive restarts. Which keys are being worked on right now is known only
// to this process: a crash rolls back the work, so there is nothing to resume.
// Meant for one thread (the server's).
class IdempotencyStore final
{
public:
    explicit IdempotencyStore(const Database &db);
    // Keys are dated and expire by the emulator's time (issue 23); the wall clock without.
    void setClock(const Clock *clock) { m_clock = clock; }

    static constexpr std::chrono::hours kRetention{24};

    enum class Verdict {
        Proceed,    // first use: the key is now in flight until finish()
        Replay,     // answered before: `response` is that answer
        InProgress, // the first request with this key has not been answered yet
        KeyReused,  // answered before, for another request
    };
    struct Lookup
    {
        Verdict verdict = Verdict::Proceed;
        StoredResponse response;
    };
    Result<Lookup> begin(Environment environment, const QString &key, const QByteArray &fingerprint);
    // Keeps the answer of a request that began with `key`, in the caller's transaction.
    Status store(Environment environment, const QString &key, const QByteArray &fingerprint,
                 const StoredResponse &response);
    // The key is no longer in flight (whether or not an answer was stored).
    void finish(Environment environment, const QString &key);

    // Drops answers older than kRetention; returns how many.
    Result<int> purgeExpired();

    // SHA-256 over method, path and the request body as parsed (so whitespace and
    // the body's formatting do not matter, but every value does).
    static QByteArray fingerprint(const QString &method, const QString &path, const QByteArray &canonicalBody);

private:
    static QString inFlightName(Environment environment, const QString &key);

    StatementCache m_statements;
    QSet<QString> m_inFlight;
    qint64 m_lastPurgeMs = 0;
    const Clock *m_clock = nullptr;
};

} // namespace sendivent
