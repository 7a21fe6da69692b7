// GET/POST /_local/clock: the emulator's movable clock (issue 23).
#include "router.h"
#include "servercontext.h"

#include <base/timeutil.h>
#include <emulation/clock.h>

#include <QtCore/QRegularExpression>

namespace sendivent::server {

using namespace Qt::StringLiterals;

namespace {

// A century: far enough for any test, and nowhere near overflowing milliseconds.
constexpr qint64 kMaxAdvanceMs = 100LL * 366 * 24 * 3600 * 1000;

Result<qint64> readAdvance(const Json &value)
{
    const auto problem = [](const QString &message) {
        return Error::validation(u"Invalid clock change"_s, {{u"advance"_s, message}});
    };
    std::optional<qint64> ms;
    if (value.is_number_integer())
        ms = value.get<qint64>();
    else if (value.is_string())
        ms = parseDurationMs(toQt(value.get<std::string>()));
    if (!ms)
        return problem(u"must be a duration such as \"5h\", \"1d\", \"90m\", \"30s\", \"PT5H\" or whole milliseconds"_s);
    if (*ms < 0)
        return problem(u"must not be negative: the clock only moves forward"_s);
    if (*ms > kMaxAdvanceMs)
        return problem(u"must be at most 100 years"_s);
    return *ms;
}

} // namespace

Json clockJson(const Clock &clock)
{
    const Clock::Mode mode = clock.mode();
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    // One reading of the wall clock for all three, so they add up exactly.
    const qint64 now = mode == Clock::Mode::Frozen ? clock.nowMs()
        : mode == Clock::Mode::Offset              ? wall + clock.offsetMs()
                                                   : wall;
    const qint64 offset = now - wall;
    return Json{{"now", toStd(isoTimestamp(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC)))},
                {"mode", toStd(Clock::modeName(mode))},
                {"offset_ms", offset},
                {"wall_clock", toStd(isoTimestamp(QDateTime::fromMSecsSinceEpoch(wall, Qt::UTC)))}};
}

void registerClockRoutes(Router &router, ServerContext &ctx)
{
    router.add(Method::Get, u"/_local/clock"_s, [&ctx](ApiRequest &) {
        return ApiResponse::data(Json{{"clock", clockJson(ctx.clock)}});
    });

    // One change per request: {"advance"}, {"set"} or {"mode"}; "mode": "frozen" may
    // come with a move (frozen first, then moved, so the instant is exact).
    router.add(Method::Post, u"/_local/clock"_s, [&ctx](ApiRequest &request) {
        const Json &body = request.body;
        if (!body.is_object())
            return ApiResponse::error(Error::validation(u"The body must be a JSON object"_s, {}));
        QList<FieldError> problems;
        for (const auto &[key, value] : body.items()) {
            if (key != "advance" && key != "set" && key != "mode")
                problems.append({toQt(key), u"is not a clock field (advance, set, mode)"_s});
        }
        std::optional<qint64> advance;
        std::optional<qint64> setTo;
        QString mode;
        if (const auto it = body.find("advance"); it != body.end()) {
            auto ms = readAdvance(*it);
            if (ms)
                advance = *ms;
            else
                problems += ms.error().details;
        }
        if (const auto it = body.find("set"); it != body.end()) {
            // With its offset or Z: a time without one would be read in this machine's zone.
            static const QRegularExpression zoned(u"(Z|[+-]\\d\\d:?\\d\\d)$"_s, QRegularExpression::CaseInsensitiveOption);
            const QString text = it->is_string() ? toQt(it->get<std::string>()) : QString();
            const QDateTime at = zoned.match(text).hasMatch() ? parseIsoTimestamp(text) : QDateTime();
            if (at.isValid())
                setTo = at.toMSecsSinceEpoch();
            else
                problems.append({u"set"_s, u"must be an ISO 8601 time with its offset, e.g. \"2027-01-01T00:00:00Z\""_s});
        }
        if (const auto it = body.find("mode"); it != body.end()) {
            mode = it->is_string() ? toQt(it->get<std::string>()) : QString();
            if (mode != u"frozen"_s && mode != u"real"_s)
                problems.append({u"mode"_s, u"must be \"frozen\" or \"real\""_s});
        }
        if (problems.isEmpty()) {
            if (body.contains("advance") && body.contains("set"))
                problems.append({u"set"_s, u"cannot be combined with advance"_s});
            else if (mode == u"real"_s && (body.contains("advance") || body.contains("set")))
                problems.append({u"mode"_s, u"\"real\" is the wall clock and cannot be combined with a move"_s});
            else if (!body.contains("advance") && !body.contains("set") && !body.contains("mode"))
                problems.append({u"advance"_s, u"one of advance, set or mode is required"_s});
        }
        if (!problems.isEmpty())
            return ApiResponse::error(Error::validation(u"Invalid clock change"_s, problems));

        if (mode == u"real"_s) {
            ctx.settle(); // the floor counts every send answered so far
            auto newest = newestStoredTimeMs(ctx.db);
            if (!newest)
                return ApiResponse::error(newest.error());
            if (Status s = ctx.clock.backToReal(*newest); !s)
                return ApiResponse::error(s.error());
        } else {
            // A refused move changes nothing, so it is refused before freezing.
            if (setTo && *setTo < ctx.clock.nowMs())
                return ApiResponse::error(ctx.clock.setTo(*setTo).error());
            if (mode == u"frozen"_s)
                ctx.clock.freeze();
            Status moved = advance ? ctx.clock.advance(*advance) : setTo ? ctx.clock.setTo(*setTo) : Status();
            if (!moved)
                return ApiResponse::error(moved.error());
        }
        return ApiResponse::data(Json{{"clock", clockJson(ctx.clock)}});
    });
}

} // namespace sendivent::server
