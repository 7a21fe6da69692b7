#include "release.h"

#include <QtCore/QRegularExpression>

namespace sendivent::mail {

using namespace Qt::StringLiterals;

namespace {

std::optional<QString> stringMember(const Json &body, const char *name, QList<FieldError> &problems)
{
    if (!body.contains(name) || body[name].is_null())
        return body.contains(name) ? std::optional<QString>(QString()) : std::nullopt;
    if (!body[name].is_string()) {
        problems.append({QString::fromLatin1(name), u"must be a string"_s});
        return std::nullopt;
    }
    return toQt(body[name].get<std::string>()).trimmed();
}

QString contentField(const Json &content, const char *field)
{
    if (!content.contains(field) || !content[field].is_string())
        return {};
    return toQt(content[field].get<std::string>());
}

} // namespace

bool isPlausibleAddress(const QString &address)
{
    static const QRegularExpression pattern(u"^[^@\\s<>,;\"]+@[^@\\s<>,;\"]+$"_s);
    return pattern.match(address).hasMatch();
}

Json ReleaseSettings::toJson() const
{
    Json smtp = nullptr;
    if (server.isConfigured()) {
        smtp = Json{{"host", toStd(server.host)},
                    {"port", server.effectivePort()},
                    {"security", toStd(securityName(server.security))},
                    {"username", server.username.isEmpty() ? Json(nullptr) : Json(toStd(server.username))},
                    {"password_set", !server.password.isEmpty()},
                    {"ca_file", server.caFile.isEmpty() ? Json(nullptr) : Json(toStd(server.caFile))}};
    }
    const QString fromText = from.isEmpty() ? QString()
                             : from.name.isEmpty() ? from.address
                                                   : u"%1 <%2>"_s.arg(from.name, from.address);
    return Json{{"configured", isConfigured()},
                {"smtp", smtp},
                {"from", fromText.isEmpty() ? Json(nullptr) : Json(toStd(fromText))},
                {"to", to.isEmpty() ? Json(nullptr) : Json(toStd(to))},
                {"release_all", releaseAll}};
}

Result<ReleaseSettings> ReleaseSettings::patched(const ReleaseSettings &current, const Json &body)
{
    if (!body.is_object())
        return Error::validation(u"The release settings are a JSON object"_s);
    ReleaseSettings next = current;
    QList<FieldError> problems;
    static const QStringList known{u"smtp"_s, u"from"_s, u"to"_s, u"release_all"_s};
    for (const auto &[key, value] : body.items()) {
        if (!known.contains(toQt(key)))
            problems.append({toQt(key), u"is not a release setting (smtp, from, to, release_all)"_s});
    }
    if (body.contains("smtp")) {
        const Json &smtp = body["smtp"];
        if (smtp.is_null()) {
            next.server = SmtpServer{}; // off again
        } else if (!smtp.is_object()) {
            problems.append({u"smtp"_s, u"must be an object or null"_s});
        } else {
            SmtpServer s = current.server;
            for (const auto &[key, value] : smtp.items()) {
                static const QStringList smtpKnown{u"host"_s, u"port"_s, u"security"_s, u"username"_s, u"ca_file"_s};
                if (key == "password")
                    problems.append({u"smtp.password"_s, u"is never sent over HTTP: set it in the console's "
                                                         u"Settings (the keychain) or SENDIVENT_SMTP_PASSWORD"_s});
                else if (!smtpKnown.contains(toQt(key)))
                    problems.append({u"smtp."_s + toQt(key), u"is not an SMTP setting"_s});
            }
            if (auto host = stringMember(smtp, "host", problems))
                s.host = *host;
            if (smtp.contains("port")) {
                if (smtp["port"].is_null())
                    s.port = 0;
                else if (!smtp["port"].is_number_integer() || smtp["port"].get<int>() < 1
                         || smtp["port"].get<int>() > 65535)
                    problems.append({u"smtp.port"_s, u"must be a port number (1–65535)"_s});
                else
                    s.port = smtp["port"].get<int>();
            }
            if (auto security = stringMember(smtp, "security", problems)) {
                if (const auto parsed = securityFromName(*security))
                    s.security = *parsed;
                else
                    problems.append({u"smtp.security"_s, u"must be none, starttls or tls"_s});
            }
            if (auto username = stringMember(smtp, "username", problems)) {
                if (*username != s.username)
                    s.password.clear(); // another account's password is not this one's
                s.username = *username;
            }
            if (auto ca = stringMember(smtp, "ca_file", problems))
                s.caFile = *ca;
            if (s.host.isEmpty())
                problems.append({u"smtp.host"_s, u"is required"_s});
            next.server = s;
        }
    }
    if (auto from = stringMember(body, "from", problems)) {
        next.from = Mailbox::parse(*from);
        if (!from->isEmpty() && !isPlausibleAddress(next.from.address))
            problems.append({u"from"_s, u"must be an email address, optionally with a name (Name <a@b>)"_s});
    }
    if (auto to = stringMember(body, "to", problems)) {
        next.to = *to;
        if (!to->isEmpty() && !isPlausibleAddress(*to))
            problems.append({u"to"_s, u"must be one email address"_s});
    }
    if (body.contains("release_all")) {
        if (!body["release_all"].is_boolean())
            problems.append({u"release_all"_s, u"must be true or false"_s});
        else
            next.releaseAll = body["release_all"].get<bool>();
    }
    if (problems.isEmpty() && next.releaseAll && (next.to.isEmpty() || !next.isConfigured()))
        problems.append({u"release_all"_s, u"needs an SMTP server and a recipient (to)"_s});
    if (!problems.isEmpty())
        return Error::validation(u"Invalid release settings: "_s + problems.first().field + u' '
                                     + problems.first().message,
                                 problems);
    return next;
}

EmailMessage sentMessage(const Delivery &delivery)
{
    const Json facts = sentFacts(delivery);
    const Json from = facts.value("from", Json::object());
    EmailMessage m;
    if (from.is_object()) {
        m.from.name = toQt(from.value("name", ""));
        m.from.address = toQt(from.value("email", ""));
    }
    m.to = {Mailbox{QString(), delivery.recipient}};
    m.subject = contentField(delivery.content, "subject");
    m.html = contentField(delivery.content, "html");
    m.text = contentField(delivery.content, "text");
    m.date = (delivery.sentAt.isValid() ? delivery.sentAt : delivery.createdAt).toUTC();
    // The delivery's own id, so the trace and every download name the message alike.
    const QString domain = m.from.address.section(u'@', 1);
    m.messageId = delivery.uuid + u'@' + (domain.isEmpty() ? u"sendivent.local"_s : domain);
    return m;
}

Result<EmailMessage> releasedMessage(const Delivery &delivery, const Mailbox &from, const QString &to)
{
    if (delivery.channel != Channel::Email)
        return Error{ErrorCode::Conflict,
                     u"Delivery '%1' is a %2 delivery; only email can be released to an inbox"_s.arg(
                         delivery.uuid, channelName(delivery.channel)),
                     {}};
    EmailMessage m = sentMessage(delivery);
    if (m.subject.isEmpty() && m.html.isEmpty() && m.text.isEmpty())
        return Error{ErrorCode::Conflict,
                     u"Delivery '%1' has no rendered content to release (it is %2)"_s.arg(delivery.uuid,
                                                                                          delivery.status),
                     {}};
    // A new message to another inbox: its own sender, recipient, date and Message-ID.
    m.from = from;
    m.to = {Mailbox{QString(), to}};
    m.date = {};
    m.messageId.clear();
    m.extraHeaders = {{"X-Sendivent-Delivery", delivery.uuid},
                      {"X-Sendivent-Event", delivery.eventName},
                      {"X-Sendivent-Original-Recipient", delivery.recipient}};
    return m;
}

EmailMessage testMessage(const Mailbox &from, const QString &to)
{
    EmailMessage m;
    m.from = from;
    m.to = {Mailbox{QString(), to}};
    m.subject = u"Sendivent Console: test message ✓"_s;
    m.text = u"This message checks the release settings of Sendivent Console.\n"
             u"If you can read it, released email reaches this inbox."_s;
    m.html = u"<p>This message checks the release settings of <b>Sendivent Console</b>.</p>"
             u"<p>If you can read it, released email reaches this inbox.</p>"_s;
    return m;
}

} // namespace sendivent::mail
