#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <remote/remoteclient.h>

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <chrono>
#include <functional>

namespace sendivent::server {

// Where proxy mode forwards to, and with which key (held in memory only).
struct ProxyTarget
{
    QUrl baseUrl;
    QString apiKey;
    std::chrono::milliseconds timeout{30'000};
};

// Proxy mode (DESIGN §9): forwards an authenticated /v1 request to the remote API with
// the remote key and hands back the remote answer unchanged — status, body, the
// headers that matter (Content-Type, Retry-After, X-RateLimit-*, X-Idempotent-Replay,
// Location, Allow) and the remote's X-Request-Id as X-Remote-Request-Id. No answer →
// 502 PROVIDER_ERROR; no answer in time → 504 PROVIDER_ERROR. A 429 is passed on, not
// retried: the client sees the remote's limits as they are.
class Proxy final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ApiResponse &)>;

    explicit Proxy(ProxyTarget target, QObject *parent = nullptr);
    // Requests still waiting are answered 502 (the proxy was switched off).
    ~Proxy() override;

    QUrl baseUrl() const { return m_client->baseUrl(); }
    // `request.path` is the path as received, percent-encoded (see HttpServer::setProxy).
    void forward(const ApiRequest &request, Done done);

private:
    static ApiResponse answer(const RemoteReply &reply);

    RemoteClient *m_client;
    QHash<quint64, Done> m_waiting;
    quint64 m_nextId = 0;
};

} // namespace sendivent::server
