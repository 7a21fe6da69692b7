// Connection handling Qt 6.4's server lacks: idle keep-alive connections are closed,
// and at the cap an idle connection makes room for a new one (busy ones are refused
// with a JSON 503: tst_wire).
#include <httpclient.h>
#include <testserver.h>

#include <QtCore/QElapsedTimer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;

class tst_Connections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idleConnectionIsClosed();
    void busyConnectionStaysOpen();
    void idleConnectionsMakeRoomPastTheCap();
};

void tst_Connections::idleConnectionIsClosed()
{
    server::LocalServerOptions o;
    o.http.idleTimeoutMs = 300;
    TestServer server(o);
    QVERIFY(server.start());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(5000));
    QElapsedTimer timer;
    timer.start();
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    QVERIFY(closed.wait(5000));
    QVERIFY2(timer.elapsed() >= 250, "not closed before the idle timeout");
}

void tst_Connections::busyConnectionStaysOpen()
{
    server::LocalServerOptions o;
    o.http.idleTimeoutMs = 400;
    TestServer server(o);
    QVERIFY(server.start());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(5000));
    // A request every 150 ms keeps the connection alive well past the timeout.
    for (int i = 0; i < 8; ++i) {
        socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0, 5000);
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 200"));
        QTest::qWait(150);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
}

void tst_Connections::idleConnectionsMakeRoomPastTheCap()
{
    server::LocalServerOptions o;
    o.http.maxConnections = 3;
    TestServer server(o);
    QVERIFY(server.start());
    std::vector<std::unique_ptr<QTcpSocket>> open;
    for (int i = 0; i < 3; ++i) {
        open.push_back(std::make_unique<QTcpSocket>());
        open.back()->connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(open.back()->waitForConnected(5000));
        // Accepted one after another, so that the first is the one idle the longest.
        QTRY_COMPARE(server.server().openConnections(), i + 1);
        QTest::qWait(20);
    }
    QSignalSpy oldestClosed(open.front().get(), &QTcpSocket::disconnected);
    // At the cap, a new client is served: the connection idle the longest makes room
    // (as nginx reuses idle keep-alive connections), the others stay.
    bool closed = false;
    const QByteArray served = rawExchange(server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 5000, &closed);
    QVERIFY2(served.startsWith("HTTP/1.1 200"), served.constData());
    QVERIFY(oldestClosed.wait(5000) || oldestClosed.size() == 1);
    QCOMPARE(open[1]->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(open[2]->state(), QAbstractSocket::ConnectedState);
}

QTEST_GUILESS_MAIN(tst_Connections)
#include "tst_connections.moc"
