#include "demo/DemoHouseWriter.h"

#include "accounts/BuildingRepository.h"
#include "accounts/CapitalRepairWorkRepository.h"
#include "accounts/HouseFundRepository.h"
#include "demo/DemoBuildings.h"
#include "demo/DemoLedger.h"
#include "demo/DemoPeople.h"
#include "demo/DemoTown.h"
#include "storage/ChangeSequence.h"

#include <QRandomGenerator>

DemoHouseWriter::DemoHouseWriter(PortalDatabase& database, Period lastClosed)
    : m_database(database)
    , m_lastClosed(lastClosed)
    , m_directory(database)
    , m_records(database, lastClosed)
{ }

DemoHouseWriter::Flat DemoHouseWriter::ordinaryFlat(int flat, Period first, Period lastClosed,
                                                    QRandomGenerator& random)
{
    Flat result;
    result.ownerName = DemoPeople::fullName(random);
    result.ownershipType = DemoPeople::ownershipType(random);
    // One, two and three rooms in turn, each with its spread of areas.
    const int rooms = 1 + (flat - 1) % 3;
    const qint32 smallest[] = {2800, 4200, 5600};
    const quint32 spread[] = {900, 1300, 1700};
    result.plan.areaCentiM2 = smallest[rooms - 1] + qint32(random.bounded(spread[rooms - 1]));
    result.plan.first = first;
    result.plan.lastClosed = lastClosed;
    const quint32 roll = random.bounded(100U);
    if (roll < 50)
        result.plan.habit = DemoAccountPlan::Habit::Monthly;
    else if (roll < 75)
        result.plan.habit = DemoAccountPlan::Habit::Irregular;
    else if (roll < 85)
        result.plan.habit = DemoAccountPlan::Habit::Quarterly;
    else
        result.plan.habit = DemoAccountPlan::Habit::Rare;
    return result;
}

std::optional<QList<qint64>>
DemoHouseWriter::write(const DemoHouse& house, const QList<Flat>& flats, QRandomGenerator& random)
{
    const std::optional<QList<qint64>> flatIds = m_directory.addHouse(house);
    if (!flatIds || flatIds->size() != flats.size())
        return std::nullopt;
    const std::optional<qint64> stamp = ChangeSequence::next(m_database);
    if (!stamp)
        return std::nullopt;

    qint32 livingArea = 0;
    for (const Flat& flat : flats)
        livingArea += flat.plan.areaCentiM2;
    const bool showcase = DemoTown::isShowcase(house);
    const Building building = showcase
        ? DemoBuildings::showcasePassport(house.address(), house.flats, livingArea)
        : DemoBuildings::passport(house.address(), house.flats, livingArea, random);
    const std::optional<qint64> buildingId =
        BuildingRepository(m_database).insert(building, *stamp);
    if (!buildingId)
        return std::nullopt;
    const int currentYear = m_lastClosed.next().year();
    const QList<CapitalRepairWork> works = showcase
        ? DemoBuildings::showcaseWorks(*buildingId, currentYear)
        : DemoBuildings::works(*buildingId, currentYear, random);
    CapitalRepairWorkRepository workRepository(m_database);
    for (const CapitalRepairWork& work : works) {
        if (!workRepository.insert(work, *stamp))
            return std::nullopt;
    }

    QList<qint64> accountIds;
    accountIds.reserve(flats.size());
    for (qsizetype i = 0; i < flats.size(); ++i) {
        const Flat& flat = flats.at(i);
        AccountRecord record;
        record.flatId = flatIds->at(i);
        record.account.number = house.accountNumber(int(i) + 1);
        record.account.ownerName = flat.ownerName;
        record.account.areaCentiM2 = flat.plan.areaCentiM2;
        record.account.ownershipType = flat.ownershipType;
        record.account.buildingId = *buildingId;
        const std::optional<qint64> id =
            m_records.write(record, DemoLedger::generate(flat.plan, random));
        if (!id)
            return std::nullopt;
        accountIds.append(*id);
    }

    HouseFund fund = m_records.fundOf(*buildingId);
    fund.buildingId = *buildingId;
    fund.asOf = m_lastClosed.lastDay();
    fund.spentOnWorks = DemoBuildings::spent(works);
    if (!HouseFundRepository(m_database).store(fund, *stamp))
        return std::nullopt;
    return accountIds;
}
