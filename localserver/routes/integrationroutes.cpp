#include "router.h"
#include "servercontext.h"

namespace sendivent::server {

using namespace Qt::StringLiterals;

void registerIntegrationRoutes(Router &router, ServerContext &ctx)
{
    router.add(Method::Get, u"/v1/integrations"_s, [&ctx](ApiRequest &request) {
        std::optional<Channel> filter;
        if (request.hasQuery(u"channel"_s)) {
            const QString name = request.queryValue(u"channel"_s);
            filter = channelFromName(name);
            if (!filter) {
                return ApiResponse::error(Error::validation(
                    u"Unknown channel '%1'"_s.arg(name),
                    {{u"channel"_s, u"must be one of: %1"_s.arg(allChannelNames().join(u", "_s))}}));
            }
        }
        auto ws = ctx.workspace.current();
        if (!ws)
            return ApiResponse::error(ws.error());
        Json items = Json::array();
        for (const Integration &i : (*ws)->integrations) {
            if (filter && i.channel != *filter)
                continue;
            // Secrets never leave through the API; config is the non-secret part.
            items.push_back({{"channel", toStd(channelName(i.channel))},
                             {"provider", toStd(i.provider)},
                             {"status", toStd(i.status)},
                             {"config", i.config}});
        }
        const auto total = items.size();
        return ApiResponse::data(Json{{"integrations", std::move(items)}, {"total", total}});
    });
}

} // namespace sendivent::server
