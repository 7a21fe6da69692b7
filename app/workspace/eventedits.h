#pragma once

#include <workspace/workspace.h>

namespace sendivent::app {

// The edits the Events page makes to an event, as plain functions on values, so the
// rules (what happens to templates when channels or languages change) are testable
// without a window. WorkspaceService::replace() then checks the result as the API would.

// Something to start from: a greeting with the contact's name and the app's.
EventTemplate starterTemplate(Channel channel, const QString &language);

// A new event with an identifier nobody uses yet ("new.event", "new.event-2", …),
// an email channel and its starter template.
Event newEvent(const Workspace &workspace, const QString &name);

// Templates of dropped channels go with them; an added channel gets a starter
// template in every language of the event.
void setEventChannels(Event &event, const QList<Channel> &channels);

// A new language starts as a copy of the default language's templates (a translation
// starts from the original); channels without one get a starter.
void addEventLanguage(Event &event, const QString &language);
// Drops the language's templates. The default language stays: false.
bool removeEventLanguage(Event &event, const QString &language);

// "en", "sv", "pt-BR", "zh-Hant": what the language field accepts.
bool isLanguageTag(const QString &language);

// Replaces the event called `identifier` (renamed or not) in place; false when
// there is none.
bool replaceEvent(Workspace &workspace, const QString &identifier, const Event &event);
bool removeEvent(Workspace &workspace, const QString &identifier);
qsizetype eventIndex(const Workspace &workspace, const QString &identifier);

} // namespace sendivent::app
