// The local backend over a temporary database: the same interface as the remote
// one, answered from the core services at once.
#include <backend/localbackend.h>
#include <changenotifier.h>
#include <localservices.h>
#include <storage/database.h>

#include <jsoncompare.h>

#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace sendivent;
using namespace Qt::StringLiterals;

namespace {

// The services run on this thread: most calls answer at once, a send once the writer
// has committed its group (this thread's event loop hears of it).
template <typename T>
T take(const QFuture<T> &future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 30'000))
        qFatal("a local call did not answer");
    return future.result();
}

// The services on a thread of their own over a fresh demo workspace, as the console
// runs them (its server thread).
struct ServicesOnAThread
{
    ServicesOnAThread()
    {
        thread.start();
        anchor.moveToThread(&thread);
        onThread([this] {
            db = std::make_unique<Database>(dir.filePath(u"sendivent.db"_s));
            if (db->open().ok()) {
                core = std::make_unique<test::LocalServices>(*db);
                seeded = core->services.workspace.seedDemoIfEmpty().ok();
            }
        });
    }
    ~ServicesOnAThread()
    {
        onThread([this] {
            core.reset();
            db.reset();
            anchor.moveToThread(nullptr); // to be destroyed here after the thread is gone
        });
        thread.quit();
        thread.wait();
    }
    void onThread(const std::function<void()> &work)
    {
        QMetaObject::invokeMethod(&anchor, work, Qt::BlockingQueuedConnection);
    }

    QThread thread;
    QObject anchor;
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<test::LocalServices> core;
    bool seeded = false;
};

} // namespace

class tst_LocalBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eventsAndIntegrations();
    void contacts();
    void pagingIsChecked();
    void sendDeliveriesAndTrace();
    void sendErrors();
    void webhooks();
    void answersFinishOnTheCallersThread();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<test::LocalServices> m_core;
    Services *m_services = nullptr;
    std::unique_ptr<LocalBackend> m_backend;
};

void tst_LocalBackend::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(u"sendivent.db"_s));
    QVERIFY(m_db->open().ok());
    m_notifier = std::make_unique<ChangeNotifier>();
    m_core = std::make_unique<test::LocalServices>(*m_db, m_notifier.get());
    m_services = &m_core->services;
    m_backend = std::make_unique<LocalBackend>(*m_services);
    QVERIFY(m_services->workspace.seedDemoIfEmpty().ok());
}

