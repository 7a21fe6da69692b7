// The webhook outbox in core: messages are written in the transaction of the status
// change they announce (and roll back with it), only for subscribed events of an
// active endpoint, with the reference's payload; attempts and their verdicts.
#include <deliveries/deliverystore.h>
#include <storage/database.h>
#include <webhooks/webhookoutbox.h>
#include <webhooks/webhookservice.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace sendivent;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_WebhookOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rollsBackWithTheStatusChange();
    void payloadOfEachChange();
    void onlySubscribedEventsOfActiveEndpoints();
    void owedOutcomesInOneBatch();
    void attemptsAndVerdicts();
    void goneDisablesAndCancels();
    void retryDelays();
    void interruptedAttemptsCount();

private:
    Delivery sentDelivery(const QString &uuid);
    qint64 count(const QString &sql);
    Webhook createEndpoint(const QStringList &events);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_WebhookOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(u"test.db"_s));
    QVERIFY(m_db->open().ok());
}

void tst_WebhookOutbox::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Delivery tst_WebhookOutbox::sentDelivery(const QString &uuid)
{
    const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'780'000'000'000, Qt::UTC);
    Delivery d;
    d.requestId = u"req_0123"_s;
    d.uuid = uuid;
    d.channel = Channel::Email;
    d.status = u"sent"_s;
    d.eventName = u"order.confirmed"_s;
    d.recipient = u"jane@example.com"_s;
    d.provider = u"ses"_s;
    d.messageId = u"ses-1"_s;
    d.createdAt = t0;
    d.sentAt = t0.addMSecs(7);
    d.timeline = {{u"queued"_s, t0, {}}, {u"rendered"_s, t0.addMSecs(3), {}}, {u"sent"_s, t0.addMSecs(7), {}}};
    return d;
}

