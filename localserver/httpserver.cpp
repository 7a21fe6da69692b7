#include "httpserver.h"

#include "connectionguard.h"
#include "injectedfaults.h"
#include "router.h"

#include <auth/apikeystore.h>
#include <base/ids.h>
#include <emulation/faults.h>

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QLoggingCategory>
#include <QtCore/QPointer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QTcpSocket>

#include <algorithm>
#include <exception>

namespace sendivent::server {

Q_LOGGING_CATEGORY(lcHttp, "sendivent.http")

using namespace Qt::StringLiterals;

namespace {

Method toMethod(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return Method::Get;
    case QHttpServerRequest::Method::Head: return Method::Head;
    case QHttpServerRequest::Method::Post: return Method::Post;
    case QHttpServerRequest::Method::Put: return Method::Put;
    case QHttpServerRequest::Method::Patch: return Method::Patch;
    case QHttpServerRequest::Method::Delete: return Method::Delete;
    case QHttpServerRequest::Method::Options: return Method::Options;
    default: return Method::Other;
    }
}

bool isJsonContentType(const QByteArray &value)
{
    const QByteArray mime = value.split(';').value(0).trimmed().toLower();
    return mime == "application/json" || (mime.startsWith("application/") && mime.endsWith("+json"));
}

} // namespace

bool jsonNestsDeeperThan(QByteArrayView text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth)
                return true;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return false;
}

HttpServer::HttpServer(const Router &router, const ApiKeyStore &keys, ServerLimits limits, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_keys(keys)
    , m_limits(limits)
{
}

bool HttpServer::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    m_tcp = new GuardedTcpServer(m_limits, this);
    if (!m_tcp->listen(address, port)) {
        if (error) {
            *error = u"cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(m_tcp->errorString());
        }
        delete m_tcp;
        m_tcp = nullptr;
        return false;
    }
    bind(m_tcp);
    return true;
}

quint16 HttpServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

int HttpServer::openConnections() const
{
    return m_tcp ? m_tcp->openConnections() : 0;
}

std::optional<ApiResponse> HttpServer::authenticate(ApiRequest &api) const
{
    const QByteArray authorization = api.header("Authorization");
    if (authorization.isEmpty())
        return ApiResponse::error(ErrorCode::Unauthorized, u"Missing API key: send Authorization: Bearer YOUR_API_KEY"_s);
    const QList<QByteArray> parts = authorization.simplified().split(' ');
    if (parts.size() != 2 || parts[0].compare("Bearer", Qt::CaseInsensitive) != 0)
        return ApiResponse::error(ErrorCode::Unauthorized, u"Malformed Authorization header: expected Bearer YOUR_API_KEY"_s);
    api.key = m_keys.authenticate(QString::fromLatin1(parts[1]));
    if (!api.key)
        return ApiResponse::error(ErrorCode::Unauthorized, u"Invalid API key"_s);
    return std::nullopt;
}

