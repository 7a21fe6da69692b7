#include "router.h"
#include "servercontext.h"

#include <emulation/faults.h>

namespace sendivent::server {

using namespace Qt::StringLiterals;

namespace {

ApiResponse faultsAnswer(const ServerContext &ctx)
{
    Json faults = ctx.faults->toJson();
    // Proxy mode forwards /v1 as it is: rules set then wait for the emulation.
    faults["applies"] = !ctx.proxying;
    return ApiResponse::data(Json{{"faults", std::move(faults)}});
}

} // namespace

// Faults on demand (issue 23): the rules the local emulation injects faults by. Off
// until rules are set; POST /_local/reset clears them too.
void registerFaultRoutes(Router &router, ServerContext &ctx)
{
    router.add(Method::Get, u"/_local/faults"_s, [&ctx](ApiRequest &) { return faultsAnswer(ctx); });

    router.add(Method::Put, u"/_local/faults"_s, [&ctx](ApiRequest &request) {
        if (ctx.proxying) {
            return ApiResponse::error(ErrorCode::Conflict,
                                      u"Proxy mode is on: /v1 goes to the remote API as it is, and faults apply to the"
                                      u" local emulation only. Switch proxy mode off to inject faults."_s);
        }
        if (Status s = ctx.faults->replace(request.body); !s)
            return ApiResponse::error(s.error());
        return faultsAnswer(ctx);
    });

    router.add(Method::Delete, u"/_local/faults"_s, [&ctx](ApiRequest &) {
        ctx.faults->clear();
        return faultsAnswer(ctx);
    });
}

} // namespace sendivent::server
