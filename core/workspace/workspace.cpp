#include "workspace.h"

namespace sendivent {

QStringList Event::languages() const
{
    QStringList out{defaultLanguage};
    for (const EventTemplate &t : templates) {
        if (!out.contains(t.language))
            out << t.language;
    }
    return out;
}

const EventTemplate *Event::findTemplate(Channel channel, const QString &language) const
{
    for (const EventTemplate &t : templates) {
        if (t.channel == channel && t.language == language)
            return &t;
    }
    return nullptr;
}

const Event *Workspace::findEvent(const QString &identifier) const
{
    for (const Event &e : events) {
        if (e.identifier == identifier)
            return &e;
    }
    return nullptr;
}

Sender Workspace::defaultSender(Channel channel) const
{
    const bool phone = channel == Channel::Sms || channel == Channel::Whatsapp;
    for (const Sender &s : senders) {
        if (phone ? !s.phone.isEmpty() : !s.email.isEmpty())
            return s;
    }
    return senders.value(0);
}

} // namespace sendivent
