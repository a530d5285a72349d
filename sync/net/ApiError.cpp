#include "net/ApiError.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {
QString tlsMessage(ApiError::TlsReason reason)
{
    switch (reason) {
    case ApiError::TlsReason::Untrusted:
        return QCoreApplication::translate(
            "ApiError",
            "The server's certificate is not trusted, so no connection was made. If the "
            "server uses its own CA, give its certificate file with --ca.");
    case ApiError::TlsReason::Expired:
        return QCoreApplication::translate(
            "ApiError",
            "The server's certificate has expired or is not valid yet, so no connection "
            "was made. Check this computer's date and time.");
    case ApiError::TlsReason::HostMismatch:
        return QCoreApplication::translate(
            "ApiError",
            "The server's certificate was issued for another address, so no connection "
            "was made. Check the server address.");
    case ApiError::TlsReason::PinMismatch:
        return QCoreApplication::translate(
            "ApiError",
            "The server's key does not match the pinned key, so nothing was sent. Someone "
            "may be intercepting the connection, or the server's key has changed.");
    case ApiError::TlsReason::None:
    case ApiError::TlsReason::Other:
        break;
    }
    return QCoreApplication::translate(
        "ApiError", "A secure connection to the server could not be established.");
}

QString conflictMessage(const ApiError& error)
{
    if (error.code == ApiErrorBody::Code::Taken) {
        if (error.field == u"login")
            return QCoreApplication::translate("ApiError", "This login is already taken.");
        if (error.field == u"email")
            return QCoreApplication::translate("ApiError",
                                               "This e-mail address is already in use.");
        return QCoreApplication::translate("ApiError", "This value is already in use.");
    }
    if (error.code == ApiErrorBody::Code::AlreadyLinked)
        return QCoreApplication::translate("ApiError",
                                           "This account is already linked to your profile.");
    if (error.code == ApiErrorBody::Code::IdempotencyConflict)
        return QCoreApplication::translate(
            "ApiError", "The server already received a different request under the same key.");
    return QCoreApplication::translate("ApiError",
                                       "The request conflicts with the data on the server.");
}

QString validationMessage(const ApiError& error)
{
    if (error.code == ApiErrorBody::Code::CaptchaRequired)
        return QCoreApplication::translate("ApiError", "Please answer the captcha.");
    if (error.code == ApiErrorBody::Code::WrongCaptcha)
        return QCoreApplication::translate(
            "ApiError", "The captcha answer is wrong or has expired. Please try a new one.");
    if (error.code == ApiErrorBody::Code::NoMatch)
        return QCoreApplication::translate(
            "ApiError", "The account details do not match the operator's records.");
    if (!error.field.isEmpty())
        return QCoreApplication::translate("ApiError",
                                           "The server did not accept the value of \u201c%1\u201d.")
            .arg(error.field);
    return QCoreApplication::translate("ApiError", "The server did not accept the request.");
}
} // namespace

ApiError ApiError::make(Kind kind, const QString& detail)
{
    ApiError error;
    error.kind = kind;
    error.detail = detail;
    return error;
}

