#include "webhookoutbox.h"

#include "base/timeutil.h"
#include "emulation/clock.h"
#include "storage/database.h"
#include "storage/writehealth.h"
#include "webhook.h"

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString newMessageId()
{
    return u"msg_"_s + randomUuid().remove(u'-');
}

Json orNull(const QString &s)
{
    return s.isEmpty() ? Json(nullptr) : Json(toStd(s));
}

Json timeOrNull(const QDateTime &t)
{
    return t.isValid() ? Json(toStd(isoTimestamp(t))) : Json(nullptr);
}

template <typename T>
Status statusOf(const Result<T> &result)
{
    return result ? Status() : Status(result.error());
}

// Attempts stored before attempts had an outcome read as what their status says.
const QString kOutcomeColumn = u"coalesce(a.outcome, CASE WHEN a.status BETWEEN 200 AND 299 AND a.error IS NULL"
                               u" THEN 'delivered' ELSE 'failed' END)"_s;

const QString kInterruptedError = u"Interrupted: the console stopped before the endpoint answered"
                                  u" (the endpoint may have received the message)"_s;

const QString kMessageColumns = u"message_id, event_type, delivery_uuid, payload, state, attempt_count, created_at,"
                                u" next_attempt_at, last_error"_s;

WebhookMessage readMessage(const StatementCache::Row &q)
{
    WebhookMessage m;
    m.messageId = q.value(0).toString();
    m.eventType = q.value(1).toString();
    m.deliveryUuid = q.value(2).toString();
    m.payload = q.value(3).toByteArray();
    m.state = q.value(4).toString();
    m.attempts = q.value(5).toInt();
    m.createdAt = fromStoredTime(q.value(6));
    m.nextAttemptAt = fromStoredTime(q.value(7));
    m.lastError = q.value(8).toString();
    return m;
}

} // namespace

std::optional<std::chrono::milliseconds> webhookRetryDelay(const QList<std::chrono::milliseconds> &schedule,
                                                           int roundAttempts)
{
    if (roundAttempts < 1 || roundAttempts > schedule.size())
        return std::nullopt;
    return schedule[roundAttempts - 1];
}

WebhookOutbox::WebhookOutbox(const Database &db, const Clock *clock)
    : m_db(db)
    , m_statements(db)
    , m_clock(clock)
{
}

Status WebhookOutbox::reported(Status status, bool commit) const
{
    if (!m_health)
        return status;
    return m_health->report(m_db, std::move(status), commit ? WriteHealth::Stage::Commit : WriteHealth::Stage::Statement);
}

Json WebhookOutbox::payload(const Delivery &d, const QDateTime &at)
{
    return Json{{"event", toStd(u"delivery."_s + d.status)},
                {"delivery",
                 {{"uuid", toStd(d.uuid)},
                  {"channel", toStd(channelName(d.channel))},
                  {"status", toStd(d.status)},
                  {"event_name", toStd(d.eventName)},
                  {"message_id", orNull(d.messageId)},
                  {"sent_at", timeOrNull(d.sentAt)},
                  {"delivered_at", timeOrNull(d.deliveredAt)},
                  {"error", orNull(d.error)}}},
                {"request_id", orNull(d.requestId)},
                {"timestamp", toStd(isoTimestamp(at))},
                {"environment", toStd(environmentName(d.environment))}};
}

