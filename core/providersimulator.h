#pragma once

#include "channel.h"

#include <QtCore/QString>

#include <optional>

namespace sendivent {

// What the local emulation of a provider does with one message (DESIGN §7): it
// either refuses it on the spot, as Twilio refuses its magic test numbers, or accepts
// it with a message id in the provider's format and perhaps reports an outcome later,
// as SES reports deliveries, bounces and complaints.
struct ProviderVerdict
{
    QString messageId;     // empty when refused
    QString rejection;     // why it was refused; empty when accepted
    QString laterOutcome;  // delivered/bounced/complained/failed, or empty: stays "sent"
    QString laterDetail;

    bool accepted() const { return rejection.isEmpty(); }
};

// Amazon SES mailbox simulator addresses (success@, bounce@, complaint@, ooto@,
// suppressionlist@ at simulator.amazonses.com, with optional +labels) behave as SES
// does; other email is delivered. SMS to Twilio's magic numbers +15005550001/2/3/4/9
// is refused with Twilio's error; every other message is accepted and stays sent.
ProviderVerdict simulateProvider(Channel channel, const QString &provider, const QString &recipient);

// A message id shaped like the provider's own (SES "0100018f…-…-000000", a Slack
// ts, a Discord snowflake, …), so client code that parses them keeps working.
QString simulatedMessageId(const QString &provider);

} // namespace sendivent