ApiError ApiError::tls(TlsReason reason, const QString& detail)
{
    ApiError error = make(Kind::TlsFailure, detail);
    error.tlsReason = reason;
    return error;
}

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::NoNetwork:
    case Kind::ConnectionLost:
    case Kind::Timeout:
    case Kind::ServerError:
    case Kind::RateLimited:
        return true;
    default:
        return false;
    }
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::NoNetwork:
        return QCoreApplication::translate(
            "ApiError",
            "Cannot reach the server. Check the Internet connection and the server "
            "address.");
    case Kind::ConnectionLost:
        return QCoreApplication::translate(
            "ApiError", "The connection to the server broke off. Please try again.");
    case Kind::TlsFailure:
        return tlsMessage(tlsReason);
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError",
                                           "The server did not answer in time. Please try again.");
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "The request was cancelled.");
    case Kind::ServerError:
        return QCoreApplication::translate(
                   "ApiError",
                   "The server could not process the request (error %1). Please try again "
                   "later.")
            .arg(httpStatus);
    case Kind::Unauthorized:
        return QCoreApplication::translate("ApiError",
                                           "Your session has ended. Please sign in again.");
    case Kind::InvalidCredentials:
        return QCoreApplication::translate("ApiError", "Wrong login or password.");
    case Kind::InvalidToken:
        return QCoreApplication::translate(
            "ApiError", "The link or session is no longer valid. Please sign in again.");
    case Kind::AccountInactive:
        return QCoreApplication::translate(
            "ApiError",
            "The account is not activated yet. Open the link in the activation e-mail.");
    case Kind::NotFound:
        return QCoreApplication::translate("ApiError",
                                           "Not found on the server. It may have been removed.");
    case Kind::Conflict:
        return conflictMessage(*this);
    case Kind::Validation:
        return validationMessage(*this);
    case Kind::RateLimited:
        if (retryAfterSeconds && *retryAfterSeconds > 0)
            return QCoreApplication::translate(
                "ApiError", "Too many attempts. Please try again in %n second(s).", nullptr,
                *retryAfterSeconds);
        return QCoreApplication::translate("ApiError",
                                           "Too many attempts. Please try again later.");
    case Kind::BadRequest:
        return QCoreApplication::translate(
            "ApiError",
            "The server did not accept the form of the request. The application may need "
            "an update.");
    case Kind::MalformedResponse:
        return QCoreApplication::translate(
            "ApiError",
            "The server's answer could not be understood. The application may need an "
            "update.");
    case Kind::TooLarge:
        return QCoreApplication::translate(
            "ApiError", "The server's answer was too large and was not accepted.");
    case Kind::Other:
        break;
    }
    return QCoreApplication::translate("ApiError", "The request to the server failed.");
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NoNetwork:
        return u"NoNetwork"_s;
    case Kind::ConnectionLost:
        return u"ConnectionLost"_s;
    case Kind::TlsFailure:
        return u"TlsFailure"_s;
    case Kind::Timeout:
        return u"Timeout"_s;
    case Kind::Cancelled:
        return u"Cancelled"_s;
    case Kind::ServerError:
        return u"ServerError"_s;
    case Kind::Unauthorized:
        return u"Unauthorized"_s;
    case Kind::InvalidCredentials:
        return u"InvalidCredentials"_s;
    case Kind::InvalidToken:
        return u"InvalidToken"_s;
    case Kind::AccountInactive:
        return u"AccountInactive"_s;
    case Kind::NotFound:
        return u"NotFound"_s;
    case Kind::Conflict:
        return u"Conflict"_s;
    case Kind::Validation:
        return u"Validation"_s;
    case Kind::RateLimited:
        return u"RateLimited"_s;
    case Kind::BadRequest:
        return u"BadRequest"_s;
    case Kind::MalformedResponse:
        return u"MalformedResponse"_s;
    case Kind::TooLarge:
        return u"TooLarge"_s;
    case Kind::Other:
        break;
    }
    return u"Other"_s;
}

QString ApiError::tlsReasonName(TlsReason reason)
{
    switch (reason) {
    case TlsReason::None:
        return u"None"_s;
    case TlsReason::Untrusted:
        return u"Untrusted"_s;
    case TlsReason::Expired:
        return u"Expired"_s;
    case TlsReason::HostMismatch:
        return u"HostMismatch"_s;
    case TlsReason::PinMismatch:
        return u"PinMismatch"_s;
    case TlsReason::Other:
        break;
    }
    return u"Other"_s;
}

QString ApiError::describe() const
{
    QString text = kindName(kind);
    if (kind == Kind::TlsFailure)
        text += u'/' + tlsReasonName(tlsReason);
    if (httpStatus != 0)
        text += u' ' + QString::number(httpStatus);
    if (code)
        text += u' ' + ApiErrorBody::codeKey(*code);
    if (!field.isEmpty())
        text += u" (" + field + u')';
    if (retryAfterSeconds)
        text += u" retry after " + QString::number(*retryAfterSeconds) + u" s";
    return text;
}
