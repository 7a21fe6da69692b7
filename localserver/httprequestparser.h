#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>

namespace sendivent::server {

// One HTTP/1.x request as read off the wire: the head as received and the body with
// any chunked framing removed.
struct HttpRequest
{
    QByteArray method;  // POST
    QByteArray target;  // /v1/send/order.confirmed?x=1, exactly as sent
    QByteArray version; // HTTP/1.1
    QByteArray head;    // the request line and header lines as received, without the empty line
    QList<QPair<QByteArray, QByteArray>> headers; // in order; trailer fields are not kept
    QByteArray body;
    qint64 contentLength = -1; // the declared length; -1 when none was sent (or chunked)
    bool chunked = false;
    bool keepAlive = true;
    bool expectContinue = false; // "Expect: 100-continue"

    // The first header of that name (names compare case-insensitively); empty when none.
    QByteArray header(QByteArrayView name) const;
};

// The one reader of HTTP/1.x requests in the product (the local API server's
// connections and the webhook listener): feed it bytes as they arrive, in any
// packets, and it reports each request's head, then the whole request. It is strict
// (RFC 9112) where leniency lets two readers of one stream disagree about where a
// request ends: no space before a header's colon, no control bytes in values, one
// Content-Length value of plain digits, never Content-Length together with
// Transfer-Encoding, only the chunked coding, hexadecimal chunk sizes, one line ending
// style per request, one Authorization and one Host. Trailer fields are read and
// dropped. After a failure the stream cannot be read further.
class HttpRequestParser final
{
public:
    struct Limits
    {
        qsizetype maxHeadBytes = 64 * 1024; // request line and header lines; trailers too
        qint64 maxBodyBytes = 1024 * 1024;
    };

    enum class Event {
        NeedMore,     // nothing more can be read until more bytes arrive
        HeadComplete, // request() has the head; its body follows (or is empty)
        Complete,     // request() is whole: takeRequest() it, then call next() again
        Failed,       // failureStatus() and failureReason() say why; nothing more is read
    };

    enum class Failure {
        None,
        BadRequest,          // 400
        HeadTooLarge,        // 431
        BodyTooLarge,        // 413
        NotImplemented,      // 501: a transfer coding other than chunked
        VersionNotSupported, // 505
    };

    explicit HttpRequestParser(Limits limits);
    HttpRequestParser() : HttpRequestParser(Limits{}) {}

    void feed(QByteArrayView bytes);
    Event next();

    const HttpRequest &request() const { return m_request; }
    HttpRequest takeRequest();

    Failure failure() const { return m_failure; }
    int failureStatus() const;
    QString failureReason() const { return m_reason; }

    // Whether a request has begun arriving and is not whole yet (its head, or its body).
    bool midRequest() const;
    // Whether a request's head has begun arriving and is not whole yet.
    bool readingHead() const;
    // Body bytes of the current request read so far (after chunked framing).
    qint64 bodyBytesRead() const { return m_request.body.size(); }
    // Bytes fed and not yet read into a request.
    qsizetype buffered() const { return m_buffer.size() - m_pos; }

private:
    enum class State { Idle, Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Failed };

    Event fail(Failure failure, const QString &reason);
    // The next whole line from the buffer, without its line ending; false when no whole
    // line is there yet. Enforces the request's line-ending style; a line longer than
    // maxLength (with its CR) fails with tooLong.
    bool takeLine(QByteArray *line, qsizetype maxLength, Failure tooLong, bool *failed);
    // Moves body (or chunk) bytes from the buffer; true once m_remaining are all there.
    bool takeBodyBytes();
    Event parseHead();
    bool parseRequestLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line, bool trailer);
    Event finishHead();
    Event parseChunkSize(const QByteArray &line);
    Event complete();
    void compact();

    Limits m_limits;
    State m_state = State::Idle;
    QByteArray m_buffer;
    qsizetype m_pos = 0;       // first unread byte of m_buffer
    qsizetype m_scan = 0;      // where the search for the head's end resumes
    qsizetype m_searched = 0;  // bytes after m_pos already searched for a LF in vain
    bool m_crlf = true;        // the line-ending style of the current request
    qint64 m_remaining = 0;    // body or chunk bytes still to come
    qsizetype m_trailerBytes = 0;
    HttpRequest m_request;
    Failure m_failure = Failure::None;
    QString m_reason;
};

} // namespace sendivent::server
