#include "eventedits.h"

#include <QtCore/QRegularExpression>

namespace sendivent::app {

using namespace Qt::StringLiterals;

EventTemplate starterTemplate(Channel channel, const QString &language)
{
    EventTemplate t {channel, language, {}};
    switch (channel) {
    case Channel::Email:
        t.fields.insert(u"subject"_s, u"A message from {{app.name}}"_s);
        t.fields.insert(u"html"_s, u"<p>Hi {{contact.name | there}},</p>\n<p></p>\n<p>— {{app.name}}</p>"_s);
        t.fields.insert(u"text"_s, u"Hi {{contact.name | there}},\n\n— {{app.name}}"_s);
        break;
    case Channel::Push:
        t.fields.insert(u"title"_s, u"{{app.name}}"_s);
        t.fields.insert(u"body"_s, u"Hi {{contact.name | there}}"_s);
        break;
    default:
        t.fields.insert(u"text"_s, u"Hi {{contact.name | there}}, a message from {{app.name}}."_s);
        break;
    }
    return t;
}

Event newEvent(const Workspace &workspace, const QString &name)
{
    Event e;
    e.identifier = u"new.event"_s;
    for (int n = 2; workspace.findEvent(e.identifier); ++n)
        e.identifier = u"new.event-%1"_s.arg(n);
    e.name = name;
    e.channels = {Channel::Email};
    e.defaultLanguage = u"en"_s;
    e.templates = {starterTemplate(Channel::Email, e.defaultLanguage)};
    return e;
}

void setEventChannels(Event &event, const QList<Channel> &channels)
{
    const QStringList languages = event.languages();
    event.templates.removeIf([&](const EventTemplate &t) { return !channels.contains(t.channel); });
    for (const Channel c : channels) {
        if (event.channels.contains(c))
            continue;
        for (const QString &language : languages)
            event.templates << starterTemplate(c, language);
    }
    // Keep the order channels are listed in everywhere else (kAllChannels).
    QList<Channel> ordered;
    for (const Channel c : kAllChannels) {
        if (channels.contains(c))
            ordered << c;
    }
    event.channels = ordered;
}

void addEventLanguage(Event &event, const QString &language)
{
    if (event.languages().contains(language))
        return;
    for (const Channel c : std::as_const(event.channels)) {
        const EventTemplate *original = event.findTemplate(c, event.defaultLanguage);
        EventTemplate copy = original ? *original : starterTemplate(c, language);
        copy.language = language;
        event.templates << copy;
    }
}

bool removeEventLanguage(Event &event, const QString &language)
{
    if (language == event.defaultLanguage)
        return false;
    event.templates.removeIf([&](const EventTemplate &t) { return t.language == language; });
    return true;
}

bool isLanguageTag(const QString &language)
{
    static const QRegularExpression tag(u"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"_s);
    return tag.match(language).hasMatch();
}

qsizetype eventIndex(const Workspace &workspace, const QString &identifier)
{
    for (qsizetype i = 0; i < workspace.events.size(); ++i) {
        if (workspace.events[i].identifier == identifier)
            return i;
    }
    return -1;
}

bool replaceEvent(Workspace &workspace, const QString &identifier, const Event &event)
{
    const qsizetype index = eventIndex(workspace, identifier);
    if (index < 0)
        return false;
    workspace.events[index] = event;
    return true;
}

bool removeEvent(Workspace &workspace, const QString &identifier)
{
    const qsizetype index = eventIndex(workspace, identifier);
    if (index < 0)
        return false;
    workspace.events.removeAt(index);
    return true;
}

} // namespace sendivent::app
