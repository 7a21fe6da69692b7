#pragma once

// The tests' little HTTP peers (remote APIs, webhook receivers, pages' remote
// content), and waiting on futures: a server that accepts connections and never
// answers, one that answers from a script, and a port nobody listens on.
// Header-only; the servers live on the test's thread.
#include <base/json.h>

#include <QtCore/QDateTime>
#include <QtCore/QEventLoop>
#include <QtCore/QFuture>
#include <QtCore/QFutureWatcher>
#include <QtCore/QHash>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

#include <functional>

namespace sendivent::test {

// Runs the event loop until `future` finished or `timeoutMs` passed. Woken by the
// future itself, not by polling: a backend whose services live on another thread
// answers within a turn of this loop.
template <typename T>
bool waitFor(const QFuture<T> &future, int timeoutMs = 30'000)
{
    if (future.isFinished())
        return true;
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.isFinished();
}

// The result of an asynchronous call; a call that never finishes ends the test run.
template <typename T>
T take(const QFuture<T> &future, int timeoutMs = 30'000)
{
    if (!waitFor(future, timeoutMs))
        qFatal("an asynchronous call did not finish within %d ms", timeoutMs);
    return future.result();
}

// Waits for the start of a fresh one-second window of the wall clock, so a burst of
// requests lands in one window of a per-second rate limit. Only for limits that run
// on real time (a remote's, waited out by a client's real back-off); a local server's
// windows follow its clock, which a test freezes and moves instead.
inline void waitForFreshSecond()
{
    while (QDateTime::currentMSecsSinceEpoch() % 1000 > 50)
        QTest::qWait(5);
}

// A port on 127.0.0.1 with no listener (it had one a moment ago).
inline quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Accepts every connection, reads whatever arrives, and never answers.
class SilentServer final
{
public:
    SilentServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

// One HTTP request as a ScriptedServer saw it.
struct SeenRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 atMs = 0; // when it was whole, milliseconds since the epoch

    Json json() const { return parseJson(body).value_or(Json()); }

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// A whole HTTP/1.1 answer that closes the connection.
inline QByteArray httpAnswer(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                             const QByteArray &contentType = "application/json")
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Connection: close\r\n\r\n" + body;
    return out;
}

// Answers each request with what the script returns for it (see httpAnswer()), and
// keeps every request it saw. An empty answer holds the request: the connection
// stays open and nothing is written (a peer that never answers).
class ScriptedServer final
{
public:
    using Script = std::function<QByteArray(const SeenRequest &request)>;

    explicit ScriptedServer(Script script)
        : m_script(std::move(script))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QObject::destroyed, &m_server, [this, socket] { m_buffers.remove(socket); });
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray &buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    serve(socket, buffer);
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    const QList<SeenRequest> &requests() const { return m_requests; }
    // Connections accepted, whether or not a whole request came over them.
    int connections() const { return m_connections; }

private:
    void serve(QTcpSocket *socket, QByteArray &buffer)
    {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        SeenRequest request;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
        request.method = start.value(0);
        request.target = start.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        request.body = buffer.mid(headEnd + 4, length);
        request.atMs = QDateTime::currentMSecsSinceEpoch();
        buffer.clear();
        m_requests.append(request);
        const QByteArray answer = m_script(request);
        if (answer.isEmpty())
            return;
        socket->write(answer);
        socket->disconnectFromHost();
    }

    // Declared before the server, so they outlive the sockets it deletes.
    QHash<QObject *, QByteArray> m_buffers;
    QList<SeenRequest> m_requests;
    int m_connections = 0;
    Script m_script;
    QTcpServer m_server;
};

} // namespace sendivent::test
