#pragma once

#include <QtCore/QString>

namespace sendivent {

// Why one template field has no output (DESIGN §6): a syntax error at the parser's
// line and column, or an error while rendering (a missing partial, a helper misused,
// the nesting budget). A light header, for the studio as much as for the send.
struct FieldProblem
{
    enum class Kind { Syntax, Render };

    QString field; // "subject", "html", "text", "title", "body"
    Kind kind = Kind::Render;
    int line = 0; // Syntax only: 1-based, counted in code points as the parser does
    int column = 0;
    QString message;

    bool isSyntax() const { return kind == Kind::Syntax; }
    // As a send reports it in a failed delivery's error: "html: 2:5: message" for a
    // syntax error, "html: message" for a render error.
    QString toString() const;
};

} // namespace sendivent
