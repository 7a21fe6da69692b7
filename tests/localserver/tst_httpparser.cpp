// The one HTTP/1.x request parser (issue 18): every refusal with its exact status,
// requests cut at every byte read the same as fed whole (chunked bodies with extensions
// and trailers included), pipelining past 128 KiB, the limits at and one past their edge,
// keep-alive, Expect: 100-continue, the readingHead()/midRequest() states, and a failed
// stream staying failed. Over sockets: tst_webhooklistener and tst_wire; arbitrary
// input: tests/fuzz/fuzz_http.cpp.
#include <httprequestparser.h>

#include <QtTest/QTest>

using namespace sendivent::server;

namespace {

using Event = HttpRequestParser::Event;
using Limits = HttpRequestParser::Limits;

// Small limits, so the edges are reached by inputs short enough to cut at every byte.
constexpr Limits kSmall{128, 64};

QByteArray post(const QByteArray &body, const QByteArray &extra = {})
{
    return "POST /webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nwebhook-id: msg_1\r\n"
        + extra + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray chunked(const QByteArray &chunks, const QByteArray &extra = {})
{
    return "POST /chunked HTTP/1.1\r\nHost: x\r\n" + extra + "Transfer-Encoding: chunked\r\n\r\n" + chunks;
}

// Bytes from a literal that may hold NUL.
template<qsizetype N>
QByteArray raw(const char (&bytes)[N])
{
    return QByteArray(bytes, N - 1);
}

// Everything a request carries, in one comparable (and readable) line.
QByteArray describeRequest(const HttpRequest &r)
{
    QByteArray out = r.method + ' ' + r.target + ' ' + r.version + " |";
    for (const auto &[name, value] : r.headers)
        out += ' ' + name + '=' + value + ';';
    out += " | body " + QByteArray::number(r.body.size()) + ' ' + r.body.left(40).toPercentEncoding()
        + " | length " + QByteArray::number(r.contentLength) + (r.chunked ? " chunked" : "")
        + (r.keepAlive ? " keep-alive" : " close") + (r.expectContinue ? " expect-continue" : "") + " | head "
        + r.head.toPercentEncoding();
    return out;
}

struct Reading
{
    QByteArray events; // one letter an event, NeedMore left out: H head, C complete, F failed
    QList<HttpRequest> requests;
    int status = 0;

    QByteArray describe() const
    {
        QByteArray out = events + ' ' + QByteArray::number(status);
        for (const HttpRequest &r : requests)
            out += '\n' + describeRequest(r);
        return out;
    }
};

void drain(HttpRequestParser &parser, Reading &reading)
{
    if (reading.events.endsWith('F'))
        return;
    for (;;) {
        switch (parser.next()) {
        case Event::NeedMore:
            return;
        case Event::HeadComplete:
            reading.events += 'H';
            break;
        case Event::Complete:
            reading.events += 'C';
            reading.requests.append(parser.takeRequest());
            break;
        case Event::Failed:
            reading.events += 'F';
            reading.status = parser.failureStatus();
            return;
        }
    }
}

// Feeds `wire` in pieces of `piece` bytes (whole when 0), reading everything after each.
Reading readInPieces(const QByteArray &wire, Limits limits = {}, qsizetype piece = 0)
{
    HttpRequestParser parser(limits);
    Reading reading;
    if (piece <= 0)
        piece = std::max<qsizetype>(wire.size(), 1);
    for (qsizetype at = 0; at < wire.size(); at += piece) {
        parser.feed(QByteArrayView(wire).sliced(at, std::min(piece, wire.size() - at)));
        drain(parser, reading);
    }
    return reading;
}

Reading readCut(const QByteArray &wire, qsizetype cut, Limits limits = {})
{
    HttpRequestParser parser(limits);
    Reading reading;
    parser.feed(QByteArrayView(wire).first(cut));
    drain(parser, reading);
    parser.feed(QByteArrayView(wire).sliced(cut));
    drain(parser, reading);
    return reading;
}

// The reading of `wire` fed whole, after checking that cutting it anywhere, or feeding
// it a byte at a time, reads the same.
Reading readAnyhow(const QByteArray &wire, Limits limits = {})
{
    const Reading whole = readInPieces(wire, limits);
    for (qsizetype cut = 1; cut < wire.size(); ++cut) {
        const Reading r = readCut(wire, cut, limits);
        if (r.describe() != whole.describe()) {
            qWarning("cut at byte %lld of %lld:\n%s\nfed whole:\n%s", qint64(cut), qint64(wire.size()),
                     r.describe().constData(), whole.describe().constData());
            return {"cut differs", {}, -1};
        }
    }
    const Reading bytewise = readInPieces(wire, limits, 1);
    if (bytewise.describe() != whole.describe()) {
        qWarning("a byte at a time:\n%s\nfed whole:\n%s", bytewise.describe().constData(),
                 whole.describe().constData());
        return {"bytewise differs", {}, -1};
    }
    return whole;
}

// A request line and one header line, `size` bytes with their line endings.
QByteArray headOfSize(qsizetype size, const QByteArray &eol = "\r\n")
{
    QByteArray head = "GET /edge HTTP/1.1" + eol + "X: ";
    head += QByteArray(size - head.size() - eol.size(), 'a') + eol;
    return head;
}

} // namespace

class tst_HttpParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitAtEveryByte_data();
    void splitAtEveryByte();
    void twoRequestsInOneRead();
    void pipelinedBeyond128KiB();
    void bodyOverSeveralFeeds();
    void toleratesLeadingEmptyLinesAndBareLf();
    void keepAlive_data();
    void keepAlive();
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void headLimit();
    void bodyLimit();
    void trailersCountAgainstTheHeadLimit();
    void expectContinue();
    void readingHeadAndMidRequest();
    void failedStreamStaysFailed();
};

