#include "idempotency.h"
#include "injectedfaults.h"
#include "router.h"
#include "servercontext.h"

#include <QtCore/QDateTime>

#include <algorithm>
#include <memory>

namespace sendivent::server {

using namespace Qt::StringLiterals;

namespace {

// The reference's send answer: {"success","deliveries":[{channel: uuid}],"errors"?}.
// With no delivery at all the status is the first error's (DESIGN §5).
ApiResponse sendResponse(const SendResult &result)
{
    Json deliveries = Json::array();
    for (const auto &[channel, uuid] : result.deliveries)
        deliveries.push_back(Json{{toStd(channelName(channel)), toStd(uuid)}});
    const bool success = !result.deliveries.isEmpty();
    Json body = {{"success", success}, {"deliveries", std::move(deliveries)}};
    if (!result.errors.isEmpty() || !success) {
        Json errors = Json::array();
        for (const SendError &e : result.errors) {
            errors.push_back({{"code", toStd(errorCodeName(e.code))},
                              {"message", toStd(e.message)},
                              {"channel", e.channel ? Json(toStd(channelName(*e.channel))) : Json(nullptr)},
                              {"recipient", toStd(e.recipient)}});
        }
        body["errors"] = std::move(errors);
    }
    const int status = success || result.errors.isEmpty() ? 200 : httpStatus(result.errors.first().code);
    ApiResponse response = ApiResponse::json(status, body);
    if (!result.faults.isEmpty())
        response.headers.append({kFaultHeader.toByteArray(), result.faults.join(u", "_s).toUtf8()});
    return response;
}

// A send refused for the daily quota says when it resets; its X-RateLimit-* headers
// then describe the quota, not the per-second limit (HttpServer keeps these).
void addQuotaHeaders(ApiResponse &response, const SendService::DailyQuota &quota, qint64 nowMs)
{
    const qint64 retryAfter = std::max<qint64>(1, quota.resetEpochSeconds - nowMs / 1000);
    response.headers.append({"X-RateLimit-Limit", QByteArray::number(quota.limit)});
    response.headers.append({"X-RateLimit-Remaining", QByteArray::number(quota.remaining)});
    response.headers.append({"X-RateLimit-Reset", QByteArray::number(quota.resetEpochSeconds)});
    response.headers.append({"Retry-After", QByteArray::number(retryAfter)});
}

} // namespace

void registerSendRoutes(Router &router, ServerContext &ctx)
{
    const auto handler = [&ctx](ApiRequest &request) {
        return runIdempotent(ctx.commits, ctx.idempotency, request, [&]() -> GroupedResult {
            auto parsed = parseSendRequest(request.params.value(0), request.params.value(1), request.body);
            if (!parsed)
                return {ApiResponse::error(parsed.error()), false, {}, {}};
            parsed->environment = request.environment();
            parsed->requestId = request.requestId;
            auto sent = ctx.send.send(*parsed);
            if (!sent) {
                ApiResponse refused = ApiResponse::error(sent.error());
                if (sent.error().code == ErrorCode::RateLimited)
                    addQuotaHeaders(refused, ctx.send.dailyQuota(parsed->environment), ctx.clock.nowMs());
                return {std::move(refused), false, {}, {}};
            }
            auto result = std::make_shared<SendResult>(std::move(*sent));
            ApiResponse answer = sendResponse(*result);
            if (answer.status == 429)
                addQuotaHeaders(answer, ctx.send.dailyQuota(parsed->environment), ctx.clock.nowMs());
            return {std::move(answer), true,
                    [result](WriteSession &session) {
                        return SendService::store(session.deliveries, session.statements, *result);
                    },
                    [&ctx, result](bool committed) {
                        if (committed)
                            ctx.send.publish(*result);
                        else
                            ctx.send.discard(*result);
                    }};
        });
    };
    router.add(Method::Post, u"/v1/send/{event}"_s, handler, Router::Auth::Required, Router::Replays::Yes);
    router.add(Method::Post, u"/v1/send/{event}/{channel}"_s, handler, Router::Auth::Required, Router::Replays::Yes);
}

} // namespace sendivent::server
