#include "httprequestparser.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

namespace sendivent::server {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxChunkLineBytes = 4096;

bool isTokenChar(char c)
{
    // RFC 9110 tchar.
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// A field value's bytes: visible ASCII, space, tab and obs-text; never NUL, CR, LF or
// another control byte.
bool isFieldValue(QByteArrayView value)
{
    for (char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return false;
    }
    return true;
}

bool isDigits(QByteArrayView text, qsizetype maxLength)
{
    if (text.isEmpty() || text.size() > maxLength)
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// The comma-separated tokens of a header such as Connection, lower-cased.
QList<QByteArray> tokens(const QByteArray &value)
{
    QList<QByteArray> out;
    for (const QByteArray &part : value.split(','))
        out << part.trimmed().toLower();
    return out;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits)
{
}

void HttpRequestParser::feed(QByteArrayView bytes)
{
    if (m_state != State::Failed)
        m_buffer.append(bytes);
}

HttpRequest HttpRequestParser::takeRequest()
{
    return std::exchange(m_request, {});
}

int HttpRequestParser::failureStatus() const
{
    switch (m_failure) {
    case Failure::None: return 0;
    case Failure::BadRequest: return 400;
    case Failure::HeadTooLarge: return 431;
    case Failure::BodyTooLarge: return 413;
    case Failure::NotImplemented: return 501;
    case Failure::VersionNotSupported: return 505;
    }
    return 400;
}

bool HttpRequestParser::midRequest() const
{
    switch (m_state) {
    case State::Idle:
    case State::Failed:
        return false;
    case State::Head:
        return true;
    case State::Body:
        return m_remaining > 0;
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkDataEnd:
    case State::Trailers:
        return true;
    }
    return false;
}

bool HttpRequestParser::readingHead() const
{
    return m_state == State::Head;
}

HttpRequestParser::Event HttpRequestParser::fail(Failure failure, const QString &reason)
{
    m_state = State::Failed;
    m_failure = failure;
    m_reason = reason;
    m_buffer.clear();
    m_pos = 0;
    return Event::Failed;
}

void HttpRequestParser::compact()
{
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    } else if (m_pos > 64 * 1024) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

bool HttpRequestParser::takeLine(QByteArray *line, qsizetype maxLength, Failure tooLong, bool *failed)
{
    *failed = false;
    // Bytes searched before hold no LF: a long line trickled in is scanned once.
    const qsizetype nl = m_buffer.indexOf('\n', m_pos + m_searched);
    m_searched = nl < 0 ? m_buffer.size() - m_pos : 0;
    // The length (with a CR, without the LF) is checked first, and whether or not the LF
    // has arrived, so the answer does not depend on where the packets were cut.
    if ((nl < 0 ? m_buffer.size() : nl) - m_pos > maxLength) {
        *failed = true;
        fail(tooLong, tooLong == Failure::HeadTooLarge
                 ? u"The trailer fields exceed %1 bytes"_s.arg(m_limits.maxHeadBytes)
                 : u"A line of the request is too long"_s);
        return false;
    }
    if (nl < 0)
        return false;
    qsizetype end = nl;
    const bool cr = end > m_pos && m_buffer[end - 1] == '\r';
    if (cr != m_crlf) {
        *failed = true;
        fail(Failure::BadRequest, u"The request mixes CRLF and bare LF line endings"_s);
        return false;
    }
    if (cr)
        --end;
    *line = m_buffer.mid(m_pos, end - m_pos);
    m_pos = nl + 1;
    if (line->contains('\r')) {
        *failed = true;
        fail(Failure::BadRequest, u"A bare CR inside a line of the request"_s);
        return false;
    }
    return true;
}

bool HttpRequestParser::takeBodyBytes()
{
    const qint64 take = std::min<qint64>(m_remaining, m_buffer.size() - m_pos);
    m_request.body.append(QByteArrayView(m_buffer).sliced(m_pos, take));
    m_pos += take;
    m_remaining -= take;
    compact();
    return m_remaining == 0;
}

HttpRequestParser::Event HttpRequestParser::next()
{
    for (;;) {
        switch (m_state) {
        case State::Failed:
            return Event::Failed;
        case State::Idle:
            // Empty lines before a request line are ignored (RFC 9112 §2.2).
            while (m_pos < m_buffer.size() && (m_buffer[m_pos] == '\r' || m_buffer[m_pos] == '\n'))
                ++m_pos;
            compact();
            if (m_pos == m_buffer.size())
                return Event::NeedMore;
            m_state = State::Head;
            m_scan = 0;
            m_searched = 0;
            m_request = {};
            break;
        case State::Head:
            return parseHead();
        case State::Body:
            if (!takeBodyBytes())
                return Event::NeedMore;
            return complete();
        case State::ChunkSize: {
            QByteArray line;
            bool failed = false;
            if (!takeLine(&line, kMaxChunkLineBytes, Failure::BadRequest, &failed))
                return failed ? Event::Failed : Event::NeedMore;
            if (const Event e = parseChunkSize(line); e != Event::NeedMore)
                return e;
            break;
        }
        case State::ChunkData:
            if (!takeBodyBytes())
                return Event::NeedMore;
            m_state = State::ChunkDataEnd;
            break;
        case State::ChunkDataEnd: {
            const QByteArrayView end = m_crlf ? "\r\n" : "\n";
            if (m_buffer.size() - m_pos < end.size())
                return Event::NeedMore;
            if (QByteArrayView(m_buffer).sliced(m_pos, end.size()) != end)
                return fail(Failure::BadRequest, u"A chunk is longer than its size says"_s);
            m_pos += end.size();
            m_state = State::ChunkSize;
            break;
        }
        case State::Trailers: {
            QByteArray line;
            bool failed = false;
            // Room for what the trailers may still take; at least a CR, which may begin
            // the empty line that ends them (and does not count).
            const qsizetype room = std::max<qsizetype>(m_limits.maxHeadBytes - m_trailerBytes - 1, 1);
            if (!takeLine(&line, room, Failure::HeadTooLarge, &failed))
                return failed ? Event::Failed : Event::NeedMore;
            if (line.isEmpty())
                return complete();
            m_trailerBytes += line.size() + 2;
            if (m_trailerBytes > m_limits.maxHeadBytes)
                return fail(Failure::HeadTooLarge, u"The trailer fields exceed %1 bytes"_s.arg(m_limits.maxHeadBytes));
            if (!parseHeaderLine(line, true))
                return Event::Failed;
            break;
        }
        }
    }
}

HttpRequestParser::Event HttpRequestParser::parseHead()
{
    // Find the empty line that ends the head, resuming where the last search stopped
    // (a head trickled in byte by byte is scanned once, not once a byte).
    qsizetype lineStart = m_pos + m_scan;
    qsizetype headEnd = -1;
    qsizetype bodyStart = -1;
    // Within the unfinished line, bytes searched before hold no LF.
    qsizetype nl = m_buffer.indexOf('\n', std::max(lineStart, m_pos + m_searched));
    for (; nl >= 0; nl = m_buffer.indexOf('\n', lineStart)) {
        const qsizetype length = nl - lineStart;
        if (length == 0 || (length == 1 && m_buffer[lineStart] == '\r')) {
            headEnd = lineStart;
            bodyStart = nl + 1;
            break;
        }
        lineStart = nl + 1;
        if (lineStart - m_pos > m_limits.maxHeadBytes)
            break;
    }
    m_scan = lineStart - m_pos;
    m_searched = headEnd < 0 && nl < 0 ? m_buffer.size() - m_pos : 0;
    if (headEnd < 0 || headEnd - m_pos > m_limits.maxHeadBytes) {
        // A CR after the last whole line may begin the empty line that ends the head,
        // which does not count: refuse only a head too long however it goes on, or the
        // answer would depend on where the packets were cut.
        const bool endMayFollow = m_buffer.size() - lineStart == 1 && m_buffer.back() == '\r';
        const qsizetype headAtLeast = m_buffer.size() - m_pos - (endMayFollow ? 1 : 0);
        if (headAtLeast > m_limits.maxHeadBytes || headEnd - m_pos > m_limits.maxHeadBytes) {
            return fail(Failure::HeadTooLarge,
                        u"The request line and headers exceed %1 bytes"_s.arg(m_limits.maxHeadBytes));
        }
        return Event::NeedMore;
    }

    QByteArray head = m_buffer.mid(m_pos, headEnd - m_pos);
    const QByteArrayView terminator = QByteArrayView(m_buffer).sliced(headEnd, bodyStart - headEnd);
    m_pos = bodyStart;
    compact();

    QList<QByteArray> lines = head.split('\n');
    lines.removeLast(); // the head ends with a line break: nothing follows the last one
    m_crlf = lines.first().endsWith('\r');
    if ((terminator.size() == 2) != m_crlf)
        return fail(Failure::BadRequest, u"The request mixes CRLF and bare LF line endings"_s);
    for (QByteArray &line : lines) {
        if (line.endsWith('\r') != m_crlf)
            return fail(Failure::BadRequest, u"The request mixes CRLF and bare LF line endings"_s);
        if (m_crlf)
            line.chop(1);
        if (line.contains('\r'))
            return fail(Failure::BadRequest, u"A bare CR inside a line of the request"_s);
    }
    head.chop(m_crlf ? 2 : 1);
    m_request.head = head;

    if (!parseRequestLine(lines.first()))
        return Event::Failed;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!parseHeaderLine(lines[i], false))
            return Event::Failed;
    }
    return finishHead();
}

bool HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
        fail(Failure::BadRequest, u"The request line is not METHOD TARGET HTTP/1.1"_s);
        return false;
    }
    for (char c : parts[1]) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f) {
            fail(Failure::BadRequest, u"The request target holds a byte that must be percent-encoded"_s);
            return false;
        }
    }
    const QByteArray &version = parts[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        const bool wellFormed = version.size() == 8 && version.startsWith("HTTP/")
            && std::isdigit(static_cast<unsigned char>(version[5])) && version[6] == '.'
            && std::isdigit(static_cast<unsigned char>(version[7]));
        if (wellFormed)
            fail(Failure::VersionNotSupported, u"Only HTTP/1.0 and HTTP/1.1 are served"_s);
        else
            fail(Failure::BadRequest, u"The request line is not METHOD TARGET HTTP/1.1"_s);
        return false;
    }
    m_request.method = parts[0];
    m_request.target = parts[1];
    m_request.version = version;
    return true;
}

