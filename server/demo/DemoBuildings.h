#pragma once

#include "protocol/types/Building.h"
#include "protocol/types/CapitalRepairWork.h"

#include <QList>

class QRandomGenerator;

// The technical passports and capital-repair plans of the demo houses.
class DemoBuildings
{
public:
    DemoBuildings() = delete;

    // A passport for a house of flats flats whose flats add up to livingAreaCentiM2.
    static Building passport(const QString& address, int flats, qint32 livingAreaCentiM2,
                             QRandomGenerator& random);
    // The house of figure 6: a brick five-storey house of 1968 with four entrances.
    static Building showcasePassport(const QString& address, int flats, qint32 livingAreaCentiM2);

    // The plan of the house of figure 6 around currentYear: works done in earlier years, one
    // under way, one postponed, one cancelled, and works planned for later years.
    static QList<CapitalRepairWork> showcaseWorks(qint64 buildingId, int currentYear);
    // A few works in the years around currentYear, their status following their years.
    static QList<CapitalRepairWork> works(qint64 buildingId, int currentYear,
                                          QRandomGenerator& random);

    // What the works done cost: the fund's "spent".
    static Money spent(const QList<CapitalRepairWork>& works);
};
