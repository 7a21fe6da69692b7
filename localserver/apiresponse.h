#pragma once

#include <base/apierror.h>
#include <base/json.h>

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPointer>

#include <functional>

namespace sendivent::server {

class ConnectionGuard;

// An answer before it is written: status, extra headers and the body bytes.
struct ApiResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = "application/json";

    // Set when the answer is not known yet (a send waiting for its group commit): the
    // server calls it once, right away, with the function that writes the answer, and
    // writes nothing before that function is called. The other members are unused.
    using Reply = std::function<void(const ApiResponse &)>;
    std::function<void(Reply reply)> deferred;
    static ApiResponse later(std::function<void(Reply reply)> start)
    {
        ApiResponse r;
        r.deferred = std::move(start);
        return r;
    }

    // Set for a streaming answer (GET /_local/events): the server writes the head
    // (status, contentType, headers, no length: the stream ends with the connection)
    // and calls it once with the connection to stream into. `body` is unused.
    std::function<void(QPointer<ConnectionGuard> connection)> stream;
    static ApiResponse streaming(QByteArray contentType, std::function<void(QPointer<ConnectionGuard>)> start)
    {
        ApiResponse r;
        r.contentType = std::move(contentType);
        r.stream = std::move(start);
        return r;
    }

    static ApiResponse json(int status, const Json &body);
    // {"success":true,"data":{…}} — the reference's shape for reads.
    static ApiResponse data(const Json &data, int status = 200);
    // The error envelope of DESIGN §4; the only place an ErrorCode becomes a status.
    static ApiResponse error(const Error &error);
    static ApiResponse error(ErrorCode code, const QString &message) { return error(Error{code, message, {}}); }
};

int httpStatus(ErrorCode code);
QByteArray reasonPhrase(int status);

} // namespace sendivent::server
