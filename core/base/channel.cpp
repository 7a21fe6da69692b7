#include "channel.h"

namespace sendivent {

using namespace Qt::StringLiterals;

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Email: return u"email"_s;
    case Channel::Sms: return u"sms"_s;
    case Channel::Slack: return u"slack"_s;
    case Channel::Push: return u"push"_s;
    case Channel::Telegram: return u"telegram"_s;
    case Channel::Whatsapp: return u"whatsapp"_s;
    case Channel::Discord: return u"discord"_s;
    }
    return {};
}

std::optional<Channel> channelFromName(QStringView name)
{
    for (const Channel c : kAllChannels) {
        if (name == channelName(c))
            return c;
    }
    return std::nullopt;
}

QStringList allChannelNames()
{
    QStringList names;
    for (const Channel c : kAllChannels)
        names << channelName(c);
    return names;
}

QStringList templateFields(Channel channel)
{
    switch (channel) {
    case Channel::Email: return {u"subject"_s, u"html"_s, u"text"_s};
    case Channel::Push: return {u"title"_s, u"body"_s};
    default: return {u"text"_s};
    }
}

QStringList channelProviders(Channel channel)
{
    switch (channel) {
    case Channel::Email: return {u"ses"_s, u"sendgrid"_s, u"brevo"_s};
    case Channel::Sms: return {u"sns"_s, u"cellsynt"_s};
    case Channel::Slack: return {u"slack"_s};
    case Channel::Push: return {u"expo"_s, u"fcm"_s, u"apns"_s};
    case Channel::Telegram: return {u"telegram"_s};
    case Channel::Whatsapp: return {u"whatsapp"_s};
    case Channel::Discord: return {u"discord"_s};
    }
    return {};
}

} // namespace sendivent
