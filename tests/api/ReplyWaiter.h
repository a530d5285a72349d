#pragma once

#include "api/ApiReply.h"
#include "session/SessionCall.h"

#include <QTest>

#include <memory>
#include <optional>

// What an ApiReply<T> finished with, copied out of it (the reply deletes itself afterwards).
template<typename T>
struct Waited
{
    bool finished = false;
    std::optional<T> value;
    ApiError error;
    int httpStatus = 0;
    bool replay = false;

    bool isOk() const { return value.has_value(); }
    // For QVERIFY2 messages.
    QByteArray describe() const
    {
        using namespace Qt::Literals::StringLiterals;
        if (!finished)
            return "the reply did not finish in time";
        if (value)
            return "ok";
        return (error.describe() + u" — "_s + error.detail).toUtf8();
    }
};

// Waits in a test for reply's finished(), running the event loop meanwhile. Library code never
// waits like this.
template<typename T>
Waited<T> waitFor(ApiReply<T>* reply, int timeoutMs = 10000)
{
    auto waited = std::make_shared<Waited<T>>();
    reply->onFinished(reply, [waited](const ApiReply<T>& finished) {
        waited->finished = true;
        if (finished.isOk())
            waited->value = finished.value();
        waited->error = finished.error();
        waited->httpStatus = finished.httpStatus();
        waited->replay = finished.isIdempotentReplay();
    });
    // A timeout shows as finished == false.
    static_cast<void>(QTest::qWaitFor([waited] { return waited->finished; }, timeoutMs));
    return *waited;
}

// The same for a SessionCall: std::nullopt when it did not finish in time.
inline std::optional<ApiResult> waitFor(SessionCall* call, int timeoutMs = 10000)
{
    auto result = std::make_shared<std::optional<ApiResult>>();
    QObject::connect(call, &SessionCall::finished, call,
                     [result](const ApiResult& value) { *result = value; });
    static_cast<void>(QTest::qWaitFor([result] { return result->has_value(); }, timeoutMs));
    return *result;
}
