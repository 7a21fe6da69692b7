// The delivery totals (deliveries_totals, what GET /v1/deliveries answers its total
// from) as DeliveryStore counts them on the group commit's writer (issue 22): summed in
// memory and written with the group's commit, so a group that rolls back, a piece
// that fails when the group is redone one piece at a time, posted work in its own
// transactions and a task outside any transaction all leave them equal to count(*).
#include <deliveries/deliverystore.h>
#include <storage/database.h>
#include <storage/groupcommit.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

using namespace sendivent;
using namespace Qt::StringLiterals;

class tst_DeliveryTotals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void groupsWriteTheirTotalsWithTheirCommit();
    void aFailedPieceLeavesNoTotals();
    void postedWorkAndTasksWriteThemAtOnce();
    void outcomesMoveThemBetweenStatuses();

private:
    Delivery delivery(Environment environment, const QString &status);
    qint64 scalar(const QString &sql);
    // Rows of the totals and of count(*) per environment and status that the other
    // side lacks (0: they agree; a total of 0 is as good as none).
    qint64 mismatches();
    GroupCommit::Work inserting(const Delivery &d, bool thenFail = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    int m_next = 0;
};

void tst_DeliveryTotals::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(u"test.db"_s));
    QVERIFY(m_db->open().ok());
}

void tst_DeliveryTotals::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Delivery tst_DeliveryTotals::delivery(Environment environment, const QString &status)
{
    const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'780'000'000'000 + ++m_next, Qt::UTC);
    Delivery d;
    d.uuid = u"00000000-0000-4000-8000-%1"_s.arg(m_next, 12, 10, QLatin1Char('0'));
    d.environment = environment;
    d.channel = Channel::Email;
    d.status = status;
    d.eventName = u"order.confirmed"_s;
    d.recipient = u"jane@example.com"_s;
    d.provider = u"ses"_s;
    d.createdAt = t0;
    d.sentAt = t0;
    d.timeline = {{u"queued"_s, t0, {}}, {status, t0, {}}};
    return d;
}

