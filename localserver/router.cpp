#include "router.h"

#include <QtCore/QUrl>

namespace sendivent::server {

using namespace Qt::StringLiterals;

namespace {

QStringList splitPath(const QString &path)
{
    QStringList parts = path.split(u'/', Qt::KeepEmptyParts);
    if (!parts.isEmpty() && parts.front().isEmpty())
        parts.removeFirst();
    // "/v1/events/" is "/v1/events": a trailing slash is forgiven.
    if (parts.size() > 1 && parts.back().isEmpty())
        parts.removeLast();
    return parts;
}

} // namespace

void Router::add(Method method, const QString &pattern, Handler handler, Auth auth, Replays replays)
{
    QStringList segments = splitPath(pattern);
    for (QString &s : segments) {
        if (s.startsWith(u'{') && s.endsWith(u'}'))
            s = u"{}"_s;
    }
    m_routes.push_back({segments, pattern, method, auth, replays, std::move(handler)});
}

Router::Match Router::match(Method method, const QString &encodedPath) const
{
    const QStringList segments = splitPath(encodedPath);
    Match result;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList params;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            if (route.segments[i] == u"{}"_s) {
                const QString decoded = QUrl::fromPercentEncoding(segments[i].toUtf8());
                matches = !decoded.isEmpty();
                params << decoded;
            } else {
                matches = route.segments[i] == segments[i];
            }
        }
        if (!matches)
            continue;
        if (!result.allowed.contains(route.method))
            result.allowed << route.method;
        result.pattern = route.pattern;
        // HEAD is served by the GET route.
        const bool methodMatches = route.method == method || (method == Method::Head && route.method == Method::Get);
        if (methodMatches && !result.handler) {
            result.handler = &route.handler;
            result.auth = route.auth;
            result.replays = route.replays;
            result.params = params;
        }
    }
    if (result.allowed.contains(Method::Get) && !result.allowed.contains(Method::Head))
        result.allowed << Method::Head;
    if (!result.allowed.isEmpty())
        result.allowed << Method::Options;
    return result;
}

QList<QPair<QString, QList<Method>>> Router::routes() const
{
    QList<QPair<QString, QList<Method>>> out;
    for (const Route &r : m_routes) {
        auto it = std::find_if(out.begin(), out.end(), [&](const auto &p) { return p.first == r.pattern; });
        if (it == out.end())
            out.append({r.pattern, {r.method}});
        else
            it->second << r.method;
    }
    return out;
}

QByteArray allowHeader(const QList<Method> &methods)
{
    QStringList names;
    for (const Method m : methods)
        names << methodName(m);
    return names.join(u", "_s).toLatin1();
}

} // namespace sendivent::server
