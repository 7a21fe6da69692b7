// The relay between the services' thread and the window's (issue 19): under a burst of
// delivery changes the window gets a few batches, not one queued event per change,
// and nothing is lost, repeated or reordered.
#include <backend/changerelay.h>
#include <changenotifier.h>

#include <QtCore/QThread>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace sendivent;
using namespace Qt::StringLiterals;

class tst_ChangeRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstArrivesInFewBatches();
    void workspaceChangesAreNotRelayed();
};

void tst_ChangeRelay::burstArrivesInFewBatches()
{
    QThread services;
    services.start();
    auto *notifier = new ChangeNotifier;
    auto *relay = new ChangeRelay(notifier, std::chrono::milliseconds(50));
    notifier->moveToThread(&services);
    relay->moveToThread(&services);

    QStringList received;
    int batches = 0;
    bool data = false;
    connect(relay, &ChangeRelay::changed, this, [&](const QStringList &deliveries, bool changedData) {
        QCOMPARE(QThread::currentThread(), thread());
        ++batches;
        received += deliveries;
        data = data || changedData;
    });

    // 20,000 changes of 10,000 deliveries (each created, then changed once more), a
    // contacts change among them, all on the services' thread.
    constexpr int kDeliveries = 10'000;
    QMetaObject::invokeMethod(notifier, [notifier] {
        for (int i = 0; i < kDeliveries; ++i) {
            Q_EMIT notifier->deliveryChanged(u"d-%1"_s.arg(i));
            if (i > 0)
                Q_EMIT notifier->deliveryChanged(u"d-%1"_s.arg(i - 1));
            if (i == kDeliveries / 2)
                Q_EMIT notifier->contactsChanged();
        }
    }, Qt::BlockingQueuedConnection);

    QTRY_COMPARE(received.size(), kDeliveries);
    QStringList expected;
    for (int i = 0; i < kDeliveries; ++i)
        expected << u"d-%1"_s.arg(i);
    QCOMPARE(received, expected);
    QVERIFY(data);
    QVERIFY2(batches <= 3, qPrintable(QString::number(batches)));

    // A change after the batch went out starts the next one.
    QMetaObject::invokeMethod(notifier, [notifier] { Q_EMIT notifier->deliveryChanged(u"d-0"_s); });
    QTRY_COMPARE(received.size(), kDeliveries + 1);
    QCOMPARE(received.last(), u"d-0"_s);

    relay->deleteLater();
    notifier->deleteLater();
    services.quit();
    services.wait();
}

void tst_ChangeRelay::workspaceChangesAreNotRelayed()
{
    // The backend reloads its workspace snapshot itself; the relay carries deliveries
    // and the "contacts or traffic changed" flag only.
    ChangeNotifier notifier;
    ChangeRelay relay(&notifier, std::chrono::milliseconds(10));
    QSignalSpy spy(&relay, &ChangeRelay::changed);
    Q_EMIT notifier.workspaceChanged();
    Q_EMIT notifier.deliveryChanged(u"x"_s);
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(0).toStringList(), QStringList{u"x"_s});
    QCOMPARE(spy.first().at(1).toBool(), false);
    Q_EMIT notifier.trafficReset();
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.last().at(0).toStringList(), QStringList());
    QCOMPARE(spy.last().at(1).toBool(), true);
}

QTEST_GUILESS_MAIN(tst_ChangeRelay)
#include "tst_changerelay.moc"
