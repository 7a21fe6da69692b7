#pragma once

#include <base/json.h>

#include <QtCore/QString>

#include <optional>

namespace sendivent::app {

// Where a JSON text typed by the user is wrong: a 1-based line and column (in code
// points, as the template engine counts) and what the parser expected there.
struct TextProblem
{
    int line = 1;
    int column = 1;
    QString message;
};

// Parses text typed into an editor. On failure returns nullopt and fills `problem`.
std::optional<Json> parseJsonText(const QString &text, TextProblem *problem);

// Pretty-prints for an editor (two spaces, UTF-8 kept as is).
QString formatJson(const Json &value);

} // namespace sendivent::app