void tst_HttpParser::splitAtEveryByte_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QList<QByteArray>>("bodies");
    const QByteArray json = R"({"event":"delivery.sent","delivery":{"uuid":"d-1"}})";
    QTest::newRow("content-length") << post(json) << QList<QByteArray>{json};
    QTest::newRow("chunked, extensions, trailers")
        << chunked("5;name=value;quoted=\"a b\"\r\nhello\r\n1\r\n \r\nA\r\n0123456789\r\n0;last\r\n"
                   "Expires: never\r\nX-Checksum: 42\r\n\r\n")
        << QList<QByteArray>{"hello 0123456789"};
    QTest::newRow("bare LF throughout") << QByteArray("POST /a HTTP/1.1\nHost: x\nContent-Length: 3\n\nabc")
                                        << QList<QByteArray>{"abc"};
    QTest::newRow("bare LF chunked")
        << QByteArray("POST /a HTTP/1.1\nTransfer-Encoding: chunked\n\n3;x\nabc\n0\nT: 1\n\n")
        << QList<QByteArray>{"abc"};
    QTest::newRow("pipelined: length, chunked, length")
        << QByteArray(post("first") + chunked("6\r\nsecond\r\n0\r\nT: x\r\n\r\n") + post("third"))
        << QList<QByteArray>{"first", "second", "third"};
    QTest::newRow("GET and HEAD without a body")
        << QByteArray("GET /a HTTP/1.1\r\nHost: x\r\n\r\nHEAD /b HTTP/1.1\r\nHost: x\r\n\r\n")
        << QList<QByteArray>{"", ""};
    QTest::newRow("empty chunked body") << chunked("0\r\n\r\n") << QList<QByteArray>{""};
}

void tst_HttpParser::splitAtEveryByte()
{
    QFETCH(QByteArray, wire);
    QFETCH(QList<QByteArray>, bodies);
    const Reading r = readAnyhow(wire);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.events, QByteArray("HC").repeated(bodies.size()));
    QCOMPARE(r.requests.size(), bodies.size());
    for (qsizetype i = 0; i < bodies.size(); ++i)
        QCOMPARE(r.requests[i].body, bodies[i]);
}

