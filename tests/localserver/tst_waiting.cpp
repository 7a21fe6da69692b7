// Waiting without sleeps (issue 16), over real HTTP: the long-polls of
// GET /v1/deliveries?wait_for= and the trace's ?wait_for_status=, and the live event
// stream GET /_local/events (Server-Sent Events) with its bounded backlog.
#include <httpclient.h>
#include <idleprobe.h>
#include <testserver.h>

#include <base/json.h>

#include <QtCore/QElapsedTimer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

#include <memory>
#include <vector>

#ifndef Q_OS_WIN
#  include <arpa/inet.h>
#  include <cerrno>
#  include <netinet/in.h>
#  include <sys/socket.h>
#  include <unistd.h>
#endif

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray getRequest(const QString &pathAndQuery, const QString &key = kSandboxKey)
{
    return "GET " + pathAndQuery.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key.toUtf8()
           + "\r\nConnection: close\r\n\r\n";
}

// One request on a connection of its own, answered whenever the server answers:
// QNetworkAccessManager would queue all but six requests to one host.
class PendingGet final
{
public:
    PendingGet(quint16 port, const QString &pathAndQuery)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket,
                         [this, pathAndQuery] { m_socket.write(getRequest(pathAndQuery)); });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_received += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] { m_done = true; });
        m_clock.start();
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool done() const { return m_done; }
    qint64 elapsedMs() const { return m_doneAfterMs; }
    bool wait(int ms = 20000)
    {
        const bool finished = QTest::qWaitFor([this] { return m_done; }, ms);
        m_doneAfterMs = m_clock.elapsed();
        return finished;
    }
    int status() const { return m_received.mid(9, 3).toInt(); }
    Json json() const
    {
        const qsizetype body = m_received.indexOf("\r\n\r\n");
        return body < 0 ? Json() : parseJson(m_received.mid(body + 4)).value_or(Json());
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    QElapsedTimer m_clock;
    qint64 m_doneAfterMs = 0;
    bool m_done = false;
};

struct SseEvent
{
    QByteArray name;
    Json data;
};

// A subscriber of GET /_local/events that reads as fast as the event loop lets it.
class Subscriber final
{
public:
    explicit Subscriber(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket,
                         [this] { m_socket.write(getRequest(u"/_local/events"_s)); });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { read(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] { m_closed = true; });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    // Until the server says the subscription is in place.
    bool ready() { return waitFor("ready"); }
    const QByteArray &head() const { return m_head; }
    bool closed() const { return m_closed; }
    void disconnect() { m_socket.abort(); }
    const std::vector<SseEvent> &events() const { return m_events; }
    int count(const QByteArray &name) const
    {
        return int(std::count_if(m_events.begin(), m_events.end(), [&](const SseEvent &e) { return e.name == name; }));
    }
    // The first event named so (from `from` on) for which `match` holds.
    const SseEvent *find(const QByteArray &name, const std::function<bool(const Json &)> &match = {}) const
    {
        for (const SseEvent &e : m_events) {
            if (e.name == name && (!match || match(e.data)))
                return &e;
        }
        return nullptr;
    }
    bool waitFor(const QByteArray &name, const std::function<bool(const Json &)> &match = {}, int ms = 10000)
    {
        return QTest::qWaitFor([&] { return find(name, match) != nullptr; }, ms);
    }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        if (m_head.isEmpty()) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_head = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
        }
        for (qsizetype end; (end = m_buffer.indexOf("\n\n")) >= 0;) {
            const QByteArray block = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            SseEvent event;
            for (const QByteArray &line : block.split('\n')) {
                if (line.startsWith("event: "))
                    event.name = line.mid(7);
                else if (line.startsWith("data: "))
                    event.data = parseJson(line.mid(6)).value_or(Json());
            }
            if (!event.name.isEmpty())
                m_events.push_back(std::move(event));
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_head;
    std::vector<SseEvent> m_events;
    bool m_closed = false;
};

bool isUuid(const Json &value, const std::string &uuid)
{
    return value.is_string() && value.get<std::string>() == uuid;
}

} // namespace

