#include "idempotency.h"
#include "injectedfaults.h"

#include <storage/database.h>
#include <storage/groupcommit.h>
#include <storage/idempotencystore.h>

#include <memory>

namespace sendivent::server {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxKeyLength = 255;

bool isVisibleAscii(const QByteArray &text)
{
    for (const char c : text) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

ApiResponse replayOf(const StoredResponse &stored)
{
    ApiResponse replay;
    replay.status = stored.status;
    replay.contentType = stored.contentType;
    replay.headers = stored.headers;
    replay.headers.append({QByteArray("X-Idempotent-Replay"), QByteArray("true")});
    replay.body = stored.body;
    return replay;
}

} // namespace

ApiResponse runIdempotent(GroupCommit &group, IdempotencyStore &store, const ApiRequest &request,
                          const std::function<GroupedResult()> &work)
{
    const QByteArray rawKey = request.header("X-Idempotency-Key").trimmed();
    const bool keyed = !rawKey.isEmpty();
    const QString key = QString::fromLatin1(rawKey);
    const Environment environment = request.environment();
    QByteArray fingerprint;
    if (keyed) {
        if (rawKey.size() > kMaxKeyLength || !isVisibleAscii(rawKey)) {
            return ApiResponse::error(Error::validation(
                u"Invalid X-Idempotency-Key"_s,
                {{u"X-Idempotency-Key"_s, u"must be 1 to %1 visible ASCII characters"_s.arg(kMaxKeyLength)}}));
        }
        fingerprint = IdempotencyStore::fingerprint(methodName(request.method), request.path, dumpJson(request.body));
        auto lookup = store.begin(environment, key, fingerprint);
        if (!lookup)
            return ApiResponse::error(lookup.error());
        switch (lookup->verdict) {
        case IdempotencyStore::Verdict::Proceed:
            break;
        case IdempotencyStore::Verdict::InProgress:
            return ApiResponse::error(ErrorCode::IdempotencyInProgress,
                                      u"A request with this X-Idempotency-Key is still being processed; retry later"_s);
        case IdempotencyStore::Verdict::KeyReused:
            return ApiResponse::error(ErrorCode::IdempotencyKeyReused,
                                      u"This X-Idempotency-Key was already used for a different request"_s);
        case IdempotencyStore::Verdict::Replay:
            return replayOf(lookup->response);
        }
    }
    // From here on the key is in flight until the answer is decided.
    const auto release = [&store, keyed, environment, key] {
        if (keyed)
            store.finish(environment, key);
    };

    // An injected API fault (issue 23) is the answer, kept under the key like any
    // other: a replay gets it back, fault included. A delay keeps the real answer.
    const std::optional<InjectedFault> fault = request.takeFault ? request.takeFault() : std::nullopt;
    const bool replacing = fault && fault->kind != FaultKind::Delay;
    auto result = std::make_shared<GroupedResult>(
        replacing ? GroupedResult{injectedAnswer(*fault, request.requestId), keyed, {}, {}} : work());
    if (!result->remember) {
        release();
        if (!fault)
            return result->response;
        return answeredLater(result->response, fault->latencyMs,
                             fault->kind == FaultKind::Delay ? fault->marker().toUtf8() : QByteArray(), &group);
    }
    GroupCommit::Work write = [result, keyed, environment, key, fingerprint](WriteSession &session) -> Status {
        if (result->write) {
            if (Status s = result->write(session); !s)
                return s;
        }
        if (!keyed)
            return {};
        const ApiResponse &r = result->response;
        return session.idempotency.store(environment, key, fingerprint, {r.status, r.contentType, r.headers, r.body});
    };
    ApiResponse answer = ApiResponse::later([&group, write = std::move(write), result, release](ApiResponse::Reply reply) {
        group.submit(write, [result, release, reply](Status committed) {
            release();
            if (result->done)
                result->done(bool(committed));
            if (!committed) {
                reply(ApiResponse::error(committed.error()));
                return;
            }
            reply(result->response);
        });
    });
    if (!fault)
        return answer;
    // A delay's marker goes on this answer only: what a replay gets is the route's own.
    return answeredLater(std::move(answer), fault->latencyMs,
                         fault->kind == FaultKind::Delay ? fault->marker().toUtf8() : QByteArray(), &group);
}

} // namespace sendivent::server
