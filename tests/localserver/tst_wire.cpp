// The local server's connections under clients that misbehave or merely behave unusually
// (issue 18): a request followed by a half-close is still answered, chunked bodies with
// trailers, framing that two parsers could read differently is refused before anything
// runs, pipelining past 128 KiB, a 413 that a client still writing its body can read,
// and slow clients that cannot take every slot. Every client here is a plain blocking
// POSIX socket on a thread of its own, so it behaves as Python's http.client or curl
// does, while the test thread runs the server's event loop.
#include "sendfixture.h"

#include <connectionguard.h>
#include <httpclient.h>
#include <testserver.h>

#include <QtCore/QElapsedTimer>
#include <QtTest/QTest>

#include <arpa/inet.h>
#include <sys/resource.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <future>
#include <thread>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    timeval timeout{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    return fd;
}

bool sendAll(int fd, const QByteArray &bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.data() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

// Everything the server sends until it closes (or 10 s of silence).
QByteArray readToEnd(int fd)
{
    QByteArray out;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            return out;
        out.append(buffer, n);
    }
}

struct Exchange
{
    QByteArray wire;      // what the client sends, all of it before reading anything
    bool halfClose = false; // shutdown(SHUT_WR) after sending
};

// Runs the exchange on a client thread while this thread serves; what came back.
QByteArray exchange(quint16 port, const Exchange &e)
{
    std::atomic<bool> done = false;
    QByteArray received;
    std::thread client([&] {
        const int fd = connectTo(port);
        if (fd >= 0) {
            if (sendAll(fd, e.wire) && e.halfClose)
                ::shutdown(fd, SHUT_WR);
            received = readToEnd(fd);
            ::close(fd);
        }
        done = true;
    });
    const bool finished = QTest::qWaitFor([&] { return done.load(); }, 30000);
    client.join();
    return finished ? received : QByteArray("(client timed out)");
}

// The statuses of the answers in a byte stream, in order.
QList<int> statuses(const QByteArray &stream)
{
    QList<int> out;
    for (qsizetype at = stream.indexOf("HTTP/1.1 "); at >= 0; at = stream.indexOf("HTTP/1.1 ", at + 1))
        out << stream.mid(at + 9, 3).toInt();
    return out;
}

QByteArray authorization()
{
    return "Authorization: Bearer " + kSandboxKey.toLatin1() + "\r\n";
}

QByteArray createContact(const QByteArray &email, const QByteArray &extraHeaders = {})
{
    const QByteArray body = "{\"email\":\"" + email + "\"}";
    return "POST /v1/contacts HTTP/1.1\r\nHost: x\r\n" + authorization() + "Content-Type: application/json\r\n"
        + extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class tst_Wire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void halfClosedClientGetsItsAnswer_data();
    void halfClosedClientGetsItsAnswer();
    void chunkedBodyWithTrailerIsAnswered();
    void ambiguousFramingIsRefusedBeforeAnythingRuns_data();
    void ambiguousFramingIsRefusedBeforeAnythingRuns();
    void pipelinedRequestsPast128KiBAreAllAnsweredInOrder();
    void oversizedBodyIs413EvenWhenTheClientWritesItAll();
    void expectContinueGetsAnInterimAnswer();
    void doubleSlashPathIsAnsweredAsSent();

    void slowHeadIsCutAtItsDeadline();
    void slowClientsCannotTakeEverySlot();
    void busyConnectionsPastTheCapAreRefused();
    void connectionCapStaysUnderTheOpenFilesLimit();

private:
    int contactsNamed(const QString &email);

    std::unique_ptr<TestServer> m_server;
};

void tst_Wire::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    HttpClient client(kSandboxKey);
    QCOMPARE(client.put(m_server->url(u"/_local/workspace"_s), sendFixture()).status, 200);
}

void tst_Wire::cleanupTestCase()
{
    m_server.reset();
}

int tst_Wire::contactsNamed(const QString &email)
{
    // A contact is found by its email (DESIGN §5): 200 when it exists, 404 when not.
    HttpClient client(kSandboxKey);
    const int status = client.get(m_server->url(u"/v1/contacts/"_s + QString::fromLatin1(QUrl::toPercentEncoding(email)))).status;
    return status == 200 ? 1 : status == 404 ? 0 : -1;
}