void tst_HttpParser::twoRequestsInOneRead()
{
    const QByteArray body = R"({"n":1})";
    HttpRequestParser parser;
    parser.feed(QByteArray(post(body) + post("{\"n\":2}") + "POST /x HTTP/1.1\r\nContent-Le"));
    QCOMPARE(parser.next(), Event::HeadComplete);
    QCOMPARE(parser.next(), Event::Complete);
    const HttpRequest first = parser.takeRequest();
    QCOMPARE(parser.next(), Event::HeadComplete);
    QCOMPARE(parser.next(), Event::Complete);
    const HttpRequest second = parser.takeRequest();
    QCOMPARE(parser.next(), Event::NeedMore);
    QCOMPARE(first.body, body);
    QCOMPARE(first.method, "POST");
    QCOMPARE(first.target, "/webhooks");
    QCOMPARE(first.version, "HTTP/1.1");
    QCOMPARE(first.header("WEBHOOK-ID"), "msg_1");
    QCOMPARE(first.header("absent"), QByteArray());
    QCOMPARE(first.contentLength, qint64(body.size()));
    QCOMPARE(second.body, "{\"n\":2}");
    parser.feed("ngth: 2\r\n\r\nok");
    QCOMPARE(parser.next(), Event::HeadComplete);
    QCOMPARE(parser.next(), Event::Complete);
    const HttpRequest third = parser.takeRequest();
    QCOMPARE(third.target, "/x");
    QCOMPARE(third.body, "ok");
    QCOMPARE(parser.next(), Event::NeedMore);
    QCOMPARE(parser.buffered(), qsizetype(0));
}

void tst_HttpParser::pipelinedBeyond128KiB()
{
    QByteArray wire;
    QList<QByteArray> bodies;
    for (int i = 0; wire.size() <= 160 * 1024; ++i) {
        const QByteArray body = QByteArray::number(i) + ':' + QByteArray(300 + i % 500, char('a' + i % 26));
        bodies << body;
        if (i % 3 == 1)
            wire += chunked(QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n");
        else
            wire += post(body);
    }
    for (const qsizetype piece : {qsizetype(0), qsizetype(1400), qsizetype(65536), qsizetype(7)}) {
        const Reading r = readInPieces(wire, {}, piece);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.requests.size(), bodies.size());
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            QCOMPARE(r.requests[i].body, bodies[i]);
            QCOMPARE(r.requests[i].chunked, i % 3 == 1);
        }
    }
}

void tst_HttpParser::bodyOverSeveralFeeds()
{
    const QByteArray body = QByteArray(200'000, 'x');
    const QByteArray wire = post(body);
    HttpRequestParser parser;
    int feeds = 0;
    bool headSeen = false;
    for (qsizetype at = 0; at < wire.size(); at += 1400) {
        parser.feed(QByteArrayView(wire).sliced(at, std::min<qsizetype>(1400, wire.size() - at)));
        ++feeds;
        Event event = parser.next();
        if (event == Event::HeadComplete) {
            QVERIFY(!headSeen);
            headSeen = true;
            QCOMPARE(parser.request().contentLength, qint64(body.size()));
            event = parser.next();
        }
        if (at + 1400 < wire.size()) {
            QCOMPARE(event, Event::NeedMore);
            if (headSeen) {
                QCOMPARE(parser.bodyBytesRead(), qint64(at + 1400 - wire.indexOf("\r\n\r\n") - 4));
                QCOMPARE(parser.buffered(), qsizetype(0));
            }
        } else {
            QCOMPARE(event, Event::Complete);
        }
    }
    QVERIFY(feeds > 100);
    const HttpRequest r = parser.takeRequest();
    QCOMPARE(r.body.size(), body.size());
    QCOMPARE(r.body, body);
}

void tst_HttpParser::toleratesLeadingEmptyLinesAndBareLf()
{
    const Reading r = readAnyhow("\r\n\r\nPOST /a HTTP/1.1\nContent-Length: 3\n\nabc\n\nGET /b HTTP/1.0\n\n");
    QCOMPARE(r.events, "HCHC");
    QCOMPARE(r.requests[0].target, "/a");
    QCOMPARE(r.requests[0].body, "abc");
    QCOMPARE(r.requests[0].head, "POST /a HTTP/1.1\nContent-Length: 3");
    QCOMPARE(r.requests[1].target, "/b");
    QCOMPARE(r.requests[1].head, "GET /b HTTP/1.0");
}

void tst_HttpParser::keepAlive_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1") << QByteArray("POST / HTTP/1.1\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("POST / HTTP/1.1\r\nConnection: Close\r\n\r\n") << false;
    QTest::newRow("1.1 close in a list") << QByteArray("POST / HTTP/1.1\r\nConnection: keep-alive , close\r\n\r\n")
                                         << false;
    QTest::newRow("1.1 close in a second header")
        << QByteArray("POST / HTTP/1.1\r\nConnection: upgrade\r\nconnection: close\r\n\r\n") << false;
    QTest::newRow("1.1 other options") << QByteArray("POST / HTTP/1.1\r\nConnection: te, keep-alive\r\n\r\n") << true;
    QTest::newRow("1.0") << QByteArray("POST / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("POST / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << true;
    // "close" wins (RFC 9112 §9.3).
    QTest::newRow("1.0 keep-alive and close") << QByteArray("POST / HTTP/1.0\r\nConnection: close, keep-alive\r\n\r\n")
                                              << false;
}

void tst_HttpParser::keepAlive()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, keepAlive);
    const Reading r = readInPieces(wire);
    QCOMPARE(r.events, "HC");
    QCOMPARE(r.requests[0].keepAlive, keepAlive);
}

