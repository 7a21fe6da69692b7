// Throws generated malformed requests at a running server over raw sockets: every
// answer must be a well-formed HTTP response with a JSON error body (or a closed
// connection for unparseable HTTP), and the server must keep answering /healthz.
#include <httpclient.h>
#include <jsoncompare.h>
#include <testserver.h>

#include <QtCore/QRandomGenerator>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;

namespace {

struct Case
{
    QByteArray bytes;
    bool mayHang = false; // the request is incomplete on purpose: no answer is due
};

class Generator
{
public:
    explicit Generator(quint32 seed) : m_rng(seed) {}

    Case next(int i)
    {
        switch (i % 10) {
        case 0: return {badMethod()};
        case 1: return badHeaders();
        case 2: return {request("PUT", "/_local/workspace", junkJson())};
        case 3: return {request("POST", "/_local/reset", junkBytes(bounded(200)))};
        case 4: return {request("GET", weirdPath(), {})};
        case 5: return {request(pick({"POST", "PATCH", "PUT", "DELETE"}), knownPath(), junkJson(), pick({"text/plain", "", "application/xml", "application/json;;"}))};
        case 6: return {sizes(i)};
        case 7: return {request("GET", knownPath(), {}, "application/json", authVariant())};
        case 8: return {request("PUT", "/_local/workspace", deepJson(40 + bounded(80)))};
        default: return incomplete(i);
        }
    }

private:
    int bounded(int n) { return int(m_rng.bounded(n)); }
    QByteArray pick(std::initializer_list<const char *> options)
    {
        return QByteArray(*(options.begin() + bounded(int(options.size()))));
    }

    QByteArray junkBytes(int n)
    {
        QByteArray out(n, '\0');
        for (char &c : out)
            c = char(m_rng.bounded(256));
        return out;
    }

    QByteArray junkJson()
    {
        static const char *samples[] = {
            "{", "}", "{\"a\":}", "[1,2", "{\"a\":\"\xc3\x28\"}", "{\"a\":1,}", "nul", "{\"\\ud800\":1}",
            "{\"a\":\"\\u00\"}", "\xef\xbb\xbf{}", "{\"events\":[{\"identifier\":5}]}", "{\"app\":[]}",
            "{\"a\":1e999999}", "  ", "[]", "\"str\"", "{\"contacts\":[{\"email\":\"a@@b\"}]}", "{\"a\":NaN}",
        };
        QByteArray s = samples[bounded(int(std::size(samples)))];
        if (bounded(3) == 0)
            s.insert(bounded(int(s.size()) + 1), junkBytes(1 + bounded(4)));
        return s;
    }

    static QByteArray deepJson(int depth)
    {
        return "{\"a\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
    }

    QByteArray knownPath()
    {
        return pick({"/v1/events", "/v1/events/user.welcome", "/v1/integrations", "/_local/workspace",
                     "/_local/reset", "/_local/requests", "/healthz", "/v1/contacts", "/v1/send/user.welcome"});
    }

    QByteArray weirdPath()
    {
        static const char *paths[] = {
            "/v1/events/%zz", "/v1/events/%00", "/../../etc/passwd", "//v1//events", "/v1/events/%C3%28",
            "/v1/events/" "\xf0\x9f\x92\xa9", "/v1/integrations?channel=%ff%fe", "/v1/events?limit=-5&limit=9999",
            "/_local/requests?status=%27or%201", "/v1/events/..%2f..%2f", "/\x01\x02", "/v1/events?offset=1e400",
        };
        QByteArray p = paths[bounded(int(std::size(paths)))];
        if (bounded(5) == 0)
            p += "/" + QByteArray(2000 + bounded(4000), 'a');
        return p;
    }

    QByteArray authVariant()
    {
        return pick({"Bearer", "Bearer  ", "bearer test_sandboxkey0123456789", "Basic Zm9vOmJhcg==",
                     "Bearer test_\x01\x02", "Bearer live_", "Token abc", "Bearer test_sandboxkey0123456789 x"});
    }

    QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                       const QByteArray &contentType = "application/json", QByteArray auth = {})
    {
        if (auth.isEmpty())
            auth = "Bearer " + kSandboxKey.toLatin1();
        QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";
        out += "Authorization: " + auth + "\r\n";
        if (!contentType.isEmpty())
            out += "Content-Type: " + contentType + "\r\n";
        if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
            out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        return out + "\r\n" + body;
    }

    QByteArray badMethod()
    {
        const QByteArray method = pick({"FOO", "get", "G3T", "PROPFIND", "TRACE", "CONNECT", "", "GET GET"});
        return method + ' ' + knownPath() + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    }

