#pragma once

// Reads the /v1 API's JSON (DESIGN §10) into the domain types, for the remote
// backend; writes the request bodies it sends. The reverse direction (domain → JSON)
// lives beside each type (deliveryToJson, ContactService::toJson, …).
#include "backend/backendtypes.h"
#include "base/result.h"
#include "contacts/contactinput.h"
#include "webhooks/webhook.h"
#include "workspace/workspace.h"

namespace sendivent {

// Each reader refuses an answer it cannot use (a missing uuid, a channel it does not
// know, a timestamp that does not parse) with SERVER_ERROR naming the field, and
// reads absent optional fields and nulls as empty.
Result<Event> eventFromJson(const Json &json);
Result<Integration> integrationFromJson(const Json &json);
Result<Contact> contactFromJson(const Json &json);
Result<Delivery> deliveryFromJson(const Json &json);
Result<QList<TimelineEntry>> timelineFromJson(const Json &json);
Result<Webhook> webhookFromJson(const Json &json);
// The send answer {"success","deliveries":[{channel: uuid}],"errors"?}.
Result<SendAnswer> sendAnswerFromJson(const Json &json);

// A list member of `object` ("events", "contacts", …) read with `read`.
template <typename T, typename Reader>
Result<QList<T>> listFromJson(const Json &object, const char *member, Reader read)
{
    const auto it = object.is_object() ? object.find(member) : object.end();
    if (it == object.end() || !it->is_array())
        return Error{ErrorCode::ServerError, QStringLiteral("The remote answer has no '%1' list").arg(QLatin1String(member)), {}};
    QList<T> out;
    out.reserve(qsizetype(it->size()));
    for (const Json &item : *it) {
        auto value = read(item);
        if (!value)
            return value.error();
        out.append(std::move(*value));
    }
    return out;
}

// The request bodies. A contact's meta entries go out as top-level fields, which
// the reference stores in meta (camelCased); only a meta key that collides with a
// contact field goes inside a "meta" object. Unset fields are not sent; a field set
// to an empty string is sent as null (clear it).
Json contactInputToJson(const ContactInput &input);
Json webhookInputToJson(const WebhookInput &input);

} // namespace sendivent
