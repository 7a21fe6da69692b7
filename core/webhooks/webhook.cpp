#include "webhook.h"

#include "base/timeutil.h"

namespace sendivent {

using namespace Qt::StringLiterals;

QStringList webhookEventTypes()
{
    return {u"delivery.sent"_s, u"delivery.delivered"_s, u"delivery.failed"_s, u"delivery.bounced"_s,
            u"delivery.complained"_s};
}

Json webhookToJson(const Webhook &w, bool withSecret)
{
    Json events = Json::array();
    for (const QString &e : w.enabledEvents)
        events.push_back(toStd(e));
    Json json{{"uuid", toStd(w.uuid)},
              {"url", toStd(w.url)},
              {"enabled_events", std::move(events)},
              {"description", w.description.isEmpty() ? Json(nullptr) : Json(toStd(w.description))},
              {"is_active", w.isActive}};
    if (withSecret)
        json["signing_secret"] = toStd(w.signingSecret);
    json["created_at"] = toStd(isoTimestamp(w.createdAt));
    json["updated_at"] = toStd(isoTimestamp(w.updatedAt));
    return json;
}

} // namespace sendivent