bool HttpRequestParser::parseHeaderLine(const QByteArray &line, bool trailer)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        fail(Failure::BadRequest, u"Folded header lines are not accepted"_s);
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
        // Also "Name : value": whitespace before the colon is a token error (RFC 9112 §5.1).
        fail(Failure::BadRequest, u"A header line is not NAME: VALUE"_s);
        return false;
    }
    const QByteArrayView value = trimmedOws(QByteArrayView(line).sliced(colon + 1));
    if (!isFieldValue(value)) {
        fail(Failure::BadRequest,
             u"The header %1 holds a control character"_s.arg(QString::fromLatin1(line.left(colon))));
        return false;
    }
    if (!trailer)
        m_request.headers.append({line.left(colon), value.toByteArray()});
    return true;
}

HttpRequestParser::Event HttpRequestParser::finishHead()
{
    std::optional<qint64> length;
    int transferEncodings = 0;
    int authorizations = 0;
    int hosts = 0;
    QByteArray transferEncoding;
    QByteArray connection;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            if (!isDigits(value, 18))
                return fail(Failure::BadRequest, u"Content-Length is not a plain whole number"_s);
            const qint64 n = value.toLongLong();
            if (length && *length != n)
                return fail(Failure::BadRequest, u"Two different Content-Length values"_s);
            length = n;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            ++transferEncodings;
            transferEncoding = value;
        } else if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
            ++authorizations;
        } else if (name.compare("Host", Qt::CaseInsensitive) == 0) {
            ++hosts;
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            connection += (connection.isEmpty() ? "" : ",") + value;
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            // An HTTP/1.0 client cannot read a 100 (Continue): ignore it (RFC 9110 §10.1.1).
            m_request.expectContinue
                = m_request.version == "HTTP/1.1" && value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (authorizations > 1)
        return fail(Failure::BadRequest, u"More than one Authorization header"_s);
    if (hosts > 1)
        return fail(Failure::BadRequest, u"More than one Host header"_s);
    if (transferEncodings > 0) {
        if (length)
            return fail(Failure::BadRequest, u"Both Content-Length and Transfer-Encoding"_s);
        if (m_request.version == "HTTP/1.0")
            return fail(Failure::BadRequest, u"Transfer-Encoding in an HTTP/1.0 request"_s);
        if (transferEncodings > 1 || transferEncoding.compare("chunked", Qt::CaseInsensitive) != 0) {
            return fail(Failure::NotImplemented,
                        u"Transfer-Encoding %1 is not supported; send chunked or a Content-Length"_s.arg(
                            QString::fromLatin1(transferEncoding)));
        }
        m_request.chunked = true;
    }
    const QList<QByteArray> options = tokens(connection);
    // "close" ends the connection whatever else is listed (RFC 9112 §9.3).
    m_request.keepAlive
        = !options.contains("close") && (m_request.version == "HTTP/1.1" || options.contains("keep-alive"));
    if (length && *length > m_limits.maxBodyBytes)
        return fail(Failure::BodyTooLarge, u"The body exceeds %1 bytes"_s.arg(m_limits.maxBodyBytes));
    m_request.contentLength = length.value_or(-1);
    if (m_request.chunked) {
        m_state = State::ChunkSize;
        m_trailerBytes = 0;
    } else {
        m_state = State::Body;
        m_remaining = length.value_or(0);
        m_request.body.reserve(m_remaining);
    }
    return Event::HeadComplete;
}

