#include "httpsnippet.h"

#include "base/json.h"

#include <QtCore/QStringList>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

QString authorization()
{
    return u"\"Authorization: Bearer $"_s + kApiKeyVariable.toString() + u'"';
}

// A JavaScript string literal (JSON's is one).
QString jsString(const QString &text)
{
    return QString::fromStdString(Json(text.toStdString()).dump());
}

} // namespace

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\"'\"'"_s);
    return u"'"_s + quoted + u"'"_s;
}

QString curlSnippet(const SnippetRequest &r)
{
    QString head = u"curl"_s;
    if (r.method == u"HEAD"_s)
        head += u" --head"_s;
    else if (r.method != u"GET"_s)
        head += u" -X "_s + r.method;
    QStringList parts{head + u' ' + shellQuoted(r.url), u"-H "_s + authorization()};
    if (!r.body.isEmpty()) {
        parts << u"-H 'Content-Type: application/json'"_s;
        parts << u"--data-raw "_s + shellQuoted(QString::fromUtf8(r.body));
    }
    return parts.join(u" \\\n  "_s);
}

QString httpieSnippet(const SnippetRequest &r)
{
    // HTTPie's request items are "Name:value"; --raw sends the body as it is.
    QStringList parts{u"http "_s + r.method + u' ' + shellQuoted(r.url),
                      u"\"Authorization:Bearer $"_s + kApiKeyVariable.toString() + u'"'};
    if (!r.body.isEmpty()) {
        parts << u"Content-Type:application/json"_s;
        parts << u"--raw "_s + shellQuoted(QString::fromUtf8(r.body));
    }
    return parts.join(u" \\\n  "_s);
}

QString fetchSnippet(const SnippetRequest &r)
{
    QString out = u"const response = await fetch("_s + jsString(r.url) + u", {\n"_s;
    out += u"  method: "_s + jsString(r.method) + u",\n"_s;
    out += u"  headers: {\n    Authorization: `Bearer ${process.env."_s + kApiKeyVariable.toString() + u"}`,\n"_s;
    if (!r.body.isEmpty())
        out += u"    \"Content-Type\": \"application/json\",\n"_s;
    out += u"  },\n"_s;
    if (!r.body.isEmpty())
        out += u"  body: "_s + jsString(QString::fromUtf8(r.body)) + u",\n"_s;
    out += u"});\nconsole.log(response.status, await response.text());"_s;
    return out;
}

} // namespace sendivent
