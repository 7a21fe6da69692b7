#pragma once

#include <QtCore/QStringList>

#include <array>
#include <optional>

namespace sendivent {

enum class Channel { Email, Sms, Slack, Push, Telegram, Whatsapp, Discord };

inline constexpr std::array kAllChannels{Channel::Email, Channel::Sms,      Channel::Slack,
                                         Channel::Push,  Channel::Telegram, Channel::Whatsapp,
                                         Channel::Discord};

// "email", "sms", … as in the API's paths and bodies.
QString channelName(Channel channel);
std::optional<Channel> channelFromName(QStringView name);
QStringList allChannelNames();

// The template fields a channel's template has: email subject/html/text, push
// title/body, every other channel text (DESIGN §11).
QStringList templateFields(Channel channel);

// The providers the reference lists for a channel ("ses", "sendgrid", "brevo", …).
QStringList channelProviders(Channel channel);

} // namespace sendivent