HttpRequestParser::Event HttpRequestParser::parseChunkSize(const QByteArray &line)
{
    const qsizetype semicolon = line.indexOf(';');
    const QByteArrayView size = QByteArrayView(line).first(semicolon < 0 ? line.size() : semicolon);
    bool hex = !size.isEmpty() && size.size() <= 15;
    for (char c : size)
        hex = hex && std::isxdigit(static_cast<unsigned char>(c));
    if (!hex)
        return fail(Failure::BadRequest, u"A chunk size is not a hexadecimal number"_s);
    if (semicolon >= 0 && !isFieldValue(QByteArrayView(line).sliced(semicolon)))
        return fail(Failure::BadRequest, u"A chunk extension holds a control character"_s);
    const qint64 n = size.toByteArray().toLongLong(nullptr, 16);
    if (n == 0) {
        m_state = State::Trailers;
        return Event::NeedMore; // go on reading
    }
    if (m_request.body.size() + n > m_limits.maxBodyBytes)
        return fail(Failure::BodyTooLarge, u"The body exceeds %1 bytes"_s.arg(m_limits.maxBodyBytes));
    m_remaining = n;
    m_state = State::ChunkData;
    return Event::NeedMore;
}

HttpRequestParser::Event HttpRequestParser::complete()
{
    m_state = State::Idle;
    m_remaining = 0;
    return Event::Complete;
}

} // namespace sendivent::server
