#include "delivery.h"

#include "base/timeutil.h"

#include <QtCore/QDateTime>

namespace sendivent {

using namespace Qt::StringLiterals;

QStringList deliveryStatuses()
{
    return {u"pending"_s, u"sent"_s, u"delivered"_s, u"failed"_s, u"bounced"_s, u"complained"_s};
}

QStringList deliveryOutcomes()
{
    return {u"delivered"_s, u"failed"_s, u"bounced"_s, u"complained"_s};
}

Json sentFacts(const Delivery &delivery)
{
    if (delivery.sent.isEmpty())
        return Json::object();
    std::optional<Json> facts = parseJson(delivery.sent);
    return facts && facts->is_object() ? std::move(*facts) : Json::object();
}

Json deliveryToJson(const Delivery &d)
{
    const auto orNull = [](const QString &s) { return s.isEmpty() ? Json(nullptr) : Json(toStd(s)); };
    const auto timeOrNull = [](const QDateTime &t) {
        return t.isValid() ? Json(toStd(isoTimestamp(t))) : Json(nullptr);
    };
    return Json{{"uuid", toStd(d.uuid)},
                {"channel", toStd(channelName(d.channel))},
                {"status", toStd(d.status)},
                {"event_name", toStd(d.eventName)},
                {"contact_uuid", orNull(d.contactUuid)},
                {"recipient", toStd(d.recipient)},
                {"provider", orNull(d.provider)},
                {"message_id", orNull(d.messageId)},
                {"language", orNull(d.language)},
                {"environment", toStd(environmentName(d.environment))},
                {"created_at", timeOrNull(d.createdAt)},
                {"sent_at", timeOrNull(d.sentAt)},
                {"delivered_at", timeOrNull(d.deliveredAt)},
                {"error", orNull(d.error)}};
}

Json timelineToJson(const QList<TimelineEntry> &timeline)
{
    Json entries = Json::array();
    for (const TimelineEntry &e : timeline) {
        Json entry = {{"event", toStd(e.event)}, {"timestamp", toStd(isoTimestamp(e.timestamp))}};
        if (!e.detail.isEmpty())
            entry["detail"] = toStd(e.detail);
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace sendivent
