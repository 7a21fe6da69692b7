#pragma once

#include <send/fieldproblem.h>
#include <workspace/workspace.h>

#include <QtCore/QHash>
#include <QtCore/QStringList>

#include <optional>

namespace sendivent::app {

// The template studio's unsaved state, without a widget: the event shown as stored
// and as edited, the drafts of the events not shown (the stash), and which template
// a language previews (one without the channel's template falls back to the
// default language, as a send does). The page is its view.
class TemplateDraft final
{
public:
    // Shows the event `identifier`, `stored` as the workspace has it (null: it has no
    // such event). The draft on screen is stashed first when it has unsaved changes
    // and is another event; a stashed draft of `identifier` comes back.
    void open(const QString &identifier, const Event *stored);
    // The workspace has no event to show: nothing is (an unsaved draft of the event
    // shown is dropped with it, not stashed).
    void close() { m_hasEvent = false; }
    bool hasEvent() const { return m_hasEvent; }
    // The event last opened (still the one before, after opening an event the
    // workspace lacks).
    const QString &identifier() const { return m_stored.identifier; }
    const Event &stored() const { return m_stored; }
    const Event &draft() const { return m_draft; }

    // The event shown differs from its stored form.
    bool isDirty() const { return m_hasEvent && m_draft != m_stored; }
    // It does, or the draft of another event waits in the stash.
    bool hasUnsavedChanges() const { return isDirty() || !m_stash.isEmpty(); }
    // The events whose drafts wait in the stash.
    QStringList stashedEvents() const { return m_stash.keys(); }
    // A draft of `identifier` being edited stays as it is when the workspace changes.
    bool isEditing(const QString &identifier) const { return isDirty() && m_stored.identifier == identifier; }

    // One field typed: creates the channel's template in `language` if needed; one
    // typed into being and emptied again is no template at all.
    void setField(Channel channel, const QString &language, const QString &field, const QString &text);
    // Back to the stored form (the stash keeps the other events' drafts).
    void revert();
    // The draft was stored as it is.
    void markSaved();

    // The template a send in `language` renders for `channel`: its own, else the
    // default language's (then *fallback is true); null when neither exists.
    const EventTemplate *templateFor(Channel channel, const QString &language, bool *fallback = nullptr) const;

    // The first field of the draft that does not compile, in template order (a syntax
    // error blocks saving).
    struct SyntaxError
    {
        Channel channel = Channel::Email;
        QString language;
        FieldProblem problem;
    };
    std::optional<SyntaxError> firstSyntaxError() const;

    // `workspace` with the draft in its event's place; nullopt when the workspace no
    // longer has the event. *index (if given) is the event's index.
    std::optional<Workspace> appliedTo(const Workspace &workspace, qsizetype *index = nullptr) const;

private:
    Event m_stored;
    Event m_draft;
    bool m_hasEvent = false;
    QHash<QString, Event> m_stash;
};

} // namespace sendivent::app