    Case badHeaders()
    {
        static const char *variants[] = {
            "GET /healthz HTTP/1.1\r\nHost x\r\nConnection: close\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\nConnection: close\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\nConnection: close\r\n\r\n",
            "POST /_local/reset HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\nConnection: close\r\n\r\n{}",
            "GET /healthz HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET /healthz\r\n\r\n",
            "\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\nConnection: close\r\n\r\n0\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n\x01\x02: \xff\r\nConnection: close\r\n\r\n",
        };
        QByteArray v = variants[bounded(int(std::size(variants)))];
        // Empty lines before a request are allowed (RFC 9112 §2.2): the server rightly
        // waits for the request that should follow, so no answer is due.
        if (v.startsWith("\r\n"))
            return {v, true};
        if (bounded(4) == 0)
            v.insert(v.indexOf("\r\n") + 2, "X-Big: " + QByteArray(70 * 1024, 'h') + "\r\n");
        return {v};
    }

    QByteArray sizes(int i)
    {
        if (i % 20 == 6)
            return "POST /_local/reset HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n"
                   "Content-Length: 5000000\r\n\r\n{\"a\":";
        const QByteArray body = "{\"a\":\"" + QByteArray(1024 * 1024 + bounded(1000), 'z') + "\"}";
        return request("PUT", "/_local/workspace", body);
    }

    Case incomplete(int i)
    {
        if (i % 100 != 9) // most of this bucket: complete but odd chunked bodies
            return {"POST /_local/reset HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + kSandboxKey.toLatin1()
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + "2\r\n{}\r\n0\r\n\r\n"};
        return {"POST /_local/reset HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nConnection: close\r\n\r\n{", true};
    }

    QRandomGenerator m_rng;
};

// Splits a raw answer into its status and body; false when it is not HTTP.
bool parseAnswer(const QByteArray &raw, int *status, QByteArray *contentType, QByteArray *body)
{
    if (!raw.startsWith("HTTP/1.1 "))
        return false;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    *status = raw.mid(9, 3).toInt();
    const QList<QByteArray> lines = raw.left(headEnd).split('\n');
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-type:"))
            *contentType = line.mid(13).trimmed();
    }
    *body = raw.mid(headEnd + 4);
    return *status >= 100 && *status <= 599;
}

} // namespace

class tst_Malformed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thousandMalformedRequests();
};

void tst_Malformed::thousandMalformedRequests()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    Generator gen(20261127);
    int answered = 0;
    int closedWithoutAnswer = 0;
    QMap<int, int> statuses;
    for (int i = 0; i < 1200; ++i) {
        const Case c = gen.next(i);
        bool closed = false;
        const QByteArray raw = rawExchange(server.port(), c.bytes, c.mayHang ? 300 : 5000, &closed);
        if (raw.isEmpty()) {
            QVERIFY2(closed || c.mayHang, qPrintable(QStringLiteral("case %1 neither answered nor closed: %2")
                                                         .arg(i).arg(QString::fromLatin1(c.bytes.left(160).toPercentEncoding(" /:")))));
            ++closedWithoutAnswer;
            continue;
        }
        int status = 0;
        QByteArray contentType;
        QByteArray body;
        QVERIFY2(parseAnswer(raw, &status, &contentType, &body),
                 qPrintable(QStringLiteral("case %1: not an HTTP answer: %2").arg(i).arg(QString::fromLatin1(raw.left(80)))));
        ++answered;
        ++statuses[status];
        QVERIFY2(status != 500, qPrintable(QStringLiteral("case %1 caused a 500").arg(i)));
        if (status >= 400) {
            QCOMPARE(contentType, QByteArray("application/json"));
            const auto json = parseJson(body);
            QVERIFY2(json && json->is_object(), qPrintable(QStringLiteral("case %1: error body is not JSON: %2").arg(i).arg(QString::fromUtf8(body.left(120)))));
            QCOMPARE((*json)["success"], false);
            QVERIFY((*json)["code"].is_string());
            QVERIFY((*json)["error"].is_string());
            const QByteArray lower = body.toLower();
            QVERIFY2(!lower.contains("sqlite") && !lower.contains("select ") && !lower.contains(".cpp"), body.constData());
        }
        if (i % 100 == 0) {
            HttpClient health;
            QCOMPARE(health.get(server.url(QStringLiteral("/healthz"))).status, 200);
        }
    }
    qInfo() << "answered" << answered << "closed without answer" << closedWithoutAnswer << "statuses" << statuses;
    QVERIFY(answered >= 1000);
    HttpClient client(kSandboxKey);
    QCOMPARE(client.get(server.url(QStringLiteral("/healthz"))).status, 200);
    // (Some generated bodies are valid fixtures, e.g. an empty one: the workspace may
    // rightly have changed; the server must still answer properly.)
    const HttpReply events = client.get(server.url(QStringLiteral("/v1/events")));
    QCOMPARE(events.status, 200);
    QCOMPARE(events.json()["success"], true);
}

QTEST_GUILESS_MAIN(tst_Malformed)
#include "tst_malformed.moc"
