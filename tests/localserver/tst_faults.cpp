// Faults on demand (issue 23), over real HTTP: provider faults in send answers, traces
// and the live stream; API faults with their status, headers and delays; seeds that
// repeat a run; idempotent replays of a faulted answer; validation and reset.
#include "sendfixture.h"

#include <emulation/faults.h>
#include <httpclient.h>
#include <testserver.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

// A subscriber of GET /_local/events keeping every `data:` line with its event name.
class EventReader final
{
public:
    explicit EventReader(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket, [this] {
            m_socket.write("GET /_local/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                           + kSandboxKey.toUtf8() + "\r\n\r\n");
        });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_text += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    // The data of the first event named `name` for which `match` holds, once it came.
    std::optional<Json> waitFor(const QByteArray &name, const std::function<bool(const Json &)> &match)
    {
        std::optional<Json> found;
        (void)QTest::qWaitFor([&] {
            QList<QByteArray> blocks;
            for (qsizetype from = 0, end; (end = m_text.indexOf("\n\n", from)) >= 0; from = end + 2)
                blocks.append(m_text.mid(from, end - from));
            for (const QByteArray &block : std::as_const(blocks)) {
                QByteArray event;
                Json data;
                for (const QByteArray &line : block.split('\n')) {
                    if (line.startsWith("event: "))
                        event = line.mid(7);
                    else if (line.startsWith("data: "))
                        data = parseJson(line.mid(6)).value_or(Json());
                }
                if (event == name && match(data)) {
                    found = data;
                    return true;
                }
            }
            return false;
        }, 10000);
        return found;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_text;
};

Json smsTo(const char *phone)
{
    return Json{{"to", phone}, {"payload", {{"note", "n"}}}};
}

} // namespace

class tst_Faults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void offByDefault();
    void refusalAnswers502AndIsJournalled();
    void failsTheNextThreeSms();
    void sameSeedSameFaults();
    void targetsRecipientAndEvent();
    void bounceWithLatencyIsMarkedInTheTrace();
    void liveStreamFlagsInjectedDeliveries();
    void rateLimitedWithRetryAfter();
    void serverErrorAndUnavailable();
    void delayAnswersLate();
    void replayReplaysTheFault();
    void localRoutesAreNeverFaulted();
    void resetClearsRules();
    void deleteClearsRules();
    void rejectsInvalidRules_data();
    void rejectsInvalidRules();
    void proxyModeRefusesRules();
    void faultsFileAtStart();
    void globs();

private:
    HttpReply putFaults(const Json &document) { return m_client.put(m_server->url(u"/_local/faults"_s), document); }
    Json faults() { return m_client.get(m_server->url(u"/_local/faults"_s)).json()["data"]["faults"]; }
    HttpReply sendSms(const char *phone, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return sendTo(m_client, *m_server, u"/v1/send/all.channels/sms"_s, smsTo(phone), headers);
    }
    QString statusOf(const std::string &uuid) { return toQt(traceOf(m_client, *m_server, uuid)["data"]["delivery"]["status"].get<std::string>()); }

    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
};

void tst_Faults::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    QCOMPARE(m_client.put(m_server->url(u"/_local/workspace"_s), sendFixture()).status, 200);
}

void tst_Faults::cleanup()
{
    m_server.reset();
}

void tst_Faults::offByDefault()
{
    const Json f = faults();
    QCOMPARE(f["rules"], Json::array());
    QCOMPARE(f["active"], false);
    QCOMPARE(f["applies"], true);
    const HttpReply r = sendSms("+46701111111");
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("X-Sendivent-Fault").isEmpty());
}

