#pragma once

#include "protocol/Money.h"
#include "protocol/Period.h"

#include <QString>

// One row of the charges table for one period: «Капитальный ремонт | кв.м. | 2,00 | 5,20 | 10,40 |
// | 10,40». A (account, period, service) triple identifies the line.
struct ChargeLine
{
    qint64 accountId = 0;
    Period period;
    QString service; // «Капитальный ремонт»
    QString unit; // «кв.м.»
    // Hundredths of the unit (for «кв.м.» the charged area in centi-m²: 2,00 = 200).
    qint64 quantityHundredths = 0;
    Money tariff; // per whole unit («Размер взноса»)
    Money baseCharge; // «Начислено»
    Money recalculation; // «Перерасчет», zero when none
    Money total; // «Итого начислено»

    friend bool operator==(const ChargeLine&, const ChargeLine&) = default;
};
