#include "ApiCallWaiter.h"

#include <QTest>

#include <memory>

std::optional<ApiResult> ApiCallWaiter::wait(ApiCall* call, int timeoutMs)
{
    if (!call)
        return std::nullopt;
    // Shared, because the call deletes itself after finished().
    auto result = std::make_shared<std::optional<ApiResult>>();
    QObject::connect(call, &ApiCall::finished, call,
                     [result](const ApiResult& value) { *result = value; });
    if (!QTest::qWaitFor([result] { return result->has_value(); }, timeoutMs))
        return std::nullopt;
    return *result;
}
