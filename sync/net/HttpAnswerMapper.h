#pragma once

#include "net/ApiResult.h"

#include <QByteArray>
#include <QDateTime>

// Turns an HTTP answer that arrived in full into an ApiResult, by docs/api.md: 2xx must carry a
// JSON object (or nothing); errors carry {"error", "field", "message"}. The status is trusted
// more than the body where they disagree, so that a proxy's HTML error page or an unknown
// future code still lands in the right kind.
class HttpAnswerMapper
{
public:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        // The raw Retry-After header, empty when absent.
        QByteArray retryAfter;
        // Idempotent-Replayed: true.
        bool idempotentReplay = false;
    };

    HttpAnswerMapper() = delete;

    static ApiResult map(const Answer& answer, const QDateTime& nowUtc);

    // The kind of a known error code, and of a bare status where the body says nothing usable.
    static ApiError::Kind kindForCode(ApiErrorBody::Code code);
    static ApiError::Kind kindForStatus(int status);
};
