#pragma once

#include "demo/DemoAccountPlan.h"
#include "protocol/types/ChargeLine.h"
#include "protocol/types/Payment.h"
#include "protocol/types/Recalculation.h"

#include <QList>

class QRandomGenerator;

// The operator's rows of one demo account, made from its plan: a charge line per period
// («Капитальный ремонт», «кв.м.», the area, the year's tariff), the recalculations, and payments
// that follow the owner's habit. accountId and the row ids are left 0 for the writer to fill.
struct DemoLedger
{
    QList<ChargeLine> lines;
    QList<Recalculation> recalculations;
    QList<Payment> payments;

    // Everything charged, recalculated and paid up to the end of lastClosed.
    Money chargedUpTo(Period lastClosed) const;
    Money paidUpTo(Period lastClosed) const;
    Money balanceAt(Period lastClosed) const
    {
        return chargedUpTo(lastClosed) - paidUpTo(lastClosed);
    }

    static DemoLedger generate(const DemoAccountPlan& plan, QRandomGenerator& random);

    static QString service();
    static QString unit();
};
