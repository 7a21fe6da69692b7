#include "messagerenderer.h"

#include "contacts/contactservice.h"
#include "fieldrenderer.h"

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
    RenderedFields fields = renderFields(tmpl.channel, tmpl.fields, context, partials(workspace, revision),
                                         OnFieldProblem::Stop, &m_cache, quint64(revision), overrides);
    // Built from the parts, so no empty object is made only to be replaced.
    return Rendered {std::move(fields.content),
                     fields.problems.isEmpty() ? QString() : fields.problems.constFirst().toString()};
}

} // namespace sendivent
