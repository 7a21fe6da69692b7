#include "connectionguard.h"

#include "apiresponse.h"

#include <QtCore/QUuid>
#include <QtNetwork/QTcpSocket>

#include <cctype>

namespace sendivent::server {

namespace {

constexpr qint64 kMaxHeadBytes = 64 * 1024;
constexpr const char *kGuardProperty = "_sendivent_guard";

QByteArray headerValue(const QList<QByteArray> &lines, QByteArrayView name)
{
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

void writeRawError(QTcpSocket *socket, int status, const char *code, const char *message, bool close)
{
    const Json body = {{"success", false}, {"error", message}, {"code", code}};
    const QByteArray payload = dumpJson(body);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(payload.size()) + "\r\n";
    out += "X-Request-Id: req_" + QUuid::createUuid().toByteArray(QUuid::Id128) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n" + payload;
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, qint64 maxBodyBytes, int idleTimeoutMs)
    : QObject(socket)
    , m_socket(socket)
    , m_maxBodyBytes(maxBodyBytes)
{
    socket->setProperty(kGuardProperty, QVariant::fromValue<QObject *>(this));
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->disconnectFromHost(); });
    connect(socket, &QTcpSocket::bytesWritten, &m_idle, qOverload<>(&QTimer::start));
    m_idle.start();
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return qobject_cast<ConnectionGuard *>(socket->property(kGuardProperty).value<QObject *>());
}

bool ConnectionGuard::takeCloseAfterResponse()
{
    return m_closeAfter.isEmpty() ? false : m_closeAfter.dequeue();
}

void ConnectionGuard::reject(int status, const char *code, const char *message)
{
    m_rejected = true;
    m_socket->readAll(); // the server behind never sees this request
    writeRawError(m_socket, status, code, message, true);
}

// Whether a request head is well-formed enough to hand on. Qt 6.4's parser leaves a
// connection hanging on some malformed heads; these get a 400 and a close instead.
static bool isWellFormedHead(const QList<QByteArray> &lines)
{
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine[0].isEmpty() || requestLine[1].isEmpty())
        return false;
    for (const char c : requestLine[0]) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    if (requestLine[2] != "HTTP/1.1" && requestLine[2] != "HTTP/1.0")
        return false;
    QByteArray contentLength;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = line.left(colon).trimmed().toLower();
        for (const char c : name) {
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'))
                return false;
        }
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            if (!contentLength.isNull() && contentLength != value)
                return false;
            contentLength = value;
        } else if (name == "transfer-encoding" && value.toLower() != "chunked") {
            return false;
        }
    }
    return true;
}

bool ConnectionGuard::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    if (!isWellFormedHead(lines)) {
        reject(400, "VALIDATION_ERROR", "Malformed HTTP request");
        return false;
    }
    const QByteArray requestLine = lines.value(0).trimmed();
    const bool http10 = requestLine.endsWith("HTTP/1.0");
    const QByteArray connection = headerValue(lines, "Connection").toLower();
    const bool close = connection.contains("close") || (http10 && !connection.contains("keep-alive"));
    m_closeAfter.enqueue(close);

    const QByteArray length = headerValue(lines, "Content-Length");
    m_chunked = headerValue(lines, "Transfer-Encoding").toLower().contains("chunked");
    m_chunkedSeen = 0;
    m_bodyRemaining = 0;
    if (!length.isEmpty()) {
        bool ok = false;
        const qint64 n = length.toLongLong(&ok);
        if (!ok || n < 0) {
            reject(400, "VALIDATION_ERROR", "Invalid Content-Length header");
            return false;
        }
        if (n > m_maxBodyBytes) {
            reject(413, "PAYLOAD_TOO_LARGE", "Request body exceeds the 1 MiB limit");
            return false;
        }
        m_bodyRemaining = n;
    }
    return true;
}

void ConnectionGuard::onReadyRead()
{
    m_idle.start();
    if (m_rejected) {
        m_socket->readAll();
        return;
    }
    // Look at what arrived without taking it: the HTTP server reads it next.
    const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (m_bodyRemaining > 0) {
            const qint64 take = std::min<qint64>(m_bodyRemaining, data.size() - pos);
            m_bodyRemaining -= take;
            pos += take;
            continue;
        }
        if (m_chunked) {
            // Chunked bodies carry no length up front: count them as they come and
            // stop at the terminating zero-length chunk.
            // The last chunk is "0\r\n\r\n", at the body's start when it is empty.
            const bool emptyBody = m_chunkedSeen == 0 && data.mid(pos).startsWith("0\r\n\r\n");
            const qsizetype end = emptyBody ? pos - 2 : data.indexOf("\r\n0\r\n\r\n", pos);
            const qsizetype stop = end < 0 ? data.size() : end + 7;
            m_chunkedSeen += stop - pos;
            pos = stop;
            if (m_chunkedSeen > m_maxBodyBytes + 64 * 1024)
                return reject(413, "PAYLOAD_TOO_LARGE", "Request body exceeds the 1 MiB limit");
            if (end >= 0)
                m_chunked = false;
            continue;
        }
        // In a request head: collect until the blank line.
        const qsizetype end = data.indexOf("\r\n\r\n", pos);
        if (end < 0) {
            m_head += data.mid(pos);
            pos = data.size();
            if (m_head.size() > kMaxHeadBytes)
                return reject(413, "PAYLOAD_TOO_LARGE", "Request headers are too large");
            continue;
        }
        m_head += data.mid(pos, end + 4 - pos);
        pos = end + 4;
        const QByteArray head = std::exchange(m_head, {});
        if (head.size() > kMaxHeadBytes)
            return reject(413, "PAYLOAD_TOO_LARGE", "Request headers are too large");
        if (head.trimmed().isEmpty())
            continue;
        if (!parseHead(head))
            return;
    }
}

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, int idleTimeoutMs, int maxConnections, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_idleTimeoutMs(idleTimeoutMs)
    , m_maxConnections(maxConnections)
{
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_open >= m_maxConnections) {
        writeRawError(socket, 503, "SERVER_ERROR", "Too many open connections", true);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    ++m_open;
    connect(socket, &QTcpSocket::disconnected, this, [this] { --m_open; });
    new ConnectionGuard(socket, m_maxBodyBytes, m_idleTimeoutMs);
    addPendingConnection(socket); // QTcpServer emits newConnection() after this returns
}

} // namespace sendivent::server
