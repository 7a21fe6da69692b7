#pragma once

#include "base/channel.h"
#include "base/json.h"

#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>

namespace sendivent {

// The plan of the local workspace: contact quota and channel addons.
struct Plan
{
    int contactLimit = 10000;
    QStringList addons; // "sms", "whatsapp"
    bool hasAddon(const QString &addon) const { return addons.contains(addon); }
    friend bool operator==(const Plan &, const Plan &) = default;
};

// A verified sender: an email address or a phone number the app may send from.
struct Sender
{
    QString name;
    QString email;
    QString phone;
    friend bool operator==(const Sender &, const Sender &) = default;
};

// A channel integration. `secrets` never leaves the process through the API.
struct Integration
{
    Channel channel = Channel::Email;
    QString provider;
    QString status = QStringLiteral("active"); // "active" or "inactive"
    Json config = Json::object();
    Json secrets = Json::object();
    bool isActive() const { return status == QLatin1String("active"); }
    friend bool operator==(const Integration &, const Integration &) = default;
};

// One channel's template in one language: field name ("subject", "html", …) → source.
struct EventTemplate
{
    Channel channel = Channel::Email;
    QString language;
    QMap<QString, QString> fields;
    friend bool operator==(const EventTemplate &, const EventTemplate &) = default;
};

struct Event
{
    QString identifier; // "order.confirmed"
    QString name;
    QList<Channel> channels;
    QString defaultLanguage = QStringLiteral("en");
    QList<EventTemplate> templates;

    QStringList languages() const;
    const EventTemplate *findTemplate(Channel channel, const QString &language) const;
    friend bool operator==(const Event &, const Event &) = default;
};

// Everything of the local emulation but contacts and traffic (DESIGN §7, §11).
struct Workspace
{
    QString appName = QStringLiteral("My App");
    Plan plan;
    QList<Sender> senders;
    QList<Integration> integrations;
    QMap<QString, QString> partials;
    QList<Event> events;

    const Event *findEvent(const QString &identifier) const;
    // The sender a message on `channel` goes out from when a send names none: the
    // first sender with a phone (SMS, WhatsApp) or an email (other channels), else
    // the first sender; an empty one when there are none.
    Sender defaultSender(Channel channel) const;
    friend bool operator==(const Workspace &, const Workspace &) = default;
};

} // namespace sendivent
