#pragma once

#include "net/ApiRequest.h"
#include "net/ApiResult.h"
#include "net/HttpAnswerMapper.h"
#include "net/PublicKeyPin.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>

#include <chrono>
#include <memory>
#include <optional>
#include <variant>

class AnswerMappingJob;
class QNetworkReply;

// One request in flight, made by ApiTransport::send(). It emits finished() exactly once, never
// before send() has returned, and deletes itself afterwards; keep a QPointer to cancel it later.
//
//     ApiCall* call = transport.send(ApiRequest::get(u"/accounts"_s));
//     connect(call, &ApiCall::finished, this, [this](const ApiResult& result) { … });
//
// It watches the reply for the three things QNetworkAccessManager cannot do alone: the public-key
// pin (checked on encrypted(), before the request is written), the cap on the answer's size,
// and telling its own aborts (pin, size, cancel) from the transfer timeout.
//
// The answer's body is parsed off the call's thread (AnswerMappingJob): the reply is read here,
// where it lives, and finished() comes back here, queued. Until then the call is not finished,
// and cancel() or deleting it drops the result being parsed.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    QByteArray method() const { return m_method; }
    // The path and query names, as logged (ApiRequest::logTarget()).
    QString logTarget() const { return m_logTarget; }
    bool isFinished() const { return m_finished; }
    // Meaningful once isFinished().
    const ApiResult& result() const { return m_result; }

    // Stops the request; finished() with Cancelled is emitted before this returns (unless the
    // call had finished already, then nothing happens).
    void cancel();

signals:
    void finished(const ApiResult& result);

private:
    friend class ApiTransport;

    enum class Abort
    {
        None,
        Cancelled,
        PinMismatch,
        TooLarge,
    };

    // A call whose request waits to be sent (ApiTransport waits for the system's CAs): attach()
    // gives it its reply. Cancelled before that, it finishes with Cancelled at once.
    ApiCall(const ApiRequest& request, const std::optional<PublicKeyPin>& pin,
            qint64 maximumAnswerBytes, std::chrono::milliseconds timeout, QObject* parent);
    // A call that fails with error as soon as the event loop runs: the request never left.
    ApiCall(const ApiRequest& request, const ApiError& error, QObject* parent);

    // Watches reply, the request sent; once, and not after the call finished.
    void attach(QNetworkReply* reply);
    // Drops the reply without emitting finished(); for ApiTransport's destructor.
    void abandon();

    void checkPin();
    void checkDeclaredSize();
    void readAvailable();
    void abortWith(Abort reason);
    void onReplyFinished();
    // The result, when the reply decides it; else the HTTP answer, still to be mapped.
    std::variant<ApiResult, HttpAnswerMapper::Answer> interpretReply(QNetworkReply& reply);
    std::optional<ApiResult> pinMismatchOfAnswer(QNetworkReply& reply) const;
    void startMapping(HttpAnswerMapper::Answer answer);
    void dropMapping();
    void deliver(const ApiResult& result);
    void log(const ApiResult& result) const;

    QPointer<QNetworkReply> m_reply;
    QByteArray m_method;
    QString m_logTarget;
    std::optional<PublicKeyPin> m_pin;
    qint64 m_maximumAnswerBytes = 0;
    std::chrono::milliseconds m_timeout {0};
    QElapsedTimer m_elapsed;
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    Abort m_abort = Abort::None;
    // The answer being mapped off this thread, if any.
    std::shared_ptr<AnswerMappingJob> m_mapping;
    bool m_finished = false;
    ApiResult m_result;
};