Status WebhookOutbox::enqueue(const QList<Delivery> &deliveries, const QDateTime &at)
{
    // Almost always zero or one endpoint; read per call so a change made on another
    // connection (the GUI's) counts at once.
    QList<QPair<qint64, QStringList>> endpoints;
    Status s = m_statements.query(u"SELECT id, enabled_events FROM webhooks WHERE is_active = 1"_s, {},
                                  [&](const StatementCache::Row &q) {
                                      QStringList events;
                                      if (auto list = parseJson(q.value(1).toString().toUtf8());
                                          list && list->is_array()) {
                                          for (const Json &e : *list) {
                                              if (e.is_string())
                                                  events << toQt(e.get<std::string>());
                                          }
                                      }
                                      endpoints.append({q.value(0).toLongLong(), events});
                                  });
    if (!s || endpoints.isEmpty())
        return s;
    const QVariant when = toStoredTime(at);
    for (const Delivery &d : deliveries) {
        const QString event = u"delivery."_s + d.status;
        if (!webhookEventTypes().contains(event))
            continue;
        for (const auto &[webhookId, events] : std::as_const(endpoints)) {
            if (!events.contains(event))
                continue;
            const QString messageId = newMessageId();
            auto added = m_statements.exec(
                u"INSERT INTO webhook_messages (message_id, webhook_id, delivery_uuid, event_type, payload, state,"
                u" created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)"_s,
                {messageId, webhookId, d.uuid, event, dumpJson(payload(d, at)), when, when});
            if (!added)
                return added.error();
        }
    }
    return {};
}

Result<WebhookMessage> WebhookOutbox::enqueueTest(const QString &webhookUuid, const QString &eventType,
                                                  Environment environment, const QString &requestId)
{
    if (!webhookEventTypes().contains(eventType))
        return Error::validation(
            u"Unknown event type '%1'"_s.arg(eventType),
            {{u"event"_s, u"must be one of %1"_s.arg(webhookEventTypes().join(u", "_s))}});
    qint64 webhookId = 0;
    bool active = false;
    Status s = m_statements.query(u"SELECT id, is_active FROM webhooks WHERE uuid = ?"_s, {webhookUuid},
                                  [&](const StatementCache::Row &q) {
                                      webhookId = q.value(0).toLongLong();
                                      active = q.value(1).toBool();
                                  });
    if (!s)
        return s.error();
    if (webhookId == 0)
        return Error{ErrorCode::WebhookNotFound, u"Webhook '%1' not found"_s.arg(webhookUuid), {}};
    if (!active)
        return Error{ErrorCode::Conflict, u"The webhook is disabled; enable it (is_active: true) first"_s, {}};

    // A made-up delivery in the state the event announces, recognisable by its
    // event name and message id.
    const QDateTime now = clockNow(m_clock);
    Delivery d;
    d.uuid = randomUuid();
    d.channel = Channel::Email;
    d.status = eventType.mid(QStringLiteral("delivery.").size());
    d.eventName = u"webhook.test"_s;
    d.messageId = u"test-"_s + randomUuid();
    d.sentAt = now;
    d.environment = environment;
    d.requestId = requestId.isEmpty() ? newRequestId() : requestId;
    if (d.status == u"delivered"_s || d.status == u"complained"_s)
        d.deliveredAt = now;
    if (d.status == u"failed"_s || d.status == u"bounced"_s || d.status == u"complained"_s)
        d.error = u"Test event: %1"_s.arg(d.status);
    const QString messageId = newMessageId();
    auto added = m_statements.exec(
        u"INSERT INTO webhook_messages (message_id, webhook_id, delivery_uuid, event_type, payload, state,"
        u" created_at, next_attempt_at) VALUES (?, ?, NULL, ?, ?, 'pending', ?, ?)"_s,
        {messageId, webhookId, eventType, dumpJson(payload(d, now)), toStoredTime(now), toStoredTime(now)});
    if (Status written = reported(statusOf(added)); !written)
        return written.error();
    return findMessage(messageId);
}

