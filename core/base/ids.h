#pragma once

#include <QtCore/QString>

namespace sendivent {

// QUuid::createUuid() costs microseconds a call on virtual machines.
QString randomUuid();
// A version 7 UUID (RFC 9562): the first 48 bits are the Unix time in milliseconds,
// the rest random. Deliveries get these: new ones sort after old ones, so the index
// on their uuid grows at its end instead of touching a random page per insert.
QString timeOrderedUuid();
// Every X-Request-Id ("req_" + 32 hex digits of a version 7 UUID), for HTTP requests
// and for what the console does without one (a send from the window). Time-ordered,
// so the journal's index on it grows at its end.
QString newRequestId();

} // namespace sendivent
