#pragma once

#include "net/ApiError.h"

#include <chrono>
#include <optional>

// When the sync engine asks for a page again after a retryable failure (ApiError::isRetryable):
// exponential back-off with full jitter (a uniformly random wait between zero and
// baseDelay · 2^(attempt − 1), capped at maxDelay), so that clients that lost the server at the
// same moment do not all come back at the same moment. A Retry-After from the server is a lower
// bound; one longer than maxRetryAfter ends the sync instead (the user should see "try later",
// not a spinner for an hour).
struct SyncRetryPolicy
{
    // Attempts per page, the first one included.
    int maxAttempts = 5;
    std::chrono::milliseconds baseDelay {1000};
    std::chrono::milliseconds maxDelay {60000};
    std::chrono::seconds maxRetryAfter {300};

    // The wait before the next attempt after failedAttempts attempts (1 or more) of the same page
    // failed, the last with error; random is uniform in [0, 1). std::nullopt: give up.
    std::optional<std::chrono::milliseconds> delayAfter(int failedAttempts, const ApiError& error,
                                                        double random) const;

    // The upper bound of the jittered wait after failedAttempts failures.
    std::chrono::milliseconds ceilingAfter(int failedAttempts) const;
};
