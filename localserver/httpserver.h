#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <QtHttpServer/QAbstractHttpServer>

namespace sendivent {
class ApiKeyStore;
}

namespace sendivent::server {

class GuardedTcpServer;
class Router;

struct ServerLimits
{
    qint64 maxBodyBytes = 1024 * 1024;
    int idleTimeoutMs = 30'000;
    int maxConnections = 1024;
    int maxJsonDepth = 64;
};

// One finished exchange, for logs and the request journal.
struct ExchangeRecord
{
    QString requestId;
    QString method;
    QString path;
    int status = 0;
    qint64 durationUs = 0;
    QString environment; // empty when unauthenticated
    QByteArray requestBody;
    QByteArray responseBody;
};

// The HTTP front of the local server, on QAbstractHttpServer (Qt 6.4's QHttpServer
// answers 404 for a wrong method and cannot be told otherwise). Every request goes
// through one pipeline: route → auth → media type → JSON body → handler → answer,
// and every answer carries X-Request-Id.
class HttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpServer(const Router &router, const ApiKeyStore &keys, ServerLimits limits, QObject *parent = nullptr);

    // Binds and listens; on failure returns a message naming the address and port.
    bool listenOn(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;

Q_SIGNALS:
    void exchangeFinished(const sendivent::server::ExchangeRecord &record);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiResponse dispatch(const QHttpServerRequest &request, ApiRequest &api);
    void write(QTcpSocket *socket, const ApiRequest &api, const ApiResponse &response);

    const Router &m_router;
    const ApiKeyStore &m_keys;
    ServerLimits m_limits;
    GuardedTcpServer *m_tcp = nullptr;
};

// Whether a JSON text nests deeper than `maxDepth` (checked before parsing, so a
// hostile body cannot exhaust the parser).
bool jsonNestsDeeperThan(QByteArrayView text, int maxDepth);

} // namespace sendivent::server
