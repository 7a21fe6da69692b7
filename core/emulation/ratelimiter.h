#pragma once

#include "deliveries/delivery.h"

#include <QtCore/QtGlobal>

#include <array>

namespace sendivent {

// The reference's limits per environment (DESIGN §5): production 100 requests a second
// and 1,000 notifications a UTC day, sandbox 10 and 150.
struct UsageLimits
{
    static int requestsPerSecond(Environment env) { return env == Environment::Production ? 100 : 10; }
    static int notificationsPerDay(Environment env) { return env == Environment::Production ? 1000 : 150; }
};

// Counts requests in fixed one-second windows, per environment. Not thread-safe: it
// lives with the server on the server's thread.
class RateLimiter final
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochSeconds = 0; // when the current window ends
        int retryAfterSeconds = 0;    // only when not allowed
    };

    Decision take(Environment env, qint64 nowMs);
    // Forgets what was counted (POST /_local/reset).
    void reset() { m_windows = {}; }

private:
    struct Window
    {
        qint64 second = -1;
        int used = 0;
    };
    std::array<Window, 2> m_windows;
};

} // namespace sendivent
