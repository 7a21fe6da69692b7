#include "connectionguard.h"

#include "apiresponse.h"

#include <base/ids.h>

#include <QtCore/QLoggingCategory>
#include <QtCore/QSocketNotifier>

#include <algorithm>
#include <cstring>

#ifdef Q_OS_WIN
#  include <winsock2.h>
#  include <ws2tcpip.h>
#else
#  include <cerrno>
#  include <fcntl.h>
#  include <netinet/in.h>
#  include <sys/resource.h>
#  include <sys/socket.h>
#  include <unistd.h>
#endif

namespace sendivent::server {

Q_LOGGING_CATEGORY(lcConnections, "sendivent.connections")

using namespace Qt::StringLiterals;

namespace {

// A body may arrive this slowly before its deadline runs out (on top of bodyTimeoutMs).
constexpr qint64 kMinBodyBytesPerSecond = 64 * 1024;
// What a lingering close drains at most before it gives up on the client.
constexpr qint64 kMaxDrainBytes = 16 * 1024 * 1024;
constexpr qint64 kReadChunk = 64 * 1024;
// Reads per readiness notification, so that one fast client cannot starve the others.
constexpr int kReadsPerWake = 8;

// The few socket calls Qt's QTcpSocket does not let us make: a read that tells a
// half-close from a close, and a shutdown of our sending side alone.
namespace native {

enum : qint64 { WouldBlock = -1, Failed = -2 };

#ifndef Q_OS_WIN
// A call repeated while a signal interrupts it, its failure told apart from "try later".
template<typename Call>
qint64 retried(Call call)
{
    for (;;) {
        const ssize_t n = call();
        if (n >= 0)
            return n;
        if (errno != EINTR)
            return errno == EAGAIN || errno == EWOULDBLOCK ? WouldBlock : Failed;
    }
}
#endif

qint64 receive(qintptr fd, char *buffer, qint64 size)
{
#ifdef Q_OS_WIN
    const int n = ::recv(SOCKET(fd), buffer, int(size), 0);
    if (n < 0)
        return WSAGetLastError() == WSAEWOULDBLOCK ? WouldBlock : Failed;
    return n;
#else
    return retried([&] { return ::recv(int(fd), buffer, size_t(size), 0); });
#endif
}

qint64 send(qintptr fd, const char *data, qint64 size)
{
#ifdef Q_OS_WIN
    const int n = ::send(SOCKET(fd), data, int(size), 0);
    if (n < 0)
        return WSAGetLastError() == WSAEWOULDBLOCK ? WouldBlock : Failed;
    return n;
#else
#  ifdef MSG_NOSIGNAL
    constexpr int flags = MSG_NOSIGNAL; // a reset peer must not raise SIGPIPE
#  else
    constexpr int flags = 0; // SO_NOSIGPIPE is set on the socket instead
#  endif
    return retried([&] { return ::send(int(fd), data, size_t(size), flags); });
#endif
}

void prepare(qintptr fd)
{
#ifdef Q_OS_WIN
    u_long on = 1;
    ::ioctlsocket(SOCKET(fd), FIONBIO, &on);
#else
    ::fcntl(int(fd), F_SETFL, ::fcntl(int(fd), F_GETFL) | O_NONBLOCK);
#  ifdef SO_NOSIGPIPE
    int on = 1;
    ::setsockopt(int(fd), SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#  endif
#endif
}

void shutdownSending(qintptr fd)
{
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(fd), SD_SEND);
#else
    ::shutdown(int(fd), SHUT_WR);
#endif
}

void close(qintptr fd)
{
#ifdef Q_OS_WIN
    ::closesocket(SOCKET(fd));
#else
    ::close(int(fd));
#endif
}

QHostAddress peer(qintptr fd, quint16 *port)
{
    sockaddr_storage address{};
#ifdef Q_OS_WIN
    int length = sizeof address;
    const bool ok = ::getpeername(SOCKET(fd), reinterpret_cast<sockaddr *>(&address), &length) == 0;
#else
    socklen_t length = sizeof address;
    const bool ok = ::getpeername(int(fd), reinterpret_cast<sockaddr *>(&address), &length) == 0;
#endif
    if (!ok)
        return {};
    if (address.ss_family == AF_INET)
        *port = ntohs(reinterpret_cast<const sockaddr_in *>(&address)->sin_port);
    else if (address.ss_family == AF_INET6)
        *port = ntohs(reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_port);
    return QHostAddress(reinterpret_cast<const sockaddr *>(&address));
}

} // namespace native

QByteArray errorAnswer(int status, const char *code, const QString &message, bool close)
{
    const Json body = {{"success", false}, {"error", toStd(message)}, {"code", code}};
    const QByteArray payload = dumpJson(body);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(payload.size()) + "\r\n";
    out += "X-Request-Id: " + newRequestId().toLatin1() + "\r\n";
    out += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n" + payload;
    return out;
}

// The request as the HTTP server behind reads it: the head as sent less the framing
// headers, and a Content-Length for the whole body.
QByteArray reframed(const HttpRequest &request)
{
    QByteArray out;
    out.reserve(request.head.size() + request.body.size() + 32);
    out += request.method + ' ' + request.target + ' ' + request.version + "\r\n";
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            continue;
        out += name + ": " + value + "\r\n";
    }
    if (!request.body.isEmpty() || request.contentLength >= 0 || request.chunked)
        out += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    out += "\r\n";
    out += request.body;
    return out;
}

} // namespace

