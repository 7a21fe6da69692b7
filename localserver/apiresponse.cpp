#include "apiresponse.h"

#include "apirequest.h"

namespace sendivent::server {

using namespace Qt::StringLiterals;

QString methodName(Method method)
{
    switch (method) {
    case Method::Get: return u"GET"_s;
    case Method::Head: return u"HEAD"_s;
    case Method::Post: return u"POST"_s;
    case Method::Put: return u"PUT"_s;
    case Method::Patch: return u"PATCH"_s;
    case Method::Delete: return u"DELETE"_s;
    case Method::Options: return u"OPTIONS"_s;
    case Method::Other: break;
    }
    return u"OTHER"_s;
}

QByteArray ApiRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

int httpStatus(ErrorCode code)
{
    switch (code) {
    case ErrorCode::ValidationError:
    case ErrorCode::MissingIdentifier:
    case ErrorCode::IntegrationMissing:
    case ErrorCode::UnverifiedSender:
    case ErrorCode::InvalidEmail:
    case ErrorCode::InvalidPhone:
        return 400;
    case ErrorCode::Unauthorized: return 401;
    case ErrorCode::QuotaExceeded: return 402;
    case ErrorCode::Forbidden:
    case ErrorCode::AddonNotEnabled:
        return 403;
    case ErrorCode::NotFound:
    case ErrorCode::EventNotFound:
    case ErrorCode::ContactNotFound:
    case ErrorCode::DeliveryNotFound:
    case ErrorCode::WebhookNotFound:
        return 404;
    case ErrorCode::MethodNotAllowed: return 405;
    case ErrorCode::Conflict:
    case ErrorCode::IdempotencyInProgress:
        return 409;
    case ErrorCode::PayloadTooLarge: return 413;
    case ErrorCode::UnsupportedMediaType: return 415;
    case ErrorCode::IdempotencyKeyReused: return 422;
    case ErrorCode::RateLimited: return 429;
    case ErrorCode::ServerError: return 500;
    case ErrorCode::ProviderError: return 502;
    }
    return 500;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    }
    return "Status";
}

ApiResponse ApiResponse::json(int status, const Json &body)
{
    ApiResponse r;
    r.status = status;
    r.body = dumpJson(body);
    return r;
}

ApiResponse ApiResponse::data(const Json &data, int status)
{
    return json(status, Json{{"success", true}, {"data", data}});
}

ApiResponse ApiResponse::error(const Error &error)
{
    Json body = {{"success", false}, {"error", toStd(error.message)}, {"code", toStd(errorCodeName(error.code))}};
    if (!error.details.isEmpty()) {
        Json details = Json::array();
        for (const FieldError &d : error.details)
            details.push_back({{"field", toStd(d.field)}, {"message", toStd(d.message)}});
        body["details"] = std::move(details);
    }
    return json(httpStatus(error.code), body);
}

} // namespace sendivent::server
