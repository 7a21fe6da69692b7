#pragma once

#include <QtCore/QObject>
#include <QtCore/QQueue>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>

class QTcpSocket;

namespace sendivent::server {

// Qt 6.4's QAbstractHttpServer buffers any body whole, keeps HTTP/1.0 and
// "Connection: close" connections open, and never drops idle ones. This guard sits in
// front of it on each socket: it reads each request's head before the server does
// (its readyRead slot is connected first), answers 413 for bodies over the limit
// without reading them, remembers which requests asked for the connection to be
// closed, and closes idle connections.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket *socket, qint64 maxBodyBytes, int idleTimeoutMs);

    // Whether the next answered request wants the connection closed after its answer.
    bool takeCloseAfterResponse();
    static ConnectionGuard *of(QTcpSocket *socket);

private:
    void onReadyRead();
    void reject(int status, const char *code, const char *message);
    bool parseHead(const QByteArray &head);

    QTcpSocket *m_socket;
    qint64 m_maxBodyBytes;
    QTimer m_idle;
    QByteArray m_head;          // head of the current request while it arrives
    qint64 m_bodyRemaining = 0; // bytes of the current body still to come
    bool m_chunked = false;
    qint64 m_chunkedSeen = 0;
    bool m_rejected = false;
    QQueue<bool> m_closeAfter;
};

// A QTcpServer that puts a ConnectionGuard on every accepted socket before handing it
// to the HTTP server, and refuses connections past a cap.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(qint64 maxBodyBytes, int idleTimeoutMs, int maxConnections, QObject *parent = nullptr);
    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    qint64 m_maxBodyBytes;
    int m_idleTimeoutMs;
    int m_maxConnections;
    int m_open = 0;
};

// Writes a complete JSON error answer straight to a socket (used where no request
// object exists yet).
void writeRawError(QTcpSocket *socket, int status, const char *code, const char *message, bool close);

} // namespace sendivent::server