void tst_LocalBackend::cleanup()
{
    m_backend.reset();
    m_core.reset();
    m_notifier.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_LocalBackend::eventsAndIntegrations()
{
    QVERIFY(m_backend->isLocal());
    const auto events = take(m_backend->events());
    QVERIFY(events.ok());
    QVERIFY(!events->isEmpty());
    QVERIFY(take(m_backend->event(u"order.confirmed"_s)).ok());
    QCOMPARE(take(m_backend->event(u"nope"_s)).error().code, ErrorCode::EventNotFound);
    QVERIFY(!take(m_backend->integrations())->isEmpty());
}

void tst_LocalBackend::contacts()
{
    QSignalSpy changed(m_backend.get(), &Backend::dataChanged);
    ContactInput in;
    in.email = u"lin@example.com"_s;
    in.name = u"Lin"_s;
    const auto saved = take(m_backend->saveContact(in));
    QVERIFY(saved.ok());
    QVERIFY(saved->created);
    QVERIFY(!take(m_backend->saveContact(in))->created);
    QCOMPARE(take(m_backend->contact(u"lin@example.com"_s))->uuid, saved->contact.uuid);

    ContactInput patch;
    patch.phone = u"+46701112233"_s;
    QCOMPARE(take(m_backend->updateContact(u"lin@example.com"_s, patch))->phone, u"+46701112233"_s);
    QCOMPARE(take(m_backend->addPushToken(u"lin@example.com"_s, u"tok"_s))->pushTokens, QStringList{u"tok"_s});
    QVERIFY(take(m_backend->removePushToken(u"lin@example.com"_s, u"tok"_s))->pushTokens.isEmpty());

    const auto page = take(m_backend->contacts(u"lin@"_s, 10, 0));
    QVERIFY(page.ok());
    QCOMPARE(page->total, 1);

    QVERIFY(take(m_backend->deleteContact(u"lin@example.com"_s)).ok());
    QCOMPARE(take(m_backend->contact(u"lin@example.com"_s)).error().code, ErrorCode::ContactNotFound);
    // Through the notifier, as the server's writes reach the GUI.
    QTRY_VERIFY(changed.count() >= 1);
}

void tst_LocalBackend::pagingIsChecked()
{
    const auto contacts = take(m_backend->contacts({}, 0, 0));
    QCOMPARE(contacts.error().code, ErrorCode::ValidationError);
    QCOMPARE(contacts.error().details.first().field, u"limit"_s);
    DeliveryQuery query;
    query.offset = -1;
    QCOMPARE(take(m_backend->deliveries(query)).error().details.first().field, u"offset"_s);
    query = {};
    query.statuses = {u"lost"_s};
    QCOMPARE(take(m_backend->deliveries(query)).error().details.first().field, u"status"_s);
}

void tst_LocalBackend::sendDeliveriesAndTrace()
{
    const auto sent = take(m_backend->send(u"order.confirmed"_s, std::nullopt,
                                           Json{{"to", "buyer@example.com"}, {"payload", {{"order", 7}}}}));
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QVERIFY(sent->success);
    QCOMPARE(sent->deliveries.first().first, Channel::Email);
    QVERIFY(!sent->errors.isEmpty()); // no phone, no push token
    const QString uuid = sent->deliveries.first().second;

    const auto page = take(m_backend->deliveries({}));
    QVERIFY(page.ok());
    QVERIFY(page->total >= 1);
    DeliveryQuery emails;
    emails.channel = Channel::Email;
    emails.event = u"order.confirmed"_s;
    QCOMPARE(take(m_backend->deliveries(emails))->deliveries.first().uuid, uuid);

    // The backend's own provider emulation reports the outcome.
    QTRY_COMPARE(take(m_backend->deliveryTrace(uuid))->delivery.status, u"delivered"_s);
    const auto trace = take(m_backend->deliveryTrace(uuid));
    QCOMPARE(trace->delivery.timeline.first().event, u"queued"_s);
    QVERIFY(trace->delivery.content.contains("subject"));
    QCOMPARE(take(m_backend->deliveryTrace(u"missing"_s)).error().code, ErrorCode::DeliveryNotFound);
}

void tst_LocalBackend::sendErrors()
{
    QCOMPARE(take(m_backend->send(u"nope"_s, std::nullopt, Json{{"to", "a@example.com"}, {"payload", Json::object()}})).error().code,
             ErrorCode::EventNotFound);
    QCOMPARE(take(m_backend->send(u"order.confirmed"_s, std::nullopt, Json{{"payload", Json::object()}})).error().code,
             ErrorCode::ValidationError);
    const auto none = take(m_backend->send(u"order.confirmed"_s, Channel::Sms, Json{{"to", "a@example.com"}, {"payload", Json::object()}}));
    QVERIFY(none.ok());
    QVERIFY(!none->success);
    QCOMPARE(none->errors.first().code, ErrorCode::MissingIdentifier);
}

void tst_LocalBackend::webhooks()
{
    const auto none = take(m_backend->webhook());
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());

    WebhookInput bad;
    bad.url = u"ftp://app.test/hook"_s;
    bad.enabledEvents = QStringList{u"delivery.sent"_s, u"delivery.opened"_s};
    const auto refused = take(m_backend->createWebhook(bad));
    QCOMPARE(refused.error().code, ErrorCode::ValidationError);
    QCOMPARE(refused.error().details.size(), 2);
    QCOMPARE(refused.error().details[0].field, u"url"_s);
    QCOMPARE(refused.error().details[1].field, u"enabled_events[1]"_s);

    WebhookInput in;
    in.url = u"http://127.0.0.1:9/hook"_s;
    in.enabledEvents = QStringList{u"delivery.sent"_s};
    const auto created = take(m_backend->createWebhook(in));
    QVERIFY(created.ok());
    QVERIFY(created->signingSecret.startsWith(u"whsec_"_s));
    QVERIFY(created->isActive);
    QCOMPARE(take(m_backend->createWebhook(in)).error().code, ErrorCode::Conflict);
    const auto got = take(m_backend->webhook());
    QVERIFY(got.ok() && got->has_value());
    QCOMPARE((*got)->uuid, created->uuid);

    // A send here puts the message into the outbox in the send's own transaction;
    // the server's dispatcher sends it. The trace shows attempts only.
    const auto sent = take(m_backend->send(u"order.confirmed"_s, Channel::Email,
                                           Json{{"to", "jane@example.com"}, {"payload", Json::object()}}));
    QVERIFY(sent.ok() && sent->success);
    const QString uuid = sent->deliveries.first().second;
    auto q = execSql(*m_db, u"SELECT event_type, state FROM webhook_messages WHERE delivery_uuid = ?"_s, {uuid});
    QVERIFY(q.ok());
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), u"delivery.sent"_s);
    QCOMPARE(q->value(1).toString(), u"pending"_s);
    QVERIFY(!q->next());
    const auto trace = take(m_backend->deliveryTrace(uuid));
    QVERIFY(trace.ok());
    QCOMPARE(trace->webhookAttempts, Json::array());

    WebhookInput off;
    off.isActive = false;
    const auto updated = take(m_backend->updateWebhook(created->uuid, off));
    QVERIFY(updated.ok());
    QVERIFY(!updated->isActive);
    QVERIFY(updated->signingSecret == created->signingSecret);
    QCOMPARE(take(m_backend->updateWebhook(u"x"_s, off)).error().code, ErrorCode::WebhookNotFound);
    // Turning it off cancelled the pending message.
    q = execSql(*m_db, u"SELECT state FROM webhook_messages WHERE delivery_uuid = ?"_s, {uuid});
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toString(), u"cancelled"_s);

    QVERIFY(take(m_backend->deleteWebhook(created->uuid)).ok());
    QCOMPARE(take(m_backend->deleteWebhook(created->uuid)).error().code, ErrorCode::WebhookNotFound);
    QVERIFY(!take(m_backend->webhook())->has_value());
}