Result<WebhookMessage> WebhookOutbox::resend(const QString &messageId)
{
    qint64 rowId = 0;
    QVariant webhookId;
    bool active = false;
    Status s = m_statements.query(u"SELECT m.id, m.webhook_id, w.is_active FROM webhook_messages m"
                                  u" LEFT JOIN webhooks w ON w.id = m.webhook_id WHERE m.message_id = ?"_s,
                                  {messageId}, [&](const StatementCache::Row &q) {
                                      rowId = q.value(0).toLongLong();
                                      webhookId = q.value(1);
                                      active = q.value(2).toBool();
                                  });
    if (!s)
        return s.error();
    if (rowId == 0)
        return Error{ErrorCode::WebhookNotFound, u"Webhook message '%1' not found"_s.arg(messageId), {}};
    if (webhookId.isNull())
        return Error{ErrorCode::Conflict, u"The endpoint of message '%1' was deleted"_s.arg(messageId), {}};
    if (!active)
        return Error{ErrorCode::Conflict, u"The webhook is disabled; enable it (is_active: true) first"_s, {}};
    auto updated = m_statements.exec(u"UPDATE webhook_messages SET state = 'pending', round_attempts = 0,"
                                     u" next_attempt_at = ?, last_error = NULL WHERE id = ?"_s,
                                     {toStoredTime(clockNow(m_clock)), rowId});
    if (Status written = reported(statusOf(updated)); !written)
        return written.error();
    return findMessage(messageId);
}

