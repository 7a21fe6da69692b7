#pragma once

// The template checks' findings as `check-templates` prints them: text for people,
// JSON for scripts, JUnit XML for CI test reports (issue 20).

#include "templatechecks.h"

namespace sendivent::checks {

QString textReport(const QList<Finding> &findings);
QByteArray jsonReport(const QList<Finding> &findings);
// One test case per template (event, channel, language), per event (its translations
// and payload) and per partial: findings at or above `failOn` are its failures, the
// others its output.
QByteArray junitReport(const Workspace &workspace, const QList<Finding> &findings, Severity failOn);

} // namespace sendivent::checks