class tst_Waiting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void waitForAnswersWhenTheNthDeliveryArrives();
    void waitForTimesOutWithTheFlag();
    void waitForAlreadyMetAnswersAtOnce();
    void waitForStatusReachedBySimulation();
    void waitForStatusTimesOut();
    void rejectsBadWaits_data();
    void rejectsBadWaits();
    void hundredLongPollsWhileSendsRun();
    void eventStreamReportsWhatATestNeeds();
    void subscriberLeavingMidStreamHarmsNoOne();
    void slowSubscriberIsDroppedWithAFinalEvent();

private:
    void startServer(qsizetype backlog = 1024 * 1024);
    // Sends order.confirmed by email to each address; returns the delivery uuids.
    std::vector<std::string> sendEmails(const QStringList &to);
    std::string sendEmail(const QString &to) { return sendEmails({to}).at(0); }

    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
    int m_orders = 0;
};

void tst_Waiting::startServer(qsizetype backlog)
{
    server::LocalServerOptions options;
    options.outcomeDelayMs = 50;
    options.eventStreamBacklogBytes = backlog;
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
}

void tst_Waiting::init()
{
    startServer();
}

void tst_Waiting::cleanup()
{
    m_server.reset();
}

std::vector<std::string> tst_Waiting::sendEmails(const QStringList &to)
{
    Json recipients = Json::array();
    for (const QString &address : to)
        recipients.push_back(toStd(address));
    const HttpReply r = m_client.post(
        m_server->url(u"/v1/send/order.confirmed/email"_s),
        Json{{"to", recipients}, {"payload", {{"order_id", std::to_string(++m_orders)}, {"total", "10 kr"}}}});
    std::vector<std::string> uuids;
    if (r.status != 200) {
        qWarning() << "send failed:" << r.status << r.body;
        return uuids;
    }
    const Json answer = r.json();
    for (const Json &d : answer["deliveries"])
        uuids.push_back(d["email"].get<std::string>());
    if (uuids.empty())
        qWarning() << "send answered no delivery:" << r.body;
    return uuids;
}

void tst_Waiting::waitForAnswersWhenTheNthDeliveryArrives()
{
    PendingGet poll(m_server->port(), u"/v1/deliveries?event=order.confirmed&wait_for=3&timeout_ms=30000"_s);
    QTRY_COMPARE(m_server->server().pendingWaits(), 1);
    sendEmail(u"one@example.com"_s);
    sendEmail(u"two@example.com"_s);
    QVERIFY(settle(*m_server)); // their outcomes too
    QVERIFY2(!poll.done(), "two deliveries must not answer a wait for three");
    const std::string third = sendEmail(u"three@example.com"_s);
    QVERIFY(poll.wait());
    QCOMPARE(poll.status(), 200);
    const Json data = poll.json()["data"];
    QCOMPARE(data["timed_out"], false);
    QCOMPARE(data["total"], 3);
    QVERIFY(isUuid(data["deliveries"][0]["uuid"], third)); // newest first, as without waiting
    QVERIFY2(poll.elapsedMs() < 20000, "answered at the third delivery, not at the time-out");
    QCOMPARE(m_server->server().pendingWaits(), 0);
}

void tst_Waiting::waitForTimesOutWithTheFlag()
{
    sendEmail(u"only@example.com"_s);
    QElapsedTimer clock;
    clock.start();
    PendingGet poll(m_server->port(), u"/v1/deliveries?wait_for=5&timeout_ms=300"_s);
    QVERIFY(poll.wait());
    QVERIFY(clock.elapsed() >= 290);
    QCOMPARE(poll.status(), 200);
    const Json data = poll.json()["data"];
    QCOMPARE(data["timed_out"], true);
    QCOMPARE(data["total"], 1);
    QCOMPARE(data["deliveries"].size(), 1u);
}

