#pragma once

#include "protocol/Money.h"

// The capital-repair contribution per square metre and month the demo charges in a year: close
// to a real region's minimum contribution (5,20 ₽ in 2014) and raised every January since.
class DemoTariff
{
public:
    DemoTariff() = delete;

    static Money perSquareMetre(int year);
    // The charge for an area of areaCentiM2 hundredths of a square metre, to the nearest kopeck.
    static Money charge(qint64 areaCentiM2, Money tariff);
};
