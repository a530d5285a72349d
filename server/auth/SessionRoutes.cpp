#include "auth/SessionRoutes.h"

#include "auth/AuthLog.h"
#include "auth/CaptchaStore.h"
#include "auth/CaptchaVerifier.h"
#include "auth/PasswordHasher.h"
#include "auth/RequestAuthenticator.h"
#include "auth/SessionRepository.h"
#include "auth/UserRepository.h"
#include "core/Clock.h"
#include "core/PortalContext.h"
#include "http/JsonBody.h"
#include "http/JsonFieldReader.h"
#include "http/JsonResponse.h"
#include "http/PortalRouter.h"
#include "protocol/ApiVersion.h"
#include "protocol/json/SessionTokensJson.h"
#include "storage/PortalDatabase.h"
#include "storage/SqlTransaction.h"

using namespace Qt::Literals::StringLiterals;

QString SessionRoutes::name() const
{
    return u"sessions"_s;
}

bool SessionRoutes::prepare(PortalContext& context, QString& error)
{
    PortalDatabase& database = context.database();
    if (!SessionRepository::ensureSchema(database) || !CaptchaStore::ensureSchema(database)) {
        error = database.lastError();
        return false;
    }
    // Makes verifyNothing()'s decoy now rather than during the first failed login.
    PasswordHasher::verifyNothing(QString());
    return true;
}

void SessionRoutes::registerRoutes(PortalRouter& router, PortalContext& context)
{
    using Method = QHttpServerRequest::Method;
    const QString sessions = ApiVersion::pathPrefix() + u"/sessions"_s;
    router.route(Method::Post, sessions, [this, &context](const QHttpServerRequest& request) {
        return logIn(context, request);
    });
    router.route(
        Method::Post, sessions + u"/refresh"_s,
        [&context](const QHttpServerRequest& request) { return refresh(context, request); });
    router.route(
        Method::Delete, sessions + u"/current"_s,
        [&context](const QHttpServerRequest& request) { return logOut(context, request); });
}

QHttpServerResponse SessionRoutes::logIn(PortalContext& context, const QHttpServerRequest& request)
{
    const QHostAddress address = request.remoteAddress();
    const qint64 now = context.clock().nowSecsSinceEpoch();
    if (const qint64 wait = m_throttle.addressRetryAfter(address, now); wait > 0)
        return JsonResponse::rateLimited(wait);

    const JsonBody body = JsonBody::read(request);
    if (!body.isValid())
        return body.errorResponse();
    JsonFieldReader fields(body.object());
    const QString login = fields.requiredString(u"login"_s);
    const QString password = fields.requiredString(u"password"_s);
    const std::optional<QString> captchaId = fields.optionalString(u"captchaId"_s);
    const std::optional<QString> captchaAnswer = fields.optionalString(u"captchaAnswer"_s);
    if (fields.hasError())
        return fields.errorResponse();

    if (m_throttle.captchaRequired(login, now)) {
        if (!captchaId || !captchaAnswer)
            return JsonResponse::error(ApiErrorCode::CaptchaRequired, u"captchaAnswer"_s);
        if (!CaptchaVerifier(context).consume(*captchaId, *captchaAnswer)) {
            m_throttle.recordFailure(QString(), address, now);
            return JsonResponse::error(ApiErrorCode::WrongCaptcha, u"captchaAnswer"_s);
        }
    }

    const std::optional<UserRecord> user = UserRepository(context).findByLogin(login);
    bool passwordRight = false;
    if (user)
        passwordRight = PasswordHasher::verify(password, user->passwordHash);
    else
        PasswordHasher::verifyNothing(password);
    if (!passwordRight) {
        m_throttle.recordFailure(login, address, now);
        return JsonResponse::error(ApiErrorCode::InvalidCredentials);
    }
    // Told only to whoever knows the password.
    if (!user->active)
        return JsonResponse::error(ApiErrorCode::AccountInactive);
    m_throttle.recordSuccess(login);

    SessionRepository sessions(context);
    SqlTransaction transaction(context.database());
    if (!transaction.isActive() || !sessions.removeExpired())
        return JsonResponse::error(ApiErrorCode::Internal);
    const std::optional<SessionTokens> tokens = sessions.open(user->id);
    if (!tokens || !transaction.commit())
        return JsonResponse::error(ApiErrorCode::Internal);
    qCInfo(lcAuth) << "user" << user->id << "logged in";
    return JsonResponse::created(SessionTokensJson::toJson(*tokens));
}

QHttpServerResponse SessionRoutes::refresh(PortalContext& context,
                                           const QHttpServerRequest& request)
{
    const JsonBody body = JsonBody::read(request);
    if (!body.isValid())
        return body.errorResponse();
    JsonFieldReader fields(body.object());
    const QString refreshToken = fields.requiredString(u"refreshToken"_s);
    if (fields.hasError())
        return fields.errorResponse();

    SessionTokens tokens;
    switch (SessionRepository(context).refresh(refreshToken, &tokens)) {
    case SessionRepository::RefreshResult::Refreshed:
        return JsonResponse::created(SessionTokensJson::toJson(tokens));
    case SessionRepository::RefreshResult::InvalidToken:
    case SessionRepository::RefreshResult::Reused:
        return JsonResponse::error(ApiErrorCode::InvalidToken, u"refreshToken"_s);
    case SessionRepository::RefreshResult::Failed:
        break;
    }
    return JsonResponse::error(ApiErrorCode::Internal);
}

QHttpServerResponse SessionRoutes::logOut(PortalContext& context, const QHttpServerRequest& request)
{
    const std::optional<AuthenticatedSession> session =
        RequestAuthenticator(context).session(request);
    if (!session)
        return JsonResponse::error(ApiErrorCode::Unauthorized);
    if (!SessionRepository(context).revoke(session->sessionId))
        return JsonResponse::error(ApiErrorCode::Internal);
    return JsonResponse::empty();
}
