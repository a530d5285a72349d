#include "demo/DemoTariff.h"

namespace {
constexpr int firstYear = 2014;
// 2014 … 2026, kopecks per square metre.
constexpr qint64 tariffs[] = {520, 545, 560, 600, 640, 680, 720, 770, 830, 900, 970, 1050, 1130};
constexpr int tableYears = int(sizeof(tariffs) / sizeof(tariffs[0]));
} // namespace

Money DemoTariff::perSquareMetre(int year)
{
    if (year >= firstYear && year < firstYear + tableYears)
        return Money::fromKopecks(tariffs[year - firstYear]);
    qint64 kopecks = 0;
    if (year >= firstYear + tableYears) {
        // Later years: 7 % a year, to the kopeck.
        kopecks = tariffs[tableYears - 1];
        for (int y = firstYear + tableYears; y <= year; ++y)
            kopecks += (kopecks * 7 + 50) / 100;
    } else {
        // Earlier years (the 20-year histories of --demo-scale): 5 % a year less.
        kopecks = tariffs[0];
        for (int y = firstYear - 1; y >= year && kopecks > 1; --y)
            kopecks = kopecks * 100 / 105;
    }
    return Money::fromKopecks(kopecks);
}

Money DemoTariff::charge(qint64 areaCentiM2, Money tariff)
{
    return Money::fromKopecks((areaCentiM2 * tariff.kopecks() + 50) / 100);
}
