#include "auth/PasswordResetRoutes.h"

#include "auth/AuthLinkPages.h"
#include "auth/AuthLinks.h"
#include "auth/AuthLog.h"
#include "auth/AuthMailer.h"
#include "auth/FormBody.h"
#include "auth/LinkTokenRepository.h"
#include "auth/LoginOrEmail.h"
#include "auth/MailSpool.h"
#include "auth/PasswordHasher.h"
#include "auth/SessionRepository.h"
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

namespace {
using Purpose = LinkTokenRepository::Purpose;
using Status = LinkTokenRepository::Status;

// The user of a live reset token.
std::optional<UserRecord> resetUser(PortalContext& context, const QString& token,
                                    LinkTokenRepository::Lookup* lookup)
{
    *lookup = LinkTokenRepository(context).find(token, Purpose::PasswordReset);
    if (lookup->status != Status::Live)
        return std::nullopt;
    const std::optional<UserRecord> user = UserRepository(context).findById(lookup->userId);
    return user && user->active ? user : std::nullopt;
}
} // namespace

QString PasswordResetRoutes::name() const
{
    return u"password-resets"_s;
}

bool PasswordResetRoutes::prepare(PortalContext& context, QString& error)
{
    PortalDatabase& database = context.database();
    if (!LinkTokenRepository::ensureSchema(database)
        || !SessionRepository::ensureSchema(database)) {
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

void PasswordResetRoutes::registerRoutes(PortalRouter& router, PortalContext& context)
{
    using Method = QHttpServerRequest::Method;
    router.route(
        Method::Post, ApiVersion::pathPrefix() + u"/password-resets"_s,
        [&context](const QHttpServerRequest& request) { return requestReset(context, request); });
    router.route(
        Method::Get, AuthLinks::passwordResetPath(),
        [&context](const QHttpServerRequest& request) { return formPage(context, request); });
    router.route(
        Method::Post, AuthLinks::passwordResetPath(),
        [&context](const QHttpServerRequest& request) { return submitForm(context, request); });
}

QHttpServerResponse PasswordResetRoutes::requestReset(PortalContext& context,
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
    if (user && user->active)
        AuthMailer(context).sendPasswordReset(*user);
    return JsonResponse::empty(JsonResponse::StatusCode::Accepted);
}

QHttpServerResponse PasswordResetRoutes::formPage(PortalContext& context,
                                                  const QHttpServerRequest& request)
{
    const QString token = RequestParameters::query(request, u"token"_s).value_or(QString());
    LinkTokenRepository::Lookup lookup;
    const std::optional<UserRecord> user = resetUser(context, token, &lookup);
    if (!user)
        return AuthLinkPages::invalidLink();
    return AuthLinkPages::resetForm(token, user->login);
}

QHttpServerResponse PasswordResetRoutes::submitForm(PortalContext& context,
                                                    const QHttpServerRequest& request)
{
    const QHash<QString, QString> form = FormBody::parse(request.body());
    const QString token = form.value(u"token"_s);
    LinkTokenRepository::Lookup lookup;
    const std::optional<UserRecord> user = resetUser(context, token, &lookup);
    if (!user)
        return AuthLinkPages::invalidLink();

    const QString password = form.value(u"password"_s);
    const QString confirmation = form.value(u"passwordConfirmation"_s);
    for (const ValidationResult& result :
         {ValidationRules::validatePassword(password),
          ValidationRules::validatePasswordConfirmation(password, confirmation)}) {
        if (!result.isValid())
            return AuthLinkPages::resetForm(token, user->login, AuthLinkPages::ruleMessage(result));
    }
    const std::optional<QString> hash = PasswordHasher::hash(password);
    if (!hash)
        return AuthLinkPages::internalError();
    SqlTransaction transaction(context.database());
    if (!transaction.isActive() || !UserRepository(context).setPasswordHash(user->id, *hash)
        || !LinkTokenRepository(context).removeAll(user->id, Purpose::PasswordReset)
        || !SessionRepository(context).revokeAllOf(user->id) || !transaction.commit())
        return AuthLinkPages::internalError();
    qCInfo(lcAuth) << "user" << user->id << "set a new password by e-mail; sessions revoked";
    return AuthLinkPages::passwordChanged(user->login);
}
