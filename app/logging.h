#pragma once

namespace sendivent::server {
struct ExchangeRecord;
}

namespace sendivent::app {

// Installs the stderr message handler: plain lines, or JSON lines for CI
// (--log-format json) with time, level, category and message.
void installLogHandler(bool json);

// One log line per answered request (method, path, status, duration, request id).
void logExchange(const server::ExchangeRecord &record);

} // namespace sendivent::app
