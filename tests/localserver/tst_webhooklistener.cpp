// The webhook listener over real sockets: requests split across reads, several
// requests on one connection (pipelined and one after another), bodies over several
// packets, malformed heads, and a real QNetworkAccessManager (what the dispatcher
// sends with) reusing one connection. The parser itself: tst_httpparser.
#include <webhooklistener.h>

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace sendivent::server;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kBody = R"({"event":"delivery.sent","delivery":{"uuid":"d-1"}})";

QByteArray post(const QByteArray &body, const QByteArray &extra = {})
{
    return "POST /webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nwebhook-id: msg_1\r\n"
        + extra + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Reads a socket until `count` whole answers arrived (each has a Content-Length).
QList<QPair<int, QByteArray>> answers(QTcpSocket &socket, int count, int timeoutMs = 5000)
{
    QByteArray buffer;
    QList<QPair<int, QByteArray>> out;
    (void)QTest::qWaitFor(
        [&] {
            buffer += socket.readAll();
            for (;;) {
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    break;
                const QByteArray head = buffer.left(end);
                const qsizetype at = head.toLower().indexOf("content-length:");
                const qsizetype length = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                if (buffer.size() < end + 4 + length)
                    break;
                out.append({head.mid(9, 3).toInt(), buffer.mid(end + 4, length)});
                buffer.remove(0, end + 4 + length);
            }
            return out.size() >= count;
        },
        timeoutMs);
    return out;
}

} // namespace

class tst_WebhookListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void socketSplitReads();
    void socketTwoRequestsOnOneConnection();
    void socketBodyOverSeveralPackets();
    void socketAnswersOtherMethods405();
    void socketClosesOnConnectionClose();
    void socketMalformedGets400AndClose();
    void networkManagerReusesConnection();
    void takenPortFails();
    void stopClosesConnections();
};

void tst_WebhookListener::socketSplitReads()
{
    WebhookListener listener;
    QVERIFY(listener.start(0).ok());
    QVERIFY(listener.port() != 0);
    QCOMPARE(listener.url().toString(), u"http://127.0.0.1:%1/webhooks"_s.arg(listener.port()));
    QSignalSpy received(&listener, &WebhookListener::requestReceived);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, listener.port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray wire = post(kBody);
    // The head cut inside the request line, inside a header name, and between CR and LF.
    qsizetype sent = 0;
    for (const qsizetype cut : {qsizetype(3), qsizetype(30), wire.indexOf("\r\n\r\n") + 1, wire.size() - 5}) {
        socket.write(wire.mid(sent, cut - sent));
        socket.flush();
        sent = cut;
        QTest::qWait(30);
        QCOMPARE(received.size(), 0);
    }
    socket.write(wire.right(5));
    socket.flush();
    QTRY_COMPARE(received.size(), 1);
    const auto r = received.at(0).at(0).value<ListenerRequest>();
    QCOMPARE(r.body, kBody);
    QCOMPARE(r.status, 200);
    QVERIFY(r.receivedAt.isValid());
    QVERIFY(r.peer.startsWith(u"127.0.0.1:"_s));
    const auto got = answers(socket, 1);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got[0].first, 200);
    QCOMPARE(got[0].second, R"({"received":true})");
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState); // kept alive
}

void tst_WebhookListener::socketTwoRequestsOnOneConnection()
{
    WebhookListener listener;
    QVERIFY(listener.start(0).ok());
    QSignalSpy received(&listener, &WebhookListener::requestReceived);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, listener.port());
    QVERIFY(socket.waitForConnected(5000));
    // Pipelined in one write…
    socket.write(post("{\"n\":1}") + post("{\"n\":2}"));
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(answers(socket, 2).size(), 2);
    // …and one after another on the same connection.
    socket.write(post("{\"n\":3}"));
    QTRY_COMPARE(received.size(), 3);
    QCOMPARE(answers(socket, 1).size(), 1);
    QCOMPARE(received.at(0).at(0).value<ListenerRequest>().body, "{\"n\":1}");
    QCOMPARE(received.at(1).at(0).value<ListenerRequest>().body, "{\"n\":2}");
    QCOMPARE(received.at(2).at(0).value<ListenerRequest>().body, "{\"n\":3}");
    QCOMPARE(listener.openConnections(), 1);
}

