#include "pagination.h"
#include "router.h"
#include "servercontext.h"

namespace sendivent::server {

using namespace Qt::StringLiterals;

namespace {

Result<DeliveryFilter> readFilter(const ApiRequest &request)
{
    DeliveryFilter filter;
    filter.environment = request.environment();
    QList<FieldError> problems;
    filter.eventName = request.queryValue(u"event"_s);
    if (request.hasQuery(u"channel"_s)) {
        const QString name = request.queryValue(u"channel"_s);
        filter.channel = channelFromName(name);
        if (!filter.channel)
            problems.append({u"channel"_s, u"'%1' is not a channel (%2)"_s.arg(name, allChannelNames().join(u", "_s))});
    }
    if (request.hasQuery(u"status"_s)) {
        filter.status = request.queryValue(u"status"_s);
        if (!deliveryStatuses().contains(filter.status))
            problems.append({u"status"_s, u"'%1' is not a status (%2)"_s.arg(filter.status,
                                                                              deliveryStatuses().join(u", "_s))});
    }
    if (!problems.isEmpty())
        return Error::validation(u"Invalid delivery filter"_s, problems);
    return filter;
}

} // namespace

void registerDeliveryRoutes(Router &router, ServerContext &ctx)
{
    router.add(Method::Get, u"/v1/deliveries"_s, [&ctx](ApiRequest &request) {
        auto page = readPage(request, 20, 100);
        if (!page)
            return ApiResponse::error(page.error());
        auto filter = readFilter(request);
        if (!filter)
            return ApiResponse::error(filter.error());
        auto deliveries = ctx.deliveries.list(*filter, page->limit, page->offset);
        if (!deliveries)
            return ApiResponse::error(deliveries.error());
        auto total = ctx.deliveries.count(*filter);
        if (!total)
            return ApiResponse::error(total.error());
        Json items = Json::array();
        for (const Delivery &d : std::as_const(*deliveries))
            items.push_back(deliveryToJson(d));
        return ApiResponse::data(pageJson("deliveries", std::move(items), *total, *page));
    });

    // A key sees the deliveries of its own environment only, as the sandbox and
    // production APIs are separate services.
    router.add(Method::Get, u"/v1/deliveries/{uuid}/trace"_s, [&ctx](ApiRequest &request) {
        const QString uuid = request.params.value(0);
        auto found = ctx.deliveries.find(uuid);
        if (!found)
            return ApiResponse::error(found.error());
        if (!found->has_value() || (*found)->environment != request.environment())
            return ApiResponse::error(ErrorCode::DeliveryNotFound, u"Delivery '%1' not found"_s.arg(uuid));
        const Delivery &d = **found;
        auto attempts = ctx.webhookOutbox.attemptsJson(uuid);
        if (!attempts)
            return ApiResponse::error(attempts.error());
        return ApiResponse::data(Json{{"delivery", deliveryToJson(d)},
                                      {"timeline", timelineToJson(d.timeline)},
                                      {"content", d.content},
                                      {"webhook_attempts", std::move(*attempts)}});
    });

    router.add(Method::Post, u"/_local/deliveries/{uuid}/simulate"_s, [&ctx](ApiRequest &request) {
        const Json &body = request.body;
        QList<FieldError> problems;
        QString outcome;
        QString detail;
        if (!body.contains("outcome") || !body["outcome"].is_string())
            problems.append({u"outcome"_s, u"is required: one of %1"_s.arg(deliveryOutcomes().join(u", "_s))});
        else if (outcome = toQt(body["outcome"].get<std::string>()); !deliveryOutcomes().contains(outcome))
            problems.append({u"outcome"_s, u"'%1' is not one of %2"_s.arg(outcome, deliveryOutcomes().join(u", "_s))});
        if (body.contains("detail") && !body["detail"].is_null()) {
            if (!body["detail"].is_string())
                problems.append({u"detail"_s, u"must be a string"_s});
            else
                detail = toQt(body["detail"].get<std::string>());
        }
        if (!problems.isEmpty())
            return ApiResponse::error(
                Error::validation(u"Invalid simulation: "_s + problems.first().message, problems));
        auto updated = ctx.outcomes.simulate(request.params.value(0), outcome, detail);
        if (!updated)
            return ApiResponse::error(updated.error());
        return ApiResponse::data(
            Json{{"delivery", deliveryToJson(*updated)}, {"timeline", timelineToJson(updated->timeline)}});
    });
}

} // namespace sendivent::server