qint64 tst_WebhookOutbox::count(const QString &sql)
{
    auto q = execSql(*m_db, sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

Webhook tst_WebhookOutbox::createEndpoint(const QStringList &events)
{
    WebhookInput in;
    in.url = u"https://app.example/hook"_s;
    in.enabledEvents = events;
    auto created = WebhookService(*m_db).create(in);
    if (!created)
        qFatal("cannot create the endpoint");
    return *created;
}

void tst_WebhookOutbox::rollsBackWithTheStatusChange()
{
    createEndpoint({u"delivery.sent"_s});
    DeliveryStore store(*m_db);
    {
        Transaction tx(*m_db);
        QVERIFY(store.insert(sentDelivery(u"d-1"_s)).ok());
        QCOMPARE(count(u"SELECT count(*) FROM webhook_messages"_s), 1); // inside the transaction
    } // rolled back
    QCOMPARE(count(u"SELECT count(*) FROM deliveries"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM webhook_messages"_s), 0);
    {
        Transaction tx(*m_db);
        QVERIFY(store.insert(sentDelivery(u"d-1"_s)).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(count(u"SELECT count(*) FROM webhook_messages WHERE state = 'pending' AND delivery_uuid = 'd-1'"_s), 1);
}

void tst_WebhookOutbox::payloadOfEachChange()
{
    createEndpoint(webhookEventTypes());
    DeliveryStore store(*m_db);
    QVERIFY(store.insert(sentDelivery(u"d-2"_s)).ok());
    const QDateTime deliveredAt = QDateTime::fromMSecsSinceEpoch(1'780'000'000'500, Qt::UTC);
    QVERIFY(*store.recordOutcome(u"d-2"_s, u"delivered"_s, u"Delivered"_s, deliveredAt));
    QVERIFY(*store.recordOutcome(u"d-2"_s, u"complained"_s, u"Complaint (abuse)"_s, deliveredAt.addSecs(60)));

    auto q = execSql(*m_db, u"SELECT message_id, payload FROM webhook_messages ORDER BY id"_s);
    QVERIFY(q.ok());
    QList<Json> payloads;
    while (q->next()) {
        Json p = parseJson(q->value(1).toByteArray()).value();
        // The request that sent the delivery, and its environment (DESIGN §8).
        QCOMPARE(p["request_id"], Json("req_0123"));
        QCOMPARE(p["environment"], Json("sandbox"));
        p.erase("request_id");
        p.erase("environment");
        payloads << p;
    }
    QCOMPARE(payloads.size(), 3);
    QCOMPARE(payloads[0], Json::parse(R"j({"event":"delivery.sent","delivery":{"uuid":"d-2","channel":"email",
        "status":"sent","event_name":"order.confirmed","message_id":"ses-1","sent_at":"2026-05-28T20:26:40.007Z",
        "delivered_at":null,"error":null},"timestamp":"2026-05-28T20:26:40.007Z"})j"));
    QCOMPARE(payloads[1], Json::parse(R"j({"event":"delivery.delivered","delivery":{"uuid":"d-2","channel":"email",
        "status":"delivered","event_name":"order.confirmed","message_id":"ses-1","sent_at":"2026-05-28T20:26:40.007Z",
        "delivered_at":"2026-05-28T20:26:40.500Z","error":null},"timestamp":"2026-05-28T20:26:40.500Z"})j"));
    QCOMPARE(payloads[2], Json::parse(R"j({"event":"delivery.complained","delivery":{"uuid":"d-2","channel":"email",
        "status":"complained","event_name":"order.confirmed","message_id":"ses-1","sent_at":"2026-05-28T20:26:40.007Z",
        "delivered_at":"2026-05-28T20:26:40.500Z","error":"Complaint (abuse)"},"timestamp":"2026-05-28T20:27:40.500Z"})j"));
}

void tst_WebhookOutbox::onlySubscribedEventsOfActiveEndpoints()
{
    DeliveryStore store(*m_db);
    QVERIFY(store.insert(sentDelivery(u"before"_s)).ok()); // no endpoint yet
    const Webhook w = createEndpoint({u"delivery.bounced"_s});
    QVERIFY(store.insert(sentDelivery(u"d-3"_s)).ok());    // sent: not subscribed
    QVERIFY(*store.recordOutcome(u"d-3"_s, u"bounced"_s, u"Permanent bounce"_s, QDateTime::currentDateTimeUtc()));
    QCOMPARE(count(u"SELECT count(*) FROM webhook_messages"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM webhook_messages WHERE event_type = 'delivery.bounced'"_s), 1);

    WebhookInput off;
    off.isActive = false;
    QVERIFY(WebhookService(*m_db).update(w.uuid, off).ok());
    // Turning it off cancelled the pending one, and nothing new is queued.
    QCOMPARE(count(u"SELECT count(*) FROM webhook_messages WHERE state = 'cancelled'"_s), 1);
    QVERIFY(store.insert(sentDelivery(u"d-4"_s)).ok());
    QVERIFY(*store.recordOutcome(u"d-4"_s, u"bounced"_s, u"Permanent bounce"_s, QDateTime::currentDateTimeUtc()));
    QCOMPARE(count(u"SELECT count(*) FROM webhook_messages"_s), 1);
}

void tst_WebhookOutbox::owedOutcomesInOneBatch()
{
    createEndpoint({u"delivery.delivered"_s, u"delivery.bounced"_s});
    DeliveryStore store(*m_db);
    QList<PendingOutcome> owed;
    for (int i = 0; i < 5; ++i) {
        const QString uuid = u"b-%1"_s.arg(i);
        const PendingOutcome o{uuid, i % 2 ? u"bounced"_s : u"delivered"_s, i % 2 ? u"Bounce"_s : QString()};
        QVERIFY(store.insert(sentDelivery(uuid), o).ok());
        owed << o;
    }
    Transaction tx(*m_db);
    const auto changed = store.recordOwedOutcomes(owed, QDateTime::currentDateTimeUtc());
    QVERIFY(changed.ok());
    QCOMPARE(changed->size(), 5);
    QVERIFY(tx.commit().ok());
    QCOMPARE(count(u"SELECT count(*) FROM webhook_messages WHERE event_type = 'delivery.delivered'"_s), 3);
    QCOMPARE(count(u"SELECT count(*) FROM webhook_messages WHERE event_type = 'delivery.bounced'"_s), 2);
    // Settled: recording them again changes nothing and queues nothing.
    QCOMPARE(store.recordOwedOutcomes(owed, QDateTime::currentDateTimeUtc())->size(), 0);
    QCOMPARE(count(u"SELECT count(*) FROM webhook_messages"_s), 5);
}

void tst_WebhookOutbox::attemptsAndVerdicts()
{
    const Webhook w = createEndpoint({u"delivery.sent"_s});
    DeliveryStore store(*m_db);
    QVERIFY(store.insert(sentDelivery(u"d-5"_s)).ok());
    WebhookOutbox outbox(*m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto due = outbox.due(now, 10, {});
    QVERIFY(due.ok());
    QCOMPARE(due->size(), 1);
    const DueWebhookMessage m = due->first();
    QCOMPARE(m.url, w.url);
    QCOMPARE(m.secret, w.signingSecret);
    QVERIFY(m.messageId.startsWith(u"msg_"_s));
    QVERIFY(outbox.due(now, 10, {m.rowId})->isEmpty()); // busy ones are skipped

    WebhookAttempt failed{1, now, w.url, 500, 12, u"boom"_s, u"HTTP 500"_s, {}, {}, {}, -1};
    failed.requestHeaders = u"webhook-id: %1\nwebhook-signature: v1,abc=\n"_s.arg(m.messageId);
    failed.responseHeaders = u"Content-Type: text/plain\n"_s;
    failed.responseBytes = 9000;
    QVERIFY(outbox.recordAttempt(m, failed, {WebhookVerdict::Kind::Retry, now.addSecs(30)}).ok());
    // The detail's fields: headers both ways, the answer's size, the message's next retry.
    const auto recent = outbox.recentAttempts(10);
    QCOMPARE(recent->size(), 1);
    QCOMPARE(recent->first().attempt.requestHeaders, failed.requestHeaders);
    QCOMPARE(recent->first().attempt.responseHeaders, failed.responseHeaders);
    QCOMPARE(recent->first().attempt.responseBytes, 9000);
    QCOMPARE(recent->first().nextAttemptAt.toMSecsSinceEpoch(), now.addSecs(30).toMSecsSinceEpoch());
    QVERIFY(recent->first().payload.contains("\"uuid\":\"d-5\""));
    QCOMPARE(outbox.recentAttempts(10, {u"failed"_s, {}, {}, {}})->size(), 1);
    QCOMPARE(outbox.recentAttempts(10, {u"delivered"_s, {}, {}, {}})->size(), 0);
    QCOMPARE(outbox.recentAttempts(10, {{}, u"delivery.sent"_s, u"d-5"_s, {}})->size(), 1);
    QCOMPARE(outbox.recentAttempts(10, {{}, u"delivery.failed"_s, {}, {}})->size(), 0);
    QCOMPARE(outbox.recentAttempts(10, {{}, {}, u"d-other"_s, {}})->size(), 0);
    QCOMPARE(outbox.recentAttempts(10, {{}, {}, {}, m.messageId})->size(), 1);
    QVERIFY(outbox.due(now, 10, {})->isEmpty());
    QCOMPARE(*outbox.nextDue(), std::optional<QDateTime>(QDateTime::fromMSecsSinceEpoch(now.addSecs(30).toMSecsSinceEpoch(), Qt::UTC)));
    auto again = outbox.due(now.addSecs(31), 10, {});
    QCOMPARE(again->size(), 1);
    QCOMPARE(again->first().roundAttempts, 1);
    WebhookAttempt ok{2, now.addSecs(31), w.url, 204, 3, {}, {}, {}, {}, {}, -1};
    QVERIFY(outbox.recordAttempt(again->first(), ok, {WebhookVerdict::Kind::Delivered, {}}).ok());
    QVERIFY(!outbox.nextDue()->has_value());

    const Json attempts = outbox.attemptsJson(u"d-5"_s).value();
    QCOMPARE(attempts.size(), size_t(2));
    QCOMPARE(attempts[0]["status"], Json(500));
    QCOMPARE(attempts[0]["error"], Json("HTTP 500"));
    QCOMPARE(attempts[0]["response_excerpt"], Json("boom"));
    QCOMPARE(attempts[0]["response_bytes"], Json(9000));
    QCOMPARE(attempts[0]["request_headers"], Json(failed.requestHeaders.toStdString()));
    QCOMPARE(attempts[0]["delivery_uuid"], Json("d-5"));
    QCOMPARE(attempts[1]["response_bytes"], Json(nullptr)); // not told
    QCOMPARE(attempts[1]["status"], Json(204));
    QCOMPARE(attempts[1]["attempt"], Json(2));
    QCOMPARE(attempts[1]["message_state"], Json("delivered"));
    QCOMPARE(outbox.find(m.messageId)->attempts, 2);

    // Resend: due again at once, same id, schedule from the start.
    const auto resent = outbox.resend(m.messageId);
    QVERIFY(resent.ok());
    QCOMPARE(resent->state, u"pending"_s);
    QCOMPARE(outbox.due(QDateTime::currentDateTimeUtc(), 10, {})->first().roundAttempts, 0);
    QCOMPARE(outbox.resend(u"msg_unknown"_s).error().code, ErrorCode::WebhookNotFound);

    // A reset while an attempt is in flight: the attempt is dropped quietly.
    QVERIFY(outbox.clear().ok());
    QVERIFY(outbox.recordAttempt(m, failed, {WebhookVerdict::Kind::Failed, {}}).ok());
    QCOMPARE(count(u"SELECT count(*) FROM webhook_attempts"_s), 0);
}

void tst_WebhookOutbox::goneDisablesAndCancels()
{
    const Webhook w = createEndpoint({u"delivery.sent"_s});
    DeliveryStore store(*m_db);
    QVERIFY(store.insert(sentDelivery(u"g-1"_s)).ok());
    QVERIFY(store.insert(sentDelivery(u"g-2"_s)).ok());
    WebhookOutbox outbox(*m_db);
    const auto due = outbox.due(QDateTime::currentDateTimeUtc(), 1, {});
    QCOMPARE(due->size(), 1);
    WebhookAttempt gone{1, QDateTime::currentDateTimeUtc(), w.url, 410, 5, {}, u"HTTP 410"_s, {}, {}, {}, -1};
    QVERIFY(outbox.recordAttempt(due->first(), gone, {WebhookVerdict::Kind::Gone, {}}).ok());
    QVERIFY(!(*WebhookService(*m_db).current())->isActive);
    QCOMPARE(count(u"SELECT count(*) FROM webhook_messages WHERE state = 'failed'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM webhook_messages WHERE state = 'cancelled'"_s), 1);
    QVERIFY(!outbox.nextDue()->has_value());
    QCOMPARE(outbox.resend(due->first().messageId).error().code, ErrorCode::Conflict);
    QCOMPARE(outbox.enqueueTest(w.uuid, u"delivery.sent"_s).error().code, ErrorCode::Conflict);
}

void tst_WebhookOutbox::retryDelays()
{
    const QList<std::chrono::milliseconds> schedule{5s, 300s};
    QCOMPARE(webhookRetryDelay(schedule, 1), std::optional<std::chrono::milliseconds>(5s));
    QCOMPARE(webhookRetryDelay(schedule, 2), std::optional<std::chrono::milliseconds>(300s));
    QVERIFY(!webhookRetryDelay(schedule, 3).has_value());
    QVERIFY(!webhookRetryDelay({}, 1).has_value());
}

void tst_WebhookOutbox::interruptedAttemptsCount()
{
    // What a crash left marked in flight is recorded as interrupted and counts: the
    // next attempt waits the schedule's next step from now; a schedule used up fails
    // the message; a message not in flight is left alone.
    createEndpoint({u"delivery.sent"_s});
    DeliveryStore store(*m_db);
    for (const QString &uuid : {u"d-a"_s, u"d-b"_s, u"d-c"_s})
        QVERIFY(store.insert(sentDelivery(uuid)).ok());
    WebhookOutbox outbox(*m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto due = outbox.due(now, 10, {});
    QVERIFY(due.ok());
    QCOMPARE(due->size(), 3);
    const DueWebhookMessage a = due->at(0), b = due->at(1);
    QVERIFY(outbox.claim(a.rowId, now, now.addSecs(20)).ok());
    QVERIFY(outbox.claim(b.rowId, now, now.addSecs(20)).ok());
    QVERIFY(execSql(*m_db, u"UPDATE webhook_messages SET round_attempts = 2 WHERE id = ?"_s, {b.rowId}).ok());

    const QDateTime later = now.addSecs(3);
    auto recorded = outbox.recordInterrupted({5s, 300s}, later);
    QVERIFY(recorded.ok());
    QCOMPARE(*recorded, 2);
    QCOMPARE(count(u"SELECT count(*) FROM webhook_messages WHERE attempt_started_at IS NOT NULL"_s), 0);
    const WebhookMessage ma = outbox.find(a.messageId).value();
    QCOMPARE(ma.state, u"pending"_s);
    QCOMPARE(ma.attempts, 1);
    QCOMPARE(ma.nextAttemptAt.toMSecsSinceEpoch(), later.addSecs(5).toMSecsSinceEpoch());
    QCOMPARE(outbox.find(b.messageId)->state, u"failed"_s); // its third attempt: the schedule is used up
    QCOMPARE(outbox.find(due->at(2).messageId)->attempts, 0);

    auto log = outbox.recentAttempts(10);
    QVERIFY(log.ok());
    QCOMPARE(log->size(), 2);
    for (const WebhookAttemptEntry &e : std::as_const(*log)) {
        QCOMPARE(e.attempt.outcome, u"interrupted"_s);
        QCOMPARE(e.attempt.status, 0);
        QCOMPARE(e.attempt.attempt, 1);
        QCOMPARE(e.attempt.startedAt.toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
        QCOMPARE(e.attempt.url, u"https://app.example/hook"_s);
        QVERIFY(e.attempt.error.startsWith(u"Interrupted"_s));
    }
    auto trace = outbox.attemptsJson(u"d-a"_s);
    QVERIFY(trace.ok());
    QCOMPARE((*trace)[0]["outcome"], Json("interrupted"));
    // Nothing is left to recover; an ordinary attempt says how it went.
    QCOMPARE(*outbox.recordInterrupted({5s}, later), 0);
    WebhookAttempt ok;
    ok.startedAt = later;
    ok.url = u"https://app.example/hook"_s;
    ok.status = 200;
    QVERIFY(outbox.recordAttempt(due->at(2), ok, {WebhookVerdict::Kind::Delivered, {}}).ok());
    QCOMPARE((*outbox.attemptsJson(u"d-c"_s))[0]["outcome"], Json("delivered"));
}

QTEST_GUILESS_MAIN(tst_WebhookOutbox)
#include "tst_webhookoutbox.moc"
