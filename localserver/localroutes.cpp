#include "router.h"
#include "servercontext.h"

namespace sendivent::server {

using namespace Qt::StringLiterals;

// The local-only extensions of DESIGN §7 (same auth as /v1).
void registerLocalRoutes(Router &router, ServerContext &ctx)
{
    router.add(Method::Get, u"/_local/workspace"_s, [&ctx](ApiRequest &) {
        auto fixture = ctx.workspace.exportFixture();
        if (!fixture)
            return ApiResponse::error(fixture.error());
        return ApiResponse::data(Json{{"workspace", std::move(*fixture)}});
    });

    router.add(Method::Put, u"/_local/workspace"_s, [&ctx](ApiRequest &request) {
        auto summary = ctx.workspace.importFixture(request.body);
        if (!summary)
            return ApiResponse::error(summary.error());
        return ApiResponse::json(200, Json{{"success", true},
                                           {"data", {{"events", summary->events},
                                                     {"contacts_created", summary->contactsCreated},
                                                     {"contacts_updated", summary->contactsUpdated}}}});
    });

    router.add(Method::Post, u"/_local/reset"_s, [&ctx](ApiRequest &) {
        if (Status s = ctx.workspace.resetTraffic(); !s)
            return ApiResponse::error(s.error());
        return ApiResponse::json(200, Json{{"success", true}, {"reset", true}});
    });
}

} // namespace sendivent::server