void tst_Faults::refusalAnswers502AndIsJournalled()
{
    const HttpReply put = putFaults(Json::parse(R"j({"seed": 7, "rules": [{"kind": "refuse", "channel": "sms"}]})j"));
    QCOMPARE(put.status, 200);
    QCOMPARE(put.json()["data"]["faults"]["rules"][0]["id"], "r1");
    QCOMPARE(put.json()["data"]["faults"]["active"], true);

    const HttpReply r = sendSms("+46701111111");
    QCOMPARE(r.status, 502);
    const Json j = r.json();
    QCOMPARE(j["success"], false);
    QCOMPARE(j["deliveries"], Json::array());
    QCOMPARE(j["errors"][0]["code"], "PROVIDER_ERROR");
    QCOMPARE(j["errors"][0]["channel"], "sms");
    QVERIFY(toQt(j["errors"][0]["message"].get<std::string>()).contains(u"injected fault (rule r1)"_s));
    QCOMPARE(r.header("X-Sendivent-Fault"), "r1 refuse");

    // Other channels are not touched.
    const HttpReply slack = sendTo(m_client, *m_server, u"/v1/send/all.channels/slack"_s,
                                   Json{{"to", {{"slack", "U0X"}, {"email", "x@example.com"}}}, {"payload", Json::object()}});
    QCOMPARE(slack.status, 200);
    QVERIFY(slack.header("X-Sendivent-Fault").isEmpty());

    const Json journal = m_client.get(m_server->url(u"/_local/requests?path=/v1/send"_s)).json()["data"]["requests"];
    QCOMPARE(journal.size(), 2u);
    QCOMPARE(journal[0]["fault"], nullptr);
    QCOMPARE(journal[1]["fault"], "r1 refuse");
    QCOMPARE(journal[1]["status"], 502);
    QCOMPARE(faults()["rules"][0]["fired"], 1);
}

void tst_Faults::failsTheNextThreeSms()
{
    QCOMPARE(putFaults(Json::parse(R"j({"rules": [{"id": "sms-down", "kind": "fail", "channel": "sms", "count": 3}]})j"))
                 .status,
             200);
    std::vector<std::string> uuids;
    for (int i = 0; i < 5; ++i) {
        const HttpReply r = sendSms("+46701111111");
        QCOMPARE(r.status, 200); // accepted: the failure comes later, as a provider's report
        QCOMPARE(r.header("X-Sendivent-Fault"), i < 3 ? QByteArray("sms-down fail") : QByteArray());
        uuids.push_back(deliveryOf(r.json(), "sms"));
    }
    for (int i = 0; i < 3; ++i)
        QTRY_COMPARE(statusOf(uuids[i]), u"failed"_s);
    const Json trace = traceOf(m_client, *m_server, uuids[0])["data"];
    QVERIFY(toQt(trace["delivery"]["error"].get<std::string>()).startsWith(u"Injected fault (rule sms-down)"_s));
    QCOMPARE(trace["timeline"].back()["event"], "failed");
    QVERIFY(toQt(trace["timeline"].back()["detail"].get<std::string>()).contains(u"Injected"_s));
    // The other two stay sent (an SMS provider reports nothing more); by the time the
    // third failed, theirs would have come too.
    QCOMPARE(statusOf(uuids[3]), u"sent"_s);
    QCOMPARE(statusOf(uuids[4]), u"sent"_s);
    const Json rule = faults()["rules"][0];
    QCOMPARE(rule["fired"], 3);
    QCOMPARE(rule["remaining"], 0);
    QCOMPARE(rule["matched"], 5);
    QCOMPARE(faults()["active"], false);
}

void tst_Faults::sameSeedSameFaults()
{
    const auto run = [this](quint64 seed) {
        TestServer server;
        if (!server.start())
            return QString(u"start failed: "_s + server.lastError());
        m_client.put(server.url(u"/_local/workspace"_s), sendFixture());
        Json doc = Json::parse(R"j({"rules": [{"kind": "refuse", "channel": "sms", "probability": 0.5}]})j");
        doc["seed"] = seed;
        if (m_client.put(server.url(u"/_local/faults"_s), doc).status != 200)
            return u"PUT failed"_s;
        QString outcomes;
        for (int i = 0; i < 24; ++i) {
            // Traffic the rule does not match in between, as a test's polls would be.
            m_client.get(server.url(u"/v1/deliveries"_s));
            const int status = sendTo(m_client, server, u"/v1/send/all.channels/sms"_s, smsTo("+46701111111")).status;
            outcomes += status == 502 ? u'x' : status == 200 ? u'.' : u'?';
        }
        return outcomes;
    };
    const QString first = run(42);
    const QString second = run(42);
    QCOMPARE(second, first);
    QVERIFY2(first.contains(u'x') && first.contains(u'.'), qPrintable(first)); // a coin, not a constant
    QVERIFY(!first.contains(u'?'));
    QVERIFY(run(43) != first); // 2^-24 of a chance to be equal by luck
}

