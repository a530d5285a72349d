#include "api/ApiReplyBase.h"

#include "session/SessionCall.h"

using namespace Qt::Literals::StringLiterals;

ApiReplyBase::ApiReplyBase(SessionCall* call, QObject* parent)
    : QObject(parent)
    , m_call(call)
{
    // SessionCall never finishes before the send() that made it returns, so nothing is missed.
    connect(call, &SessionCall::finished, this, &ApiReplyBase::onCallFinished);
}

ApiReplyBase::~ApiReplyBase()
{
    // A reply dropped before its answer takes its request with it.
    if (SessionCall* call = m_call.data(); call && !call->isFinished()) {
        call->disconnect(this);
        call->cancel();
    }
}

void ApiReplyBase::cancel()
{
    if (SessionCall* call = m_call.data(); call && !m_finished)
        call->cancel();
}

void ApiReplyBase::onCallFinished(const ApiResult& result)
{
    if (m_finished)
        return;
    m_call.clear();
    m_httpStatus = result.status();
    m_replay = result.isIdempotentReplay();
    if (!result.isOk()) {
        m_error = result.error();
    } else if (const std::optional<JsonError> failure = decode(result.body())) {
        m_error = ApiError::make(ApiError::Kind::MalformedResponse,
                                 failure->field + u": "_s + failure->message);
        m_error.httpStatus = result.status();
    } else {
        m_ok = true;
    }
    m_finished = true;
    emit finished();
    deleteLater();
}
