// Webhook dispatch end to end (DESIGN §8): a real server on a real SQLite file sends
// to a real HTTP receiver in the test. Payloads, Standard Webhooks signatures (checked
// by the console's verifier and by the reference npm `standardwebhooks` package under
// Node.js), event filters, is_active, retries, time-outs, 410, resends, test events,
// secret rotation, reset, and messages that survive a restart.
#include "sendfixture.h"

#include <backend/localbackend.h>
#include <base/timeutil.h>
#include <changenotifier.h>
#include <emulation/clock.h>
#include <idleprobe.h>
#include <jsoncompare.h>
#include <storage/database.h>
#include <stubservers.h>
#include <webhooks/webhooksignature.h>

#include <set>

#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <chrono>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// One request the receiver got.
using Received = SeenRequest;

// A webhook endpoint: answers each request with the next scripted answer (200 when
// the script is used up), or holds it without answering, and keeps what it saw.
class Receiver final
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body = "ok";
        bool hold = false; // never answer (a time-out)
    };

    Receiver()
        : m_server([this](const SeenRequest &) {
            const Answer answer = m_script.isEmpty() ? Answer() : m_script.takeFirst();
            return answer.hold ? QByteArray() : httpAnswer(answer.status, answer.body, {}, "text/plain");
        })
    {
    }

    QString url(const QString &path = u"/hook"_s) const { return m_server.url().toString() + path; }
    void script(QList<Answer> answers) { m_script = std::move(answers); }
    const QList<Received> &requests() const { return m_server.requests(); }
    bool waitFor(int count, int timeoutMs = 10'000) const
    {
        return QTest::qWaitFor([&] { return requests().size() >= count; }, timeoutMs);
    }

private:
    QList<Answer> m_script;
    ScriptedServer m_server; // declared last: its script reads m_script
};

Status verifyOwn(const Received &r, const QString &secret)
{
    return webhooksignature::verify(secret,
                                    {QString::fromLatin1(r.header("webhook-id")),
                                     QString::fromLatin1(r.header("webhook-timestamp")),
                                     QString::fromLatin1(r.header("webhook-signature"))},
                                    r.body);
}

