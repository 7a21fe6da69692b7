#include "apijson.h"

#include "base/timeutil.h"

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

// Reads the members of one object of an answer, collecting what it cannot use.
class Reader final
{
public:
    Reader(const Json &json, const char *what)
        : m_json(json)
        , m_what(what)
    {
        if (!json.is_object())
            m_problems << u"not an object"_s;
    }

    QString string(const char *key, bool required = false)
    {
        const Json *value = member(key);
        if (!value || value->is_null()) {
            if (required)
                m_problems << u"'%1' is missing"_s.arg(QLatin1String(key));
            return {};
        }
        if (value->is_string())
            return toQt(value->get<std::string>());
        // Ids that platforms hand out as numbers (telegram, discord, externalId).
        if (value->is_number_integer())
            return toQt(value->dump());
        m_problems << u"'%1' is not a string"_s.arg(QLatin1String(key));
        return {};
    }

    QDateTime time(const char *key)
    {
        const QString text = string(key);
        if (text.isEmpty())
            return {};
        const QDateTime t = parseIsoTimestamp(text);
        if (!t.isValid())
            m_problems << u"'%1' is not an ISO 8601 time"_s.arg(QLatin1String(key));
        return t;
    }

    Channel channel(const char *key)
    {
        const QString name = string(key, true);
        if (name.isEmpty())
            return Channel::Email;
        return toChannel(name);
    }

    Channel toChannel(const QString &name)
    {
        const auto c = channelFromName(name);
        if (!c)
            m_problems << u"'%1' is not a channel"_s.arg(name);
        return c.value_or(Channel::Email);
    }

    QStringList strings(const char *key)
    {
        const Json *value = member(key);
        QStringList out;
        if (!value || value->is_null())
            return out;
        if (!value->is_array()) {
            m_problems << u"'%1' is not a list"_s.arg(QLatin1String(key));
            return out;
        }
        for (const Json &item : *value) {
            if (item.is_string())
                out << toQt(item.get<std::string>());
            else
                m_problems << u"'%1' holds something that is not a string"_s.arg(QLatin1String(key));
        }
        return out;
    }

    std::optional<bool> boolean(const char *key)
    {
        const Json *value = member(key);
        if (!value || value->is_null())
            return std::nullopt;
        if (!value->is_boolean()) {
            m_problems << u"'%1' is not true or false"_s.arg(QLatin1String(key));
            return std::nullopt;
        }
        return value->get<bool>();
    }

    Json object(const char *key)
    {
        const Json *value = member(key);
        if (!value || value->is_null())
            return Json::object();
        if (!value->is_object()) {
            m_problems << u"'%1' is not an object"_s.arg(QLatin1String(key));
            return Json::object();
        }
        return *value;
    }

    const Json *member(const char *key) const
    {
        if (!m_json.is_object())
            return nullptr;
        const auto it = m_json.find(key);
        return it == m_json.end() ? nullptr : &*it;
    }

    void problem(const QString &text) { m_problems << text; }
    bool ok() const { return m_problems.isEmpty(); }
    Error error() const
    {
        return Error{ErrorCode::ServerError,
                     u"The remote API sent %1 data this console cannot read: %2"_s.arg(QLatin1String(m_what),
                                                                                     m_problems.join(u"; "_s)),
                     {}};
    }

private:
    const Json &m_json;
    const char *m_what;
    QStringList m_problems;
};

} // namespace

Result<Event> eventFromJson(const Json &json)
{
    Reader r(json, "event");
    Event e;
    e.identifier = r.string("identifier", true);
    e.name = r.string("name");
    for (const QString &name : r.strings("channels"))
        e.channels << r.toChannel(name);
    if (const QString language = r.string("default_language"); !language.isEmpty())
        e.defaultLanguage = language;
    if (const Json *templates = r.member("templates"); templates && templates->is_array()) {
        for (const Json &t : *templates) {
            Reader tpl(t, "template");
            EventTemplate out;
            out.channel = tpl.channel("channel");
            out.language = tpl.string("language");
            if (!tpl.ok())
                return tpl.error();
            // A field the template does not have is null (or absent).
            for (const QString &field : templateFields(out.channel)) {
                const std::string key = toStd(field);
                if (const Json *text = tpl.member(key.c_str()); text && text->is_string())
                    out.fields.insert(field, toQt(text->get<std::string>()));
            }
            e.templates << std::move(out);
        }
    }
    if (!r.ok())
        return r.error();
    return e;
}

Result<Integration> integrationFromJson(const Json &json)
{
    Reader r(json, "integration");
    Integration i;
    i.channel = r.channel("channel");
    i.provider = r.string("provider");
    if (const QString status = r.string("status"); !status.isEmpty())
        i.status = status;
    i.config = r.object("config");
    if (!r.ok())
        return r.error();
    return i;
}

Result<Contact> contactFromJson(const Json &json)
{
    Reader r(json, "contact");
    Contact c;
    c.uuid = r.string("uuid", true);
    c.email = r.string("email");
    c.phone = r.string("phone");
    c.externalId = r.string("externalId");
    if (c.externalId.isEmpty())
        c.externalId = r.string("external_id");
    c.slack = r.string("slack");
    c.telegram = r.string("telegram");
    c.discord = r.string("discord");
    c.name = r.string("name");
    c.avatar = r.string("avatar");
    c.username = r.string("username");
    c.meta = r.object("meta");
    c.pushTokens = r.strings("push_tokens");
    c.createdAt = r.time("created_at");
    c.updatedAt = r.time("updated_at");
    if (!r.ok())
        return r.error();
    return c;
}

