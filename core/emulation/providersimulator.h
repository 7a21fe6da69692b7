#pragma once

#include "base/channel.h"

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
// does; other email sent through SES is delivered. Only SES reports deliveries ("email
// only via SES"): other email providers and other channels stay sent unless the
// simulator bounces or complains. SMS to Twilio's magic numbers +15005550001/2/3/4/9
// is refused, worded as the configured SMS provider words it.
ProviderVerdict simulateProvider(Channel channel, const QString &provider, const QString &recipient);

// Whether `provider` ever reports `outcome` (delivered, failed, bounced, complained) on
// `channel`: deliveries only SES, bounces and complaints only email providers. A
// simulation may record any outcome anyway; the GUI says when it would not happen.
bool providerReports(Channel channel, const QString &provider, const QString &outcome);

// "Amazon SES", "SendGrid", … for a provider slug; the slug itself when unknown.
QString providerDisplayName(const QString &provider);

// A message id shaped like the provider's own (SES "0100018f…-…-000000", a Slack
// ts, a Discord snowflake, …), so client code that parses them keeps working.
QString simulatedMessageId(const QString &provider);

} // namespace sendivent
