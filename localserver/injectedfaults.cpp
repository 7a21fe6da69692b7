#include "injectedfaults.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

namespace sendivent::server {

using namespace Qt::StringLiterals;

ApiResponse injectedAnswer(const InjectedFault &fault, const QString &requestId)
{
    const QString injected = u"Injected fault (rule %1): "_s.arg(fault.ruleId);
    ApiResponse r;
    switch (fault.kind) {
    case FaultKind::RateLimited:
        r = ApiResponse::error(ErrorCode::RateLimited,
                               injected + u"too many requests — retry with backoff"_s);
        r.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        break;
    case FaultKind::Unavailable:
        r = ApiResponse::error(ErrorCode::ServerError,
                               injected + u"the service is unavailable — retry later"_s);
        r.status = 503;
        r.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        break;
    default:
        r = ApiResponse::error(ErrorCode::ServerError, injected + u"internal error (request %1)"_s.arg(requestId));
        break;
    }
    r.headers.append({kFaultHeader.toByteArray(), fault.marker().toUtf8()});
    return r;
}

ApiResponse answeredLater(ApiResponse response, int ms, const QByteArray &marker, QObject *context)
{
    const auto mark = [marker](ApiResponse answer) {
        if (!marker.isEmpty())
            answer.headers.append({kFaultHeader.toByteArray(), marker});
        return answer;
    };
    if (ms <= 0 && !response.deferred)
        return mark(std::move(response));
    QPointer<QObject> guard(context);
    return ApiResponse::later([response = std::move(response), ms, mark, guard](ApiResponse::Reply reply) {
        const auto after = [ms, mark, guard, reply](const ApiResponse &answer) {
            if (!guard)
                return;
            QTimer::singleShot(std::max(0, ms), guard.data(), [reply, answer = mark(answer)] { reply(answer); });
        };
        if (response.deferred)
            response.deferred(after);
        else
            after(response);
    });
}

} // namespace sendivent::server