ApiResponse HttpServer::dispatch(const QString &encodedPath, ApiRequest &api)
{
    const Router::Match match = m_router.match(api.method, encodedPath);
    if (match.allowed.isEmpty())
        return ApiResponse::error(ErrorCode::NotFound, u"No route for %1 %2"_s.arg(methodName(api.method), api.path));
    if (api.method == Method::Options) {
        ApiResponse r;
        r.status = 204;
        r.headers.append({"Allow", allowHeader(match.allowed)});
        return r;
    }
    if (!match.handler) {
        ApiResponse r = ApiResponse::error(ErrorCode::MethodNotAllowed,
                                           u"%1 is not allowed on %2"_s.arg(methodName(api.method), api.path));
        r.headers.append({"Allow", allowHeader(match.allowed)});
        return r;
    }
    api.params = match.params;

    if (match.auth == Router::Auth::Required) {
        if (auto refused = authenticate(api))
            return *refused;
    }

    // The reference's per-second limits apply to the /v1 API; the console's own
    // /_local extensions stay usable for test set-up whatever the traffic.
    QList<QPair<QByteArray, QByteArray>> rateHeaders;
    if (m_limits.rateLimits && api.key && api.path.startsWith(u"/v1/"_s)) {
        const RateLimiter::Decision d = m_rateLimiter.take(api.key->environment, clockNowMs(m_clock));
        rateHeaders = {{"X-RateLimit-Limit", QByteArray::number(d.limit)},
                       {"X-RateLimit-Remaining", QByteArray::number(d.remaining)},
                       {"X-RateLimit-Reset", QByteArray::number(d.resetEpochSeconds)}};
        if (!d.allowed) {
            ApiResponse r = ApiResponse::error(
                ErrorCode::RateLimited,
                u"Too many requests: the %1 limit is %2 requests per second — retry with backoff"_s.arg(
                    environmentName(api.key->environment))
                    .arg(d.limit));
            r.headers = rateHeaders;
            r.headers.append({"Retry-After", QByteArray::number(d.retryAfterSeconds)});
            return r;
        }
    }
    // Faults on demand (issue 23). A route that replays answers asks for its own
    // after the replay check; any other gets its fault here, instead of its answer
    // or (a delay) after it.
    std::optional<InjectedFault> fault;
    if (m_faults && m_faults->hasRules() && api.key && api.path.startsWith(u"/v1/"_s)) {
        auto decide = [faults = m_faults, method = methodName(api.method), path = api.path] {
            return faults->forRequest(method, path);
        };
        if (match.replays == Router::Replays::Yes)
            api.takeFault = decide;
        else
            fault = decide();
    }
    ApiResponse response = fault && fault->kind != FaultKind::Delay ? injectedAnswer(*fault, api.requestId)
                                                                     : handle(*match.handler, api);
    if (fault) {
        response = answeredLater(std::move(response), fault->latencyMs,
                                 fault->kind == FaultKind::Delay ? fault->marker().toUtf8() : QByteArray(), this);
    }
    if (rateHeaders.isEmpty())
        return response;
    // A handler that answers for a limit of its own (the daily quota) sets these itself.
    const auto addRateHeaders = [rateHeaders](ApiResponse &answer) {
        const bool own = std::any_of(answer.headers.cbegin(), answer.headers.cend(),
                                     [](const auto &header) { return header.first == "X-RateLimit-Limit"; });
        if (!own)
            answer.headers.append(rateHeaders);
    };
    if (!response.deferred) {
        addRateHeaders(response);
        return response;
    }
    response.deferred = [start = std::move(response.deferred), addRateHeaders](ApiResponse::Reply reply) {
        start([reply = std::move(reply), addRateHeaders](const ApiResponse &answer) {
            ApiResponse withHeaders = answer;
            addRateHeaders(withHeaders);
            reply(withHeaders);
        });
    };
    return response;
}