void tst_WebhookListener::socketBodyOverSeveralPackets()
{
    WebhookListener listener;
    QVERIFY(listener.start(0).ok());
    QSignalSpy received(&listener, &WebhookListener::requestReceived);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, listener.port());
    QVERIFY(socket.waitForConnected(5000));
    QByteArray body;
    for (int i = 0; i < 3000; ++i)
        body += "{\"i\":" + QByteArray::number(i) + "},";
    const QByteArray wire = post(body);
    for (qsizetype at = 0; at < wire.size(); at += 4096) {
        socket.write(wire.mid(at, 4096));
        socket.flush();
        QTest::qWait(5);
        if (at + 4096 < wire.size())
            QCOMPARE(received.size(), 0);
    }
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).value<ListenerRequest>().body, body);
    QCOMPARE(answers(socket, 1).value(0).first, 200);
}

void tst_WebhookListener::socketAnswersOtherMethods405()
{
    WebhookListener listener;
    QVERIFY(listener.start(0).ok());
    QSignalSpy received(&listener, &WebhookListener::requestReceived);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, listener.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /webhooks HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).value<ListenerRequest>().status, 405);
    QCOMPARE(answers(socket, 1).value(0).first, 405);
}

void tst_WebhookListener::socketClosesOnConnectionClose()
{
    WebhookListener listener;
    QVERIFY(listener.start(0).ok());
    QSignalSpy received(&listener, &WebhookListener::requestReceived);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, listener.port());
    QVERIFY(socket.waitForConnected(5000));
    // What follows the "close" request is not read.
    socket.write(post(kBody, "Connection: close\r\n") + post(kBody));
    QCOMPARE(answers(socket, 1).value(0).first, 200);
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(received.size(), 1);
    QTRY_COMPARE(listener.openConnections(), 0);
}

void tst_WebhookListener::socketMalformedGets400AndClose()
{
    WebhookListener listener;
    QVERIFY(listener.start(0).ok());
    QSignalSpy received(&listener, &WebhookListener::requestReceived);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, listener.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("this is not http\r\n\r\n");
    QCOMPARE(answers(socket, 1).value(0).first, 400);
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(received.size(), 0); // nothing readable to show
}

void tst_WebhookListener::networkManagerReusesConnection()
{
    WebhookListener listener;
    QVERIFY(listener.start(0).ok());
    QSignalSpy received(&listener, &WebhookListener::requestReceived);
    QNetworkAccessManager nam;
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest request(listener.url());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("webhook-id", "msg_" + QByteArray::number(i));
        QNetworkReply *reply = nam.post(request, kBody);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), R"({"received":true})");
        delete reply;
    }
    QCOMPARE(received.size(), 3);
    QCOMPARE(received.at(2).at(0).value<ListenerRequest>().header("webhook-id"), "msg_2");
    QCOMPARE(listener.openConnections(), 1); // one keep-alive connection served all three
}

void tst_WebhookListener::takenPortFails()
{
    WebhookListener first;
    QVERIFY(first.start(0).ok());
    WebhookListener second;
    const auto started = second.start(first.port());
    QVERIFY(!started.ok());
    QVERIFY(started.error().message.contains(QString::number(first.port())));
    QVERIFY(!second.isListening());
    QVERIFY(second.url().isEmpty());
}

void tst_WebhookListener::stopClosesConnections()
{
    WebhookListener listener;
    QSignalSpy listening(&listener, &WebhookListener::listeningChanged);
    QVERIFY(listener.start(0).ok());
    const quint16 port = listener.port();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nhal");
    QTRY_COMPARE(listener.openConnections(), 1);
    listener.stop();
    QCOMPARE(listener.openConnections(), 0);
    QVERIFY(!listener.isListening());
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(listening.size(), 2);
    QCOMPARE(listening.at(1).at(0).toBool(), false);
    QTcpSocket again;
    again.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!again.waitForConnected(1000));
}

QTEST_GUILESS_MAIN(tst_WebhookListener)
#include "tst_webhooklistener.moc"
