#include "webhooklistener.h"

#include <base/json.h>

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

} // namespace

// ---- WebhookListener ---------------------------------------------------------------

struct WebhookListener::Connection
{
    // Webhook payloads are small; a generous limit still shows what a sender did wrong.
    HttpRequestParser parser{HttpRequestParser::Limits{64 * 1024, 8 * 1024 * 1024}};
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
        const HttpRequestParser::Event event = connection->parser.next();
        if (event == HttpRequestParser::Event::NeedMore)
            return;
        if (event == HttpRequestParser::Event::HeadComplete) {
            // A sender that waits for an interim answer before its body gets one.
            if (connection->parser.request().expectContinue && connection->parser.midRequest())
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            continue;
        }
        const bool failed = event == HttpRequestParser::Event::Failed;
        // After a failure, whatever of the request was read is shown.
        ListenerRequest request;
        static_cast<HttpRequest &>(request) = failed ? connection->parser.request() : connection->parser.takeRequest();
        request.receivedAt = QDateTime::currentDateTimeUtc();
        request.peer = u"%1:%2"_s.arg(socket->peerAddress().toString()).arg(socket->peerPort());
        QByteArray body;
        if (failed) {
            request.status = connection->parser.failureStatus();
            body = dumpJson(Json{{"received", false}, {"error", toStd(connection->parser.failureReason())}});
        } else if (request.method == "POST") {
            request.status = 200;
            body = R"({"received":true})";
        } else {
            request.status = 405;
            body = R"({"received":false,"error":"Webhooks are POST requests"})";
        }
        const bool close = failed || !request.keepAlive;
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