void tst_Faults::targetsRecipientAndEvent()
{
    QCOMPARE(putFaults(Json::parse(R"j({"rules": [
        {"kind": "refuse", "recipient": "*@blocked.example"},
        {"kind": "refuse", "event": "half.*", "channel": "slack"}]})j"))
                 .status,
             200);
    const auto email = [&](const char *to) {
        return sendTo(m_client, *m_server, u"/v1/send/all.channels/email"_s, Json{{"to", to}, {"payload", Json::object()}});
    };
    QCOMPARE(email("Ann@Blocked.example").status, 502); // addresses compare without case
    QCOMPARE(email("ann@open.example").status, 200);
    const Json slackContact = {{"slack", "U0SL"}, {"email", "sl@open.example"}};
    QCOMPARE(sendTo(m_client, *m_server, u"/v1/send/all.channels/slack"_s, Json{{"to", slackContact}, {"payload", Json::object()}})
                 .status,
             200);
    const HttpReply half = sendTo(m_client, *m_server, u"/v1/send/half.templated/slack"_s,
                                  Json{{"to", slackContact}, {"payload", Json::object()}});
    QCOMPARE(half.status, 502);
    QCOMPARE(half.header("X-Sendivent-Fault"), "r2 refuse");
}

void tst_Faults::bounceWithLatencyIsMarkedInTheTrace()
{
    QCOMPARE(putFaults(Json::parse(R"j({"rules": [{"kind": "bounce", "latency_ms": [400, 400]}]})j")).status, 200);
    // An SMS passes a bounce rule by: only email bounces.
    QCOMPARE(sendSms("+46701111111").header("X-Sendivent-Fault"), QByteArray());
    QElapsedTimer clock;
    clock.start();
    const HttpReply r = sendTo(m_client, *m_server, u"/v1/send/all.channels/email"_s,
                               Json{{"to", "ann@example.com"}, {"payload", Json::object()}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("X-Sendivent-Fault"), "r1 bounce");
    const std::string uuid = deliveryOf(r.json(), "email");
    QTRY_COMPARE(statusOf(uuid), u"bounced"_s);
    // The emulated delay (100 ms) plus the injected 400 ms.
    QVERIFY2(clock.elapsed() >= 400, qPrintable(QString::number(clock.elapsed())));
    const Json timeline = traceOf(m_client, *m_server, uuid)["data"]["timeline"];
    QCOMPARE(timeline.back()["event"], "bounced");
    QVERIFY(toQt(timeline.back()["detail"].get<std::string>()).startsWith(u"Injected fault (rule r1): Permanent bounce"_s));
}

void tst_Faults::liveStreamFlagsInjectedDeliveries()
{
    EventReader reader(m_server->port());
    QVERIFY(reader.waitFor("ready", [](const Json &) { return true; }));
    QCOMPARE(putFaults(Json::parse(R"j({"rules": [{"kind": "fail", "recipient": "+4670222*"}]})j")).status, 200);
    const std::string plain = deliveryOf(sendSms("+46701111111").json(), "sms");
    const std::string faulted = deliveryOf(sendSms("+46702222222").json(), "sms");
    const auto changed = reader.waitFor("delivery.status_changed", [&](const Json &d) {
        return d["delivery"]["uuid"] == faulted && d["delivery"]["status"] == "failed";
    });
    QVERIFY(changed);
    QCOMPARE((*changed)["injected"], true);
    QCOMPARE((*changed)["fault"], "r1 fail");
    const auto created = reader.waitFor("delivery.created", [&](const Json &d) { return d["delivery"]["uuid"] == plain; });
    QVERIFY(created);
    QVERIFY(!created->contains("injected"));
}

void tst_Faults::rateLimitedWithRetryAfter()
{
    QCOMPARE(putFaults(Json::parse(
                 R"j({"rules": [{"kind": "rate_limited", "method": "get", "path": "/v1/events*", "count": 2, "retry_after": 3}]})j"))
                 .status,
             200);
    for (int i = 0; i < 2; ++i) {
        const HttpReply r = m_client.get(m_server->url(u"/v1/events"_s));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json()["code"], "RATE_LIMITED");
        QCOMPARE(r.json()["success"], false);
        QCOMPARE(r.header("Retry-After"), "3");
        QCOMPARE(r.header("X-Sendivent-Fault"), "r1 rate_limited");
    }
    QCOMPARE(m_client.get(m_server->url(u"/v1/contacts"_s)).status, 200); // another path
    const HttpReply third = m_client.get(m_server->url(u"/v1/events"_s));
    QCOMPARE(third.status, 200);
    QVERIFY(third.header("X-Sendivent-Fault").isEmpty());
    const Json journal = m_client.get(m_server->url(u"/_local/requests?status=429"_s)).json()["data"]["requests"];
    QCOMPARE(journal.size(), 2u);
    QCOMPARE(journal[0]["fault"], "r1 rate_limited");
}

