#pragma once

#include "apiresponse.h"

#include <emulation/faults.h>

class QObject;

namespace sendivent::server {

// The header every answer shaped by a fault rule carries: "<rule id> <kind>", comma
// separated when a send met several (issue 23).
inline constexpr QByteArrayView kFaultHeader = "X-Sendivent-Fault";

// The answer an API fault gives instead of the route's: 429 RATE_LIMITED or 503
// SERVER_ERROR with Retry-After, 500 SERVER_ERROR. Not for `delay`, which keeps the
// route's answer.
ApiResponse injectedAnswer(const InjectedFault &fault, const QString &requestId);

// `response` (answered now or deferred) written `ms` later, timed on `context`'s
// thread: the server never blocks. `marker`, when given, is added as kFaultHeader.
ApiResponse answeredLater(ApiResponse response, int ms, const QByteArray &marker, QObject *context);

} // namespace sendivent::server
