#pragma once

#include "net/ApiRequest.h"
#include "net/ApiResult.h"

#include <QObject>
#include <QPointer>
#include <QString>

class ApiCall;

// One request sent through AuthorizedApi: like ApiCall, but it may wait for the session's refresh
// and be sent a second time after it, so it outlives any one transport call.
//
//     SessionCall* call = api.send(ApiRequest::get(u"/accounts"_s));
//     connect(call, &SessionCall::finished, this, [this](const ApiResult& result) { … });
//
// It emits finished() exactly once, never before send() has returned, and deletes itself
// afterwards; keep a QPointer to cancel it later.
class SessionCall : public QObject
{
    Q_OBJECT

public:
    ~SessionCall() override;

    // The request as the caller described it (without the bearer token, which AuthorizedApi adds).
    const ApiRequest& request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    // Meaningful once isFinished().
    const ApiResult& result() const { return m_result; }
    // Whether the request was sent more than once (again after a refresh).
    bool wasResent() const { return m_attempts > 1; }

    // Stops the request, wherever it is (in flight, or waiting for a refresh); finished() with
    // Cancelled is emitted before this returns (unless the call had finished already).
    void cancel();

signals:
    void finished(const ApiResult& result);

private:
    friend class AuthorizedApi;

    SessionCall(const ApiRequest& request, bool authorized, QObject* parent);

    void deliver(const ApiResult& result);
    // deliver() once the event loop runs, for failures known before anything was sent.
    void deliverLater(const ApiResult& result);
    // Drops the transport call without anyone hearing of it (AuthorizedApi's destructor).
    void abandon();

    ApiRequest m_request;
    bool m_authorized = false;
    int m_attempts = 0;
    // The call has had its refresh: it never waits for a second one.
    bool m_waitedForRefresh = false;
    // The access token the attempt in flight carries: a 401 for an older token than the current
    // one only means another call refreshed meanwhile.
    QString m_sentWithToken;
    QPointer<ApiCall> m_transportCall;
    bool m_finished = false;
    ApiResult m_result;
};
