#include "net/ApiCall.h"

#include "net/AnswerMappingJob.h"
#include "net/NetLog.h"
#include "net/NetworkErrorMapper.h"
#include "net/SslErrorClassifier.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QSslConfiguration>

#include <utility>

using namespace Qt::Literals::StringLiterals;

ApiCall::ApiCall(const ApiRequest& request, const std::optional<PublicKeyPin>& pin,
                 qint64 maximumAnswerBytes, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_method(request.method)
    , m_logTarget(request.logTarget())
    , m_pin(pin)
    , m_maximumAnswerBytes(maximumAnswerBytes)
    , m_timeout(timeout)
{
    m_elapsed.start();
}

void ApiCall::attach(QNetworkReply* reply)
{
    Q_ASSERT(m_reply.isNull() && !m_finished);
    m_reply = reply;
    // encrypted() and sslErrors() come from Qt's HTTP thread through blocking queued
    // connections: that thread waits for these slots before it writes the request, and an
    // abort() made in them reaches it before the write is flushed to the socket. So a refused
    // server gets not one byte of the request (tst_apitransporttls checks exactly that).
    // sslErrors() is only recorded: the errors are never ignored, so Qt itself drops the
    // connection.
    connect(reply, &QNetworkReply::encrypted, this, &ApiCall::checkPin);
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiCall::checkDeclaredSize);
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::readAvailable);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

ApiCall::ApiCall(const ApiRequest& request, const ApiError& error, QObject* parent)
    : QObject(parent)
    , m_method(request.method)
    , m_logTarget(request.logTarget())
{
    m_elapsed.start();
    // Queued, so that the caller has connected to finished() by then.
    QMetaObject::invokeMethod(
        this, [this, error] { deliver(ApiResult::failure(error)); }, Qt::QueuedConnection);
}

ApiCall::~ApiCall()
{
    abandon();
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    if (!m_reply.isNull()) {
        abortWith(Abort::Cancelled);
        return;
    }
    deliver(ApiResult::failure(ApiError::make(ApiError::Kind::Cancelled)));
}

