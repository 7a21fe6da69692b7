#include "proxy.h"

#include <QtCore/QLoggingCategory>

namespace sendivent::server {

Q_LOGGING_CATEGORY(lcProxy, "sendivent.proxy")

using namespace Qt::StringLiterals;

namespace {

// Request headers a remote needs to give the same answer; Authorization is replaced
// by the remote key.
constexpr const char *kForwardedRequestHeaders[] = {"Content-Type", "X-Idempotency-Key", "Accept"};

// Answer headers a client acts on. Content-Type travels as the answer's type.
constexpr const char *kForwardedAnswerHeaders[] = {"Retry-After",         "X-RateLimit-Limit",   "X-RateLimit-Remaining",
                                                   "X-RateLimit-Reset",   "X-Idempotent-Replay", "Location",
                                                   "Allow"};

} // namespace

Proxy::Proxy(ProxyTarget target, QObject *parent)
    : QObject(parent)
    , m_client(new RemoteClient(target.baseUrl, this))
{
    m_client->setApiKey(target.apiKey);
    m_client->setTransferTimeout(target.timeout);
    m_client->setRetryPolicy({0, std::chrono::milliseconds(0), std::chrono::milliseconds(0)});
}

Proxy::~Proxy()
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const Done &done : waiting) {
        done(ApiResponse::error(ErrorCode::ProviderError,
                                u"The proxy was switched off before the remote API answered"_s));
    }
}

void Proxy::forward(const ApiRequest &request, Done done)
{
    RemoteRequest r;
    r.method = methodName(request.method).toLatin1();
    // Already percent-encoded as received (HttpServer hands it over so): forwarded
    // as it is, an encoded '/' stays inside its segment.
    r.path = request.path;
    r.query = request.query.toString(QUrl::FullyEncoded);
    r.body = request.rawBody;
    r.defaultContentType = false;
    for (const char *name : kForwardedRequestHeaders) {
        if (const QByteArray value = request.header(name); !value.isEmpty())
            r.headers.append({name, value});
    }
    const quint64 id = ++m_nextId;
    m_waiting.insert(id, std::move(done));
    m_client->send(std::move(r)).then(this, [this, id](const RemoteReply &reply) {
        const Done finish = m_waiting.take(id);
        if (finish)
            finish(answer(reply));
    });
}

ApiResponse Proxy::answer(const RemoteReply &reply)
{
    if (reply.failure) {
        qCWarning(lcProxy).noquote() << reply.failure->message;
        ApiResponse r = ApiResponse::error(*reply.failure);
        if (reply.timedOut)
            r.status = 504; // a gateway that waited in vain, as HTTP names it
        return r;
    }
    ApiResponse r;
    r.status = reply.status;
    r.body = reply.body;
    if (const QByteArray type = reply.header("Content-Type"); !type.isEmpty())
        r.contentType = type;
    for (const char *name : kForwardedAnswerHeaders) {
        if (const QByteArray value = reply.header(name); !value.isEmpty())
            r.headers.append({name, value});
    }
    if (const QByteArray id = reply.header("X-Request-Id"); !id.isEmpty())
        r.headers.append({"X-Remote-Request-Id", id});
    return r;
}

} // namespace sendivent::server
