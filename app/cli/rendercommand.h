#pragma once

// `sendivent-console render --template-file T --data-file D [--partials-file P]
// [--escape html|none]` (DESIGN §12, first form): renders a template file with the
// engine and prints exactly the output.

#include <QtCore/QStringList>

namespace sendivent::app {

// arguments: the process arguments as QCoreApplication::arguments() gives them
// (program, "render", options…). Returns the exit code: 0 rendered; 1 syntax error
// (`LINE:COL: message` on stderr), render error, unreadable file or invalid JSON;
// 2 wrong usage.
int runRenderCommand(const QStringList &arguments);

} // namespace sendivent::app
