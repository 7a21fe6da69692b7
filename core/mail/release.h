#pragma once

#include "base/json.h"
#include "base/result.h"
#include "deliveries/delivery.h"
#include "emailmessage.h"
#include "smtprelay.h"

namespace sendivent::mail {

// Where captured email is released to (issue 23): the SMTP server, the From to send
// as, the recipient that replaces the captured one ("my inbox"), and the rule that
// releases every new sandbox email on its own. Off until a server is configured.
struct ReleaseSettings
{
    SmtpServer server;
    Mailbox from;       // empty: the workspace's first verified email sender
    QString to;         // the default recipient of a release; empty: each release names one
    bool releaseAll = false; // release every new sandbox email delivery to `to`

    bool isConfigured() const { return server.isConfigured(); }
    // GET /_local/release's object: everything but the password (only whether one is set).
    Json toJson() const;
    // Applies PUT /_local/release's body: members present replace, absent ones stay.
    // Refuses a password (it comes from the keychain or SENDIVENT_SMTP_PASSWORD) and
    // a rule without anyone to release to.
    static Result<ReleaseSettings> patched(const ReleaseSettings &current, const Json &body);
};

// An email delivery as it was sent (issue 17): From the sender it was sent as (none
// for deliveries stored before that was kept), To its recipient, its rendered
// subject, HTML and text, Date its send time (else its creation), Message-ID
// <uuid@the sender's domain>. What the trace's headers show and "Download .eml…"
// writes (through buildMessage()), and what a release starts from.
EmailMessage sentMessage(const Delivery &delivery);

// A captured email delivery as the message a real inbox gets, built on sentMessage(): its rendered subject,
// HTML and text, From `from`, To `to`, and headers naming where it came from
// (X-Sendivent-Delivery, X-Sendivent-Original-Recipient). Errors when the delivery is
// no email or has no rendered content.
Result<EmailMessage> releasedMessage(const Delivery &delivery, const Mailbox &from, const QString &to);

// A message to check the settings with ("Send a test message").
EmailMessage testMessage(const Mailbox &from, const QString &to);

// An email address as released mail accepts it (one "@", no spaces or angle brackets).
bool isPlausibleAddress(const QString &address);

} // namespace sendivent::mail
