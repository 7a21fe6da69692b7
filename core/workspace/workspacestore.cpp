#include "workspacestore.h"

#include "storage/database.h"

#include <QtCore/QLoggingCategory>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

QString toJsonText(const Json &j)
{
    return QString::fromUtf8(dumpJson(j));
}

Json fromJsonText(const QString &text, Json fallback)
{
    auto parsed = parseJson(text.toUtf8());
    return parsed ? std::move(*parsed) : std::move(fallback);
}

Status exec(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    auto q = execSql(db, sql, binds);
    if (!q)
        return q.error();
    return {};
}

} // namespace

Result<Workspace> WorkspaceStore::load() const
{
    Workspace ws;
    auto settings = execSql(m_db, u"SELECT key, value FROM settings"_s);
    if (!settings)
        return settings.error();
    while (settings->next()) {
        const QString key = settings->value(0).toString();
        const QString value = settings->value(1).toString();
        if (key == u"app_name"_s) {
            ws.appName = value;
        } else if (key == u"plan"_s) {
            const Json plan = fromJsonText(value, Json::object());
            ws.plan.contactLimit = plan.value("contact_limit", ws.plan.contactLimit);
            ws.plan.addons.clear();
            for (const Json &a : plan.value("addons", Json::array()))
                ws.plan.addons << toQt(a.get<std::string>());
        }
    }

    auto senders = execSql(m_db, u"SELECT name, email, phone FROM senders ORDER BY id"_s);
    if (!senders)
        return senders.error();
    while (senders->next())
        ws.senders << Sender{senders->value(0).toString(), senders->value(1).toString(), senders->value(2).toString()};

    auto integrations = execSql(m_db, u"SELECT channel, provider, status, config, secrets FROM integrations ORDER BY id"_s);
    if (!integrations)
        return integrations.error();
    while (integrations->next()) {
        const auto channel = channelFromName(integrations->value(0).toString());
        if (!channel)
            continue;
        ws.integrations << Integration{*channel, integrations->value(1).toString(), integrations->value(2).toString(),
                                       fromJsonText(integrations->value(3).toString(), Json::object()),
                                       fromJsonText(integrations->value(4).toString(), Json::object())};
    }

    auto partials = execSql(m_db, u"SELECT name, source FROM partials ORDER BY name"_s);
    if (!partials)
        return partials.error();
    while (partials->next())
        ws.partials.insert(partials->value(0).toString(), partials->value(1).toString());

    auto events = execSql(m_db, u"SELECT id, identifier, name, channels, default_language FROM events ORDER BY position, id"_s);
    if (!events)
        return events.error();
    QHash<qint64, qsizetype> indexById;
    while (events->next()) {
        Event e;
        e.identifier = events->value(1).toString();
        e.name = events->value(2).toString();
        for (const Json &c : fromJsonText(events->value(3).toString(), Json::array())) {
            if (const auto channel = c.is_string() ? channelFromName(toQt(c.get<std::string>())) : std::nullopt)
                e.channels << *channel;
        }
        e.defaultLanguage = events->value(4).toString();
        indexById.insert(events->value(0).toLongLong(), ws.events.size());
        ws.events << e;
    }

    auto templates = execSql(m_db, u"SELECT event_id, channel, language, fields FROM templates ORDER BY rowid"_s);
    if (!templates)
        return templates.error();
    while (templates->next()) {
        const auto index = indexById.constFind(templates->value(0).toLongLong());
        const auto channel = channelFromName(templates->value(1).toString());
        if (index == indexById.cend() || !channel)
            continue;
        EventTemplate t;
        t.channel = *channel;
        t.language = templates->value(2).toString();
        const Json fields = fromJsonText(templates->value(3).toString(), Json::object());
        for (auto f = fields.begin(); f != fields.end(); ++f) {
            if (f->is_string())
                t.fields.insert(toQt(f.key()), toQt(f->get<std::string>()));
        }
        ws.events[*index].templates << t;
    }
    return ws;
}

Status WorkspaceStore::replace(const Workspace &ws)
{
    for (const char *table : {"senders", "integrations", "partials", "templates", "events"}) {
        if (Status s = exec(m_db, u"DELETE FROM "_s + QLatin1StringView(table)); !s)
            return s;
    }
    Json plan = {{"contact_limit", ws.plan.contactLimit}, {"addons", Json::array()}};
    for (const QString &a : ws.plan.addons)
        plan["addons"].push_back(toStd(a));
    const QString upsertSetting = u"INSERT INTO settings (key, value) VALUES (?, ?)"
                                  u" ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s;
    if (Status s = exec(m_db, upsertSetting, {u"app_name"_s, ws.appName}); !s)
        return s;
    if (Status s = exec(m_db, upsertSetting, {u"plan"_s, toJsonText(plan)}); !s)
        return s;
    for (const Sender &s : ws.senders) {
        if (Status st = exec(m_db, u"INSERT INTO senders (name, email, phone) VALUES (?, ?, ?)"_s,
                             {s.name, s.email.isEmpty() ? QVariant() : s.email, s.phone.isEmpty() ? QVariant() : s.phone});
            !st)
            return st;
    }
    for (const Integration &i : ws.integrations) {
        if (Status st = exec(m_db, u"INSERT INTO integrations (channel, provider, status, config, secrets) VALUES (?, ?, ?, ?, ?)"_s,
                             {channelName(i.channel), i.provider, i.status, toJsonText(i.config), toJsonText(i.secrets)});
            !st)
            return st;
    }
    for (auto it = ws.partials.cbegin(); it != ws.partials.cend(); ++it) {
        if (Status st = exec(m_db, u"INSERT INTO partials (name, source) VALUES (?, ?)"_s, {it.key(), it.value()}); !st)
            return st;
    }
    int position = 0;
    for (const Event &e : ws.events) {
        Json channels = Json::array();
        for (const Channel c : e.channels)
            channels.push_back(toStd(channelName(c)));
        auto inserted = execSql(m_db, u"INSERT INTO events (identifier, name, channels, default_language, position) VALUES (?, ?, ?, ?, ?)"_s,
                                {e.identifier, e.name, toJsonText(channels), e.defaultLanguage, position++});
        if (!inserted)
            return inserted.error();
        const qint64 eventId = inserted->lastInsertId().toLongLong();
        for (const EventTemplate &t : e.templates) {
            Json fields = Json::object();
            for (auto f = t.fields.cbegin(); f != t.fields.cend(); ++f)
                fields[toStd(f.key())] = toStd(f.value());
            if (Status st = exec(m_db, u"INSERT INTO templates (event_id, channel, language, fields) VALUES (?, ?, ?, ?)"_s,
                                 {eventId, channelName(t.channel), t.language, toJsonText(fields)});
                !st)
                return st;
        }
    }
    if (Status s = exec(m_db, u"INSERT INTO settings (key, value) VALUES ('revision', '1')"
                              u" ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"_s);
        !s)
        return s;
    return {};
}

} // namespace sendivent
