#include "router.h"
#include "servercontext.h"

#include <QtCore/QFile>

namespace sendivent::server {

using namespace Qt::StringLiterals;

void registerSystemRoutes(Router &router, ServerContext &)
{
    router.add(Method::Get, u"/healthz"_s, [](ApiRequest &) {
        return ApiResponse::json(200, Json{{"status", "ok"}});
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
