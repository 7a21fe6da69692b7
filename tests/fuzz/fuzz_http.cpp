// libFuzzer target for the HTTP request parser (issue 18). Each input is a byte stream
// as a client could send it. It is read twice under each of two sets of limits (the
// product's, and small ones whose edges short inputs reach): fed whole, and fed in
// pieces whose sizes come from a generator seeded by the input's first bytes. The two
// readings must agree event for event, request for request and on the failure status:
// a reader whose answer depends on where TCP cut the stream is how two readers of one
// stream come to disagree. Every request must also keep the framing invariants, and
// written back out canonically must read back the same. Any disagreement aborts.

#include "httprequestparser.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

using namespace sendivent::server;
using Event = HttpRequestParser::Event;
using Limits = HttpRequestParser::Limits;

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_http: %s\n", what);
        std::abort();
    }
}

bool isTokenChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool isToken(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

bool same(const HttpRequest &a, const HttpRequest &b)
{
    return a.method == b.method && a.target == b.target && a.version == b.version && a.head == b.head
        && a.headers == b.headers && a.body == b.body && a.contentLength == b.contentLength && a.chunked == b.chunked
        && a.keepAlive == b.keepAlive && a.expectContinue == b.expectContinue;
}

int count(const HttpRequest &r, QByteArrayView name)
{
    int n = 0;
    for (const auto &header : r.headers)
        n += header.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return n;
}

// What must hold of every head the parser accepts.
void checkHead(const HttpRequest &r, const Limits &limits)
{
    check(isToken(r.method), "the method is not a token");
    check(r.version == "HTTP/1.1" || r.version == "HTTP/1.0", "a version other than 1.0 or 1.1");
    check(!r.target.isEmpty(), "an empty target");
    for (char c : r.target)
        check(static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x7f, "a bad byte in the target");
    check(r.head.startsWith(r.method + ' ' + r.target + ' ' + r.version),
          "the head does not start with the request line");
    check(r.head.size() <= limits.maxHeadBytes, "a head over the limit");
    for (const auto &[name, value] : r.headers) {
        check(isToken(name), "a header name is not a token");
        for (char ch : value) {
            const auto c = static_cast<unsigned char>(ch);
            check((c >= 0x20 || c == '\t') && c != 0x7f, "a control byte in a header value");
        }
        const auto blank = [](char c) { return c == ' ' || c == '\t'; };
        check(value.isEmpty() || (!blank(value.front()) && !blank(value.back())),
              "a header value with surrounding whitespace");
    }
    check(count(r, "Authorization") <= 1, "two Authorization headers");
    check(count(r, "Host") <= 1, "two Host headers");
    check(r.contentLength <= limits.maxBodyBytes, "a declared length over the limit");
    check(!(r.chunked && r.contentLength >= 0), "chunked with a Content-Length");
    check(!r.chunked || r.version == "HTTP/1.1", "chunked in HTTP/1.0");
    check(r.chunked == (count(r, "Transfer-Encoding") > 0), "chunked without Transfer-Encoding or the reverse");
    check(r.contentLength < 0 || count(r, "Content-Length") > 0, "a length nobody declared");
}

// The request written back out with the line endings it came with, its body framed as
// it was; reading it again must give the same request. A head of one line does not say
// which ending it had: bare LF then, which cannot push it over a limit the original met.
void checkRoundTrip(const HttpRequest &r, const Limits &limits)
{
    const bool crlf = r.head.contains("\r\n");
    const QByteArray eol = crlf ? "\r\n" : "\n";
    QByteArray wire = r.head + eol + eol;
    if (r.chunked) {
        if (!r.body.isEmpty())
            wire += QByteArray::number(r.body.size(), 16) + eol + r.body + eol;
        wire += "0" + eol + eol;
    } else {
        wire += r.body;
    }
    HttpRequestParser parser(limits);
    parser.feed(wire);
    check(parser.next() == Event::HeadComplete, "a request written back out has no head");
    check(parser.next() == Event::Complete, "a request written back out is not whole");
    check(same(parser.takeRequest(), r), "a request written back out reads differently");
    check(parser.next() == Event::NeedMore && parser.buffered() == 0, "a request written back out leaves bytes");
}

void checkComplete(const HttpRequest &r, const Limits &limits)
{
    checkHead(r, limits);
    check(r.body.size() <= limits.maxBodyBytes, "a body over the limit");
    check(r.contentLength < 0 || r.body.size() == r.contentLength, "a body whose size is not its Content-Length");
    check(r.chunked || r.contentLength >= 0 || r.body.isEmpty(), "a body without framing");
    checkRoundTrip(r, limits);
}

struct Reading
{
    QList<Event> events; // NeedMore is left out: where it falls depends on the cuts
    QList<HttpRequest> heads; // request() at each HeadComplete
    QList<bool> midRequestAtHead;
    QList<HttpRequest> requests; // takeRequest() at each Complete
    int status = 0;
};

// Reads until the parser needs more bytes or has failed.
void drain(HttpRequestParser &parser, const Limits &limits, Reading &reading)
{
    if (!reading.events.isEmpty() && reading.events.back() == Event::Failed) {
        check(parser.next() == Event::Failed, "a failed stream read on");
        return;
    }
    for (;;) {
        check(!parser.readingHead() || parser.midRequest(), "readingHead() without midRequest()");
        const Event event = parser.next();
        if (event == Event::NeedMore)
            return;
        reading.events.append(event);
        switch (event) {
        case Event::NeedMore:
            return;
        case Event::HeadComplete:
            checkHead(parser.request(), limits);
            check(!parser.readingHead(), "readingHead() after HeadComplete");
            reading.heads.append(parser.request());
            reading.midRequestAtHead.append(parser.midRequest());
            break;
        case Event::Complete:
            check(!parser.midRequest(), "midRequest() after Complete");
            reading.requests.append(parser.takeRequest());
            checkComplete(reading.requests.back(), limits);
            break;
        case Event::Failed: {
            const int status = parser.failureStatus();
            check(status == 400 || status == 413 || status == 431 || status == 501 || status == 505,
                  "a failure status outside 400, 413, 431, 501, 505");
            check(!parser.failureReason().isEmpty(), "a failure without a reason");
            check(parser.failure() != HttpRequestParser::Failure::None, "Failed with Failure::None");
            reading.status = status;
            parser.feed("GET / HTTP/1.1\r\n\r\n");
            check(parser.next() == Event::Failed && parser.buffered() == 0, "a failed stream read on");
            check(!parser.midRequest() && !parser.readingHead(), "a failed stream is mid-request");
            return;
        }
        }
    }
}

// A small deterministic generator (xorshift64*), seeded from the input's first bytes.
struct Cuts
{
    explicit Cuts(std::string_view input)
    {
        for (std::size_t i = 0; i < input.size() && i < 8; ++i)
            m_state = (m_state ^ static_cast<unsigned char>(input[i])) * 0x100000001b3ULL;
        m_state |= 1;
    }
    std::uint64_t next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545f4914f6cdd1dULL;
    }
    std::uint64_t m_state = 0xcbf29ce484222325ULL;
};

