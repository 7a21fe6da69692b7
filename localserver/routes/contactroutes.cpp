// The reference's Contacts section: list/search, find, create-or-upsert, update,
// GDPR delete and push tokens. Rules live in ContactService; this file reads the
// request, picks the plan's quota and shapes the answer.
#include "pagination.h"
#include "router.h"
#include "servercontext.h"


namespace sendivent::server {

using namespace Qt::StringLiterals;

namespace {

// Longer search strings are almost certainly not typed by someone looking for a
// person, and would only make the index walk more trigrams.
constexpr int kMaxSearchLength = 200;

ApiResponse contactAnswer(const Contact &contact, int status = 200)
{
    return ApiResponse::data(Json{{"contact", ContactService::toJson(contact)}}, status);
}

// The token of a push-token request: {"token": "..."} in the body, or ?token= for
// clients that cannot send a body with DELETE.
Result<QString> pushToken(const ApiRequest &request)
{
    const auto it = request.body.find("token");
    if (it != request.body.end()) {
        if (!it->is_string())
            return Error::validation(u"Invalid push token"_s, {{u"token"_s, u"must be a string"_s}});
        return toQt(it->get<std::string>());
    }
    if (request.hasQuery(u"token"_s))
        return request.queryValue(u"token"_s);
    return Error::validation(u"A push token is required: {\"token\": \"...\"}"_s, {{u"token"_s, u"is required"_s}});
}

} // namespace

void registerContactRoutes(Router &router, ServerContext &ctx)
{
    router.add(Method::Get, u"/v1/contacts"_s, [&ctx](ApiRequest &request) {
        auto page = readPage(request, 50, 100);
        if (!page)
            return ApiResponse::error(page.error());
        const QString search = request.queryValue(u"search"_s);
        if (search.size() > kMaxSearchLength) {
            return ApiResponse::error(Error::validation(
                u"Invalid search"_s, {{u"search"_s, u"must be at most %1 characters"_s.arg(kMaxSearchLength)}}));
        }
        auto found = ctx.contacts.list(search, page->limit, page->offset);
        if (!found)
            return ApiResponse::error(found.error());
        Json items = Json::array();
        for (const Contact &c : std::as_const(found->contacts))
            items.push_back(ContactService::toJson(c));
        return ApiResponse::data(pageJson("contacts", std::move(items), found->total, *page));
    });

    router.add(Method::Get, u"/v1/contacts/{identifier}"_s, [&ctx](ApiRequest &request) {
        auto contact = ctx.contacts.find(request.params.value(0));
        if (!contact)
            return ApiResponse::error(contact.error());
        return contactAnswer(*contact);
    });

    router.add(Method::Post, u"/v1/contacts"_s, [&ctx](ApiRequest &request) {
        auto input = parseContactInput(request.body);
        if (!input)
            return ApiResponse::error(input.error());
        auto limit = ctx.contactLimit();
        if (!limit)
            return ApiResponse::error(limit.error());
        auto upserted = ctx.contacts.upsert(*input, *limit);
        if (!upserted)
            return ApiResponse::error(upserted.error());
        ApiResponse response = contactAnswer(upserted->contact, upserted->created ? 201 : 200);
        if (upserted->created)
            response.headers.append({"Location", "/v1/contacts/" + upserted->contact.uuid.toLatin1()});
        return response;
    });

    router.add(Method::Patch, u"/v1/contacts/{identifier}"_s, [&ctx](ApiRequest &request) {
        auto input = parseContactInput(request.body);
        if (!input)
            return ApiResponse::error(input.error());
        auto contact = ctx.contacts.update(request.params.value(0), *input);
        if (!contact)
            return ApiResponse::error(contact.error());
        return contactAnswer(*contact);
    });

    router.add(Method::Delete, u"/v1/contacts/{identifier}"_s, [&ctx](ApiRequest &request) {
        if (Status s = ctx.eraseContact(request.params.value(0)); !s)
            return ApiResponse::error(s.error());
        return ApiResponse::json(200, Json{{"success", true}, {"deleted", true}});
    });

    router.add(Method::Post, u"/v1/contacts/{identifier}/push-tokens"_s, [&ctx](ApiRequest &request) {
        auto token = pushToken(request);
        if (!token)
            return ApiResponse::error(token.error());
        auto added = ctx.contacts.addPushToken(request.params.value(0), *token);
        if (!added)
            return ApiResponse::error(added.error());
        return contactAnswer(added->contact, added->changed ? 201 : 200);
    });

    router.add(Method::Delete, u"/v1/contacts/{identifier}/push-tokens"_s, [&ctx](ApiRequest &request) {
        auto token = pushToken(request);
        if (!token)
            return ApiResponse::error(token.error());
        auto removed = ctx.contacts.removePushToken(request.params.value(0), *token);
        if (!removed)
            return ApiResponse::error(removed.error());
        return contactAnswer(removed->contact);
    });
}

} // namespace sendivent::server