void tst_Faults::serverErrorAndUnavailable()
{
    QCOMPARE(putFaults(Json::parse(R"j({"rules": [
        {"kind": "server_error", "path": "/v1/contacts", "count": 1},
        {"kind": "unavailable", "path": "/v1/integrations", "count": 1, "retry_after": 2}]})j"))
                 .status,
             200);
    const HttpReply a = m_client.post(m_server->url(u"/v1/contacts"_s), Json{{"email", "x@example.com"}});
    QCOMPARE(a.status, 500);
    QCOMPARE(a.json()["code"], "SERVER_ERROR");
    QCOMPARE(a.header("X-Sendivent-Fault"), "r1 server_error");
    // Instead of the route: the contact was never created.
    QCOMPARE(m_client.get(m_server->url(u"/v1/contacts/x@example.com"_s)).status, 404);
    const HttpReply b = m_client.get(m_server->url(u"/v1/integrations"_s));
    QCOMPARE(b.status, 503);
    QCOMPARE(b.json()["code"], "SERVER_ERROR");
    QCOMPARE(b.header("Retry-After"), "2");
    QCOMPARE(m_client.post(m_server->url(u"/v1/contacts"_s), Json{{"email", "x@example.com"}}).status, 201);
}

void tst_Faults::delayAnswersLate()
{
    QCOMPARE(putFaults(Json::parse(R"j({"rules": [{"kind": "delay", "path": "/v1/events", "latency_ms": 300}]})j")).status,
             200);
    QElapsedTimer clock;
    clock.start();
    const HttpReply r = m_client.get(m_server->url(u"/v1/events"_s));
    const qint64 took = clock.elapsed();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["success"], true);
    QCOMPARE(r.header("X-Sendivent-Fault"), "r1 delay");
    QVERIFY2(took >= 300, qPrintable(QString::number(took)));
}

