#include "sync/SyncBuildingCollector.h"

#include "accounts/BuildingRepository.h"
#include "accounts/CapitalRepairWorkRepository.h"
#include "accounts/HouseFundRepository.h"
#include "core/PortalContext.h"
#include "sync/SyncAnswer.h"
#include "sync/SyncBudget.h"
#include "sync/SyncChanges.h"
#include "sync/SyncPage.h"
#include "sync/SyncScope.h"
#include "sync/SyncWindow.h"

#include <algorithm>

Lookup<BuildingDetails> SyncBuildingCollector::details(PortalDatabase& database, qint64 buildingId)
{
    const Lookup<Building> building = BuildingRepository(database).find(buildingId);
    const std::optional<QList<CapitalRepairWork>> works =
        CapitalRepairWorkRepository(database).ofBuilding(buildingId);
    const Lookup<HouseFund> fund = HouseFundRepository(database).find(buildingId);
    if (building.failed() || !works || fund.failed())
        return Lookup<BuildingDetails>::failure();
    if (!building.isFound())
        return Lookup<BuildingDetails>::missing();
    BuildingDetails details;
    details.building = building.value();
    details.works = *works;
    // As GET /buildings/{id}: zeros until the operator publishes the fund's figures.
    details.fund = fund.isFound() ? fund.value() : HouseFund {};
    details.fund.buildingId = buildingId;
    return Lookup<BuildingDetails>::found(details);
}

SyncCollector::Outcome SyncBuildingCollector::collect(SyncPage& page, SyncPosition& position)
{
    PortalDatabase& database = page.context.database();
    const QSet<qint64> reachable = page.scope.buildings();
    QSet<qint64> wanted;
    if (page.window.isFull()) {
        wanted = reachable;
    } else {
        const std::optional<QSet<qint64>> changed =
            SyncChanges(database, page.window).changedBuildings();
        if (!changed)
            return Outcome::Failed;
        wanted = *changed & reachable;
        for (const SyncScope::LinkedAccount& account : page.scope.accounts()) {
            if (account.buildingId && (account.isNew || account.rowChanged))
                wanted.insert(*account.buildingId);
        }
    }
    QList<qint64> ids(wanted.cbegin(), wanted.cend());
    std::sort(ids.begin(), ids.end());

    for (const qint64 id : std::as_const(ids)) {
        if (id <= position.key)
            continue;
        const Lookup<BuildingDetails> building = details(database, id);
        if (building.failed())
            return Outcome::Failed;
        if (building.isFound()) {
            const qint64 weight = 1 + building.value().works.size();
            if (!page.budget.fits(weight))
                return Outcome::Full;
            page.answer.addBuilding(building.value());
            page.budget.spend(weight);
        }
        position.key = id;
    }
    return Outcome::Done;
}