void compare(std::string_view input, const Limits &limits)
{
    HttpRequestParser whole(limits);
    Reading a;
    whole.feed(QByteArrayView(input.data(), qsizetype(input.size())));
    drain(whole, limits, a);

    HttpRequestParser pieces(limits);
    Reading b;
    Cuts cuts(input);
    static constexpr std::size_t kSizes[] = {1, 1, 2, 3, 5, 16, 64, 1500};
    for (std::size_t at = 0; at < input.size();) {
        const std::uint64_t r = cuts.next();
        const std::size_t size = (r & 7) == 0 ? 0 : 1 + (r >> 8) % kSizes[(r >> 3) & 7];
        const std::size_t n = std::min(size, input.size() - at);
        pieces.feed(QByteArrayView(input.data() + at, qsizetype(n)));
        at += n;
        check(pieces.buffered() >= 0, "negative buffered()");
        if (((r >> 6) & 3) != 0) // and sometimes two pieces arrive before a read
            drain(pieces, limits, b);
    }
    drain(pieces, limits, b);

    check(a.events == b.events, "whole and in pieces: different events");
    check(a.status == b.status, "whole and in pieces: different failure status");
    check(a.midRequestAtHead == b.midRequestAtHead, "whole and in pieces: midRequest() differs at a head");
    check(a.heads.size() == b.heads.size() && a.requests.size() == b.requests.size(), "different counts");
    for (qsizetype i = 0; i < a.heads.size(); ++i)
        check(same(a.heads[i], b.heads[i]), "whole and in pieces: different heads");
    for (qsizetype i = 0; i < a.requests.size(); ++i)
        check(same(a.requests[i], b.requests[i]), "whole and in pieces: different requests");
    check(same(whole.request(), pieces.request()), "whole and in pieces: different requests in progress");
    check(whole.buffered() == pieces.buffered(), "whole and in pieces: different bytes left over");
    check(whole.midRequest() == pieces.midRequest() && whole.readingHead() == pieces.readingHead(),
          "whole and in pieces: different states at the end");

    // The events follow HeadComplete (Complete HeadComplete)* … with at most one Failed, last.
    for (qsizetype i = 0; i < a.events.size(); ++i) {
        if (a.events[i] == Event::Failed)
            check(i == a.events.size() - 1, "an event after Failed");
        else
            check(a.events[i] == (i % 2 == 0 ? Event::HeadComplete : Event::Complete), "events out of order");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    compare(input, Limits{});
    compare(input, Limits{128, 64}); // edges that inputs of a few hundred bytes reach
    return 0;
}
