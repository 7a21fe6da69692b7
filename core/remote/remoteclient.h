#pragma once

#include "base/result.h"
#include "deliveries/delivery.h"

#include <QtCore/QFuture>
#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sendivent {

// The reference's base URL of an environment (https://api.sendivent.com,
// https://api-sandbox.sendivent.com).
QUrl defaultRemoteUrl(Environment environment);

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// "search=%2B46&limit=50" from name/value pairs; every reserved character of a value
// is percent-encoded ('+' too, which many servers read as a space).
QString encodeQuery(const QList<QPair<QString, QString>> &items);
// A path segment with every reserved character percent-encoded ('/' too).
QString encodePathSegment(const QString &segment);

struct RemoteRequest
{
    QByteArray method = "GET";
    QString path;        // percent-encoded, from the root of the API: "/v1/contacts/jane%40example.com"
    QString query;       // percent-encoded, without '?': "search=jane&limit=50"
    QByteArray body;
    HeaderList headers;  // extra headers (X-Idempotency-Key, Content-Type, Accept)
    // A request that carries a body and names no Content-Type gets application/json;
    // the proxy turns this off to forward requests as they came.
    bool defaultContentType = true;
};

// What came back: an HTTP answer (status ≠ 0), or a failure to get one.
struct RemoteReply
{
    int status = 0;
    HeaderList headers;
    QByteArray body;
    // No HTTP answer: PROVIDER_ERROR saying why (unreachable, TLS, timed out).
    std::optional<Error> failure;
    bool timedOut = false;
    int attempts = 1; // 1 + the retries after 429

    QByteArray header(QByteArrayView name) const;
};

// Turns a reply that is not a success into the core Error: the API's error body
// ({"error","code","details"}) as it is; a status without such a body by the status
// (401 UNAUTHORIZED, 404 NOT_FOUND, 429 RATE_LIMITED, 5xx SERVER_ERROR, …); no
// answer at all as its failure. Nothing for a 2xx reply.
std::optional<Error> replyError(const RemoteReply &reply);

// An asynchronous HTTP client of a remote /v1 API on the thread it lives on: sends
// the API key as a Bearer token, times out a transfer that stalls, and answers a 429
// by waiting (Retry-After, else exponential back-off, capped) and trying again a
// bounded number of times. It never blocks; it never logs a header or a body.
class RemoteClient final : public QObject
{
    Q_OBJECT
public:
    struct RetryPolicy
    {
        int maxRetries = 3;
        std::chrono::milliseconds firstDelay{500}; // without Retry-After: 0.5 s, 1 s, 2 s …
        std::chrono::milliseconds maxDelay{10'000};
    };

    explicit RemoteClient(QUrl baseUrl, QObject *parent = nullptr);
    ~RemoteClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    // Held in memory only.
    void setApiKey(const QString &key) { m_apiKey = key; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // A transfer with no progress for this long is abandoned (PROVIDER_ERROR).
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_timeout; }
    void setRetryPolicy(RetryPolicy policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }

    // The future finishes on this object's thread once the last attempt is answered.
    QFuture<RemoteReply> send(RemoteRequest request);

    QUrl urlFor(const RemoteRequest &request) const;

private:
    struct Call;
    void attempt(const std::shared_ptr<Call> &call);
    void finished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    std::chrono::milliseconds retryDelay(const RemoteReply &reply, int retry) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    std::chrono::milliseconds m_timeout{30'000};
    RetryPolicy m_retry;
};

} // namespace sendivent
