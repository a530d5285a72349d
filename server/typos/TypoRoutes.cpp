#include "typos/TypoRoutes.h"

#include "auth/RequestAuthenticator.h"
#include "core/Clock.h"
#include "core/PortalContext.h"
#include "http/JsonBody.h"
#include "http/JsonFieldReader.h"
#include "http/JsonResponse.h"
#include "http/PortalRouter.h"
#include "idempotency/IdempotentPost.h"
#include "protocol/ApiVersion.h"
#include "protocol/json/JsonValues.h"
#include "storage/PortalDatabase.h"
#include "typos/TypoReportRepository.h"

using namespace Qt::Literals::StringLiterals;

QString TypoRoutes::name() const
{
    return u"typos"_s;
}

bool TypoRoutes::prepare(PortalContext& context, QString& error)
{
    PortalDatabase& database = context.database();
    if (TypoReportRepository::ensureSchema(database) && IdempotentPost::ensureSchema(database))
        return true;
    error = database.lastError();
    return false;
}

void TypoRoutes::registerRoutes(PortalRouter& router, PortalContext& context)
{
    router.route(PortalRouter::Method::Post, ApiVersion::pathPrefix() + u"/typo-reports"_s,
                 [&context](const QHttpServerRequest& request) {
                     const std::optional<qint64> userId =
                         RequestAuthenticator(context).userId(request);
                     if (!userId)
                         return JsonResponse::error(ApiErrorCode::Unauthorized);
                     return IdempotentPost(context).run(
                         *userId, request, [&] { return create(context, *userId, request); });
                 });
}

QHttpServerResponse TypoRoutes::create(PortalContext& context, qint64 userId,
                                       const QHttpServerRequest& request)
{
    const JsonBody body = JsonBody::read(request);
    if (!body.isValid())
        return body.errorResponse();
    JsonFieldReader fields(body.object());
    TypoReport report = TypoReport::read(fields);
    if (fields.hasError())
        return fields.errorResponse();
    report.createdAt = context.clock().now();
    const std::optional<qint64> id =
        TypoReportRepository(context.database()).create(userId, report);
    if (!id)
        return JsonResponse::error(ApiErrorCode::Internal);
    return JsonResponse::created({{u"id"_s, JsonValues::integer(*id)}});
}
