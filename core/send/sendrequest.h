#pragma once

#include "base/result.h"
#include "contacts/contactservice.h"
#include "deliveries/delivery.h"

#include <QtCore/QMap>

#include <optional>

namespace sendivent {

// One entry of `to`, read but not yet resolved to a contact.
struct SendRecipient
{
    QString label;                        // how the request named it, for `errors[].recipient`
    std::optional<QString> identifier;    // a string: email, phone, UUID or external id
    std::optional<ContactInput> contact;  // an object, to upsert
    std::optional<Error> problem;         // INVALID_EMAIL / INVALID_PHONE found while reading
};

// A POST /v1/send/{event}[/{channel}] request, validated (reference "Send
// Notification", DESIGN §5).
struct SendRequest
{
    QString event;
    std::optional<Channel> channel; // forced by the path
    QList<SendRecipient> recipients;
    Json payload = Json::object();
    QString language;
    QString from;
    QMap<Channel, QMap<QString, QString>> overrides; // channel → field → text
    Environment environment = Environment::Sandbox;
    QString requestId; // X-Request-Id of the API request, told in webhook payloads
};

inline constexpr int kMaxRecipientsPerSend = 1000;

// Reads a send body. Problems with its shape (missing or mistyped `to`/`payload`,
// an empty or oversized `to` array, a mistyped contact field, an unknown channel in
// the path or in `overrides`) are one VALIDATION_ERROR listing every problem in
// `details`. A malformed email or phone of one recipient is not: it becomes that
// recipient's entry in the answer's `errors`.
Result<SendRequest> parseSendRequest(const QString &event, const QString &forcedChannel, const Json &body);

} // namespace sendivent
