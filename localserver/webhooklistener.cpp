#include "webhooklistener.h"

#include <json.h>

#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <optional>
#include <string_view>

namespace sendivent::server {

using namespace Qt::StringLiterals;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 400: return "Bad Request";
    case 405: return "Method Not Allowed";
    case 413: return "Content Too Large";
    case 431: return "Request Header Fields Too Large";
    case 501: return "Not Implemented";
    case 505: return "HTTP Version Not Supported";
    default: return "Error";
    }
}

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

// The comma-separated tokens of a header such as Connection, lower-cased.
QList<QByteArray> tokens(const QByteArray &value)
{
    QList<QByteArray> out;
    for (const QByteArray &part : value.split(','))
        out << part.trimmed().toLower();
    return out;
}

} // namespace

QByteArray ListenerRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// ---- HttpRequestParser -------------------------------------------------------------

HttpRequestParser::State HttpRequestParser::fail(int status, const QString &reason)
{
    m_failure = status;
    m_reason = reason;
    return State::Failed;
}

HttpRequestParser::State HttpRequestParser::next(ListenerRequest *out)
{
    if (m_failure)
        return State::Failed;
    if (!m_haveHead) {
        // Empty lines before a request line are ignored (RFC 9112 §2.2).
        qsizetype skip = 0;
        while (skip < m_buffer.size() && (m_buffer[skip] == '\r' || m_buffer[skip] == '\n'))
            ++skip;
        m_buffer.remove(0, skip);

        // The head ends at the first empty line; a bare LF ends a line too.
        qsizetype headEnd = -1;
        qsizetype bodyStart = -1;
        qsizetype lineStart = 0;
        for (qsizetype nl = m_buffer.indexOf('\n'); nl >= 0; nl = m_buffer.indexOf('\n', lineStart)) {
            const qsizetype length = nl - lineStart - (nl > lineStart && m_buffer[nl - 1] == '\r' ? 1 : 0);
            if (length == 0) {
                headEnd = lineStart;
                bodyStart = nl + 1;
                break;
            }
            lineStart = nl + 1;
            if (lineStart > kMaxHeadBytes)
                break;
        }
        if (headEnd < 0 || headEnd > kMaxHeadBytes) {
            if (m_buffer.size() > kMaxHeadBytes || headEnd > kMaxHeadBytes)
                return fail(431, u"The request line and headers exceed %1 bytes"_s.arg(kMaxHeadBytes));
            return State::NeedMore;
        }
        m_current = {};
        m_current.head = m_buffer.left(headEnd);
        while (m_current.head.endsWith('\n') || m_current.head.endsWith('\r'))
            m_current.head.chop(1);
        m_buffer.remove(0, bodyStart);
        if (!parseHead(m_current.head)) {
            *out = m_current;
            return State::Failed;
        }
        m_haveHead = true;
        m_continueOwed = m_bodyLength > m_buffer.size()
            && m_current.header("Expect").trimmed().compare("100-continue", Qt::CaseInsensitive) == 0;
    }
    if (m_buffer.size() < m_bodyLength)
        return State::NeedMore;
    m_current.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    *out = std::exchange(m_current, {});
    m_haveHead = false;
    m_bodyLength = 0;
    m_continueOwed = false;
    return State::Complete;
}

bool HttpRequestParser::parseHead(QByteArrayView head)
{
    QList<QByteArray> lines = head.toByteArray().split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> start = lines.value(0).split(' ');
    if (start.size() != 3 || !isToken(start[0]) || start[1].isEmpty()) {
        fail(400, u"The request line is not METHOD TARGET HTTP/1.1"_s);
        return false;
    }
    m_current.method = start[0];
    m_current.target = start[1];
    m_current.version = start[2];
    if (m_current.version != "HTTP/1.1" && m_current.version != "HTTP/1.0") {
        if (m_current.version.startsWith("HTTP/"))
            fail(505, u"Only HTTP/1.0 and HTTP/1.1 are served"_s);
        else
            fail(400, u"The request line is not METHOD TARGET HTTP/1.1"_s);
        return false;
    }

    std::optional<qint64> length;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.startsWith(' ') || line.startsWith('\t')) {
            fail(400, u"Folded header lines are not accepted"_s);
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
            fail(400, u"Header line %1 is not NAME: VALUE"_s.arg(i));
            return false;
        }
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        m_current.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = !value.isEmpty() && value.size() <= 18;
            for (char c : value)
                ok = ok && c >= '0' && c <= '9';
            const qint64 n = ok ? value.toLongLong() : -1;
            if (!ok || (length && *length != n)) {
                fail(400, u"Content-Length is not one whole number"_s);
                return false;
            }
            length = n;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            fail(501, u"Transfer-Encoding is not supported; send a Content-Length"_s);
            return false;
        }
    }
    const QList<QByteArray> connection = tokens(m_current.header("Connection"));
    m_current.keepAlive = m_current.version == "HTTP/1.1" ? !connection.contains("close")
                                                          : connection.contains("keep-alive");
    if (length && *length > kMaxBodyBytes) {
        fail(413, u"The body exceeds %1 bytes"_s.arg(kMaxBodyBytes));
        return false;
    }
    m_bodyLength = length.value_or(0);
    return true;
}