qint64 tst_DeliveryTotals::scalar(const QString &sql)
{
    auto q = execSql(*m_db, sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

qint64 tst_DeliveryTotals::mismatches()
{
    const QString kept = u"SELECT environment, status, n FROM deliveries_totals WHERE n <> 0"_s;
    const QString counted = u"SELECT environment, status, count(*) FROM deliveries GROUP BY environment, status"_s;
    return scalar(u"SELECT (SELECT count(*) FROM (%1 EXCEPT %2)) + (SELECT count(*) FROM (%2 EXCEPT %1))"_s.arg(kept, counted));
}

GroupCommit::Work tst_DeliveryTotals::inserting(const Delivery &d, bool thenFail)
{
    return [d, thenFail](WriteSession &session) -> Status {
        if (Status s = session.deliveries.insert(d); !s)
            return s;
        // Fails after its insert was counted: what a later statement of a real piece
        // (its webhook message, the journal) refused would leave.
        if (thenFail)
            return Error{ErrorCode::ServerError, u"refused after the insert"_s, {}};
        return {};
    };
}

void tst_DeliveryTotals::groupsWriteTheirTotalsWithTheirCommit()
{
    GroupCommit commits(*m_db);
    for (int i = 0; i < 5; ++i)
        commits.submit(inserting(delivery(i % 2 ? Environment::Production : Environment::Sandbox, u"sent"_s)), {});
    commits.submit(inserting(delivery(Environment::Sandbox, u"failed"_s)), {});
    commits.flush();
    QCOMPARE(commits.lastGroupSize(), 6);
    QCOMPARE(scalar(u"SELECT count(*) FROM deliveries"_s), 6);
    QCOMPARE(mismatches(), 0);
    // One upsert per (environment, status) of the group, not one per delivery.
    QCOMPARE(scalar(u"SELECT n FROM deliveries_totals WHERE environment = 'sandbox' AND status = 'sent'"_s), 3);
    QCOMPARE(scalar(u"SELECT n FROM deliveries_totals WHERE environment = 'production' AND status = 'sent'"_s), 2);
}

void tst_DeliveryTotals::aFailedPieceLeavesNoTotals()
{
    GroupCommit commits(*m_db);
    std::vector<Status> outcomes(3, Status());
    // A group of three whose middle piece fails: rolled back whole, then redone one
    // piece per transaction, the middle one failing again.
    commits.submit(inserting(delivery(Environment::Sandbox, u"sent"_s)), [&](Status s) { outcomes[0] = s; });
    commits.submit(inserting(delivery(Environment::Sandbox, u"sent"_s), true), [&](Status s) { outcomes[1] = s; });
    commits.submit(inserting(delivery(Environment::Production, u"sent"_s)), [&](Status s) { outcomes[2] = s; });
    commits.flush();
    QVERIFY(outcomes[0].ok());
    QVERIFY(!outcomes[1].ok());
    QVERIFY(outcomes[2].ok());
    QCOMPARE(scalar(u"SELECT count(*) FROM deliveries"_s), 2);
    QCOMPARE(mismatches(), 0);

    // A group of one that fails, then one that commits: nothing of the first is carried over.
    Status failed;
    commits.submit(inserting(delivery(Environment::Sandbox, u"sent"_s), true), [&](Status s) { failed = s; });
    commits.flush();
    QVERIFY(!failed.ok());
    commits.submit(inserting(delivery(Environment::Sandbox, u"sent"_s)), {});
    commits.flush();
    QCOMPARE(scalar(u"SELECT count(*) FROM deliveries"_s), 3);
    QCOMPARE(mismatches(), 0);
}

void tst_DeliveryTotals::postedWorkAndTasksWriteThemAtOnce()
{
    GroupCommit commits(*m_db);
    bool posted = false;
    const Delivery inPosted = delivery(Environment::Production, u"failed"_s);
    commits.post(
        [inPosted](WriteSession &session) -> Status {
            Transaction tx(session.db);
            if (Status s = session.deliveries.insert(inPosted); !s)
                return s;
            return tx.commit();
        },
        [&posted](Status s) { posted = s.ok(); });
    QTRY_VERIFY(posted);
    QCOMPARE(mismatches(), 0);
    QCOMPARE(scalar(u"SELECT n FROM deliveries_totals WHERE environment = 'production' AND status = 'failed'"_s), 1);

    // Outside any transaction (each statement commits on its own).
    const Delivery inTask = delivery(Environment::Sandbox, u"sent"_s);
    bool inserted = false;
    commits.runOnWriter([inTask, &inserted](WriteSession &session) { inserted = session.deliveries.insert(inTask).ok(); });
    QVERIFY(inserted);
    QCOMPARE(scalar(u"SELECT count(*) FROM deliveries"_s), 2);
    QCOMPARE(mismatches(), 0);

    // The writer defers again for the groups after them.
    commits.submit(inserting(delivery(Environment::Sandbox, u"sent"_s)), {});
    commits.flush();
    QCOMPARE(scalar(u"SELECT count(*) FROM deliveries"_s), 3);
    QCOMPARE(mismatches(), 0);
}

void tst_DeliveryTotals::outcomesMoveThemBetweenStatuses()
{
    GroupCommit commits(*m_db);
    QList<PendingOutcome> owed;
    for (int i = 0; i < 4; ++i) {
        const Delivery d = delivery(i == 3 ? Environment::Production : Environment::Sandbox, u"sent"_s);
        const PendingOutcome pending{d.uuid, i == 0 ? u"bounced"_s : u"delivered"_s, u"detail"_s};
        owed.append(pending);
        commits.submit([d, pending](WriteSession &session) { return session.deliveries.insert(d, pending); }, {});
    }
    commits.flush();
    QCOMPARE(mismatches(), 0);

    // Owed outcomes of two kinds in one piece, on the writer; one of them owed twice
    // (only the first one changes it).
    owed.append(owed.first());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(1'780'000'100'000, Qt::UTC);
    QStringList changed;
    commits.submit(
        [owed, at, &changed](WriteSession &session) -> Status {
            auto recorded = session.deliveries.recordOwedOutcomes(owed, at);
            if (!recorded)
                return recorded.error();
            changed = *recorded;
            return {};
        },
        {});
    commits.flush();
    QCOMPARE(changed.size(), 4);
    QCOMPARE(scalar(u"SELECT n FROM deliveries_totals WHERE environment = 'sandbox' AND status = 'delivered'"_s), 2);
    QCOMPARE(mismatches(), 0);

    // An outcome reported later, off the writer, in the caller's transaction.
    DeliveryStore store(*m_db);
    {
        Transaction tx(*m_db);
        auto recorded = store.recordOutcome(owed.first().uuid, u"complained"_s, {}, at.addSecs(1));
        QVERIFY(recorded && *recorded);
        QVERIFY(tx.commit().ok());
    }
    // One that does not exist changes nothing.
    auto missing = store.recordOutcome(u"00000000-0000-4000-8000-999999999999"_s, u"delivered"_s, {}, at);
    QVERIFY(missing && !*missing);
    QCOMPARE(scalar(u"SELECT count(*) FROM deliveries WHERE status = 'complained'"_s), 1);
    QCOMPARE(mismatches(), 0);
}

QTEST_GUILESS_MAIN(tst_DeliveryTotals)
#include "tst_deliverytotals.moc"