Result<QList<DueWebhookMessage>> WebhookOutbox::due(const QDateTime &now, int limit, const QSet<qint64> &busy) const
{
    QList<DueWebhookMessage> out;
    Status s = m_statements.query(
        u"SELECT m.id, m.webhook_id, m.message_id, m.payload, w.url, w.signing_secret, m.attempt_count,"
        u" m.round_attempts FROM webhook_messages m JOIN webhooks w ON w.id = m.webhook_id"
        u" WHERE m.state = 'pending' AND m.next_attempt_at <= ? AND w.is_active = 1"
        u" ORDER BY m.next_attempt_at, m.id LIMIT ?"_s,
        {toStoredTime(now), limit + int(busy.size())}, [&](const StatementCache::Row &q) {
            const qint64 id = q.value(0).toLongLong();
            if (busy.contains(id) || out.size() >= limit)
                return;
            out.append({id, q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toByteArray(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toInt(), q.value(7).toInt()});
        });
    if (!s)
        return s.error();
    return out;
}

Result<std::optional<QDateTime>> WebhookOutbox::nextDue() const
{
    std::optional<QDateTime> next;
    Status s = m_statements.query(u"SELECT min(m.next_attempt_at) FROM webhook_messages m"
                                  u" JOIN webhooks w ON w.id = m.webhook_id"
                                  u" WHERE m.state = 'pending' AND w.is_active = 1"_s,
                                  {}, [&](const StatementCache::Row &q) {
                                      if (!q.value(0).isNull())
                                          next = fromStoredTime(q.value(0));
                                  });
    if (!s)
        return s.error();
    return next;
}

Status WebhookOutbox::setNextAttempt(qint64 rowId, const QDateTime &at)
{
    auto done = m_statements.exec(u"UPDATE webhook_messages SET next_attempt_at = ? WHERE id = ? AND state = 'pending'"_s,
                                  {toStoredTime(at), rowId});
    return reported(statusOf(done));
}

Status WebhookOutbox::claim(qint64 rowId, const QDateTime &startedAt, const QDateTime &until)
{
    auto done = m_statements.exec(u"UPDATE webhook_messages SET next_attempt_at = ?, attempt_started_at = ?"
                                  u" WHERE id = ? AND state = 'pending'"_s,
                                  {toStoredTime(until), toStoredTime(startedAt), rowId});
    return reported(statusOf(done));
}

Result<int> WebhookOutbox::recordInterrupted(const QList<std::chrono::milliseconds> &schedule, const QDateTime &now,
                                             const QHash<qint64, qint64> &ranMs, bool onlyThese)
{
    if (onlyThese && ranMs.isEmpty())
        return 0;
    struct Interrupted
    {
        qint64 rowId;
        QVariant startedAt;
        int roundAttempts;
        QString url;
    };
    Transaction tx(m_db);
    if (!tx.isActive())
        return reported(databaseError()).error();
    QList<Interrupted> found;
    Status s = m_statements.query(
        u"SELECT m.id, m.attempt_started_at, m.round_attempts, coalesce(w.url, '') FROM webhook_messages m"
        u" LEFT JOIN webhooks w ON w.id = m.webhook_id WHERE m.attempt_started_at IS NOT NULL"_s,
        {}, [&](const StatementCache::Row &q) {
            const qint64 id = q.value(0).toLongLong();
            if (!onlyThese || ranMs.contains(id))
                found.append({id, q.value(1), q.value(2).toInt(), q.value(3).toString()});
        });
    if (!s)
        return s.error();
    for (const Interrupted &m : std::as_const(found)) {
        auto added = m_statements.exec(
            u"INSERT INTO webhook_attempts (message_id, seq, started_at, url, status, duration_ms, response_excerpt,"
            u" error, outcome) SELECT ?, coalesce(max(seq), 0) + 1, ?, ?, NULL, ?, NULL, ?, 'interrupted'"
            u" FROM webhook_attempts WHERE message_id = ?"_s,
            {m.rowId, m.startedAt, m.url, ranMs.value(m.rowId, 0), kInterruptedError, m.rowId});
        if (!added)
            return reported(added.error()).error();
        // It counts as an attempt: the next one waits the schedule's next step, as
        // after a failure; a message cancelled meanwhile stays cancelled.
        const auto delay = webhookRetryDelay(schedule, m.roundAttempts + 1);
        auto updated = m_statements.exec(
            u"UPDATE webhook_messages SET attempt_started_at = NULL, attempt_count = attempt_count + 1,"
            u" round_attempts = CASE WHEN state = 'pending' THEN round_attempts + 1 ELSE round_attempts END,"
            u" last_error = CASE WHEN state = 'pending' THEN ? ELSE last_error END,"
            u" next_attempt_at = CASE WHEN state = 'pending' THEN ? ELSE next_attempt_at END,"
            u" state = CASE WHEN state = 'pending' THEN ? ELSE state END WHERE id = ?"_s,
            {kInterruptedError,
             delay ? QVariant(toStoredTime(now.addMSecs(delay->count()))) : QVariant(QMetaType::fromType<qint64>()),
             delay ? u"pending"_s : u"failed"_s, m.rowId});
        if (!updated)
            return reported(updated.error()).error();
    }
    if (Status committed = reported(tx.commit(), true); !committed)
        return committed.error();
    return int(found.size());
}

Status WebhookOutbox::recordAttempt(const DueWebhookMessage &message, const WebhookAttempt &attempt,
                                    const WebhookVerdict &verdict)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return reported(databaseError());
    bool exists = false;
    Status s = m_statements.query(u"SELECT 1 FROM webhook_messages WHERE id = ?"_s, {message.rowId},
                                  [&](const StatementCache::Row &) { exists = true; });
    if (!s)
        return s;
    if (!exists)
        return {};
    auto added = m_statements.exec(
        u"INSERT INTO webhook_attempts (message_id, seq, started_at, url, status, duration_ms, response_excerpt,"
        u" error, outcome, request_headers, response_headers, response_bytes)"
        u" SELECT ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM webhook_attempts"
        u" WHERE message_id = ?"_s,
        {message.rowId, toStoredTime(attempt.startedAt), attempt.url,
         attempt.status > 0 ? QVariant(attempt.status) : QVariant(QMetaType::fromType<int>()), attempt.durationMs,
         nullable(attempt.responseExcerpt.left(kWebhookResponseBytes)), nullable(attempt.error),
         verdict.kind == WebhookVerdict::Kind::Delivered ? u"delivered"_s : u"failed"_s,
         nullable(attempt.requestHeaders), nullable(attempt.responseHeaders),
         attempt.responseBytes >= 0 ? QVariant(attempt.responseBytes) : QVariant(QMetaType::fromType<qint64>()),
         message.rowId});
    if (!added)
        return reported(added.error());

    QString state = u"pending"_s;
    QVariant next(QMetaType::fromType<qint64>());
    switch (verdict.kind) {
    case WebhookVerdict::Kind::Delivered: state = u"delivered"_s; break;
    case WebhookVerdict::Kind::Retry: next = toStoredTime(verdict.retryAt); break;
    case WebhookVerdict::Kind::Failed:
    case WebhookVerdict::Kind::Gone: state = u"failed"_s; break;
    }
    // Only a message still pending moves on: one cancelled meanwhile stays cancelled.
    auto updated = m_statements.exec(
        u"UPDATE webhook_messages SET attempt_count = attempt_count + 1, attempt_started_at = NULL,"
        u" round_attempts = CASE WHEN state = 'pending' THEN round_attempts + 1 ELSE round_attempts END,"
        u" last_error = CASE WHEN state = 'pending' THEN ? ELSE last_error END,"
        u" next_attempt_at = CASE WHEN state = 'pending' THEN ? ELSE next_attempt_at END,"
        u" state = CASE WHEN state = 'pending' THEN ? ELSE state END WHERE id = ?"_s,
        {verdict.kind == WebhookVerdict::Kind::Delivered ? QVariant(QMetaType::fromType<QString>())
                                                         : nullable(attempt.error),
         next, state, message.rowId});
    if (!updated)
        return reported(updated.error());
    if (verdict.kind == WebhookVerdict::Kind::Gone) {
        // 410 Gone: the receiver says the endpoint no longer exists (Standard Webhooks).
        auto off = m_statements.exec(u"UPDATE webhooks SET is_active = 0, updated_at = ? WHERE id = ?"_s,
                                     {toStoredTime(clockNow(m_clock)), message.webhookId});
        if (!off)
            return reported(off.error());
        auto cancelled = m_statements.exec(
            u"UPDATE webhook_messages SET state = 'cancelled', next_attempt_at = NULL,"
            u" last_error = 'The endpoint answered 410 Gone and was disabled'"
            u" WHERE webhook_id = ? AND state = 'pending'"_s,
            {message.webhookId});
        if (!cancelled)
            return reported(cancelled.error());
    }
    return reported(tx.commit(), true);
}