// Runs the reference library (tst_webhooks_verify.js) over Node.js.
Json runNode(const Json &input)
{
    const QString node = qEnvironmentVariable("SENDIVENT_NODE");
    const QString script = qEnvironmentVariable("SENDIVENT_WEBHOOK_VERIFIER");
    const QString modules = qEnvironmentVariable("SENDIVENT_WEBHOOK_MODULES");
    if (node.isEmpty() || script.isEmpty() || modules.isEmpty()) {
        qWarning("SENDIVENT_NODE, SENDIVENT_WEBHOOK_VERIFIER and SENDIVENT_WEBHOOK_MODULES must be set (ctest sets them)");
        return Json();
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NODE_PATH"_s, modules);
    p.setProcessEnvironment(env);
    p.start(node, {script});
    if (!p.waitForStarted(10'000))
        return Json();
    p.write(dumpJson(input));
    p.closeWriteChannel();
    if (!p.waitForFinished(60'000) || p.exitCode() != 0) {
        qWarning() << "node failed:" << p.readAllStandardError();
        return Json();
    }
    return parseJson(p.readAllStandardOutput()).value_or(Json());
}

Json nodeVerifyItem(const Received &r, const QString &secret)
{
    return Json{{"secret", toStd(secret)},
                {"headers",
                 {{"webhook-id", r.header("webhook-id").toStdString()},
                  {"webhook-timestamp", r.header("webhook-timestamp").toStdString()},
                  {"webhook-signature", r.header("webhook-signature").toStdString()}}},
                {"body_base64", r.body.toBase64().toStdString()}};
}

} // namespace

// Points the console at `base` to the receiver for delivery.sent, then sends one
// order.confirmed email; the send's answer (a failed endpoint creation answers 0).
HttpReply endpointThenSendTo(const QString &base, const QString &receiver)
{
    HttpClient client(kSandboxKey);
    const HttpReply created = client.post(QUrl(base + u"/v1/webhooks"_s),
                                          Json{{"url", toStd(receiver)}, {"enabled_events", {"delivery.sent"}}});
    if (created.status != 201)
        return {};
    return client.post(QUrl(base + u"/v1/send/order.confirmed/email"_s),
                       Json{{"to", "jane@example.com"}, {"payload", {{"order_id", "1"}, {"total", "2"}}}});
}

class tst_Webhooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void payloadAndSignatures();
    void referenceLibraryAgreesWithTheSigner();
    void filtersByEnabledEvents();
    void inactiveEndpointGetsNothing();
    void retriesUntilA2xx();
    void failsWhenTheScheduleRunsOut();
    void timeOutIsAFailedAttempt();
    void retryScheduleFromTheCommandLine();
    void pendingMessageSurvivesARestart();
    void attemptInFlightAtStopIsInterrupted();
    void attemptInterruptedByKillRetriesOnTheSchedule();
    void sendsWhatTheGuiBackendQueued();
    void goneDisablesTheEndpoint();
    void testEventAndResend();
    void rotatedSecretSignsTheNextMessage();
    void resetClearsMessagesButKeepsTheEndpoint();
    void failedRenderIsAFailedEvent();

private:
    void startServer(QList<std::chrono::milliseconds> schedule, std::chrono::milliseconds timeout = 5s);
    Json createWebhook(const Json &body);
    std::string sendEmail(const QString &to);
    Json trace(const std::string &uuid) { return traceOf(m_client, *m_server, uuid); }
    Json attemptsOf(const std::string &uuid) { return trace(uuid)["data"]["webhook_attempts"]; }
    qint64 rows(const QString &sql);
    // The server's clock, frozen from its start: retries come when a test moves it.
    Clock &clock() { return *m_server->server().clock(); }
    // Nothing is owed now, and nothing more came than `count` requests.
    bool settledAt(qsizetype count);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
    std::unique_ptr<Receiver> m_receiver;
};

void tst_Webhooks::startServer(QList<std::chrono::milliseconds> schedule, std::chrono::milliseconds timeout)
{
    m_server.reset();
    server::LocalServerOptions options;
    options.dataDir = m_dataDir->path();
    options.outcomeDelayMs = 20;
    options.webhookRetrySchedule = std::move(schedule);
    options.webhookTimeout = timeout;
    options.clockFrozen = true;
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
}

void tst_Webhooks::init()
{
    // Every test gets a fresh data folder and receiver.
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_receiver = std::make_unique<Receiver>();
    startServer({200ms, 200ms, 200ms});
    const HttpReply r = m_client.put(m_server->url(u"/_local/workspace"_s), sendFixture());
    QVERIFY2(r.status == 200, r.body.constData());
}

void tst_Webhooks::cleanup()
{
    m_server.reset();
    m_receiver.reset();
    m_dataDir.reset();
}

Json tst_Webhooks::createWebhook(const Json &body)
{
    const HttpReply r = m_client.post(m_server->url(u"/v1/webhooks"_s), body);
    if (r.status != 201) {
        qWarning() << "create webhook:" << r.status << r.body;
        return Json();
    }
    return r.json()["data"]["webhook"];
}

std::string tst_Webhooks::sendEmail(const QString &to)
{
    const HttpReply r = sendTo(m_client, *m_server, u"/v1/send/all.channels/email"_s,
                               Json{{"to", to.toStdString()}, {"payload", {{"note", "n"}}}});
    if (r.status != 200)
        qWarning() << r.body;
    return deliveryOf(r.json(), "email");
}

bool tst_Webhooks::settledAt(qsizetype count)
{
    if (!settle(*m_server)) {
        qWarning("the server still owes something");
        return false;
    }
    if (m_receiver->requests().size() != count) {
        qWarning() << "the receiver got" << m_receiver->requests().size() << "requests, not" << count;
        return false;
    }
    return true;
}

qint64 tst_Webhooks::rows(const QString &sql)
{
    Database db(QDir(m_dataDir->path()).filePath(server::LocalServer::databaseFileName()));
    if (!db.open())
        return -1;
    auto q = execSql(db, sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

void tst_Webhooks::payloadAndSignatures()
{
    const Json webhook = createWebhook({{"url", toStd(m_receiver->url())},
                                        {"enabled_events", {"delivery.sent", "delivery.delivered", "delivery.failed",
                                                            "delivery.bounced", "delivery.complained"}}});
    QVERIFY(webhook.is_object());
    const QString secret = str(webhook["signing_secret"]);
    QVERIFY(secret.startsWith(u"whsec_"_s));

    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const std::string uuid = sendEmail(u"success@simulator.amazonses.com"_s);
    QVERIFY(!uuid.empty());
    QVERIFY(m_receiver->waitFor(2));
    QVERIFY(settledAt(2)); // nothing else is owed

    const Json t = trace(uuid)["data"];
    const Json &d = t["delivery"];
    QCOMPARE(str(d["status"]), u"delivered"_s);
    QHash<QString, Received> byEvent;
    for (const Received &r : m_receiver->requests())
        byEvent.insert(str(r.json()["event"]), r);
    QVERIFY(byEvent.contains(u"delivery.sent"_s));
    QVERIFY(byEvent.contains(u"delivery.delivered"_s));

    QSet<QByteArray> ids;
    std::set<std::string> requestIds;
    for (const Received &r : m_receiver->requests()) {
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.target, QByteArray("/hook"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(r.header("webhook-id").startsWith("msg_"));
        ids.insert(r.header("webhook-id"));
        const qint64 ts = r.header("webhook-timestamp").toLongLong();
        QVERIFY(ts >= before - 1 && ts <= QDateTime::currentSecsSinceEpoch() + 1);
        QVERIFY(r.header("webhook-signature").startsWith("v1,"));
        // Issue 21: our name and version, and no header Qt would add on its own.
        QCOMPARE(r.header("User-Agent"), QByteArray("sendivent-console/" SENDIVENT_VERSION));
        QCOMPARE(r.header("Accept-Encoding"), QByteArray("identity"));
        QCOMPARE(r.header("Accept-Language"), QByteArray("*"));
        QStringList names;
        for (const auto &[name, value] : r.headers)
            names.append(QString::fromLatin1(name).toLower());
        names.sort();
        QCOMPARE(names, (QStringList{u"accept-encoding"_s, u"accept-language"_s, u"connection"_s, u"content-length"_s,
                                     u"content-type"_s, u"host"_s, u"user-agent"_s, u"webhook-id"_s,
                                     u"webhook-signature"_s, u"webhook-timestamp"_s}));
        const Status own = verifyOwn(r, secret);
        QVERIFY2(own.ok(), qPrintable(own.ok() ? QString() : own.error().message));

        // The reference's payload, key for key and in its order.
        const Json p = r.json();
        // The reference's payload plus the additive `environment` (DESIGN §8).
        QCOMPARE(keysOf(p),
                 (std::vector<std::string>{"event", "delivery", "request_id", "timestamp", "environment"}));
        QCOMPARE(p["environment"], Json("sandbox"));
        QCOMPARE(keysOf(p["delivery"]), (std::vector<std::string>{"uuid", "channel", "status", "event_name",
                                                                  "message_id", "sent_at", "delivered_at", "error"}));
        QCOMPARE(p["delivery"]["uuid"], d["uuid"]);
        QCOMPARE(p["delivery"]["channel"], Json("email"));
        QCOMPARE(p["delivery"]["event_name"], Json("all.channels"));
        QCOMPARE(p["delivery"]["message_id"], d["message_id"]);
        QCOMPARE(p["delivery"]["sent_at"], d["sent_at"]);
        QCOMPARE(p["delivery"]["error"], Json(nullptr));
        // The send's X-Request-Id, on the sent and the delivered event alike.
        QVERIFY(p["request_id"].get<std::string>().starts_with("req_"));
        requestIds.insert(p["request_id"].get<std::string>());
    }
    QCOMPARE(ids.size(), 2);
    QCOMPARE(requestIds.size(), size_t(1));

    // Each event as of its status change: the sent one does not know the delivery yet.
    const Json sent = byEvent[u"delivery.sent"_s].json();
    QCOMPARE(sent["delivery"]["status"], Json("sent"));
    QCOMPARE(sent["delivery"]["delivered_at"], Json(nullptr));
    const Json delivered = byEvent[u"delivery.delivered"_s].json();
    QCOMPARE(delivered["delivery"]["status"], Json("delivered"));
    QCOMPARE(delivered["delivery"]["delivered_at"], d["delivered_at"]);
    // "timestamp" is when the status changed: the timeline's entry for it.
    for (const Json &e : t["timeline"]) {
        if (e["event"] == "sent")
            QCOMPARE(sent["timestamp"], e["timestamp"]);
        if (e["event"] == "delivered")
            QCOMPARE(delivered["timestamp"], e["timestamp"]);
    }

    // The reference library accepts both, and rejects a tampered body and another secret.
    Json input{{"verify", Json::array()}};
    for (const Received &r : m_receiver->requests())
        input["verify"].push_back(nodeVerifyItem(r, secret));
    Received tampered = m_receiver->requests().first();
    tampered.body.replace("email", "e-mail");
    input["verify"].push_back(nodeVerifyItem(tampered, secret));
    input["verify"].push_back(nodeVerifyItem(m_receiver->requests().first(), webhooksignature::generateSecret()));
    const Json out = runNode(input);
    QVERIFY2(out.is_object(), "the reference library did not run");
    QCOMPARE(out["verify"].size(), size_t(4));
    QCOMPARE(out["verify"][0]["ok"], Json(true));
    QCOMPARE(out["verify"][0]["payload"], m_receiver->requests()[0].json());
    QCOMPARE(out["verify"][1]["ok"], Json(true));
    QCOMPARE(out["verify"][2]["ok"], Json(false));
    QCOMPARE(out["verify"][2]["error"], Json("No matching signature found"));
    QCOMPARE(out["verify"][3]["ok"], Json(false));
    QVERIFY(!verifyOwn(tampered, secret).ok());

    // Both attempts are in the trace, one each, answered 200.
    const Json attempts = t["webhook_attempts"];
    QCOMPARE(attempts.size(), size_t(2));
    for (const Json &a : attempts) {
        QCOMPARE(keysOf(a), (std::vector<std::string>{"message_id", "event", "message_state", "attempt", "timestamp",
                                                      "url", "status", "duration_ms", "response_excerpt", "error",
                                                      "outcome", "delivery_uuid", "next_attempt_at", "request_body",
                                                      "request_headers", "response_headers", "response_bytes"}));
        // As sent and as answered: the headers of the request the receiver got, its body.
        const QString asSent = str(a["request_headers"]);
        const auto seen = std::find_if(m_receiver->requests().cbegin(), m_receiver->requests().cend(),
                                       [&a](const auto &r) { return r.header("webhook-id").toStdString() == a["message_id"]; });
        QVERIFY(seen != m_receiver->requests().cend());
        for (const QByteArray &name : {QByteArray("webhook-id"), QByteArray("webhook-timestamp"),
                                      QByteArray("webhook-signature"), QByteArray("Content-Type")})
            QVERIFY2(asSent.contains(QString::fromLatin1(name + ": " + seen->header(name) + "\n")), qPrintable(asSent));
        QCOMPARE(a["request_body"], Json(seen->body.toStdString()));
        QCOMPARE(a["response_bytes"], Json(2));
        QCOMPARE(a["next_attempt_at"], Json(nullptr));
        QCOMPARE(a["status"], Json(200));
        QCOMPARE(a["outcome"], Json("delivered"));
        QCOMPARE(a["attempt"], Json(1));
        QCOMPARE(a["message_state"], Json("delivered"));
        QCOMPARE(a["response_excerpt"], Json("ok"));
        QCOMPARE(a["error"], Json(nullptr));
        QCOMPARE(str(a["url"]), m_receiver->url());
        QVERIFY(ids.contains(QByteArray::fromStdString(a["message_id"].get<std::string>())));
    }
}

void tst_Webhooks::referenceLibraryAgreesWithTheSigner()
{
    // Fixed inputs signed by both sides must give the same header.
    Json input{{"sign", Json::array()}};
    QStringList ours;
    const QList<QByteArray> bodies{R"({"test": 2432232314})", u"{\"name\":\"Åsa 😀\"}"_s.toUtf8(), QByteArray()};
    for (const QByteArray &body : bodies) {
        const QString secret = webhooksignature::generateSecret();
        input["sign"].push_back(Json{{"secret", toStd(secret)}, {"id", "msg_fixed"}, {"timestamp", 1700000000},
                                     {"body_base64", body.toBase64().toStdString()}});
        ours << *webhooksignature::sign(secret, u"msg_fixed"_s, 1700000000, body);
    }
    const Json out = runNode(input);
    QVERIFY2(out.is_object(), "the reference library did not run");
    QCOMPARE(out["sign"].size(), size_t(bodies.size()));
    for (qsizetype i = 0; i < bodies.size(); ++i)
        QCOMPARE(str(out["sign"][size_t(i)]), ours[i]);
}

void tst_Webhooks::filtersByEnabledEvents()
{
    const Json webhook = createWebhook({{"url", toStd(m_receiver->url())}, {"enabled_events", {"delivery.bounced"}}});
    QVERIFY(webhook.is_object());
    const std::string fine = sendEmail(u"success@simulator.amazonses.com"_s);
    const std::string bounced = sendEmail(u"bounce@simulator.amazonses.com"_s);
    QVERIFY(m_receiver->waitFor(1));
    QVERIFY(settledAt(1));
    const Json p = m_receiver->requests().first().json();
    QCOMPARE(p["event"], Json("delivery.bounced"));
    QCOMPARE(p["delivery"]["uuid"], Json(bounced));
    QCOMPARE(p["delivery"]["status"], Json("bounced"));
    QVERIFY(p["delivery"]["error"].is_string());
    QCOMPARE(attemptsOf(fine), Json::array());
    QCOMPARE(rows(u"SELECT count(*) FROM webhook_messages"_s), 1);
}

void tst_Webhooks::inactiveEndpointGetsNothing()
{
    const Json webhook = createWebhook({{"url", toStd(m_receiver->url())}, {"is_active", false}});
    QVERIFY(webhook.is_object());
    QCOMPARE(webhook["is_active"], Json(false));
    sendEmail(u"success@simulator.amazonses.com"_s);
    QVERIFY(settledAt(0));
    QCOMPARE(rows(u"SELECT count(*) FROM webhook_messages"_s), 0);

    const HttpReply on = m_client.patch(m_server->url(u"/v1/webhooks/"_s + str(webhook["uuid"])),
                                        Json{{"is_active", true}, {"enabled_events", {"delivery.sent"}}});
    QCOMPARE(on.status, 200);
    const std::string later = sendEmail(u"ada@example.com"_s);
    QVERIFY(m_receiver->waitFor(1));
    QVERIFY(settledAt(1));
    QCOMPARE(m_receiver->requests().first().json()["delivery"]["uuid"], Json(later));
}

void tst_Webhooks::retriesUntilA2xx()
{
    m_receiver->script({{500, "boom"}, {503, "busy"}, {200, "fine"}});
    QVERIFY(createWebhook({{"url", toStd(m_receiver->url())}, {"enabled_events", {"delivery.sent"}}}).is_object());
    const qint64 sentAt = clock().nowMs();
    const std::string uuid = sendEmail(u"ada@example.com"_s);
    QVERIFY(m_receiver->waitFor(1));
    // Each retry waits its 200 ms on the clock, not a moment less.
    for (int retry = 1; retry <= 2; ++retry) {
        QVERIFY(settledAt(retry));
        QVERIFY(clock().advance(199).ok());
        QVERIFY(settledAt(retry));
        QVERIFY(clock().advance(1).ok());
        QVERIFY(m_receiver->waitFor(retry + 1));
    }
    // Delivered: nothing more, though the schedule had a third retry left.
    QVERIFY(clock().advance(3'600'000).ok());
    QVERIFY(settledAt(3));
    const QList<Received> &seen = m_receiver->requests();
    QCOMPARE(seen[0].header("webhook-id"), seen[1].header("webhook-id"));
    QCOMPARE(seen[1].header("webhook-id"), seen[2].header("webhook-id"));
    QCOMPARE(seen[0].body, seen[2].body);

    const Json attempts = attemptsOf(uuid);
    QCOMPARE(attempts.size(), size_t(3));
    QCOMPARE(attempts[0]["status"], Json(500));
    QCOMPARE(attempts[0]["response_excerpt"], Json("boom"));
    QVERIFY(str(attempts[0]["error"]).startsWith(u"HTTP 500"_s));
    QCOMPARE(attempts[1]["status"], Json(503));
    QCOMPARE(attempts[2]["status"], Json(200));
    QCOMPARE(attempts[2]["error"], Json(nullptr));
    for (size_t i = 0; i < 3; ++i) {
        QCOMPARE(attempts[i]["attempt"], Json(int(i) + 1));
        QCOMPARE(attempts[i]["message_state"], Json("delivered"));
        // Dated by the emulator's clock: the send's instant, then 200 ms apart.
        QCOMPARE(parseIsoTimestamp(str(attempts[i]["timestamp"])).toMSecsSinceEpoch(), sentAt + 200 * qint64(i));
    }
    QCOMPARE(rows(u"SELECT count(*) FROM webhook_messages WHERE state = 'delivered' AND next_attempt_at IS NULL"_s), 1);
}

void tst_Webhooks::failsWhenTheScheduleRunsOut()
{
    startServer({100ms});
    m_receiver->script({{500, "a"}, {500, "b"}, {500, "c"}});
    QVERIFY(createWebhook({{"url", toStd(m_receiver->url())}, {"enabled_events", {"delivery.sent"}}}).is_object());
    const std::string uuid = sendEmail(u"ada@example.com"_s);
    QVERIFY(m_receiver->waitFor(1));
    QVERIFY(settledAt(1)); // the failure is recorded, the retry owed 100 ms later
    QVERIFY(clock().advance(100).ok());
    QVERIFY(m_receiver->waitFor(2));
    QVERIFY(clock().advance(3'600'000).ok()); // the schedule is used up: nothing is owed at any time
    QVERIFY(settledAt(2));
    const Json attempts = attemptsOf(uuid);
    QCOMPARE(attempts.size(), size_t(2));
    QCOMPARE(attempts[1]["message_state"], Json("failed"));
    QCOMPARE(rows(u"SELECT count(*) FROM webhook_messages WHERE state = 'failed'"_s), 1);
}

void tst_Webhooks::timeOutIsAFailedAttempt()
{
    startServer({100ms}, 1000ms);
    Receiver::Answer silent;
    silent.hold = true;
    m_receiver->script({silent});
    QVERIFY(createWebhook({{"url", toStd(m_receiver->url())}, {"enabled_events", {"delivery.sent"}}}).is_object());
    const std::string uuid = sendEmail(u"ada@example.com"_s);
    QVERIFY(m_receiver->waitFor(1));
    // The attempt waits for its answer without holding up the API: the trace is
    // answered meanwhile, with no attempt recorded yet.
    QCOMPARE(attemptsOf(uuid), Json::array());
    QCOMPARE(m_client.get(m_server->url(u"/v1/webhooks"_s)).status, 200);
    QCOMPARE(m_receiver->requests().size(), 1);

    // The time-out is real time (1 s); the retry then waits its 100 ms on the clock.
    QVERIFY(QTest::qWaitFor([&] { return attemptsOf(uuid).size() == 1; }, 5000));
    QVERIFY(settledAt(1));
    QVERIFY(clock().advance(100).ok());
    QVERIFY(m_receiver->waitFor(2, 5000));
    QVERIFY(settledAt(2));
    QCOMPARE(m_receiver->requests()[0].header("webhook-id"), m_receiver->requests()[1].header("webhook-id"));
    QVERIFY(m_receiver->requests()[1].atMs - m_receiver->requests()[0].atMs >= 990);
    const Json attempts = attemptsOf(uuid);
    QCOMPARE(attempts.size(), size_t(2));
    QCOMPARE(attempts[0]["status"], Json(nullptr));
    QCOMPARE(attempts[0]["error"], Json("No complete answer within 1000 ms"));
    QVERIFY(attempts[0]["duration_ms"].get<qint64>() >= 990);
    QCOMPARE(attempts[1]["status"], Json(200));
    QCOMPARE(attempts[1]["message_state"], Json("delivered"));
}

void tst_Webhooks::retryScheduleFromTheCommandLine()
{
    // The headless binary hands --webhook-retry-schedule to its server: a retry one
    // second after the failure (the default would wait five), and no third attempt.
    // Its clock is frozen (--clock frozen) and moved over /_local/clock.
    const QString binary = qEnvironmentVariable("SENDIVENT_CONSOLE");
    QVERIFY2(!binary.isEmpty(), "SENDIVENT_CONSOLE must be set (ctest sets it)");
    QTemporaryDir dir;
    QProcess process;
    process.start(binary, {u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path(), u"--api-key"_s,
                           kSandboxKey, u"--limits"_s, u"off"_s, u"--webhook-retry-schedule"_s, u"1"_s,
                           u"--clock"_s, u"frozen"_s});
    QVERIFY(process.waitForStarted(10'000));
    QByteArray out;
    QVERIFY(QTest::qWaitFor([&] {
        out += process.readAllStandardOutput();
        return out.contains('\n');
    }, 15'000));
    const qsizetype at = out.indexOf("listening on ");
    QVERIFY2(at >= 0, out.constData());
    const QString base = QString::fromLatin1(out.mid(at + 13).split('\n').first().trimmed());

    m_receiver->script({{500, "a"}, {500, "b"}, {500, "c"}});
    const HttpReply sent = endpointThenSendTo(base, m_receiver->url());
    QCOMPARE(sent.status, 200);
    const std::string uuid = deliveryOf(sent.json(), "email");
    HttpClient client(kSandboxKey);
    const auto attempts = [&] {
        return client.get(QUrl(base + u"/v1/deliveries/"_s + QString::fromStdString(uuid) + u"/trace"_s))
            .json()["data"]["webhook_attempts"];
    };
    QVERIFY(m_receiver->waitFor(1, 10'000));
    QVERIFY(QTest::qWaitFor([&] { return attempts().size() == 1; }, 5000));
    // The retry is owed one second after the failure by the clock.
    const Json first = attempts()[0];
    QCOMPARE(parseIsoTimestamp(str(first["next_attempt_at"])).toMSecsSinceEpoch(),
             parseIsoTimestamp(str(first["timestamp"])).toMSecsSinceEpoch() + 1000);
    QCOMPARE(m_receiver->requests().size(), 1);
    QCOMPARE(client.post(QUrl(base + u"/_local/clock"_s), Json{{"advance", "1s"}}).status, 200);
    QVERIFY(m_receiver->waitFor(2, 10'000));
    // The schedule is used up: the message failed, and a day later nothing came.
    QVERIFY(QTest::qWaitFor([&] { return attempts().size() == 2; }, 5000));
    QCOMPARE(attempts()[1]["message_state"], Json("failed"));
    QCOMPARE(client.post(QUrl(base + u"/_local/clock"_s), Json{{"advance", "1d"}}).status, 200);
    QCOMPARE(attempts().size(), size_t(2));
    QCOMPARE(m_receiver->requests().size(), 2);
    process.terminate();
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 0);
}

void tst_Webhooks::pendingMessageSurvivesARestart()
{
    startServer({60s});
    m_receiver->script({{500, "down"}});
    const Json webhook
        = createWebhook({{"url", toStd(m_receiver->url())}, {"enabled_events", {"delivery.sent"}}});
    QVERIFY(webhook.is_object());
    const std::string uuid = sendEmail(u"ada@example.com"_s);
    QVERIFY(m_receiver->waitFor(1));
    QVERIFY(QTest::qWaitFor([&] { return attemptsOf(uuid).size() == 1; }, 5000));

    // Stopped with the retry still owed; started again on the same data folder.
    m_server.reset();
    QCOMPARE(rows(u"SELECT count(*) FROM webhook_messages WHERE state = 'pending'"_s), 1);
    QCOMPARE(m_receiver->requests().size(), 1);
    startServer({60s});
    QCOMPARE(rows(u"SELECT count(*) FROM webhook_messages WHERE state = 'pending'"_s), 1);
    // Owed a minute after the first attempt: the restarted clock (frozen) gets there when moved.
    QVERIFY(settledAt(1));
    QVERIFY(clock().advance(60'000).ok());
    QVERIFY(m_receiver->waitFor(2, 10'000));
    QVERIFY(settledAt(2));
    QCOMPARE(m_receiver->requests()[0].header("webhook-id"), m_receiver->requests()[1].header("webhook-id"));
    QVERIFY(verifyOwn(m_receiver->requests()[1], str(webhook["signing_secret"])).ok());
    const Json attempts = attemptsOf(uuid);
    QCOMPARE(attempts.size(), size_t(2));
    QCOMPARE(attempts[1]["attempt"], Json(2));
    QCOMPARE(attempts[1]["message_state"], Json("delivered"));
}

void tst_Webhooks::attemptInFlightAtStopIsInterrupted()
{
    // Stopped while the receiver still holds the attempt: the receiver may have it,
    // so it is recorded as interrupted and counts; the next start sends it again at
    // the schedule's next step after the stop (not at once, not after the claim).
    startServer({60s}, 5s);
    Receiver::Answer silent;
    silent.hold = true;
    m_receiver->script({silent});
    QVERIFY(createWebhook({{"url", toStd(m_receiver->url())}, {"enabled_events", {"delivery.sent"}}}).is_object());
    const std::string uuid = sendEmail(u"ada@example.com"_s);
    QVERIFY(m_receiver->waitFor(1));
    QTest::qWait(200);
    m_server.reset();
    QCOMPARE(rows(u"SELECT count(*) FROM webhook_attempts WHERE outcome = 'interrupted' AND duration_ms >= 150"_s), 1);
    QCOMPARE(rows(u"SELECT count(*) FROM webhook_messages WHERE attempt_started_at IS NULL AND round_attempts = 1"
                  u" AND state = 'pending'"_s),
             1);
    const qint64 stoppedAt = rows(u"SELECT max(started_at) FROM webhook_attempts"_s);
    QCOMPARE(rows(u"SELECT next_attempt_at FROM webhook_messages"_s), stoppedAt + 60'000);
    startServer({60s}, 5s);
    // Due at the schedule's step after the stop, by the clock: not a moment before.
    QVERIFY(clock().setTo(stoppedAt + 59'999).ok());
    QVERIFY(settledAt(1));
    QVERIFY(clock().advance(1).ok());
    QVERIFY(m_receiver->waitFor(2, 6000));
    QCOMPARE(m_receiver->requests()[0].header("webhook-id"), m_receiver->requests()[1].header("webhook-id"));
    QVERIFY(QTest::qWaitFor([&] { return attemptsOf(uuid).size() == 2; }, 5000));
    const Json attempts = attemptsOf(uuid);
    QCOMPARE(attempts[0]["outcome"], Json("interrupted"));
    QCOMPARE(attempts[0]["status"], Json(nullptr));
    QVERIFY(str(attempts[0]["error"]).contains(u"Interrupted"_s));
    QCOMPARE(attempts[1]["attempt"], Json(2));
    QCOMPARE(attempts[1]["status"], Json(200));
    QCOMPARE(attempts[1]["outcome"], Json("delivered"));
}

void tst_Webhooks::attemptInterruptedByKillRetriesOnTheSchedule()
{
    // kill -9 while the receiver holds an attempt (it accepted the connection and
    // never answers). The next start on the same data folder records the attempt as
    // interrupted and retries at the schedule's next step — not when the 20 s claim
    // on it (15 s time-out + margin) runs out — with the same webhook-id.
    const QString binary = qEnvironmentVariable("SENDIVENT_CONSOLE");
    QVERIFY2(!binary.isEmpty(), "SENDIVENT_CONSOLE must be set (ctest sets it)");
    m_server.reset(); // this test runs real processes on a folder of its own
    QTemporaryDir dir;
    const auto start = [&](QProcess &process, QString &base) {
        process.start(binary, {u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path(), u"--api-key"_s,
                               kSandboxKey, u"--limits"_s, u"off"_s, u"--webhook-retry-schedule"_s, u"2,60"_s,
                               u"--clock"_s, u"frozen"_s});
        if (!process.waitForStarted(10'000))
            return false;
        QByteArray out;
        if (!QTest::qWaitFor([&] {
                out += process.readAllStandardOutput();
                return out.contains('\n');
            }, 15'000))
            return false;
        const qsizetype at = out.indexOf("listening on ");
        base = at < 0 ? QString() : QString::fromLatin1(out.mid(at + 13).split('\n').first().trimmed());
        return at >= 0;
    };

    Receiver::Answer silent;
    silent.hold = true;
    m_receiver->script({silent}); // then 200s
    QProcess first;
    QString base;
    QVERIFY(start(first, base));
    HttpClient client(kSandboxKey);
    const HttpReply sent = endpointThenSendTo(base, m_receiver->url());
    QCOMPARE(sent.status, 200);
    const std::string uuid = deliveryOf(sent.json(), "email");
    QVERIFY(m_receiver->waitFor(1, 10'000));
    first.kill(); // SIGKILL: the attempt is in flight, nothing is recorded
    QVERIFY(first.waitForFinished(10'000));

    QProcess second;
    QVERIFY(start(second, base));
    // The interrupted attempt is recorded at the start, and the retry owed at the
    // schedule's first step (2 s) from the restart by its (frozen) clock; the claim
    // would be ~20 s.
    Json attempts;
    const auto attemptsAre = [&](size_t count) {
        return QTest::qWaitFor([&] {
            attempts = client.get(QUrl(base + u"/v1/deliveries/"_s + QString::fromStdString(uuid) + u"/trace"_s))
                           .json()["data"]["webhook_attempts"];
            return attempts.size() == count;
        }, 5000);
    };
    QVERIFY(attemptsAre(1));
    const QDateTime restartedAt
        = parseIsoTimestamp(str(client.get(QUrl(base + u"/_local/clock"_s)).json()["data"]["clock"]["now"]));
    QCOMPARE(parseIsoTimestamp(str(attempts[0]["next_attempt_at"])), restartedAt.addMSecs(2000));
    QCOMPARE(m_receiver->requests().size(), 1);
    QCOMPARE(client.post(QUrl(base + u"/_local/clock"_s), Json{{"advance", "2s"}}).status, 200);
    QVERIFY(m_receiver->waitFor(2, 15'000));
    QCOMPARE(m_receiver->requests()[0].header("webhook-id"), m_receiver->requests()[1].header("webhook-id"));
    QCOMPARE(m_receiver->requests()[0].body, m_receiver->requests()[1].body);

    // The attempts log: the interrupted one, then the retry that got its 200.
    QVERIFY(attemptsAre(2));
    QCOMPARE(attempts[0]["attempt"], Json(1));
    QCOMPARE(attempts[0]["outcome"], Json("interrupted"));
    QCOMPARE(attempts[0]["status"], Json(nullptr));
    QVERIFY(str(attempts[0]["error"]).contains(u"Interrupted"_s));
    QCOMPARE(attempts[0]["message_id"], attempts[1]["message_id"]);
    QCOMPARE(str(attempts[0]["message_id"]).toLatin1(), m_receiver->requests()[0].header("webhook-id"));
    QCOMPARE(attempts[1]["attempt"], Json(2));
    QCOMPARE(attempts[1]["outcome"], Json("delivered"));
    QCOMPARE(attempts[1]["message_state"], Json("delivered")); // nothing more is owed
    QCOMPARE(m_receiver->requests().size(), 2);
    second.terminate();
    QVERIFY(second.waitForFinished(10'000));
    QCOMPARE(second.exitCode(), 0);
}

void tst_Webhooks::sendsWhatTheGuiBackendQueued()
{
    // The GUI's local backend writes through its own connection; the server sharing
    // its change notifier sends the messages it queued.
    m_server.reset();
    ChangeNotifier notifier;
    server::LocalServerOptions options;
    options.dataDir = m_dataDir->path();
    options.port = 0;
    options.apiKeys = {kSandboxKey};
    options.limits = false;
    server::LocalServer server(options, &notifier);
    QVERIFY(server.start().ok());
    LocalBackend backend(*server.services());
    WebhookInput in;
    in.url = m_receiver->url();
    in.enabledEvents = QStringList{u"delivery.sent"_s};
    const auto created = take(backend.createWebhook(in));
    QVERIFY(created.ok());
    const auto sent = take(backend.send(u"all.channels"_s, Channel::Email,
                                        Json{{"to", "jane@example.com"}, {"payload", {{"note", "n"}}}}));
    QVERIFY(sent.ok() && sent->success);
    QVERIFY(m_receiver->waitFor(1));
    const Received r = m_receiver->requests().first();
    QCOMPARE(r.json()["delivery"]["uuid"].get<std::string>(), sent->deliveries.first().second.toStdString());
    QVERIFY(verifyOwn(r, created->signingSecret).ok());
    QVERIFY(QTest::qWaitFor([&] { return !take(backend.deliveryTrace(sent->deliveries.first().second))->webhookAttempts.empty(); }, 5000));
}

void tst_Webhooks::goneDisablesTheEndpoint()
{
    m_receiver->script({{410, "gone"}});
    const Json webhook = createWebhook({{"url", toStd(m_receiver->url())}, {"enabled_events", {"delivery.sent"}}});
    QVERIFY(webhook.is_object());
    const std::string uuid = sendEmail(u"ada@example.com"_s);
    QVERIFY(m_receiver->waitFor(1));
    QVERIFY(QTest::qWaitFor([&] { return attemptsOf(uuid).size() == 1; }, 5000));
    const HttpReply got = m_client.get(m_server->url(u"/v1/webhooks"_s));
    QCOMPARE(got.json()["data"]["webhook"]["is_active"], Json(false));
    const Json attempts = attemptsOf(uuid);
    QCOMPARE(attempts[0]["status"], Json(410));
    QCOMPARE(attempts[0]["message_state"], Json("failed"));
    // No retry, and nothing for later deliveries.
    sendEmail(u"ada@example.com"_s);
    QVERIFY(clock().advance(3'600'000).ok());
    QVERIFY(settledAt(1));
}

void tst_Webhooks::testEventAndResend()
{
    const Json webhook = createWebhook({{"url", toStd(m_receiver->url())}, {"enabled_events", {"delivery.sent"}}});
    QVERIFY(webhook.is_object());
    const QString uuid = str(webhook["uuid"]);
    const QString secret = str(webhook["signing_secret"]);

    // A test event of a type the endpoint did not subscribe to still goes out.
    const HttpReply test = m_client.post(m_server->url(u"/_local/webhooks/%1/test"_s.arg(uuid)),
                                         Json{{"event", "delivery.bounced"}});
    QCOMPARE(test.status, 202);
    const Json message = test.json()["data"]["message"];
    QCOMPARE(message["event"], Json("delivery.bounced"));
    QCOMPARE(message["state"], Json("pending"));
    QVERIFY(m_receiver->waitFor(1));
    const Received first = m_receiver->requests().first();
    QCOMPARE(first.header("webhook-id").toStdString(), message["id"].get<std::string>());
    QVERIFY(verifyOwn(first, secret).ok());
    const Json p = first.json();
    QCOMPARE(p["event"], Json("delivery.bounced"));
    QCOMPARE(p["delivery"]["status"], Json("bounced"));
    QCOMPARE(p["delivery"]["event_name"], Json("webhook.test"));

    // Resending a delivered message sends it again with the same id.
    const std::string delivery = sendEmail(u"ada@example.com"_s);
    QVERIFY(m_receiver->waitFor(2));
    QVERIFY(QTest::qWaitFor([&] { return attemptsOf(delivery).size() == 1; }, 5000));
    const QString messageId = str(attemptsOf(delivery)[0]["message_id"]);
    const HttpReply resend
        = m_client.post(m_server->url(u"/_local/webhooks/messages/%1/resend"_s.arg(messageId)), Json::object());
    QCOMPARE(resend.status, 202);
    QCOMPARE(str(resend.json()["data"]["message"]["id"]), messageId);
    QVERIFY(m_receiver->waitFor(3));
    QCOMPARE(m_receiver->requests()[2].header("webhook-id"), messageId.toLatin1());
    QCOMPARE(m_receiver->requests()[2].body, m_receiver->requests()[1].body);
    QVERIFY(QTest::qWaitFor([&] { return attemptsOf(delivery).size() == 2; }, 5000));
    QCOMPARE(attemptsOf(delivery)[1]["attempt"], Json(2));
}

void tst_Webhooks::rotatedSecretSignsTheNextMessage()
{
    const Json webhook = createWebhook({{"url", toStd(m_receiver->url())}, {"enabled_events", {"delivery.sent"}}});
    QVERIFY(webhook.is_object());
    const QString old = str(webhook["signing_secret"]);
    const HttpReply rotated = m_client.post(
        m_server->url(u"/_local/webhooks/%1/rotate-secret"_s.arg(str(webhook["uuid"]))), Json::object());
    QCOMPARE(rotated.status, 200);
    const QString fresh = str(rotated.json()["data"]["webhook"]["signing_secret"]);
    QVERIFY(fresh.startsWith(u"whsec_"_s));
    QVERIFY(fresh != old);
    sendEmail(u"ada@example.com"_s);
    QVERIFY(m_receiver->waitFor(1));
    QVERIFY(verifyOwn(m_receiver->requests().first(), fresh).ok());
    QVERIFY(!verifyOwn(m_receiver->requests().first(), old).ok());
    const Json out = runNode(Json{{"verify", {nodeVerifyItem(m_receiver->requests().first(), fresh),
                                              nodeVerifyItem(m_receiver->requests().first(), old)}}});
    QVERIFY2(out.is_object(), "the reference library did not run");
    QCOMPARE(out["verify"][0]["ok"], Json(true));
    QCOMPARE(out["verify"][1]["ok"], Json(false));
}

void tst_Webhooks::resetClearsMessagesButKeepsTheEndpoint()
{
    startServer({1500ms});
    m_receiver->script({{500, "no"}});
    const Json webhook = createWebhook({{"url", toStd(m_receiver->url())}, {"enabled_events", {"delivery.sent"}}});
    QVERIFY(webhook.is_object());
    const std::string uuid = sendEmail(u"ada@example.com"_s);
    QVERIFY(QTest::qWaitFor([&] { return attemptsOf(uuid).size() == 1; }, 5000));
    QCOMPARE(m_client.post(m_server->url(u"/_local/reset"_s), Json::object()).status, 200);
    QCOMPARE(rows(u"SELECT count(*) FROM webhook_messages"_s), 0);
    QCOMPARE(rows(u"SELECT count(*) FROM webhook_attempts"_s), 0);
    const HttpReply got = m_client.get(m_server->url(u"/v1/webhooks"_s));
    QCOMPARE(got.json()["data"]["webhook"]["uuid"], webhook["uuid"]);
    // The retry that was owed (1.5 s after the first attempt) is gone with its message.
    QVERIFY(clock().advance(1500).ok());
    QVERIFY(settledAt(1));
}

void tst_Webhooks::failedRenderIsAFailedEvent()
{
    QVERIFY(createWebhook({{"url", toStd(m_receiver->url())}, {"enabled_events", {"delivery.failed"}}}).is_object());
    const HttpReply r = sendTo(m_client, *m_server, u"/v1/send/broken.partial"_s,
                               Json{{"to", "ada@example.com"}, {"payload", Json::object()}});
    QCOMPARE(r.status, 200);
    const std::string uuid = deliveryOf(r.json(), "email");
    QVERIFY(m_receiver->waitFor(1));
    const Json p = m_receiver->requests().first().json();
    QCOMPARE(p["event"], Json("delivery.failed"));
    QCOMPARE(p["delivery"]["uuid"], Json(uuid));
    QCOMPARE(p["delivery"]["sent_at"], Json(nullptr));
    QVERIFY(str(p["delivery"]["error"]).startsWith(u"Template error"_s));
}

QTEST_GUILESS_MAIN(tst_Webhooks)
#include "tst_webhooks.moc"
