// The OpenAPI document against the server: the same routes, and real answers that
// validate against its schemas (checked by Ajv, an independent validator).
#include <httpclient.h>
#include <jsoncompare.h>
#include <router.h>
#include <testserver.h>

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpServer>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;

namespace {

Json loadDocument()
{
    QFile file(qEnvironmentVariable("SENDIVENT_OPENAPI_DOCUMENT"));
    if (!file.open(QIODevice::ReadOnly))
        return Json();
    return parseJson(file.readAll()).value_or(Json());
}

// Sends requests and records each answer with the route pattern that served it.
class Recorder
{
public:
    Recorder(TestServer &server, const QString &key) : m_server(server), m_client(key) {}

    HttpReply call(const QByteArray &method, const QString &pathAndQuery, const Json &body = nullptr,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &contentType = "application/json")
    {
        const QByteArray raw = body.is_null() ? QByteArray() : dumpJson(body);
        const HttpReply r = m_client.send(method, m_server.url(pathAndQuery), raw, headers, contentType);
        const QString path = pathAndQuery.section(u'?', 0, 0);
        const server::Router::Match match = m_server.server().router().match(toMethod(method), path);
        Json answered = Json::object();
        for (const auto &[name, value] : r.headers)
            answered[name.toStdString()] = value.toStdString();
        m_answers.push_back({{"method", method.toLower().toStdString()},
                             {"pattern", toStd(match.pattern.isEmpty() ? path : match.pattern)},
                             {"status", r.status},
                             {"headers", std::move(answered)},
                             {"body", r.body.isEmpty() ? Json(nullptr) : r.json()}});
        return r;
    }
    void setKey(const QString &key) { m_client.setApiKey(key); }
    const Json &answers() const { return m_answers; }

private:
    static server::Method toMethod(const QByteArray &m)
    {
        if (m == "POST") return server::Method::Post;
        if (m == "PUT") return server::Method::Put;
        if (m == "PATCH") return server::Method::Patch;
        if (m == "DELETE") return server::Method::Delete;
        return server::Method::Get;
    }

    TestServer &m_server;
    HttpClient m_client;
    Json m_answers = Json::array();
};

} // namespace

class tst_OpenApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void routesMatchTheDocument();
    void documentIsServedWithoutKey();
    void answersConformToSchemas();

private:
    // Runs validate-answers.js over the recorded answers; an empty string when they conform.
    QByteArray validate(const Json &answers);

    Json m_doc;
};

void tst_OpenApi::initTestCase()
{
    m_doc = loadDocument();
    QVERIFY2(m_doc.is_object(), "resources/openapi.json must load");
    QCOMPARE(m_doc["openapi"], "3.1.0");
}

void tst_OpenApi::routesMatchTheDocument()
{
    TestServer server;
    QVERIFY(server.start());
    QSet<QString> fromRouter;
    for (const auto &[pattern, methods] : server.server().router().routes()) {
        for (const server::Method m : methods)
            fromRouter.insert(server::methodName(m).toLower() + u' ' + pattern);
    }
    QSet<QString> fromDocument;
    for (auto path = m_doc["paths"].begin(); path != m_doc["paths"].end(); ++path) {
        for (auto op = path->begin(); op != path->end(); ++op)
            fromDocument.insert(toQt(op.key()) + u' ' + toQt(path.key()));
    }
    const QSet<QString> undocumented = fromRouter - fromDocument;
    const QSet<QString> unserved = fromDocument - fromRouter;
    QVERIFY2(undocumented.isEmpty(), qPrintable(QStringLiteral("routes missing from openapi.json: ") + QStringList(undocumented.begin(), undocumented.end()).join(QStringLiteral(", "))));
    QVERIFY2(unserved.isEmpty(), qPrintable(QStringLiteral("documented but not served: ") + QStringList(unserved.begin(), unserved.end()).join(QStringLiteral(", "))));
}