Result<WebhookMessage> WebhookOutbox::findMessage(const QString &messageId) const
{
    std::optional<WebhookMessage> found;
    Status s = m_statements.query(u"SELECT "_s + kMessageColumns + u" FROM webhook_messages WHERE message_id = ?"_s,
                                  {messageId}, [&](const StatementCache::Row &q) { found = readMessage(q); });
    if (!s)
        return s.error();
    if (!found)
        return Error{ErrorCode::WebhookNotFound, u"Webhook message '%1' not found"_s.arg(messageId), {}};
    return std::move(*found);
}

std::optional<WebhookMessage> WebhookOutbox::find(const QString &messageId) const
{
    auto found = findMessage(messageId);
    if (!found)
        return std::nullopt;
    return std::move(*found);
}

Result<Json> WebhookOutbox::attemptsJson(const QString &deliveryUuid) const
{
    Json attempts = Json::array();
    Status s = m_statements.query(
        u"SELECT m.message_id, m.event_type, m.state, a.seq, a.started_at, a.url, a.status, a.duration_ms,"
        u" a.response_excerpt, a.error, "_s + kOutcomeColumn + u", m.next_attempt_at, m.payload, a.request_headers,"
        u" a.response_headers, a.response_bytes FROM webhook_messages m"
        u" JOIN webhook_attempts a ON a.message_id = m.id WHERE m.delivery_uuid = ? ORDER BY a.started_at, m.id, a.seq"_s,
        {deliveryUuid}, [&](const StatementCache::Row &q) {
            attempts.push_back(Json{{"message_id", toStd(q.value(0).toString())},
                                    {"event", toStd(q.value(1).toString())},
                                    {"message_state", toStd(q.value(2).toString())},
                                    {"attempt", q.value(3).toInt()},
                                    {"timestamp", toStd(isoTimestamp(fromStoredTime(q.value(4))))},
                                    {"url", toStd(q.value(5).toString())},
                                    {"status", q.value(6).isNull() ? Json(nullptr) : Json(q.value(6).toInt())},
                                    {"duration_ms", q.value(7).toLongLong()},
                                    {"response_excerpt", orNull(q.value(8).toString())},
                                    {"error", orNull(q.value(9).toString())},
                                    {"outcome", toStd(q.value(10).toString())},
                                    {"delivery_uuid", toStd(deliveryUuid)},
                                    {"next_attempt_at", timeOrNull(fromStoredTime(q.value(11)))},
                                    {"request_body", toStd(QString::fromUtf8(q.value(12).toByteArray()))},
                                    {"request_headers", orNull(q.value(13).toString())},
                                    {"response_headers", orNull(q.value(14).toString())},
                                    {"response_bytes",
                                     q.value(15).isNull() ? Json(nullptr) : Json(q.value(15).toLongLong())}});
        });
    if (!s)
        return s.error();
    return attempts;
}