void tst_Waiting::waitForAlreadyMetAnswersAtOnce()
{
    sendEmail(u"a@example.com"_s);
    const HttpReply r = m_client.get(m_server->url(u"/v1/deliveries?wait_for=1&timeout_ms=60000"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["data"]["timed_out"], false);
    // timeout_ms=0 asks without waiting at all.
    const HttpReply none = m_client.get(m_server->url(u"/v1/deliveries?wait_for=2&timeout_ms=0"_s));
    QCOMPARE(none.json()["data"]["timed_out"], true);
    // Without wait_for the answer is the plain list, without the flag.
    QVERIFY(!m_client.get(m_server->url(u"/v1/deliveries"_s)).json()["data"].contains("timed_out"));
}

void tst_Waiting::waitForStatusReachedBySimulation()
{
    const std::string uuid = sendEmail(u"someone@example.com"_s); // the emulation reports delivered soon
    const QString path = u"/v1/deliveries/%1/trace?wait_for_status=bounced,complained&timeout_ms=30000"_s.arg(
        QString::fromStdString(uuid));
    PendingGet poll(m_server->port(), path);
    QTRY_COMPARE(m_server->server().pendingWaits(), 1);
    // "delivered" is not what it waits for.
    QTRY_COMPARE(m_client.get(m_server->url(u"/v1/deliveries/%1/trace"_s.arg(QString::fromStdString(uuid))))
                     .json()["data"]["delivery"]["status"],
                 "delivered");
    QVERIFY(settle(*m_server));
    QVERIFY(!poll.done());
    const HttpReply simulated = m_client.post(
        m_server->url(u"/_local/deliveries/%1/simulate"_s.arg(QString::fromStdString(uuid))), Json{{"outcome", "bounced"}});
    QCOMPARE(simulated.status, 200);
    QVERIFY(poll.wait());
    QCOMPARE(poll.status(), 200);
    const Json data = poll.json()["data"];
    QCOMPARE(data["timed_out"], false);
    QCOMPARE(data["delivery"]["status"], "bounced");
    QVERIFY(data["timeline"].is_array());
}

void tst_Waiting::waitForStatusTimesOut()
{
    const std::string uuid = sendEmail(u"someone@example.com"_s);
    const HttpReply r = m_client.get(m_server->url(
        u"/v1/deliveries/%1/trace?wait_for_status=complained&timeout_ms=200"_s.arg(QString::fromStdString(uuid))));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["data"]["timed_out"], true);
    QVERIFY(r.json()["data"]["delivery"]["status"] != "complained");
    // An unknown delivery is a 404 at once, not a wait.
    const HttpReply unknown = m_client.get(m_server->url(
        u"/v1/deliveries/00000000-0000-0000-0000-000000000000/trace?wait_for_status=sent&timeout_ms=60000"_s));
    QCOMPARE(unknown.status, 404);
}

void tst_Waiting::rejectsBadWaits_data()
{
    QTest::addColumn<QString>("pathAndQuery");
    QTest::addColumn<QString>("field");
    QTest::newRow("zero") << u"/v1/deliveries?wait_for=0"_s << u"wait_for"_s;
    QTest::newRow("text") << u"/v1/deliveries?wait_for=many"_s << u"wait_for"_s;
    QTest::newRow("too long") << u"/v1/deliveries?wait_for=1&timeout_ms=60001"_s << u"timeout_ms"_s;
    QTest::newRow("negative") << u"/v1/deliveries?wait_for=1&timeout_ms=-1"_s << u"timeout_ms"_s;
    QTest::newRow("timeout alone") << u"/v1/deliveries?timeout_ms=100"_s << u"timeout_ms"_s;
    QTest::newRow("unknown status")
        << u"/v1/deliveries/00000000-0000-0000-0000-000000000000/trace?wait_for_status=sent,opened"_s
        << u"wait_for_status"_s;
    QTest::newRow("no status") << u"/v1/deliveries/00000000-0000-0000-0000-000000000000/trace?wait_for_status="_s
                               << u"wait_for_status"_s;
}

void tst_Waiting::rejectsBadWaits()
{
    QFETCH(QString, pathAndQuery);
    QFETCH(QString, field);
    const HttpReply r = m_client.get(m_server->url(pathAndQuery));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
    QCOMPARE(r.json()["details"][0]["field"], toStd(field));
}

