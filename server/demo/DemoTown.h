#pragma once

#include "demo/DemoHouse.h"

#include <QList>

// The houses of the demo: a town (г. Энск) and a district with a settlement and a village
// (Мирнинский район), and a hamlet in a third district; ул. Мира, д. 4 holds the account of
// figure 6. --demo-scale puts its houses on a street of their own (scaleHouse()).
class DemoTown
{
public:
    DemoTown() = delete;

    static QList<DemoHouse> houses();
    // The index-th (from 0) house of --demo-scale, with flatsPerScaleHouse flats.
    static DemoHouse scaleHouse(int index);
    static constexpr int flatsPerScaleHouse = 100;

    static bool isShowcase(const DemoHouse& house);
};