Result<Delivery> deliveryFromJson(const Json &json)
{
    Reader r(json, "delivery");
    Delivery d;
    d.uuid = r.string("uuid", true);
    d.channel = r.channel("channel");
    d.status = r.string("status");
    d.eventName = r.string("event_name");
    d.contactUuid = r.string("contact_uuid");
    d.recipient = r.string("recipient");
    d.provider = r.string("provider");
    d.messageId = r.string("message_id");
    d.language = r.string("language");
    const QString environment = r.string("environment");
    if (environment == environmentName(Environment::Production))
        d.environment = Environment::Production;
    else if (!environment.isEmpty() && environment != environmentName(Environment::Sandbox))
        r.problem(u"'%1' is not an environment"_s.arg(environment));
    d.createdAt = r.time("created_at");
    d.sentAt = r.time("sent_at");
    d.deliveredAt = r.time("delivered_at");
    d.error = r.string("error");
    if (!r.ok())
        return r.error();
    return d;
}

Result<QList<TimelineEntry>> timelineFromJson(const Json &json)
{
    if (json.is_null())
        return QList<TimelineEntry>();
    if (!json.is_array())
        return Error{ErrorCode::ServerError, u"The remote API sent a timeline that is not a list"_s, {}};
    QList<TimelineEntry> out;
    for (const Json &item : json) {
        Reader r(item, "timeline entry");
        TimelineEntry e;
        e.event = r.string("event", true);
        e.timestamp = r.time("timestamp");
        e.detail = r.string("detail");
        if (!r.ok())
            return r.error();
        out << std::move(e);
    }
    return out;
}

Result<Webhook> webhookFromJson(const Json &json)
{
    Reader r(json, "webhook");
    Webhook w;
    w.uuid = r.string("uuid", true);
    w.url = r.string("url", true);
    w.enabledEvents = r.strings("enabled_events");
    w.description = r.string("description");
    w.isActive = r.boolean("is_active").value_or(true);
    w.signingSecret = r.string("signing_secret");
    w.createdAt = r.time("created_at");
    w.updatedAt = r.time("updated_at");
    if (!r.ok())
        return r.error();
    return w;
}

Result<SendAnswer> sendAnswerFromJson(const Json &json)
{
    Reader r(json, "send answer");
    SendAnswer answer;
    answer.success = r.boolean("success").value_or(false);
    if (const Json *deliveries = r.member("deliveries"); deliveries && deliveries->is_array()) {
        for (const Json &entry : *deliveries) {
            // {"email": "uuid"}: one member per entry.
            if (!entry.is_object() || entry.size() != 1 || !entry.begin()->is_string()) {
                r.problem(u"a delivery entry is not {\"channel\": \"uuid\"}"_s);
                continue;
            }
            const Channel channel = r.toChannel(toQt(entry.begin().key()));
            answer.deliveries.append({channel, toQt(entry.begin()->get<std::string>())});
        }
    } else {
        r.problem(u"'deliveries' is missing"_s);
    }
    if (const Json *errors = r.member("errors"); errors && errors->is_array()) {
        for (const Json &entry : *errors) {
            Reader er(entry, "send error");
            SendError e;
            e.code = errorCodeFromName(er.string("code"));
            e.message = er.string("message");
            if (const QString channel = er.string("channel"); !channel.isEmpty())
                e.channel = channelFromName(channel); // an unknown one is left out, the rest kept
            e.recipient = er.string("recipient");
            if (!er.ok())
                return er.error();
            answer.errors << std::move(e);
        }
    }
    if (!r.ok())
        return r.error();
    return answer;
}

Json contactInputToJson(const ContactInput &input)
{
    Json body = Json::object();
    const auto put = [&body](const char *key, const std::optional<QString> &value) {
        if (value)
            body[key] = value->isEmpty() ? Json(nullptr) : Json(toStd(*value));
    };
    put("email", input.email);
    put("phone", input.phone);
    put("externalId", input.externalId);
    put("slack", input.slack);
    put("telegram", input.telegram);
    put("discord", input.discord);
    put("name", input.name);
    put("avatar", input.avatar);
    put("username", input.username);

    // Every key a contact request reads as something other than meta.
    static const char *const kTaken[] = {"email", "phone", "externalId", "external_id", "id", "slack",
                                         "slack_id", "slackId", "telegram", "discord", "name", "avatar",
                                         "username", "meta", "uuid", "push_tokens", "pushTokens",
                                         "created_at", "createdAt", "updated_at", "updatedAt"};
    const auto taken = [](const std::string &key) {
        for (const char *k : kTaken) {
            if (key == k)
                return true;
        }
        return false;
    };
    Json nested = Json::object();
    for (auto it = input.meta.begin(); it != input.meta.end(); ++it) {
        if (taken(it.key()))
            nested[it.key()] = *it;
        else
            body[it.key()] = *it;
    }
    if (input.clearMeta)
        body["meta"] = nullptr; // a colliding key cannot be sent with it; see decisions.md
    else if (!nested.empty())
        body["meta"] = std::move(nested);
    return body;
}

Json webhookInputToJson(const WebhookInput &input)
{
    Json body = Json::object();
    if (input.url)
        body["url"] = toStd(*input.url);
    if (input.enabledEvents) {
        Json events = Json::array();
        for (const QString &e : *input.enabledEvents)
            events.push_back(toStd(e));
        body["enabled_events"] = std::move(events);
    }
    if (input.description)
        body["description"] = toStd(*input.description);
    if (input.isActive)
        body["is_active"] = *input.isActive;
    return body;
}

} // namespace sendivent
