#pragma once

#include "charts/YearlyTotals.h"

#include <QCoreApplication>
#include <QList>
#include <QPalette>

class QChart;

// «Начислено и оплачено по годам»: a pair of bars per year, what was charged (recalculations
// included) against what was paid, in roubles. The first bar set is the charges, the second the
// payments, one value per year of YearlyTotals in its order; the category axis names the years.
class YearlyTotalsChart
{
    Q_DECLARE_TR_FUNCTIONS(YearlyTotalsChart)

public:
    YearlyTotalsChart() = delete;

    // A new chart, not owned by anything; themed for palette (ChartTheme).
    static QChart* create(const QList<YearlyTotals::Year>& years, const QPalette& palette);
};