// ---- RequestFeed --------------------------------------------------------------------

RequestFeed::RequestFeed(ConnectionGuard *connection, const QHostAddress &peer, quint16 peerPort)
    : QTcpSocket(connection)
    , m_connection(connection)
{
    setPeerAddress(peer);
    setPeerPort(peerPort);
    QIODevice::open(QIODevice::ReadWrite);
    setSocketState(QAbstractSocket::ConnectedState);
}

RequestFeed::~RequestFeed()
{
    // Nothing to abort: there is no socket underneath.
    setSocketState(QAbstractSocket::UnconnectedState);
}

void RequestFeed::push(const QByteArray &request)
{
    if (m_queuePos == m_queue.size()) {
        m_queue.clear();
        m_queuePos = 0;
    }
    m_queue += request;
    Q_EMIT readyRead();
}

void RequestFeed::end()
{
    if (state() != QAbstractSocket::UnconnectedState)
        disconnectFromHost(); // no socket engine: Unconnected at once, and disconnected()
}

qint64 RequestFeed::bytesAvailable() const
{
    return (m_queue.size() - m_queuePos) + QIODevice::bytesAvailable();
}

qint64 RequestFeed::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_queue.size() - m_queuePos);
    std::memcpy(data, m_queue.constData() + m_queuePos, size_t(n));
    m_queuePos += n;
    return n;
}

qint64 RequestFeed::writeData(const char *, qint64)
{
    return -1; // answers go through the ConnectionGuard, in request order
}

// ---- ConnectionGuard ----------------------------------------------------------------

ConnectionGuard::ConnectionGuard(qintptr descriptor, const ConnectionLimits &limits, GuardedTcpServer *server)
    : QObject(server)
    , m_fd(descriptor)
    , m_limits(limits)
    , m_parser(HttpRequestParser::Limits{64 * 1024, limits.maxBodyBytes})
{
    m_clock.start();
    native::prepare(m_fd);
    quint16 port = 0;
    m_peer = native::peer(m_fd, &port);
    m_feed = new RequestFeed(this, m_peer, port);
    connect(m_feed, &QAbstractSocket::disconnected, this, [this] {
        // The HTTP server gave up on the feed (it could not read a request we passed).
        if (!m_closed)
            closeNow();
    });
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &ConnectionGuard::onReadable);
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &ConnectionGuard::onWritable);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ConnectionGuard::onDeadline);
    rearm();
}

ConnectionGuard::~ConnectionGuard()
{
    if (!m_closed) {
        m_closed = true;
        native::close(m_fd);
    }
}

RequestTicket ConnectionGuard::takeTicket()
{
    return m_tickets.isEmpty() ? RequestTicket{} : m_tickets.dequeue();
}

ConnectionGuard::Phase ConnectionGuard::phase() const
{
    if (m_closed || m_closeAfterWrite || m_lingering)
        return Phase::Closing;
    if (m_streaming)
        return Phase::Streaming;
    if (m_nextToWrite < m_nextSequence || m_outPos < m_out.size())
        return Phase::Busy;
    if (m_parser.readingHead())
        return Phase::Head;
    if (m_parser.midRequest())
        return Phase::Body;
    return Phase::Idle;
}