Result<QList<WebhookAttemptEntry>> WebhookOutbox::recentAttempts(int limit, const WebhookAttemptFilter &filter) const
{
    QList<WebhookAttemptEntry> out;
    QStringList terms;
    QVariantList binds;
    if (!filter.outcome.isEmpty()) {
        terms << kOutcomeColumn + u" = ?"_s;
        binds << filter.outcome;
    }
    if (!filter.eventType.isEmpty()) {
        terms << u"m.event_type = ?"_s;
        binds << filter.eventType;
    }
    if (!filter.deliveryUuid.isEmpty()) {
        terms << u"m.delivery_uuid = ?"_s; // webhook_messages_delivery
        binds << filter.deliveryUuid;
    }
    if (!filter.messageId.isEmpty()) {
        terms << u"m.message_id = ?"_s;
        binds << filter.messageId;
    }
    binds << limit;
    Status s = m_statements.query(
        u"SELECT m.message_id, m.event_type, m.delivery_uuid, m.state, a.seq, a.started_at, a.url, a.status,"
        u" a.duration_ms, a.response_excerpt, a.error, "_s + kOutcomeColumn + u", m.next_attempt_at, m.payload,"
        u" a.request_headers, a.response_headers, a.response_bytes FROM webhook_attempts a"
        u" JOIN webhook_messages m ON m.id = a.message_id"_s
            + (terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s))
            + u" ORDER BY a.started_at DESC, m.id DESC, a.seq DESC LIMIT ?"_s,
        binds, [&](const auto &q) {
            WebhookAttemptEntry e;
            e.messageId = q.value(0).toString();
            e.eventType = q.value(1).toString();
            e.deliveryUuid = q.value(2).toString();
            e.messageState = q.value(3).toString();
            e.attempt.attempt = q.value(4).toInt();
            e.attempt.startedAt = fromStoredTime(q.value(5));
            e.attempt.url = q.value(6).toString();
            e.attempt.status = q.value(7).isNull() ? 0 : q.value(7).toInt();
            e.attempt.durationMs = q.value(8).toLongLong();
            e.attempt.responseExcerpt = q.value(9).toString();
            e.attempt.error = q.value(10).toString();
            e.attempt.outcome = q.value(11).toString();
            e.nextAttemptAt = fromStoredTime(q.value(12));
            e.payload = q.value(13).toByteArray();
            e.attempt.requestHeaders = q.value(14).toString();
            e.attempt.responseHeaders = q.value(15).toString();
            e.attempt.responseBytes = q.value(16).isNull() ? -1 : q.value(16).toLongLong();
            out.append(std::move(e));
        });
    if (!s)
        return s.error();
    return out;
}

Json WebhookOutbox::messageJson(const WebhookMessage &m)
{
    return Json{{"id", toStd(m.messageId)},
                {"event", toStd(m.eventType)},
                {"delivery_uuid", orNull(m.deliveryUuid)},
                {"state", toStd(m.state)},
                {"attempts", m.attempts},
                {"created_at", toStd(isoTimestamp(m.createdAt))},
                {"next_attempt_at", timeOrNull(m.nextAttemptAt)},
                {"last_error", orNull(m.lastError)}};
}

Status WebhookOutbox::clear()
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return databaseError();
    for (const QString &sql : {u"DELETE FROM webhook_attempts"_s, u"DELETE FROM webhook_messages"_s}) {
        auto done = m_statements.exec(sql);
        if (!done)
            return done.error();
    }
    return tx.commit();
}

} // namespace sendivent
