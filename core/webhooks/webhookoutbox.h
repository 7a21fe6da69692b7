#pragma once

#include "base/result.h"
#include "deliveries/delivery.h"
#include "storage/statementcache.h"
#include "webhookmessage.h"

#include <QtCore/QHash>
#include <QtCore/QSet>

#include <chrono>
#include <optional>

namespace sendivent {

class Clock;
class Database;
class WriteHealth;

// A pending message that is due, with where and how to send it.
struct DueWebhookMessage
{
    qint64 rowId = 0;
    qint64 webhookId = 0;
    QString messageId;
    QByteArray payload;
    QString url;
    QString secret;
    int attemptCount = 0; // before this attempt
    int roundAttempts = 0;
};

// What one attempt leads to.
struct WebhookVerdict
{
    enum class Kind { Delivered, Retry, Failed, Gone };
    Kind kind = Kind::Failed;
    QDateTime retryAt; // Retry only
};

// The webhook outbox in SQLite. enqueue() runs inside the caller's transaction, so a
// status change and the message announcing it commit (or roll back) together; the
// dispatcher reads due messages and records each attempt.
class WebhookOutbox final
{
public:
    // Test events and resends are due at `clock`'s time (issue 23), the wall clock
    // without one. (Retries are dated by whoever records the attempt.)
    explicit WebhookOutbox(const Database &db, const Clock *clock = nullptr);

    // Where the outbox's own writes (claims, attempts) report whether the storage
    // took them. Optional.
    void setHealth(WriteHealth *health) { m_health = health; }

    // The payload of the reference's "Payload format" for a delivery that just
    // reached `delivery.status` at `at`, plus `environment` (DESIGN §8). `request_id`
    // is the X-Request-Id of the request that sent it (null for deliveries stored
    // before deliveries kept it).
    static Json payload(const Delivery &delivery, const QDateTime &at);

    // One message per active endpoint that subscribes to "delivery.<status>", for
    // each delivery. Statuses without an event type (queued, pending) add nothing.
    Status enqueue(const QList<Delivery> &deliveries, const QDateTime &at);

    // A test event for the endpoint now, whatever its enabled events (local
    // extension). WEBHOOK_NOT_FOUND for another uuid; CONFLICT when it is disabled;
    // VALIDATION_ERROR for an unknown event type.
    // `environment` and `requestId` (a new one when empty) are told in its payload.
    Result<WebhookMessage> enqueueTest(const QString &webhookUuid, const QString &eventType,
                                       Environment environment = Environment::Sandbox,
                                       const QString &requestId = {});

    // Sends a message again from the start of the retry schedule, with the same id.
    // WEBHOOK_NOT_FOUND for an unknown message; CONFLICT when its endpoint is gone
    // or disabled.
    Result<WebhookMessage> resend(const QString &messageId);

    // Pending messages of active endpoints due by `now`, oldest first, skipping `busy`.
    Result<QList<DueWebhookMessage>> due(const QDateTime &now, int limit, const QSet<qint64> &busy) const;
    // When the next pending message is due (nullopt: nothing pending).
    Result<std::optional<QDateTime>> nextDue() const;
    // Moves a message's next attempt.
    Status setNextAttempt(qint64 rowId, const QDateTime &at);
    // Claims a message for an attempt that starts now: not due again before `until`
    // (for any other sender), and marked in flight until recordAttempt() or
    // recordInterrupted() says how it ended.
    Status claim(qint64 rowId, const QDateTime &startedAt, const QDateTime &until);
    // Records attempts that were in flight and will never get their answer, as
    // `interrupted`, counting them: each message's next attempt waits the schedule's
    // next step from `now`, or the message fails when the schedule is used up. With
    // `rowIds`, those messages (this process stops while they are in flight: `ranMs`
    // says how long each ran); without, every message still marked in flight — the
    // attempts of a process that crashed, found at the next start (one process per
    // data folder, so none of them is still running). Gives how many were recorded.
    Result<int> recordInterrupted(const QList<std::chrono::milliseconds> &schedule, const QDateTime &now,
                                  const QHash<qint64, qint64> &ranMs = {}, bool onlyThese = false);

    // Stores an attempt and what it leads to, in one transaction. Gone (410) also
    // disables the endpoint and cancels its other pending messages. A message
    // removed meanwhile (a reset) is left alone.
    Status recordAttempt(const DueWebhookMessage &message, const WebhookAttempt &attempt,
                         const WebhookVerdict &verdict);

    std::optional<WebhookMessage> find(const QString &messageId) const;
    // The attempts of every message about a delivery, oldest first, as the trace
    // shows them (data.webhook_attempts).
    Result<Json> attemptsJson(const QString &deliveryUuid) const;
    static Json messageJson(const WebhookMessage &message);
    // The newest `limit` attempts `filter` takes, newest first.
    Result<QList<WebhookAttemptEntry>> recentAttempts(int limit, const WebhookAttemptFilter &filter = {}) const;

    // POST /_local/reset: every message and attempt (the endpoint stays).
    Status clear();

private:
    Result<WebhookMessage> findMessage(const QString &messageId) const;
    // A write's outcome, told to the health (before anything else runs on this
    // connection: the rollback that may follow would replace SQLite's error).
    Status reported(Status status, bool commit = false) const;

    const Database &m_db;
    mutable StatementCache m_statements;
    WriteHealth *m_health = nullptr;
    const Clock *m_clock;
};

// The next attempt after `roundAttempts` failed ones: nullopt when the schedule is
// used up (the message has failed for good).
std::optional<std::chrono::milliseconds> webhookRetryDelay(const QList<std::chrono::milliseconds> &schedule,
                                                           int roundAttempts);

} // namespace sendivent
