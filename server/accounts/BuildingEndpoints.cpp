#include "accounts/BuildingEndpoints.h"

#include "accounts/AccountLinkRepository.h"
#include "accounts/BuildingRepository.h"
#include "accounts/CapitalRepairWorkRepository.h"
#include "accounts/HouseFundRepository.h"
#include "core/PortalContext.h"
#include "http/JsonResponse.h"
#include "http/PortalRouter.h"
#include "http/RequestParameters.h"
#include "protocol/ApiVersion.h"
#include "protocol/json/BuildingJson.h"

using namespace Qt::Literals::StringLiterals;

BuildingEndpoints::BuildingEndpoints(PortalContext& context)
    : m_context(context)
    , m_gate(context)
{ }

void BuildingEndpoints::registerRoutes(PortalRouter& router)
{
    router.route(
        QHttpServerRequest::Method::Get, ApiVersion::pathPrefix() + u"/buildings/<arg>"_s,
        [this](const QString& id, const QHttpServerRequest& request) { return show(id, request); });
}

QHttpServerResponse BuildingEndpoints::show(const QString& idText,
                                            const QHttpServerRequest& request)
{
    auto authenticated = m_gate.authenticate(request);
    if (auto* refusal = std::get_if<QHttpServerResponse>(&authenticated))
        return std::move(*refusal);
    const qint64 userId = std::get<qint64>(authenticated);
    const std::optional<qint64> buildingId = RequestParameters::id(idText);
    if (!buildingId)
        return JsonResponse::error(ApiErrorCode::NotFound);

    PortalDatabase& database = m_context.database();
    const std::optional<bool> reaches =
        AccountLinkRepository(database).reachesBuilding(userId, *buildingId);
    if (!reaches)
        return JsonResponse::error(ApiErrorCode::Internal);
    if (!*reaches)
        return JsonResponse::error(ApiErrorCode::NotFound);

    const Lookup<Building> building = BuildingRepository(database).find(*buildingId);
    const std::optional<QList<CapitalRepairWork>> works =
        CapitalRepairWorkRepository(database).ofBuilding(*buildingId);
    const Lookup<HouseFund> fund = HouseFundRepository(database).find(*buildingId);
    if (building.failed() || !building.isFound() || !works || fund.failed())
        return JsonResponse::error(ApiErrorCode::Internal);

    BuildingDetails details;
    details.building = building.value();
    details.works = *works;
    // A house whose fund figures the operator has not published yet shows zeros.
    details.fund = fund.isFound() ? fund.value() : HouseFund {};
    details.fund.buildingId = *buildingId;
    return JsonResponse::object(BuildingJson::toJson(details));
}
