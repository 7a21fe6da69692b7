#include "pagination.h"
#include "router.h"
#include "servercontext.h"

#include <base/timeutil.h>
#include <emulation/faults.h>
#include <storage/database.h>
#include <storage/retention.h>
#include <workspace/workspaceservice.h>

namespace sendivent::server {

using namespace Qt::StringLiterals;

namespace {

Json bodyJson(const QByteArray &body)
{
    if (body.isEmpty())
        return nullptr;
    // Bodies are kept as the text that crossed the wire (masked, maybe truncated);
    // JSON ones are returned as JSON for readability.
    if (auto parsed = parseJson(body))
        return *parsed;
    return toStd(QString::fromUtf8(body));
}

// [[name, value], …] in order: a name may repeat. Secrets were redacted when journalled.
Json headersJson(const QByteArray &stored, char side)
{
    Json out = Json::array();
    for (const auto &[name, value] : journalHeaders(stored, side))
        out.push_back(Json::array({toStd(name), toStd(value)}));
    return out;
}

Json journalEntryJson(const JournalEntry &e)
{
    return Json{{"id", e.id},
                {"request_id", toStd(e.requestId)},
                {"created_at", toStd(isoTimestamp(e.createdAt))},
                {"method", toStd(e.method)},
                {"path", toStd(e.path)},
                {"query", toStd(e.query)},
                {"status", e.status},
                {"duration_ms", double(e.durationUs) / 1000.0},
                {"environment", e.environment.isEmpty() ? Json(nullptr) : Json(toStd(e.environment))},
                {"request_body", bodyJson(e.requestBody)},
                {"response_body", bodyJson(e.responseBody)},
                {"fault", e.fault.isEmpty() ? Json(nullptr) : Json(toStd(e.fault))},
                {"request_headers", headersJson(e.headers, '>')},
                {"response_headers", headersJson(e.headers, '<')}};
}

Result<JournalFilter> readJournalFilter(const ApiRequest &request)
{
    JournalFilter f;
    QList<FieldError> problems;
    f.method = request.queryValue(u"method"_s);
    f.pathContains = request.queryValue(u"path"_s);
    f.requestId = request.queryValue(u"request_id"_s);
    if (request.hasQuery(u"environment"_s)) {
        f.environment = request.queryValue(u"environment"_s);
        if (f.environment != u"sandbox"_s && f.environment != u"production"_s)
            problems.append({u"environment"_s, u"must be sandbox or production"_s});
    }
    if (request.hasQuery(u"status"_s)) {
        const QString status = request.queryValue(u"status"_s).toLower();
        bool ok = false;
        if (status.size() == 3 && status.endsWith(u"xx"_s)) {
            f.statusClass = status.left(1).toInt(&ok);
            ok = ok && f.statusClass >= 1 && f.statusClass <= 5;
        } else {
            f.status = status.toInt(&ok);
            ok = ok && f.status >= 100 && f.status <= 599;
        }
        if (!ok)
            problems.append({u"status"_s, u"must be a status code (404) or a class (4xx)"_s});
    }
    if (!problems.isEmpty())
        return Error::validation(u"Invalid journal filter"_s, problems);
    return f;
}

} // namespace

// The local-only extensions of DESIGN §7 (same auth as /v1).
void registerLocalRoutes(Router &router, ServerContext &ctx)
{
    // The fixture itself (DESIGN §11), so `curl …/_local/workspace > f.json` and
    // `curl -X PUT -d @f.json …` round-trip unchanged.
    router.add(Method::Get, u"/_local/workspace"_s, [&ctx](ApiRequest &) {
        auto fixture = ctx.workspace.exportFixture();
        if (!fixture)
            return ApiResponse::error(fixture.error());
        return ApiResponse::json(200, *fixture);
    });

    router.add(Method::Put, u"/_local/workspace"_s, [&ctx](ApiRequest &request) {
        // Fixtures saved from this route before 2026-12-04 came in the data envelope;
        // they are taken as they are.
        const Json &body = request.body;
        const bool envelope = body.contains("success") && body.contains("data") && body["data"].is_object()
            && body["data"].contains("workspace");
        WorkspaceService::ImportOptions options;
        if (request.hasQuery(u"keep_contacts"_s)) {
            const QString keep = request.queryValue(u"keep_contacts"_s);
            if (keep != u"true"_s && keep != u"false"_s) {
                return ApiResponse::error(Error::validation(u"Invalid query"_s,
                                                            {{u"keep_contacts"_s, u"must be true or false"_s}}));
            }
            options.keepContacts = keep == u"true"_s;
        }
        ctx.settleContacts(); // it may replace every contact
        auto summary = ctx.workspace.importFixture(envelope ? body["data"]["workspace"] : body, options);
        if (!summary)
            return ApiResponse::error(summary.error());
        return ApiResponse::json(200, Json{{"success", true},
                                           {"data", {{"events", summary->events},
                                                     {"contacts_created", summary->contactsCreated},
                                                     {"contacts_updated", summary->contactsUpdated}}}});
    });

    router.add(Method::Get, u"/_local/requests"_s, [&ctx](ApiRequest &request) {
        auto page = readPage(request, 50, 200);
        if (!page)
            return ApiResponse::error(page.error());
        auto filter = readJournalFilter(request);
        if (!filter)
            return ApiResponse::error(filter.error());
        ctx.settle(); // every exchange answered so far is listed
        auto entries = ctx.journal.list(*filter, page->limit, page->offset);
        if (!entries)
            return ApiResponse::error(entries.error());
        auto total = ctx.journal.count(*filter);
        if (!total)
            return ApiResponse::error(total.error());
        Json items = Json::array();
        for (const JournalEntry &e : *entries)
            items.push_back(journalEntryJson(e));
        return ApiResponse::data(pageJson("requests", std::move(items), *total, *page));
    });

    router.add(Method::Post, u"/_local/reset"_s, [&ctx](ApiRequest &request) {
        Services::ResetOptions options;
        QList<FieldError> problems;
        for (const auto &[key, value] : request.body.items()) {
            if (key != "webhooks")
                problems.append({toQt(key), u"is not a reset option (webhooks)"_s});
            else if (!value.is_boolean())
                problems.append({u"webhooks"_s, u"must be true or false"_s});
            else
                options.webhookEndpoint = value.get<bool>();
        }
        if (!problems.isEmpty())
            return ApiResponse::error(Error::validation(u"Invalid reset options"_s, problems));
        if (Status s = ctx.reset(options); !s)
            return ApiResponse::error(s.error());
        return ApiResponse::json(200, Json{{"success", true}, {"reset", true}});
    });

    // Retention and compaction (issue 22): what is stored, what retention keeps and
    // would remove now; a new policy; Compact now.
    const auto storageAnswer = [&ctx]() -> ApiResponse {
        auto stats = ctx.storage();
        if (!stats)
            return ApiResponse::error(stats.error());
        const RetentionPolicy policy = ctx.pruner.policy();
        return ApiResponse::data(Json{{"retention", policy.toJson()},
                                      {"storage", stats->toJson()},
                                      {"pruned", {{"deliveries", ctx.pruner.removedDeliveries()},
                                                  {"journal", ctx.pruner.removedJournal()}}}});
    };
    router.add(Method::Get, u"/_local/storage"_s, [storageAnswer](ApiRequest &) { return storageAnswer(); });

    router.add(Method::Put, u"/_local/storage/retention"_s, [&ctx, storageAnswer](ApiRequest &request) {
        auto policy = RetentionPolicy::fromJson(request.body, ctx.pruner.policy());
        if (!policy)
            return ApiResponse::error(policy.error());
        if (Status s = ctx.applyRetention(*policy, true); !s)
            return ApiResponse::error(s.error());
        return storageAnswer();
    });

    router.add(Method::Post, u"/_local/storage/compact"_s, [&ctx](ApiRequest &) {
        auto compacted = ctx.compact();
        if (!compacted)
            return ApiResponse::error(compacted.error());
        return ApiResponse::data(Json{{"bytes_before", compacted->bytesBefore}, {"bytes_after", compacted->bytesAfter}});
    });
}

} // namespace sendivent::server