void ApiCall::abandon()
{
    m_finished = true;
    dropMapping();
    QNetworkReply* const reply = m_reply.data();
    m_reply.clear();
    if (reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiCall::checkPin()
{
    QNetworkReply* const reply = m_reply.data();
    if (!reply || !m_pin)
        return;
    if (!m_pin->matches(reply->sslConfiguration().peerCertificate()))
        abortWith(Abort::PinMismatch);
}

void ApiCall::checkDeclaredSize()
{
    QNetworkReply* const reply = m_reply.data();
    if (!reply)
        return;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    // Refused before a byte of the body is read, instead of after 32 MiB of it.
    if (length.isValid() && length.toLongLong() > m_maximumAnswerBytes)
        abortWith(Abort::TooLarge);
}

void ApiCall::readAvailable()
{
    QNetworkReply* const reply = m_reply.data();
    // An aborted reply (by us or by the transfer timeout) is closed and has nothing to read.
    if (!reply || m_abort != Abort::None || !reply->isReadable())
        return;
    // Read as it comes, so that the cap holds however the answer is framed (chunked, or
    // decompressed to far more than was sent).
    if (m_body.size() + reply->bytesAvailable() > m_maximumAnswerBytes) {
        abortWith(Abort::TooLarge);
        return;
    }
    m_body += reply->readAll();
}

void ApiCall::abortWith(Abort reason)
{
    if (m_abort == Abort::None)
        m_abort = reason;
    if (QNetworkReply* const reply = m_reply.data())
        reply->abort(); // emits finished(), so onReplyFinished() runs before this returns
}

void ApiCall::onReplyFinished()
{
    QNetworkReply* const reply = m_reply.data();
    if (m_finished || !reply)
        return;
    readAvailable();
    std::variant<ApiResult, HttpAnswerMapper::Answer> outcome = interpretReply(*reply);
    m_reply.clear();
    reply->disconnect(this);
    reply->deleteLater();
    if (const ApiResult* result = std::get_if<ApiResult>(&outcome))
        deliver(*result);
    else
        startMapping(std::get<HttpAnswerMapper::Answer>(std::move(outcome)));
}

std::variant<ApiResult, HttpAnswerMapper::Answer> ApiCall::interpretReply(QNetworkReply& reply)
{
    switch (m_abort) {
    case Abort::PinMismatch: {
        const std::optional<PublicKeyPin> actual =
            PublicKeyPin::ofCertificate(reply.sslConfiguration().peerCertificate());
        return ApiResult::failure(
            ApiError::tls(ApiError::TlsReason::PinMismatch,
                          u"the server's key "_s + (actual ? actual->toString() : u"(unreadable)"_s)
                              + u" is not the pinned "_s + m_pin->toString()));
    }
    case Abort::TooLarge:
        return ApiResult::failure(ApiError::make(
            ApiError::Kind::TooLarge,
            u"the answer exceeds "_s + QString::number(m_maximumAnswerBytes) + u" bytes"_s));
    case Abort::Cancelled:
        return ApiResult::failure(ApiError::make(ApiError::Kind::Cancelled));
    case Abort::None:
        break;
    }

    const QNetworkReply::NetworkError networkError = reply.error();
    if (networkError == QNetworkReply::OperationCanceledError) {
        // Nobody else aborts our replies: this is QNetworkRequest's transfer timeout.
        return ApiResult::failure(
            ApiError::make(ApiError::Kind::Timeout,
                           u"no data for "_s + QString::number(m_timeout.count()) + u" ms"_s));
    }
    if (networkError == QNetworkReply::SslHandshakeFailedError) {
        if (m_sslErrors.isEmpty())
            return ApiResult::failure(
                ApiError::tls(ApiError::TlsReason::Other, reply.errorString()));
        return ApiResult::failure(ApiError::tls(SslErrorClassifier::reason(m_sslErrors),
                                                SslErrorClassifier::detail(m_sslErrors)));
    }
    if (networkError != QNetworkReply::NoError
        && !NetworkErrorMapper::isHttpStatusError(networkError)) {
        // A status may have come before the connection broke; the answer is still incomplete.
        return ApiResult::failure(
            ApiError::make(NetworkErrorMapper::kind(networkError), reply.errorString()));
    }

    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return ApiResult::failure(
            ApiError::make(ApiError::Kind::MalformedResponse, u"no HTTP status"_s));
    if (!reply.attribute(QNetworkRequest::ConnectionEncryptedAttribute).toBool())
        return ApiResult::failure(
            ApiError::tls(ApiError::TlsReason::Other, u"the connection was not encrypted"_s));

    if (std::optional<ApiResult> mismatch = pinMismatchOfAnswer(reply))
        return *std::move(mismatch);

    HttpAnswerMapper::Answer answer;
    answer.status = status.toInt();
    // Moved: the call has no more use for it, and 32 MiB need not exist twice.
    answer.body = std::exchange(m_body, {});
    answer.retryAfter = reply.rawHeader(QByteArrayLiteral("Retry-After"));
    answer.idempotentReplay =
        reply.rawHeader(QByteArrayLiteral("Idempotent-Replayed")).trimmed().toLower() == "true";
    return answer;
}

std::optional<ApiResult> ApiCall::pinMismatchOfAnswer(QNetworkReply& reply) const
{
    // A request that reuses a kept-alive connection sees no encrypted(); that connection's
    // first request checked the pin then. Checked again here so that a mismatch can never
    // pass as an answer, even if Qt changed how it shares connections. Before mapping, so that
    // the body of such a server is not even parsed.
    if (!m_pin || m_pin->matches(reply.sslConfiguration().peerCertificate()))
        return std::nullopt;
    qCWarning(lcNet).noquote() << m_method << m_logTarget
                               << "was answered on a connection whose key is not the pinned one";
    return ApiResult::failure(ApiError::tls(
        ApiError::TlsReason::PinMismatch, u"the answer came over a connection with another key"_s));
}

void ApiCall::startMapping(HttpAnswerMapper::Answer answer)
{
    const QString label = QString::fromLatin1(m_method) + u' ' + m_logTarget;
    qCDebug(lcNet).noquote().nospace() << label << ": answered " << answer.status << ", mapping "
                                       << answer.body.size() << " bytes off this thread";
    // Retry-After dates count from the answer's arrival, not from when the pool got to it.
    const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
    m_mapping = AnswerMappingJob::start(std::move(answer), nowUtc, label, this,
                                        [this](const ApiResult& result) {
                                            m_mapping.reset();
                                            deliver(result);
                                        });
}

void ApiCall::dropMapping()
{
    if (const std::shared_ptr<AnswerMappingJob> mapping = std::exchange(m_mapping, nullptr))
        mapping->detach();
}

void ApiCall::deliver(const ApiResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    // A cancel() while the answer was being mapped: that result is not wanted any more.
    dropMapping();
    m_result = result;
    log(result);
    // A receiver may delete the call in spite of the documentation; don't touch it then.
    const QPointer<ApiCall> self(this);
    emit finished(result);
    if (self)
        deleteLater();
}

void ApiCall::log(const ApiResult& result) const
{
    const qint64 ms = m_elapsed.elapsed();
    if (result.isOk()) {
        qCInfo(lcNet).noquote().nospace()
            << m_method << ' ' << m_logTarget << " -> " << result.status() << " (" << ms << " ms)";
        return;
    }
    const ApiError& error = result.error();
    if (error.kind == ApiError::Kind::TlsFailure) {
        qCWarning(lcNet).noquote().nospace()
            << m_method << ' ' << m_logTarget << " -> " << error.describe() << " (" << ms
            << " ms): " << error.detail;
        return;
    }
    qCInfo(lcNet).noquote().nospace()
        << m_method << ' ' << m_logTarget << " -> " << error.describe() << " (" << ms << " ms)";
}
