#include "fixture.h"

#include "base/validation.h"

#include <QtCore/QSet>

#include <cstring>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

// Collects the problems of a fixture while walking it.
class FixtureReader
{
public:
    explicit FixtureReader(const TemplateSyntaxCheck &check) : m_check(check) {}

    QList<FieldError> problems;

    void problem(const QString &field, const QString &message) { problems.append({field, message}); }

    // Keys of `object` that are not in `allowed` are reported: a typo in a fixture
    // should not silently drop a setting.
    void rejectUnknownKeys(const Json &object, const QString &where, std::initializer_list<const char *> allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char *k : allowed)
                known = known || it.key() == k;
            if (!known)
                problem(join(where, toQt(it.key())), u"unknown field"_s);
        }
    }

    std::optional<QString> string(const Json &object, const char *key, const QString &where, bool required)
    {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null()) {
            if (required)
                problem(join(where, QLatin1StringView(key)), u"is required"_s);
            return std::nullopt;
        }
        if (!it->is_string()) {
            problem(join(where, QLatin1StringView(key)), u"must be a string"_s);
            return std::nullopt;
        }
        return toQt(it->get<std::string>());
    }

    void checkTemplate(const QString &field, const QString &source)
    {
        if (const auto error = m_check(source))
            problem(field, u"template syntax error at "_s + *error);
    }

    static QString join(const QString &where, const QString &key)
    {
        return where.isEmpty() ? key : where + u'.' + key;
    }
    static QString index(const QString &where, size_t i) { return where + u'[' + QString::number(i) + u']'; }

private:
    const TemplateSyntaxCheck &m_check;
};

void readApp(FixtureReader &r, const Json &json, Workspace &ws)
{
    const auto it = json.find("app");
    if (it == json.end())
        return;
    if (!it->is_object())
        return r.problem(u"app"_s, u"must be an object"_s);
    r.rejectUnknownKeys(*it, u"app"_s, {"name"});
    if (const auto name = r.string(*it, "name", u"app"_s, true)) {
        if (name->trimmed().isEmpty())
            r.problem(u"app.name"_s, u"must not be empty"_s);
        ws.appName = *name;
    }
}

void readPlan(FixtureReader &r, const Json &json, Workspace &ws)
{
    const auto it = json.find("plan");
    if (it == json.end())
        return;
    if (!it->is_object())
        return r.problem(u"plan"_s, u"must be an object"_s);
    r.rejectUnknownKeys(*it, u"plan"_s, {"contact_limit", "addons"});
    if (const auto limit = it->find("contact_limit"); limit != it->end()) {
        if (!limit->is_number_integer() || limit->get<qint64>() < 0 || limit->get<qint64>() > 100'000'000)
            r.problem(u"plan.contact_limit"_s, u"must be a whole number from 0 to 100000000"_s);
        else
            ws.plan.contactLimit = int(limit->get<qint64>());
    }
    if (const auto addons = it->find("addons"); addons != it->end()) {
        if (!addons->is_array())
            return r.problem(u"plan.addons"_s, u"must be an array"_s);
        for (size_t i = 0; i < addons->size(); ++i) {
            const Json &a = (*addons)[i];
            if (!a.is_string() || (a != "sms" && a != "whatsapp"))
                r.problem(FixtureReader::index(u"plan.addons"_s, i), u"must be \"sms\" or \"whatsapp\""_s);
            else if (!ws.plan.addons.contains(toQt(a.get<std::string>())))
                ws.plan.addons << toQt(a.get<std::string>());
        }
    }
}

