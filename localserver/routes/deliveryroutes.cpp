#include "base/timeutil.h"
#include "pagination.h"
#include "router.h"
#include "servercontext.h"

#include <chrono>
#include <functional>
#include <optional>

namespace sendivent::server {

using namespace Qt::StringLiterals;

namespace {

// The list's filters: the reference's event, channel and status (here also several
// statuses, comma-separated), and the local extensions for finding a delivery
// (decisions.md, "Finding a delivery").
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
        const QStringList names = request.queryValue(u"status"_s).split(u',', Qt::SkipEmptyParts);
        for (const QString &name : names) {
            const QString status = name.trimmed();
            if (!deliveryStatuses().contains(status))
                problems.append({u"status"_s, u"'%1' is not a status (%2)"_s.arg(status, deliveryStatuses().join(u", "_s))});
            else if (!filter.statuses.contains(status))
                filter.statuses.append(status);
        }
        if (names.isEmpty())
            problems.append({u"status"_s, u"must name one or more statuses, separated by commas"_s});
    }
    filter.recipient = request.queryValue(u"recipient"_s).trimmed();
    filter.contact = request.queryValue(u"contact"_s).trimmed();
    filter.messageId = request.queryValue(u"message_id"_s).trimmed();
    filter.search = request.queryValue(u"q"_s).trimmed();
    const auto time = [&](const QString &name, QDateTime *target) {
        if (!request.hasQuery(name))
            return;
        const QString text = request.queryValue(name).trimmed();
        *target = parseIsoTimestamp(text);
        if (const QDate day = QDate::fromString(text, Qt::ISODate); !target->isValid() && day.isValid())
            *target = day.startOfDay(Qt::UTC); // a date alone: its first moment, UTC
        if (!target->isValid())
            problems.append({name, u"must be an ISO 8601 date and time, such as 2026-12-04T09:30:00Z"_s});
    };
    time(u"created_after"_s, &filter.createdFrom);
    time(u"created_before"_s, &filter.createdBefore);
    // order=oldest|newest: creation order either way, the one order an index serves.
    if (request.hasQuery(u"order"_s)) {
        const QString order = request.queryValue(u"order"_s).trimmed();
        if (order == u"oldest"_s)
            filter.oldestFirst = true;
        else if (order != u"newest"_s)
            problems.append({u"order"_s, u"must be newest or oldest"_s});
    }
    if (!problems.isEmpty())
        return Error::validation(u"Invalid delivery filter"_s, problems);
    return filter;
}

// ---- Long-polls (decisions.md, "Waiting without sleeps") ------------------------------

constexpr qint64 kMaxWaitForCount = 100'000;
constexpr qint64 kMaxWaitTimeoutMs = 60'000;
constexpr qint64 kDefaultWaitTimeoutMs = 30'000;

struct WaitParams
{
    bool wanted = false; // the request asked to wait
    qint64 count = 0;    // wait_for
    QStringList statuses; // wait_for_status
    std::chrono::milliseconds timeout{kDefaultWaitTimeoutMs};
};

// Reads `waitKey` (wait_for: a count; wait_for_status: statuses) and timeout_ms, which
// means nothing without it.
Result<WaitParams> readWait(const ApiRequest &request, const QString &waitKey)
{
    WaitParams wait;
    QList<FieldError> problems;
    const auto number = [&](const QString &name, qint64 min, qint64 max, qint64 *target) {
        bool ok = false;
        const qint64 value = request.queryValue(name).toLongLong(&ok);
        if (!ok || value < min || value > max)
            problems.append({name, u"must be a whole number from %1 to %2"_s.arg(min).arg(max)});
        else
            *target = value;
    };
    wait.wanted = request.hasQuery(waitKey);
    if (wait.wanted && waitKey == u"wait_for"_s) {
        number(waitKey, 1, kMaxWaitForCount, &wait.count);
    } else if (wait.wanted) {
        const QStringList names = request.queryValue(waitKey).split(u',', Qt::SkipEmptyParts);
        for (const QString &name : names) {
            const QString status = name.trimmed();
            if (!deliveryStatuses().contains(status))
                problems.append({waitKey, u"'%1' is not a status (%2)"_s.arg(status, deliveryStatuses().join(u", "_s))});
            else
                wait.statuses.append(status);
        }
        if (names.isEmpty())
            problems.append({waitKey, u"must list one or more statuses, separated by commas"_s});
    }
    if (request.hasQuery(u"timeout_ms"_s)) {
        if (!wait.wanted) {
            problems.append({u"timeout_ms"_s, u"is only read together with %1"_s.arg(waitKey)});
        } else {
            qint64 ms = 0;
            number(u"timeout_ms"_s, 0, kMaxWaitTimeoutMs, &ms);
            wait.timeout = std::chrono::milliseconds(ms);
        }
    }
    if (!problems.isEmpty())
        return Error::validation(u"Invalid wait: "_s + problems.first().field + u' ' + problems.first().message, problems);
    return wait;
}

