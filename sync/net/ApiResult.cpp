#include "net/ApiResult.h"

ApiResult ApiResult::success(int status, const QJsonObject& body, bool idempotentReplay)
{
    ApiResult result;
    result.m_ok = true;
    result.m_status = status;
    result.m_body = body;
    result.m_replay = idempotentReplay;
    return result;
}

ApiResult ApiResult::failure(const ApiError& error)
{
    ApiResult result;
    result.m_error = error;
    return result;
}
