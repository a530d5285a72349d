#include "demo/DemoBuildings.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr QStringView workNames[] = {
    u"Ремонт крыши",
    u"Ремонт фасада",
    u"Ремонт фундамента",
    u"Ремонт подвальных помещений",
    u"Ремонт внутридомовых инженерных систем теплоснабжения",
    u"Ремонт внутридомовых инженерных систем электроснабжения",
    u"Ремонт внутридомовых инженерных систем холодного водоснабжения",
    u"Ремонт внутридомовых инженерных систем водоотведения",
    u"Утепление фасада",
};

constexpr QStringView wallMaterials[] = {u"Кирпич", u"Панель", u"Блоки", u"Дерево"};
constexpr QStringView roofTypes[] = {u"Скатная", u"Плоская"};

CapitalRepairWork work(qint64 buildingId, const QString& name, Period from, Period to,
                       CapitalRepairWork::Status status, std::optional<qint64> costKopecks)
{
    CapitalRepairWork item;
    item.buildingId = buildingId;
    item.name = name;
    item.plannedFrom = from;
    item.plannedTo = to;
    item.status = status;
    if (costKopecks)
        item.cost = Money::fromKopecks(*costKopecks);
    return item;
}

QStringList utilities(bool hasLift, bool hasGas)
{
    QStringList list {u"Центральное отопление"_s, u"Холодное водоснабжение"_s,
                      u"Горячее водоснабжение"_s, u"Водоотведение"_s, u"Электроснабжение"_s};
    if (hasGas)
        list.append(u"Газоснабжение"_s);
    if (hasLift)
        list.append(u"Лифт"_s);
    return list;
}
} // namespace

Building DemoBuildings::showcasePassport(const QString& address, int flats,
                                         qint32 livingAreaCentiM2)
{
    Building building;
    building.address = address;
    building.yearBuilt = 1968;
    building.floors = 5;
    building.entrances = 4;
    building.flats = flats;
    building.livingAreaCentiM2 = livingAreaCentiM2;
    building.totalAreaCentiM2 = livingAreaCentiM2 + livingAreaCentiM2 * 2 / 5;
    building.wallMaterial = u"Кирпич"_s;
    building.roofType = u"Скатная"_s;
    building.utilities = utilities(false, true);
    building.fundAccount = Building::FundAccount::RegionalOperator;
    return building;
}

Building DemoBuildings::passport(const QString& address, int flats, qint32 livingAreaCentiM2,
                                 QRandomGenerator& random)
{
    Building building;
    building.address = address;
    building.yearBuilt = 1955 + int(random.bounded(40U));
    building.floors = flats > 40 ? 9 : (flats > 12 ? 5 : 2);
    building.entrances = std::max(1, flats / (building.floors * 4));
    building.flats = flats;
    building.livingAreaCentiM2 = livingAreaCentiM2;
    building.totalAreaCentiM2 = livingAreaCentiM2 + livingAreaCentiM2 * 2 / 5;
    building.wallMaterial = wallMaterials[random.bounded(4U)].toString();
    building.roofType = roofTypes[building.floors > 5 ? 1 : random.bounded(2U)].toString();
    building.utilities = utilities(building.floors > 5, random.bounded(2U) == 1);
    building.fundAccount = Building::FundAccount::RegionalOperator;
    return building;
}

QList<CapitalRepairWork> DemoBuildings::showcaseWorks(qint64 buildingId, int currentYear)
{
    using Status = CapitalRepairWork::Status;
    const int y = currentYear;
    return {
        work(buildingId, u"Ремонт крыши"_s, Period(y - 8, 4), Period(y - 8, 9), Status::Completed,
             120000000),
        work(buildingId, u"Ремонт фасада"_s, Period(y - 5, 5), Period(y - 5, 10), Status::Completed,
             235000000),
        work(buildingId, u"Установка узла учета тепловой энергии"_s, Period(y - 3, 6),
             Period(y - 3, 8), Status::Cancelled, std::nullopt),
        work(buildingId, u"Ремонт внутридомовых инженерных систем теплоснабжения"_s,
             Period(y - 2, 5), Period(y - 2, 9), Status::Completed, 187050000),
        work(buildingId, u"Ремонт подвальных помещений"_s, Period(y - 1, 6), Period(y - 1, 9),
             Status::Postponed, std::nullopt),
        work(buildingId, u"Ремонт внутридомовых инженерных систем электроснабжения"_s, Period(y, 3),
             Period(y, 12), Status::InProgress, 64000000),
        work(buildingId, u"Ремонт фундамента"_s, Period(y + 3, 1), Period(y + 4, 12),
             Status::Planned, std::nullopt),
        work(buildingId, u"Ремонт внутридомовых инженерных систем холодного водоснабжения"_s,
             Period(y + 5, 1), Period(y + 5, 12), Status::Planned, 95000000),
    };
}

QList<CapitalRepairWork> DemoBuildings::works(qint64 buildingId, int currentYear,
                                              QRandomGenerator& random)
{
    using Status = CapitalRepairWork::Status;
    QList<CapitalRepairWork> list;
    const int count = 2 + int(random.bounded(3U));
    for (int i = 0; i < count; ++i) {
        const QString name = workNames[random.bounded(quint32(std::size(workNames)))].toString();
        const int year = currentYear - 9 + int(random.bounded(20U));
        const int startMonth = 3 + int(random.bounded(4U));
        const Period from(year, startMonth);
        const Period to(year, startMonth + 3 + int(random.bounded(4U)));
        const qint64 cost = (30 + qint64(random.bounded(300U))) * 1000000; // 300 000 ₽ and up
        const quint32 roll = random.bounded(10U);
        Status status = Status::Planned;
        if (year < currentYear)
            status = roll == 0 ? Status::Cancelled : Status::Completed;
        else if (year == currentYear)
            status = Status::InProgress;
        else if (roll == 0)
            status = Status::Postponed;
        const bool costKnown = status == Status::Completed || status == Status::InProgress
            || (status == Status::Planned && roll < 5);
        list.append(work(buildingId, name, from, to, status,
                         costKnown ? std::optional<qint64>(cost) : std::nullopt));
    }
    return list;
}

Money DemoBuildings::spent(const QList<CapitalRepairWork>& works)
{
    Money sum;
    for (const CapitalRepairWork& item : works) {
        if (item.status == CapitalRepairWork::Status::Completed && item.cost)
            sum += *item.cost;
    }
    return sum;
}
