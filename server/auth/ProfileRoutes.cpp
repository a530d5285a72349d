#include "auth/ProfileRoutes.h"

#include "auth/AuthLog.h"
#include "auth/AuthMailer.h"
#include "auth/FieldRules.h"
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
#include "protocol/ValidationRules.h"
#include "protocol/json/UserProfileJson.h"
#include "storage/PortalDatabase.h"
#include "storage/SqlTransaction.h"

using namespace Qt::Literals::StringLiterals;

namespace {
QHttpServerResponse profileResponse(const UserRecord& user)
{
    return JsonResponse::object(
        UserProfileJson::toJson(UserProfile {user.login, user.email, user.receiptSubscription}));
}

QString userKey(qint64 userId)
{
    return QString::number(userId);
}
} // namespace

ProfileRoutes::ProfileRoutes()
    : m_wrongPasswords(wrongPasswordWindowSeconds)
{ }

QString ProfileRoutes::name() const
{
    return u"profile"_s;
}

bool ProfileRoutes::prepare(PortalContext& context, QString& error)
{
    if (!SessionRepository::ensureSchema(context.database())) {
        error = context.database().lastError();
        return false;
    }
    return true;
}

void ProfileRoutes::registerRoutes(PortalRouter& router, PortalContext& context)
{
    using Method = QHttpServerRequest::Method;
    const QString path = ApiVersion::pathPrefix() + u"/profile"_s;
    router.route(Method::Get, path, [&context](const QHttpServerRequest& request) {
        return profile(context, request);
    });
    router.route(Method::Patch, path, [&context](const QHttpServerRequest& request) {
        return updateProfile(context, request);
    });
    router.route(Method::Delete, path, [this, &context](const QHttpServerRequest& request) {
        return deleteUser(context, request);
    });
    router.route(Method::Put, path + u"/password"_s,
                 [this, &context](const QHttpServerRequest& request) {
                     return changePassword(context, request);
                 });
}

QHttpServerResponse ProfileRoutes::profile(PortalContext& context,
                                           const QHttpServerRequest& request)
{
    const std::optional<qint64> userId = RequestAuthenticator(context).userId(request);
    if (!userId)
        return JsonResponse::error(ApiErrorCode::Unauthorized);
    const std::optional<UserRecord> user = UserRepository(context).findById(*userId);
    if (!user)
        return JsonResponse::error(ApiErrorCode::Unauthorized);
    return profileResponse(*user);
}

QHttpServerResponse ProfileRoutes::updateProfile(PortalContext& context,
                                                 const QHttpServerRequest& request)
{
    const std::optional<qint64> userId = RequestAuthenticator(context).userId(request);
    if (!userId)
        return JsonResponse::error(ApiErrorCode::Unauthorized);
    const JsonBody body = JsonBody::read(request);
    if (!body.isValid())
        return body.errorResponse();
    JsonFieldReader fields(body.object());
    const std::optional<QString> email = fields.optionalString(u"email"_s);
    const std::optional<bool> receiptSubscription = fields.optionalBool(u"receiptSubscription"_s);
    if (fields.hasError())
        return fields.errorResponse();
    if (email) {
        if (const std::optional<ApiError> broken =
                FieldRules::error(ValidationRules::validateEmail(*email)))
            return JsonResponse::error(*broken);
    }

    UserRepository users(context);
    const std::optional<UserRecord> before = users.findById(*userId);
    SqlTransaction transaction(context.database());
    if (!before || !transaction.isActive())
        return JsonResponse::error(ApiErrorCode::Internal);
    switch (users.updateProfile(*userId, email, receiptSubscription)) {
    case UserRepository::WriteResult::Done:
        break;
    case UserRepository::WriteResult::EmailTaken:
        return JsonResponse::error(ApiErrorCode::Taken, u"email"_s,
                                   tr("An account with this e-mail is already registered."));
    case UserRepository::WriteResult::LoginTaken:
    case UserRepository::WriteResult::Failed:
        return JsonResponse::error(ApiErrorCode::Internal);
    }
    if (!transaction.commit())
        return JsonResponse::error(ApiErrorCode::Internal);
    const std::optional<UserRecord> user = users.findById(*userId);
    if (!user)
        return JsonResponse::error(ApiErrorCode::Internal);
    // Another address, not the same one in other letters. The change stands even if the notice
    // could not be written (logged).
    if (user->email.compare(before->email, Qt::CaseInsensitive) != 0)
        AuthMailer(context).sendEmailChanged(*before, user->email);
    return profileResponse(*user);
}