void ConnectionGuard::onReadable()
{
    char buffer[kReadChunk];
    for (int i = 0; i < kReadsPerWake; ++i) {
        const qint64 n = native::receive(m_fd, buffer, sizeof buffer);
        if (n == native::WouldBlock)
            break;
        if (n == native::Failed)
            return closeNow();
        if (n == 0) {
            // The client shut its sending side. Requests it sent are still answered.
            m_peerClosed = true;
            m_readNotifier->setEnabled(false);
            // A stream's client that closes has left: nothing it asked for is owed.
            if (m_lingering || m_streaming || (phase() != Phase::Busy && m_outPos == m_out.size()))
                return closeNow();
            break;
        }
        if (m_lingering || m_stopReading) {
            m_drained += n;
            if (m_drained > kMaxDrainBytes)
                return closeNow();
            continue;
        }
        m_parser.feed(QByteArrayView(buffer, n));
        process();
        if (m_closed)
            return;
    }
    rearm();
}

void ConnectionGuard::process()
{
    for (;;) {
        switch (m_parser.next()) {
        case HttpRequestParser::Event::NeedMore:
            return;
        case HttpRequestParser::Event::HeadComplete:
            // A client that waits for "100 Continue" is told to go on, unless an earlier
            // answer is still owed (an interim answer must not overtake it).
            if (m_parser.request().expectContinue && m_parser.midRequest() && m_nextToWrite == m_nextSequence
                && m_outPos == m_out.size()) {
                m_out += "HTTP/1.1 100 Continue\r\n\r\n";
                writeOut();
            }
            continue;
        case HttpRequestParser::Event::Complete: {
            const HttpRequest request = m_parser.takeRequest();
            RequestTicket ticket{this, m_nextSequence++, !request.keepAlive, request.target};
            m_tickets.enqueue(ticket);
            if (ticket.closeAfter)
                m_stopReading = true; // what follows a closing request is not read as requests
            if (m_feed)
                m_feed->push(reframed(request)); // the HTTP server may answer right away
            if (m_stopReading || m_closed)
                return;
            continue;
        }
        case HttpRequestParser::Event::Failed: {
            const int status = m_parser.failureStatus();
            const bool tooLarge = status == 413 || status == 431;
            // 431 is not among the API's documented statuses: a head that is too large
            // is answered as a body that is (DESIGN §4, 413 PAYLOAD_TOO_LARGE).
            reject(tooLarge ? 413 : 400, tooLarge ? "PAYLOAD_TOO_LARGE" : "VALIDATION_ERROR",
                   u"Malformed HTTP request: "_s + m_parser.failureReason());
            return;
        }
        }
    }
}

void ConnectionGuard::reject(int status, const char *code, const QString &message)
{
    // Answered in turn, after what earlier requests are owed; nothing of this request
    // reaches the HTTP server.
    m_stopReading = true;
    answer(m_nextSequence++, errorAnswer(status, code, message, true), true);
}

void ConnectionGuard::answer(quint64 sequence, const QByteArray &bytes, bool close)
{
    if (m_closed || sequence < m_nextToWrite)
        return;
    m_waiting.insert(sequence, {bytes, close});
    while (!m_closeAfterWrite && !m_streaming && !m_waiting.isEmpty() && m_waiting.firstKey() == m_nextToWrite) {
        const quint64 written = m_nextToWrite++;
        const auto [out, closing] = m_waiting.take(written);
        m_out += out;
        m_closeAfterWrite = closing;
        m_streaming = m_streamSequence == written; // later answers wait behind the stream for good
    }
    if (m_closeAfterWrite)
        m_waiting.clear(); // answers to requests after a closing one are never sent
    writeOut();
}

void ConnectionGuard::beginStream(quint64 sequence, const QByteArray &head)
{
    if (m_closed || sequence < m_nextToWrite || m_streamSequence)
        return;
    m_streamSequence = sequence;
    m_stopReading = true; // what the client sends from now on is drained, not parsed
    answer(sequence, head, false);
}

void ConnectionGuard::streamChunk(const QByteArray &bytes)
{
    if (m_closed || m_closeAfterWrite || !m_streamSequence)
        return;
    if (!m_streaming) {
        // Earlier answers are still owed: the chunk waits with the head.
        auto it = m_waiting.find(*m_streamSequence);
        if (it != m_waiting.end())
            it->first += bytes;
        return;
    }
    // A stream's buffer may never be written out whole (a steady stream, a slow
    // reader): drop what was written so it does not grow for the stream's life.
    if (m_outPos >= kReadChunk) {
        m_out.remove(0, m_outPos);
        m_outPos = 0;
    }
    m_out += bytes;
    writeOut();
}

