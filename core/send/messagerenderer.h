#pragma once

#include "base/json.h"
#include "contacts/contact.h"
#include "workspace/workspace.h"

#include "template/handlebars.h"

#include <QtCore/QMap>

namespace sendivent {

// Renders an event's template for one recipient as a send does (DESIGN §6): the
// context holds contact, payload, app and sender; only email html is HTML-escaped.
// Compiled templates and partials are kept per workspace revision, so a send
// compiles nothing once the workspace is warm.
class MessageRenderer final
{
public:
    MessageRenderer() = default;
    MessageRenderer(const MessageRenderer &) = delete;
    MessageRenderer &operator=(const MessageRenderer &) = delete;

    // {"contact": {…, "meta": {…}}, "payload": …, "app": {"name"}, "sender": {"name","email","phone"}}
    static Json context(const Workspace &workspace, const Contact &contact, const Json &payload, const Sender &sender);
    // The same, with the contact already in its JSON form (ContactService::toJson).
    static Json context(const Workspace &workspace, const Json &contact, const Json &payload, const Sender &sender);

    struct Rendered
    {
        Json content = Json::object(); // field → text, in the channel's field order
        QString error;                 // the first field that failed, and why; empty on success
        bool ok() const { return error.isEmpty(); }
    };
    // Renders every field of `tmpl`; a field named in `overrides` is taken as given
    // (and not rendered at all).
    Rendered render(const Workspace &workspace, qint64 revision, const EventTemplate &tmpl, const Json &context,
                    const QMap<QString, QString> &overrides = {});

private:
    const hbs::Partials &partials(const Workspace &workspace, qint64 revision);

    hbs::TemplateCache m_cache{1024};
    hbs::Partials m_partials;
    qint64 m_partialsRevision = -1;
};

} // namespace sendivent
