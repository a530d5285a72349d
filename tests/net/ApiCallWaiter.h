#pragma once

#include "net/ApiCall.h"
#include "net/ApiResult.h"

#include <optional>

// Waits in a test for an ApiCall's finished(), running the event loop meanwhile (so that an
// in-process server keeps serving). Library code never waits like this.
class ApiCallWaiter
{
public:
    ApiCallWaiter() = delete;

    // std::nullopt when finished() did not come in time.
    static std::optional<ApiResult> wait(ApiCall* call, int timeoutMs = 5000);
};
