#include "pagination.h"
#include "router.h"
#include "servercontext.h"

#include <limits>

namespace sendivent::server {

using namespace Qt::StringLiterals;

namespace {

Json channelsJson(const Event &e)
{
    Json channels = Json::array();
    for (const Channel c : e.channels)
        channels.push_back(toStd(channelName(c)));
    return channels;
}

Json languagesJson(const Event &e)
{
    Json languages = Json::array();
    for (const QString &l : e.languages())
        languages.push_back(toStd(l));
    return languages;
}

Json eventSummary(const Event &e)
{
    return Json{{"identifier", toStd(e.identifier)},
                {"name", toStd(e.name)},
                {"channels", channelsJson(e)},
                {"default_language", toStd(e.defaultLanguage)},
                {"languages", languagesJson(e)}};
}

Json eventDetails(const Event &e)
{
    Json j = eventSummary(e);
    Json templates = Json::array();
    for (const EventTemplate &t : e.templates) {
        Json tj = {{"channel", toStd(channelName(t.channel))}, {"language", toStd(t.language)}};
        for (const QString &field : templateFields(t.channel))
            tj[toStd(field)] = t.fields.contains(field) ? Json(toStd(t.fields.value(field))) : Json(nullptr);
        templates.push_back(std::move(tj));
    }
    j["templates"] = std::move(templates);
    return j;
}

} // namespace

void registerEventRoutes(Router &router, ServerContext &ctx)
{
    router.add(Method::Get, u"/v1/events"_s, [&ctx](ApiRequest &request) {
        // "Returns all notification events": every event unless the request pages
        // with limit/offset itself (no maximum: a workspace holds few events). Without
        // a limit, `limit` answers the whole count.
        auto page = readPage(request, std::numeric_limits<int>::max(), std::numeric_limits<int>::max());
        if (!page)
            return ApiResponse::error(page.error());
        auto ws = ctx.workspace.current();
        if (!ws)
            return ApiResponse::error(ws.error());
        const QList<Event> &events = (*ws)->events;
        if (!request.hasQuery(u"limit"_s))
            page->limit = int(events.size());
        Json items = Json::array();
        for (qsizetype i = page->offset; i < events.size() && i < qsizetype(page->offset) + page->limit; ++i)
            items.push_back(eventSummary(events[i]));
        return ApiResponse::data(pageJson("events", std::move(items), events.size(), *page));
    });

    router.add(Method::Get, u"/v1/events/{identifier}"_s, [&ctx](ApiRequest &request) {
        auto ws = ctx.workspace.current();
        if (!ws)
            return ApiResponse::error(ws.error());
        const QString identifier = request.params.value(0);
        const Event *event = (*ws)->findEvent(identifier);
        if (!event)
            return ApiResponse::error(ErrorCode::EventNotFound, u"Event '%1' not found"_s.arg(identifier));
        return ApiResponse::data(Json{{"event", eventDetails(*event)}});
    });
}

} // namespace sendivent::server
