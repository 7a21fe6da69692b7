#pragma once

#include "base/result.h"

#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <functional>

namespace sendivent::mail {

// How the connection to the SMTP server is protected.
enum class SmtpSecurity {
    None,     // plain SMTP (a local sink such as Mailpit or MailDev)
    StartTls, // plain connect, then STARTTLS — required, never silently skipped
    Tls,      // implicit TLS from the first byte (SMTPS, usually port 465)
};
QString securityName(SmtpSecurity security); // none, starttls, tls
std::optional<SmtpSecurity> securityFromName(QStringView name);

// Where released mail goes. The password is only ever held in memory (it comes from
// the keychain or SENDIVENT_SMTP_PASSWORD) and appears in no message or log.
struct SmtpServer
{
    QString host;
    int port = 0; // 0: the security's usual port (25, 587, 465)
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString username; // empty: no authentication
    QString password;
    QString caFile; // extra CA certificates to trust (a self-signed server); empty: the system's
    int timeoutMs = 30'000;

    bool isConfigured() const { return !host.isEmpty(); }
    int effectivePort() const;
    // "smtp://host:port" or "smtps://…", never with credentials (for logs and traces).
    QString displayUrl() const;
    // Reads "smtp://[user@]host[:port]", "smtps://…" (implicit TLS) or
    // "smtp+starttls://…"; plain smtp:// is STARTTLS unless ?security=none says otherwise.
    static Result<SmtpServer> fromUrl(const QUrl &url);
};

// Hands one message to an SMTP server through libcurl: MAIL FROM `envelopeFrom`, RCPT
// TO each of `recipients`, DATA `message` (RFC 5322, CRLF). Blocks until the server
// answered or the time-out; call it off the GUI and server threads (sendAsync does).
// Errors name what went wrong in words a user can act on, never the password.
Status send(const SmtpServer &server, const QString &envelopeFrom, const QStringList &recipients,
            const QByteArray &message);
// send() on a thread of the global pool; `done` is called there with its answer.
void sendAsync(const SmtpServer &server, const QString &envelopeFrom, const QStringList &recipients,
               const QByteArray &message, std::function<void(Status)> done);

} // namespace sendivent::mail