void tst_OpenApi::documentIsServedWithoutKey()
{
    TestServer server;
    QVERIFY(server.start());
    const HttpReply r = HttpClient().get(server.url(QStringLiteral("/openapi.json")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(r.json(), m_doc);
}

void tst_OpenApi::answersConformToSchemas()
{
    TestServer server;
    QVERIFY(server.start());
    Recorder rec(server, kSandboxKey);

    // System and workspace.
    rec.call("GET", QStringLiteral("/healthz"));
    rec.call("GET", QStringLiteral("/openapi.json"));
    rec.call("PUT", QStringLiteral("/healthz"));
    rec.call("GET", QStringLiteral("/v1/events"));
    rec.call("GET", QStringLiteral("/v1/events?limit=0"));
    rec.call("GET", QStringLiteral("/v1/events/order.confirmed"));
    rec.call("GET", QStringLiteral("/v1/events/nope"));
    rec.call("DELETE", QStringLiteral("/v1/events"));
    rec.call("GET", QStringLiteral("/v1/integrations?channel=email"));
    rec.call("GET", QStringLiteral("/v1/integrations?channel=fax"));
    const Json workspace = rec.call("GET", QStringLiteral("/_local/workspace")).json();
    rec.call("PUT", QStringLiteral("/_local/workspace"), workspace);
    rec.call("PUT", QStringLiteral("/_local/workspace"), Json{{"events", 5}});
    rec.call("PUT", QStringLiteral("/_local/workspace"), Json::object(), {}, "text/plain");
    // Faults on demand: rules that match nothing here, so the calls below answer as usual.
    rec.call("GET", QStringLiteral("/_local/faults"));
    rec.call("PUT", QStringLiteral("/_local/faults"),
             Json{{"seed", 42},
                  {"rules", Json::array({Json{{"id", "sms-down"}, {"kind", "refuse"}, {"channel", "sms"}, {"event", "none.*"}, {"count", 3}},
                                         Json{{"kind", "delay"}, {"path", "/v1/none"}, {"latency_ms", Json::array({10, 20})}},
                                         Json{{"kind", "rate_limited"}, {"method", "POST"}, {"path", "/v1/none"}, {"probability", 0.5}, {"retry_after", 2}}})}});
    rec.call("GET", QStringLiteral("/_local/faults"));
    rec.call("PUT", QStringLiteral("/_local/faults"), Json{{"rules", Json::array({Json{{"kind", "refuse"}, {"probability", 2}}})}});
    rec.call("DELETE", QStringLiteral("/_local/faults"));

    // Contacts.
    rec.call("GET", QStringLiteral("/v1/contacts?limit=5&search=example"));
    rec.call("GET", QStringLiteral("/v1/contacts?limit=500"));
    const Json created = rec.call("POST", QStringLiteral("/v1/contacts"),
                                  Json{{"email", "oa@example.com"}, {"name", "Open Api"}, {"tier", "gold"}}).json();
    rec.call("POST", QStringLiteral("/v1/contacts"), Json{{"email", "oa@example.com"}, {"name", "Open Api 2"}});
    rec.call("POST", QStringLiteral("/v1/contacts"), Json{{"email", "not-an-email"}});
    rec.call("POST", QStringLiteral("/v1/contacts"), Json{{"name", "no identifier"}});
    rec.call("GET", QStringLiteral("/v1/contacts/oa%40example.com"));
    rec.call("GET", QStringLiteral("/v1/contacts/nobody%40example.com"));
    rec.call("PATCH", QStringLiteral("/v1/contacts/oa%40example.com"), Json{{"name", "Patched"}});
    rec.call("PATCH", QStringLiteral("/v1/contacts/oa%40example.com"), Json{{"email", "jane@example.com"}});
    rec.call("POST", QStringLiteral("/v1/contacts/oa%40example.com/push-tokens"), Json{{"token", "ExponentPushToken[abc]"}});
    rec.call("DELETE", QStringLiteral("/v1/contacts/oa%40example.com/push-tokens"), Json{{"token", "ExponentPushToken[abc]"}});
    rec.call("DELETE", QStringLiteral("/v1/contacts/oa%40example.com"));
    rec.call("DELETE", QStringLiteral("/v1/contacts/oa%40example.com"));
    Q_UNUSED(created);

    // Send, deliveries, simulation.
    const Json sent = rec.call("POST", QStringLiteral("/v1/send/order.confirmed"),
                               Json{{"to", "jane@example.com"}, {"payload", {{"order_id", "A1"}, {"total", "10 kr"}}}}).json();
    const Json keyedBody = {{"to", Json::array({"jane@example.com", {{"email", "new@example.com"}, {"name", "New"}}})},
                            {"payload", Json::object()}};
    const HttpReply first = rec.call("POST", QStringLiteral("/v1/send/order.confirmed/email"), keyedBody,
                                     {{"X-Idempotency-Key", "oa-1"}});
    QVERIFY(first.header("X-Idempotent-Replay").isEmpty());
    const HttpReply replayed = rec.call("POST", QStringLiteral("/v1/send/order.confirmed/email"), keyedBody,
                                        {{"X-Idempotency-Key", "oa-1"}});
    QCOMPARE(replayed.header("X-Idempotent-Replay"), QByteArray("true"));
    rec.call("POST", QStringLiteral("/v1/send/order.confirmed/whatsapp"), Json{{"to", "jane@example.com"}, {"payload", Json::object()}});
    rec.call("POST", QStringLiteral("/v1/send/nope"), Json{{"to", "jane@example.com"}, {"payload", Json::object()}});
    rec.call("POST", QStringLiteral("/v1/send/order.confirmed"), Json{{"payload", Json::object()}});
    rec.call("GET", QStringLiteral("/v1/deliveries?limit=5"));
    rec.call("GET", QStringLiteral("/v1/deliveries?status=nonsense"));
    QString uuid;
    if (sent.contains("deliveries") && !sent["deliveries"].empty())
        uuid = str(sent["deliveries"][0].begin().value());
    QVERIFY2(!uuid.isEmpty(), dumpJson(sent).constData());
    rec.call("GET", QStringLiteral("/v1/deliveries/%1/trace").arg(uuid));
    rec.call("GET", QStringLiteral("/v1/deliveries/00000000-0000-0000-0000-000000000000/trace"));
    // The long-polls (timeout_ms=0: answered at once, with data.timed_out).
    rec.call("GET", QStringLiteral("/v1/deliveries?wait_for=1&timeout_ms=0"));
    rec.call("GET", QStringLiteral("/v1/deliveries?wait_for=0"));
    rec.call("GET", QStringLiteral("/v1/deliveries/%1/trace?wait_for_status=sent,delivered,bounced&timeout_ms=0").arg(uuid));
    rec.call("GET", QStringLiteral("/v1/deliveries/%1/trace?wait_for_status=opened").arg(uuid));
    rec.call("POST", QStringLiteral("/_local/deliveries/%1/simulate").arg(uuid), Json{{"outcome", "bounced"}});
    rec.call("POST", QStringLiteral("/_local/deliveries/%1/simulate").arg(uuid), Json{{"outcome", "exploded"}});

    // Release to a real inbox: off (409), switched on towards a port nobody listens
    // on (the relay fails: 502), refused for a password and a live_ key, off again.
    rec.call("GET", QStringLiteral("/_local/release"));
    rec.call("POST", QStringLiteral("/_local/deliveries/%1/release").arg(uuid), Json::object());
    rec.call("POST", QStringLiteral("/_local/release/test"), Json::object());
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        closedPort = probe.serverPort();
    }
    rec.call("PUT", QStringLiteral("/_local/release"),
             Json{{"smtp", {{"host", "127.0.0.1"}, {"port", closedPort}, {"security", "none"}}}, {"to", "me@example.com"}});
    rec.call("PUT", QStringLiteral("/_local/release"), Json{{"smtp", {{"password", "x"}}}});
    rec.call("POST", QStringLiteral("/_local/deliveries/%1/release").arg(uuid), Json{{"to", "not an address"}});
    rec.call("POST", QStringLiteral("/_local/deliveries/%1/release").arg(uuid), Json{{"to", "me+1@example.com"}});
    rec.call("POST", QStringLiteral("/_local/deliveries/00000000-0000-0000-0000-000000000000/release"), Json::object());
    rec.call("POST", QStringLiteral("/_local/release/test"), Json::object());
    rec.setKey(kProductionKey);
    rec.call("PUT", QStringLiteral("/_local/release"), Json{{"release_all", true}});
    rec.setKey(kSandboxKey);
    rec.call("PUT", QStringLiteral("/_local/release"), Json{{"smtp", nullptr}});

    // Webhooks, to a port nobody listens on (attempts fail, which the trace shows).
    rec.call("GET", QStringLiteral("/v1/webhooks"));
    const Json hook = rec.call("POST", QStringLiteral("/v1/webhooks"),
                               Json{{"url", "http://127.0.0.1:9/hook"}, {"enabled_events", {"delivery.complained"}},
                                    {"description", "OpenAPI"}}).json();
    rec.call("POST", QStringLiteral("/v1/webhooks"), Json{{"url", "http://127.0.0.1:9/other"}});
    rec.call("POST", QStringLiteral("/v1/webhooks"), Json{{"url", "ftp://x"}, {"enabled_events", Json::array()}});
    rec.call("GET", QStringLiteral("/v1/webhooks"));
    const QString hookUuid = str(hook["data"]["webhook"]["uuid"]);
    QVERIFY2(!hookUuid.isEmpty(), dumpJson(hook).constData());
    rec.call("PATCH", QStringLiteral("/v1/webhooks/%1").arg(hookUuid), Json{{"description", nullptr}});
    rec.call("PATCH", QStringLiteral("/v1/webhooks/nope"), Json{{"is_active", false}});
    rec.call("POST", QStringLiteral("/_local/webhooks/%1/rotate-secret").arg(hookUuid), Json::object());
    const Json test = rec.call("POST", QStringLiteral("/_local/webhooks/%1/test").arg(hookUuid),
                               Json{{"event", "delivery.failed"}}).json();
    rec.call("POST", QStringLiteral("/_local/webhooks/%1/test").arg(hookUuid), Json{{"event", "delivery.opened"}});
    rec.call("POST", QStringLiteral("/_local/webhooks/messages/%1/resend").arg(str(test["data"]["message"]["id"])),
             Json::object());
    rec.call("POST", QStringLiteral("/_local/webhooks/messages/msg_nope/resend"), Json::object());
    rec.call("POST", QStringLiteral("/_local/deliveries/%1/simulate").arg(uuid), Json{{"outcome", "complained"}});
    HttpClient poll(kSandboxKey);
    QVERIFY(QTest::qWaitFor([&] {
        return !poll.get(server.url(QStringLiteral("/v1/deliveries/%1/trace").arg(uuid))).json()["data"]["webhook_attempts"].empty();
    }, 10000));
    rec.call("GET", QStringLiteral("/v1/deliveries/%1/trace").arg(uuid));
    rec.call("DELETE", QStringLiteral("/v1/webhooks/%1").arg(hookUuid));
    rec.call("DELETE", QStringLiteral("/v1/webhooks/%1").arg(hookUuid));

    // The journal and reset.
    rec.call("GET", QStringLiteral("/_local/requests?limit=3"));
    rec.call("GET", QStringLiteral("/_local/requests?status=abc"));
    rec.call("POST", QStringLiteral("/_local/reset"), Json::object());
    rec.call("GET", QStringLiteral("/_local/storage"));
    rec.call("PUT", QStringLiteral("/_local/storage/retention"), Json{{"max_deliveries", 20000}, {"max_age", "7d"}});
    rec.call("PUT", QStringLiteral("/_local/storage/retention"), Json{{"max_age", "soon"}});
    rec.call("POST", QStringLiteral("/_local/storage/compact"), Json::object());
    rec.call("GET", QStringLiteral("/_local/clock"));
    rec.call("POST", QStringLiteral("/_local/clock"), Json{{"advance", "5h"}});
    rec.call("POST", QStringLiteral("/_local/clock"), Json{{"advance", "-5h"}});
    rec.call("POST", QStringLiteral("/_local/clock"), Json{{"set", "2020-01-01T00:00:00Z"}});
    rec.call("POST", QStringLiteral("/_local/clock"), Json{{"mode", "frozen"}});
    rec.call("POST", QStringLiteral("/_local/clock"), Json{{"mode", "real"}});
    rec.setKey(QStringLiteral("test_unknown"));
    rec.call("GET", QStringLiteral("/v1/contacts"));
    // The event stream never ends, so only its refusal is recorded here (tst_waiting reads it).
    rec.call("GET", QStringLiteral("/_local/events"));

    // With limits on: every /v1 answer to a known key carries X-RateLimit-* (whatever
    // its status; /_local answers do not), and the sandbox's 11th request within a
    // second is a 429 with Retry-After.
    TestServer limited({}, TestServer::Limits::On);
    QVERIFY(limited.start());
    Recorder lim(limited, kSandboxKey);
    const HttpReply counted = lim.call("GET", QStringLiteral("/v1/events"));
    QVERIFY(!counted.header("X-RateLimit-Limit").isEmpty());
    lim.call("POST", QStringLiteral("/v1/send/order.confirmed"), Json{{"to", "jane@example.com"}, {"payload", Json::object()}});
    lim.call("GET", QStringLiteral("/v1/deliveries?status=opened"));
    lim.call("GET", QStringLiteral("/v1/contacts/nobody%40example.com"));
    lim.call("GET", QStringLiteral("/_local/requests?limit=1"));
    HttpReply refused;
    for (int i = 0; i < 200 && refused.status != 429; ++i) // 11 in one second, however slow the machine
        refused = lim.call("GET", QStringLiteral("/v1/deliveries?limit=1"));
    QCOMPARE(refused.status, 429);
    QVERIFY(!refused.header("Retry-After").isEmpty());

    Json answers = rec.answers();
    for (const Json &answer : lim.answers())
        answers.push_back(answer);
    const QByteArray problems = validate(answers);
    QVERIFY2(problems.isEmpty(), problems.constData());
}

QByteArray tst_OpenApi::validate(const Json &answers)
{
    QTemporaryDir dir;
    const QString answersPath = dir.filePath(QStringLiteral("answers.json"));
    QFile out(answersPath);
    if (!out.open(QIODevice::WriteOnly))
        return "cannot write " + answersPath.toUtf8();
    out.write(dumpJson(answers));
    out.close();

    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), qEnvironmentVariable("SENDIVENT_OPENAPI_MODULES"));
    node.setProcessEnvironment(env);
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(qEnvironmentVariable("SENDIVENT_NODE"),
               {qEnvironmentVariable("SENDIVENT_OPENAPI_VALIDATOR"), qEnvironmentVariable("SENDIVENT_OPENAPI_DOCUMENT"), answersPath});
    if (!node.waitForFinished(120000))
        return "the validator did not finish";
    const QByteArray report = node.readAll();
    qInfo().noquote() << report.trimmed();
    // A copy of what was recorded, to read or to take examples from.
    if (qEnvironmentVariableIsSet("SENDIVENT_OPENAPI_KEEP_ANSWERS"))
        QFile::copy(answersPath, qEnvironmentVariable("SENDIVENT_OPENAPI_KEEP_ANSWERS"));
    return node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0 ? QByteArray() : report;
}

QTEST_GUILESS_MAIN(tst_OpenApi)
#include "tst_openapi.moc"
