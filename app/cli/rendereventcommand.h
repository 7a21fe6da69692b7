#pragma once

#include <QtCore/QStringList>

namespace sendivent::app {

// `sendivent-console render EVENT [--channel C] [--language L] [--to JSON|IDENTIFIER]
// [--payload JSON] [--data-dir DIR]` (DESIGN §12): renders an event of the local
// workspace as a send would, and prints each rendered field. Reads the database,
// writes nothing. Exit 0 rendered, 1 render/lookup error, 2 usage.
int runRenderEventCommand(const QStringList &arguments);

} // namespace sendivent::app
