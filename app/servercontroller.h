#pragma once

#include <localserver.h>

#include <QtCore/QObject>
#include <QtCore/QThread>

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

Q_SIGNALS:
    void exchangeFinished(const sendivent::server::ExchangeRecord &record);

private:
    QThread m_thread;
    server::LocalServer *m_server = nullptr;
    QString m_url;
    QString m_firstRunKey;
    QString m_consoleKey;
};

} // namespace sendivent::app
