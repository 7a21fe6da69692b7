#include "templatedraft.h"

#include <send/fieldrenderer.h>

namespace sendivent::app {

void TemplateDraft::open(const QString &identifier, const Event *stored)
{
    if (isDirty() && m_stored.identifier != identifier)
        m_stash.insert(m_stored.identifier, m_draft);
    m_hasEvent = stored != nullptr;
    if (!stored)
        return;
    m_stored = *stored;
    m_draft = m_stash.take(identifier);
    if (m_draft.identifier != identifier)
        m_draft = m_stored;
}

void TemplateDraft::setField(Channel channel, const QString &language, const QString &field, const QString &text)
{
    const auto matches = [&](const EventTemplate &t) { return t.channel == channel && t.language == language; };
    auto t = std::find_if(m_draft.templates.begin(), m_draft.templates.end(), matches);
    if (t == m_draft.templates.end()) {
        m_draft.templates << EventTemplate {channel, language, {}};
        t = std::prev(m_draft.templates.end());
    }
    t->fields.insert(field, text);
    bool empty = true;
    for (const QString &value : std::as_const(t->fields))
        empty = empty && value.isEmpty();
    if (empty && !m_stored.findTemplate(channel, language))
        m_draft.templates.removeIf(matches);
}

void TemplateDraft::revert()
{
    m_draft = m_stored;
}

void TemplateDraft::markSaved()
{
    m_stored = m_draft;
}

const EventTemplate *TemplateDraft::templateFor(Channel channel, const QString &language, bool *fallback) const
{
    const EventTemplate *t = m_draft.findTemplate(channel, language);
    if (fallback)
        *fallback = !t;
    return t ? t : m_draft.findTemplate(channel, m_draft.defaultLanguage);
}

std::optional<TemplateDraft::SyntaxError> TemplateDraft::firstSyntaxError() const
{
    for (const EventTemplate &t : m_draft.templates) {
        for (auto it = t.fields.cbegin(); it != t.fields.cend(); ++it) {
            if (auto problem = syntaxProblem(it.key(), it.value()))
                return SyntaxError {t.channel, t.language, std::move(*problem)};
        }
    }
    return std::nullopt;
}

std::optional<Workspace> TemplateDraft::appliedTo(const Workspace &workspace, qsizetype *index) const
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < workspace.events.size(); ++i) {
        if (workspace.events[i].identifier == m_stored.identifier)
            at = i;
    }
    if (index)
        *index = at;
    if (at < 0)
        return std::nullopt;
    Workspace next = workspace;
    next.events[at] = m_draft;
    return next;
}

} // namespace sendivent::app
