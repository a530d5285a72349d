#pragma once

#include "protocol/Money.h"

#include <QDate>

// The capital-repair fund of one house held on the regional operator's account.
struct HouseFund
{
    qint64 buildingId = 0;
    QDate asOf; // the date the figures were taken on
    Money charged; // charged to all owners since the fund was formed
    Money paid; // paid by all owners
    Money debt; // what the owners of the house still owe
    Money spentOnWorks;

    // What is left for future works.
    Money remaining() const { return paid - spentOnWorks; }

    friend bool operator==(const HouseFund&, const HouseFund&) = default;
};
