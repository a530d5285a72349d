#include "meters/MeterRoutes.h"

#include "accounts/AccountLinkRepository.h"
#include "auth/RequestAuthenticator.h"
#include "core/Clock.h"
#include "core/PortalContext.h"
#include "http/JsonBody.h"
#include "http/JsonFieldReader.h"
#include "http/JsonResponse.h"
#include "http/PortalRouter.h"
#include "http/RequestParameters.h"
#include "idempotency/IdempotentPost.h"
#include "meters/MeterReadingRules.h"
#include "meters/MeterRepository.h"
#include "meters/NewMeterReading.h"
#include "protocol/ApiVersion.h"
#include "protocol/json/MeterJson.h"
#include "protocol/json/MeterReadingJson.h"
#include "storage/PortalDatabase.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

QString MeterRoutes::name() const
{
    return u"meters"_s;
}

bool MeterRoutes::prepare(PortalContext& context, QString& error)
{
    PortalDatabase& database = context.database();
    if (MeterRepository::ensureSchema(database) && AccountLinkRepository::ensureSchema(database)
        && IdempotentPost::ensureSchema(database))
        return true;
    error = database.lastError();
    return false;
}

void MeterRoutes::registerRoutes(PortalRouter& router, PortalContext& context)
{
    const QString prefix = ApiVersion::pathPrefix();
    router.route(PortalRouter::Method::Get, prefix + u"/accounts/<arg>/meters"_s,
                 [&context](const QString& accountId, const QHttpServerRequest& request) {
                     const std::optional<qint64> userId =
                         RequestAuthenticator(context).userId(request);
                     if (!userId)
                         return JsonResponse::error(ApiErrorCode::Unauthorized);
                     return list(context, *userId, accountId);
                 });
    router.route(PortalRouter::Method::Post, prefix + u"/meters/<arg>/readings"_s,
                 [&context](const QString& meterId, const QHttpServerRequest& request) {
                     const std::optional<qint64> userId =
                         RequestAuthenticator(context).userId(request);
                     if (!userId)
                         return JsonResponse::error(ApiErrorCode::Unauthorized);
                     return IdempotentPost(context).run(*userId, request, [&] {
                         return addReading(context, *userId, meterId, request);
                     });
                 });
}

QHttpServerResponse MeterRoutes::list(PortalContext& context, qint64 userId,
                                      const QString& accountIdText)
{
    const std::optional<qint64> accountId = RequestParameters::id(accountIdText);
    if (!accountId)
        return JsonResponse::error(ApiErrorCode::NotFound);
    PortalDatabase& database = context.database();
    const std::optional<bool> linked = AccountLinkRepository(database).isLinked(userId, *accountId);
    if (!linked)
        return JsonResponse::error(ApiErrorCode::Internal);
    if (!*linked)
        return JsonResponse::error(ApiErrorCode::NotFound);
    const std::optional<QList<MeterDetails>> meters =
        MeterRepository(database).forAccount(*accountId);
    if (!meters)
        return JsonResponse::error(ApiErrorCode::Internal);
    QJsonArray items;
    for (const MeterDetails& meter : *meters)
        items.append(MeterJson::toJson(meter));
    return JsonResponse::object({{u"items"_s, items}});
}

QHttpServerResponse MeterRoutes::addReading(PortalContext& context, qint64 userId,
                                            const QString& meterIdText,
                                            const QHttpServerRequest& request)
{
    const std::optional<qint64> meterId = RequestParameters::id(meterIdText);
    if (!meterId)
        return JsonResponse::error(ApiErrorCode::NotFound);
    PortalDatabase& database = context.database();
    MeterRepository meters(database);
    const Lookup<Meter> meter = meters.find(*meterId);
    if (meter.failed())
        return JsonResponse::error(ApiErrorCode::Internal);
    if (!meter.isFound())
        return JsonResponse::error(ApiErrorCode::NotFound);
    const std::optional<bool> linked =
        AccountLinkRepository(database).isLinked(userId, meter.value().accountId);
    if (!linked)
        return JsonResponse::error(ApiErrorCode::Internal);
    if (!*linked)
        return JsonResponse::error(ApiErrorCode::NotFound);

    const JsonBody body = JsonBody::read(request);
    if (!body.isValid())
        return body.errorResponse();
    JsonFieldReader fields(body.object());
    const NewMeterReading sent = NewMeterReading::read(fields);
    if (fields.hasError())
        return fields.errorResponse();
    if (const std::optional<ApiError> broken = MeterReadingRules::check(
            meter.value(), sent.date, sent.valueThousandths, context.clock().now()))
        return JsonResponse::error(*broken);

    MeterReading reading;
    reading.meterId = *meterId;
    reading.date = sent.date;
    reading.valueThousandths = sent.valueThousandths;
    reading.state = MeterReading::State::Accepted;
    if (!meters.addReading(reading, userId))
        return JsonResponse::error(ApiErrorCode::Internal);
    return JsonResponse::created(MeterReadingJson::toJson(reading));
}