void tst_Faults::replayReplaysTheFault()
{
    QCOMPARE(putFaults(Json::parse("{\"rules\": [{\"kind\": \"server_error\", \"method\": \"POST\", \"path\": \"/v1/send/*\", \"count\": 1}]}"))
                 .status,
             200);
    const QList<QPair<QByteArray, QByteArray>> key{{"X-Idempotency-Key", "order-1"}};
    const HttpReply first = sendSms("+46701111111", key);
    QCOMPARE(first.status, 500);
    QCOMPARE(first.header("X-Sendivent-Fault"), "r1 server_error");
    const HttpReply replay = sendSms("+46701111111", key);
    QCOMPARE(replay.status, 500);
    QCOMPARE(replay.header("X-Idempotent-Replay"), "true");
    QCOMPARE(replay.header("X-Sendivent-Fault"), "r1 server_error");
    QCOMPARE(replay.body, first.body);
    // The replay did not use the rule up: it had one firing, spent on the first.
    QCOMPARE(faults()["rules"][0]["matched"], 1);
    QCOMPARE(m_client.get(m_server->url(u"/v1/deliveries"_s)).json()["data"]["total"], 0);
    // A new key is a new request, and the rule is spent.
    const HttpReply fresh = sendSms("+46701111111", {{"X-Idempotency-Key", "order-2"}});
    QCOMPARE(fresh.status, 200);
    const HttpReply freshReplay = sendSms("+46701111111", {{"X-Idempotency-Key", "order-2"}});
    QCOMPARE(freshReplay.body, fresh.body);
}

void tst_Faults::localRoutesAreNeverFaulted()
{
    QCOMPARE(putFaults(Json::parse(R"j({"rules": [{"kind": "server_error"}]})j")).status, 200);
    QCOMPARE(m_client.get(m_server->url(u"/_local/faults"_s)).status, 200);
    QCOMPARE(m_client.get(m_server->url(u"/_local/requests"_s)).status, 200);
    QCOMPARE(HttpClient().get(m_server->url(u"/healthz"_s)).status, 200);
    QCOMPARE(m_client.get(m_server->url(u"/v1/events"_s)).status, 500);
}

void tst_Faults::resetClearsRules()
{
    QCOMPARE(putFaults(Json::parse(R"j({"rules": [{"kind": "refuse"}]})j")).status, 200);
    QCOMPARE(m_client.send("POST", m_server->url(u"/_local/reset"_s)).status, 200);
    QCOMPARE(faults()["rules"], Json::array());
    QCOMPARE(sendSms("+46701111111").status, 200);
}

void tst_Faults::deleteClearsRules()
{
    QCOMPARE(putFaults(Json::parse(R"j({"rules": [{"kind": "refuse"}]})j")).status, 200);
    const HttpReply del = m_client.del(m_server->url(u"/_local/faults"_s));
    QCOMPARE(del.status, 200);
    QCOMPARE(del.json()["data"]["faults"]["rules"], Json::array());
    QCOMPARE(sendSms("+46701111111").status, 200);
}

void tst_Faults::rejectsInvalidRules_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("field");
    QTest::newRow("no rules") << QByteArray(R"j({"seed": 1})j") << u"rules"_s;
    QTest::newRow("unknown kind") << QByteArray(R"j({"rules": [{"kind": "explode"}]})j") << u"rules[0].kind"_s;
    QTest::newRow("no kind") << QByteArray(R"j({"rules": [{"channel": "sms"}]})j") << u"rules[0].kind"_s;
    QTest::newRow("probability") << QByteArray(R"j({"rules": [{"kind": "fail", "probability": 1.5}]})j")
                                 << u"rules[0].probability"_s;
    QTest::newRow("both") << QByteArray(R"j({"rules": [{"kind": "fail", "probability": 0.5, "count": 2}]})j")
                          << u"rules[0].count"_s;
    QTest::newRow("count") << QByteArray(R"j({"rules": [{"kind": "fail", "count": 0}]})j") << u"rules[0].count"_s;
    QTest::newRow("channel") << QByteArray(R"j({"rules": [{"kind": "fail", "channel": "fax"}]})j")
                             << u"rules[0].channel"_s;
    QTest::newRow("api matcher on provider") << QByteArray("{\"rules\": [{\"kind\": \"fail\", \"path\": \"/v1/*\"}]}")
                                             << u"rules[0].path"_s;
    QTest::newRow("provider matcher on api") << QByteArray(R"j({"rules": [{"kind": "rate_limited", "channel": "sms"}]})j")
                                             << u"rules[0].channel"_s;
    QTest::newRow("latency range") << QByteArray(R"j({"rules": [{"kind": "delay", "latency_ms": [500, 100]}]})j")
                                   << u"rules[0].latency_ms"_s;
    QTest::newRow("delay without latency") << QByteArray(R"j({"rules": [{"kind": "delay"}]})j")
                                           << u"rules[0].latency_ms"_s;
    QTest::newRow("unknown field") << QByteArray(R"j({"rules": [{"kind": "fail", "chanel": "sms"}]})j")
                                   << u"rules[0].chanel"_s;
    QTest::newRow("bounce on sms") << QByteArray(R"j({"rules": [{"kind": "bounce", "channel": "sms"}]})j")
                                   << u"rules[0].channel"_s;
    QTest::newRow("same id") << QByteArray(R"j({"rules": [{"id": "a", "kind": "fail"}, {"id": "a", "kind": "refuse"}]})j")
                             << u"rules[1].id"_s;
    QTest::newRow("seed") << QByteArray(R"j({"seed": -1, "rules": []})j") << u"seed"_s;
}

