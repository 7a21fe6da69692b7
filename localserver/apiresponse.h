#pragma once

#include <apierror.h>
#include <json.h>

#include <QtCore/QByteArray>
#include <QtCore/QList>

namespace sendivent::server {

// An answer before it is written: status, extra headers and the body bytes.
struct ApiResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = "application/json";

    static ApiResponse json(int status, const Json &body);
    // {"success":true,"data":{…}} — the reference's shape for reads.
    static ApiResponse data(const Json &data, int status = 200);
    // The error envelope of DESIGN §4; the only place an ErrorCode becomes a status.
    static ApiResponse error(const Error &error);
    static ApiResponse error(ErrorCode code, const QString &message) { return error(Error{code, message, {}}); }
};

int httpStatus(ErrorCode code);
QByteArray reasonPhrase(int status);

} // namespace sendivent::server
