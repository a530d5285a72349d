#include "sync/SyncRoutes.h"

#include "accounts/AccountsSchema.h"
#include "app/PortalOptions.h"
#include "appeals/AppealRepository.h"
#include "auth/RequestAuthenticator.h"
#include "core/PortalContext.h"
#include "http/JsonResponse.h"
#include "http/PortalRouter.h"
#include "http/RequestParameters.h"
#include "meters/MeterRepository.h"
#include "protocol/ApiVersion.h"
#include "storage/PortalDatabase.h"
#include "sync/SyncService.h"

using namespace Qt::Literals::StringLiterals;

SyncRoutes::SyncRoutes() = default;
SyncRoutes::~SyncRoutes() = default;

QString SyncRoutes::name() const
{
    return u"sync"_s;
}

bool SyncRoutes::prepare(PortalContext& context, QString& error)
{
    PortalDatabase& database = context.database();
    if (AccountsSchema::ensure(database) && MeterRepository::ensureSchema(database)
        && AppealRepository::ensureSchema(database)) {
        m_service = std::make_unique<SyncService>(context, context.options().syncPageSize);
        return true;
    }
    error = database.lastError();
    return false;
}

void SyncRoutes::registerRoutes(PortalRouter& router, PortalContext& context)
{
    router.route(PortalRouter::Method::Get, ApiVersion::pathPrefix() + u"/sync"_s,
                 [this, &context](const QHttpServerRequest& request) {
                     const std::optional<qint64> userId =
                         RequestAuthenticator(context).userId(request);
                     if (!userId)
                         return JsonResponse::error(ApiErrorCode::Unauthorized);
                     auto page =
                         m_service->page(*userId, RequestParameters::query(request, u"cursor"_s));
                     if (const ApiError* error = std::get_if<ApiError>(&page))
                         return JsonResponse::error(*error);
                     return JsonResponse::object(std::get<QJsonObject>(page));
                 });
}
