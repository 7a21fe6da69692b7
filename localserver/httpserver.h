#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "connectionlimits.h"
#include "router.h"

#include <emulation/clock.h>
#include <emulation/ratelimiter.h>

#include <QtHttpServer/QAbstractHttpServer>

#include <functional>
#include <optional>

namespace sendivent {
class ApiKeyStore;
class FaultRules;
}

namespace sendivent::server {

class GuardedTcpServer;
struct RequestTicket;

struct ServerLimits : ConnectionLimits
{
    int maxJsonDepth = 64;
    bool rateLimits = true; // the reference's requests-per-second limits on /v1
};

// One finished exchange, for logs and the request journal.
struct ExchangeRecord
{
    QString requestId;
    QString method;
    QString path;
    QString query;
    int status = 0;
    qint64 durationUs = 0;
    QString environment; // empty when unauthenticated
    QByteArray requestBody;
    QByteArray responseBody;
    QString fault; // X-Sendivent-Fault of the answer: a fault rule shaped it (issue 23)
    // As received; the answer's extra ones (its Content-Type is below). Shared, not copied.
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray responseContentType;
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
    int openConnections() const;
    void setRateLimitsEnabled(bool enabled) { m_limits.rateLimits = enabled; }
    void resetRateLimits() { m_rateLimiter.reset(); }
    // The per-second windows follow the emulator's time (issue 23): with a frozen
    // clock a window ends only when the clock is moved. Without one, the wall clock.
    void setClock(const Clock *clock) { m_clock = clock; }

    // Proxy mode (DESIGN §9): when set, every authenticated /v1 request is handed to
    // it instead of the routes, and answered whenever it calls `done` (on this thread).
    // The request's `path` is the one received, still percent-encoded (`%2F` intact).
    using ProxyHandler = std::function<void(const ApiRequest &request, std::function<void(const ApiResponse &)> done)>;
    void setProxy(ProxyHandler proxy) { m_proxy = std::move(proxy); }
    bool rateLimitsEnabled() const { return m_limits.rateLimits; }
    // API faults on demand (issue 23) for authenticated /v1 requests answered here;
    // never for proxied ones, which go to the remote as they are.
    void setFaults(FaultRules *faults) { m_faults = faults; }

Q_SIGNALS:
    void exchangeFinished(const sendivent::server::ExchangeRecord &record);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiResponse dispatch(const QString &encodedPath, ApiRequest &api);
    // Checks the Bearer key; the refusal to send, or nothing when the key is good.
    std::optional<ApiResponse> authenticate(ApiRequest &api) const;
    // Media type, JSON body, then the route's handler.
    ApiResponse handle(const Router::Handler &handler, ApiRequest &api);
    void write(const RequestTicket &ticket, const ApiRequest &api, const ApiResponse &response);
    void writeStream(const RequestTicket &ticket, const ApiRequest &api, const ApiResponse &response);

    const Router &m_router;
    const ApiKeyStore &m_keys;
    ServerLimits m_limits;
    GuardedTcpServer *m_tcp = nullptr;
    RateLimiter m_rateLimiter;
    const Clock *m_clock = nullptr;
    ProxyHandler m_proxy;
    FaultRules *m_faults = nullptr;
};

// Whether a JSON text nests deeper than `maxDepth` (checked before parsing, so a
// hostile body cannot exhaust the parser).
bool jsonNestsDeeperThan(QByteArrayView text, int maxDepth);

} // namespace sendivent::server
