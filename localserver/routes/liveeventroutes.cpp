#include "router.h"
#include "servercontext.h"

namespace sendivent::server {

using namespace Qt::StringLiterals;

// GET /_local/events: the live event stream (Server-Sent Events), a local extension
// for tests that wait without sleeping. Events and payloads: EventStream, README.
void registerLiveEventRoutes(Router &router, ServerContext &ctx)
{
    router.add(Method::Get, u"/_local/events"_s, [&ctx](ApiRequest &) {
        ApiResponse response = ApiResponse::streaming(
            "text/event-stream", [&ctx](QPointer<ConnectionGuard> connection) { ctx.events.subscribe(connection); });
        // No cache may keep it, and no proxy (nginx) may buffer it.
        response.headers = {{"Cache-Control", "no-cache"}, {"X-Accel-Buffering", "no"}};
        return response;
    });
}

} // namespace sendivent::server
