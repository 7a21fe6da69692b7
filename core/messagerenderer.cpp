#include "messagerenderer.h"

#include "contactservice.h"

namespace sendivent {

using namespace Qt::StringLiterals;

Json MessageRenderer::context(const Workspace &workspace, const Contact &contact, const Json &payload,
                              const Sender &sender)
{
    return context(workspace, ContactService::toJson(contact), payload, sender);
}

Json MessageRenderer::context(const Workspace &workspace, const Json &contact, const Json &payload,
                              const Sender &sender)
{
    const auto orNull = [](const QString &s) { return s.isEmpty() ? Json(nullptr) : Json(toStd(s)); };
    // Member by member: a braced list would copy the contact and the payload twice,
    // and this runs for every recipient of every send.
    Json context = Json::object();
    context["contact"] = contact;
    context["payload"] = payload.is_object() ? payload : Json::object();
    Json &app = context["app"] = Json::object();
    app["name"] = toStd(workspace.appName);
    Json &from = context["sender"] = Json::object();
    from["name"] = orNull(sender.name);
    from["email"] = orNull(sender.email);
    from["phone"] = orNull(sender.phone);
    return context;
}

const hbs::Partials &MessageRenderer::partials(const Workspace &workspace, qint64 revision)
{
    if (revision != m_partialsRevision) {
        // A fresh object, so partials compiled for an older revision are never reused.
        hbs::Partials fresh;
        for (auto it = workspace.partials.cbegin(); it != workspace.partials.cend(); ++it)
            fresh.insert(toStd(it.key()), toStd(it.value()));
        m_partials = std::move(fresh);
        m_partialsRevision = revision;
    }
    return m_partials;
}

MessageRenderer::Rendered MessageRenderer::render(const Workspace &workspace, qint64 revision,
                                                  const EventTemplate &tmpl, const Json &context,
                                                  const QMap<QString, QString> &overrides)
{
    Rendered out;
    const hbs::Partials &named = partials(workspace, revision);
    QStringList fields = templateFields(tmpl.channel);
    for (const QString &field : fields) {
        if (overrides.contains(field)) {
            out.content[toStd(field)] = toStd(overrides.value(field));
            continue;
        }
        const auto source = tmpl.fields.constFind(field);
        if (source == tmpl.fields.cend())
            continue;
        const std::string text = source->toStdString();
        const hbs::Compiled compiled = m_cache.get(quint64(revision), text);
        if (!compiled) {
            out.error = u"%1: %2"_s.arg(field, QString::fromStdString(compiled.error().toString()));
            return out;
        }
        // DESIGN §6: HTML escaping for HTML bodies only.
        const auto escaping = field == u"html"_s ? hbs::Escaping::Html : hbs::Escaping::None;
        const hbs::RenderResult rendered = compiled.value().render(context, named, escaping);
        if (!rendered) {
            out.error = u"%1: %2"_s.arg(field, QString::fromStdString(rendered.error()));
            return out;
        }
        out.content[toStd(field)] = rendered.value();
    }
    return out;
}

} // namespace sendivent
