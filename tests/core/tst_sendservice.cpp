// SendService, ProviderOutcomes and the provider emulation against a temporary
// database: what the HTTP tests cannot see — the caller's transaction, change
// notifications only after commit, and every provider's message id format.
#include <changenotifier.h>
#include <deliveries/deliverystore.h>
#include <emulation/provideroutcomes.h>
#include <emulation/providersimulator.h>
#include <send/sendservice.h>
#include <storage/database.h>
#include <storage/groupcommit.h>
#include <workspace/workspaceservice.h>

#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <atomic>
#include <semaphore>

using namespace sendivent;
using namespace Qt::StringLiterals;

class tst_SendService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void writesOnlyInTheCallersTransaction();
    void notifiesAfterPublish();
    void outcomesAreWrittenLaterInOneGo();
    void groupCommitAnswersAfterTheCommit();
    void groupCommitTakesWhatArrivesMeanwhileAsTheNextGroup();
    void outcomesCanGoThroughTheGroupCommit();
    void deliveryUuidsAreTimeOrdered();
    void requestIdsAreTimeOrdered();
    void messageIds_data();
    void messageIds();
    void simulatorVerdicts();

private:
    SendRequest request(const QString &to, const QString &channel = u"email"_s)
    {
        auto parsed
            = parseSendRequest(u"user.welcome"_s, channel, Json{{"to", toStd(to)}, {"payload", Json::object()}});
        if (!parsed)
            qFatal("bad request: %s", qPrintable(parsed.error().message));
        return *parsed;
    }
    qint64 deliveries() { return *m_store->count({}); }

    QTemporaryDir m_dir;
    ChangeNotifier m_notifier;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WorkspaceService> m_workspace;
    std::unique_ptr<DeliveryStore> m_store;
    std::unique_ptr<ProviderOutcomes> m_outcomes;
    std::unique_ptr<SendService> m_send;
};

void tst_SendService::init()
{
    m_db = std::make_unique<Database>(m_dir.filePath(u"send-%1.db"_s.arg(QDateTime::currentMSecsSinceEpoch())));
    QVERIFY(m_db->open());
    m_workspace = std::make_unique<WorkspaceService>(*m_db);
    QVERIFY(m_workspace->seedDemoIfEmpty());
    m_store = std::make_unique<DeliveryStore>(*m_db);
    m_outcomes = std::make_unique<ProviderOutcomes>(*m_db, *m_store, &m_notifier);
    m_outcomes->setDelay(std::chrono::milliseconds(20));
    m_send = std::make_unique<SendService>(*m_db, *m_workspace, *m_store, m_outcomes.get(), &m_notifier);
}

void tst_SendService::cleanup()
{
    m_send.reset();
    m_outcomes.reset();
    m_store.reset();
    m_workspace.reset();
    m_db.reset();
}

void tst_SendService::writesOnlyInTheCallersTransaction()
{
    QString uuid;
    {
        Transaction tx(*m_db);
        auto result = m_send->send(request(u"rollback@example.com"_s));
        QVERIFY(result);
        QVERIFY(m_send->store(*result));
        QCOMPARE(result->deliveries.size(), 1);
        uuid = result->deliveries.first().second;
        QVERIFY(m_store->find(uuid)->has_value()); // visible inside the transaction
    } // rolled back
    QCOMPARE(deliveries(), 0);
    QVERIFY(!m_store->find(uuid)->has_value());
}

void tst_SendService::notifiesAfterPublish()
{
    QSignalSpy changed(&m_notifier, &ChangeNotifier::deliveryChanged);
    QSignalSpy contacts(&m_notifier, &ChangeNotifier::contactsChanged);
    Transaction tx(*m_db);
    auto result = m_send->send(request(u"new.one@example.com"_s));
    QVERIFY(result);
    QVERIFY(m_send->store(*result));
    QCOMPARE(changed.size(), 0); // nothing is announced before the commit
    QCOMPARE(contacts.size(), 0);
    QVERIFY(tx.commit());
    m_send->publish(*result);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), result->deliveries.first().second);
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(m_outcomes->queued(), 1);
    QTRY_COMPARE(changed.size(), 2); // the emulated SES "delivered"
    QCOMPARE((*m_store->find(result->deliveries.first().second))->status, u"delivered"_s);
}

void tst_SendService::outcomesAreWrittenLaterInOneGo()
{
    Transaction tx(*m_db);
    QList<PendingOutcome> pending;
    for (const QString &to :
        {u"a@example.com"_s, u"bounce@simulator.amazonses.com"_s, u"complaint@simulator.amazonses.com"_s}) {
        auto result = m_send->send(request(to));
        QVERIFY(result);
        QVERIFY(m_send->store(*result));
        for (const NewDelivery &row : std::as_const(result->rows))
            pending += *row.pending;
    }
    QVERIFY(tx.commit());
    QCOMPARE(pending.size(), 3);
    QCOMPARE(m_store->pendingOutcomes()->size(), 3);
    m_outcomes->schedule(pending);
    QTRY_COMPARE(m_outcomes->queued(), 0);
    QCOMPARE(m_store->pendingOutcomes()->size(), 0);
    DeliveryFilter bounced;
    bounced.statuses = {u"bounced"_s};
    QCOMPARE(*m_store->count(bounced), 1);
}

