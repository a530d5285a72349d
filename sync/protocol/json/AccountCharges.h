#pragma once

#include "protocol/Period.h"
#include "protocol/types/ChargeLine.h"
#include "protocol/types/Recalculation.h"

#include <QList>

// The charges of one account over some closed periods, as GET /accounts/{id}/charges answers.
struct AccountCharges
{
    qint64 accountId = 0; // not in the body: the account the request was about
    Period lastClosedPeriod; // invalid (null on the wire) while the operator has closed none
    QList<ChargeLine> lines;
    QList<Recalculation> recalculations;

    friend bool operator==(const AccountCharges&, const AccountCharges&) = default;
};
