#include "router.h"
#include "servercontext.h"

#include <base/timeutil.h>

namespace sendivent::server {

using namespace Qt::StringLiterals;

namespace {

// Release is a sandbox tool: a live_ key can neither switch it on nor release, so no
// production client can send real mail through it by accident (issue 23).
std::optional<ApiResponse> refuseProduction(const ApiRequest &request)
{
    if (request.environment() != Environment::Production)
        return std::nullopt;
    return ApiResponse::error(ErrorCode::Forbidden,
                              u"Release to a real inbox is a sandbox tool: use a test_ key"_s);
}

// {"to": "…"} (optional): the recipient that replaces the captured one.
Result<QString> readRecipient(const ApiRequest &request)
{
    QList<FieldError> problems;
    QString to;
    for (const auto &[key, value] : request.body.items()) {
        if (key != "to")
            problems.append({toQt(key), u"is not a release option (to)"_s});
        else if (!value.is_string() && !value.is_null())
            problems.append({u"to"_s, u"must be an email address"_s});
        else if (value.is_string())
            to = toQt(value.get<std::string>()).trimmed();
    }
    if (!problems.isEmpty())
        return Error::validation(u"Invalid release: "_s + problems.first().field + u' ' + problems.first().message,
                                 problems);
    return to;
}

Json outcomeJson(const mail::ReleaseOutcome &o)
{
    return Json{{"delivery_uuid", o.deliveryUuid.isEmpty() ? Json(nullptr) : Json(toStd(o.deliveryUuid))},
                {"to", toStd(o.to)},
                {"from", toStd(o.from)},
                {"server", toStd(o.server)},
                {"message_id", toStd(o.messageId)},
                {"released_at", toStd(isoTimestamp(o.releasedAt))}};
}

ApiResponse settingsAnswer(const mail::ReleaseSettings &settings)
{
    return ApiResponse::data(Json{{"release", settings.toJson()}});
}

// Answers when the relay did: 200 with what was sent, or the relay's error (502).
mail::ReleaseService::Done replyWith(ApiResponse::Reply reply, bool withTimeline)
{
    return [reply = std::move(reply), withTimeline](const Result<mail::ReleaseOutcome> &done) {
        if (!done) {
            reply(ApiResponse::error(done.error()));
            return;
        }
        Json data{{"release", outcomeJson(*done)}};
        if (withTimeline)
            data["timeline"] = timelineToJson(done->timeline);
        reply(ApiResponse::data(data));
    };
}

} // namespace

void registerReleaseRoutes(Router &router, ServerContext &ctx)
{
    router.add(Method::Get, u"/_local/release"_s,
               [&ctx](ApiRequest &) { return settingsAnswer(ctx.release.settings()); });

    router.add(Method::Put, u"/_local/release"_s, [&ctx](ApiRequest &request) {
        if (auto refused = refuseProduction(request))
            return *refused;
        auto next = mail::ReleaseSettings::patched(ctx.release.settings(), request.body);
        if (!next)
            return ApiResponse::error(next.error());
        ctx.release.setSettings(*next);
        return settingsAnswer(ctx.release.settings());
    });

    router.add(Method::Post, u"/_local/release/test"_s, [&ctx](ApiRequest &request) {
        if (auto refused = refuseProduction(request))
            return *refused;
        auto to = readRecipient(request);
        if (!to)
            return ApiResponse::error(to.error());
        return ApiResponse::later([&ctx, to = *to](ApiResponse::Reply reply) {
            if (Status s = ctx.release.sendTest(to, replyWith(reply, false)); !s)
                reply(ApiResponse::error(s.error()));
        });
    });

    router.add(Method::Post, u"/_local/deliveries/{uuid}/release"_s, [&ctx](ApiRequest &request) {
        if (auto refused = refuseProduction(request))
            return *refused;
        auto to = readRecipient(request);
        if (!to)
            return ApiResponse::error(to.error());
        return ApiResponse::later(
            [&ctx, uuid = request.params.value(0), env = request.environment(), to = *to](ApiResponse::Reply reply) {
                if (Status s = ctx.release.release(uuid, env, to, replyWith(reply, true)); !s)
                    reply(ApiResponse::error(s.error()));
            });
    });
}

} // namespace sendivent::server
