#pragma once

#include "connectionlimits.h"
#include "httprequestparser.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QMap>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QQueue>
#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <optional>

class QSocketNotifier;

namespace sendivent::server {

class ConnectionGuard;
class GuardedTcpServer;

// What the HTTP server is told of each request a connection hands it, in order.
struct RequestTicket
{
    QPointer<ConnectionGuard> connection;
    quint64 sequence = 0;
    bool closeAfter = false;
    QByteArray target; // the request target exactly as sent
};

// Qt 6.4's QAbstractHttpServer reads requests from a QTcpSocket with a lenient
// byte-at-a-time parser that does not agree with ours on where some requests end
// (trailers, bare LFs, pipelining past 128 KiB), and its socket closes on a client's
// half-close before the answer is written. So it never sees the network: each
// connection's bytes are read by a ConnectionGuard, parsed by the one strict
// HttpRequestParser, and every whole, valid request is handed to the HTTP server
// re-framed (Content-Length, no chunks, no trailers) through this in-memory socket.
// Answers are written by the guard, in request order.
class RequestFeed final : public QTcpSocket
{
    Q_OBJECT
public:
    RequestFeed(ConnectionGuard *connection, const QHostAddress &peer, quint16 peerPort);
    ~RequestFeed() override;

    void push(const QByteArray &request);
    // The connection is gone: the HTTP server deletes this socket.
    void end();
    ConnectionGuard *connection() const { return m_connection; }
    static RequestFeed *of(QTcpSocket *socket) { return qobject_cast<RequestFeed *>(socket); }

    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QPointer<ConnectionGuard> m_connection;
    QByteArray m_queue;
    qsizetype m_queuePos = 0;
};

// One accepted connection of the local server, on its native socket.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(qintptr descriptor, const ConnectionLimits &limits, GuardedTcpServer *server);
    ~ConnectionGuard() override;

    RequestFeed *feed() const { return m_feed; }
    QHostAddress peerAddress() const { return m_peer; }

    // The next request handed to the HTTP server, in order.
    RequestTicket takeTicket();
    // The answer to the request with that sequence number: written once every earlier
    // request is answered. `close` closes the connection after it.
    void answer(quint64 sequence, const QByteArray &bytes, bool close);

    // A streaming answer (Server-Sent Events, GET /_local/events), kept minimal: `head`
    // is written in request order like any answer, and once it is out every
    // streamChunk() is written at once (chunks that come earlier queue behind the head).
    // A stream is the last answer of its connection: nothing after its request is read
    // as a request (an answer owed to one pipelined before it is never written), and
    // endStream() closes the connection once the backlog is written, as does the client
    // closing its side. A stream has no deadline: the stream's owner bounds its backlog.
    void beginStream(quint64 sequence, const QByteArray &head);
    void streamChunk(const QByteArray &bytes);
    void endStream();
    // What has been answered but not yet taken by the client's socket: a stream's backlog.
    qsizetype unsentBytes() const;

    enum class Phase { Idle, Head, Body, Busy, Streaming, Closing };
    Phase phase() const;
    // When the current phase began (for choosing which connection to evict).
    qint64 phaseStartedMs() const { return m_phaseStarted; }
    // Makes room for another client: an idle connection closes, one still waiting for
    // its request head is answered 408. Other phases are never evicted.
    bool evict();

private:
    void onReadable();
    void onWritable();
    void process();
    void reject(int status, const char *code, const QString &message);
    void writeOut();
    void startClosing();
    void closeNow();
    void rearm();
    void onDeadline();

    qintptr m_fd;
    ConnectionLimits m_limits;
    QHostAddress m_peer;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    HttpRequestParser m_parser;
    QPointer<RequestFeed> m_feed;
    QQueue<RequestTicket> m_tickets;
    QMap<quint64, QPair<QByteArray, bool>> m_waiting; // answers that came before earlier ones
    quint64 m_nextSequence = 0;
    quint64 m_nextToWrite = 0;
    QByteArray m_out;
    qsizetype m_outPos = 0;
    bool m_stopReading = false;  // a closing request or a failure: later bytes are not requests
    bool m_peerClosed = false;   // the client half-closed (or closed) its side
    bool m_closeAfterWrite = false;
    bool m_lingering = false;    // our side is shut; what still arrives is drained
    bool m_closed = false;
    std::optional<quint64> m_streamSequence; // the request answered by a stream
    bool m_streaming = false;                // the stream's head is written: chunks go straight out
    qint64 m_drained = 0;
    QTimer m_deadline;
    Phase m_timedPhase = Phase::Idle;
    quint64 m_timedAnswered = 0;
    qint64 m_phaseStarted = 0;
    QElapsedTimer m_clock;
};

// A QTcpServer that puts a ConnectionGuard on every accepted connection and hands the
// HTTP server the guard's RequestFeed. Connections past the caps (all, or one peer's)
// first evict an idle or head-dawdling connection; only when none can go is the new one
// refused with 503.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(const ConnectionLimits &limits, QObject *parent = nullptr);
    int openConnections() const { return int(m_connections.size()); }
    const ConnectionLimits &limits() const { return m_limits; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    friend class ConnectionGuard;
    void forget(ConnectionGuard *connection);
    bool makeRoomFor(const QHostAddress &peer);
    void logRefusal();

    ConnectionLimits m_limits;
    QList<ConnectionGuard *> m_connections;
    int m_refusedSinceLog = 0;
    QElapsedTimer m_lastRefusalLog;
};

// Raises this process's soft limit of open files to its hard limit (POSIX), and
// returns how many connections fit under it next to the database and the rest.
int connectionsThatFit(int wanted);

} // namespace sendivent::server