void readSenders(FixtureReader &r, const Json &json, Workspace &ws)
{
    const auto it = json.find("senders");
    if (it == json.end())
        return;
    if (!it->is_array())
        return r.problem(u"senders"_s, u"must be an array"_s);
    for (size_t i = 0; i < it->size(); ++i) {
        const Json &s = (*it)[i];
        const QString where = FixtureReader::index(u"senders"_s, i);
        if (!s.is_object()) {
            r.problem(where, u"must be an object"_s);
            continue;
        }
        r.rejectUnknownKeys(s, where, {"name", "email", "phone"});
        Sender sender;
        sender.name = r.string(s, "name", where, false).value_or(QString());
        sender.email = r.string(s, "email", where, false).value_or(QString());
        sender.phone = r.string(s, "phone", where, false).value_or(QString());
        if (sender.email.isEmpty() && sender.phone.isEmpty())
            r.problem(where, u"needs an email or a phone"_s);
        if (!sender.email.isEmpty() && !isValidEmail(sender.email))
            r.problem(where + u".email"_s, u"is not a valid email address"_s);
        if (!sender.phone.isEmpty() && !isValidE164(sender.phone))
            r.problem(where + u".phone"_s, u"must be in E.164 format (+ and 8 to 15 digits)"_s);
        ws.senders << sender;
    }
}

void readIntegrations(FixtureReader &r, const Json &json, Workspace &ws)
{
    const auto it = json.find("integrations");
    if (it == json.end())
        return;
    if (!it->is_array())
        return r.problem(u"integrations"_s, u"must be an array"_s);
    for (size_t i = 0; i < it->size(); ++i) {
        const Json &j = (*it)[i];
        const QString where = FixtureReader::index(u"integrations"_s, i);
        if (!j.is_object()) {
            r.problem(where, u"must be an object"_s);
            continue;
        }
        r.rejectUnknownKeys(j, where, {"channel", "provider", "status", "config", "secrets"});
        Integration integration;
        const auto channelName = r.string(j, "channel", where, true);
        const auto channel = channelName ? channelFromName(*channelName) : std::nullopt;
        if (channelName && !channel)
            r.problem(where + u".channel"_s, u"unknown channel \"%1\""_s.arg(*channelName));
        if (channel)
            integration.channel = *channel;
        if (const auto provider = r.string(j, "provider", where, true)) {
            if (channel && !channelProviders(*channel).contains(*provider)) {
                r.problem(where + u".provider"_s, u"must be one of: %1"_s.arg(channelProviders(*channel).join(u", "_s)));
            }
            integration.provider = *provider;
        }
        if (const auto status = r.string(j, "status", where, false)) {
            if (*status != u"active"_s && *status != u"inactive"_s)
                r.problem(where + u".status"_s, u"must be \"active\" or \"inactive\""_s);
            integration.status = *status;
        }
        for (const char *key : {"config", "secrets"}) {
            const auto v = j.find(key);
            if (v == j.end())
                continue;
            if (!v->is_object())
                r.problem(where + u'.' + QLatin1StringView(key), u"must be an object"_s);
            else
                (std::strcmp(key, "config") == 0 ? integration.config : integration.secrets) = *v;
        }
        ws.integrations << integration;
    }
}

void readPartials(FixtureReader &r, const Json &json, Workspace &ws)
{
    const auto it = json.find("partials");
    if (it == json.end())
        return;
    if (!it->is_object())
        return r.problem(u"partials"_s, u"must be an object of name → template"_s);
    for (auto p = it->begin(); p != it->end(); ++p) {
        const QString where = u"partials."_s + toQt(p.key());
        if (!p->is_string()) {
            r.problem(where, u"must be a string"_s);
            continue;
        }
        const QString source = toQt(p->get<std::string>());
        r.checkTemplate(where, source);
        ws.partials.insert(toQt(p.key()), source);
    }
}

