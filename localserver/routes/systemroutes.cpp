#include "router.h"
#include "servercontext.h"

#include <base/timeutil.h>

#include <QtCore/QFile>

namespace sendivent::server {

using namespace Qt::StringLiterals;

void registerSystemRoutes(Router &router, ServerContext &context)
{
    // Ready, and able to keep what it is sent: while the database refuses writes
    // (a full disk, a read-only file) the server still answers, but a send would
    // fail, so a health check must not say "ok".
    router.add(Method::Get, u"/healthz"_s, [&context](ApiRequest &) {
        const WriteHealth::State health = context.health.state();
        if (!health.degraded)
            return ApiResponse::json(200, Json{{"status", "ok"}});
        return ApiResponse::json(503, Json{{"status", "degraded"},
                                           {"reason", toStd(u"Writes to the local database fail: "_s + health.reason)},
                                           {"since", toStd(isoTimestamp(health.since))}});
    }, Router::Auth::Public);

    // The OpenAPI 3.1 document of every route, compiled in from resources/openapi.json.
    router.add(Method::Get, u"/openapi.json"_s, [](ApiRequest &) {
        static const QByteArray document = [] {
            QFile file(u":/sendivent/openapi.json"_s);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        if (document.isEmpty())
            return ApiResponse::error(ErrorCode::ServerError, u"The OpenAPI document is missing from this build"_s);
        ApiResponse r;
        r.body = document;
        return r;
    }, Router::Auth::Public);
}

} // namespace sendivent::server
