#pragma once

#include <localserver.h>

#include <QtCore/QObject>
#include <QtCore/QThread>

#include <atomic>
#include <memory>

namespace sendivent::app {

// Runs the local server on its own thread, so the window never waits on a request.
class ServerController final : public QObject
{
    Q_OBJECT
public:
    ServerController(server::LocalServerOptions options, ChangeNotifier *notifier, QObject *parent = nullptr);
    ~ServerController() override;

    // Starts the thread and the server on it; returns once it listens or failed.
    Status start();
    QString url() const { return m_url; }
    QString firstRunKey() const { return m_firstRunKey; }
    // The GUI's own sandbox key for this run (LocalServer::consoleKey()).
    QString consoleKey() const { return m_consoleKey; }

    // The limits switch (--limits on/off), while running. Queued to the server's
    // thread; limitsChanged() follows once it took effect.
    void setLimitsEnabled(bool enabled);
    bool limitsEnabled() const { return m_limits; }
    // Proxy mode on (a target) or off (nullopt), while running; queued like the
    // limits, then proxyChanged() with where /v1 now goes (empty: emulated locally).
    void setProxy(const std::optional<server::ProxyTarget> &target);
    QUrl proxyUrl() const { return m_proxyUrl; }
    // The core services the server's routes work on, for the GUI's LocalBackend (which
    // queues its calls to the server's thread). Null when the database did not open.
    Services *services() const { return m_server ? m_server->services() : nullptr; }
    // The local server's fault rules (issue 23): thread-safe, usable from the GUI.
    FaultRules *faults() const { return m_server ? m_server->faults() : nullptr; }
    // Release to a real inbox: new settings (empty: off), queued to the server's thread.
    void setReleaseSettings(const mail::ReleaseSettings &settings);
    // Retention (issue 22): the policy in force (asked of the server's thread), a new
    // one (queued, stored; retentionChanged() follows), and Compact now (queued;
    // compacted() follows with the sizes, or the error).
    RetentionPolicy retention() const;
    void setRetention(const RetentionPolicy &policy);
    void compact();

    // Hands each finished exchange to `log` on the server's thread, as headless mode
    // does: the window's thread never sees the traffic one request at a time.
    void logExchanges(void (*log)(const server::ExchangeRecord &record));

Q_SIGNALS:
    // One or more requests were answered since the last time (at most one such
    // signal waits in this thread's queue, however busy the server is).
    void exchangesFinished();
    void limitsChanged(bool enabled);
    void proxyChanged(const QUrl &url);
    // The database stopped taking writes, or takes them again (LocalServer::healthChanged).
    void healthChanged(bool degraded, const QString &reason);
    void retentionChanged(const sendivent::RetentionPolicy &policy, const QString &error);
    void compacted(qint64 bytesBefore, qint64 bytesAfter, const QString &error);

private:
    QThread m_thread;
    server::LocalServer *m_server = nullptr;
    bool m_limits = true;
    std::shared_ptr<std::atomic<bool>> m_exchangesPending = std::make_shared<std::atomic<bool>>(false);
    QUrl m_proxyUrl;
    QString m_url;
    QString m_firstRunKey;
    QString m_consoleKey;
};

} // namespace sendivent::app
