#pragma once

#include <auth/apikey.h>
#include <base/json.h>
#include <emulation/faults.h>

#include <QtCore/QStringList>
#include <QtCore/QUrlQuery>

#include <functional>
#include <optional>

namespace sendivent::server {

enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Other };
QString methodName(Method method);

// What a route handler sees of a request: already authenticated, its body already
// parsed (when the method carries one) and its path parameters percent-decoded.
struct ApiRequest
{
    Method method = Method::Get;
    QString path;
    QStringList params; // the {placeholders} of the route, in order
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray rawBody;
    Json body = Json::object(); // the parsed JSON body; {} when there was none
    std::optional<ApiKey> key;
    QString requestId;
    // On routes that replay answers (Router::Replays::Yes) while fault rules are set:
    // the API fault to inject into this answer, if any (issue 23). Asked once, and
    // only for a request that is not a replay.
    std::function<std::optional<InjectedFault>()> takeFault;

    QByteArray header(QByteArrayView name) const;
    QString queryValue(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
    bool hasQuery(const QString &name) const { return query.hasQueryItem(name); }
    Environment environment() const { return key ? key->environment : Environment::Sandbox; }
};

} // namespace sendivent::server
