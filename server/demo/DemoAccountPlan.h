#pragma once

#include "protocol/Money.h"
#include "protocol/Period.h"

#include <QList>
#include <QString>

#include <optional>

// How the history of one demo account goes: its area, the periods charged, how its owner pays,
// and what the demo needs to be exactly so (the balance of figure 6, the documented last
// payment of the linkable account, recalculations).
struct DemoAccountPlan
{
    enum class Habit
    {
        Monthly, // pays each receipt in the month after, on about the same day
        Irregular, // often skips a month, sometimes rounds up
        Quarterly, // pays the debt every third month
        Rare, // pays part of the debt now and then: a debtor
    };

    // Periods charged at a wrong area, put right by one recalculation per period booked in
    // correctedIn.
    struct AreaError
    {
        Period from;
        Period to;
        qint32 chargedAreaCentiM2 = 0;
        Period correctedIn;
    };

    // A recalculation of a given amount.
    struct Correction
    {
        Period appliedIn;
        Period corrects;
        Money amount;
        QString reason;
    };

    qint32 areaCentiM2 = 0;
    Period first; // the first period charged
    Period lastClosed; // the last closed period; the month after it is charged too, not paid
    Habit habit = Habit::Monthly;

    // The balance at the end of lastClosed: the payment in lastClosed makes it so.
    std::optional<Money> closingBalance;
    // The last payment: on this day of lastClosed, this amount (instead of what the habit gives).
    std::optional<int> lastPaymentDay;
    std::optional<Money> lastPaymentAmount;

    std::optional<AreaError> areaError;
    QList<Correction> corrections;
};
