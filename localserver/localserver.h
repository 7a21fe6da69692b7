#pragma once

#include "httpserver.h"

#include <result.h>

#include <QtCore/QObject>
#include <QtNetwork/QHostAddress>

#include <memory>

namespace sendivent {
class ChangeNotifier;
class Database;
}

namespace sendivent::server {

class Router;
struct ServerContext;

struct LocalServerOptions
{
    QString dataDir;
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8787;
    QStringList apiKeys;      // --api-key, this run only
    QString seedFile;         // --seed; empty: the demo workspace on an empty database
    bool limits = true;
    ServerLimits http;
};

// The embedded local API server: the database, the core services and the HTTP front,
// all on the thread this object lives on.
class LocalServer final : public QObject
{
    Q_OBJECT
public:
    explicit LocalServer(LocalServerOptions options, ChangeNotifier *notifier = nullptr, QObject *parent = nullptr);
    ~LocalServer() override;

    // Opens the database, seeds it, and listens. Errors name the problem (a taken
    // port, a database from a newer version, an invalid seed file).
    Status start();
    void stop();

    quint16 port() const;
    QString url() const;
    bool isListening() const { return m_http != nullptr; }
    // After a failed start(): whether it failed because the address could not be bound.
    bool failedToListen() const { return m_failedToListen; }
    // A sandbox key made on this start because no key existed at all, to print once.
    QString firstRunKey() const { return m_firstRunKey; }
    const Router &router() const { return *m_router; }

    static QString databaseFileName();

Q_SIGNALS:
    void exchangeFinished(const sendivent::server::ExchangeRecord &record);

private:
    Status seed();

    LocalServerOptions m_options;
    ChangeNotifier *m_notifier;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<Router> m_router;
    HttpServer *m_http = nullptr;
    QString m_firstRunKey;
    bool m_failedToListen = false;
};

} // namespace sendivent::server
