#include "ratelimiter.h"

namespace sendivent {

RateLimiter::Decision RateLimiter::take(Environment env, qint64 nowMs)
{
    Window &w = m_windows[env == Environment::Production ? 1 : 0];
    const qint64 second = nowMs / 1000;
    if (w.second != second) {
        w.second = second;
        w.used = 0;
    }
    Decision d;
    d.limit = UsageLimits::requestsPerSecond(env);
    d.resetEpochSeconds = second + 1;
    if (w.used >= d.limit) {
        d.allowed = false;
        d.remaining = 0;
        d.retryAfterSeconds = 1;
        return d;
    }
    ++w.used;
    d.remaining = d.limit - w.used;
    return d;
}

} // namespace sendivent