void ConnectionGuard::endStream()
{
    if (m_closed || !m_streamSequence)
        return;
    if (!m_streaming) {
        auto it = m_waiting.find(*m_streamSequence);
        if (it != m_waiting.end())
            it->second = true; // closes the connection once written
        return;
    }
    m_closeAfterWrite = true;
    writeOut();
}

qsizetype ConnectionGuard::unsentBytes() const
{
    qsizetype n = m_out.size() - m_outPos;
    if (m_streamSequence && !m_streaming) {
        auto it = m_waiting.constFind(*m_streamSequence);
        if (it != m_waiting.constEnd())
            n += it->first.size();
    }
    return n;
}

void ConnectionGuard::writeOut()
{
    while (m_outPos < m_out.size()) {
        const qint64 n = native::send(m_fd, m_out.constData() + m_outPos, m_out.size() - m_outPos);
        if (n == native::Failed)
            return closeNow();
        if (n == native::WouldBlock) {
            m_writeNotifier->setEnabled(true);
            rearm();
            return;
        }
        m_outPos += n;
    }
    m_out.clear();
    m_outPos = 0;
    m_writeNotifier->setEnabled(false);
    if (m_closeAfterWrite)
        return startClosing();
    if (m_peerClosed && m_nextToWrite == m_nextSequence)
        return closeNow(); // the client half-closed and has every answer it asked for
    rearm();
}

void ConnectionGuard::onWritable()
{
    writeOut();
}

void ConnectionGuard::startClosing()
{
    if (m_lingering)
        return;
    if (m_peerClosed)
        return closeNow();
    // A lingering close, as mature servers do: shut our side, then read and discard what
    // the client still sends (for a bounded time and size). Closing with unread bytes
    // would reset the connection, and a client still writing a large body would see the
    // reset instead of the answer.
    m_lingering = true;
    native::shutdownSending(m_fd);
    m_readNotifier->setEnabled(true);
    rearm();
}

void ConnectionGuard::closeNow()
{
    if (m_closed)
        return;
    m_closed = true;
    m_deadline.stop();
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    native::close(m_fd);
    if (auto *server = qobject_cast<GuardedTcpServer *>(parent()))
        server->forget(this);
    if (m_feed)
        m_feed->end();
    deleteLater();
}

bool ConnectionGuard::evict()
{
    switch (phase()) {
    case Phase::Idle:
        closeNow();
        return true;
    case Phase::Head:
        reject(408, "VALIDATION_ERROR", u"The server needed this connection for another client"_s);
        if (!m_closed) {
            // Its slot is needed now, not after a lingering close.
            closeNow();
        }
        return true;
    case Phase::Body:
    case Phase::Busy:
    case Phase::Streaming:
    case Phase::Closing:
        return false;
    }
    return false;
}

void ConnectionGuard::rearm()
{
    if (m_closed)
        return;
    const Phase now = phase();
    // Deadlines run from the start of a phase: trickling bytes does not extend them. A
    // request answered in between starts the phase afresh (idle again after an answer).
    const bool fresh = now != m_timedPhase || m_nextToWrite != m_timedAnswered;
    if (fresh || !m_deadline.isActive()) {
        if (fresh)
            m_phaseStarted = m_clock.elapsed();
        m_timedPhase = now;
        m_timedAnswered = m_nextToWrite;
        qint64 ms = 0;
        switch (now) {
        case Phase::Idle:
            ms = m_limits.idleTimeoutMs;
            break;
        case Phase::Head:
            ms = m_limits.headTimeoutMs;
            break;
        case Phase::Body: {
            const qint64 size = m_parser.request().contentLength >= 0 ? m_parser.request().contentLength
                                                                       : m_limits.maxBodyBytes;
            ms = m_limits.bodyTimeoutMs + size * 1000 / kMinBodyBytesPerSecond;
            break;
        }
        case Phase::Busy:
            // A handler is at work (it always answers), or the client is slow to read
            // what we wrote: only the latter has a deadline.
            ms = m_outPos < m_out.size() ? m_limits.idleTimeoutMs : 0;
            break;
        case Phase::Streaming:
            // Quiet streams are normal; a client that stops reading one is dropped by
            // the stream's owner when its backlog overflows, not by a clock.
            ms = 0;
            break;
        case Phase::Closing:
            ms = m_lingering ? m_limits.lingerTimeoutMs : m_limits.idleTimeoutMs;
            break;
        }
        const qint64 left = ms - (m_clock.elapsed() - m_phaseStarted);
        if (ms > 0)
            m_deadline.start(int(std::max<qint64>(left, 0)));
        else
            m_deadline.stop();
    }
}

