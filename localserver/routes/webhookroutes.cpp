// The reference's Webhooks section (one endpoint per application) and the local
// extensions the console needs: secret rotation, a test event and resending a
// message. Rules live in WebhookService and WebhookOutbox; the dispatcher sends.
#include "router.h"
#include "servercontext.h"

namespace sendivent::server {

using namespace Qt::StringLiterals;

namespace {

ApiResponse webhookAnswer(const Webhook &webhook, bool withSecret, int status = 200)
{
    return ApiResponse::data(Json{{"webhook", webhookToJson(webhook, withSecret)}}, status);
}

ApiResponse messageAnswer(const WebhookMessage &message)
{
    return ApiResponse::data(Json{{"message", WebhookOutbox::messageJson(message)}}, 202);
}

} // namespace

void registerWebhookRoutes(Router &router, ServerContext &ctx)
{
    router.add(Method::Get, u"/v1/webhooks"_s, [&ctx](ApiRequest &) {
        auto current = ctx.webhooks.current();
        if (!current)
            return ApiResponse::error(current.error());
        if (!current->has_value())
            return ApiResponse::data(Json{{"webhook", nullptr}});
        return webhookAnswer(**current, false);
    });

    router.add(Method::Post, u"/v1/webhooks"_s, [&ctx](ApiRequest &request) {
        auto input = WebhookService::readInput(request.body);
        if (!input)
            return ApiResponse::error(input.error());
        auto created = ctx.webhooks.create(*input);
        if (!created)
            return ApiResponse::error(created.error());
        return webhookAnswer(*created, true, 201);
    });

    router.add(Method::Patch, u"/v1/webhooks/{uuid}"_s, [&ctx](ApiRequest &request) {
        auto input = WebhookService::readInput(request.body);
        if (!input)
            return ApiResponse::error(input.error());
        auto updated = ctx.webhooks.update(request.params.value(0), *input);
        if (!updated)
            return ApiResponse::error(updated.error());
        return webhookAnswer(*updated, false);
    });

    router.add(Method::Delete, u"/v1/webhooks/{uuid}"_s, [&ctx](ApiRequest &request) {
        if (Status s = ctx.webhooks.remove(request.params.value(0)); !s)
            return ApiResponse::error(s.error());
        return ApiResponse::json(200, Json{{"success", true}, {"deleted", true}});
    });

    router.add(Method::Post, u"/_local/webhooks/{uuid}/rotate-secret"_s, [&ctx](ApiRequest &request) {
        auto rotated = ctx.webhooks.rotateSecret(request.params.value(0));
        if (!rotated)
            return ApiResponse::error(rotated.error());
        return webhookAnswer(*rotated, true);
    });

    router.add(Method::Post, u"/_local/webhooks/{uuid}/test"_s, [&ctx](ApiRequest &request) {
        QString event = u"delivery.sent"_s;
        if (const auto it = request.body.find("event"); it != request.body.end() && !it->is_null()) {
            if (!it->is_string())
                return ApiResponse::error(Error::validation(u"Invalid test event: event must be a string"_s,
                                                            {{u"event"_s, u"must be a string"_s}}));
            event = toQt(it->get<std::string>());
        }
        auto queued = ctx.webhookOutbox.enqueueTest(request.params.value(0), event, request.environment(),
                                                     request.requestId);
        if (!queued)
            return ApiResponse::error(queued.error());
        ctx.webhookDispatcher.poke();
        return messageAnswer(*queued);
    });

    router.add(Method::Post, u"/_local/webhooks/messages/{id}/resend"_s, [&ctx](ApiRequest &request) {
        auto queued = ctx.webhookOutbox.resend(request.params.value(0));
        if (!queued)
            return ApiResponse::error(queued.error());
        ctx.webhookDispatcher.poke();
        return messageAnswer(*queued);
    });
}

} // namespace sendivent::server
