#pragma once

#include <QString>

// One house of the demo town: where it is in the address directory, how many flats it has, and
// how its accounts are numbered (numberPrefix + (numberBase + flat), e.g. "16616" for flat 7
// of base 16609).
struct DemoHouse
{
    QString district;
    QString settlement;
    QString street;
    QString house;
    int flats = 0;
    int numberBase = 0;
    QString numberPrefix;

    QString accountNumber(int flat) const
    {
        return numberPrefix + QString::number(numberBase + flat);
    }
    // «г.п. Мирный, ул. Мира, д. 4»
    QString address() const
    {
        return settlement + QStringLiteral(", ") + street + QStringLiteral(", д. ") + house;
    }
};