void tst_SendService::groupCommitAnswersAfterTheCommit()
{
    QVERIFY(execSql(*m_db, u"CREATE TABLE grouped (n INTEGER)"_s));
    const auto rows = [&] {
        auto q = execSql(*m_db, u"SELECT count(*) FROM grouped"_s);
        return q && q->next() ? q->value(0).toInt() : -1;
    };
    QList<int> answered;
    QThread *const owner = QThread::currentThread();
    QSet<QThread *> writers;
    {
        GroupCommit group(*m_db);
        for (int i = 0; i < 3; ++i) {
            group.submit(
                [&, i](WriteSession &) -> Status {
                    writers.insert(QThread::currentThread()); // read once the group is answered
                    if (!execSql(*m_db, u"INSERT INTO grouped (n) VALUES (?)"_s, {i}))
                        return databaseError();
                    if (i == 1) // fails after writing: only its own row goes
                        return Error{ErrorCode::ServerError, u"second fails"_s, {}};
                    return {};
                },
                [&, i](Status s) {
                    QCOMPARE(QThread::currentThread(), owner);
                    QCOMPARE(rows(), 2); // answered only once everything is committed
                    answered.append(s ? i : -i - 1);
                });
        }
        QVERIFY(answered.isEmpty()); // nothing before the event loop comes round
        QTRY_COMPARE(answered.size(), 3);
        QCOMPARE(group.lastGroupSize(), 3);
        QCOMPARE(answered, QList<int>({0, -2, 2}));
        // The work ran on the writer thread, not on the thread that submitted it.
        QCOMPARE(writers.size(), 1);
        QVERIFY(!writers.contains(owner));

        // Destroying the group commits whatever is still queued.
        group.submit(
            [&](WriteSession &) {
                return execSql(*m_db, u"INSERT INTO grouped (n) VALUES (9)"_s) ? Status() : databaseError();
            },
            [&](Status s) { answered.append(s ? 9 : -10); });
    }
    QCOMPARE(answered.last(), 9);
    QCOMPARE(rows(), 3);
}

void tst_SendService::groupCommitTakesWhatArrivesMeanwhileAsTheNextGroup()
{
    std::atomic<bool> firstStarted = false;
    std::binary_semaphore release(0);
    QList<int> answered;
    GroupCommit group(*m_db);
    group.submit(
        [&](WriteSession &) -> Status {
            firstStarted = true;
            release.acquire(); // the writer is busy until the test says so
            return {};
        },
        [&](Status s) { answered.append(s ? 0 : -1); });
    QTRY_VERIFY(firstStarted.load());
    // This thread goes on while the writer works: these three wait for it together.
    for (int i = 1; i <= 3; ++i)
        group.submit([](WriteSession &) { return Status(); }, [&, i](Status s) { answered.append(s ? i : -1); });
    QCoreApplication::processEvents();
    QVERIFY(answered.isEmpty());
    release.release();
    QTRY_COMPARE(answered.size(), 4);
    QCOMPARE(answered, QList<int>({0, 1, 2, 3}));
    QCOMPARE(group.lastGroupSize(), 3);
}

void tst_SendService::outcomesCanGoThroughTheGroupCommit()
{
    GroupCommit group(*m_db);
    m_outcomes->setGroupCommit(&group);
    QSignalSpy changed(&m_notifier, &ChangeNotifier::deliveryChanged);
    QList<PendingOutcome> pending;
    QStringList uuids;
    {
        Transaction tx(*m_db);
        for (const QString &to : {u"a@example.com"_s, u"bounce@simulator.amazonses.com"_s}) {
            auto result = m_send->send(request(to));
            QVERIFY(result);
            QVERIFY(m_send->store(*result));
            uuids << result->deliveries.first().second;
            pending += *result->rows.first().pending;
        }
        QVERIFY(tx.commit());
    }
    m_outcomes->schedule(pending);
    QTRY_COMPARE(m_outcomes->queued(), 0);
    QCOMPARE(changed.size(), 2); // announced once written, on this thread
    QCOMPARE((*m_store->find(uuids[0]))->status, u"delivered"_s);
    QCOMPARE((*m_store->find(uuids[1]))->status, u"bounced"_s);
    QCOMPARE(m_store->pendingOutcomes()->size(), 0);
    m_outcomes.reset(); // before the group it points to
}