ApiResponse HttpServer::handle(const Router::Handler &handler, ApiRequest &api)
{
    // A request without a body (no Content-Length, or 0) needs no Content-Type on any
    // route, so `curl -X POST …/_local/reset` works (DESIGN §3, revised 2026-12-04); one
    // that carries a body must say it is JSON.
    const bool takesBody = api.method == Method::Post || api.method == Method::Put || api.method == Method::Patch
                           || api.method == Method::Delete;
    if (takesBody && !api.rawBody.isEmpty()) {
        if (api.rawBody.size() > m_limits.maxBodyBytes)
            return ApiResponse::error(ErrorCode::PayloadTooLarge, u"Request body exceeds the 1 MiB limit"_s);
        if (!isJsonContentType(api.header("Content-Type")))
            return ApiResponse::error(ErrorCode::UnsupportedMediaType, u"Content-Type must be application/json"_s);
        if (!api.rawBody.trimmed().isEmpty()) {
            if (jsonNestsDeeperThan(api.rawBody, m_limits.maxJsonDepth)) {
                return ApiResponse::error(ErrorCode::ValidationError,
                                          u"JSON nests deeper than %1 levels"_s.arg(m_limits.maxJsonDepth));
            }
            QString problem;
            auto parsed = parseJson(api.rawBody, &problem);
            if (!parsed)
                return ApiResponse::error(ErrorCode::ValidationError, u"Malformed JSON body: "_s + problem);
            if (!parsed->is_object())
                return ApiResponse::error(ErrorCode::ValidationError, u"The request body must be a JSON object"_s);
            api.body = std::move(*parsed);
        }
    }

    try {
        return handler(api);
    } catch (const std::exception &) {
        qCCritical(lcHttp) << "handler failed for" << methodName(api.method) << api.path << "request" << api.requestId;
        return ApiResponse::error(ErrorCode::ServerError, u"Internal error (request %1)"_s.arg(api.requestId));
    }
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    RequestFeed *feed = RequestFeed::of(socket);
    const RequestTicket ticket = feed && feed->connection() ? feed->connection()->takeTicket() : RequestTicket{};
    ApiRequest api;
    api.method = toMethod(request.method());
    api.path = request.url().path();
    QString encodedPath = request.url().path(QUrl::FullyEncoded);
    if (ticket.target.startsWith("//")) {
        // QUrl would read "//v1/events" as a host "v1" and a path "/events"; no route
        // starts with "//", so the answer is a 404 that names the path as it was sent.
        const qsizetype query = ticket.target.indexOf('?');
        encodedPath = QString::fromLatin1(query < 0 ? ticket.target : ticket.target.left(query));
        api.path = QUrl::fromPercentEncoding(encodedPath.toLatin1());
    }
    api.query = request.query();
    api.headers = request.headers();
    api.rawBody = request.body();
    api.requestId = newRequestId();

    const QString query = request.url().query(QUrl::FullyEncoded);
    const auto finish = [this, timer, query, ticket](const ApiRequest &done, const ApiResponse &response) {
        write(ticket, done, response);
        ExchangeRecord record{done.requestId, methodName(done.method), done.path, query, response.status,
                              timer.nsecsElapsed() / 1000,
                              done.key ? environmentName(done.key->environment) : QString(), done.rawBody,
                              response.body, {}, done.headers, response.headers, response.contentType};
        for (const auto &[name, value] : response.headers) {
            if (name == kFaultHeader)
                record.fault = QString::fromUtf8(value);
        }
        Q_EMIT exchangeFinished(record);
    };

    // Proxy mode: every /v1 request that carries a valid local key goes to the remote
    // API as it is, answered when the remote answers.
    if (m_proxy && api.path.startsWith(u"/v1/"_s) && api.method != Method::Options) {
        if (auto refused = authenticate(api)) {
            finish(api, *refused);
            return true;
        }
        QPointer<HttpServer> self(this);
        // The remote gets the path as it came on the wire: decoded, an encoded '/'
        // inside a segment (an identifier "team/42") would split it in two.
        ApiRequest forwarded = api;
        forwarded.path = request.url().path(QUrl::FullyEncoded);
        m_proxy(forwarded, [self, finish, api](const ApiResponse &response) {
            if (self) // the answer may come after the server was stopped
                finish(api, response);
        });
        return true;
    }

    ApiResponse response = dispatch(encodedPath, api);
    if (response.stream) {
        writeStream(ticket, api, response);
        ExchangeRecord record{api.requestId, methodName(api.method), api.path, query, response.status,
                              timer.nsecsElapsed() / 1000,
                              api.key ? environmentName(api.key->environment) : QString(), api.rawBody, {}, {},
                              api.headers, response.headers, response.contentType};
        Q_EMIT exchangeFinished(record);
        return true;
    }
    if (response.deferred) {
        // Answered later (a send waits for its group commit), as a proxied request is.
        QPointer<HttpServer> self(this);
        response.deferred([self, finish, api](const ApiResponse &answer) {
            if (self)
                finish(api, answer);
        });
        return true;
    }
    finish(api, response);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // Unreachable: handleRequest answers every request (and takes its ticket).
}

void HttpServer::writeStream(const RequestTicket &ticket, const ApiRequest &api, const ApiResponse &response)
{
    if (!ticket.connection)
        return; // the client is gone
    // No Content-Length and no chunked coding: the body ends when the connection does
    // (RFC 9112 §6.3), which is how a stream ends anyway.
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "X-Request-Id: " + api.requestId.toLatin1() + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n\r\n";
    if (api.method == Method::Head) {
        ticket.connection->answer(ticket.sequence, head, true);
        return;
    }
    ticket.connection->beginStream(ticket.sequence, head);
    response.stream(ticket.connection);
}

void HttpServer::write(const RequestTicket &ticket, const ApiRequest &api, const ApiResponse &response)
{
    if (!ticket.connection)
        return; // the client is gone
    const bool close = ticket.closeAfter;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.body.isEmpty() || response.status != 204)
        out += "Content-Type: " + response.contentType + "\r\n";
    if (response.status != 204)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "X-Request-Id: " + api.requestId.toLatin1() + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    if (api.method != Method::Head && response.status != 204)
        out += response.body;
    ticket.connection->answer(ticket.sequence, out, close);
}

} // namespace sendivent::server