void tst_Wire::halfClosedClientGetsItsAnswer_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QList<int>>("expected");
    const QByteArray send = "{\"to\":\"half@example.com\",\"payload\":{\"note\":\"n\"}}";
    // A send is answered after its group commit, long after the half-close was read.
    QTest::newRow("send (answered later)")
        << QByteArray("POST /v1/send/all.channels/email HTTP/1.1\r\nHost: x\r\n" + authorization()
                      + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(send.size())
                      + "\r\n\r\n" + send)
        << QList<int>{200};
    QTest::newRow("healthz (answered at once)") << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
                                                << QList<int>{200};
    QTest::newRow("two pipelined") << QByteArray(createContact("half2@example.com") + "GET /nope HTTP/1.1\r\nHost: x\r\n\r\n")
                                   << QList<int>{201, 404};
}

void tst_Wire::halfClosedClientGetsItsAnswer()
{
    QFETCH(QByteArray, wire);
    QFETCH(QList<int>, expected);
    const QByteArray answer = exchange(m_server->port(), {wire, true});
    QCOMPARE(statuses(answer), expected);
}

void tst_Wire::chunkedBodyWithTrailerIsAnswered()
{
    const QByteArray body = "{\"email\":\"trailer@example.com\"}";
    const QByteArray wire = "POST /v1/contacts HTTP/1.1\r\nHost: x\r\n" + authorization()
        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nTrailer: X-Checksum\r\n\r\n"
        + QByteArray::number(10, 16) + ";ext=1\r\n" + body.left(10) + "\r\n"
        + QByteArray::number(body.size() - 10, 16) + "\r\n" + body.mid(10) + "\r\n"
        + "0\r\nX-Checksum: abc\r\n\r\n"
        + "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    const QByteArray answer = exchange(m_server->port(), {wire, false});
    QCOMPARE(statuses(answer), (QList<int>{201, 200}));
    QCOMPARE(contactsNamed(u"trailer@example.com"_s), 1);
}

void tst_Wire::ambiguousFramingIsRefusedBeforeAnythingRuns_data()
{
    QTest::addColumn<QByteArray>("email");
    QTest::addColumn<QByteArray>("wire");
    const auto contact = [](const char *email, const QByteArray &headers, const QByteArray &lengthLine = {}) -> QByteArray {
        const QByteArray body = "{\"email\":\"" + QByteArray(email) + "\"}";
        return "POST /v1/contacts HTTP/1.1\r\nHost: x\r\n" + authorization() + "Content-Type: application/json\r\n"
            + headers
            + (lengthLine.isNull() ? "Content-Length: " + QByteArray::number(body.size()) + "\r\n" : lengthLine)
            + "\r\n" + body;
    };
    QTest::newRow("space before colon") << QByteArray("f1@example.com") << contact("f1@example.com", "X-Thing : 1\r\n");
    QTest::newRow("NUL in a value") << QByteArray("f2@example.com")
                                    << contact("f2@example.com", QByteArray("X-Thing: a\0b\r\n", 14));
    QTest::newRow("control byte in a value") << QByteArray("f3@example.com")
                                             << contact("f3@example.com", "X-Thing: a\x01z\r\n");
    QTest::newRow("signed length") << QByteArray("f4@example.com")
                                   << contact("f4@example.com", {}, "Content-Length: +25\r\n");
    QTest::newRow("two lengths") << QByteArray("f5@example.com")
                                 << contact("f5@example.com", "Content-Length: 3\r\n");
    QTest::newRow("length and chunked") << QByteArray("f6@example.com")
                                        << contact("f6@example.com", "Transfer-Encoding: chunked\r\n");
    QTest::newRow("bare LF after CRLF")
        << QByteArray("f7@example.com")
        << QByteArray("POST /v1/contacts HTTP/1.1\r\nHost: x\n" + authorization()
                      + "Content-Type: application/json\r\nContent-Length: 25\r\n\r\n{\"email\":\"f7@example.com\"}");
    QTest::newRow("two Authorization headers") << QByteArray("f8@example.com")
                                               << contact("f8@example.com", authorization());
    const QByteArray chunkBody = "{\"email\":\"f9@example.com\"}";
    QTest::newRow("negative chunk size")
        << QByteArray("f9@example.com")
        << QByteArray("POST /v1/contacts HTTP/1.1\r\nHost: x\r\n" + authorization()
                      + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n-1a\r\n" + chunkBody
                      + "\r\n0\r\n\r\n");
    const QByteArray chunkBody2 = "{\"email\":\"f10@example.com\"}";
    QTest::newRow("chunk size not hex")
        << QByteArray("f10@example.com")
        << QByteArray("POST /v1/contacts HTTP/1.1\r\nHost: x\r\n" + authorization()
                      + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1g\r\n" + chunkBody2
                      + "\r\n0\r\n\r\n");
    const QByteArray chunkBody3 = "{\"email\":\"f11@example.com\"}";
    QTest::newRow("chunk longer than its size")
        << QByteArray("f11@example.com")
        << QByteArray("POST /v1/contacts HTTP/1.1\r\nHost: x\r\n" + authorization()
                      + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n" + chunkBody3
                      + "\r\n0\r\n\r\n");
}