void readTemplate(FixtureReader &r, const Json &t, const QString &where, Event &event)
{
    if (!t.is_object())
        return r.problem(where, u"must be an object"_s);
    EventTemplate tmpl;
    const auto channelName = r.string(t, "channel", where, true);
    const auto channel = channelName ? channelFromName(*channelName) : std::nullopt;
    if (channelName && !channel)
        return r.problem(where + u".channel"_s, u"unknown channel \"%1\""_s.arg(*channelName));
    if (!channel)
        return;
    tmpl.channel = *channel;
    if (!event.channels.contains(*channel))
        r.problem(where + u".channel"_s, u"the event does not use the %1 channel"_s.arg(*channelName));
    tmpl.language = r.string(t, "language", where, false).value_or(event.defaultLanguage);
    if (tmpl.language.trimmed().isEmpty())
        r.problem(where + u".language"_s, u"must not be empty"_s);
    if (event.findTemplate(tmpl.channel, tmpl.language))
        r.problem(where, u"a second %1 template in \"%2\""_s.arg(*channelName, tmpl.language));
    const QStringList allowed = templateFields(*channel);
    for (auto f = t.begin(); f != t.end(); ++f) {
        const QString key = toQt(f.key());
        if (key == u"channel"_s || key == u"language"_s)
            continue;
        if (!allowed.contains(key)) {
            r.problem(where + u'.' + key, u"the fields of %1 templates are only: %2"_s.arg(*channelName, allowed.join(u", "_s)));
            continue;
        }
        if (!f->is_string()) {
            r.problem(where + u'.' + key, u"must be a string"_s);
            continue;
        }
        const QString source = toQt(f->get<std::string>());
        r.checkTemplate(where + u'.' + key, source);
        tmpl.fields.insert(key, source);
    }
    event.templates << tmpl;
}

void readEvents(FixtureReader &r, const Json &json, Workspace &ws)
{
    const auto it = json.find("events");
    if (it == json.end())
        return;
    if (!it->is_array())
        return r.problem(u"events"_s, u"must be an array"_s);
    QSet<QString> seen;
    for (size_t i = 0; i < it->size(); ++i) {
        const Json &e = (*it)[i];
        const QString where = FixtureReader::index(u"events"_s, i);
        if (!e.is_object()) {
            r.problem(where, u"must be an object"_s);
            continue;
        }
        r.rejectUnknownKeys(e, where, {"identifier", "name", "channels", "default_language", "templates"});
        Event event;
        if (const auto id = r.string(e, "identifier", where, true)) {
            if (!isValidEventIdentifier(*id))
                r.problem(where + u".identifier"_s, u"use 1 to 100 letters, digits, '.', '_' or '-'"_s);
            else if (seen.contains(*id))
                r.problem(where + u".identifier"_s, u"\"%1\" is used by another event"_s.arg(*id));
            seen.insert(*id);
            event.identifier = *id;
        }
        event.name = r.string(e, "name", where, false).value_or(event.identifier);
        event.defaultLanguage = r.string(e, "default_language", where, false).value_or(u"en"_s);
        if (event.defaultLanguage.trimmed().isEmpty())
            r.problem(where + u".default_language"_s, u"must not be empty"_s);
        const auto channels = e.find("channels");
        if (channels == e.end() || !channels->is_array()) {
            r.problem(where + u".channels"_s, u"must be an array of channels"_s);
        } else {
            for (size_t c = 0; c < channels->size(); ++c) {
                const Json &name = (*channels)[c];
                const auto channel = name.is_string() ? channelFromName(toQt(name.get<std::string>())) : std::nullopt;
                if (!channel)
                    r.problem(FixtureReader::index(where + u".channels"_s, c),
                              u"must be one of: %1"_s.arg(allChannelNames().join(u", "_s)));
                else if (!event.channels.contains(*channel))
                    event.channels << *channel;
            }
        }
        if (const auto templates = e.find("templates"); templates != e.end()) {
            if (!templates->is_array())
                r.problem(where + u".templates"_s, u"must be an array"_s);
            else
                for (size_t t = 0; t < templates->size(); ++t)
                    readTemplate(r, (*templates)[t], FixtureReader::index(where + u".templates"_s, t), event);
        }
        ws.events << event;
    }
}