void tst_SendService::deliveryUuidsAreTimeOrdered()
{
    const QRegularExpression v7(u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> stamps;
    Transaction tx(*m_db);
    for (int i = 0; i < 20; ++i) {
        auto result = m_send->send(request(u"ordered@example.com"_s));
        QVERIFY(result);
        const QString uuid = result->deliveries.first().second;
        QVERIFY2(v7.match(uuid).hasMatch(), qPrintable(uuid));
        stamps << QString(uuid).remove(u'-').left(12).toLongLong(nullptr, 16);
        QTest::qWait(1);
    }
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(std::is_sorted(stamps.begin(), stamps.end()));
    QVERIFY(stamps.first() >= before && stamps.last() <= after);
}

// X-Request-Id keeps its documented form ("req_" + 32 hex digits) and starts with the
// time, so the journal's index on it grows at its end.
void tst_SendService::requestIdsAreTimeOrdered()
{
    const QRegularExpression form(u"^req_[0-9a-f]{12}7[0-9a-f]{3}[89ab][0-9a-f]{15}$"_s);
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids << newRequestId();
        QVERIFY2(form.match(ids.last()).hasMatch(), qPrintable(ids.last()));
        QTest::qWait(2);
    }
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(sorted, ids);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
}

void tst_SendService::messageIds_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("pattern");
    const QString uuid = u"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"_s;
    QTest::newRow("ses") << "ses" << u"^01[0-9a-f]{14}-"_s + uuid + u"-000000$"_s;
    QTest::newRow("sendgrid") << "sendgrid" << "^[A-Za-z0-9_-]{22}$";
    QTest::newRow("brevo") << "brevo" << "^<\\d{12}\\.\\d+@smtp-relay\\.mailin\\.fr>$";
    QTest::newRow("sns") << "sns" << u"^"_s + uuid + u"$"_s;
    QTest::newRow("cellsynt") << "cellsynt" << "^[0-9a-f]{32}$";
    QTest::newRow("slack") << "slack" << "^\\d{10}\\.\\d{6}$";
    QTest::newRow("expo") << "expo" << u"^"_s + uuid + u"$"_s;
    QTest::newRow("fcm") << "fcm" << "^projects/[a-z-]+/messages/0:\\d+%[0-9a-f]{16}$";
    QTest::newRow("apns") << "apns" << "^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[0-9A-F]{4}-[0-9A-F]{12}$";
    QTest::newRow("telegram") << "telegram" << "^[1-9]\\d*$";
    QTest::newRow("whatsapp") << "whatsapp" << "^wamid\\.[A-Za-z0-9+/=]+$";
    QTest::newRow("discord") << "discord" << "^\\d{18,20}$";
}

void tst_SendService::messageIds()
{
    QFETCH(QString, provider);
    QFETCH(QString, pattern);
    const QString id = simulatedMessageId(provider);
    QVERIFY2(QRegularExpression(pattern).match(id).hasMatch(), qPrintable(id));
    QVERIFY(simulatedMessageId(provider) != id);
}

void tst_SendService::simulatorVerdicts()
{
    const ProviderVerdict bounce
        = simulateProvider(Channel::Email, u"sendgrid"_s, u"BOUNCE+x@Simulator.AmazonSES.com"_s);
    QVERIFY(bounce.accepted());
    QCOMPARE(bounce.laterOutcome, u"bounced"_s);
    const ProviderVerdict twilio = simulateProvider(Channel::Sms, u"cellsynt"_s, u"+15005550004"_s);
    QVERIFY(!twilio.accepted());
    QVERIFY(twilio.messageId.isEmpty());
    QCOMPARE(twilio.rejection, u"Cellsynt refused the message: +15005550004 has opted out of receiving SMS"_s);
    // Twilio's numbers are SMS test numbers; on WhatsApp they are ordinary numbers.
    QVERIFY(simulateProvider(Channel::Whatsapp, u"whatsapp"_s, u"+15005550004"_s).accepted());
    const ProviderVerdict slack = simulateProvider(Channel::Slack, u"slack"_s, u"U1"_s);
    QVERIFY(slack.accepted());
    QVERIFY(slack.laterOutcome.isEmpty());
    // Only SES reports deliveries ("email only via SES"); other providers stay sent.
    QCOMPARE(simulateProvider(Channel::Email, u"ses"_s, u"a@example.com"_s).laterOutcome, u"delivered"_s);
    QVERIFY(simulateProvider(Channel::Email, u"sendgrid"_s, u"a@example.com"_s).laterOutcome.isEmpty());
    QVERIFY(simulateProvider(Channel::Email, u"brevo"_s, u"success@simulator.amazonses.com"_s).laterOutcome.isEmpty());
    QVERIFY(providerReports(Channel::Email, u"ses"_s, u"delivered"_s));
    QVERIFY(!providerReports(Channel::Email, u"sendgrid"_s, u"delivered"_s));
    QVERIFY(providerReports(Channel::Email, u"sendgrid"_s, u"bounced"_s));
    QVERIFY(!providerReports(Channel::Sms, u"sns"_s, u"bounced"_s));
    QVERIFY(providerReports(Channel::Sms, u"sns"_s, u"failed"_s));
}

QTEST_GUILESS_MAIN(tst_SendService)
#include "tst_sendservice.moc"
