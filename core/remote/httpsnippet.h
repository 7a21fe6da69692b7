#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QStringView>

namespace sendivent {

// The environment variable every snippet the console writes reads the API key from
// (the README's too): a snippet never holds a key.
inline constexpr QStringView kApiKeyVariable = u"SENDIVENT_API_KEY";

// A request to write down: method, the whole URL (encoded as sent) and, when not
// empty, a JSON body.
struct SnippetRequest
{
    QString method = QStringLiteral("GET");
    QString url;
    QByteArray body;
};

// The same request for a shell (curl, HTTPie) and for JavaScript (fetch), in one
// style: the method and URL first, then one header or the body a line, the key as
// $SENDIVENT_API_KEY (process.env.SENDIVENT_API_KEY in JavaScript).
QString curlSnippet(const SnippetRequest &request);
QString httpieSnippet(const SnippetRequest &request);
QString fetchSnippet(const SnippetRequest &request);

// `text` in single quotes for a POSIX shell.
QString shellQuoted(const QString &text);

} // namespace sendivent