void readContacts(FixtureReader &r, const Json &json, WorkspaceFixture &fixture)
{
    const auto it = json.find("contacts");
    if (it == json.end())
        return;
    if (!it->is_array())
        return r.problem(u"contacts"_s, u"must be an array"_s);
    for (size_t i = 0; i < it->size(); ++i) {
        if (!(*it)[i].is_object())
            r.problem(FixtureReader::index(u"contacts"_s, i), u"must be an object"_s);
        else
            fixture.contacts.push_back((*it)[i]);
    }
}

} // namespace

Result<WorkspaceFixture> parseWorkspaceFixture(const Json &json, const TemplateSyntaxCheck &check)
{
    if (!json.is_object())
        return Error::validation(u"The workspace fixture must be a JSON object"_s);
    FixtureReader r(check);
    WorkspaceFixture fixture;
    r.rejectUnknownKeys(json, QString(),
                        {"app", "plan", "senders", "integrations", "partials", "events", "contacts"});
    readApp(r, json, fixture.workspace);
    readPlan(r, json, fixture.workspace);
    readSenders(r, json, fixture.workspace);
    readIntegrations(r, json, fixture.workspace);
    readPartials(r, json, fixture.workspace);
    readEvents(r, json, fixture.workspace);
    readContacts(r, json, fixture);
    if (!r.problems.isEmpty()) {
        return Error::validation(u"The workspace fixture is invalid (%1 problem(s))"_s.arg(r.problems.size()),
                                 r.problems);
    }
    return fixture;
}

Json workspaceToJson(const Workspace &ws, SecretHandling secrets)
{
    Json out = Json::object();
    out["app"] = {{"name", toStd(ws.appName)}};
    Json addons = Json::array();
    for (const QString &a : ws.plan.addons)
        addons.push_back(toStd(a));
    out["plan"] = {{"contact_limit", ws.plan.contactLimit}, {"addons", addons}};
    Json senders = Json::array();
    for (const Sender &s : ws.senders) {
        Json j = {{"name", toStd(s.name)}};
        if (!s.email.isEmpty())
            j["email"] = toStd(s.email);
        if (!s.phone.isEmpty())
            j["phone"] = toStd(s.phone);
        senders.push_back(std::move(j));
    }
    out["senders"] = std::move(senders);
    Json integrations = Json::array();
    for (const Integration &i : ws.integrations) {
        Json j = {{"channel", toStd(channelName(i.channel))},
                  {"provider", toStd(i.provider)},
                  {"status", toStd(i.status)},
                  {"config", i.config}};
        if (secrets == SecretHandling::Include)
            j["secrets"] = i.secrets;
        integrations.push_back(std::move(j));
    }
    out["integrations"] = std::move(integrations);
    Json partials = Json::object();
    for (auto it = ws.partials.cbegin(); it != ws.partials.cend(); ++it)
        partials[toStd(it.key())] = toStd(it.value());
    out["partials"] = std::move(partials);
    Json events = Json::array();
    for (const Event &e : ws.events) {
        Json channels = Json::array();
        for (const Channel c : e.channels)
            channels.push_back(toStd(channelName(c)));
        Json templates = Json::array();
        for (const EventTemplate &t : e.templates) {
            Json j = {{"channel", toStd(channelName(t.channel))}, {"language", toStd(t.language)}};
            // Fields in the channel's documented order, not the map's alphabetical one.
            for (const QString &field : templateFields(t.channel)) {
                if (t.fields.contains(field))
                    j[toStd(field)] = toStd(t.fields.value(field));
            }
            templates.push_back(std::move(j));
        }
        events.push_back({{"identifier", toStd(e.identifier)},
                          {"name", toStd(e.name)},
                          {"channels", std::move(channels)},
                          {"default_language", toStd(e.defaultLanguage)},
                          {"templates", std::move(templates)}});
    }
    out["events"] = std::move(events);
    return out;
}

} // namespace sendivent