void tst_Waiting::hundredLongPollsWhileSendsRun()
{
    constexpr int kPolls = 100;
    constexpr int kSends = 40;
    std::vector<std::unique_ptr<PendingGet>> polls;
    std::vector<int> wanted;
    for (int i = 0; i < kPolls; ++i) {
        // Most wait for a count the sends reach; every tenth for one they never do.
        const bool reachable = i % 10 != 9;
        wanted.push_back(reachable ? 1 + i % kSends : 10'000);
        polls.push_back(std::make_unique<PendingGet>(
            m_server->port(),
            u"/v1/deliveries?channel=email&wait_for=%1&timeout_ms=%2"_s.arg(wanted.back()).arg(reachable ? 30000 : 2000)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->server().pendingWaits(), kPolls, 10000);
    QElapsedTimer clock;
    clock.start();
    int sent = 0;
    for (int i = 0; i < kSends; ++i)
        sent += int(sendEmails({u"poll%1@example.com"_s.arg(i)}).size());
    QCOMPARE(sent, kSends);
    qInfo("%d sends took %lld ms with %d long-polls waiting", kSends, clock.elapsed(), kPolls);
    for (int i = 0; i < kPolls; ++i) {
        QVERIFY2(polls[i]->wait(), qPrintable(u"poll %1 never answered"_s.arg(i)));
        QCOMPARE(polls[i]->status(), 200);
        const Json data = polls[i]->json()["data"];
        const bool reachable = wanted[i] <= kSends;
        QCOMPARE(data["timed_out"], !reachable);
        if (reachable)
            QVERIFY2(data["total"].get<int>() >= wanted[i], qPrintable(u"poll %1"_s.arg(i)));
        else
            QCOMPARE(data["total"], kSends);
    }
    QCOMPARE(m_server->server().pendingWaits(), 0);
}

void tst_Waiting::eventStreamReportsWhatATestNeeds()
{
    Subscriber events(m_server->port());
    QVERIFY(events.ready());
    QVERIFY(events.head().startsWith("HTTP/1.1 200"));
    QVERIFY(events.head().contains("Content-Type: text/event-stream"));

    // A delivery created, then its status changed by the provider emulation.
    const std::string uuid = sendEmail(u"stream@example.com"_s);
    const auto same = [&](const Json &d) { return isUuid(d["delivery"]["uuid"], uuid); };
    QVERIFY(events.waitFor("delivery.created", same));
    const Json created = events.find("delivery.created", same)->data["delivery"];
    QCOMPARE(created["event_name"], "order.confirmed");
    QCOMPARE(created["status"], "sent");
    QVERIFY(created["message_id"].is_string());
    QVERIFY(events.waitFor("delivery.status_changed",
                           [&](const Json &d) { return same(d) && d["delivery"]["status"] == "delivered"; }));

    // A contact written.
    const Json contact = m_client.post(m_server->url(u"/v1/contacts"_s), Json{{"email", "sse@example.com"}}).json();
    const std::string contactUuid = contact["data"]["contact"]["uuid"].get<std::string>();
    QVERIFY(events.waitFor("contact.changed",
                           [&](const Json &d) { return isUuid(d["uuid"], contactUuid) && d["change"] == "created"; }));

    // A webhook attempt (to a port nobody listens on: it fails, and says so).
    QCOMPARE(m_client.post(m_server->url(u"/v1/webhooks"_s), Json{{"url", "http://127.0.0.1:9/hook"}}).status, 201);
    const std::string hooked = sendEmail(u"hooked@example.com"_s);
    QVERIFY(events.waitFor("webhook.attempt", [&](const Json &d) { return isUuid(d["delivery_uuid"], hooked); }));
    const Json attempt = events.find("webhook.attempt", [&](const Json &d) { return isUuid(d["delivery_uuid"], hooked); })->data;
    QVERIFY(attempt["message_id"].get<std::string>().starts_with("msg_"));
    QVERIFY(attempt["event"].get<std::string>().starts_with("delivery."));
    QCOMPARE(attempt["attempt"], 1);
    QCOMPARE(attempt["outcome"], "failed");

    // A reset.
    QCOMPARE(m_client.post(m_server->url(u"/_local/reset"_s), Json::object()).status, 200);
    QVERIFY(events.waitFor("reset"));
    QVERIFY(!events.closed());
}

void tst_Waiting::subscriberLeavingMidStreamHarmsNoOne()
{
    Subscriber leaving(m_server->port());
    Subscriber staying(m_server->port());
    QVERIFY(leaving.ready());
    QVERIFY(staying.ready());
    QCOMPARE(m_server->server().eventSubscribers(), 2);
    const std::string first = sendEmail(u"first@example.com"_s);
    const auto is = [](const std::string &uuid) { return [uuid](const Json &d) { return isUuid(d["delivery"]["uuid"], uuid); }; };
    QVERIFY(leaving.waitFor("delivery.created", is(first)));
    QVERIFY(staying.waitFor("delivery.created", is(first)));

    leaving.disconnect(); // mid-stream, without a word
    QTRY_COMPARE(m_server->server().eventSubscribers(), 1);
    std::vector<std::string> later;
    for (int i = 0; i < 5; ++i)
        later.push_back(sendEmail(u"later%1@example.com"_s.arg(i)));
    for (const std::string &uuid : later) {
        QVERIFY(!uuid.empty());
        QVERIFY(staying.waitFor("delivery.created", is(uuid)));
    }
    QCOMPARE(m_client.get(m_server->url(u"/healthz"_s)).status, 200);
}

void tst_Waiting::slowSubscriberIsDroppedWithAFinalEvent()
{
#ifdef Q_OS_WIN
    QSKIP("the slow subscriber is a POSIX socket");
#else
    constexpr qsizetype kBacklog = 256 * 1024;
    m_server.reset();
    startServer(kBacklog);
    Subscriber fast(m_server->port());
    QVERIFY(fast.ready());

    // A subscriber that never reads, with a small receive buffer so the server's
    // backlog fills soon.
    const int slow = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(slow >= 0);
    const int small = 4096;
    ::setsockopt(slow, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_server->port());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(slow, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    const QByteArray request = getRequest(u"/_local/events"_s);
    QCOMPARE(::send(slow, request.constData(), size_t(request.size()), 0), ssize_t(request.size()));
    QTRY_COMPARE(m_server->server().eventSubscribers(), 2);

    // Sends of 100 recipients each (two events a delivery: created, delivered) until
    // the slow one is dropped; every send must still complete.
    QElapsedTimer clock;
    clock.start();
    int batches = 0;
    int deliveries = 0;
    std::vector<std::string> uuids;
    while (m_server->server().eventSubscribers() == 2 && batches < 200) {
        QStringList to;
        for (int i = 0; i < 100; ++i)
            to << u"r%1.%2@example.com"_s.arg(batches).arg(i);
        const auto sent = sendEmails(to);
        QCOMPARE(int(sent.size()), 100);
        deliveries += int(sent.size());
        uuids.insert(uuids.end(), sent.begin(), sent.end());
        ++batches;
    }
    QCOMPARE(m_server->server().eventSubscribers(), 1); // the slow one went, the fast one stays
    qInfo("%d deliveries in %d sends took %lld ms until the slow subscriber was dropped", deliveries, batches,
          clock.elapsed());
    // Sends go on at their pace with the slow subscriber gone.
    for (int i = 0; i < 5; ++i) {
        const auto sent = sendEmails({u"after%1@example.com"_s.arg(i)});
        QCOMPARE(int(sent.size()), 1);
        uuids.push_back(sent[0]);
    }
    // The fast subscriber saw every delivery created.
    QTRY_COMPARE_WITH_TIMEOUT(fast.count("delivery.created"), int(uuids.size()), 20000);
    QVERIFY(!fast.closed());

    // The slow one, reading at last, finds the events up to the bound, then the final
    // `dropped` event, then the end of the stream.
    // (Without blocking: the server runs on this thread and writes as it is read.)
    QByteArray received;
    char buffer[65536];
    QElapsedTimer reading;
    reading.start();
    for (bool ended = false; !ended && reading.elapsed() < 30000;) {
        const ssize_t n = ::recv(slow, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n > 0)
            received.append(buffer, n);
        else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
            ended = true;
        else
            QTest::qWait(2);
    }
    ::close(slow);
    QVERIFY(received.startsWith("HTTP/1.1 200"));
    QVERIFY2(received.trimmed().endsWith("}"), received.right(200).constData());
    const qsizetype last = received.lastIndexOf("event: ");
    QVERIFY(last > 0);
    QVERIFY2(received.mid(last).startsWith("event: dropped\ndata: {"), received.mid(last).constData());
    QCOMPARE(received.count("event: dropped"), 1);
#endif
}

QTEST_GUILESS_MAIN(tst_Waiting)
#include "tst_waiting.moc"