QHttpServerResponse ProfileRoutes::changePassword(PortalContext& context,
                                                  const QHttpServerRequest& request)
{
    const std::optional<AuthenticatedSession> session =
        RequestAuthenticator(context).session(request);
    if (!session)
        return JsonResponse::error(ApiErrorCode::Unauthorized);
    const qint64 now = context.clock().nowSecsSinceEpoch();
    if (std::optional<QHttpServerResponse> limited = throttled(*session, now))
        return std::move(*limited);
    const JsonBody body = JsonBody::read(request);
    if (!body.isValid())
        return body.errorResponse();
    JsonFieldReader fields(body.object());
    const QString currentPassword = fields.requiredString(u"currentPassword"_s);
    const QString password = fields.requiredString(u"password"_s);
    const QString confirmation = fields.requiredString(u"passwordConfirmation"_s);
    if (fields.hasError())
        return fields.errorResponse();
    if (const std::optional<ApiError> broken = FieldRules::newPasswordError(password, confirmation))
        return JsonResponse::error(*broken);

    UserRepository users(context);
    const std::optional<UserRecord> user = users.findById(session->userId);
    if (!user)
        return JsonResponse::error(ApiErrorCode::Unauthorized);
    if (!PasswordHasher::verify(currentPassword, user->passwordHash)) {
        m_wrongPasswords.record(userKey(user->id), now);
        return JsonResponse::error(ApiErrorCode::Invalid, u"currentPassword"_s,
                                   tr("The current password is wrong."));
    }
    m_wrongPasswords.clear(userKey(user->id));
    const std::optional<QString> hash = PasswordHasher::hash(password);
    if (!hash)
        return JsonResponse::error(ApiErrorCode::Internal);
    SqlTransaction transaction(context.database());
    if (!transaction.isActive() || !users.setPasswordHash(user->id, *hash)
        || !SessionRepository(context).revokeAllOf(user->id, session->sessionId)
        || !transaction.commit())
        return JsonResponse::error(ApiErrorCode::Internal);
    qCInfo(lcAuth) << "user" << user->id << "changed the password; other sessions revoked";
    return JsonResponse::empty();
}

QHttpServerResponse ProfileRoutes::deleteUser(PortalContext& context,
                                              const QHttpServerRequest& request)
{
    const std::optional<AuthenticatedSession> session =
        RequestAuthenticator(context).session(request);
    if (!session)
        return JsonResponse::error(ApiErrorCode::Unauthorized);
    const qint64 now = context.clock().nowSecsSinceEpoch();
    if (std::optional<QHttpServerResponse> limited = throttled(*session, now))
        return std::move(*limited);
    const JsonBody body = JsonBody::read(request);
    if (!body.isValid())
        return body.errorResponse();
    JsonFieldReader fields(body.object());
    const QString password = fields.requiredString(u"password"_s);
    if (fields.hasError())
        return fields.errorResponse();

    UserRepository users(context);
    const std::optional<UserRecord> user = users.findById(session->userId);
    if (!user)
        return JsonResponse::error(ApiErrorCode::Unauthorized);
    if (!PasswordHasher::verify(password, user->passwordHash)) {
        m_wrongPasswords.record(userKey(user->id), now);
        return JsonResponse::error(ApiErrorCode::Invalid, u"password"_s,
                                   tr("The password is wrong."));
    }
    // Sessions, tokens and every other area's rows of the user go with it (ON DELETE CASCADE).
    SqlTransaction transaction(context.database());
    if (!transaction.isActive() || !users.remove(user->id) || !transaction.commit())
        return JsonResponse::error(ApiErrorCode::Internal);
    m_wrongPasswords.clear(userKey(user->id));
    qCInfo(lcAuth) << "user" << user->id << "deleted";
    return JsonResponse::empty();
}

std::optional<QHttpServerResponse> ProfileRoutes::throttled(const AuthenticatedSession& session,
                                                            qint64 now)
{
    const qint64 wait =
        m_wrongPasswords.secondsUntilBelow(userKey(session.userId), maxWrongPasswords, now);
    if (wait <= 0)
        return std::nullopt;
    return JsonResponse::rateLimited(wait);
}