// ---- WebhookListener ---------------------------------------------------------------

struct WebhookListener::Connection
{
    HttpRequestParser parser;
    QTimer *idle = nullptr;
    bool closing = false;
};

WebhookListener::WebhookListener(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ListenerRequest>();
}

WebhookListener::~WebhookListener()
{
    const QSignalBlocker quiet(this); // whoever listens may be half destroyed already
    stop();
}

Status WebhookListener::start(quint16 port, const QHostAddress &address)
{
    stop();
    auto *server = new QTcpServer(this);
    if (!server->listen(address, port)) {
        const QString why = server->errorString();
        delete server;
        return Error{ErrorCode::ServerError,
                     u"Cannot listen on %1 port %2: %3"_s.arg(address.toString()).arg(port).arg(why), {}};
    }
    m_server = server;
    m_address = address;
    connect(m_server, &QTcpServer::newConnection, this, &WebhookListener::accept);
    Q_EMIT listeningChanged(true);
    return {};
}

void WebhookListener::stop()
{
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        drop(socket);
    }
    if (!m_server)
        return;
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
    Q_EMIT listeningChanged(false);
}

bool WebhookListener::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 WebhookListener::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl WebhookListener::url() const
{
    if (!m_server)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    const bool loopback = m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4
        || m_address.isLoopback();
    url.setHost(m_address == QHostAddress::LocalHostIPv6 ? u"::1"_s
                : loopback                               ? u"127.0.0.1"_s
                                                         : m_address.toString());
    url.setPort(port());
    url.setPath(u"/webhooks"_s);
    return url;
}

void WebhookListener::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new Connection;
        connection->idle = new QTimer(socket);
        connection->idle->setSingleShot(true);
        connection->idle->setInterval(kIdleTimeoutMs);
        connect(connection->idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        connection->idle->start();
        m_connections.insert(socket, connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void WebhookListener::readFrom(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection)
        return;
    connection->idle->start();
    const QByteArray bytes = socket->readAll();
    if (connection->closing)
        return; // answered "close": what follows is not read
    connection->parser.feed(bytes);
    for (;;) {
        ListenerRequest request;
        const HttpRequestParser::State state = connection->parser.next(&request);
        if (state == HttpRequestParser::State::NeedMore) {
            if (connection->parser.takeContinue())
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            return;
        }
        request.receivedAt = QDateTime::currentDateTimeUtc();
        request.peer = u"%1:%2"_s.arg(socket->peerAddress().toString()).arg(socket->peerPort());
        QByteArray body;
        if (state == HttpRequestParser::State::Failed) {
            request.status = connection->parser.failureStatus();
            body = dumpJson(Json{{"received", false}, {"error", toStd(connection->parser.failureReason())}});
        } else if (request.method == "POST") {
            request.status = 200;
            body = R"({"received":true})";
        } else {
            request.status = 405;
            body = R"({"received":false,"error":"Webhooks are POST requests"})";
        }
        const bool close = state == HttpRequestParser::State::Failed || !request.keepAlive;
        answer(socket, request, body, close);
        connection->closing = close;
        // A request whose head could not be read says nothing worth showing.
        if (!request.method.isEmpty()) {
            Q_EMIT requestReceived(request);
            // A receiver may have stopped the listener meanwhile.
            if (!m_connections.contains(socket))
                return;
        }
        if (close) {
            socket->disconnectFromHost(); // after what was written is sent
            return;
        }
    }
}

void WebhookListener::answer(QTcpSocket *socket, const ListenerRequest &request, const QByteArray &body, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(request.status) + ' ' + reasonPhrase(request.status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (request.status == 405)
        out += "Allow: POST\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (request.method != "HEAD")
        out += body;
    socket->write(out);
}

void WebhookListener::drop(QTcpSocket *socket)
{
    delete m_connections.take(socket);
    socket->deleteLater();
}

} // namespace sendivent::server
