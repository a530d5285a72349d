#include "auth/RegistrationRoutes.h"

#include "auth/AuthLinkPages.h"
#include "auth/AuthLinks.h"
#include "auth/AuthLog.h"
#include "auth/AuthMailer.h"
#include "auth/CaptchaStore.h"
#include "auth/CaptchaVerifier.h"
#include "auth/FieldRules.h"
#include "auth/LinkTokenRepository.h"
#include "auth/LoginOrEmail.h"
#include "auth/MailSpool.h"
#include "auth/PasswordHasher.h"
#include "auth/UserRepository.h"
#include "core/PortalContext.h"
#include "http/JsonBody.h"
#include "http/JsonFieldReader.h"
#include "http/JsonResponse.h"
#include "http/PortalRouter.h"
#include "http/RequestParameters.h"
#include "protocol/ApiVersion.h"
#include "protocol/ValidationRules.h"
#include "storage/PortalDatabase.h"
#include "storage/SqlTransaction.h"

using namespace Qt::Literals::StringLiterals;

QString RegistrationRoutes::name() const
{
    return u"registration"_s;
}

bool RegistrationRoutes::prepare(PortalContext& context, QString& error)
{
    PortalDatabase& database = context.database();
    if (!UserRepository::ensureSchema(database) || !LinkTokenRepository::ensureSchema(database)
        || !CaptchaStore::ensureSchema(database)) {
        error = database.lastError();
        return false;
    }
    MailSpool spool(AuthMailer::spoolDirectory(context));
    if (!spool.prepare()) {
        error = spool.errorString();
        return false;
    }
    return true;
}

void RegistrationRoutes::registerRoutes(PortalRouter& router, PortalContext& context)
{
    using Method = QHttpServerRequest::Method;
    router.route(
        Method::Post, ApiVersion::pathPrefix() + u"/registrations"_s,
        [&context](const QHttpServerRequest& request) { return registerUser(context, request); });
    router.route(Method::Post, ApiVersion::pathPrefix() + u"/activations"_s,
                 [&context](const QHttpServerRequest& request) {
                     return resendActivation(context, request);
                 });
    router.route(
        Method::Get, AuthLinks::activationPath(),
        [&context](const QHttpServerRequest& request) { return activationPage(context, request); });
}

QHttpServerResponse RegistrationRoutes::registerUser(PortalContext& context,
                                                     const QHttpServerRequest& request)
{
    const JsonBody body = JsonBody::read(request);
    if (!body.isValid())
        return body.errorResponse();
    JsonFieldReader fields(body.object());
    const QString login = fields.requiredString(u"login"_s);
    const QString email = fields.requiredString(u"email"_s);
    const QString password = fields.requiredString(u"password"_s);
    const QString confirmation = fields.requiredString(u"passwordConfirmation"_s);
    const QString captchaId = fields.requiredString(u"captchaId"_s);
    const QString captchaAnswer = fields.requiredString(u"captchaAnswer"_s);
    const bool agreementAccepted = fields.requiredBool(u"agreementAccepted"_s);
    if (fields.hasError())
        return fields.errorResponse();

    // The rules first, without using the captcha up: a typo costs no new picture.
    for (const ValidationResult& result :
         {ValidationRules::validateLogin(login), ValidationRules::validateEmail(email),
          ValidationRules::validatePassword(password),
          ValidationRules::validatePasswordConfirmation(password, confirmation)}) {
        if (const std::optional<ApiError> broken = FieldRules::error(result))
            return JsonResponse::error(*broken);
    }
    if (!agreementAccepted)
        return JsonResponse::error(ApiErrorCode::Invalid, u"agreementAccepted"_s,
                                   tr("Accept the agreement on the use of the personal cabinet."));
    // Only then whether the login or e-mail is taken, so that nobody learns that without
    // solving a captcha.
    if (!CaptchaVerifier(context).consume(captchaId, captchaAnswer))
        return JsonResponse::error(ApiErrorCode::WrongCaptcha, u"captchaAnswer"_s);

    const std::optional<QString> hash = PasswordHasher::hash(password);
    if (!hash)
        return JsonResponse::error(ApiErrorCode::Internal);
    UserRepository users(context);
    SqlTransaction transaction(context.database());
    // A login or e-mail held by a registration nobody activated in time is free again.
    if (!transaction.isActive() || !LinkTokenRepository(context).removeAbandonedRegistrations())
        return JsonResponse::error(ApiErrorCode::Internal);
    qint64 id = 0;
    switch (users.create(login, email, *hash, false, &id)) {
    case UserRepository::WriteResult::Done:
        break;
    case UserRepository::WriteResult::LoginTaken:
        return JsonResponse::error(ApiErrorCode::Taken, u"login"_s,
                                   tr("This login is already registered."));
    case UserRepository::WriteResult::EmailTaken:
        return JsonResponse::error(ApiErrorCode::Taken, u"email"_s,
                                   tr("An account with this e-mail is already registered."));
    case UserRepository::WriteResult::Failed:
        return JsonResponse::error(ApiErrorCode::Internal);
    }
    if (!transaction.commit())
        return JsonResponse::error(ApiErrorCode::Internal);
    qCInfo(lcAuth) << "registered user" << id;

    // The account exists either way; a lost e-mail can be sent again (POST /activations).
    if (const std::optional<UserRecord> user = users.findById(id))
        AuthMailer(context).sendActivation(*user, false);
    return JsonResponse::created({{u"login"_s, login}, {u"email"_s, email}});
}

QHttpServerResponse RegistrationRoutes::resendActivation(PortalContext& context,
                                                         const QHttpServerRequest& request)
{
    const JsonBody body = JsonBody::read(request);
    if (!body.isValid())
        return body.errorResponse();
    JsonFieldReader fields(body.object());
    const std::optional<LoginOrEmail> name = LoginOrEmail::read(fields);
    if (!name)
        return fields.errorResponse();
    // 202 whatever happens: the answer must not tell whether such a user exists.
    const std::optional<UserRecord> user = name->find(UserRepository(context));
    if (user && !user->active)
        AuthMailer(context).sendActivation(*user, true);
    return JsonResponse::empty(JsonResponse::StatusCode::Accepted);
}

QHttpServerResponse RegistrationRoutes::activationPage(PortalContext& context,
                                                       const QHttpServerRequest& request)
{
    const QString token = RequestParameters::query(request, u"token"_s).value_or(QString());
    LinkTokenRepository tokens(context);
    const LinkTokenRepository::Lookup lookup =
        tokens.find(token, LinkTokenRepository::Purpose::Activation);
    if (lookup.status == LinkTokenRepository::Status::Invalid)
        return AuthLinkPages::invalidLink();
    UserRepository users(context);
    const std::optional<UserRecord> user = users.findById(lookup.userId);
    if (!user)
        return AuthLinkPages::invalidLink();
    if (lookup.status == LinkTokenRepository::Status::Used)
        return user->active ? AuthLinkPages::alreadyActive(user->login)
                            : AuthLinkPages::invalidLink();

    SqlTransaction transaction(context.database());
    if (!transaction.isActive() || (!user->active && !users.activate(user->id))
        || !tokens.markUsed(lookup.tokenId) || !transaction.commit())
        return AuthLinkPages::internalError();
    if (user->active)
        return AuthLinkPages::alreadyActive(user->login);
    qCInfo(lcAuth) << "activated user" << user->id;
    return AuthLinkPages::activated(user->login);
}
