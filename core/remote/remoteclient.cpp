#include "remoteclient.h"

#include "base/json.h"
#include "outgoingheaders.h"

#include <QtCore/QDateTime>
#include <QtCore/QPromise>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <algorithm>

namespace sendivent {

using namespace Qt::StringLiterals;
using namespace std::chrono;

QUrl defaultRemoteUrl(Environment environment)
{
    return QUrl(environment == Environment::Production ? u"https://api.sendivent.com"_s
                                                       : u"https://api-sandbox.sendivent.com"_s);
}

QString encodeQuery(const QList<QPair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &[name, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return QString::fromLatin1(out);
}

QString encodePathSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QByteArray RemoteReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

std::optional<Error> replyError(const RemoteReply &reply)
{
    if (reply.failure)
        return reply.failure;
    if (reply.status >= 200 && reply.status < 300)
        return std::nullopt;
    if (const auto body = parseJson(reply.body); body && body->is_object() && body->contains("code")) {
        Error e;
        e.code = errorCodeFromName(jsonString(*body, "code"));
        e.message = jsonString(*body, "error");
        if (const auto details = body->find("details"); details != body->end() && details->is_array()) {
            for (const Json &d : *details)
                e.details.append({jsonString(d, "field"), jsonString(d, "message")});
        }
        if (e.message.isEmpty())
            e.message = u"The remote API answered HTTP %1 (%2)"_s.arg(reply.status).arg(jsonString(*body, "code"));
        return e;
    }
    ErrorCode code = ErrorCode::ServerError;
    switch (reply.status) {
    case 400: code = ErrorCode::ValidationError; break;
    case 401: code = ErrorCode::Unauthorized; break;
    case 402: code = ErrorCode::QuotaExceeded; break;
    case 403: code = ErrorCode::Forbidden; break;
    case 404: code = ErrorCode::NotFound; break;
    case 405: code = ErrorCode::MethodNotAllowed; break;
    case 409: code = ErrorCode::Conflict; break;
    case 413: code = ErrorCode::PayloadTooLarge; break;
    case 415: code = ErrorCode::UnsupportedMediaType; break;
    case 429: code = ErrorCode::RateLimited; break;
    case 502:
    case 503:
    case 504: code = ErrorCode::ProviderError; break;
    default: break;
    }
    return Error{code, u"The remote API answered HTTP %1 without an error body"_s.arg(reply.status), {}};
}

struct RemoteClient::Call
{
    RemoteRequest request;
    QPromise<RemoteReply> promise;
    int attempts = 0;
};

RemoteClient::RemoteClient(QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(std::move(baseUrl))
{
    // An API does not redirect; a redirect is handed back as it is (the proxy
    // passes it on) rather than followed with the key.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

RemoteClient::~RemoteClient() = default;

QUrl RemoteClient::urlFor(const RemoteRequest &request) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + request.path, QUrl::TolerantMode);
    url.setQuery(request.query.isEmpty() ? QString() : request.query, QUrl::TolerantMode);
    return url;
}

QFuture<RemoteReply> RemoteClient::send(RemoteRequest request)
{
    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    call->promise.start();
    QFuture<RemoteReply> future = call->promise.future();
    attempt(call);
    return future;
}

void RemoteClient::attempt(const std::shared_ptr<Call> &call)
{
    ++call->attempts;
    const RemoteRequest &r = call->request;
    QNetworkRequest request(urlFor(r));
    request.setTransferTimeout(int(m_timeout.count()));
    setOutgoingHeaders(request);
    request.setRawHeader("Accept", "application/json");
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    bool typed = false;
    for (const auto &[name, value] : r.headers) {
        request.setRawHeader(name, value);
        typed = typed || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    const bool carriesBody = !r.body.isEmpty() || r.method == "POST" || r.method == "PUT" || r.method == "PATCH";
    if (carriesBody && !typed && r.defaultContentType)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));

    // HEAD through head(): as a custom verb Qt would wait for a body that never comes.
    QNetworkReply *reply = r.method == "HEAD" ? m_network->head(request)
                                              : m_network->sendCustomRequest(request, r.method, r.body);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finished(call, reply); });
}

void RemoteClient::finished(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    RemoteReply out;
    out.attempts = call->attempts;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (out.status != 0) {
        out.headers = reply->rawHeaderPairs();
        out.body = reply->readAll();
    } else {
        // Only the scheme, host and port: the path and query may carry personal data.
        const QString where = reply->url().adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                                                    | QUrl::RemoveFragment).toString();
        // setTransferTimeout() ends a stalled transfer as a cancellation (Qt 6.4);
        // nothing else here cancels one.
        out.timedOut = reply->error() == QNetworkReply::OperationCanceledError
                       || reply->error() == QNetworkReply::TimeoutError;
        out.failure = out.timedOut
                          ? Error{ErrorCode::ProviderError,
                                  tr("The remote API at %1 did not answer within %2 s")
                                      .arg(where)
                                      .arg(double(m_timeout.count()) / 1000.0),
                                  {}}
                          : Error{ErrorCode::ProviderError,
                                  tr("Cannot reach the remote API at %1: %2").arg(where, reply->errorString()), {}};
    }

    if (out.status == 429 && call->attempts <= m_retry.maxRetries) {
        QTimer::singleShot(retryDelay(out, call->attempts), this, [this, call] { attempt(call); });
        return;
    }
    call->promise.addResult(std::move(out));
    call->promise.finish();
}

milliseconds RemoteClient::retryDelay(const RemoteReply &reply, int retry) const
{
    milliseconds delay = m_retry.firstDelay * (1 << std::min(retry - 1, 16));
    const QByteArray retryAfter = reply.header("Retry-After").trimmed();
    bool isNumber = false;
    const qint64 seconds = retryAfter.toLongLong(&isNumber);
    if (isNumber && seconds >= 0) {
        delay = duration_cast<milliseconds>(std::chrono::seconds(seconds));
    } else if (!retryAfter.isEmpty()) {
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
        if (when.isValid())
            delay = milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
    }
    return std::clamp(delay, milliseconds(0), m_retry.maxDelay);
}

} // namespace sendivent