void tst_HttpParser::accepts_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("the same length twice")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\ncontent-length: 3\r\n\r\nabc") << QByteArray("abc");
    QTest::newRow("whitespace around a value") << QByteArray("POST / HTTP/1.1\r\nContent-Length: \t3 \t\r\n\r\nabc")
                                               << QByteArray("abc");
    QTest::newRow("no whitespace after the colon") << QByteArray("POST / HTTP/1.1\r\nContent-Length:3\r\n\r\nabc")
                                                   << QByteArray("abc");
    QTest::newRow("zero length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << QByteArray();
    QTest::newRow("non-ASCII value bytes") << QByteArray("POST / HTTP/1.1\r\nX-Name: Zo\xc3\xab\r\n\r\n")
                                           << QByteArray();
    QTest::newRow("empty value") << QByteArray("POST / HTTP/1.1\r\nX-Empty:\r\n\r\n") << QByteArray();
    QTest::newRow("Chunked in capitals")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
        << QByteArray("abc");
    QTest::newRow("hex sizes, upper and lower case") << chunked("A\r\n0123456789\r\nb\r\nabcdefghijk\r\n0\r\n\r\n")
                                                     << QByteArray("0123456789abcdefghijk");
    QTest::newRow("leading zeros in a chunk size") << chunked("0003\r\nabc\r\n000\r\n\r\n") << QByteArray("abc");
    QTest::newRow("one Authorization, one Proxy-Authorization")
        << QByteArray("GET / HTTP/1.1\r\nAuthorization: Bearer a\r\nProxy-Authorization: b\r\n\r\n") << QByteArray();
    QTest::newRow("absolute-form target") << QByteArray("GET http://x/a?b=c HTTP/1.1\r\n\r\n") << QByteArray();
}

void tst_HttpParser::accepts()
{
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, body);
    const Reading r = readAnyhow(wire);
    QCOMPARE(r.events, "HC");
    QCOMPARE(r.requests[0].body, body);
}

