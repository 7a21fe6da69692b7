#include "servercontroller.h"

namespace sendivent::app {

ServerController::ServerController(server::LocalServerOptions options, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("local-server"));
    m_server = new server::LocalServer(std::move(options), notifier);
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    connect(m_server, &server::LocalServer::exchangeFinished, this, &ServerController::exchangeFinished);
}

ServerController::~ServerController()
{
    m_thread.quit();
    m_thread.wait();
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

} // namespace sendivent::app
