#pragma once

#include <base/channel.h>

#include <QtCore/QString>

namespace sendivent::app {

// A chat message's text as the chat app would show it, as rich text for a preview:
// Slack's mrkdwn (*bold*, _italic_, ~strike~, `code`, <url|label>, :emoji:),
// Discord's Markdown (**bold**, *italic*, __underline__, ~~strike~~), WhatsApp's
// (*bold*, _italic_, ~strike~, ```mono```); Telegram and SMS as plain text (a bot
// message without parse_mode). The text is escaped first: a template's output is
// never taken as HTML here.
QString chatMessageHtml(Channel channel, const QString &text);

} // namespace sendivent::app