void tst_HttpParser::refuses_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("small"); // read with kSmall
    const auto row = [](const char *name, const QByteArray &wire, int status, bool small = false) {
        QTest::newRow(name) << wire << status << small;
    };
    const QByteArray big = QByteArray::number(Limits{}.maxBodyBytes + 1);

    // The request line.
    row("no version", "POST /\r\n\r\n", 400);
    row("not http", "POST / FTP/1.0\r\n\r\n", 400);
    row("lower-case version", "POST / http/1.1\r\n\r\n", 400);
    row("two spaces", "POST  / HTTP/1.1\r\n\r\n", 400);
    row("space in the target", "GET /a b HTTP/1.1\r\n\r\n", 400);
    row("control byte in the target", "GET /a\x01 HTTP/1.1\r\n\r\n", 400);
    row("bad method", "PO(ST / HTTP/1.1\r\n\r\n", 400);
    row("HTTP/2.0", "POST / HTTP/2.0\r\n\r\n", 505);
    row("HTTP/1.2", "POST / HTTP/1.2\r\n\r\n", 505);
    row("HTTP/0.9", "POST / HTTP/0.9\r\n\r\n", 505);
    row("version with a non-ASCII digit", "POST / HTTP/\xb9.1\r\n\r\n", 400);
    // Header lines.
    row("no colon", "POST / HTTP/1.1\r\nHost 1\r\n\r\n", 400);
    row("space in a name", "POST / HTTP/1.1\r\nHo st: 1\r\n\r\n", 400);
    row("space before the colon", "POST / HTTP/1.1\r\nHost : x\r\n\r\n", 400);
    row("space before the colon of Content-Length", "POST / HTTP/1.1\r\nContent-Length : 3\r\n\r\nabc", 400);
    row("tab before the colon", "POST / HTTP/1.1\r\nHost\t: x\r\n\r\n", 400);
    row("empty name", "POST / HTTP/1.1\r\n: x\r\n\r\n", 400);
    row("obs-fold with spaces", "POST / HTTP/1.1\r\nA: 1\r\n  2\r\n\r\n", 400);
    row("obs-fold with a tab", "POST / HTTP/1.1\r\nA: 1\r\n\t2\r\n\r\n", 400);
    row("NUL in a value", raw("POST / HTTP/1.1\r\nX-A: a\0b\r\n\r\n"), 400);
    row("NUL in an Authorization value", raw("GET / HTTP/1.1\r\nAuthorization: Bearer k\0\r\n\r\n"), 400);
    row("control byte in a value", "POST / HTTP/1.1\r\nX-A: a\x01z\r\n\r\n", 400);
    row("escape in a value", "POST / HTTP/1.1\r\nX-A: \x1b[31m\r\n\r\n", 400);
    row("DEL in a value", "POST / HTTP/1.1\r\nX-A: a\x7f\r\n\r\n", 400);
    row("bare CR in a value", "POST / HTTP/1.1\r\nX-A: a\rb\r\n\r\n", 400);
    row("two Authorization headers", "GET / HTTP/1.1\r\nAuthorization: Bearer a\r\nAuthorization: Bearer b\r\n\r\n",
        400);
    row("two Authorization headers, same value, other case",
        "GET / HTTP/1.1\r\nAuthorization: Bearer a\r\nauthorization: Bearer a\r\n\r\n", 400);
    row("two Host headers", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400);
    // Line endings: one style per request.
    row("request line bare LF, the rest CRLF", "POST / HTTP/1.1\nHost: x\r\nContent-Length: 0\r\n\r\n", 400);
    row("a header line bare LF, the rest CRLF", "POST / HTTP/1.1\r\nHost: x\nContent-Length: 0\r\n\r\n", 400);
    row("CRLF head, bare LF empty line", "POST / HTTP/1.1\r\nHost: x\r\n\n", 400);
    row("bare LF head, CRLF empty line", "POST / HTTP/1.1\nHost: x\n\r\n", 400);
    row("CRLF head, bare LF chunk line", chunked("3\nabc\r\n0\r\n\r\n"), 400);
    row("CRLF head, bare LF after chunk data", chunked("3\r\nabc\n0\r\n\r\n"), 400);
    row("bare LF head, CRLF chunk line", "POST / HTTP/1.1\nTransfer-Encoding: chunked\n\n3\r\nabc\n0\n\n", 400);
    row("CRLF head, bare LF trailer", chunked("3\r\nabc\r\n0\r\nT: 1\n\r\n"), 400);
    // Content-Length.
    row("length not a number", "POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n", 400);
    row("negative length", "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 400);
    row("length with a plus sign", "POST / HTTP/1.1\r\nContent-Length: +3\r\n\r\nabc", 400);
    row("hexadecimal length", "POST / HTTP/1.1\r\nContent-Length: 0x3\r\n\r\nabc", 400);
    row("empty length", "POST / HTTP/1.1\r\nContent-Length:\r\n\r\n", 400);
    row("length list", "POST / HTTP/1.1\r\nContent-Length: 3, 3\r\n\r\nabc", 400);
    row("two different lengths", "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400);
    row("length over the limit", "POST / HTTP/1.1\r\nContent-Length: " + big + "\r\n\r\n", 413);
    // Transfer-Encoding.
    row("Content-Length then Transfer-Encoding",
        "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n", 400);
    row("Transfer-Encoding then Content-Length",
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n3\r\nabc\r\n0\r\n\r\n", 400);
    row("Transfer-Encoding in HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400);
    row("gzip", "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", 501);
    row("gzip, chunked", "POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", 501);
    // Chunks.
    row("negative chunk size", chunked("-3\r\nabc\r\n0\r\n\r\n"), 400);
    row("non-hex chunk size", chunked("3g\r\nabc\r\n0\r\n\r\n"), 400);
    row("0x chunk size", chunked("0x3\r\nabc\r\n0\r\n\r\n"), 400);
    row("plus-signed chunk size", chunked("+3\r\nabc\r\n0\r\n\r\n"), 400);
    row("empty chunk size", chunked("\r\nabc\r\n0\r\n\r\n"), 400);
    row("chunk size over 15 digits", chunked("0000000000000003\r\nabc\r\n0\r\n\r\n"), 400);
    row("chunk longer than its size", chunked("3\r\nabcd\r\n0\r\n\r\n"), 400);
    row("NUL in a chunk extension", chunked(raw("3;a\0\r\nabc\r\n0\r\n\r\n")), 400);
    row("chunk line over 4 KiB", chunked("3;x=" + QByteArray(5000, 'y') + "\r\nabc\r\n0\r\n\r\n"), 400);
    row("obs-fold in a trailer", chunked("3\r\nabc\r\n0\r\nT: 1\r\n 2\r\n\r\n"), 400);
    row("one chunk over the limit", chunked(QByteArray::number(Limits{}.maxBodyBytes + 1, 16) + "\r\n"), 413);
    // Sizes, with the small limits.
    row("head over the limit", headOfSize(kSmall.maxHeadBytes + 1) + "\r\n", 431, true);
    row("head over the limit, no end yet", headOfSize(kSmall.maxHeadBytes + 1), 431, true);
    row("request line over the limit", "GET /" + QByteArray(200, 'a') + " HTTP/1.1\r\n\r\n", 431, true);
    row("body over the limit", "POST / HTTP/1.1\r\nContent-Length: 65\r\n\r\n", 413, true);
    row("chunks over the limit", chunked("20\r\n" + QByteArray(32, 'a') + "\r\n21\r\n"), 413, true);
    row("trailer over the limit", chunked("0\r\nT: " + QByteArray(130, 't') + "\r\n\r\n"), 431, true);
}

void tst_HttpParser::refuses()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    QFETCH(bool, small);
    const Limits limits = small ? kSmall : Limits{};
    HttpRequestParser parser(limits);
    parser.feed(wire);
    Event event = parser.next();
    if (event == Event::HeadComplete)
        event = parser.next();
    QCOMPARE(event, Event::Failed);
    QCOMPARE(parser.failureStatus(), status);
    QVERIFY(!parser.failureReason().isEmpty());
    // However the bytes arrive.
    const Reading r = readAnyhow(wire, limits);
    QCOMPARE(r.status, status);
    QVERIFY(r.events == "F" || r.events == "HF");
}

void tst_HttpParser::headLimit()
{
    // Exactly at the limit is read, however it is cut (also between the CR and LF of the
    // empty line); one byte more is refused.
    const QByteArray atLimit = headOfSize(kSmall.maxHeadBytes);
    QCOMPARE(atLimit.size(), kSmall.maxHeadBytes);
    const Reading r = readAnyhow(atLimit + "\r\n", kSmall);
    QCOMPARE(r.events, "HC");
    QCOMPARE(r.requests[0].head.size(), kSmall.maxHeadBytes - 2);
    QCOMPARE(readAnyhow(atLimit + "\r\n", {kSmall.maxHeadBytes - 1, 64}).status, 431);
    // The same with bare LF.
    QCOMPARE(readAnyhow(headOfSize(kSmall.maxHeadBytes, "\n") + "\n", kSmall).events, "HC");
    QCOMPARE(readAnyhow(headOfSize(kSmall.maxHeadBytes + 1, "\n") + "\n", kSmall).status, 431);
    // With the product's limits: a head that never ends.
    HttpRequestParser parser;
    parser.feed(QByteArray("POST / HTTP/1.1\r\nX: " + QByteArray(Limits{}.maxHeadBytes, 'a')));
    QCOMPARE(parser.next(), Event::Failed);
    QCOMPARE(parser.failureStatus(), 431);
}

void tst_HttpParser::bodyLimit()
{
    const qint64 max = Limits{}.maxBodyBytes;
    {
        // A declared length over the limit is refused before the body is read, and what
        // was read of the request is there to report.
        HttpRequestParser parser;
        parser.feed(QByteArray("POST /big HTTP/1.1\r\nContent-Length: " + QByteArray::number(max + 1) + "\r\n\r\n"));
        QCOMPARE(parser.next(), Event::Failed);
        QCOMPARE(parser.failureStatus(), 413);
        QCOMPARE(parser.request().target, "/big");
    }
    {
        const QByteArray body(max, 'b');
        const Reading r = readInPieces(post(body));
        QCOMPARE(r.events, "HC");
        QCOMPARE(qint64(r.requests[0].body.size()), max);
    }
    {
        // Chunks adding up to exactly the limit; then one byte more in a last chunk.
        const QByteArray half(max / 2, 'c');
        const QByteArray chunks = QByteArray::number(half.size(), 16) + "\r\n" + half + "\r\n";
        const Reading r = readInPieces(chunked(chunks + chunks + "0\r\n\r\n"), {}, 4096);
        QCOMPARE(r.events, "HC");
        QCOMPARE(qint64(r.requests[0].body.size()), max);
        QCOMPARE(readInPieces(chunked(chunks + chunks + "1\r\nd\r\n0\r\n\r\n"), {}, 4096).status, 413);
    }
    {
        // The small limits, cut at every byte.
        const QByteArray sixtyFour(64, 'e');
        QCOMPARE(readAnyhow("POST / HTTP/1.1\r\nContent-Length: 64\r\n\r\n" + sixtyFour, kSmall).events, "HC");
        const QByteArray twoChunks = "20\r\n" + sixtyFour.left(32) + "\r\n20\r\n" + sixtyFour.left(32) + "\r\n";
        QCOMPARE(readAnyhow(chunked(twoChunks + "0\r\n\r\n"), kSmall).events, "HC");
        QCOMPARE(readAnyhow(chunked(twoChunks + "1\r\n"), kSmall).status, 413);
    }
}

void tst_HttpParser::trailersCountAgainstTheHeadLimit()
{
    // Trailer lines with their line endings may take up to the head limit (the empty
    // line that ends them aside); one byte more is 431, however the bytes are cut, also
    // for a single trailer line too long to wait for its end.
    const auto trailers = [](qsizetype size) {
        QByteArray line = "T: " + QByteArray(size - 5, 't') + "\r\n";
        return line;
    };
    const QByteArray atLimit = trailers(kSmall.maxHeadBytes);
    QCOMPARE(atLimit.size(), kSmall.maxHeadBytes);
    const Reading r = readAnyhow(chunked("1\r\nx\r\n0\r\n" + atLimit + "\r\n"), kSmall);
    QCOMPARE(r.events, "HC");
    QCOMPARE(r.requests[0].body, "x");
    QVERIFY(r.requests[0].header("T").isEmpty()); // read and dropped
    QCOMPARE(readAnyhow(chunked("1\r\nx\r\n0\r\n" + trailers(kSmall.maxHeadBytes + 1) + "\r\n"), kSmall).status, 431);
    QCOMPARE(readAnyhow(chunked("1\r\nx\r\n0\r\n" + trailers(100) + trailers(29) + "\r\n"), kSmall).status, 431);
    QCOMPARE(readAnyhow(chunked("1\r\nx\r\n0\r\n" + trailers(100) + trailers(28) + "\r\n"), kSmall).events, "HC");
    QCOMPARE(readAnyhow(chunked("0\r\n" + trailers(3 * kSmall.maxHeadBytes)), kSmall).status, 431);
}

void tst_HttpParser::expectContinue()
{
    HttpRequestParser parser;
    parser.feed("POST / HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 4\r\n\r\n");
    QCOMPARE(parser.next(), Event::HeadComplete);
    // The head is there to decide on "100 Continue" before the body is sent.
    QVERIFY(parser.request().expectContinue);
    QVERIFY(parser.midRequest());
    QVERIFY(!parser.readingHead());
    QCOMPARE(parser.next(), Event::NeedMore);
    parser.feed("body");
    QCOMPARE(parser.next(), Event::Complete);
    const HttpRequest r = parser.takeRequest();
    QCOMPARE(r.body, "body");
    QVERIFY(r.expectContinue);
    QVERIFY(!parser.midRequest());

    // Chunked: the body follows too.
    parser.feed(chunked("0\r\n\r\n", "Expect: 100-continue\r\n"));
    QCOMPARE(parser.next(), Event::HeadComplete);
    QVERIFY(parser.request().expectContinue);
    QVERIFY(parser.midRequest());
    QCOMPARE(parser.next(), Event::Complete);
    (void)parser.takeRequest();

    // Without a body there is nothing to continue to.
    parser.feed("GET / HTTP/1.1\r\nExpect: 100-continue\r\n\r\n");
    QCOMPARE(parser.next(), Event::HeadComplete);
    QVERIFY(!parser.midRequest());
    QCOMPARE(parser.next(), Event::Complete);
    (void)parser.takeRequest();

    // Other expectations are not 100-continue.
    parser.feed("POST / HTTP/1.1\r\nExpect: something-else\r\nContent-Length: 1\r\n\r\nx");
    QCOMPARE(parser.next(), Event::HeadComplete);
    QVERIFY(!parser.request().expectContinue);
    QCOMPARE(parser.next(), Event::Complete);
    (void)parser.takeRequest();

    // An HTTP/1.0 client cannot read a 100 (Continue): the expectation is ignored
    // (RFC 9110 §10.1.1).
    parser.feed("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\n");
    QCOMPARE(parser.next(), Event::HeadComplete);
    QVERIFY(!parser.request().expectContinue);
    QVERIFY(parser.midRequest());
}

void tst_HttpParser::readingHeadAndMidRequest()
{
    HttpRequestParser parser;
    QVERIFY(!parser.readingHead());
    QVERIFY(!parser.midRequest());
    // Empty lines between requests are not a request.
    parser.feed("\r\n");
    QCOMPARE(parser.next(), Event::NeedMore);
    QVERIFY(!parser.readingHead());
    QVERIFY(!parser.midRequest());

    parser.feed("POST /a HTTP/1.1\r\nContent-Le");
    QCOMPARE(parser.next(), Event::NeedMore);
    QVERIFY(parser.readingHead());
    QVERIFY(parser.midRequest());
    parser.feed("ngth: 5\r\n\r\nab");
    QCOMPARE(parser.next(), Event::HeadComplete);
    QVERIFY(!parser.readingHead());
    QVERIFY(parser.midRequest());
    QCOMPARE(parser.next(), Event::NeedMore);
    QCOMPARE(parser.bodyBytesRead(), qint64(2));
    QVERIFY(parser.midRequest());
    parser.feed("cde");
    QCOMPARE(parser.next(), Event::Complete);
    QVERIFY(!parser.readingHead());
    QVERIFY(!parser.midRequest());
    QCOMPARE(parser.takeRequest().body, "abcde");

    // Chunked: mid-request through the chunks and the trailers, until the empty line.
    const QByteArray wire = chunked("2\r\nab\r\n0\r\nT: 1\r\n\r\n");
    const qsizetype bodyStart = wire.indexOf("\r\n\r\n") + 4;
    parser.feed(wire.left(bodyStart));
    QCOMPARE(parser.next(), Event::HeadComplete);
    QVERIFY(!parser.readingHead());
    for (qsizetype at = bodyStart; at < wire.size() - 1; ++at) {
        parser.feed(wire.mid(at, 1));
        QCOMPARE(parser.next(), Event::NeedMore);
        QVERIFY(parser.midRequest());
        QVERIFY(!parser.readingHead());
    }
    parser.feed(wire.right(1));
    QCOMPARE(parser.next(), Event::Complete);
    QVERIFY(!parser.midRequest());

    // GET: the head is the whole request.
    parser.feed("GET / HTTP/1.1\r\n\r\nG");
    QCOMPARE(parser.next(), Event::HeadComplete);
    QVERIFY(!parser.midRequest());
    QCOMPARE(parser.next(), Event::Complete);
    QVERIFY(!parser.midRequest());
    (void)parser.takeRequest();
    // The next request's first byte.
    QCOMPARE(parser.next(), Event::NeedMore);
    QVERIFY(parser.readingHead());
    QVERIFY(parser.midRequest());
    QCOMPARE(parser.buffered(), qsizetype(1));

    // Failed: neither.
    parser.feed(" / HTTP/9\r\n\r\n");
    QCOMPARE(parser.next(), Event::Failed);
    QVERIFY(!parser.readingHead());
    QVERIFY(!parser.midRequest());
}

void tst_HttpParser::failedStreamStaysFailed()
{
    HttpRequestParser parser;
    parser.feed(QByteArray(post("one") + "POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\nx" + post("two")));
    QCOMPARE(parser.next(), Event::HeadComplete);
    QCOMPARE(parser.next(), Event::Complete);
    QCOMPARE(parser.takeRequest().body, "one");
    QCOMPARE(parser.next(), Event::Failed);
    QCOMPARE(parser.failure(), HttpRequestParser::Failure::BadRequest);
    const QString reason = parser.failureReason();
    // The request after the bad one is never read, nor anything fed later.
    QCOMPARE(parser.buffered(), qsizetype(0));
    parser.feed(post("three"));
    QCOMPARE(parser.buffered(), qsizetype(0));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(parser.next(), Event::Failed);
    QCOMPARE(parser.failureStatus(), 400);
    QCOMPARE(parser.failureReason(), reason);
}

QTEST_GUILESS_MAIN(tst_HttpParser)
#include "tst_httpparser.moc"