void tst_Wire::ambiguousFramingIsRefusedBeforeAnythingRuns()
{
    QFETCH(QByteArray, email);
    QFETCH(QByteArray, wire);
    const QByteArray answer = exchange(m_server->port(), {wire, false});
    QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
    QVERIFY2(answer.contains("\"code\":\"VALIDATION_ERROR\""), answer.constData());
    QVERIFY(answer.contains("Connection: close"));
    QCOMPARE(statuses(answer).size(), 1);
    QCOMPARE(contactsNamed(QString::fromLatin1(email)), 0);
}

void tst_Wire::pipelinedRequestsPast128KiBAreAllAnsweredInOrder()
{
    // 60 contacts with 4 KiB of meta each: about 250 KiB written before anything is read.
    QByteArray wire;
    const QByteArray filler(4000, 'x');
    constexpr int kCount = 60;
    for (int i = 0; i < kCount; ++i) {
        const QByteArray body = "{\"email\":\"pipe" + QByteArray::number(i) + "@example.com\",\"meta\":{\"f\":\""
            + filler + "\"}}";
        wire += "POST /v1/contacts HTTP/1.1\r\nHost: x\r\n" + authorization()
            + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
            + body;
    }
    wire += "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    QVERIFY(wire.size() > 200 * 1024);
    const QByteArray answer = exchange(m_server->port(), {wire, false});
    const QList<int> got = statuses(answer);
    QCOMPARE(got.size(), kCount + 1);
    QCOMPARE(got.last(), 200);
    qsizetype at = 0;
    for (int i = 0; i < kCount; ++i) {
        QCOMPARE(got[i], 201);
        const qsizetype next = answer.indexOf(QByteArray("pipe" + QByteArray::number(i) + "@example.com"), at);
        QVERIFY2(next > at, "answers are in request order");
        at = next;
    }
}

void tst_Wire::oversizedBodyIs413EvenWhenTheClientWritesItAll()
{
    // As Python's http.client does: the whole 2 MiB body goes out before the answer is
    // read. Closing at once would reset the connection under the client's feet.
    const QByteArray body(2 * 1024 * 1024, 'a');
    const QByteArray wire = "POST /v1/contacts HTTP/1.1\r\nHost: x\r\n" + authorization()
        + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    for (int i = 0; i < 20; ++i) {
        const QByteArray answer = exchange(m_server->port(), {wire, false});
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), qPrintable(u"try %1: %2"_s.arg(i).arg(QString::fromLatin1(answer.left(200)))));
        QVERIFY(answer.contains("\"code\":\"PAYLOAD_TOO_LARGE\""));
    }
}

void tst_Wire::expectContinueGetsAnInterimAnswer()
{
    std::atomic<bool> done = false;
    QByteArray interim;
    QByteArray final;
    std::thread client([&] {
        const int fd = connectTo(m_server->port());
        const QByteArray body = "{\"email\":\"continue@example.com\"}";
        sendAll(fd, "POST /v1/contacts HTTP/1.1\r\nHost: x\r\n" + authorization()
                        + "Content-Type: application/json\r\nExpect: 100-continue\r\nConnection: close\r\n"
                          "Content-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n");
        char buffer[256];
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n > 0)
            interim = QByteArray(buffer, n);
        sendAll(fd, body);
        final = readToEnd(fd);
        ::close(fd);
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done.load(); }, 30000));
    client.join();
    QCOMPARE(interim, "HTTP/1.1 100 Continue\r\n\r\n");
    QVERIFY2(final.startsWith("HTTP/1.1 201 "), final.constData());
}

void tst_Wire::doubleSlashPathIsAnsweredAsSent()
{
    const QByteArray answer = exchange(
        m_server->port(), {"GET //v1/events HTTP/1.1\r\nHost: x\r\n" + authorization() + "Connection: close\r\n\r\n", false});
    QVERIFY2(answer.startsWith("HTTP/1.1 404 "), answer.constData());
    QVERIFY2(answer.contains("GET //v1/events"), answer.constData());
}

