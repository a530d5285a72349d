#include "session/LoginOutcome.h"

using namespace Qt::Literals::StringLiterals;

using Kind = ApiError::Kind;
using Code = ApiErrorBody::Code;

LoginOutcome::LoginOutcome(Status status, const ApiError& error)
    : m_status(status)
    , m_error(error)
{ }

LoginOutcome LoginOutcome::signedIn(bool remembered)
{
    LoginOutcome outcome(Status::SignedIn);
    outcome.m_remembered = remembered;
    return outcome;
}

LoginOutcome LoginOutcome::notRemembered(Keychain::Status keychainStatus)
{
    LoginOutcome outcome(Status::NotRemembered);
    outcome.m_keychainStatus = keychainStatus;
    return outcome;
}

LoginOutcome LoginOutcome::fromError(const ApiError& error)
{
    switch (error.kind) {
    case Kind::InvalidCredentials:
        return LoginOutcome(Status::InvalidCredentials, error);
    case Kind::AccountInactive:
        return LoginOutcome(Status::AccountInactive, error);
    case Kind::Validation:
        if (error.code == Code::CaptchaRequired)
            return LoginOutcome(Status::CaptchaRequired, error);
        if (error.code == Code::WrongCaptcha)
            return LoginOutcome(Status::WrongCaptcha, error);
        return LoginOutcome(Status::InvalidInput, error);
    case Kind::RateLimited:
        return LoginOutcome(Status::RateLimited, error);
    case Kind::NoNetwork:
    case Kind::ConnectionLost:
    case Kind::Timeout:
        return LoginOutcome(Status::NoNetwork, error);
    case Kind::TlsFailure:
        return LoginOutcome(Status::TlsFailure, error);
    case Kind::ServerError:
        return LoginOutcome(Status::ServerError, error);
    case Kind::Cancelled:
        return LoginOutcome(Status::Cancelled, error);
    case Kind::Unauthorized:
    case Kind::InvalidToken:
    case Kind::NotFound:
    case Kind::Conflict:
    case Kind::BadRequest:
    case Kind::MalformedResponse:
    case Kind::TooLarge:
    case Kind::Other:
        break;
    }
    return LoginOutcome(Status::Failed, error);
}

LoginOutcome LoginOutcome::fromResumeError(const ApiError& error)
{
    if (error.kind == Kind::Unauthorized || error.kind == Kind::InvalidToken)
        return LoginOutcome(Status::SessionExpired, error);
    return fromError(error);
}

bool LoginOutcome::allowsOfflineUnlock() const
{
    return m_status == Status::NoNetwork || m_status == Status::TlsFailure
        || m_status == Status::ServerError;
}

QString LoginOutcome::statusName(Status status)
{
    switch (status) {
    case Status::SignedIn:
        return u"SignedIn"_s;
    case Status::InvalidCredentials:
        return u"InvalidCredentials"_s;
    case Status::AccountInactive:
        return u"AccountInactive"_s;
    case Status::CaptchaRequired:
        return u"CaptchaRequired"_s;
    case Status::WrongCaptcha:
        return u"WrongCaptcha"_s;
    case Status::InvalidInput:
        return u"InvalidInput"_s;
    case Status::RateLimited:
        return u"RateLimited"_s;
    case Status::NotRemembered:
        return u"NotRemembered"_s;
    case Status::SessionExpired:
        return u"SessionExpired"_s;
    case Status::NoNetwork:
        return u"NoNetwork"_s;
    case Status::TlsFailure:
        return u"TlsFailure"_s;
    case Status::ServerError:
        return u"ServerError"_s;
    case Status::Cancelled:
        return u"Cancelled"_s;
    case Status::Failed:
        return u"Failed"_s;
    }
    return u"Failed"_s;
}

QString LoginOutcome::userMessage() const
{
    switch (m_status) {
    case Status::SignedIn:
        return tr("Signed in.");
    case Status::InvalidCredentials:
        return tr("Wrong login or password.");
    case Status::AccountInactive:
        return tr("The account is not activated yet. Open the link in the e-mail we sent you.");
    case Status::CaptchaRequired:
        return tr("Enter the characters shown in the picture.");
    case Status::WrongCaptcha:
        return tr("The characters from the picture were entered wrongly. Try the new picture.");
    case Status::InvalidInput:
        return tr("Check the login and the password.");
    case Status::RateLimited:
        if (const std::optional<int> wait = retryAfterSeconds(); wait && *wait > 0) {
            const int minutes = (*wait + 59) / 60;
            return tr("Too many attempts. Try again in %n minute(s).", nullptr, minutes);
        }
        return tr("Too many attempts. Try again later.");
    case Status::NotRemembered:
        return tr("Sign in with your login and password.");
    case Status::SessionExpired:
        return tr("Your session has ended. Sign in again.");
    case Status::NoNetwork:
        return tr("The server cannot be reached. You can open your saved data offline.");
    case Status::TlsFailure:
        return tr("The server's certificate is not trusted. You can open your saved data "
                  "offline.");
    case Status::ServerError:
        return tr("The server is not working properly. You can open your saved data offline.");
    case Status::Cancelled:
        return tr("Signing in was cancelled.");
    case Status::Failed:
        break;
    }
    return m_error.userMessage();
}