void tst_Faults::rejectsInvalidRules()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, field);
    QCOMPARE(putFaults(Json::parse(R"j({"rules": [{"kind": "refuse"}]})j")).status, 200);
    const HttpReply r = m_client.send("PUT", m_server->url(u"/_local/faults"_s), document);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
    QStringList fields;
    const Json body = r.json();
    for (const Json &d : body["details"])
        fields << toQt(d["field"].get<std::string>());
    QVERIFY2(fields.contains(field), qPrintable(fields.join(u", "_s)));
    // A rejected document leaves the rules as they were.
    QCOMPARE(faults()["rules"].size(), 1u);
}

void tst_Faults::proxyModeRefusesRules()
{
    QCOMPARE(putFaults(Json::parse(R"j({"rules": [{"kind": "refuse"}]})j")).status, 200);
    m_server->server().setProxy(server::ProxyTarget{QUrl(u"http://127.0.0.1:9"_s), u"live_remote0123456789"_s});
    const HttpReply r = putFaults(Json::parse(R"j({"rules": [{"kind": "refuse"}]})j"));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json()["code"], "CONFLICT");
    QCOMPARE(faults()["applies"], false);
    // Forwarded as it is: the unreachable remote answers, not a fault rule.
    const HttpReply sent = sendSms("+46701111111");
    QCOMPARE(sent.json()["code"], "PROVIDER_ERROR");
    QVERIFY(sent.header("X-Sendivent-Fault").isEmpty());
}

void tst_Faults::faultsFileAtStart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"faults.json"_s);
    const auto write = [&](const QByteArray &text) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    };
    QVERIFY(write(R"j({"seed": 5, "rules": [{"kind": "rate_limited", "count": 1}]})j"));
    server::LocalServerOptions options;
    options.faultsFile = path;
    TestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    QCOMPARE(m_client.get(server.url(u"/v1/events"_s)).status, 429);
    QCOMPARE(m_client.get(server.url(u"/v1/events"_s)).status, 200);
    QCOMPARE(m_client.get(server.url(u"/_local/faults"_s)).json()["data"]["faults"]["seed"], 5);

    QVERIFY(write(R"j({"rules": [{"kind": "rate_limited", "count": -1}]})j"));
    TestServer bad(options);
    QVERIFY(!bad.start());
    QVERIFY2(bad.lastError().contains(u"rules[0].count"_s), qPrintable(bad.lastError()));
}

void tst_Faults::globs()
{
    QVERIFY(FaultRules::globMatches(u"*", u""));
    QVERIFY(FaultRules::globMatches(u"/v1/send/*", u"/v1/send/a/sms"));
    QVERIFY(FaultRules::globMatches(u"+1555?", u"+15551"));
    QVERIFY(!FaultRules::globMatches(u"+1555?", u"+155512"));
    QVERIFY(FaultRules::globMatches(u"*@x.example", u"A@X.EXAMPLE"));
    QVERIFY(!FaultRules::globMatches(u"a*b", u"acbd"));
    QVERIFY(FaultRules::globMatches(u"a*b*c", u"aXbYbZc"));
}

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
