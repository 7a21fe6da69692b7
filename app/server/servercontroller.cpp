#include "servercontroller.h"

namespace sendivent::app {

ServerController::ServerController(server::LocalServerOptions options, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_limits(options.limits)
    , m_proxyUrl(options.proxy ? options.proxy->baseUrl : QUrl())
{
    m_thread.setObjectName(QStringLiteral("local-server"));
    m_server = new server::LocalServer(std::move(options), notifier);
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    // Told on the server's thread; passed on only when the last notice was taken, so
    // thousands of sends a second are one queued event at a time, not thousands.
    // The thread ends before this object does (the destructor waits), so `this` is
    // there whenever the lambda runs.
    connect(m_server, &server::LocalServer::exchangeFinished, m_server,
            [this, pending = m_exchangesPending](const server::ExchangeRecord &) {
                if (pending->exchange(true))
                    return;
                QMetaObject::invokeMethod(this, [this, pending] {
                    pending->store(false);
                    Q_EMIT exchangesFinished();
                }, Qt::QueuedConnection);
            }, Qt::DirectConnection);
    connect(m_server, &server::LocalServer::healthChanged, this, &ServerController::healthChanged);
}

ServerController::~ServerController()
{
    m_thread.quit();
    m_thread.wait();
}

void ServerController::logExchanges(void (*log)(const server::ExchangeRecord &record))
{
    connect(m_server, &server::LocalServer::exchangeFinished, m_server, log, Qt::DirectConnection);
}

Status ServerController::start()
{
    m_thread.start();
    Status status;
    // Blocking once, at start-up, so the caller can print the address or the error.
    QMetaObject::invokeMethod(m_server, [this, &status] {
        status = m_server->start();
        m_url = m_server->url();
        m_firstRunKey = m_server->firstRunKey();
        m_consoleKey = m_server->consoleKey();
    }, Qt::BlockingQueuedConnection);
    return status;
}

void ServerController::setLimitsEnabled(bool enabled)
{
    // The server's objects belong to its thread: the change runs there, and the
    // answer comes back to this one. The thread outlives every queued call (the
    // destructor waits for it), so `this` is still there when the answer is posted.
    QMetaObject::invokeMethod(m_server, [this, server = m_server, enabled] {
        server->setLimitsEnabled(enabled);
        QMetaObject::invokeMethod(this, [this, enabled] {
            m_limits = enabled;
            Q_EMIT limitsChanged(enabled);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void ServerController::setProxy(const std::optional<server::ProxyTarget> &target)
{
    QMetaObject::invokeMethod(m_server, [this, server = m_server, target] {
        server->setProxy(target);
        const QUrl url = server->isListening() ? server->proxyUrl() : (target ? target->baseUrl : QUrl());
        QMetaObject::invokeMethod(this, [this, url] {
            m_proxyUrl = url;
            Q_EMIT proxyChanged(url);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void ServerController::setReleaseSettings(const mail::ReleaseSettings &settings)
{
    QMetaObject::invokeMethod(m_server, [server = m_server, settings] { server->setReleaseSettings(settings); },
                              Qt::QueuedConnection);
}

RetentionPolicy ServerController::retention() const
{
    if (!m_server)
        return {};
    RetentionPolicy policy;
    QMetaObject::invokeMethod(m_server, [server = m_server, &policy] { policy = server->retention(); },
                              Qt::BlockingQueuedConnection);
    return policy;
}

void ServerController::setRetention(const RetentionPolicy &policy)
{
    QMetaObject::invokeMethod(m_server, [this, server = m_server, policy] {
        const Status s = server->setRetention(policy);
        const RetentionPolicy now = server->retention();
        const QString error = s ? QString() : s.error().message;
        QMetaObject::invokeMethod(this, [this, now, error] { Q_EMIT retentionChanged(now, error); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void ServerController::compact()
{
    QMetaObject::invokeMethod(m_server, [this, server = m_server] {
        const auto done = server->compact();
        const qint64 before = done ? done->bytesBefore : 0;
        const qint64 after = done ? done->bytesAfter : 0;
        const QString error = done ? QString() : done.error().message;
        QMetaObject::invokeMethod(this, [this, before, after, error] { Q_EMIT compacted(before, after, error); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace sendivent::app