void tst_Wire::slowHeadIsCutAtItsDeadline()
{
    server::LocalServerOptions o;
    o.http.headTimeoutMs = 600;
    TestServer server(o);
    QVERIFY(server.start());
    // A byte every 100 ms: each one would have reset an idle timer; the head's deadline
    // runs from its first byte.
    std::atomic<bool> done = false;
    QByteArray answer;
    qint64 tookMs = 0;
    std::thread client([&] {
        const int fd = connectTo(server.port());
        QElapsedTimer timer;
        timer.start();
        const QByteArray head = "GET /healthz HTTP/1.1\r\nX-Slow: " + QByteArray(100, 'a');
        char first = 0;
        for (char c : head) {
            if (!sendAll(fd, QByteArray(1, c)))
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            if (::recv(fd, &first, 1, MSG_DONTWAIT) == 1 || timer.elapsed() > 5000)
                break; // the server answered (or gave up on us)
        }
        tookMs = timer.elapsed();
        answer = first ? QByteArray(1, first) + readToEnd(fd) : readToEnd(fd);
        ::close(fd);
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done.load(); }, 30000));
    client.join();
    QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
    QVERIFY2(tookMs < 4000, qPrintable(QString::number(tookMs)));
}

void tst_Wire::slowClientsCannotTakeEverySlot()
{
    server::LocalServerOptions o;
    o.http.maxConnections = 16;
    o.http.maxConnectionsPerPeer = 16;
    TestServer server(o);
    QVERIFY(server.start());
    // Slowloris: every slot holds a head that never ends.
    QList<int> slow;
    for (int i = 0; i < 16; ++i) {
        const int fd = connectTo(server.port());
        QVERIFY(fd >= 0);
        QVERIFY(sendAll(fd, "GET /healthz HTTP/1.1\r\nX-Slow: "));
        slow << fd;
    }
    QTRY_COMPARE(server.server().openConnections(), 16);
    // A real client still gets in, at once, several times over.
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray answer = exchange(server.port(), {"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", false});
        QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }
    for (int fd : std::as_const(slow))
        ::close(fd);
}

void tst_Wire::busyConnectionsPastTheCapAreRefused()
{
    server::LocalServerOptions o;
    o.http.maxConnections = 3;
    TestServer server(o);
    QVERIFY(server.start());
    // Three connections in the middle of a body: none of them may be evicted.
    QList<int> busy;
    for (int i = 0; i < 3; ++i) {
        const int fd = connectTo(server.port());
        QVERIFY(sendAll(fd, "POST /v1/contacts HTTP/1.1\r\nHost: x\r\n" + authorization()
                                + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"));
        busy << fd;
    }
    QTRY_COMPARE(server.server().openConnections(), 3);
    const QByteArray refused = exchange(server.port(), {"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", false});
    QVERIFY2(refused.startsWith("HTTP/1.1 503 "), refused.constData());
    QVERIFY(refused.contains("\"success\":false"));
    // Freeing one slot lets the next client in.
    ::close(busy.takeFirst());
    QTRY_COMPARE(server.server().openConnections(), 2);
    const QByteArray served = exchange(server.port(), {"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", false});
    QVERIFY2(served.startsWith("HTTP/1.1 200 "), served.constData());
    for (int fd : std::as_const(busy))
        ::close(fd);
}

void tst_Wire::connectionCapStaysUnderTheOpenFilesLimit()
{
    // Last in this file: it lowers this process's hard limit for good.
    rlimit before{};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &before), 0);
    QVERIFY(before.rlim_max == RLIM_INFINITY || before.rlim_max > 400);
    // The soft limit is raised to the hard one first...
    rlimit low{200, before.rlim_max};
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &low), 0);
    QCOMPARE(server::connectionsThatFit(300), 300);
    rlimit now{};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &now), 0);
    QCOMPARE(now.rlim_cur, before.rlim_max);
    // ...and the cap stays under it, leaving room for the database and the rest.
    rlimit capped{200, 400};
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &capped), 0);
    QCOMPARE(server::connectionsThatFit(1024), 400 - 128);
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &now), 0);
    QCOMPARE(now.rlim_cur, rlim_t(400));
    QCOMPARE(server::connectionsThatFit(100), 100);
}

QTEST_GUILESS_MAIN(tst_Wire)
#include "tst_wire.moc"
