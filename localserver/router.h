#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <functional>
#include <vector>

namespace sendivent::server {

// The one table of routes: path patterns with {placeholders}, the methods each allows,
// and whether it needs an API key. A known path with another method is a 405 with
// the Allow list, an unknown path a 404.
class Router final
{
public:
    using Handler = std::function<ApiResponse(ApiRequest &)>;
    enum class Auth { Required, Public };
    // Whether the handler replays answers under X-Idempotency-Key (runIdempotent):
    // such a handler asks for an injected API fault itself, after the replay check,
    // so a replay gets what was answered (issue 23). Others get theirs beforehand.
    enum class Replays { No, Yes };

    void add(Method method, const QString &pattern, Handler handler, Auth auth = Auth::Required,
             Replays replays = Replays::No);

    struct Match
    {
        const Handler *handler = nullptr; // null: no route for this method
        QString pattern;                  // "/v1/events/{identifier}", when the path is known
        Auth auth = Auth::Required;
        Replays replays = Replays::No;
        QStringList params;
        QList<Method> allowed; // empty: the path itself is unknown
    };
    // `encodedPath` is the path as sent (percent-encoded); segments are decoded after
    // splitting, so "%2F" inside an identifier stays inside it.
    Match match(Method method, const QString &encodedPath) const;

    // Every pattern and its methods, for documentation and tests.
    QList<QPair<QString, QList<Method>>> routes() const;

private:
    struct Route
    {
        QStringList segments; // "{}" marks a placeholder
        QString pattern;
        Method method;
        Auth auth;
        Replays replays;
        Handler handler;
    };
    std::vector<Route> m_routes;
};

QByteArray allowHeader(const QList<Method> &methods);

} // namespace sendivent::server
