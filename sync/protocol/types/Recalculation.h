#pragma once

#include "protocol/Money.h"
#include "protocol/Period.h"

#include <QString>

// A correction booked in one period for an earlier (or the same) one, e.g. after the area changed.
struct Recalculation
{
    qint64 id = 0; // server id
    qint64 accountId = 0;
    Period appliedIn; // the period whose charges include it
    Period corrects; // the period it corrects
    Money amount; // negative reduces what is owed
    QString reason;

    friend bool operator==(const Recalculation&, const Recalculation&) = default;
};
