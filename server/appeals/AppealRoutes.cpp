#include "appeals/AppealRoutes.h"

#include "accounts/AccountLinkRepository.h"
#include "appeals/AppealRepository.h"
#include "appeals/NewAppeal.h"
#include "auth/RequestAuthenticator.h"
#include "core/Clock.h"
#include "core/PortalContext.h"
#include "http/JsonBody.h"
#include "http/JsonFieldReader.h"
#include "http/JsonResponse.h"
#include "http/PortalRouter.h"
#include "idempotency/IdempotentPost.h"
#include "protocol/ApiVersion.h"
#include "protocol/json/AppealJson.h"
#include "storage/PortalDatabase.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

QString AppealRoutes::name() const
{
    return u"appeals"_s;
}

bool AppealRoutes::prepare(PortalContext& context, QString& error)
{
    PortalDatabase& database = context.database();
    if (AppealRepository::ensureSchema(database) && AccountLinkRepository::ensureSchema(database)
        && IdempotentPost::ensureSchema(database))
        return true;
    error = database.lastError();
    return false;
}

void AppealRoutes::registerRoutes(PortalRouter& router, PortalContext& context)
{
    const QString path = ApiVersion::pathPrefix() + u"/appeals"_s;
    router.route(PortalRouter::Method::Post, path, [&context](const QHttpServerRequest& request) {
        const std::optional<qint64> userId = RequestAuthenticator(context).userId(request);
        if (!userId)
            return JsonResponse::error(ApiErrorCode::Unauthorized);
        return IdempotentPost(context).run(*userId, request,
                                           [&] { return create(context, *userId, request); });
    });
    router.route(PortalRouter::Method::Get, path, [&context](const QHttpServerRequest& request) {
        const std::optional<qint64> userId = RequestAuthenticator(context).userId(request);
        if (!userId)
            return JsonResponse::error(ApiErrorCode::Unauthorized);
        return list(context, *userId);
    });
}

QHttpServerResponse AppealRoutes::create(PortalContext& context, qint64 userId,
                                         const QHttpServerRequest& request)
{
    const JsonBody body = JsonBody::read(request);
    if (!body.isValid())
        return body.errorResponse();
    JsonFieldReader fields(body.object());
    const NewAppeal appeal = NewAppeal::read(fields);
    if (fields.hasError())
        return fields.errorResponse();

    PortalDatabase& database = context.database();
    if (appeal.accountId) {
        const std::optional<bool> linked =
            AccountLinkRepository(database).isLinked(userId, *appeal.accountId);
        if (!linked)
            return JsonResponse::error(ApiErrorCode::Internal);
        if (!*linked)
            return JsonResponse::error(ApiErrorCode::NotFound, u"accountId"_s);
    }
    const std::optional<Appeal> created = AppealRepository(database).create(
        userId, appeal.accountId, appeal.topic, appeal.text, context.clock().now());
    if (!created)
        return JsonResponse::error(ApiErrorCode::Internal);
    return JsonResponse::created(AppealJson::toJson(*created));
}

QHttpServerResponse AppealRoutes::list(PortalContext& context, qint64 userId)
{
    const std::optional<QList<Appeal>> appeals =
        AppealRepository(context.database()).forUser(userId);
    if (!appeals)
        return JsonResponse::error(ApiErrorCode::Internal);
    QJsonArray items;
    for (const Appeal& appeal : *appeals)
        items.append(AppealJson::toJson(appeal));
    return JsonResponse::object({{u"items"_s, items}});
}