void tst_LocalBackend::answersFinishOnTheCallersThread()
{
    ServicesOnAThread server;
    QVERIFY(server.seeded);
    auto backend = std::make_unique<LocalBackend>(server.core->services);

    // A caller that blocks has the result as soon as the services stored it, with no
    // event loop running on its thread.
    QVERIFY(!backend->events().result()->isEmpty());

    // The future finishes on the caller's thread: a continuation without a context
    // runs here, and one with a context is dispatched here, where the context dies.
    const auto where = backend->events().then([](const Result<QList<Event>> &) { return QThread::currentThread(); });
    QCOMPARE(take(where), QThread::currentThread());

    // Contexts destroyed with calls in flight: none of their continuations runs, and
    // a live context's still does.
    int ran = 0;
    for (int i = 0; i < 50; ++i) {
        auto *context = new QObject;
        for (int j = 0; j < 10; ++j)
            backend->contacts(QString(), 10, 0).then(context, [&ran](const Result<ContactPage> &) { ++ran; });
        delete context;
    }
    QObject alive;
    bool aliveRan = false;
    backend->contacts(QString(), 10, 0).then(&alive, [&aliveRan](const Result<ContactPage> &) { aliveRan = true; });
    QTRY_VERIFY(aliveRan);
    QCOMPARE(ran, 0);

    // The backend gone with calls in flight: every future still ends (answered, or
    // cancelled with the backend's removed events), and nothing is delivered to it.
    QList<QFuture<Result<QList<Event>>>> pending;
    for (int i = 0; i < 20; ++i)
        pending << backend->events();
    backend.reset();
    for (const auto &future : std::as_const(pending))
        QVERIFY(QTest::qWaitFor([&future] { return future.isFinished(); }, 10'000));
}

QTEST_GUILESS_MAIN(tst_LocalBackend)
#include "tst_localbackend.moc"