void ConnectionGuard::onDeadline()
{
    switch (phase()) {
    case Phase::Streaming:
        return;
    case Phase::Idle:
    case Phase::Closing:
    case Phase::Busy:
        return closeNow();
    case Phase::Head:
    case Phase::Body:
        // The request is taking too long to arrive (a slow client, or one that keeps a
        // connection for nothing): tell it so, then close.
        m_readNotifier->setEnabled(false);
        reject(408, "VALIDATION_ERROR", u"The request did not arrive in time"_s);
        return;
    }
}

// ---- GuardedTcpServer ---------------------------------------------------------------

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    m_limits.maxConnections = connectionsThatFit(limits.maxConnections);
    m_limits.maxConnectionsPerPeer = std::clamp(limits.maxConnectionsPerPeer, 1, m_limits.maxConnections);
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    native::prepare(handle);
    quint16 port = 0;
    const QHostAddress peer = native::peer(handle, &port);
    if (!makeRoomFor(peer)) {
        const QByteArray refusal = errorAnswer(503, "SERVER_ERROR", u"Too many open connections"_s, true);
        native::send(handle, refusal.constData(), refusal.size());
        native::shutdownSending(handle);
        native::close(handle);
        logRefusal();
        return;
    }
    auto *connection = new ConnectionGuard(handle, m_limits, this);
    m_connections.append(connection);
    addPendingConnection(connection->feed()); // QTcpServer emits newConnection() after this returns
}

bool GuardedTcpServer::makeRoomFor(const QHostAddress &peer)
{
    const auto fromPeer = [&peer](const ConnectionGuard *c) { return c->peerAddress() == peer; };
    const bool full = m_connections.size() >= m_limits.maxConnections;
    const bool peerFull = std::count_if(m_connections.cbegin(), m_connections.cend(), fromPeer)
        >= m_limits.maxConnectionsPerPeer;
    if (!full && !peerFull)
        return true;
    // The connection that has been idle, or dawdling over its head, the longest goes.
    ConnectionGuard *victim = nullptr;
    for (ConnectionGuard *c : std::as_const(m_connections)) {
        if (!full && !fromPeer(c))
            continue;
        const auto phase = c->phase();
        if (phase != ConnectionGuard::Phase::Idle && phase != ConnectionGuard::Phase::Head)
            continue;
        if (!victim || c->phaseStartedMs() < victim->phaseStartedMs())
            victim = c;
    }
    return victim && victim->evict();
}

void GuardedTcpServer::forget(ConnectionGuard *connection)
{
    m_connections.removeOne(connection);
}

void GuardedTcpServer::logRefusal()
{
    ++m_refusedSinceLog;
    if (m_lastRefusalLog.isValid() && m_lastRefusalLog.elapsed() < 5000)
        return;
    qCWarning(lcConnections).noquote()
        << u"refused %1 connection(s): %2 open, the limit is %3 (%4 per client address)"_s.arg(m_refusedSinceLog)
               .arg(m_connections.size())
               .arg(m_limits.maxConnections)
               .arg(m_limits.maxConnectionsPerPeer);
    m_refusedSinceLog = 0;
    m_lastRefusalLog.start();
}

int connectionsThatFit(int wanted)
{
#ifdef Q_OS_WIN
    return wanted;
#else
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return wanted;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
#  ifdef Q_OS_MACOS
        raised.rlim_cur = std::min<rlim_t>(raised.rlim_cur, OPEN_MAX);
#  endif
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    // The database, its WAL, the webhook client's sockets, Qt's own descriptors: a
    // hundred is plenty for everything that is not a client connection.
    constexpr rlim_t kOtherDescriptors = 128;
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur > rlim_t(wanted) + kOtherDescriptors)
        return wanted;
    const int fit = int(limit.rlim_cur > kOtherDescriptors ? limit.rlim_cur - kOtherDescriptors : 16);
    qCWarning(lcConnections) << "the open-files limit is" << limit.rlim_cur << "- at most" << fit
                             << "connections are served";
    return fit;
#endif
}

} // namespace sendivent::server
