#include "engine/SyncRetryPolicy.h"

#include <algorithm>
#include <cmath>

std::chrono::milliseconds SyncRetryPolicy::ceilingAfter(int failedAttempts) const
{
    using std::chrono::milliseconds;
    // Doubling stops at the cap, which also keeps the shift from overflowing.
    milliseconds ceiling = baseDelay;
    for (int i = 1; i < failedAttempts && ceiling < maxDelay; ++i)
        ceiling *= 2;
    return std::min(ceiling, maxDelay);
}

std::optional<std::chrono::milliseconds>
SyncRetryPolicy::delayAfter(int failedAttempts, const ApiError& error, double random) const
{
    using std::chrono::milliseconds;
    if (!error.isRetryable() || failedAttempts < 1 || failedAttempts >= maxAttempts)
        return std::nullopt;
    const double fraction = std::clamp(random, 0.0, 1.0);
    const milliseconds ceiling = ceilingAfter(failedAttempts);
    const milliseconds jittered(
        static_cast<milliseconds::rep>(std::floor(fraction * double(ceiling.count()))));
    if (!error.retryAfterSeconds)
        return jittered;
    const std::chrono::seconds retryAfter(*error.retryAfterSeconds);
    if (retryAfter > maxRetryAfter)
        return std::nullopt;
    return std::max<milliseconds>(retryAfter, jittered);
}
