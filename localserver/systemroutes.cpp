#include "router.h"
#include "servercontext.h"

namespace sendivent::server {

using namespace Qt::StringLiterals;

void registerSystemRoutes(Router &router, ServerContext &)
{
    router.add(Method::Get, u"/healthz"_s, [](ApiRequest &) {
        return ApiResponse::json(200, Json{{"status", "ok"}});
    }, Router::Auth::Public);
}

} // namespace sendivent::server