// The answer with `data.timed_out` added: whether the wait ended at its time-out.
ApiResponse withTimedOut(ApiResponse answer, bool timedOut)
{
    if (answer.status != 200)
        return answer;
    auto body = parseJson(answer.body);
    if (!body || !body->is_object() || !(*body)["data"].is_object())
        return answer;
    (*body)["data"]["timed_out"] = timedOut;
    answer.body = dumpJson(*body);
    return answer;
}

// Answers `answer()` once `satisfied()` holds, or at the time-out: at once when it
// already holds, else later, re-checked by DeliveryWaits after each delivery change.
ApiResponse waitUntil(DeliveryWaits &waits, const WaitParams &wait, std::function<Result<bool>()> satisfied,
                      std::function<ApiResponse()> answer)
{
    const auto ready = [satisfied](bool timedOut) -> std::optional<bool> {
        auto met = satisfied();
        if (!met)
            return true; // a failing query answers now: the answer says why
        if (*met || timedOut)
            return *met;
        return std::nullopt;
    };
    if (auto met = ready(wait.timeout.count() == 0))
        return withTimedOut(answer(), !*met);
    return ApiResponse::later([&waits, wait, ready, answer](ApiResponse::Reply reply) {
        waits.add(wait.timeout, [ready, answer, reply](bool timedOut) {
            const auto met = ready(timedOut);
            if (!met)
                return false;
            reply(withTimedOut(answer(), !*met));
            return true;
        });
    });
}

} // namespace

void registerDeliveryRoutes(Router &router, ServerContext &ctx)
{
    const auto list = [&ctx](const ApiRequest &request) {
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
    };
    // ?wait_for=N[&timeout_ms=T]: answers once N deliveries match the filters, or at
    // the time-out with what matches and data.timed_out.
    router.add(Method::Get, u"/v1/deliveries"_s, [&ctx, list](ApiRequest &request) {
        auto wait = readWait(request, u"wait_for"_s);
        if (!wait)
            return ApiResponse::error(wait.error());
        auto filter = readFilter(request);
        if (!wait->wanted || !filter)
            return list(request);
        const qint64 count = wait->count;
        return waitUntil(
            ctx.waits, *wait,
            [&ctx, filter = *filter, count]() -> Result<bool> {
                auto total = ctx.deliveries.count(filter);
                if (!total)
                    return total.error();
                return *total >= count;
            },
            [list, request] { return list(request); });
    });

    // A key sees the deliveries of its own environment only, as the sandbox and
    // production APIs are separate services.
    const auto trace = [&ctx](const ApiRequest &request) {
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
        Json data{{"delivery", deliveryToJson(d)},
                  {"timeline", timelineToJson(d.timeline)},
                  {"content", d.content},
                  {"webhook_attempts", std::move(*attempts)}};
        // An extension (issue 17): what the send knew besides the rendered fields —
        // the sender, the payload, the template revision. Absent for older deliveries.
        if (!d.sent.isEmpty())
            data["sent"] = sentFacts(d);
        return ApiResponse::data(std::move(data));
    };
    // ?wait_for_status=S1,S2[&timeout_ms=T]: answers once the delivery has one of the
    // statuses, or at the time-out as it is then, with data.timed_out.
    router.add(Method::Get, u"/v1/deliveries/{uuid}/trace"_s, [&ctx, trace](ApiRequest &request) {
        auto wait = readWait(request, u"wait_for_status"_s);
        if (!wait)
            return ApiResponse::error(wait.error());
        ApiResponse now = trace(request);
        if (!wait->wanted || now.status != 200)
            return now;
        const QString uuid = request.params.value(0);
        return waitUntil(
            ctx.waits, *wait,
            [&ctx, uuid, statuses = wait->statuses]() -> Result<bool> {
                auto found = ctx.deliveries.find(uuid);
                if (!found)
                    return found.error();
                // Gone (a reset, an erasure): answer now, the trace says 404.
                return !found->has_value() || statuses.contains((*found)->status);
            },
            [trace, request] { return trace(request); });
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
