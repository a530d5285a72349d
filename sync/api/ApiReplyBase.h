#pragma once

#include "net/ApiError.h"
#include "net/ApiResult.h"
#include "protocol/json/JsonError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

class SessionCall;

// The untyped half of ApiReply<T>: follows one SessionCall, decodes its answer (through the
// subclass) and emits finished() exactly once, never before the ApiClient call that made it has
// returned; deletes itself afterwards. A 2xx answer whose body does not decode fails with
// MalformedResponse, its detail starting with the JSON path at fault ("items[2].status: …").
class ApiReplyBase : public QObject
{
    Q_OBJECT

public:
    ~ApiReplyBase() override;

    bool isFinished() const { return m_finished; }
    // Finished with a decoded value.
    bool isOk() const { return m_finished && m_ok; }
    // Why it failed; meaningful once finished and !isOk().
    const ApiError& error() const { return m_error; }
    // The answer's HTTP status, 0 when none came.
    int httpStatus() const { return m_httpStatus; }
    // The answer repeats an earlier one to the same Idempotency-Key: nothing new was created.
    bool isIdempotentReplay() const { return m_replay; }

    // Stops the request; finished() with Cancelled comes before this returns (unless it had
    // finished already).
    void cancel();

signals:
    void finished();

protected:
    ApiReplyBase(SessionCall* call, QObject* parent);

    // Decodes a successful answer's body into the subclass's value; std::nullopt when it did,
    // else why not.
    virtual std::optional<JsonError> decode(const QJsonObject& body) = 0;

private:
    void onCallFinished(const ApiResult& result);

    QPointer<SessionCall> m_call;
    bool m_finished = false;
    bool m_ok = false;
    int m_httpStatus = 0;
    bool m_replay = false;
    ApiError m_error;
};
