#pragma once

#include <QString>

// The names of a flat's levels in the address directory and the address written out as the
// account card shows it: «г.п. Мирный, ул. Мира, д. 4, кв. 7». The district is not part of it:
// the settlement already says where the flat is.
struct FlatAddress
{
    QString district;
    QString settlement;
    QString street;
    QString house;
    QString flat;

    QString text() const;
    // «г.п. Мирный, ул. Мира, д. 4»: the house's address, as a building's passport gives it.
    QString houseText() const;
};
