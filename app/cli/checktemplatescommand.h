#pragma once

#include <QtCore/QStringList>

namespace sendivent::app {

// `sendivent-console check-templates [--workspace FIXTURE | --data-dir DIR]
// [--payloads DIR] [--clients LIST] [--format text|json|junit] [--fail-on SEVERITY]
// [--sms-max-segments N]` (issue 20): runs the template checks and prints the
// findings. Exit 0 clean, 1 findings at or above --fail-on, 2 usage error.
int runCheckTemplatesCommand(const QStringList &arguments);

} // namespace sendivent::app
