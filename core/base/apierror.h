#pragma once

#include <QtCore/QList>
#include <QtCore/QString>

namespace sendivent {

// The API's error codes (reference "Error Handling" plus DESIGN §4's additions).
// The HTTP status of each is decided in one place, in the local server.
enum class ErrorCode {
    ValidationError,
    Unauthorized,
    QuotaExceeded,
    Forbidden,
    NotFound,
    Conflict,
    RateLimited,
    ServerError,
    ProviderError,
    MissingIdentifier,
    IntegrationMissing,
    AddonNotEnabled,
    UnverifiedSender,
    InvalidEmail,
    InvalidPhone,
    EventNotFound,
    ContactNotFound,
    DeliveryNotFound,
    WebhookNotFound,
    PayloadTooLarge,
    UnsupportedMediaType,
    MethodNotAllowed,
    IdempotencyKeyReused,
    IdempotencyInProgress,
};

// The code as the API spells it ("VALIDATION_ERROR"). UnsupportedMediaType is
// spelled VALIDATION_ERROR, as DESIGN §4 asks; ContactNotFound, DeliveryNotFound and
// WebhookNotFound are all spelled NOT_FOUND, as the reference's table has it.
QString errorCodeName(ErrorCode code);
// The reverse, for error bodies read from a remote API (NOT_FOUND reads as NotFound);
// unknown names map to ServerError.
ErrorCode errorCodeFromName(QStringView name);

struct FieldError
{
    QString field;
    QString message;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

struct Error
{
    ErrorCode code = ErrorCode::ServerError;
    QString message;
    QList<FieldError> details;

    static Error validation(QString message, QList<FieldError> details = {})
    {
        return {ErrorCode::ValidationError, std::move(message), std::move(details)};
    }
};

} // namespace sendivent
